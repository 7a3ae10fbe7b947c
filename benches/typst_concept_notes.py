"""The example's concept notes set in typst, for the benchmark's side-by-side
comparison (benches/scale.rs runs this when TARJAMA_TYPST_PYTHON names a
Python that has the `typst` package, e.g. typst==0.15.0 from PyPI).

    python typst_concept_notes.py prepare TXT_DIR TYP_DIR   # .typ from tarjama's --format txt
    python typst_concept_notes.py compile TYP_DIR OUT_DIR FONT_DIR

`prepare` turns each concept-note.<lang>.txt into a .typ of the same text:
titles and headings (the underlined lines) as typst headings, every other
line a paragraph (table rows as they are), in the language's direction and
the same Noto fonts. `compile` compiles the four in one process (what is
timed, as in the issue's measurement).
"""

import pathlib
import sys

FONTS = {"ar": '("Noto Naskh Arabic", "Noto Sans")'}


def escape(line: str) -> str:
    out = []
    for c in line:
        if c in '\\#*_`$<>@[]=-+/~"\'':
            out.append("\\" + c)
        else:
            out.append(c)
    return "".join(out)


def prepare(txt_dir: pathlib.Path, typ_dir: pathlib.Path) -> None:
    typ_dir.mkdir(parents=True, exist_ok=True)
    for txt in sorted(txt_dir.glob("concept-note.*.txt")):
        lang = txt.name.split(".")[1]
        lines = txt.read_text(encoding="utf-8").splitlines()
        rtl = "rtl" if lang == "ar" else "ltr"
        font = FONTS.get(lang, '("Noto Sans", "Noto Naskh Arabic")')
        body = [
            f'#set text(lang: "{lang}", dir: {rtl}, font: {font}, size: 10pt)',
            "#set page(paper: \"a4\", margin: 2.5cm)",
            "#set par(justify: true)",
            "",
        ]
        for i, line in enumerate(lines):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if set(line) <= {"=", "-"} and line:
                continue
            if nxt and set(nxt) <= {"="}:
                body.append("= " + escape(line))
            elif nxt and set(nxt) <= {"-"} and not line.startswith(" "):
                body.append("== " + escape(line))
            elif line.strip():
                body.append(escape(line))
            body.append("")
        (typ_dir / (txt.stem + ".typ")).write_text("\n".join(body), encoding="utf-8")


def compile_all(typ_dir: pathlib.Path, out_dir: pathlib.Path, font_dir: str) -> None:
    import typst

    out_dir.mkdir(parents=True, exist_ok=True)
    for typ in sorted(typ_dir.glob("*.typ")):
        typst.compile(str(typ), output=str(out_dir / (typ.stem + ".pdf")), font_paths=[font_dir])


if __name__ == "__main__":
    if sys.argv[1] == "prepare":
        prepare(pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3]))
    else:
        compile_all(pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3]), sys.argv[4])

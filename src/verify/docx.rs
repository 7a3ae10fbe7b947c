//! A written DOCX read back: the package opens, the language is set, a
//! right-to-left document is right to left throughout, no control
//! characters in the text; and its paragraphs for the text check.

use std::collections::BTreeMap;
use std::io::Read as _;
use std::path::Path;

use unicode_script::{Script, UnicodeScript};

use super::text::Line;
use crate::lang::Lang;
use crate::render::docx::xml::{unescape, Element, Node, Part};
use crate::report::{Code, Finding};

/// What reading a DOCX gives: findings, and one line per body paragraph.
pub struct Read {
    pub findings: Vec<Finding>,
    pub lines: Vec<Line>,
    /// dc:title, for comparing with the composed document's.
    pub title: Option<String>,
}

/// At most this many paragraphs or runs are named one by one per kind of
/// problem; the rest are counted.
const NAME_MAX: usize = 5;

/// Checks the DOCX `bytes` written as `file` in language `lang`.
pub fn read(file: &Path, bytes: &[u8], lang: Lang) -> Read {
    let mut r = Read {
        findings: Vec::new(),
        lines: Vec::new(),
        title: None,
    };
    let parts = match parts(
        bytes,
        &["word/document.xml", "word/styles.xml", "docProps/core.xml"],
    ) {
        Ok(p) => p,
        Err(e) => {
            r.findings.push(
                Finding::new(
                    Code::UnreadableFile,
                    file,
                    format!("the DOCX package does not open: {e}"),
                )
                .lang(lang)
                .help("rebuild it; Word and LibreOffice will refuse it too"),
            );
            return r;
        }
    };
    let (document, styles, core) = (&parts[0], &parts[1], &parts[2]);
    let at = |code: Code, text: String| Finding::new(code, file, text).lang(lang);
    let rtl = lang.direction() == crate::doc::Direction::Rtl;

    // The language: document defaults and core properties.
    let defaults = styles
        .root
        .child("w:docDefaults")
        .and_then(|d| d.child("w:rPrDefault"))
        .and_then(|d| d.child("w:rPr"));
    let default_lang = defaults.and_then(|d| d.child("w:lang"));
    let val = default_lang.and_then(|l| l.get_attr("w:val"));
    if val.as_deref().map(primary) != Some(lang.code().to_string()) {
        r.findings.push(
            at(
                Code::LanguageMismatch,
                format!(
                    "the document's default language (word/styles.xml w:lang) is {}, its name says `{lang}`",
                    val.map_or("not set".to_string(), |v| format!("`{v}`"))
                ),
            )
            .help("spelling, hyphenation and fonts follow it: rebuild the file"),
        );
    }
    let bidi_lang = default_lang.and_then(|l| l.get_attr("w:bidi"));
    if rtl && bidi_lang.as_deref().map(primary) != Some(lang.code().to_string()) {
        r.findings.push(
            at(
                Code::LanguageMismatch,
                "the document's complex-script language (w:lang w:bidi) is not set".into(),
            )
            .help(format!(
                "Arabic text needs w:bidi=\"{lang}\" for its fonts and spelling"
            )),
        );
    }
    let dc = |name: &str| core.root.child(name).map(|e| text_of(e, false));
    r.title = dc("dc:title");
    match dc("dc:language") {
        Some(l) if primary(&l) == lang.code() => {}
        other => r.findings.push(
            at(
                Code::LanguageMismatch,
                format!(
                    "the core properties' language (dc:language) is {}, the name says `{lang}`",
                    other.map_or("missing".into(), |l| format!("`{l}`"))
                ),
            )
            .help("rebuild the file"),
        ),
    }

    let Some(body) = document.root.child("w:body") else {
        r.findings.push(at(
            Code::UnreadableFile,
            "word/document.xml has no w:body".into(),
        ));
        return r;
    };
    let style_info = Styles::of(&styles.root);
    let mut paragraphs = Vec::new();
    collect(body, "w:p", &mut paragraphs);
    let mut not_rtl = Vec::new();
    let mut runs_not_rtl = Vec::new();
    for (i, p) in paragraphs.iter().enumerate() {
        let text = text_of(p, true);
        let n = i + 1;
        for c in text.chars().filter(|&c| is_forbidden_control(c)) {
            r.findings.push(
                at(
                    Code::ControlCharacter,
                    format!(
                        "paragraph {n} “{}” holds the control character U+{:04X}",
                        start(&text),
                        c as u32
                    ),
                )
                .help(
                    "Word and LibreOffice ignore or box it: isolates must become direction marks",
                ),
            );
        }
        let ppr = p.child("w:pPr");
        let style = ppr
            .and_then(|x| x.child("w:pStyle"))
            .and_then(|s| s.get_attr("w:val"));
        if rtl {
            let own = ppr.and_then(|x| x.child("w:bidi")).map(on);
            let bidi = own.unwrap_or_else(|| style_info.bidi(style.as_deref()));
            // A paragraph without Arabic letters may run left to right (a
            // column of English names in an Arabic table), and so may one
            // mostly in Latin letters (an Arabic name in that column).
            let letters = |script| {
                text.chars()
                    .filter(|c| c.is_alphabetic() && c.script() == script)
                    .count()
            };
            let arabic = letters(Script::Arabic);
            if !bidi && arabic > 0 && arabic >= letters(Script::Latin) {
                not_rtl.push(format!("{n} “{}”", start(&text)));
            }
        }
        // Arabic runs, in any document (a name in an English one): Arabic
        // is their language, whatever the document's.
        {
            let want = if rtl {
                lang.code().to_string()
            } else {
                "ar".into()
            };
            let mut runs = Vec::new();
            collect(p, "w:r", &mut runs);
            for run in runs {
                let t = text_of(run, false);
                if !t.chars().any(|c| c.script() == Script::Arabic) {
                    continue;
                }
                let rpr = run.child("w:rPr");
                let rtl_run = rpr.and_then(|x| x.child("w:rtl")).is_some_and(on);
                let run_lang = rpr
                    .and_then(|x| x.child("w:lang"))
                    .and_then(|l| l.get_attr("w:bidi"))
                    .or_else(|| bidi_lang.clone());
                let cs_font = rpr
                    .and_then(|x| x.child("w:rFonts"))
                    .and_then(|f| f.get_attr("w:cs"))
                    .or_else(|| style_info.cs_font(style.as_deref()))
                    .or_else(|| {
                        defaults
                            .and_then(|d| d.child("w:rFonts"))
                            .and_then(|f| f.get_attr("w:cs"))
                    });
                let mut lacks = Vec::new();
                if !rtl_run {
                    lacks.push("w:rtl");
                }
                if run_lang.as_deref().map(primary) != Some(want.clone()) {
                    lacks.push("the Arabic language (w:lang w:bidi)");
                }
                if cs_font.is_none() {
                    lacks.push("a complex-script font (w:rFonts w:cs)");
                }
                if !lacks.is_empty() {
                    runs_not_rtl.push(format!(
                        "“{}” in paragraph {n} lacks {}",
                        start(&t),
                        lacks.join(", ")
                    ));
                }
            }
        }
        r.lines.push(Line { page: 0, text });
    }
    named(&mut r.findings, at(Code::RunNotRightToLeft, String::new()), &runs_not_rtl, 0,
        "Arabic run(s) are not marked right-to-left",
        "each Arabic run needs w:rtl, w:lang w:bidi=\"ar\" and a w:cs font, or Word shapes and orders it as Latin");
    if rtl {
        named(
            &mut r.findings,
            at(Code::NotRightToLeft, String::new()),
            &not_rtl,
            paragraphs.len(),
            "paragraph(s) holding Arabic are not right-to-left (no w:bidi, in the paragraph or its style)",
            "mark every paragraph with Arabic text w:bidi, or Word lays it out left to right",
        );
        let mut tables = Vec::new();
        collect(body, "w:tbl", &mut tables);
        let plain: Vec<String> = tables
            .iter()
            .enumerate()
            .filter(|(_, t)| {
                t.child("w:tblPr")
                    .and_then(|p| p.child("w:bidiVisual"))
                    .is_none()
            })
            .map(|(i, t)| format!("table {} “{}”", i + 1, start(&text_of(t, true))))
            .collect();
        named(
            &mut r.findings,
            at(Code::TableNotMirrored, String::new()),
            &plain,
            tables.len(),
            "table(s) are not mirrored (no w:bidiVisual): their first column is on the left",
            "mirror the tables of an Arabic document so the first column is on the right",
        );
        let mut sections = Vec::new();
        collect(body, "w:sectPr", &mut sections);
        if sections.is_empty() || sections.iter().any(|s| s.child("w:bidi").is_none()) {
            r.findings.push(
                at(Code::SectionNotRightToLeft, "the section is not right-to-left (no w:bidi in w:sectPr): page numbers and columns run left to right".into())
                    .help("set w:bidi on the section of an Arabic document"),
            );
        }
    }
    r
}

/// One finding for a list of offenders: the first few named, the rest counted.
fn named(
    out: &mut Vec<Finding>,
    base: Finding,
    items: &[String],
    of: usize,
    what: &str,
    help: &str,
) {
    if items.is_empty() {
        return;
    }
    let mut list: Vec<String> = items.iter().take(NAME_MAX).cloned().collect();
    if items.len() > NAME_MAX {
        list.push(format!("and {} more", items.len() - NAME_MAX));
    }
    let total = if of > 0 {
        format!(" of {of}")
    } else {
        String::new()
    };
    out.push(
        Finding {
            text: format!("{}{total} {what}: {}", items.len(), list.join("; ")),
            ..base
        }
        .help(help),
    );
}

/// The named parts of a DOCX, parsed.
fn parts(bytes: &[u8], names: &[&str]) -> Result<Vec<Part>, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| e.to_string())?;
    names
        .iter()
        .map(|name| {
            let mut s = String::new();
            zip.by_name(name)
                .map_err(|e| format!("{name}: {e}"))?
                .read_to_string(&mut s)
                .map_err(|e| format!("{name}: {e}"))?;
            Part::parse(&s).map_err(|e| format!("{name} is not well-formed XML: {e}"))
        })
        .collect()
}

/// Every element called `name` below `el`, in document order (not inside
/// one another: a table's paragraphs are collected, not its rows).
fn collect<'a>(el: &'a Element, name: &str, out: &mut Vec<&'a Element>) {
    for c in el.elements() {
        if c.name == name {
            out.push(c);
            // Paragraphs may hold no paragraphs; tables may nest tables.
            if name == "w:tbl" {
                collect(c, name, out);
            }
        } else {
            collect(c, name, out);
        }
    }
}

/// The text of an element: `w:t` contents (tabs and breaks as spaces when
/// `layout`), direction marks dropped (the writer puts them around
/// left-to-right islands).
fn text_of(el: &Element, layout: bool) -> String {
    let mut out = String::new();
    fn walk(el: &Element, layout: bool, out: &mut String) {
        for n in &el.children {
            match n {
                Node::Text(t) if el.name == "w:t" || !el.name.starts_with("w:") => {
                    out.push_str(&unescape(t))
                }
                Node::Element(e) if layout && (e.name == "w:tab" || e.name == "w:br") => {
                    out.push(' ')
                }
                Node::Element(e) if e.name == "w:p" && layout && !out.is_empty() => {
                    out.push(' ');
                    walk(e, layout, out);
                }
                Node::Element(e) => walk(e, layout, out),
                Node::Text(_) => {}
            }
        }
    }
    walk(el, layout, &mut out);
    out.replace(['\u{200E}', '\u{200F}'], "")
}

/// A property element's on/off value: on unless w:val says 0/false/off.
fn on(e: &Element) -> bool {
    !matches!(e.get_attr("w:val").as_deref(), Some("0" | "false" | "off"))
}

/// Controls that must not reach the text: isolates, embeddings, overrides
/// and C0/C1 controls (direction marks are allowed: the writer uses them).
fn is_forbidden_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}')
        || (c.is_control() && !matches!(c, '\t' | '\n'))
}

fn start(text: &str) -> String {
    let t: String = text.trim().chars().take(40).collect();
    if text.trim().chars().count() > 40 {
        format!("{t}…")
    } else {
        t
    }
}

fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Paragraph styles: their own bidi and complex-script font, and what
/// they are based on.
struct Styles {
    styles: BTreeMap<String, Style>,
}

/// One paragraph style: its own bidi, complex-script font, and basedOn.
struct Style {
    bidi: Option<bool>,
    cs: Option<String>,
    based: Option<String>,
}

impl Styles {
    fn of(root: &Element) -> Styles {
        let mut styles = BTreeMap::new();
        for s in root.elements().filter(|e| e.name == "w:style") {
            let Some(id) = s.get_attr("w:styleId") else {
                continue;
            };
            let bidi = s.child("w:pPr").and_then(|p| p.child("w:bidi")).map(on);
            let cs = s
                .child("w:rPr")
                .and_then(|r| r.child("w:rFonts"))
                .and_then(|f| f.get_attr("w:cs"));
            let based = s.child("w:basedOn").and_then(|b| b.get_attr("w:val"));
            styles.insert(id, Style { bidi, cs, based });
        }
        Styles { styles }
    }

    /// Follows basedOn (at most a few steps: a loop ends it).
    fn find<T>(&self, style: Option<&str>, pick: impl Fn(&Style) -> Option<T>) -> Option<T> {
        let mut cur = style.map(str::to_owned);
        for _ in 0..16 {
            let s = self.styles.get(cur.as_deref()?)?;
            if let Some(v) = pick(s) {
                return Some(v);
            }
            cur = s.based.clone();
        }
        None
    }

    fn bidi(&self, style: Option<&str>) -> bool {
        self.find(style.or(Some("Normal")), |s| s.bidi)
            .unwrap_or(false)
    }

    fn cs_font(&self, style: Option<&str>) -> Option<String> {
        self.find(style, |s| s.cs.clone())
    }
}

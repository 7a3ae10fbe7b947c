//! `tarjama proof`: the concept note in two languages side by side, aligned
//! by message, each column in its direction, missing messages and check's
//! findings marked; as PDF and as DOCX.

mod common;

use std::path::Path;

use common::{docx_part, tarjama, Scratch, EXAMPLE};
use tarjama::compose::{concept_note, proof};
use tarjama::doc::{Block, Direction, Document};
use tarjama::lang::Lang;

/// The proof of `lang` against English composed through the library, with
/// check's findings on `event`.
fn composed(event: &Path, lang: Lang) -> (Document, proof::Counts) {
    let report = tarjama::check::check(event).unwrap();
    let m = common::load(event, Some(&[lang, Lang::En]));
    let (ctx, en) = (m.ctx(lang), m.ctx(Lang::En));
    let doc = concept_note::compose(&ctx);
    let other = concept_note::compose(&en);
    proof::compose(&ctx, &doc, &en, &other, &report.findings)
}

fn table(d: &Document) -> &tarjama::doc::Table {
    d.blocks
        .iter()
        .find_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .expect("the proof is a table")
}

fn cell_text(c: &tarjama::doc::Cell) -> String {
    c.paragraphs
        .iter()
        .flat_map(|p| p.content.iter().map(|i| i.text.as_str()))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn rows_align_messages_and_cells_carry_their_direction() {
    let (d, counts) = composed(Path::new(EXAMPLE), Lang::Ar);
    assert_eq!(d.lang, "ar");
    assert_eq!(d.direction, Direction::Rtl);
    let t = table(&d);
    assert_eq!(counts.rows, t.rows.len());
    assert_eq!(counts.missing, 0);
    // message id | Arabic | English: the id and English columns left to
    // right, the Arabic in the document's direction.
    for row in &t.rows {
        assert_eq!(row.len(), 3);
        assert_eq!(row[0].direction, Some(Direction::Ltr));
        assert_eq!(row[1].direction, None);
        assert_eq!(row[2].direction, Some(Direction::Ltr));
        assert!(!row.iter().any(|c| c.shaded));
    }
    // One row per paragraph of the rationale, each pairing the same paragraph.
    let rationale: Vec<&Vec<tarjama::doc::Cell>> = t
        .rows
        .iter()
        .filter(|r| cell_text(&r[0]) == "section-rationale-body")
        .collect();
    assert_eq!(rationale.len(), 8);
    assert!(cell_text(&rationale[0][2]).starts_with("Following on from the three"));
    assert!(cell_text(&rationale[0][1]).starts_with("في أعقاب عمليات التبادل"));
    assert!(cell_text(&rationale[7][2]).starts_with("States that have recently"));
    // Agenda rows: the item's title and its people on both sides.
    let session = t
        .rows
        .iter()
        .find(|r| cell_text(&r[0]) == "agenda-session-1")
        .unwrap();
    assert!(cell_text(&session[2]).contains("Tri Nuke Pudjiastuti"));
    assert!(cell_text(&session[1]).contains("Tri Nuke Pudjiastuti"));
    assert!(session[1].paragraphs.iter().any(|p| p.bullet));
}

#[test]
fn missing_messages_are_shaded_and_findings_noted() {
    let s = Scratch::example();
    s.edit("ar.ftl", "person-mena = الشرق الأوسط وشمال أفريقيا\n", "");
    s.edit(
        "ar.ftl",
        "المعقود في 8 أيار/مايو 2023.",
        "المعقود في 8 أيار/مايو.",
    );
    let (d, counts) = composed(&s.event, Lang::Ar);
    assert_eq!(counts.missing, 1);
    assert!(counts.findings >= 2, "{counts:?}");
    let t = table(&d);
    let missing: Vec<_> = t.rows.iter().filter(|r| r[0].shaded).collect();
    assert_eq!(missing.len(), 1);
    // The agenda row naming the speaker whose description is missing: the
    // Arabic column shows the English fallback.
    assert!(cell_text(&missing[0][1]).contains("Middle East and North Africa"));
    assert!(cell_text(&missing[0][0]).contains("person-mena"));
    let noted = t
        .rows
        .iter()
        .find(|r| cell_text(&r[0]).contains("number-missing"))
        .expect("the number finding is noted");
    assert!(cell_text(&noted[0]).starts_with("section-rationale-body"));

    // The binary: a PDF, and exit status 1 for the problems it marks.
    let out = s.tmp().join("proof.ar.pdf");
    let o = tarjama(&[
        "proof",
        s.event.to_str().unwrap(),
        "--lang",
        "ar",
        "--against",
        "en",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(String::from_utf8_lossy(&o.stdout).contains("1 missing"));
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF"));
}

#[test]
fn the_pdf_and_docx_proofs_are_written_in_both_directions() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("proof.ar.pdf");
    let docx = dir.path().join("proof.ar.docx");
    for (out, extra) in [(&pdf, None), (&docx, Some("docx"))] {
        let mut args = vec![
            "proof",
            EXAMPLE,
            "--lang",
            "ar",
            "--out",
            out.to_str().unwrap(),
        ];
        if let Some(f) = extra {
            args.extend(["--format", f]);
        }
        let o = tarjama(&args);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    // The PDF reads back cleanly (fonts, language), the Arabic text and the
    // English text both there.
    let bytes = std::fs::read(&pdf).unwrap();
    let read = tarjama::verify::pdf::read(&pdf, &bytes, Lang::Ar, None);
    assert!(read.findings.is_empty(), "{:#?}", read.findings);
    let all: String = read.lines.iter().map(|l| format!("{}\n", l.text)).collect();
    assert!(all.contains("Following on from the three"), "{all}");
    assert!(all.contains("مشروع جدول الأعمال"), "{all}");
    // The DOCX: the table mirrored, English paragraphs explicitly left to
    // right, Arabic ones right to left with right-to-left runs.
    let xml = docx_part(&docx, "word/document.xml");
    assert!(xml.contains("<w:bidiVisual/>"));
    let paragraph_with = |needle: &str| {
        let at = xml
            .find(needle)
            .unwrap_or_else(|| panic!("{needle} not in the DOCX"));
        let start = xml[..at].rfind("<w:p ").unwrap();
        xml[start..at].to_string()
    };
    assert!(paragraph_with("Following on from the three").contains(r#"<w:bidi w:val="0"/>"#));
    let arabic = paragraph_with("في أعقاب عمليات التبادل");
    assert!(
        arabic.contains("<w:bidi/>") && arabic.contains("<w:rtl/>"),
        "{arabic}"
    );
    assert!(!xml.contains("TarjamaLtr"), "the marker style is resolved");
}

#[test]
fn bad_input_is_status_2() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("p.pdf");
    let o = tarjama(&[
        "proof",
        "nowhere",
        "--lang",
        "ar",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let o = tarjama(&[
        "proof",
        EXAMPLE,
        "--lang",
        "ar",
        "--out",
        out.to_str().unwrap(),
        "--format",
        "csv",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!out.exists());
}

#[test]
fn the_default_against_is_the_source_language() {
    // A meeting written in French without English documents: the Spanish
    // proof reads against French by default (English is not there).
    let s = Scratch::example_without_english();
    let out = s.tmp().join("proof.es.txt");
    let o = tarjama(&[
        "proof",
        s.event.to_str().unwrap(),
        "--lang",
        "es",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("frente al francés"), "{text}");
}

/// A missing message's note names the language whose text the document
/// shows (the fallback, English here), not the one compared with: a French
/// proof against Arabic said "le texte en arabe" over English text.
#[test]
fn a_missing_message_names_the_fallback_shown() {
    let s = Scratch::example();
    s.edit(
        "fr.ftl",
        "person-mena = Moyen-Orient et Afrique du Nord\n",
        "",
    );
    let report = tarjama::check::check(&s.event).unwrap();
    let m = common::load(&s.event, Some(&[Lang::Fr, Lang::Ar]));
    let (ctx, ar) = (m.ctx(Lang::Fr), m.ctx(Lang::Ar));
    let doc = concept_note::compose(&ctx);
    let other = concept_note::compose(&ar);
    let (d, counts) = proof::compose(&ctx, &doc, &ar, &other, &report.findings);
    assert_eq!(counts.missing, 1);
    let row = table(&d).rows.iter().find(|r| r[0].shaded).unwrap();
    let note = cell_text(&row[0]);
    assert!(
        note.contains("le document reprend le texte en anglais"),
        "{note}"
    );
    assert!(!note.contains("en arabe"), "{note}");
}

/// An interpretation that cannot be planned does not stop the proof: it
/// reads the concept notes, which need no plan, and says so.
#[test]
fn a_plan_error_does_not_stop_the_proof() {
    let s = Scratch::example();
    common::make_unplannable(&s);
    let out = s.out.join("proof.ar.pdf");
    let o = common::proof(&s.event, &out, &["--lang", "ar"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(err.contains("cannot be planned"), "{err}");
    let bytes = std::fs::read(&out).unwrap();
    let read = tarjama::verify::pdf::read(&out, &bytes, Lang::Ar, None);
    let all: String = read.lines.iter().map(|l| format!("{}\n", l.text)).collect();
    assert!(all.contains("مشروع جدول الأعمال"), "{all}");
}

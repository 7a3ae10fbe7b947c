//! The real binary on the example meeting: every file is written, the DOCX
//! files say the right things in the right direction and pass the schema
//! validator, calendars parse in a real calendar library, and two builds
//! give the same bytes.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{docx_part as part, docx_text, openxml_audit, python, tarjama, Scratch, EXAMPLE};

fn build(out: &Path, formats: &str) {
    let o = tarjama(&[
        "build",
        EXAMPLE,
        "--out",
        out.to_str().unwrap(),
        "--format",
        formats,
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn docx_concept_notes_and_booth_schedules() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path(), "docx");
    let expect = [
        (
            "concept-note.en.docx",
            &[
                "Draft Agenda",
                "Wednesday, 24 May 2023",
                "Tri Nuke Pudjiastuti",
            ][..],
        ),
        (
            "concept-note.fr.docx",
            &[
                "Projet d’ordre du jour",
                "Mercredi 24 mai 2023",
                "Jonathan Prentice",
            ][..],
        ),
        (
            "concept-note.es.docx",
            &[
                "Miércoles 24 de mayo de 2023",
                "Pacto Mundial para la Migración Segura, Ordenada y Regular",
            ][..],
        ),
        (
            "concept-note.ar.docx",
            &[
                "الأربعاء، 24 أيار/مايو 2023",
                "الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية",
                "مشروع جدول الأعمال",
            ][..],
        ),
        (
            "booth-schedule.en.docx",
            &["Interpreter schedule", "EN 1", "AR"][..],
        ),
        (
            "booth-schedule.fr.docx",
            &["Programme des interprètes", "cabine française", "FR 2"][..],
        ),
        (
            "booth-schedule.es.docx",
            &["Programa de intérpretes", "ES 1"][..],
        ),
        (
            "booth-schedule.ar.docx",
            &["جدول عمل المترجمين الشفويين", "AR 3"][..],
        ),
    ];
    for (name, needles) in expect {
        let path = dir.path().join(name);
        let text = docx_text(&path);
        for n in needles {
            assert!(text.contains(n), "{name}: {n:?} not found in\n{text}");
        }
        assert!(
            !text.contains('\u{2068}') && !text.contains('\u{2069}'),
            "{name}: isolation marks"
        );
        let core = part(&path, "docProps/core.xml");
        let lang = name.split('.').nth(1).unwrap();
        assert!(
            core.contains(&format!("<dc:language>{lang}</dc:language>")),
            "{name}: {core}"
        );
    }

    // The footer says "Page X of Y" in the document's language.
    for (name, word) in [
        ("concept-note.en.docx", "Page"),
        ("concept-note.ar.docx", "الصفحة"),
        ("concept-note.fr.docx", "Page"),
    ] {
        let f = fs::File::open(dir.path().join(name)).unwrap();
        let zip = zip::ZipArchive::new(f).unwrap();
        let footers: Vec<String> = zip
            .file_names()
            .filter(|n| n.starts_with("word/footer"))
            .map(String::from)
            .collect();
        let all: String = footers
            .iter()
            .map(|n| part(&dir.path().join(name), n))
            .collect();
        assert!(
            all.contains(word) && all.contains("NUMPAGES"),
            "{name}: footer {all}"
        );
    }

    // The Arabic file is right to left throughout.
    let ar = part(
        &dir.path().join("concept-note.ar.docx"),
        "word/document.xml",
    );
    assert!(ar.contains("<w:bidiVisual/>"), "agenda table not mirrored");
    assert!(ar.contains("<w:rtl/>"), "no right-to-left runs");
    assert!(
        ar.contains("w:bidi=\"ar"),
        "no Arabic complex-script language"
    );
    assert!(ar.contains("<w:tblHeader/>"), "header row does not repeat");
    let sect = &ar[ar.rfind("<w:sectPr").unwrap()..];
    assert!(sect.contains("<w:bidi/>"), "section not right to left");
    assert!(!ar.contains("w:val=\"left\"") && !ar.contains("w:val=\"right\""));
    let en = part(
        &dir.path().join("concept-note.en.docx"),
        "word/document.xml",
    );
    assert!(!en.contains("<w:rtl/>"));

    if let Some(audit) = openxml_audit() {
        for entry in fs::read_dir(dir.path()).unwrap() {
            let p = entry.unwrap().path();
            if p.extension().is_some_and(|e| e == "docx") {
                let o = Command::new(&audit)
                    .args(["-m", "0"])
                    .arg(&p)
                    .output()
                    .unwrap();
                let report = String::from_utf8_lossy(&o.stdout);
                assert!(
                    report.contains("no findings"),
                    "{}: openxml-audit reports:\n{report}",
                    p.display()
                );
            }
        }
    }
    if let Some(py) = python() {
        let script = "import sys, docx\nfor p in sys.argv[1:]:\n    d = docx.Document(p)\n    assert d.core_properties.title, p\n    assert len(d.tables) >= 1, p\nprint('ok')";
        let mut cmd = Command::new(py);
        cmd.args(["-c", script]);
        for entry in fs::read_dir(dir.path()).unwrap() {
            let p = entry.unwrap().path();
            if p.extension().is_some_and(|e| e == "docx") {
                cmd.arg(p);
            }
        }
        let o = cmd.output().unwrap();
        assert!(
            o.status.success(),
            "python-docx: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
}

#[test]
fn calendars_and_rota_parse() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path(), "ics,csv");
    let csv = fs::read_to_string(dir.path().join("rota.csv")).unwrap();
    assert!(csv.starts_with("booth,interpreter,"), "{csv}");
    assert!(csv.contains("ar,AR 1,2023-05-24,14:30,"), "{csv}");
    // The rota agrees with the calendars: one calendar per interpreter in it.
    let people: std::collections::BTreeSet<&str> = csv
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').nth(1))
        .collect();
    let cals: Vec<PathBuf> = fs::read_dir(dir.path().join("calendar"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(cals.len(), 9, "3 Arabic + 2 for each other booth");
    assert_eq!(people.len(), cals.len(), "{people:?}");
    // Arabic descriptions hold their time ranges in order with marks, not
    // isolates, which older calendar clients draw as boxes.
    let ar = fs::read_to_string(dir.path().join("calendar/AR-1.ics")).unwrap();
    assert!(
        !ar.contains(|c| ('\u{2066}'..='\u{2069}').contains(&c)),
        "{ar}"
    );
    assert!(ar.contains("\u{200E}14:30–14:50\u{200E}"), "{ar}");
    if let Some(py) = python() {
        let script = r#"
import sys, icalendar
for p in sys.argv[1:]:
    cal = icalendar.Calendar.from_ical(open(p, 'rb').read())
    assert cal.walk('VTIMEZONE'), p
    events = cal.walk('VEVENT')
    assert len(events) >= 2, p
    for e in events:
        start, end = e.decoded('DTSTART'), e.decoded('DTEND')
        assert start < end, p
        assert start.year == 2023 and start.month == 5 and start.day == 24, (p, start)
        assert 13 <= start.hour <= 17, (p, start)
print('ok')
"#;
        let o = Command::new(py)
            .args(["-c", script])
            .args(&cals)
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "icalendar: {}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
    }
}

#[test]
fn same_input_same_bytes() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    build(a.path(), "docx,ics,csv");
    build(b.path(), "docx,ics,csv");
    for entry in fs::read_dir(a.path()).unwrap() {
        let p = entry.unwrap().path();
        if p.is_file() {
            let other = b.path().join(p.file_name().unwrap());
            assert_eq!(
                fs::read(&p).unwrap(),
                fs::read(&other).unwrap(),
                "{}",
                p.display()
            );
        }
    }
}

#[test]
fn plan_command_prints_rota_and_exit_status() {
    let o = tarjama(&["plan", EXAMPLE]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(out.contains("Arabic booth"), "{out}");
    assert!(out.contains("Team of 3 interpreters"), "{out}");
    assert!(
        out.contains("Relay for Spanish: English channel"),
        "Spanish reaches the Arabic booth through English:\n{out}"
    );
    // In French on request, with no English left.
    let o = tarjama(&["plan", EXAMPLE, "--lang", "fr"]);
    let fr = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        fr.contains("Plan d’interprétation") && fr.contains("cabine arabe"),
        "{fr}"
    );
    assert!(!fr.contains("booth") && !fr.contains("Team of"), "{fr}");

    // One interpreter listed alone in the Arabic booth breaks a rule.
    let s = Scratch::example();
    s.append(
        "event.toml",
        "[[interpreters]]\nname = \"Samira Haddad\"\nbooth = \"ar\"\na = \"ar\"\nb = [\"en\"]\nc = [\"fr\"]",
    );
    let ev = s.event.to_str().unwrap();
    let o = tarjama(&["plan", ev]);
    assert_eq!(
        o.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    let o = tarjama(&["plan", ev, "--accept"]);
    assert!(o.status.success());
}

#[test]
fn schema_lists_every_key() {
    let o = tarjama(&["schema"]);
    assert!(o.status.success());
    let schema: serde_json::Value = serde_json::from_slice(&o.stdout).expect("the schema is JSON");
    let props = schema["properties"]
        .as_object()
        .expect("top-level properties");
    for key in [
        "id",
        "date",
        "start",
        "end",
        "time_zone",
        "format",
        "access",
        "document_languages",
        "agenda",
        "people",
        "sections",
        "interpreters",
        "interpretation_rules",
    ] {
        assert!(props.contains_key(key), "{key} missing from the schema");
    }
    let example = fs::read_to_string(Path::new(EXAMPLE).join("event.toml")).unwrap();
    let value: toml::Value = toml::from_str(&example).unwrap();
    for key in value.as_table().unwrap().keys() {
        assert!(
            props.contains_key(key),
            "the example uses {key}, which the schema does not list"
        );
    }
}

#[test]
fn booth_language_without_meeting_text_uses_english_titles() {
    // Spanish is interpreted but the concept note is not written in Spanish
    // and the secretariat has no es.ftl: the Spanish booth still gets its
    // schedule, with tarjama's Spanish labels and the English titles.
    let s = Scratch::example();
    s.remove("es.ftl");
    s.edit(
        "event.toml",
        "document_languages = [\"ar\", \"en\", \"fr\", \"es\"]",
        "document_languages = [\"ar\", \"en\", \"fr\"]",
    );
    let out = s.out.clone();
    let o = s.build(&["--format", "docx"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    assert!(stderr.contains("no es text for the meeting"), "{stderr}");
    // That one warning stands for every message: none is listed on its own.
    assert!(!stderr.contains("is missing in es"), "{stderr}");
    assert!(!out.join("concept-note.es.docx").exists());
    let text = docx_text(&out.join("booth-schedule.es.docx"));
    assert!(text.contains("Programa de intérpretes"), "{text}");
    assert!(
        text.contains("Global Online Peer Learning Exchange"),
        "{text}"
    );
    // --strict refuses the fallback, with the same one message.
    let o = s.build(&["--format", "docx", "--strict"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("error: no es text for the meeting"),
        "{stderr}"
    );
}

/// The URI of every link annotation in a PDF, page by page.
fn pdf_links(pdf: &Path) -> Vec<Vec<String>> {
    let doc = lopdf::Document::load(pdf).unwrap();
    let mut out = Vec::new();
    for (_, page_id) in doc.get_pages() {
        let page = doc.get_dictionary(page_id).unwrap();
        let mut uris = Vec::new();
        if let Ok(annots) = page
            .get(b"Annots")
            .and_then(|a| doc.dereference(a).map(|x| x.1.clone()))
        {
            for a in annots.as_array().unwrap() {
                let (_, annot) = doc.dereference(a).unwrap();
                let annot = annot.as_dict().unwrap();
                if let Ok(action) = annot
                    .get(b"A")
                    .and_then(|a| doc.dereference(a).map(|x| x.1.clone()))
                {
                    if let Ok(uri) = action.as_dict().unwrap().get(b"URI") {
                        uris.push(String::from_utf8_lossy(uri.as_str().unwrap()).into_owned());
                    }
                }
            }
        }
        out.push(uris);
    }
    out
}

#[test]
fn links_and_logos_reach_the_pdf_and_the_docx() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path(), "docx,pdf");
    const URL: &str =
        "https://migrationnetwork.un.org/thematic-working-group-2-alternatives-detention";
    for lang in ["ar", "en", "fr", "es"] {
        // DOCX: a hyperlink to the Working Group's page, with its relationship,
        // and the logo as an inline picture with its alternative text.
        let docx = dir.path().join(format!("concept-note.{lang}.docx"));
        let doc = part(&docx, "word/document.xml");
        let rels = part(&docx, "word/_rels/document.xml.rels");
        assert!(
            doc.contains("<w:hyperlink r:id=\"rIdTjLink1\""),
            "{lang}: no hyperlink"
        );
        assert!(
            rels.contains(&format!("Id=\"rIdTjLink1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"{URL}\" TargetMode=\"External\"")),
            "{lang}: {rels}"
        );
        assert!(doc.contains("<w:rStyle w:val=\"Hyperlink\"/>"), "{lang}");
        assert!(
            doc.contains("r:embed=\"rIdTjImage1\""),
            "{lang}: no picture"
        );
        assert!(rels.contains("Target=\"media/tarjama1.png\""), "{lang}");
        // The logo's paragraph lets its line grow to the picture: under the
        // body text's exact line height Word and LibreOffice cut the logo.
        let logo_para = doc[..doc.find("<w:drawing>").unwrap()]
            .rsplit("<w:p ")
            .next()
            .unwrap();
        assert!(
            logo_para.contains("<w:spacing w:line=\"240\" w:lineRule=\"auto\"/>"),
            "{lang}: {logo_para}"
        );
        let f = fs::File::open(&docx).unwrap();
        let mut zip = zip::ZipArchive::new(f).unwrap();
        let mut png = Vec::new();
        std::io::Read::read_to_end(
            &mut zip.by_name("word/media/tarjama1.png").unwrap(),
            &mut png,
        )
        .unwrap();
        assert_eq!(
            png,
            fs::read(Path::new(EXAMPLE).join("workstream-logo.png")).unwrap()
        );
        let descr = doc
            .split("descr=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        assert!(descr.len() > 20, "{lang}: alternative text {descr:?}");
        // PDF: a clickable URI link over the text, and the logo drawn once
        // as an image with its transparency.
        let pdf = dir.path().join(format!("concept-note.{lang}.pdf"));
        let links: Vec<String> = pdf_links(&pdf).into_iter().flatten().collect();
        assert!(links.iter().any(|u| u == URL), "{lang}: links {links:?}");
        let bytes = fs::read(&pdf).unwrap();
        let lo = lopdf::Document::load_mem(&bytes).unwrap();
        let images: Vec<_> = lo
            .objects
            .values()
            .filter_map(|o| o.as_stream().ok())
            .filter(|s| {
                s.dict.get(b"Subtype").ok().and_then(|t| t.as_name().ok()) == Some(&b"Image"[..])
            })
            .collect();
        assert_eq!(images.len(), 2, "{lang}: the logo and its soft mask");
        assert!(images.iter().any(|i| i.dict.has(b"SMask")));
    }
}

#[test]
fn docx_embeds_its_fonts_as_subsets() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path(), "docx");
    let docx = dir.path().join("concept-note.ar.docx");
    let table = part(&docx, "word/fontTable.xml");
    let settings = part(&docx, "word/settings.xml");
    assert!(
        settings.contains("<w:embedTrueTypeFonts/>") && settings.contains("<w:saveSubsetFonts/>")
    );
    let rels = part(&docx, "word/_rels/fontTable.xml.rels");
    let f = fs::File::open(&docx).unwrap();
    let mut zip = zip::ZipArchive::new(f).unwrap();
    // Each embedded face: find its key in the font table, undo the
    // obfuscation, and read it as a font with the document's characters.
    let mut faces = 0;
    for entry in table.split("<w:embed").skip(1) {
        let rid = entry
            .split("r:id=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let key = entry
            .split("w:fontKey=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let target = rels
            .split(&format!("Id=\"{rid}\""))
            .nth(1)
            .unwrap()
            .split("Target=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let mut data = Vec::new();
        std::io::Read::read_to_end(
            &mut zip.by_name(&format!("word/{target}")).unwrap(),
            &mut data,
        )
        .unwrap();
        let hex: String = key.chars().filter(char::is_ascii_hexdigit).collect();
        let bytes: Vec<u8> = (0..16)
            .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap())
            .rev()
            .collect();
        for (i, b) in data.iter_mut().take(32).enumerate() {
            *b ^= bytes[i % 16];
        }
        let face = ttf_parser::Face::parse(&data, 0).expect("an embedded face reads as a font");
        let arabic = face.glyph_index('ب').is_some();
        let latin = face.glyph_index('G').is_some();
        assert!(arabic || latin, "{target}: neither Arabic nor Latin");
        assert!(face.glyph_index('Ж').is_none(), "{target}: not a subset");
        // The same repertoire in every document, used or not (LibreOffice
        // reuses the first embedded face of a name for later documents).
        let wanted = if latin {
            "Q&;|%€“”‘’«»ął"
        } else {
            "؟ـڤپ"
        };
        for c in wanted.chars() {
            assert!(face.glyph_index(c).is_some(), "{target}: no {c}");
        }
        assert!(data.len() < 120_000, "{target}: {} bytes", data.len());
        faces += 1;
    }
    assert_eq!(
        faces, 4,
        "Noto Sans and Noto Naskh Arabic, regular and bold"
    );
    // An English document embeds the Latin faces only.
    let en = part(
        &dir.path().join("concept-note.en.docx"),
        "word/fontTable.xml",
    );
    assert_eq!(en.matches("<w:embed").count(), 2, "{en}");
    // Brackets next to Arabic take the Latin face, which has them (the
    // Arabic one does not), also in left-to-right runs.
    let body = part(&docx, "word/document.xml");
    let runs: Vec<&str> = body.split("<w:r>").skip(1).collect();
    let parens: Vec<&&str> = runs
        .iter()
        .filter(|r| {
            r.split("<w:t")
                .skip(1)
                .any(|t| t.split("</w:t>").next().unwrap().contains('('))
        })
        .collect();
    assert!(
        parens.iter().any(|r| r.contains("<w:rtl/>"))
            && parens.iter().any(|r| !r.contains("<w:rtl/>")),
        "brackets in both kinds of run"
    );
    for r in &parens {
        assert!(r.contains("w:cs=\"Noto Sans\""), "{r}");
    }
}

/// A person listed in event.toml whom no agenda item names is printed
/// nowhere, not even in the names sheets: the build says so once, with
/// the id and how to fix it.
#[test]
fn people_on_no_agenda_item_are_left_out_with_a_warning() {
    let s = Scratch::example();
    s.append(
        "event.toml",
        "\n[people.listed-only]\nname = \"Zacharias Quennell\"\nlanguages = [\"en\"]\n",
    );
    s.append("en.ftl", "\nperson-listed-only = Adviser\n");
    let o = s.build(&["--lang", "en", "--format", "txt"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.matches("speaks in no agenda item").count(), 1, "{err}");
    assert!(err.contains("`listed-only`"), "{err}");
    assert!(err.contains("event.toml"), "{err}");
    let sheet = fs::read_to_string(s.out.join("booth-schedule.en.txt")).unwrap();
    assert!(!sheet.contains("Quennell"), "printed anyway");
    assert!(
        sheet.contains("Jonathan Prentice"),
        "the programme's people stay"
    );
}

#[test]
fn a_revision_is_said_in_every_document_and_raises_the_calendars_sequence() {
    let s = Scratch::example();
    // The first issue: no revision line, no SEQUENCE (0, the default).
    let o = s.build(&["--format", "ics,txt"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let ics = fs::read_to_string(s.out.join("calendar/FR-1.ics")).unwrap();
    assert!(!ics.contains("SEQUENCE"), "{ics}");
    let sheet = fs::read_to_string(s.out.join("booth-schedule.fr.txt")).unwrap();
    assert!(!sheet.contains("Révision"), "{sheet}");

    s.edit(
        "event.toml",
        "chatham_house_rule = true",
        "revision = 2\nchatham_house_rule = true",
    );
    let o = s.build(&["--format", "ics,txt"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for cal in ["FR-1", "AR-3", "EN-2"] {
        let ics = fs::read_to_string(s.out.join(format!("calendar/{cal}.ics"))).unwrap();
        let events = ics.matches("BEGIN:VEVENT").count();
        assert!(events > 1, "{ics}");
        assert_eq!(ics.matches("SEQUENCE:2\r\n").count(), events, "{ics}");
    }
    let lines = [
        ("en", "Revision: 2", "Revision 2"),
        ("fr", "Révision : 2", "Révision 2"),
        ("es", "Revisión: 2", "Revisión 2"),
        ("ar", "التنقيح: 2", "التنقيح 2"),
    ];
    for (lang, fact, line) in lines {
        let sheet = fs::read_to_string(s.out.join(format!("booth-schedule.{lang}.txt"))).unwrap();
        assert!(
            common::words(&sheet)
                .join(" ")
                .contains(&common::words(fact).join(" ")),
            "{lang}: {sheet}"
        );
        let note = fs::read_to_string(s.out.join(format!("concept-note.{lang}.txt"))).unwrap();
        assert!(
            common::words(&note)
                .join(" ")
                .contains(&common::words(line).join(" ")),
            "{lang}: {note}"
        );
    }
}

#[test]
fn an_in_person_meeting_says_where_in_every_document() {
    let s = Scratch::example();
    s.edit(
        "event.toml",
        "format = \"online\"",
        "format = \"in-person\"",
    );
    // Without a venue: built, with a warning that says which message to add.
    let o = s.build(&["--format", "csv"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("no document says where"), "{err}");
    assert!(err.contains("event-venue"), "{err}");

    let venues = [
        ("en", "Palais des Nations, Room XXIV, Geneva"),
        ("fr", "Palais des Nations, salle XXIV, Genève"),
        ("es", "Palacio de las Naciones, Sala XXIV, Ginebra"),
        ("ar", "قصر الأمم، القاعة 24، جنيف"),
    ];
    for (lang, venue) in venues {
        s.append(&format!("{lang}.ftl"), &format!("event-venue = {venue}"));
    }
    let o = s.build(&["--format", "docx,ics,txt"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(!err.contains("no document says where"), "{err}");
    let labels = [
        ("en", "Venue:"),
        ("fr", "Lieu :"),
        ("es", "Lugar:"),
        ("ar", "المكان:"),
    ];
    for ((lang, venue), (_, label)) in venues.iter().zip(labels) {
        let note = docx_text(&s.out.join(format!("concept-note.{lang}.docx")));
        assert!(note.contains(venue), "{lang} concept note: {note}");
        let sheet = docx_text(&s.out.join(format!("booth-schedule.{lang}.docx")));
        assert!(sheet.contains(label), "{lang} booth schedule: {sheet}");
        assert!(sheet.contains(venue), "{lang} booth schedule: {sheet}");
    }
    // Each interpreter's calendar gives the place in the booth's language
    // (an in-person meeting is not "online").
    let ics = fs::read_to_string(s.out.join("calendar/FR-1.ics")).unwrap();
    let unfolded = ics.replace("\r\n ", "");
    assert!(
        unfolded.contains("LOCATION;LANGUAGE=fr:Palais des Nations\\, salle XXIV\\, Genève"),
        "{unfolded}"
    );
}

#[test]
fn a_day_for_two_teams_says_when_each_team_arrives() {
    // Four and a half hours: two teams per booth, the second joining
    // mid-meeting; the booth schedule says so and gives both test times.
    let s = Scratch::example();
    s.edit("event.toml", "end = \"17:30\"", "end = \"19:00\"");
    let o = s.build(&["--lang", "en,fr", "--format", "txt"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let en = fs::read_to_string(s.out.join("booth-schedule.en.txt")).unwrap();
    let en = en.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(en.contains("2 teams per booth take turns by shift"), "{en}");
    assert!(
        en.contains("Connection and sound test of each team, in turn: 14:00 and 1"),
        "{en}"
    );
    let fr = fs::read_to_string(s.out.join("booth-schedule.fr.txt")).unwrap();
    let fr = fr.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        fr.contains("Test de connexion et de son de chaque équipe : 14 h 00 et 1"),
        "{fr}"
    );
    // One team: no such sentence.
    let one = Scratch::example();
    let o = one.build(&["--lang", "en", "--format", "txt"]);
    assert!(o.status.success());
    let en = fs::read_to_string(one.out.join("booth-schedule.en.txt")).unwrap();
    assert!(!en.contains("teams per booth"), "{en}");
}

#[test]
fn a_meeting_without_english_needs_no_en_ftl() {
    // French is the source language and English only a booth: without
    // en.ftl the English booth schedule has French titles (one warning);
    // missing messages fall back to French, not to a file that is not there.
    let s = Scratch::example_without_english();
    // A message only French has: Spanish falls back to it.
    s.append(
        "fr.ftl",
        "event-venue = Palais des Nations, salle XVII, Genève",
    );
    let o = s.build(&["--format", "docx"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    assert!(
        stderr.contains("no en text for the meeting: the en booth schedule uses the source-language (fr) titles"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "message `event-venue` is missing in es; using the source-language (fr) text"
        ),
        "{stderr}"
    );
    let en = docx_text(&s.out.join("booth-schedule.en.docx"));
    assert!(en.contains("Interpreter schedule"), "{en}");
    assert!(en.contains("Échange mondial en ligne"), "{en}");
    let es = docx_text(&s.out.join("concept-note.es.docx"));
    assert!(es.contains("salle XVII"), "{es}");
    assert!(!s.out.join("concept-note.en.docx").exists());
}

#[test]
fn a_meeting_in_one_language_is_written_in_it() {
    // Documents only in Spanish, no interpretation, no `source_language`:
    // the meeting is written in Spanish and needs no other .ftl file.
    let s = Scratch::example_only_in_spanish();
    let o = s.build(&["--format", "docx"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    let es = docx_text(&s.out.join("concept-note.es.docx"));
    assert!(es.contains("Nota conceptual"), "{es}");
    assert!(es.contains("No se proporcionará interpretación"), "{es}");
}

#[test]
fn with_english_documents_the_fallback_is_english_whatever_the_source() {
    // Written in Arabic, with English among its documents: the French booth
    // without fr.ftl reads English titles, which its interpreters know,
    // not the Arabic ones.
    let s = Scratch::example();
    s.remove("fr.ftl");
    s.edit(
        "event.toml",
        "document_languages = [\"ar\", \"en\", \"fr\", \"es\"]",
        "document_languages = [\"ar\", \"en\", \"es\"]\nsource_language = \"ar\"",
    );
    let o = s.build(&["--lang", "fr", "--format", "docx"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    assert!(stderr.contains("uses the English titles"), "{stderr}");
    let text = docx_text(&s.out.join("booth-schedule.fr.docx"));
    assert!(
        text.contains("Global Online Peer Learning Exchange"),
        "{text}"
    );
    assert!(!text.contains("التبادل العالمي"), "{text}");
}

/// Test event `name` (tests/events/) built with `args` into a fresh
/// folder: the folder (removed when dropped) and the output path.
fn build_test_event(name: &str, args: &[&str]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let event = format!("tests/events/{name}");
    let mut all = vec!["build", event.as_str(), "--out", out.to_str().unwrap()];
    all.extend_from_slice(args);
    let o = tarjama(&all);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    (dir, out)
}

/// A turn's relay lines say each relay once: in a panel with French and
/// Spanish speakers, the English booth gives relay of French to ES and
/// AR and of Spanish to FR and AR, and a French speaker coming back does
/// not repeat the first line (it did, grouping by floor language only
/// where the same language came twice in a row). Read from the calendars,
/// whose descriptions hold the same lines as the booth schedules.
#[test]
fn relay_lines_say_each_relay_once() {
    let (_dir, out) = build_test_event("relay-newyork-2024", &["--format", "ics"]);
    let mut relay_lines = 0;
    for e in fs::read_dir(out.join("calendar")).unwrap() {
        let path = e.unwrap().path();
        // Unfolded: a folded line goes on after CRLF and one space.
        let ics = fs::read_to_string(&path).unwrap().replace("\r\n ", "");
        for line in ics.lines().filter(|l| l.starts_with("DESCRIPTION")) {
            let text = line.split_once(':').unwrap().1;
            let parts: Vec<&str> = text.split("\\n").collect();
            for (i, p) in parts.iter().enumerate() {
                if p.starts_with("Gives relay") {
                    relay_lines += 1;
                    assert!(
                        !parts[..i].contains(p),
                        "{}: \"{p}\" twice in {text}",
                        path.display()
                    );
                }
            }
        }
    }
    // The EN booth gives relay in the panel and the Q&A (both interpreters).
    assert!(relay_lines >= 4, "{relay_lines} relay lines");
}

/// (xMin, yMin, word) of every word on page 1 of `pdf`, by pdftotext.
fn page_one_words(pdf: &Path) -> Vec<(f32, f32, String)> {
    pdf_words(pdf, &["-f", "1", "-l", "1"])
}

/// (xMin, yMin, word) of the words of `pdf` (`pages`: pdftotext's -f and
/// -l, or all pages), by pdftotext.
fn pdf_words(pdf: &Path, pages: &[&str]) -> Vec<(f32, f32, String)> {
    let tool = common::pdftotext().expect("pdftotext");
    let bbox = Command::new(tool)
        .arg("-bbox")
        .args(pages)
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8_lossy(&bbox.stdout)
        .lines()
        .filter_map(|l| {
            let attr = |name: &str| -> Option<f32> {
                let at = l.find(&format!("{name}=\""))? + name.len() + 2;
                l[at..].split('"').next()?.parse().ok()
            };
            let word = l.split_once('>')?.1.strip_suffix("</word>")?;
            // The text layer's helper marks (LRM, RLM) are words of their own.
            let word: String = word
                .chars()
                .filter(|c| !('\u{200E}'..='\u{200F}').contains(c))
                .collect();
            (!word.is_empty()).then_some(())?;
            Some((attr("xMin")?, attr("yMin")?, word))
        })
        .collect()
}

/// A phone number typed after Arabic text ("مكتب الدعم التقني، +212 537
/// 67 00 00") keeps its order in the English and the Arabic booth
/// schedules: after Arabic letters its digits counted as Arabic numbers,
/// and the English PDF read "00 00 67 537 212+".
#[test]
fn a_number_after_arabic_text_keeps_its_order() {
    let (_dir, out) = build_test_event("rabat-ar-source-2025", &["--format", "pdf"]);
    for lang in ["en", "fr", "ar"] {
        let words = page_one_words(&out.join(format!("booth-schedule.{lang}.pdf")));
        let x = |w: &str| {
            words
                .iter()
                .find(|(_, _, t)| t == w)
                .unwrap_or_else(|| panic!("{lang}: {w} not on page 1: {words:?}"))
                .0
        };
        let xs = [x("+212"), x("537"), x("67")];
        assert!(xs[0] < xs[1] && xs[1] < xs[2], "{lang}: {xs:?}");
    }
}

/// A phone number in the Arabic prose of a translation keeps its order:
/// Cairo's participation section, "(الهاتف: +20 2 2735 1100، …)". Digit
/// groups between spaces are laid out right to left in an Arabic line
/// (drawn "1100 2735 2 20+") unless isolated.
#[test]
fn a_phone_number_in_arabic_prose_keeps_its_order() {
    let (_dir, out) = build_test_event(
        "cairo-consultation-2026",
        &["--format", "pdf", "--lang", "ar"],
    );
    phone_in_order(&out.join("concept-note.ar.pdf"), ["+20", "2735", "1100"]);
    // In Arabic-Indic digits too, which stay Arabic numbers inside an
    // isolate: the groups needed a mark between them.
    let s = Scratch::of(Path::new("tests/events/cairo-consultation-2026"));
    s.edit("ar.ftl", "+20 2 2735 1100", "+٢٠ ٢ ٢٧٣٥ ١١٠٠");
    let o = s.build(&["--format", "pdf", "--lang", "ar"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    phone_in_order(&s.out.join("concept-note.ar.pdf"), ["٢٠", "٢٧٣٥", "١١٠٠"]);
}

/// The words `groups` of a phone number, on one line of `pdf`, from left
/// to right.
fn phone_in_order(pdf: &Path, groups: [&str; 3]) {
    let words = pdf_words(pdf, &[]);
    let first = groups[0].trim_start_matches('+');
    // The first group on a line that holds the others (a "٢٠" may stand
    // elsewhere, as in "٢٠٪").
    let xs = words
        .iter()
        .filter(|(_, _, w)| w.trim_start_matches('+') == first)
        .find_map(|(x, y, _)| {
            let on_line = |g: &str| {
                words
                    .iter()
                    .find(|(_, wy, t)| (wy - y).abs() < 1.0 && t == g)
                    .map(|w| w.0)
            };
            Some([*x, on_line(groups[1])?, on_line(groups[2])?])
        })
        .unwrap_or_else(|| panic!("{groups:?} not on one line of {}: {words:?}", pdf.display()));
    assert!(xs[0] < xs[1] && xs[1] < xs[2], "{groups:?}: {xs:?}");
}

/// Values typed in the event file keep their own order in an Arabic booth
/// schedule, on the page (word boxes from `pdftotext -bbox`): a meeting ID
/// of digit groups reads 812 3456 7890 from the left (unisolated, the
/// groups were drawn 7890 3456 812), and a contact that mixes an Arabic
/// name and an address reads from the right, name first, so the address
/// is the leftmost word of its line (forced left to right, the name was
/// drawn at its left).
#[test]
fn typed_values_keep_their_order_in_arabic() {
    let (_dir, out) = build_test_event("relay-newyork-2024", &["--format", "pdf", "--lang", "ar"]);
    let words = page_one_words(&out.join("booth-schedule.ar.pdf"));
    let at = |w: &str| {
        words
            .iter()
            .find(|(_, _, x)| x == w)
            .unwrap_or_else(|| panic!("{w} not on page 1: {words:?}"))
    };
    let (a, b, c) = (at("812"), at("3456"), at("7890"));
    assert!(a.0 < b.0 && b.0 < c.0, "{a:?} {b:?} {c:?}");
    let mail = at("rana.khatib@example.org");
    let line: Vec<_> = words
        .iter()
        .filter(|w| (w.1 - mail.1).abs() < 2.0)
        .collect();
    assert!(line.len() > 2, "{line:?}");
    assert!(line.iter().all(|w| w.0 >= mail.0), "{line:?}");
}

/// A count says its plural: an interpreter with one turn has "1 turn",
/// not "1 turns" (the Arabic booth of a 90-minute meeting in Amman).
#[test]
fn one_turn_is_singular() {
    let o = tarjama(&["plan", "tests/events/amman-2024", "--accept"]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("; 1 turn, "), "{text}");
    assert!(!text.contains(" 1 turns"), "{text}");
    assert!(text.contains(" 2 turns, "), "{text}");
}

/// An English booth idle because the Arabic booth's retour serves its
/// channel (an Arabic–English meeting with the UN's default profiles) is
/// told so, not sent to check the floor languages, which are right.
#[test]
fn an_idle_booth_served_by_retour_is_told_why() {
    let o = tarjama(&["plan", "tests/events/amman-2024", "--accept"]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains(
            "the EN booth is never on microphone: the AR booth's retour goes out on its channel"
        ),
        "{text}"
    );
    assert!(!text.contains("check the floor languages"), "{text}");
}

/// The schedule of a booth nobody works in says so and why, and lists
/// neither a team of 0 nor a table of turns that are all off microphone
/// (it did); the booth that works has its team and turns as before.
#[test]
fn an_idle_booths_schedule_says_no_one_works_there() {
    let (_dir, out) = build_test_event("amman-2024", &["--format", "txt"]);
    let en = fs::read_to_string(out.join("booth-schedule.en.txt")).unwrap();
    assert!(
        en.contains(
            "No interpreter works in this booth: its channel carries the AR booth's retour, \
             or the floor when the speaker speaks English."
        ),
        "{en}"
    );
    for gone in ["Team of 0", "Turns\n", "Off microphone"] {
        assert!(!en.contains(gone), "{gone:?} in\n{en}");
    }
    assert!(en.contains("All booths at a glance"), "{en}");
    let ar = fs::read_to_string(out.join("booth-schedule.ar.txt")).unwrap();
    assert!(!ar.contains("لا يعمل أي مترجم في هذه المقصورة"), "{ar}");
    assert!(ar.contains("نوبات العمل"), "{ar}");
}

/// A plain break whose programme is interpreted says so in the concept
/// note (it said only "Break", so delegates could not know the booths
/// stay on); a plain break that is not interpreted stays one line.
#[test]
fn an_interpreted_break_says_so_in_the_concept_note() {
    let s = Scratch::example();
    let o = s.build(&["--format", "txt", "--lang", "en"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let plain = fs::read_to_string(s.out.join("concept-note.en.txt")).unwrap();
    let at = plain.find("15:50–16:00 | Break").expect("the break's row");
    assert!(!plain[at..at + 80].contains("interpret"), "{plain}");

    s.edit(
        "event.toml",
        "start = \"15:50\"\nkind = \"break\"\n",
        "start = \"15:50\"\nkind = \"break\"\ninterpreted = true\n",
    );
    let o = s.build(&["--format", "txt", "--lang", "en"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = fs::read_to_string(s.out.join("concept-note.en.txt")).unwrap();
    let at = text.find("15:50–16:00 | Break").expect("the break's row");
    assert!(
        text[at..]
            .lines()
            .nth(1)
            .unwrap()
            .contains("With interpretation"),
        "{text}"
    );
}

/// A meeting under the Chatham House Rule says so in its concept note,
/// in every language, under the access line; it said so only in booth
/// schedules, so a meeting without interpretation never did.
#[test]
fn the_chatham_house_rule_is_in_the_concept_note() {
    let (_dir, out) = build_test_event("beirut-roundtable-2025", &["--format", "txt"]);
    for (lang, rule) in [
        ("en", "The meeting is held under the Chatham House Rule."),
        ("ar", "يُعقد الاجتماع وفقاً لقاعدة تشاتام هاوس."),
    ] {
        let text = fs::read_to_string(out.join(format!("concept-note.{lang}.txt"))).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let at = lines
            .iter()
            .position(|l| *l == rule)
            .unwrap_or_else(|| panic!("{text}"));
        assert!(
            lines[at - 1].contains("losed") || lines[at - 1] == "اجتماع مغلق",
            "{text}"
        );
    }
    let (_dir, out) = build_test_event("amman-2024", &["--format", "txt"]);
    let text = fs::read_to_string(out.join("concept-note.en.txt")).unwrap();
    assert!(!text.contains("Chatham House"), "{text}");
}

/// A booth language without the meeting's text (Geneva has no en.ftl)
/// gets no column in the names-and-terms sheet, which said "English" over
/// the French text; a line says which languages are left out.
#[test]
fn a_language_without_its_text_has_no_names_column() {
    let (_dir, out) = build_test_event("geneva-hybrid-2025", &["--format", "txt"]);
    for (booth, header, note) in [
        ("fr", "  français ", "n’ont pas de colonne : anglais."),
        ("en", "  Arabic ", "have no column: English."),
    ] {
        let text = fs::read_to_string(out.join(format!("booth-schedule.{booth}.txt"))).unwrap();
        let sheet = &text[text.rfind(note).unwrap_or_else(|| panic!("{text}"))..];
        let head = sheet.lines().nth(1).unwrap();
        assert!(head.starts_with(header), "{head}");
        for name in ["anglais", "English"] {
            assert!(!head.contains(name), "{head}");
        }
        assert_eq!(head.matches('|').count(), 2, "three columns: {head}");
    }
}

/// `plan` on a meeting without interpretation says there is nothing to
/// plan and succeeds (it was an error, "no file was written", status 2).
#[test]
fn plan_without_interpretation_has_nothing_to_plan() {
    let o = tarjama(&["plan", "tests/events/beirut-roundtable-2025"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("the meeting has no interpretation"), "{text}");
    assert!(text.contains("nothing to plan"), "{text}");
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// A break with its own programme tells participants in the concept note
/// only whether it is interpreted; the booths' microphones are the booth
/// schedule's business (the note said "micros des cabines fermés").
#[test]
fn the_concept_note_says_a_break_is_not_interpreted_without_booth_detail() {
    let (_dir, out) = build_test_event("geneva-hybrid-2025", &["--format", "txt"]);
    let note = fs::read_to_string(out.join("concept-note.fr.txt")).unwrap();
    assert!(note.contains("| Sans interprétation\n"), "{note}");
    assert!(!note.contains("cabines"), "{note}");
    let booth = fs::read_to_string(out.join("booth-schedule.fr.txt")).unwrap();
    assert!(booth.contains("Sans interprétation (micros des"), "{booth}");
}

/// A booth language without the meeting's text keeps its names column
/// when the event file writes names in it (Nairobi's Arabic names: the
/// column was left out, and the names with it), and a line says that only
/// the names are in that language.
#[test]
fn a_language_without_its_text_keeps_the_names_written_in_it() {
    let (_dir, out) = build_test_event("nairobi-fullday-2026", &["--format", "txt"]);
    let en = fs::read_to_string(out.join("booth-schedule.en.txt")).unwrap();
    let note = "The meeting's text was not given in Arabic: there only the names are in that language, the rest is in English.";
    let sheet = &en[en.find(note).unwrap_or_else(|| panic!("{en}"))..];
    assert!(sheet.lines().nth(1).unwrap().contains("Arabic"), "{sheet}");
    assert!(sheet.contains("هالة ناصر"), "{sheet}");
    assert!(en.contains("have no column: French."), "{en}");
}

/// A person whose languages the event file does not give may speak any
/// interpretation language: an item with such a speaker has every one on
/// its floor (Nairobi's second panel had the others' languages only, so
/// not English, and the English booth never sat out its own language).
#[test]
fn a_speaker_of_unknown_language_may_speak_any_booth_language() {
    let m = common::load(Path::new("tests/events/nairobi-fullday-2026"), None);
    let event = &m.event;
    let mut checked = 0;
    for item in &event.agenda {
        let unknown = event.people_of(item).any(|(_, p)| !p.languages_given);
        if unknown {
            for l in &event.interpretation_languages {
                assert!(
                    item.floor_languages.contains(l),
                    "item {:?}: {:?}",
                    item.id,
                    item.floor_languages
                );
            }
            assert!(!item.floor_given);
            checked += 1;
        }
    }
    assert!(checked >= 2, "{checked}");
}

/// A booth listed with more interpreters than the rules require says
/// both numbers: Rabat's Arabic booth of three said "Team of 2" over its
/// three members.
#[test]
fn a_larger_team_than_required_says_so() {
    let (_dir, out) =
        build_test_event("rabat-ar-source-2025", &["--format", "txt", "--lang", "ar"]);
    let text = fs::read_to_string(out.join("booth-schedule.ar.txt")).unwrap();
    assert!(
        text.contains("عدد المترجمين الشفويين في الفريق: ٣، وهو أكثر مما تقتضيه القواعد (٢)"),
        "{text}"
    );
    let (_dir, out) = build_test_event("fullday-2024", &["--format", "txt", "--lang", "en"]);
    let text = fs::read_to_string(out.join("booth-schedule.en.txt")).unwrap();
    assert!(
        text.contains("Team of 2 interpreters: "),
        "two shifts of two: {text}"
    );
}

/// English standing in for a missing Arabic text is isolated left to
/// right in the Arabic documents, so that its punctuation stays at its end
/// (a title drew "?since the first IMRF"); a text of several lines, which
/// markup splits into blocks, is left as it is.
#[test]
fn fallback_text_keeps_its_direction_in_arabic() {
    let m = common::load(Path::new("tests/events/nairobi-fullday-2026"), None);
    let ar = m.ctx(tarjama::lang::Lang::Ar);
    let title = ar.text("agenda-panel-1");
    assert!(
        title.starts_with('\u{2066}') && title.ends_with("IMRF?\u{2069}"),
        "{title:?}"
    );
    let en = m.ctx(tarjama::lang::Lang::En);
    assert!(!en.text("agenda-panel-1").contains('\u{2066}'));
}

/// The concept note says how participants take part, and on which
/// platform, under the date: a hybrid meeting's notes never said it.
#[test]
fn the_concept_note_says_the_format_and_platform() {
    let (_dir, out) = build_test_event("rabat-ar-source-2025", &["--format", "txt"]);
    for (lang, line) in [
        ("en", "Hybrid meeting (Webex)"),
        ("fr", "Réunion hybride (Webex)"),
        ("ar", "اجتماع بصيغة مختلطة (Webex)"),
    ] {
        let text = fs::read_to_string(out.join(format!("concept-note.{lang}.txt"))).unwrap();
        let plain: String = text
            .chars()
            .filter(|c| !('\u{2066}'..='\u{2069}').contains(c))
            .collect();
        assert!(plain.lines().any(|l| l == line), "{lang}: {plain}");
    }
}

/// The plain-text booth schedule gives the meeting link once: the link
/// whose text is its address printed "Link: URL <URL>".
#[test]
fn the_text_schedule_gives_the_link_once() {
    let (_dir, out) = build_test_event("rabat-ar-source-2025", &["--format", "txt"]);
    for lang in ["en", "ar"] {
        let text = fs::read_to_string(out.join(format!("booth-schedule.{lang}.txt"))).unwrap();
        let url = "https://unnm.webex.com/meet/rabat-gcm-2025?lang=ar&room=2";
        let line = text.lines().find(|l| l.contains(url)).unwrap();
        assert_eq!(line.matches(url).count(), 1, "{line}");
    }
}

/// An agenda item the event gives no floor language (breakout rooms in
/// one language) says "Without interpretation" in the concept note, as a
/// break without interpretation does; it said nothing, and the note read
/// as if everything were interpreted.
#[test]
fn an_item_without_interpretation_says_so_in_the_concept_note() {
    let (_dir, out) = build_test_event(
        "auckland-online-2026",
        &["--format", "txt", "--lang", "en,fr"],
    );
    for (lang, note) in [
        ("en", "Without interpretation"),
        ("fr", "Sans interprétation"),
    ] {
        let text = fs::read_to_string(out.join(format!("concept-note.{lang}.txt"))).unwrap();
        // The breakouts and the subtitled film.
        assert_eq!(text.matches(note).count(), 2, "{lang}: {text}");
    }
}

/// The plan's booth headings start with a capital in every language
/// ("cabina árabe" mid-sentence, "Cabina árabe" as a heading).
#[test]
fn plan_booth_headings_are_capitalised() {
    for (lang, heading) in [
        ("es", "Cabina árabe"),
        ("fr", "Cabine arabe"),
        ("en", "Arabic booth"),
    ] {
        let o = tarjama(&["plan", EXAMPLE, "--lang", lang]);
        let text = String::from_utf8_lossy(&o.stdout);
        assert!(text.lines().any(|l| l == heading), "{lang}: {text}");
    }
}

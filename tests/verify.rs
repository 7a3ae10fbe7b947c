//! `tarjama verify` on a fresh build of the example (clean, reproducible)
//! and on deliberately broken files, each of which must be reported with
//! the file's name and what is wrong where.

mod common;

use std::fs;
use std::io::{Read, Write};
use std::path::Path;

use common::{docx_part, tarjama, Scratch, EXAMPLE};
use serde_json::Value;

/// A fresh build of the example (every default format) in a scratch folder.
fn built() -> Scratch {
    let s = Scratch::example();
    let o = s.build(&[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    s
}

/// `verify` of `s.out` with `extra` arguments, as JSON, and the exit status.
fn verify(s: &Scratch, extra: &[&str]) -> (Value, i32) {
    let mut args = vec!["verify", s.out.to_str().unwrap(), "--format", "json"];
    args.extend_from_slice(extra);
    let o = tarjama(&args);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!(
            "verify printed no JSON ({e}):\n{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        )
    });
    (v, o.status.code().unwrap_or(-1))
}

fn findings(v: &Value) -> &Vec<Value> {
    v["findings"].as_array().unwrap()
}

/// The findings of `code` on the file called `name`.
fn of<'a>(v: &'a Value, code: &str, name: &str) -> Vec<&'a Value> {
    findings(v)
        .iter()
        .filter(|f| f["code"] == code && f["file"].as_str().unwrap().ends_with(name))
        .collect()
}

/// Rewrites parts of a DOCX package in place.
fn edit_docx(path: &Path, edit: impl Fn(&str, String) -> String) {
    let mut zip = zip::ZipArchive::new(fs::File::open(path).unwrap()).unwrap();
    let mut parts = Vec::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).unwrap();
        let name = f.name().to_string();
        let bytes = if name.ends_with(".xml") {
            edit(&name, String::from_utf8(bytes).unwrap()).into_bytes()
        } else {
            bytes
        };
        parts.push((name, bytes));
    }
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in parts {
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&bytes).unwrap();
    }
    fs::write(path, out.finish().unwrap().into_inner()).unwrap();
}

#[test]
fn a_fresh_build_verifies_clean_and_rebuilds_to_the_same_bytes() {
    let s = built();
    let (v, code) = verify(&s, &["--rebuild", s.event.to_str().unwrap()]);
    assert_eq!(v["command"], "verify");
    assert_eq!(v["warnings"], 0);
    assert!(findings(&v).is_empty(), "{:#?}", findings(&v));
    assert_eq!(code, 0, "{v:#}");
    let files = v["files"].as_array().unwrap();
    // 8 PDF, 8 DOCX, the calendars and the rota: every one read.
    let count = |ext: &str| {
        files
            .iter()
            .filter(|f| f["file"].as_str().unwrap().ends_with(ext))
            .count()
    };
    assert_eq!(count(".pdf"), 8);
    assert_eq!(count(".docx"), 8);
    assert!(count(".ics") >= 8);
    assert_eq!(count("rota.csv"), 1);
    for f in files {
        assert_eq!(f["errors"], 0, "{f}");
    }
    // Text output: one line per file, "ok".
    let o = tarjama(&["verify", s.out.to_str().unwrap(), "--event", EXAMPLE]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("concept-note.ar.pdf"), "{text}");
    let summary: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with(s.out.to_str().unwrap()))
        .collect();
    assert!(summary.len() >= 26, "{text}");
    assert!(summary.iter().all(|l| l.ends_with(" ok")), "{text}");
    assert_eq!(o.status.code(), Some(0), "{text}");
}

#[test]
fn an_arabic_docx_without_bidi_and_rtl_is_reported() {
    let s = built();
    let path = s.out.join("concept-note.ar.docx");
    edit_docx(&path, |name, xml| {
        if name == "word/document.xml" || name == "word/styles.xml" {
            xml.replace("<w:bidi/>", "").replace("<w:rtl/>", "")
        } else {
            xml
        }
    });
    let (v, code) = verify(&s, &[]);
    assert_eq!(code, 1);
    for c in [
        "not-right-to-left",
        "run-not-right-to-left",
        "section-not-right-to-left",
    ] {
        let hit = of(&v, c, "concept-note.ar.docx");
        assert_eq!(hit.len(), 1, "{c}: {v:#}");
        assert_eq!(hit[0]["lang"], "ar");
    }
    let p = &of(&v, "not-right-to-left", "concept-note.ar.docx")[0]["text"];
    // Which paragraphs: counted, and the first ones named by their text.
    assert!(
        p.as_str()
            .unwrap()
            .contains("paragraph(s) holding Arabic are not right-to-left"),
        "{p}"
    );
    assert!(p.as_str().unwrap().contains("“البعثة الدائمة"), "{p}");
    let r = &of(&v, "run-not-right-to-left", "concept-note.ar.docx")[0]["text"];
    assert!(r.as_str().unwrap().contains("lacks w:rtl"), "{r}");
    // Only that file.
    assert!(findings(&v).iter().all(|f| f["file"]
        .as_str()
        .unwrap()
        .ends_with("concept-note.ar.docx")));
}

#[test]
fn a_pdf_of_another_language_under_the_arabic_name_is_reported() {
    let s = built();
    fs::copy(
        s.out.join("concept-note.en.pdf"),
        s.out.join("concept-note.ar.pdf"),
    )
    .unwrap();
    let (v, code) = verify(&s, &[]);
    assert_eq!(code, 1);
    let hit = of(&v, "language-mismatch", "concept-note.ar.pdf");
    assert_eq!(hit.len(), 1, "{v:#}");
    let text = hit[0]["text"].as_str().unwrap();
    assert!(text.contains("`en`") && text.contains("`ar`"), "{text}");
    // With the event, the text is not the Arabic document's either.
    let (v, _) = verify(&s, &["--event", s.event.to_str().unwrap()]);
    assert!(!of(&v, "text-missing", "concept-note.ar.pdf").is_empty());
    assert!(!of(&v, "metadata", "concept-note.ar.pdf").is_empty());
}

/// Replaces the embedded program of every font of `pdf` by a whole font.
fn embed_whole(pdf: &Path, strip_tag: bool) {
    let mut doc = lopdf::Document::load(pdf).unwrap();
    let whole = fs::read("fonts/NotoSans-Regular.ttf").unwrap();
    for (_, obj) in doc.objects.iter_mut() {
        match obj {
            lopdf::Object::Dictionary(d) if strip_tag => {
                for key in [&b"BaseFont"[..], b"FontName"] {
                    if let Ok(lopdf::Object::Name(n)) = d.get_mut(key) {
                        if let Some(i) = n.iter().position(|&c| c == b'+') {
                            n.drain(..=i);
                        }
                    }
                }
            }
            lopdf::Object::Stream(st) if !strip_tag && st.dict.has(b"Length1") => {
                st.dict.set("Length1", whole.len() as i64);
                st.set_plain_content(whole.clone());
            }
            _ => {}
        }
    }
    doc.save(pdf).unwrap();
}

#[test]
fn a_pdf_with_a_font_embedded_whole_is_reported() {
    let s = built();
    let whole = s.out.join("concept-note.en.pdf");
    embed_whole(&whole, false);
    let untagged = s.out.join("concept-note.fr.pdf");
    embed_whole(&untagged, true);
    let (v, code) = verify(&s, &[]);
    assert_eq!(code, 1);
    let hit = of(&v, "font-not-subset", "concept-note.en.pdf");
    assert!(!hit.is_empty(), "{v:#}");
    assert!(
        hit.iter().any(|f| {
            let t = f["text"].as_str().unwrap();
            t.contains("NotoSans-Regular") && t.contains("the whole font is embedded")
        }),
        "{hit:#?}"
    );
    let hit = of(&v, "font-not-subset", "concept-note.fr.pdf");
    assert!(!hit.is_empty(), "{v:#}");
    assert!(hit[0]["text"].as_str().unwrap().contains("no subset tag"));
}

#[test]
fn a_pdf_drawing_the_missing_glyph_is_reported_with_its_page() {
    let s = built();
    let path = s.out.join("concept-note.es.pdf");
    let mut doc = lopdf::Document::load(&path).unwrap();
    let (_, page) = doc.get_pages().into_iter().nth(1).unwrap();
    let mut content = lopdf::content::Content::decode(&doc.get_page_content(page)).unwrap();
    // The first glyph shown on page 2 becomes glyph 0, .notdef.
    let shown = content
        .operations
        .iter_mut()
        .find(|op| op.operator == "TJ")
        .unwrap();
    if let Some(lopdf::Object::Array(items)) = shown.operands.first_mut() {
        if let Some(lopdf::Object::String(bytes, _)) = items.first_mut() {
            bytes[0] = 0;
            bytes[1] = 0;
        }
    }
    doc.change_page_content(page, content.encode().unwrap())
        .unwrap();
    doc.save(&path).unwrap();
    let (v, code) = verify(&s, &[]);
    assert_eq!(code, 1);
    let hit = of(&v, "notdef-glyph", "concept-note.es.pdf");
    assert_eq!(hit.len(), 1, "{v:#}");
    assert_eq!(hit[0]["page"], 2);
}

#[test]
fn a_pdf_with_arabic_glyphs_in_logical_order_is_reported() {
    // A writer that emits right-to-left glyphs in reading order instead of
    // left to right: every Arabic word of the page reads backwards.
    let s = built();
    let path = s.out.join("concept-note.ar.pdf");
    let mut doc = lopdf::Document::load(&path).unwrap();
    let (_, page) = doc.get_pages().into_iter().next().unwrap();
    let mut content = lopdf::content::Content::decode(&doc.get_page_content(page)).unwrap();
    for op in content
        .operations
        .iter_mut()
        .filter(|op| op.operator == "TJ")
    {
        if let Some(lopdf::Object::Array(items)) = op.operands.first_mut() {
            for item in items.iter_mut() {
                if let lopdf::Object::String(bytes, _) = item {
                    let codes: Vec<[u8; 2]> = bytes.chunks(2).rev().map(|c| [c[0], c[1]]).collect();
                    *bytes = codes.concat();
                }
            }
        }
    }
    doc.change_page_content(page, content.encode().unwrap())
        .unwrap();
    doc.save(&path).unwrap();
    let (v, code) = verify(&s, &["--event", s.event.to_str().unwrap()]);
    assert_eq!(code, 1);
    let hits: Vec<&Value> = findings(&v)
        .iter()
        .filter(|f| f["file"].as_str().unwrap().ends_with("concept-note.ar.pdf"))
        .filter(|f| f["code"].as_str().unwrap().starts_with("text-"))
        .collect();
    assert!(!hits.is_empty(), "{v:#}");
    // The other Arabic PDF is still read right.
    assert!(findings(&v).iter().all(|f| !f["file"]
        .as_str()
        .unwrap()
        .ends_with("booth-schedule.ar.pdf")));
}

#[test]
fn a_docx_missing_a_paragraph_is_reported_with_its_start() {
    let s = built();
    let path = s.out.join("concept-note.en.docx");
    edit_docx(&path, |name, xml| {
        if name != "word/document.xml" {
            return xml;
        }
        // Drop the paragraph holding the rationale's second paragraph.
        let at = xml.find("This online meeting will bring").unwrap();
        let start = xml[..at].rfind("<w:p ").unwrap();
        let end = at + xml[at..].find("</w:p>").unwrap() + "</w:p>".len();
        format!("{}{}", &xml[..start], &xml[end..])
    });
    let (v, code) = verify(&s, &["--event", s.event.to_str().unwrap()]);
    assert_eq!(code, 1);
    let hit = of(&v, "text-missing", "concept-note.en.docx");
    assert_eq!(hit.len(), 1, "{v:#}");
    let text = hit[0]["text"].as_str().unwrap();
    assert!(
        text.contains("“This online meeting will bring together governments from"),
        "{text}"
    );
    assert!(text.contains("paragraph "), "{text}");
    // The PDF of the same document is fine.
    assert!(of(&v, "text-missing", "concept-note.en.pdf").is_empty());
}

#[test]
fn calendars_and_rota_that_disagree_or_drift_are_reported() {
    let s = built();
    let cal = s.out.join("calendar/FR-2.ics");
    let ics = fs::read_to_string(&cal).unwrap();
    fs::write(
        &cal,
        ics.replace("TZID=Europe/Zurich:", "TZID=Europe/Paris:"),
    )
    .unwrap();
    let rota_path = s.out.join("rota.csv");
    let rota = fs::read_to_string(&rota_path).unwrap();
    let row = rota.lines().find(|l| l.starts_with("es,ES 1,")).unwrap();
    let mut cells: Vec<&str> = row.split(',').collect();
    let moved = "17:25";
    cells[4] = moved;
    fs::write(&rota_path, rota.replacen(row, &cells.join(","), 1)).unwrap();
    let (v, code) = verify(&s, &["--rebuild", s.event.to_str().unwrap()]);
    assert_eq!(code, 1);
    let tz = of(&v, "wrong-time-zone", "FR-2.ics");
    assert!(!tz.is_empty(), "{v:#}");
    assert!(tz[0]["text"].as_str().unwrap().contains("Europe/Paris"));
    let m = of(&v, "rota-mismatch", "ES-1.ics");
    assert_eq!(m.len(), 1, "{v:#}");
    assert!(
        m[0]["text"].as_str().unwrap().contains("ES 1"),
        "{}",
        m[0]["text"]
    );
    // Both edited files differ from a fresh build; the others do not.
    let drift: Vec<&str> = findings(&v)
        .iter()
        .filter(|f| f["code"] == "not-reproducible")
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    assert_eq!(drift.len(), 2, "{drift:?}");
    assert!(drift.iter().any(|f| f.ends_with("rota.csv")));
}

#[test]
fn bad_input_is_status_2() {
    let s = built();
    let o = tarjama(&["verify", s.tmp().join("nowhere").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("is not a folder"));
    s.edit("event.toml", "format = \"online\"", "format = \"onlin\"");
    let o = tarjama(&[
        "verify",
        s.out.to_str().unwrap(),
        "--rebuild",
        s.event.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("event.toml:"));
}

/// `s` built with `args` and then verified against its event: no finding.
fn builds_and_verifies_clean(s: &Scratch, args: &[&str]) {
    let o = s.build(args);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    verifies_clean(s);
}

/// What `s` built verifies against its event with no finding.
fn verifies_clean(s: &Scratch) {
    let (v, status) = verify(s, &["--event", s.event.to_str().unwrap()]);
    assert_eq!(findings(&v).len(), 0, "{v:#}");
    assert_eq!(status, 0);
}

#[test]
fn arabic_documents_with_arabic_indic_digits_verify_clean() {
    // Arabic-Indic digits (bidi class AN) read left to right inside a
    // right-to-left line, as European digits do: the extractor must not
    // turn them back with the Arabic around them.
    let s = Scratch::example();
    s.edit(
        "event.toml",
        "id = ",
        "arabic_digits = \"arabic-indic\"\nid = ",
    );
    builds_and_verifies_clean(&s, &["--lang", "ar", "--format", "pdf"]);
}

#[test]
fn a_team_that_joins_mid_meeting_verifies_clean() {
    // Four and a half hours need a second team per booth: its connection
    // test falls during the first team's turns and is no turn of its own.
    let s = Scratch::example();
    s.edit("event.toml", "end = \"17:30\"", "end = \"19:00\"");
    let o = s.build(&["--format", "ics,csv"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let mut late_arrivals = 0;
    for e in fs::read_dir(s.out.join("calendar")).unwrap() {
        let ics = fs::read_to_string(e.unwrap().path()).unwrap();
        for event in ics.split("BEGIN:VEVENT").skip(1) {
            if event.contains("X-TARJAMA-KIND:arrival") && !event.contains("T140000") {
                late_arrivals += 1;
            }
        }
    }
    assert!(late_arrivals > 0, "no team joins after the start");
    verifies_clean(&s);
}

/// The example with a speaker whose name is written in Arabic (the
/// moderator for the Middle East), as ARABIC_NAME.
fn example_with_an_arabic_name() -> Scratch {
    let s = Scratch::example();
    s.edit(
        "event.toml",
        "[people.mena]\nlanguages",
        &format!("[people.mena]\nname = \"{ARABIC_NAME}\"\nlanguages"),
    );
    s
}

const ARABIC_NAME: &str = "محمد علي الحسن";

#[test]
fn an_arabic_name_in_french_documents_verifies_clean() {
    // A speaker whose name is written in Arabic: in the French booth
    // schedule a line ends with the name and the comma after it, which the
    // reader must keep after the name.
    let s = example_with_an_arabic_name();
    builds_and_verifies_clean(&s, &["--lang", "fr", "--format", "pdf"]);
}

#[test]
fn an_arabic_name_in_an_english_docx_is_a_marked_arabic_run() {
    // The name inside English paragraphs (the agenda, the booth schedule's
    // speakers) is its own right-to-left run in Arabic, not English.
    let s = example_with_an_arabic_name();
    builds_and_verifies_clean(&s, &["--lang", "en", "--format", "docx"]);
    let path = s.out.join("concept-note.en.docx");
    let xml = docx_part(&path, "word/document.xml");
    let run = xml
        .split("<w:r>")
        .find(|r| r.contains(ARABIC_NAME))
        .expect("the name is in the English concept note");
    assert!(
        run.contains("<w:rtl/>") && run.contains("w:bidi=\"ar\""),
        "{run}"
    );
    // Stripped of its marks, verify names the run.
    edit_docx(&path, |name, xml| {
        if name == "word/document.xml" {
            xml.replace("<w:rtl/>", "")
        } else {
            xml
        }
    });
    let (v, code) = verify(&s, &["--event", s.event.to_str().unwrap()]);
    assert_eq!(code, 1);
    let hit = of(&v, "run-not-right-to-left", "concept-note.en.docx");
    assert_eq!(hit.len(), 1, "{v:#}");
    assert!(
        hit[0]["text"].as_str().unwrap().contains(ARABIC_NAME),
        "{v:#}"
    );
}

#[test]
fn a_full_day_in_two_shifts_verifies_clean() {
    // A full day in four languages (from a stress test on unseen meetings):
    // each booth works in two shifts of two, so a 30-minute turn keeps the
    // rules (three on duty together would take 20-minute turns); the
    // meeting link breaks after its "?"; Arabic descriptions hold a
    // number and an ASCII comma ("متكلم 22, المنتدى …") in the names
    // sheets of the English, French and Spanish booth schedules. Each of
    // the three was reported as a renderer bug.
    let s = Scratch::of(Path::new("tests/events/fullday-2024"));
    builds_and_verifies_clean(&s, &["--format", "pdf,ics,csv"]);
}

#[test]
fn timeline_names_stay_inside_their_bars() {
    // A hybrid day in Geneva (from a stress test on unseen meetings): the
    // Arabic booth of three takes 18-minute turns, too short for a whole
    // name. The labels were shrunk and still ran over their bars, so the
    // reader read "ARKarim" for the lane label and the first name, and
    // verify reported four lane labels out of order. Names that do not fit
    // are shortened to a first name or initials now.
    let s = Scratch::of(Path::new("tests/events/geneva-hybrid-2025"));
    builds_and_verifies_clean(&s, &["--format", "pdf,ics,csv"]);
}

#[test]
fn a_remote_meeting_at_a_half_hour_offset_verifies_clean() {
    // St John's (UTC-3:30), four hours online with relay (from a stress
    // test on unseen meetings).
    let s = Scratch::of(Path::new("tests/events/stjohns-remote-2025"));
    builds_and_verifies_clean(&s, &["--format", "pdf,ics,csv"]);
}

/// Every test event (meetings written by reviewers who had not seen the
/// code: Cairo, Auckland, Doha, New York on its daylight-saving day, ...)
/// builds, and `verify --event` reads every file back with no error:
/// nothing lost, cut or out of order in any language.
#[test]
fn every_test_event_builds_and_verifies() {
    let mut events: Vec<std::path::PathBuf> = fs::read_dir("tests/events")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("event.toml").is_file())
        .collect();
    events.sort();
    assert!(events.len() >= 14, "{events:?}");
    for event in events {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let (ev, o) = (event.to_str().unwrap(), out.to_str().unwrap());
        let built = tarjama(&["build", ev, "--out", o]);
        assert!(
            built.status.success(),
            "{ev}: {}",
            String::from_utf8_lossy(&built.stderr)
        );
        let v = tarjama(&["verify", o, "--event", ev, "--format", "json"]);
        let json: Value = serde_json::from_slice(&v.stdout).unwrap();
        assert_eq!(json["errors"], 0, "{ev}: {json:#}");
        assert_eq!(v.status.code(), Some(0), "{ev}: {json:#}");
    }
}

/// A build narrowed with `--lang` writes the rota of the booths whose
/// calendars it writes, so `verify` finds them in agreement (the rota kept
/// every booth: "has 4 turn(s) in the rota and no calendar", 7 errors).
#[test]
fn a_build_of_one_language_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let o = out.to_str().unwrap();
    let built = tarjama(&["build", EXAMPLE, "--out", o, "--lang", "fr"]);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let rota = fs::read_to_string(out.join("rota.csv")).unwrap();
    assert!(rota.lines().skip(1).all(|l| l.starts_with("fr,")), "{rota}");
    assert!(rota.lines().count() > 1, "{rota}");
    // Also against the event and a fresh build: the other languages'
    // files are not missing, only not asked for.
    for extra in [&[][..], &["--event", EXAMPLE], &["--rebuild", EXAMPLE]] {
        let mut args = vec!["verify", o, "--format", "json"];
        args.extend_from_slice(extra);
        let v = tarjama(&args);
        let json: Value = serde_json::from_slice(&v.stdout).unwrap();
        assert_eq!(json["errors"], 0, "{extra:?}: {json:#}");
    }
}

/// Files gone from a built folder are errors: the manifest names what the
/// build wrote; without it, `--rebuild` names what a fresh build writes
/// (of the kinds the folder holds).
#[test]
fn files_missing_from_a_built_folder_are_reported() {
    let s = built();
    let gone = [
        "booth-schedule.es.pdf",
        "concept-note.ar.docx",
        "calendar/FR-2.ics",
    ];
    for g in gone {
        fs::remove_file(s.out.join(g)).unwrap();
    }
    let missing = |v: &Value| {
        let mut m: Vec<String> = findings(v)
            .iter()
            .filter(|f| f["code"] == "file-missing")
            .map(|f| {
                let p = f["file"].as_str().unwrap();
                p[s.out.to_str().unwrap().len() + 1..].to_string()
            })
            .collect();
        m.sort();
        m
    };
    let mut want: Vec<String> = gone.iter().map(|g| g.to_string()).collect();
    want.sort();
    let (v, code) = verify(&s, &[]);
    assert_eq!(code, 1, "{v:#}");
    assert_eq!(missing(&v), want, "{v:#}");
    fs::remove_file(s.out.join(".tarjama-manifest")).unwrap();
    let (v, _) = verify(&s, &[]);
    assert!(
        missing(&v).is_empty(),
        "without a manifest, nothing to go by: {v:#}"
    );
    let (v, code) = verify(&s, &["--rebuild", s.event.to_str().unwrap()]);
    assert_eq!(code, 1, "{v:#}");
    assert_eq!(missing(&v), want, "each said once: {v:#}");
}

/// Calendars built from an earlier agenda are errors against the event as
/// it is now: a turn that moved, an interpreter who left.
#[test]
fn calendars_from_another_version_of_the_event_are_reported() {
    let s = built();
    let (v, code) = verify(&s, &["--event", s.event.to_str().unwrap()]);
    assert_eq!(code, 0, "{v:#}");
    // The meeting and every item start ten minutes later.
    s.edit("event.toml", "end = \"17:30\"", "end = \"17:40\"");
    let event = fs::read_to_string(s.event.join("event.toml")).unwrap();
    let shifted = shift_items(&event, 10);
    fs::write(s.event.join("event.toml"), shifted).unwrap();
    let (v, code) = verify(&s, &["--event", s.event.to_str().unwrap()]);
    assert_eq!(code, 1, "{v:#}");
    let differs = of(&v, "calendar-differs", "AR-1.ics");
    assert_eq!(differs.len(), 1, "{v:#}");
    let text = differs[0]["text"].as_str().unwrap();
    assert!(text.contains("in the event's plan"), "{text}");
    assert!(
        differs[0]["help"]
            .as_str()
            .unwrap()
            .contains("another version of the event"),
        "{v:#}"
    );
}

/// `event.toml` with every agenda item's `start = "HH:MM"` moved by
/// `minutes`.
fn shift_items(toml: &str, minutes: u32) -> String {
    toml.lines()
        .map(|l| match l.strip_prefix("start = \"") {
            Some(rest) if rest.len() >= 6 => {
                let (h, m) = (&rest[..2], &rest[3..5]);
                let t = h.parse::<u32>().unwrap() * 60 + m.parse::<u32>().unwrap() + minutes;
                format!("start = \"{:02}:{:02}\"", t / 60, t % 60)
            }
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// A booth of one interpreter is held to the solo rule (40 minutes), in
/// its booth schedule and by `verify`, where both spoke of 30-minute turns
/// in a booth nobody can take turns in.
#[test]
fn a_booth_of_one_is_held_to_the_solo_rule_everywhere() {
    let s = Scratch::of(Path::new("tests/events/doha-briefing-2026"));
    let toml = s.read("event.toml");
    // Keep one interpreter of the English booth.
    let mut kept = String::new();
    let mut en_seen = 0;
    for block in toml.split("\n[[interpreters]]") {
        if block.contains("booth = \"en\"") {
            en_seen += 1;
            if en_seen > 1 {
                continue;
            }
        }
        if !kept.is_empty() {
            kept.push_str("\n[[interpreters]]");
        }
        kept.push_str(block);
    }
    assert!(en_seen >= 2, "the English booth has a team: {toml}");
    s.write("event.toml", &kept);
    let o = s.build(&["--format", "ics,csv,txt"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let sheet = fs::read_to_string(s.out.join("booth-schedule.en.txt")).unwrap();
    assert!(
        sheet.contains("the rules allow at most 40 minutes at the microphone"),
        "{sheet}"
    );
    assert!(!sheet.contains("Turns of at most"), "{sheet}");
    let (v, code) = verify(&s, &[]);
    assert_eq!(code, 1, "{v:#}");
    let long: Vec<&Value> = findings(&v)
        .iter()
        .filter(|f| f["code"] == "turn-too-long")
        .collect();
    assert!(!long.is_empty(), "{v:#}");
    assert!(
        long.iter().all(|f| f["text"]
            .as_str()
            .unwrap()
            .contains("allow 40 min in a booth of 1")),
        "{v:#}"
    );
}

/// Calendars of an earlier revision with the same times are still stale:
/// a calendar program that took the revision's file would not take them.
#[test]
fn calendars_of_an_earlier_revision_are_reported() {
    let s = built();
    s.edit(
        "event.toml",
        "chatham_house_rule = true",
        "revision = 1\nchatham_house_rule = true",
    );
    let (v, code) = verify(&s, &["--event", s.event.to_str().unwrap()]);
    assert_eq!(code, 1, "{v:#}");
    let stale = of(&v, "calendar-differs", "AR-1.ics");
    assert_eq!(stale.len(), 1, "{v:#}");
    assert!(
        stale[0]["text"]
            .as_str()
            .unwrap()
            .contains("revision 0 (SEQUENCE), the event is at revision 1"),
        "{v:#}"
    );
    let o = s.build(&[]);
    assert!(o.status.success());
    let (v, _) = verify(&s, &["--event", s.event.to_str().unwrap()]);
    assert!(
        findings(&v).iter().all(|f| f["code"] != "calendar-differs"),
        "{v:#}"
    );
}

//! The example meeting's documents as PDF in all four languages: every word
//! back through pdftotext, concept notes at most 60 KB, same bytes every run.
//!
//! Without poppler-utils the extraction check fails, unless TARJAMA_SKIP_EXTERNAL=1.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;

use tarjama::cmd::build::{compose_all, render_one, Format, Options};
use tarjama::doc::plain_text;

fn options() -> Options {
    Options {
        event: PathBuf::from("examples/gcm-talk-2023"),
        out: std::env::temp_dir().join("tarjama-pdf-example"),
        langs: None,
        formats: None,
        strict: true,
        font_dir: None,
    }
}

/// Words as a reader compares them: bidi controls removed, split at spaces;
/// a word broken after a slash or a hyphen at a line end is joined again.
fn words(text: &str) -> Vec<String> {
    let clean: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}'))
        .collect();
    let mut out: Vec<String> = Vec::new();
    let mut glue = false;
    for w in clean.split_whitespace() {
        if glue {
            out.last_mut().unwrap().push_str(w);
        } else {
            out.push(w.to_string());
        }
        glue = w.ends_with('/') || w.ends_with('-') || w.ends_with('–');
    }
    out
}

#[test]
fn concept_notes_extract_word_for_word_and_stay_small() {
    let built = compose_all(&options()).expect("the example composes");
    let fonts = tarjama::cmd::build::fonts(&options()).unwrap();
    let docs: Vec<_> = built
        .docs
        .iter()
        .filter(|c| c.stem == "concept-note")
        .collect();
    assert_eq!(docs.len(), 4);
    let dir = tempfile::tempdir().unwrap();
    for c in docs {
        let f = render_one(c, Format::Pdf, &fonts).expect("renders");
        assert!(
            f.bytes.len() <= 60 * 1024,
            "{}: {} bytes",
            f.name,
            f.bytes.len()
        );
        assert_eq!(
            f.bytes,
            render_one(c, Format::Pdf, &fonts).unwrap().bytes,
            "{}: not reproducible",
            f.name
        );
        let path = dir.path().join(&f.name);
        std::fs::write(&path, &f.bytes).unwrap();
        let out = match Command::new("pdftotext").arg(&path).arg("-").output() {
            Ok(out) => out,
            Err(_) if std::env::var("TARJAMA_SKIP_EXTERNAL").as_deref() == Ok("1") => return,
            Err(e) => panic!(
                "pdftotext is needed ({e}): install poppler-utils or set TARJAMA_SKIP_EXTERNAL=1"
            ),
        };
        let got = String::from_utf8_lossy(&out.stdout);
        let mut bag: HashMap<String, usize> = HashMap::new();
        for w in words(&got) {
            *bag.entry(w).or_default() += 1;
        }
        let want = words(&plain_text(&c.doc));
        let missing: Vec<&String> = want
            .iter()
            .filter(|w| match bag.get_mut(*w) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    false
                }
                _ => true,
            })
            .collect();
        eprintln!(
            "{}: {} bytes, {}/{} words back",
            f.name,
            f.bytes.len(),
            want.len() - missing.len(),
            want.len()
        );
        assert!(
            missing.is_empty(),
            "{}: not extracted: {missing:?}\n--- pdftotext ---\n{got}",
            f.name
        );
    }
}

//! Benchmark of the concept notes of the example meeting: wall time of the
//! whole build (compose + render) for the four PDFs and the four DOCX files
//! (median of several runs), file sizes, and the share of each language's
//! words that `pdftotext` gives back exactly.
//!
//! Run: cargo bench --bench concept_notes

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use tarjama::cmd::build::{compose_all, render_one, Format, Options};
use tarjama::doc::plain_text;

const RUNS: usize = 15;

fn options() -> Options {
    Options {
        event: PathBuf::from("examples/gcm-talk-2023"),
        out: std::env::temp_dir().join("tarjama-bench"),
        langs: None,
        formats: None,
        strict: true,
        font_dir: None,
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Words as a reader would search for them: letters and digits only.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || ('\u{064B}'..='\u{065F}').contains(&c)))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Removes the bidi controls pdftotext wraps around Latin in Arabic text.
fn strip_bidi(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

fn main() {
    let opts = options();
    let fonts = tarjama::cmd::build::fonts(&opts).unwrap();
    for format in [Format::Pdf, Format::Docx] {
        let mut times = Vec::new();
        let mut sizes = BTreeMap::new();
        for _ in 0..RUNS {
            let t = Instant::now();
            let built = compose_all(&opts).expect("example builds");
            for c in built.docs.iter().filter(|c| c.stem == "concept-note") {
                let f = render_one(c, format, &fonts).expect("renders");
                sizes.insert(f.name.clone(), f.bytes.len());
            }
            times.push(t.elapsed());
        }
        println!(
            "{}: 4 concept notes, compose + render, median of {RUNS}: {:.1} ms",
            format.extension(),
            median(times).as_secs_f64() * 1000.0
        );
        for (name, size) in &sizes {
            println!("  {name}: {:.1} KB", *size as f64 / 1024.0);
        }
    }

    // Word fidelity through pdftotext (default mode).
    let built = compose_all(&opts).expect("example builds");
    let dir = tempfile::tempdir().unwrap();
    for c in built.docs.iter().filter(|c| c.stem == "concept-note") {
        let f = render_one(c, Format::Pdf, &fonts).unwrap();
        let pdf = dir.path().join(&f.name);
        std::fs::write(&pdf, &f.bytes).unwrap();
        let out = std::process::Command::new("pdftotext")
            .arg(&pdf)
            .arg("-")
            .output();
        let Ok(out) = out else {
            println!("pdftotext not found: install poppler-utils for the fidelity figures");
            return;
        };
        let got = strip_bidi(&String::from_utf8_lossy(&out.stdout));
        let mut bag: BTreeMap<String, usize> = BTreeMap::new();
        for w in words(&got) {
            *bag.entry(w).or_default() += 1;
        }
        let want = words(&strip_bidi(&plain_text(&c.doc)));
        let found = want
            .iter()
            .filter(|w| match bag.get_mut(*w) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    true
                }
                _ => false,
            })
            .count();
        println!(
            "pdftotext fidelity {}: {found}/{} words ({:.1} %)",
            c.lang,
            want.len(),
            100.0 * found as f64 / want.len() as f64
        );
    }
}

//! Benchmark of the concept notes of the example meeting: wall time of the
//! whole build (compose + render) for the four PDFs and the four DOCX files
//! (median of several runs), file sizes, and the share of each language's
//! words that `pdftotext` gives back exactly.
//!
//! Run: cargo bench --bench concept_notes

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use tarjama::doc::{plain_text, Model};
use tarjama::pipeline::{self, Output};
use tarjama::render::{self, Renderer, Resources};

const RUNS: usize = 15;
const EXAMPLE: &str = "examples/gcm-talk-2023";

/// Loads and composes the example; returns its concept notes.
fn concept_notes() -> Vec<Output> {
    let m = pipeline::load(Path::new(EXAMPLE), None).expect("example loads");
    pipeline::compose(&m)
        .into_iter()
        .filter(|o| o.stem.starts_with("concept-note."))
        .collect()
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
    let res = Resources::default();
    for format in ["pdf", "docx"] {
        let r = render::by_name(format).unwrap();
        let mut times = Vec::new();
        let mut sizes = BTreeMap::new();
        for _ in 0..RUNS {
            let t = Instant::now();
            for o in concept_notes() {
                let bytes = r.render(&o.model, &res).expect("renders");
                sizes.insert(format!("{}.{format}", o.stem), bytes.len());
            }
            times.push(t.elapsed());
        }
        println!(
            "{format}: 4 concept notes, compose + render, median of {RUNS}: {:.1} ms",
            median(times).as_secs_f64() * 1000.0
        );
        for (name, size) in &sizes {
            println!("  {name}: {:.1} KB", *size as f64 / 1024.0);
        }
    }

    // Word fidelity through pdftotext (default mode).
    let dir = tempfile::tempdir().unwrap();
    for o in concept_notes() {
        let Model::Document(doc) = &o.model else {
            continue;
        };
        let bytes = render::pdf::Pdf.render(&o.model, &res).unwrap();
        let pdf = dir.path().join(format!("{}.pdf", o.stem));
        std::fs::write(&pdf, &bytes).unwrap();
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
        let want = words(&strip_bidi(&plain_text(doc)));
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
            doc.lang,
            want.len(),
            100.0 * found as f64 / want.len() as f64
        );
    }
}

//! Benchmark of the PDF text layer on the example meeting: for the eight
//! PDFs (concept notes and booth schedules, four languages) the size, the
//! time to render them (median of several runs), and how much of their
//! text four real PDF readers give back — poppler's pdftotext, PDFium
//! (Chrome), pdf.js (Firefox, a copy of its text layer) and MuPDF — as
//! measured by `readers.py` against the composed document's own text.
//!
//! Run: cargo bench --bench readers
//! `READERS_PY` names readers.py (default: ../shared/tools/readers.py, the
//! team's copy; it installs PDFium, pdf.js and MuPDF bindings on first
//! use); `READERS_OUT` keeps the PDFs and reference texts (default: a
//! temporary folder). Without readers.py only sizes and times are printed.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use tarjama::doc::{plain_text, Model};
use tarjama::pipeline::{self, Output};
use tarjama::render::{pdf::Pdf, Renderer, Resources};

const RUNS: usize = 9;
const EXAMPLE: &str = "examples/gcm-talk-2023";
const READERS: [(&str, &str); 4] = [
    ("pdftotext", "poppler"),
    ("pdfium-range", "PDFium"),
    ("pdfjs-copy", "pdf.js"),
    ("pymupdf", "MuPDF"),
];

fn documents() -> Vec<Output> {
    let m = pipeline::load(Path::new(EXAMPLE), None).expect("example loads");
    pipeline::compose(&m)
        .into_iter()
        .filter(|o| matches!(o.model, Model::Document(_)))
        .filter(|o| o.stem.starts_with("concept-note.") || o.stem.starts_with("booth-schedule."))
        .collect()
}

/// Everything the PDF shows, in logical order: the composed document's
/// text, then what the renderer adds (running header, footers, the
/// timelines' ticks and bar labels), one line each.
fn reference_text(doc: &tarjama::doc::Document, pdf: &[u8]) -> String {
    use tarjama::doc::{Block, FooterPart};
    let mut out = plain_text(doc);
    let pages = lopdf::Document::load_mem(pdf).map_or(1, |d| d.get_pages().len());
    out.push_str(&doc.header);
    out.push('\n');
    for n in 1..=pages {
        for part in &doc.footer {
            match part {
                FooterPart::Text(t) => out.push_str(t),
                FooterPart::PageNumber => out.push_str(&doc.digits.format(n)),
                FooterPart::PageCount => out.push_str(&doc.digits.format(pages)),
            }
        }
        out.push('\n');
    }
    for b in &doc.blocks {
        if let Block::Timeline(t) = b {
            // The composed text has the lanes' labels one a line; the page
            // shows each label with its bars on one line, then the legend.
            let labels: String = t.lanes.iter().map(|l| format!("{}\n", l.label)).collect();
            let mut drawn: String = t
                .lanes
                .iter()
                .map(|l| {
                    let bars: Vec<&str> = l.bars.iter().map(|b| b.label.as_str()).collect();
                    format!("{} {}\n", l.label, bars.join(" "))
                })
                .collect();
            drawn.push_str(&t.caption);
            drawn.push('\n');
            out = out.replacen(&labels, &drawn, 1);
            let ticks = t.ticks.iter().map(|(_, l)| l.clone());
            let bands = t.bands.iter().map(|b| b.label.clone());
            for l in ticks.chain(bands) {
                out.push_str(&l);
                out.push('\n');
            }
        }
    }
    out
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn readers_py() -> Option<PathBuf> {
    let p = std::env::var_os("READERS_PY")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/tools/readers.py"));
    p.exists().then_some(p)
}

/// One reader's line of `readers.py -v`: words %, pairs %, and the count
/// of stray LRM + RLM + embedding characters on its detail line.
fn figures(out: &str, reader: &str) -> Option<(f64, f64, usize)> {
    let mut lines = out.lines();
    let line = lines.find(|l| l.starts_with(&format!("{reader}:")))?;
    let pct = |after: &str| -> Option<f64> {
        let at = line.find(after)? + after.len();
        let rest = &line[at..];
        let open = rest.find('(').map(|i| i + 1).unwrap_or(0);
        let rest = &rest[open..];
        rest[..rest.find('%')?].trim().parse().ok()
    };
    let words = pct("words back")?;
    let pairs = {
        let at = line.find("pair order")? + "pair order".len();
        let rest = &line[at..];
        rest[..rest.find('%')?].trim().parse().ok()?
    };
    let detail = lines.next().unwrap_or("");
    let count = |name: &str| -> usize {
        detail
            .split(&format!("{name} "))
            .nth(1)
            .and_then(|r| r.split_whitespace().next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    };
    Some((
        words,
        pairs,
        count("LRM") + count("RLM") + count("embed/override"),
    ))
}

fn main() {
    let res = Resources::default();
    let docs = documents();
    let mut times = Vec::new();
    let mut pdfs: Vec<(String, Vec<u8>)> = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        pdfs = docs
            .iter()
            .map(|o| (o.stem.clone(), Pdf.render(&o.model, &res).expect("renders")))
            .collect();
        times.push(t.elapsed());
    }
    println!(
        "PDF render, {} documents, median of {RUNS}: {:.1} ms",
        pdfs.len(),
        median(times).as_secs_f64() * 1000.0
    );
    let tmp = tempfile::tempdir().unwrap();
    let dir = std::env::var_os("READERS_OUT")
        .map(PathBuf::from)
        .unwrap_or_else(|| tmp.path().to_path_buf());
    std::fs::create_dir_all(&dir).unwrap();
    let readers = readers_py();
    if readers.is_none() {
        println!("(readers.py not found: set READERS_PY for the readers' figures)");
    }
    println!(
        "| PDF | KB | {} | stray marks PDFium / MuPDF |",
        READERS.map(|r| r.1).join(" | ")
    );
    println!("|---|---|{}---|", "---|".repeat(READERS.len()));
    for (o, (stem, bytes)) in docs.iter().zip(&pdfs) {
        let Model::Document(doc) = &o.model else {
            continue;
        };
        let pdf = dir.join(format!("{stem}.pdf"));
        let reference = dir.join(format!("{stem}.txt"));
        std::fs::write(&pdf, bytes).unwrap();
        std::fs::write(&reference, reference_text(doc, bytes)).unwrap();
        let mut cells = vec![stem.clone(), format!("{:.1}", bytes.len() as f64 / 1024.0)];
        let mut stray = String::from("–");
        if let Some(py) = &readers {
            let only = READERS.map(|r| r.0).join(",");
            let out = Command::new("python3")
                .arg(py)
                .arg(&reference)
                .arg(&pdf)
                .args(["-v", "--min", "0", "--only", &only])
                .output()
                .expect("python3 runs");
            let text = String::from_utf8_lossy(&out.stdout);
            let mut marks = Vec::new();
            for (id, _) in READERS {
                match figures(&text, id) {
                    Some((w, p, s)) => {
                        cells.push(format!("{w:.2} / {p:.2}"));
                        if id != "pdftotext" && id != "pdfjs-copy" {
                            marks.push(s.to_string());
                        }
                    }
                    None => cells.push("n/a".into()),
                }
            }
            stray = marks.join(" / ");
        } else {
            cells.extend(READERS.map(|_| "–".to_string()));
        }
        cells.push(stray);
        println!("| {} |", cells.join(" | "));
    }
    println!("(words back % / word pairs in order %, against the composed document's text)");
}

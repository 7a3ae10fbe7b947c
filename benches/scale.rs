//! Benchmark of whole builds (the release binary, one process per build, as
//! a user runs it): medians of wall time and peak memory (max RSS) for the
//! example's full set, PDF only and DOCX only; a batch of 50 generated
//! events (time per event) and 20 events as one batch against 20 single
//! builds (three rounds, each a batch and then the singles; the median
//! round's ratio); growth for inputs 10× and 100× the example's size; the issue's
//! large inputs at two sizes each (doubling must at most double the time);
//! the output sizes.
//!
//!     cargo bench --bench scale
//!
//! `TARJAMA_BENCH_BASELINE=/path/to/older/tarjama` runs every case with that
//! binary too, side by side, and prints the ratios. `TARJAMA_BENCH_QUICK=1`
//! leaves out the large inputs (40,000 people take a minute).

use std::fs;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const EXAMPLE: &str = "examples/gcm-talk-2023";
const RUNS: usize = 7;

/// One process run: wall time and peak resident memory in bytes.
// The child is reaped by wait4 below, which std's `wait` cannot replace.
#[allow(clippy::zombie_processes)]
fn run_once(bin: &Path, args: &[String]) -> (Duration, u64, bool) {
    let started = Instant::now();
    let child = Command::new(bin)
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("tarjama starts");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // wait4 gives this child's own peak memory (getrusage of all children
    // would give the largest of them all).
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(r, pid, "wait4");
    let ok = std::process::ExitStatus::from_raw(status).success();
    (started.elapsed(), usage.ru_maxrss as u64 * 1024, ok)
}

/// Median wall time and median peak memory of `runs` runs.
fn measure(bin: &Path, args: &[String], runs: usize) -> (Duration, u64) {
    let mut times = Vec::new();
    let mut mems = Vec::new();
    for _ in 0..runs {
        let (t, m, ok) = run_once(bin, args);
        assert!(ok, "{} {args:?} failed", bin.display());
        times.push(t);
        mems.push(m);
    }
    times.sort();
    mems.sort();
    (times[runs / 2], mems[runs / 2])
}

fn build_args(event: &Path, out: &Path, extra: &[&str]) -> Vec<String> {
    let mut v = vec![
        "build".to_string(),
        event.display().to_string(),
        "--out".into(),
        out.display().to_string(),
    ];
    v.extend(extra.iter().map(|s| s.to_string()));
    v
}

/// A copy of the example in `dir/name`, with `edit` applied to its files.
fn event_copy(dir: &Path, name: &str, edit: impl Fn(&str, String) -> String) -> PathBuf {
    let d = dir.join(name);
    fs::create_dir_all(&d).unwrap();
    for e in fs::read_dir(EXAMPLE).unwrap() {
        let p = e.unwrap().path();
        let file = p.file_name().unwrap().to_string_lossy().into_owned();
        if file.ends_with(".toml") || file.ends_with(".ftl") {
            let text = fs::read_to_string(&p).unwrap();
            fs::write(d.join(&file), edit(&file, text)).unwrap();
        } else {
            fs::copy(&p, d.join(&file)).unwrap();
        }
    }
    d
}

/// The example at `n` times its size: every prose body `n` times, `n` times
/// as many people (the extra ones listed, with their messages) and agenda
/// items each cut into `n` (a tenth of the time each at 10×).
fn scaled(dir: &Path, n: usize) -> PathBuf {
    event_copy(dir, &format!("scaled-{n}"), |file, mut text| {
        if file == "event.toml" {
            let extra: String = (0..20 * (n - 1))
                .map(|i| {
                    format!("\n[people.extra-{i}]\nname = \"Delegate {i}\"\nlanguages = [\"en\"]\n")
                })
                .collect();
            text = text.replace(
                "# The draft agenda",
                &format!("{extra}\n# The draft agenda"),
            );
            text
        } else {
            let mut out = String::new();
            let mut in_body = false;
            for line in text.lines() {
                if line.starts_with("section-") && line.contains("-body =") {
                    in_body = true;
                    out.push_str(line);
                    out.push('\n');
                    continue;
                }
                if in_body && !line.starts_with(' ') && !line.is_empty() {
                    in_body = false;
                }
                out.push_str(line);
                out.push('\n');
                if in_body && line.starts_with("    ") {
                    for _ in 1..n {
                        out.push('\n');
                        out.push_str(line);
                        out.push('\n');
                    }
                }
            }
            for i in 0..20 * (n - 1) {
                out.push_str(&format!("person-extra-{i} = Delegate of State {i}\n"));
            }
            out
        }
    })
}

/// The large inputs, `size` being the count or bytes.
fn large(dir: &Path, kind: &str, size: usize) -> PathBuf {
    let name = format!("{kind}-{size}");
    event_copy(dir, &name, |file, text| match (kind, file) {
        // A long string in the event file: a multi-line TOML string (one
        // line of event.toml may hold at most 64 KiB).
        ("string", "event.toml") => {
            let line =
                "Zoom webinar with interpretation channels for every language. ".repeat(8) + "\n";
            let body = line.repeat(size / line.len() + 1);
            text.replace(
                "platform = \"Zoom\"",
                &format!("platform = \"\"\"{}\"\"\"", &body[..size]),
            )
        }
        ("paragraph", "en.ftl") => {
            let words = "interpreters work in teams of two per booth and take turns ";
            let body: String = words.repeat(size / words.len() + 1)[..size].to_string();
            text.replacen(
                "section-participation-body =\n",
                &format!("section-participation-body =\n    {body}\n\n"),
                1,
            )
        }
        ("people", "event.toml") => {
            let extra: String = (0..size)
                .map(|i| format!("\n[people.p{i}]\nname = \"Person {i}\"\nlanguages = [\"en\"]\n"))
                .collect();
            text.replace(
                "# The draft agenda",
                &format!("{extra}\n# The draft agenda"),
            )
        }
        ("people", _) => {
            let mut t = text;
            for i in 0..size {
                t.push_str(&format!("person-p{i} = Delegate {i}\n"));
            }
            t
        }
        ("agenda", "event.toml") => {
            let head = &text[..text.find("[[agenda]]").unwrap()];
            let head = head.replace(
                "start = \"14:30\"\nend = \"17:30\"",
                "start = \"00:00\"\nend = \"23:59\"",
            );
            let items: String = (0..size)
                .map(|i| format!("\n[[agenda]]\nstart = \"{:02}:{:02}\"\nkind = \"qa\"\ntitle = \"agenda-qa\"\n", i / 60, i % 60))
                .collect();
            head + &items
        }
        _ => text,
    })
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

fn mb(b: u64) -> String {
    format!("{:.1} MB", b as f64 / 1e6)
}

struct Bench {
    bin: PathBuf,
    baseline: Option<PathBuf>,
    tmp: tempfile::TempDir,
}

impl Bench {
    /// Measures `args` (with `{out}` made per binary) and prints one line.
    fn case(&self, label: &str, event: &Path, extra: &[&str], runs: usize) -> (Duration, u64) {
        let out = self.tmp.path().join("out-new");
        let (t, m) = measure(&self.bin, &build_args(event, &out, extra), runs);
        let mut line = format!("{label:<44} {:>9}  {:>9}", ms(t), mb(m));
        if let Some(base) = &self.baseline {
            let out = self.tmp.path().join("out-base");
            let (bt, bm) = measure(base, &build_args(event, &out, extra), runs);
            line.push_str(&format!(
                "   baseline {:>9} {:>9}  ratio {:.2} time, {:.2} memory",
                ms(bt),
                mb(bm),
                t.as_secs_f64() / bt.as_secs_f64(),
                m as f64 / bm as f64
            ));
        }
        println!("{line}");
        (t, m)
    }
}

fn sizes(dir: &Path) -> Vec<(String, u64)> {
    let mut v = Vec::new();
    fn walk(root: &Path, d: &Path, v: &mut Vec<(String, u64)>) {
        for e in fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            let name = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
            if name.starts_with(".tarjama") {
                continue;
            }
            if p.is_dir() {
                walk(root, &p, v);
            } else {
                v.push((name, fs::metadata(&p).unwrap().len()));
            }
        }
    }
    walk(dir, dir, &mut v);
    v.sort();
    v
}

/// typst compiling the example's four concept notes (one Python process),
/// measured alternately with tarjama's full set: the target is the
/// full set in at most a quarter of typst's time.
fn typst_side_by_side(bench: &Bench, python: &Path) {
    let script = Path::new("benches/typst_concept_notes.py");
    let txt = bench.tmp.path().join("txt");
    let typ = bench.tmp.path().join("typ");
    let (_, _, ok) = run_once(
        &bench.bin,
        &build_args(Path::new(EXAMPLE), &txt, &["--format", "txt"]),
    );
    assert!(ok);
    let prepare: Vec<String> = [
        script.to_str().unwrap(),
        "prepare",
        txt.to_str().unwrap(),
        typ.to_str().unwrap(),
    ]
    .map(String::from)
    .to_vec();
    assert!(run_once(python, &prepare).2, "typst preparation failed");
    let compile: Vec<String> = [
        script.to_str().unwrap(),
        "compile",
        typ.to_str().unwrap(),
        bench.tmp.path().join("typ-out").to_str().unwrap(),
        "fonts",
    ]
    .map(String::from)
    .to_vec();
    let full = build_args(Path::new(EXAMPLE), &bench.tmp.path().join("out-side"), &[]);
    let (mut ty, mut ta, mut tym, mut tam) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..RUNS {
        let (t, m, ok) = run_once(python, &compile);
        assert!(ok, "typst compile failed");
        ty.push(t);
        tym.push(m);
        let (t, m, ok) = run_once(&bench.bin, &full);
        assert!(ok);
        ta.push(t);
        tam.push(m);
    }
    for v in [&mut ty, &mut ta] {
        v.sort();
    }
    tym.sort();
    tam.sort();
    let (ty, ta) = (ty[RUNS / 2], ta[RUNS / 2]);
    println!(
        "{:<44} {:>9}  {:>9}",
        "typst 0.15, the four concept notes (PDF)",
        ms(ty),
        mb(tym[RUNS / 2])
    );
    println!(
        "{:<44} {:>9}  {:>9}   ratio to typst {:.2} (target at most 0.25)",
        "tarjama, the full set, side by side",
        ms(ta),
        mb(tam[RUNS / 2]),
        ta.as_secs_f64() / ty.as_secs_f64()
    );
}

/// A batch of the events in `dir` against single builds of each, in turns
/// so that a change of the machine's load falls on both: the ratio of each
/// of three rounds, and their median.
fn batch_against_singles(bench: &Bench, dir: &Path, label: &str) {
    let out = bench.tmp.path().join("batch-out");
    let names: Vec<PathBuf> = {
        let mut v: Vec<PathBuf> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        v.sort();
        v
    };
    let mut rounds: Vec<(Duration, Duration, u64)> = Vec::new();
    for _ in 0..3 {
        let (batch, peak, ok) = run_once(&bench.bin, &build_args(dir, &out, &[]));
        assert!(ok);
        let mut singles = Duration::ZERO;
        for event in &names {
            let (t, _, ok) = run_once(
                &bench.bin,
                &build_args(event, &bench.tmp.path().join("single"), &[]),
            );
            assert!(ok);
            singles += t;
        }
        rounds.push((batch, singles, peak));
    }
    let ratio = |r: &(Duration, Duration, u64)| r.0.as_secs_f64() / r.1.as_secs_f64();
    rounds.sort_by(|a, b| ratio(a).total_cmp(&ratio(b)));
    let (batch, singles, peak) = rounds[1];
    println!(
        "{:<44} {:>9}  {:>9}   {} single builds {}, ratio {:.2} (median of 3 rounds; {:.2}–{:.2})",
        label,
        ms(batch),
        mb(peak),
        names.len(),
        ms(singles),
        ratio(&rounds[1]),
        ratio(&rounds[0]),
        ratio(&rounds[2])
    );
}

fn main() {
    // `cargo bench` passes --bench; nothing else to parse.
    let bench = Bench {
        bin: PathBuf::from(env!("CARGO_BIN_EXE_tarjama")),
        baseline: std::env::var_os("TARJAMA_BENCH_BASELINE").map(PathBuf::from),
        tmp: tempfile::tempdir().unwrap(),
    };
    let quick = std::env::var_os("TARJAMA_BENCH_QUICK").is_some();
    let example = Path::new(EXAMPLE);
    println!(
        "tarjama benchmark: whole processes, medians of {RUNS} runs (wall time, peak memory)\n"
    );

    println!("== the example's full set and each format");
    bench.case("full set (8 PDF, 8 DOCX, 9 ICS, CSV)", example, &[], RUNS);
    bench.case("PDF only (8)", example, &["--format", "pdf"], RUNS);
    bench.case("DOCX only (8)", example, &["--format", "docx"], RUNS);

    if let Some(py) = std::env::var_os("TARJAMA_TYPST_PYTHON") {
        typst_side_by_side(&bench, Path::new(&py));
    }

    println!("\n== batches");
    let events = bench.tmp.path().join("batch");
    for i in 0..50 {
        event_copy(&events, &format!("e{i:02}"), |file, text| {
            if file == "event.toml" {
                text.replacen(
                    "id = \"gcm-talk-2023\"",
                    &format!("id = \"talk-{i:02}\""),
                    1,
                )
            } else {
                text
            }
        });
    }
    let out = bench.tmp.path().join("batch-out");
    let (t50, m50) = measure(&bench.bin, &build_args(&events, &out, &[]), 3);
    println!(
        "{:<44} {:>9}  {:>9}   {} per event",
        "batch of 50 events",
        ms(t50),
        mb(m50),
        ms(t50 / 50)
    );
    let twenty = bench.tmp.path().join("batch20");
    for i in 0..20 {
        let from = events.join(format!("e{i:02}"));
        let to = twenty.join(format!("e{i:02}"));
        fs::create_dir_all(&to).unwrap();
        for e in fs::read_dir(&from).unwrap() {
            let p = e.unwrap().path();
            fs::copy(&p, to.join(p.file_name().unwrap())).unwrap();
        }
    }
    batch_against_singles(&bench, &twenty, "batch of 20 events");
    // A series as a secretariat builds one: each meeting with its own date,
    // title and one speaker of its own; the boilerplate is shared.
    let series = bench.tmp.path().join("series20");
    for i in 0..20 {
        event_copy(&series, &format!("e{i:02}"), |file, text| {
            if file == "event.toml" {
                text.replacen(
                    "id = \"gcm-talk-2023\"",
                    &format!("id = \"series-{i:02}\""),
                    1,
                )
                .replacen(
                    "date = \"2023-05-24\"",
                    &format!("date = \"2023-06-{:02}\"", i + 1),
                    1,
                )
                .replacen(
                    "name = \"Edgar Arturo Olvera Canche\"",
                    &format!("name = \"Delegate Number {i}\""),
                    1,
                )
            } else {
                let mut out = String::new();
                for line in text.lines() {
                    out.push_str(line);
                    if line.starts_with("event-title = ") {
                        out.push_str(&format!(" ({})", i + 1));
                    }
                    out.push('\n');
                }
                out
            }
        });
    }
    batch_against_singles(&bench, &series, "a series of 20 (own date, title, speaker)");

    println!("\n== growth with the input (full set)");
    let (t1, _) = bench.case("1× the example", example, &[], RUNS);
    for n in [10, 100] {
        let e = scaled(bench.tmp.path(), n);
        let (t, _) = bench.case(&format!("{n}× (prose, people)"), &e, &[], 3);
        println!(
            "{:<44} time {:.1}× the 1× build",
            "",
            t.as_secs_f64() / t1.as_secs_f64()
        );
    }

    if !quick {
        println!("\n== the issue's large inputs, each at half and full size (full set)");
        for (kind, half, full) in [
            ("paragraph", 500_000, 1_000_000),
            ("string", 500_000, 1_000_000),
            ("agenda", 500, 1_000),
            ("people", 20_000, 40_000),
        ] {
            let (th, _) = bench.case(
                &format!("{kind} {half}"),
                &large(bench.tmp.path(), kind, half),
                &[],
                3,
            );
            let (tf, _) = bench.case(
                &format!("{kind} {full}"),
                &large(bench.tmp.path(), kind, full),
                &[],
                3,
            );
            println!(
                "{:<44} doubling: {:.2}× the time",
                "",
                tf.as_secs_f64() / th.as_secs_f64()
            );
        }
    }

    println!("\n== output sizes of the example's full set");
    let out = bench.tmp.path().join("sizes");
    let (_, _, ok) = run_once(&bench.bin, &build_args(example, &out, &[]));
    assert!(ok);
    let mut total = 0;
    for (name, len) in sizes(&out) {
        total += len;
        println!("{name:<44} {:>8.1} KB", len as f64 / 1000.0);
    }
    println!("{:<44} {:>8.1} KB", "total", total as f64 / 1000.0);
}

//! The corpus of bad inputs (tests/corpus/*.toml): each case edits a copy of
//! a meeting, runs the real binary and names the messages it must print —
//! what is wrong, where (file, line, column) and how to fix it — and the
//! exit status. A failed build must leave no file behind (or, for an output
//! folder that cannot be written, leave it as it was); a case that builds
//! lists the files it must have written. Adding a case is adding a file.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::Scratch;

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    /// What the case is about, for the reader of a failure.
    about: String,
    /// The meeting copied and edited (default: the example).
    #[serde(default)]
    base: Option<String>,
    /// Arguments after `build EVENT --out OUT` (default: --format csv).
    #[serde(default)]
    args: Option<Vec<String>>,
    #[serde(default)]
    env: BTreeMap<String, String>,
    status: i32,
    /// Each must appear in stderr.
    expect: Vec<String>,
    /// None may appear in stderr (errors that only follow from another).
    #[serde(default)]
    absent: Vec<String>,
    /// Files the build must have written (relative to OUT).
    #[serde(default)]
    files: Vec<String>,
    #[serde(default)]
    edit: Vec<Edit>,
    /// Set-up of the output folder before the build.
    #[serde(default)]
    out: Option<OutSetup>,
    /// Fonts of a --font-dir: the bundled file of that name cut to this many bytes.
    #[serde(default)]
    fonts: BTreeMap<String, usize>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Edit {
    file: String,
    /// replace (default when `find` is given), append, write, remove, bom, hex.
    #[serde(default)]
    mode: Option<String>,
    #[serde(default)]
    find: Option<String>,
    #[serde(default)]
    text: String,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct OutSetup {
    /// The output folder is a file.
    #[serde(default)]
    is_file: bool,
    /// Folders made inside it.
    #[serde(default)]
    mkdir: Vec<String>,
    /// A file that must still hold these bytes afterwards.
    #[serde(default)]
    keep: Option<String>,
}

/// `<<N*text>>` becomes `text` N times (long inputs in a few bytes).
fn expand(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("<<") {
        out.push_str(&rest[..i]);
        let Some(j) = rest[i..].find(">>") else {
            break;
        };
        let inner = &rest[i + 2..i + j];
        let (n, text) = inner.split_once('*').expect("<<N*text>>");
        out.push_str(&text.repeat(n.parse().expect("a count")));
        rest = &rest[i + j + 2..];
    }
    out.push_str(rest);
    out
}

fn apply(s: &Scratch, e: &Edit) {
    let path = s.path(&e.file);
    let text = expand(&e.text);
    let mode = e.mode.as_deref().unwrap_or(if e.find.is_some() {
        "replace"
    } else {
        "append"
    });
    match mode {
        "replace" => {
            let find = e.find.as_deref().expect("replace needs find");
            s.edit(&e.file, find, &text);
        }
        "append" => {
            s.append(&e.file, &text);
        }
        "write" => fs::write(&path, text).unwrap(),
        "remove" => fs::remove_file(&path).unwrap(),
        "bom" => {
            let mut b = b"\xEF\xBB\xBF".to_vec();
            b.extend(fs::read(&path).unwrap());
            fs::write(&path, b).unwrap();
        }
        "hex" => {
            // Bytes (not text) replacing `find`, given as hex: bad UTF-8.
            let bytes: Vec<u8> = (0..text.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
                .collect();
            let old = fs::read(&path).unwrap();
            let find = e.find.as_deref().expect("hex needs find").as_bytes();
            let at = old
                .windows(find.len())
                .position(|w| w == find)
                .expect("find is in the file");
            let mut new = old[..at].to_vec();
            new.extend(bytes);
            new.extend(&old[at + find.len()..]);
            fs::write(&path, new).unwrap();
        }
        other => panic!("unknown edit mode {other}"),
    }
}

/// Every file below `dir`, as relative names, but tarjama's lock and
/// manifest (bookkeeping that stays in an output folder).
fn files_in(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let Ok(rd) = fs::read_dir(dir) else {
        return out;
    };
    for e in rd.flatten() {
        let p = e.path();
        let name = p.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
        if tarjama::output::is_bookkeeping(&name) {
            continue;
        }
        if p.is_dir() {
            out.extend(files_in(&p).into_iter().map(|n| format!("{name}/{n}")));
        } else {
            out.push(name);
        }
    }
    out
}

fn run_case(path: &Path) -> Result<(), String> {
    let case: Case = toml::from_str(&fs::read_to_string(path).unwrap())
        .map_err(|e| format!("the case file does not parse: {e}"))?;
    let base = case.base.as_deref().unwrap_or(common::EXAMPLE);
    let s = Scratch::of(Path::new(base));
    for e in &case.edit {
        apply(&s, e);
    }
    let mut kept = None;
    if let Some(o) = &case.out {
        if o.is_file {
            fs::write(&s.out, b"not a folder").unwrap();
        }
        for d in &o.mkdir {
            fs::create_dir_all(s.out.join(d)).unwrap();
        }
        if let Some(k) = &o.keep {
            fs::create_dir_all(&s.out).unwrap();
            fs::write(s.out.join(k), b"kept").unwrap();
            kept = Some(k.clone());
        }
    }
    let before = files_in(&s.out);
    let mut args: Vec<String> = vec![
        "build".into(),
        s.event.display().to_string(),
        "--out".into(),
        s.out.display().to_string(),
    ];
    args.extend(
        case.args
            .clone()
            .unwrap_or_else(|| vec!["--format".into(), "csv".into()]),
    );
    if !case.fonts.is_empty() {
        let dir = s.tmp().join("fonts");
        fs::create_dir_all(&dir).unwrap();
        for (name, keep) in &case.fonts {
            let full = fs::read(Path::new("fonts").join(name)).unwrap();
            fs::write(dir.join(name), &full[..(*keep).min(full.len())]).unwrap();
        }
        args.push("--font-dir".into());
        args.push(dir.display().to_string());
    }
    let out = Command::new(env!("CARGO_BIN_EXE_tarjama"))
        .args(&args)
        .envs(&case.env)
        .env_remove("TARJAMA_TEST_FAULT")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let mut problems = Vec::new();
    if out.status.code() != Some(case.status) {
        problems.push(format!(
            "exit status {:?}, expected {}",
            out.status.code(),
            case.status
        ));
    }
    if stderr.contains("panicked") {
        problems.push("tarjama panicked".into());
    }
    for e in &case.expect {
        if !stderr.contains(e.as_str()) {
            problems.push(format!("{e:?} is not in the messages"));
        }
    }
    for a in &case.absent {
        if stderr.contains(a.as_str()) {
            problems.push(format!("{a:?} is in the messages"));
        }
    }
    if case.status != 0 {
        if !stderr.contains("help:") {
            problems.push("no fix is suggested (no help:)".into());
        }
        let after = files_in(&s.out);
        if after != before && !(before.is_empty() && after.is_empty()) {
            problems.push(format!(
                "the output folder changed: {before:?} became {after:?}"
            ));
        }
    }
    for f in &case.files {
        if !s.out.join(f).is_file() {
            problems.push(format!("{f} was not written"));
        }
    }
    if let Some(k) = kept {
        if fs::read(s.out.join(&k)).ok().as_deref() != Some(b"kept".as_slice()) {
            problems.push(format!("{k} was changed"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}\n  {}\n--- stderr:\n{stderr}",
            case.about,
            problems.join("\n  ")
        ))
    }
}

fn cases() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir("tests/corpus")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    v.sort();
    v
}

#[test]
fn corpus_has_at_least_sixty_bad_inputs() {
    let bad = cases()
        .iter()
        .filter(|p| {
            let c: Case = toml::from_str(&fs::read_to_string(p).unwrap()).unwrap();
            c.status != 0
        })
        .count();
    assert!(bad >= 60, "only {bad} bad inputs in tests/corpus");
}

#[test]
fn every_case_gets_its_message() {
    // Cases run two at a time: each is a process of its own.
    let all = cases();
    let failures: Vec<String> = std::thread::scope(|scope| {
        let chunks: Vec<_> = all.chunks(all.len().div_ceil(2)).collect();
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .iter()
                        .filter_map(|p| run_case(p).err().map(|e| format!("{}: {e}", p.display())))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        all.len(),
        failures.join("\n\n")
    );
}

//! The real binary on broken copies of the example meeting: every mistake
//! gets an error naming the file, line and fix, exit status 2, and no
//! output file is written.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const EXAMPLE: &str = "examples/gcm-talk-2023";

/// A scratch copy of the example meeting.
struct Scratch {
    _dir: tempfile::TempDir,
    event: PathBuf,
    out: PathBuf,
}

fn scratch() -> Scratch {
    let dir = tempfile::tempdir().unwrap();
    let event = dir.path().join("event");
    fs::create_dir(&event).unwrap();
    for entry in fs::read_dir(EXAMPLE).unwrap() {
        let p = entry.unwrap().path();
        fs::copy(&p, event.join(p.file_name().unwrap())).unwrap();
    }
    let out = dir.path().join("out");
    Scratch {
        _dir: dir,
        event,
        out,
    }
}

fn edit(path: &Path, from: &str, to: &str) {
    let s = fs::read_to_string(path).unwrap();
    assert!(s.contains(from), "{from:?} not in {}", path.display());
    fs::write(path, s.replacen(from, to, 1)).unwrap();
}

fn build(s: &Scratch, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tarjama"))
        .arg("build")
        .arg(&s.event)
        .arg("--out")
        .arg(&s.out)
        .args(extra)
        .output()
        .unwrap()
}

/// Runs the build and checks: exit 2, stderr has every needle, nothing written.
fn expect_error(s: &Scratch, needles: &[&str]) -> String {
    let out = build(s, &["--format", "docx"]);
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(2), "stderr:\n{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    for n in needles {
        assert!(stderr.contains(n), "{n:?} not in stderr:\n{stderr}");
    }
    assert!(stderr.contains("help:"), "no fix suggested:\n{stderr}");
    let written = fs::read_dir(&s.out).map(|d| d.count()).unwrap_or(0);
    assert_eq!(written, 0, "files were written despite the error");
    stderr
}

#[test]
fn malformed_toml() {
    let s = scratch();
    edit(
        &s.event.join("event.toml"),
        "format = \"online\"",
        "format = \"online",
    );
    expect_error(&s, &["event.toml:10:"]);
}

#[test]
fn unknown_key() {
    let s = scratch();
    edit(
        &s.event.join("event.toml"),
        "platform = ",
        "colour = \"blue\"\nplatform = ",
    );
    expect_error(&s, &["unknown field `colour`", "event.toml:11:1"]);
}

#[test]
fn unknown_person() {
    let s = scratch();
    edit(
        &s.event.join("event.toml"),
        "\"ils-salien\", \"colombia",
        "\"ils-saliem\", \"colombia",
    );
    expect_error(
        &s,
        &[
            "unknown person `ils-saliem`",
            "did you mean `ils-salien`",
            "event.toml:",
        ],
    );
}

#[test]
fn unknown_message_id() {
    let s = scratch();
    edit(
        &s.event.join("event.toml"),
        "title = \"agenda-session-2\"",
        "title = \"agenda-session-9\"",
    );
    expect_error(
        &s,
        &["message `agenda-session-9` does not exist", "event.toml:"],
    );
}

#[test]
fn items_out_of_order() {
    let s = scratch();
    edit(
        &s.event.join("event.toml"),
        "start = \"15:30\"",
        "start = \"14:40\"",
    );
    let stderr = expect_error(
        &s,
        &["agenda item 3 starts at 14:40, before item 2 (14:50)"],
    );
    assert!(
        !stderr.contains("ends (14:40)"),
        "one mistake, one error:\n{stderr}"
    );
}

#[test]
fn overlapping_items() {
    let s = scratch();
    edit(
        &s.event.join("event.toml"),
        "start = \"14:30\"\nkind",
        "start = \"14:30\"\nend = \"15:00\"\nkind",
    );
    expect_error(
        &s,
        &["agenda item 2 starts at 14:50, while item 1 runs until 15:00"],
    );
}

#[test]
fn item_outside_hours() {
    let s = scratch();
    edit(
        &s.event.join("event.toml"),
        "start = \"17:20\"",
        "start = \"17:20\"\nend = \"17:45\"",
    );
    expect_error(&s, &["outside the meeting's hours"]);
}

#[test]
fn end_before_start() {
    let s = scratch();
    edit(
        &s.event.join("event.toml"),
        "end = \"17:30\"",
        "end = \"12:00\"",
    );
    expect_error(
        &s,
        &["ends (12:00) before it starts (14:30)", "event.toml:8:"],
    );
}

#[test]
fn unknown_language_and_time_zone() {
    let s = scratch();
    edit(
        &s.event.join("event.toml"),
        "\"Europe/Zurich\"",
        "\"Europe/Geneva\"",
    );
    edit(
        &s.event.join("event.toml"),
        "document_languages = [\"ar\"",
        "document_languages = [\"arb\"",
    );
    expect_error(
        &s,
        &[
            "unknown time zone `Europe/Geneva`",
            "unknown language `arb`",
        ],
    );
}

#[test]
fn fluent_syntax_error() {
    let s = scratch();
    let fr = s.event.join("fr.ftl");
    let text = fs::read_to_string(&fr).unwrap();
    fs::write(&fr, format!("{text}\nbroken-message = {{ $oops\n")).unwrap();
    expect_error(&s, &["Fluent syntax error", "fr.ftl:"]);
}

#[test]
fn missing_ftl_file() {
    let s = scratch();
    fs::remove_file(s.event.join("es.ftl")).unwrap();
    expect_error(&s, &["es.ftl", "cannot read the meeting's es messages"]);
}

#[test]
fn missing_translation_falls_back_with_warning_and_strict_fails() {
    let s = scratch();
    let fr = s.event.join("fr.ftl");
    let text = fs::read_to_string(&fr).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("person-jonathan-prentice"))
        .collect();
    fs::write(&fr, kept.join("\n")).unwrap();

    let out = build(&s, &["--format", "docx", "--lang", "fr"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains(
            "warning: message `person-jonathan-prentice` is missing in fr; using the English text"
        ),
        "{stderr}"
    );
    assert!(s.out.join("concept-note.fr.docx").is_file());

    let s2 = scratch();
    fs::write(s2.event.join("fr.ftl"), kept.join("\n")).unwrap();
    let out = build(&s2, &["--format", "docx", "--lang", "fr", "--strict"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!s2.out.join("concept-note.fr.docx").exists());
}

#[test]
fn unwritable_output_folder_is_exit_1() {
    let s = scratch();
    // The output "folder" is an existing file: nothing can be written there.
    fs::write(&s.out, "not a folder").unwrap();
    let out = build(&s, &["--format", "docx"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("cannot write"), "{stderr}");
    assert_eq!(fs::read_to_string(&s.out).unwrap(), "not a folder");
}

#[test]
fn missing_font_directory() {
    let s = scratch();
    let out = build(&s, &["--format", "pdf", "--font-dir", "/nonexistent/fonts"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("font directory /nonexistent/fonts does not exist"),
        "{stderr}"
    );
    assert!(!s.out.exists() || fs::read_dir(&s.out).unwrap().count() == 0);
}

//! The real binary on broken copies of the example meeting: every mistake
//! gets an error naming the file, line and fix, exit status 2, and no
//! output file is written.

mod common;

use std::fs;
use std::process::Output;

use common::Scratch;

fn scratch() -> Scratch {
    Scratch::example()
}

fn edit(s: &Scratch, from: &str, to: &str) {
    s.edit("event.toml", from, to);
}

fn build(s: &Scratch, extra: &[&str]) -> Output {
    s.build(extra)
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
    edit(&s, "format = \"online\"", "format = \"online");
    expect_error(&s, &["event.toml:10:"]);
}

#[test]
fn unknown_key() {
    let s = scratch();
    edit(&s, "platform = ", "colour = \"blue\"\nplatform = ");
    expect_error(&s, &["unknown field `colour`", "event.toml:11:1"]);
}

#[test]
fn unknown_person() {
    let s = scratch();
    edit(
        &s,
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
        &s,
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
    edit(&s, "start = \"15:30\"", "start = \"14:40\"");
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
        &s,
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
        &s,
        "start = \"17:20\"",
        "start = \"17:20\"\nend = \"17:45\"",
    );
    expect_error(&s, &["outside the meeting's hours"]);
}

#[test]
fn end_before_start() {
    let s = scratch();
    edit(&s, "end = \"17:30\"", "end = \"12:00\"");
    expect_error(
        &s,
        &["ends (12:00) before it starts (14:30)", "event.toml:8:"],
    );
}

#[test]
fn unknown_language_and_time_zone() {
    let s = scratch();
    edit(&s, "\"Europe/Zurich\"", "\"Europe/Geneva\"");
    edit(
        &s,
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
    let fr = s.path("fr.ftl");
    let text = fs::read_to_string(&fr).unwrap();
    fs::write(&fr, format!("{text}\nbroken-message = {{ $oops\n")).unwrap();
    expect_error(&s, &["Fluent syntax error", "fr.ftl:"]);
}

#[test]
fn missing_ftl_file() {
    let s = scratch();
    s.remove("es.ftl");
    expect_error(&s, &["es.ftl", "cannot read the meeting's es messages"]);
}

#[test]
fn missing_translation_falls_back_with_warning_and_strict_fails() {
    let s = scratch();
    let fr = s.path("fr.ftl");
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
    s2.write("fr.ftl", &kept.join("\n"));
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

/// Each input that once crashed the binary, now a clear error with exit 2.
#[test]
fn planning_rules_out_of_range_are_located_errors() {
    for (rule, allowed) in [
        ("turn_max = 0", "turn_max allows 10 to 120 minutes"),
        (
            "turn_max_team_of_three = 0",
            "turn_max_team_of_three allows 10 to 120 minutes",
        ),
        (
            "min_team = 4294967295",
            "min_team allows 1 to 10 interpreters",
        ),
        ("min_team = 0", "min_team allows 1 to 10 interpreters"),
        ("session_max = 0", "session_max allows 60 to 720 minutes"),
        (
            "connection_test_before = 4294967295",
            "connection_test_before allows 0 to 180 minutes",
        ),
    ] {
        let s = scratch();
        s.append("event.toml", &format!("[interpretation_rules]\n{rule}"));
        let lines = s.read("event.toml").lines().count();
        let stderr = expect_error(
            &s,
            &["out of range", allowed, &format!("event.toml:{lines}:")],
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    let s = scratch();
    s.append("event.toml", "[interpretation_rules]\nturn_mx = 25");
    expect_error(
        &s,
        &[
            "unknown interpretation rule `turn_mx`",
            "did you mean `turn_max`",
        ],
    );
}

#[test]
fn interpretation_without_an_agenda_builds() {
    let s = scratch();
    let toml = s.read("event.toml");
    let cut = toml.find("[[agenda]]").unwrap();
    s.write("event.toml", &toml[..cut].replace("\"agenda\", ", ""));
    let out = build(&s, &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let text = common::docx_text(&s.out.join("booth-schedule.en.docx"));
    assert!(text.contains("The whole meeting"), "{text}");
    assert!(s.out.join("calendar/AR-1.ics").is_file());
}

#[test]
fn deeply_nested_placeables_are_an_error_not_a_crash() {
    let s = scratch();
    s.append("fr.ftl", &format!("deep = {}", "{".repeat(20_000)));
    expect_error(&s, &["placeables nested more than", "fr.ftl:"]);
}

#[test]
fn interpreters_are_checked_with_the_event() {
    let s = scratch();
    s.append(
        "event.toml",
        "[[interpreters]]\nname = \"Ann\"\nbooth = \"ru\"\na = \"ru\"\n\n\
         [[interpreters]]\nname = \"\"\nbooth = \"en\"\na = \"en\"",
    );
    expect_error(
        &s,
        &[
            "interpreter `Ann` is in the `ru` booth",
            "an interpreter has an empty name",
        ],
    );
}

#[test]
fn every_missing_ftl_file_is_reported_in_one_run() {
    let s = scratch();
    s.remove("es.ftl");
    s.remove("fr.ftl");
    let stderr = expect_error(&s, &["es.ftl", "fr.ftl"]);
    assert_eq!(
        stderr.matches("cannot read the meeting's").count(),
        2,
        "{stderr}"
    );
}

#[test]
fn a_problem_is_reported_once_with_a_guess() {
    let s = scratch();
    edit(
        &s,
        "title = \"agenda-session-2\"",
        "title = \"agenda-sesion-2\"",
    );
    let stderr = expect_error(&s, &["did you mean `agenda-session-2`"]);
    assert_eq!(
        stderr
            .matches("message `agenda-sesion-2` does not exist")
            .count(),
        1,
        "{stderr}"
    );
}

#[test]
fn a_message_missing_in_french_calendars_is_reported() {
    // Calendars once dropped their catalog's warnings: a French message the
    // calendars alone need went unreported, even with --strict.
    let s = scratch();
    let fr = s.read("fr.ftl");
    let kept: Vec<&str> = fr
        .lines()
        .filter(|l| !l.starts_with("event-short-title"))
        .collect();
    s.write("fr.ftl", &kept.join("\n"));
    let m = common::load(&s.event, Some(&[tarjama::lang::Lang::Fr]));
    let planned = m.planned.as_ref().unwrap();
    let cals =
        tarjama::compose::calendar::calendars(|l| m.ctx(l), planned, jiff::Timestamp::UNIX_EPOCH);
    assert!(!cals.is_empty());
    let problems = m.catalogs.sink().take(true);
    assert!(problems.has_errors(), "{problems}");
    assert!(
        problems
            .to_string()
            .contains("message `event-short-title` is missing in fr"),
        "{problems}"
    );
    // The binary says it once, however many documents and calendars use it.
    let out = build(&s, &["--format", "ics,docx"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(
        stderr
            .matches("message `event-short-title` is missing in fr")
            .count(),
        1,
        "{stderr}"
    );
}

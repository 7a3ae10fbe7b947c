//! Bad input never panics: random edits of the example event file (its
//! planning rules included) either fail validation with located diagnostics
//! or load, plan, compose and render without panicking.

mod common;

use std::path::Path;

use proptest::prelude::*;
use tarjama::pipeline;
use tarjama::render::{Resources, RENDERERS};

/// Values a hurried secretariat might type, valid and not.
const VALUES: &[&str] = &[
    "\"\"",
    "\"14:30\"",
    "\"17:30\"",
    "\"16:00\"",
    "\"23:59\"",
    "\"24:00\"",
    "\"9:5\"",
    "\"2023-02-30\"",
    "\"2023-05-24\"",
    "\"ar\"",
    "\"zh\"",
    "\"xx\"",
    "[]",
    "[\"ru\"]",
    "[\"es\", \"es\"]",
    "0",
    "-1",
    "1",
    "4294967295",
    "99999999999999",
    "true",
    "\"session\"",
    "\"break\"",
    "\"Europe/Zurich\"",
    "\"Mars/Olympus\"",
    "{}",
    "\"mena\"",
];

/// Every planning rule, so that edits reach them too.
const RULES: &str = "\n[interpretation_rules]\nmin_team = 2\nretour_relay_team = 3\n\
remote_reinforced_team = 3\nsolo_max = 40\nturn_max = 30\nturn_max_team_of_three = 20\n\
min_turn = 10\nsession_max = 240\nday_max = 420\nsession_gap = 60\nconnection_test_before = 30\n";

fn mutate(source: &str, line: usize, value: usize, delete: bool) -> String {
    let mut lines: Vec<String> = source.lines().map(str::to_string).collect();
    let n = line % lines.len();
    if delete {
        lines.remove(n);
    } else if let Some((key, _)) = lines[n].clone().split_once(" = ") {
        lines[n] = format!("{key} = {}", VALUES[value % VALUES.len()]);
    }
    lines.join("\n")
}

fn edited(edits: &[(usize, usize, bool)]) -> String {
    let file = Path::new(common::EXAMPLE).join("event.toml");
    let mut source = std::fs::read_to_string(file).unwrap() + RULES;
    for &(line, value, delete) in edits {
        source = mutate(&source, line, value, delete);
    }
    source
}

/// Parses, plans and composes `source` as the example's event file; returns
/// the outputs if it is valid.
fn run(source: String) -> Result<Vec<pipeline::Output>, TestCaseError> {
    let file = Path::new(common::EXAMPLE).join("event.toml");
    match tarjama::event::parse(&file, source) {
        Err(diags) => {
            prop_assert!(diags.has_errors());
            // Every error says where it is.
            for d in &diags.0 {
                prop_assert!(d.file.is_some(), "{d}");
            }
            Ok(Vec::new())
        }
        Ok(event) => match pipeline::meeting(event, None) {
            Err(diags) => {
                prop_assert!(diags.has_errors());
                Ok(Vec::new())
            }
            Ok(m) => Ok(pipeline::compose(&m)),
        },
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn edited_event_files_never_panic(
        edits in proptest::collection::vec((0usize..500, 0usize..100, proptest::bool::weighted(0.2)), 1..4)
    ) {
        run(edited(&edits))?;
    }
}

proptest! {
    // Rendering is slower: fewer cases, every format.
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn edited_event_files_render_without_panicking(
        edits in proptest::collection::vec((0usize..500, 0usize..100, proptest::bool::weighted(0.2)), 1..3)
    ) {
        let outputs = run(edited(&edits))?;
        let res = Resources::default();
        for o in &outputs {
            for r in RENDERERS.iter().filter(|r| r.accepts(&o.model)) {
                // An error is allowed (and reported); a panic is not.
                let _ = r.render(&o.model, &res);
            }
        }
    }
}

/// A reader that goes away (`tarjama plan EVENT | head -1`) does not make
/// tarjama panic: stdout's pipe is closed before anything is printed.
#[test]
fn a_closed_stdout_is_not_a_panic() {
    use std::process::{Command, Stdio};
    for args in [
        &["plan", common::EXAMPLE][..],
        &["schema"][..],
        &["check", common::EXAMPLE][..],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_tarjama"))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_ne!(out.status.code(), Some(101), "{args:?}: {stderr}");
    }
}

//! Bad input never panics: random edits of the example event file either
//! fail validation with diagnostics or compose and plan without panicking.

use std::path::Path;

use proptest::prelude::*;
use tarjama::compose::{booth_schedule, concept_note};
use tarjama::i18n::Catalog;

const EXAMPLE: &str = "examples/gcm-talk-2023";

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
    "true",
    "\"session\"",
    "\"break\"",
    "\"Europe/Zurich\"",
    "\"Mars/Olympus\"",
    "{}",
    "\"mena\"",
];

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

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn edited_event_files_never_panic(
        edits in proptest::collection::vec((0usize..400, 0usize..100, proptest::bool::weighted(0.2)), 1..4)
    ) {
        let dir = Path::new(EXAMPLE);
        let file = dir.join("event.toml");
        let mut source = std::fs::read_to_string(&file).unwrap();
        for (line, value, delete) in edits {
            source = mutate(&source, line, value, delete);
        }
        match tarjama::event::parse(&file, source) {
            Err(diags) => {
                prop_assert!(diags.has_errors());
                // Every error says where it is.
                for d in &diags.0 {
                    prop_assert!(d.file.is_some(), "{d}");
                }
            }
            Ok(event) => {
                for &lang in &event.document_languages {
                    let cat = Catalog::load(lang, dir, &file).unwrap();
                    let _ = concept_note::compose(&event, &cat);
                }
                if !event.interpretation_languages.is_empty() {
                    if let Ok(p) = tarjama::cmd::plan::plan_loaded(event.clone()) {
                        let cat = Catalog::load(tarjama::lang::Lang::En, dir, &file).unwrap();
                        for bp in &p.plan.booths {
                            let _ = booth_schedule::compose(&event, &p.input, &p.plan, bp, &cat);
                        }
                    }
                }
            }
        }
    }
}

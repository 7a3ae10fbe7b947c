//! `tarjama check` on the example and on a copy seeded with one defect of
//! each kind: every defect found where it is, the JSON's shape, the exit
//! statuses, and Mozilla's compare-locales run on the same defects.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::process::Command;

use common::{compare_locales, tarjama, Scratch, EXAMPLE};
use serde_json::Value;

/// The languages of a check's summary, in its order.
fn languages_of(v: &Value) -> Vec<&str> {
    v["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["lang"].as_str().unwrap())
        .collect()
}

/// `check` of `event` as JSON, and its exit status.
fn check_json(event: &std::path::Path) -> (Value, i32) {
    let o = tarjama(&["check", event.to_str().unwrap(), "--format", "json"]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!(
            "check printed no JSON ({e}):\n{}\n{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        )
    });
    (v, o.status.code().unwrap_or(-1))
}

/// The example with one defect of every kind in its Arabic and French
/// files (and the English source lines some of them need).
fn seeded() -> Scratch {
    let s = Scratch::example();
    s.append(
        "en.ftl",
        "seed-count = { $count } speakers will attend\n\
         seed-days = { $n ->\n    [one] one day\n   *[other] { $n } days\n}\n\
         seed-ref = See { event-title }\n\
         seed-url = Resources: https://migrationnetwork.un.org/atd\n\
         seed-empty = Something\n\
         seed-name = Moderated by Emilia Saiz\n\
         seed-attr = Value\n    .title = Title\n",
    );
    s.append(
        "ar.ftl",
        "seed-count = سيحضر { $cuont } متكلمين\n\
         seed-days = { $n ->\n    [one] يوم واحد\n   *[other] { $n } أيام\n}\n\
         seed-ref = انظر { event-titel }\n\
         seed-url = الموارد: https://migrationnetwork.un.org/at\n\
         seed-empty = { \"\" }\n\
         seed-name = تديرها Emilia Saez\n\
         seed-attr = قيمة\n    .tip = تلميح\n\
         seed-obsolete = رسالة لم تعد في المصدر\n\
         seed-broken = {\n",
    );
    // Missing: a message dropped; untranslated: English left in place; a
    // bidi mark typed in; a number lost; straight quotes.
    s.edit("ar.ftl", "person-mena = الشرق الأوسط وشمال أفريقيا\n", "");
    s.edit(
        "ar.ftl",
        "event-series = التبادل العالمي للتعلم بين الأقران عبر الإنترنت",
        "event-series = Global Online Peer Learning Exchange",
    );
    s.edit(
        "ar.ftl",
        "المعقود في 8 أيار/مايو 2023.",
        "المعقود في 8 أيار/مايو.",
    );
    s.edit(
        "ar.ftl",
        "agenda-qa = أسئلة وأجوبة",
        "agenda-qa = \u{200F}\"أسئلة\" وأجوبة",
    );
    s.edit(
        "fr.ftl",
        "Tous les États sont invités.",
        "Tous les États  sont invités: vraiment.",
    );
    // The event file names a message no file has.
    s.edit(
        "event.toml",
        "title = \"agenda-qa\"",
        "title = \"agenda-qaa\"",
    );
    s
}

#[test]
fn the_example_has_no_errors_and_a_summary_per_language() {
    let (v, code) = check_json(std::path::Path::new(EXAMPLE));
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["command"], "check");
    assert_eq!(v["errors"], 0, "{v:#}");
    // Not even a warning: codes the same in every language are marked so.
    assert_eq!(v["findings"].as_array().unwrap().len(), 0, "{v:#}");
    assert_eq!(v["source"], "en");
    let langs = languages_of(&v);
    assert_eq!(langs, ["ar", "en", "fr", "es"]);
    for l in v["languages"].as_array().unwrap() {
        let n = l["messages"].as_u64().unwrap();
        assert!(n > 100, "{l}");
        assert_eq!(
            l["translated"].as_u64().unwrap() + l["missing"].as_u64().unwrap(),
            n
        );
        assert_eq!(l["falling_back"], 0, "{l}");
    }
}

#[test]
fn a_meeting_only_in_spanish_is_checked_without_english() {
    // No en.ftl, no English anywhere: nothing to ask for, nothing to list.
    let s = Scratch::example_only_in_spanish();
    let (v, code) = check_json(&s.event);
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["source"], "es");
    assert_eq!(v["findings"].as_array().unwrap().len(), 0, "{v:#}");
    let langs = languages_of(&v);
    assert_eq!(langs, ["es"]);
}

/// Seeded defects: (code, file name, message id) each must be found.
const EXPECTED: &[(&str, &str, &str)] = &[
    ("syntax-error", "ar.ftl", ""),
    ("missing-message", "ar.ftl", "person-mena"),
    ("missing-attribute", "ar.ftl", "seed-attr"),
    ("obsolete-attribute", "ar.ftl", "seed-attr"),
    ("obsolete-message", "ar.ftl", "seed-obsolete"),
    ("variable-missing", "ar.ftl", "seed-count"),
    ("variable-unknown", "ar.ftl", "seed-count"),
    ("unknown-reference", "ar.ftl", "seed-ref"),
    ("reference-differs", "ar.ftl", "seed-ref"),
    ("plural-categories", "ar.ftl", "seed-days"),
    ("empty-value", "ar.ftl", "seed-empty"),
    ("url-differs", "ar.ftl", "seed-url"),
    ("person-name", "ar.ftl", "seed-name"),
    ("untranslated", "ar.ftl", "event-series"),
    ("number-missing", "ar.ftl", "section-rationale-body"),
    ("bidi-control", "ar.ftl", "agenda-qa"),
    ("quotes", "ar.ftl", "agenda-qa"),
    ("double-space", "fr.ftl", "section-participation-body"),
    (
        "space-before-punctuation",
        "fr.ftl",
        "section-participation-body",
    ),
    ("unknown-id", "event.toml", "agenda-qaa"),
];

#[test]
fn every_seeded_defect_is_found_where_it_is() {
    let s = seeded();
    let (v, code) = check_json(&s.event);
    assert_eq!(code, 1, "problems found means exit status 1");
    let findings = v["findings"].as_array().unwrap();
    // Each finding has the documented shape.
    for f in findings {
        for key in ["code", "severity", "file", "text"] {
            assert!(f.get(key).is_some(), "{key} missing in {f}");
        }
    }
    for (want_code, file, id) in EXPECTED {
        let hit = findings.iter().find(|f| {
            f["code"] == *want_code
                && f["file"].as_str().unwrap().ends_with(file)
                && (id.is_empty() || f["message_id"] == *id)
        });
        let hit = hit.unwrap_or_else(|| panic!("no {want_code} for {id} in {file}:\n{v:#}"));
        if *file != "event.toml" && *want_code != "missing-message" {
            assert!(hit["line"].as_u64().is_some(), "no line: {hit}");
        }
    }
    // Locations are exact where the defect has one.
    let at = |c: &str| {
        findings
            .iter()
            .find(|f| f["code"] == c)
            .map(|f| (f["line"].as_u64().unwrap(), f["column"].as_u64().unwrap()))
            .unwrap()
    };
    let ar = s.read("ar.ftl");
    let line_of = |needle: &str| ar.lines().position(|l| l.contains(needle)).unwrap() as u64 + 1;
    assert_eq!(at("syntax-error").0, line_of("seed-broken"));
    assert_eq!(at("bidi-control").0, line_of("agenda-qa ="));
    assert_eq!(at("bidi-control").1, 13, "the mark is the 13th character");
    let toml = s.read("event.toml");
    let toml_line = toml.lines().position(|l| l.contains("agenda-qaa")).unwrap() as u64 + 1;
    assert_eq!(at("unknown-id").0, toml_line);
    // The Arabic summary counts the missing message and its fallback.
    let ar_sum = v["languages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["lang"] == "ar")
        .unwrap();
    assert!(ar_sum["missing"].as_u64().unwrap() >= 1, "{ar_sum}");
    assert!(ar_sum["falling_back"].as_u64().unwrap() >= 1, "{ar_sum}");
    assert!(ar_sum["errors"].as_u64().unwrap() >= 7, "{ar_sum}");
    // Text output names the file, line and code too, and ends with the table.
    let o = tarjama(&["check", s.event.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("[variable-missing]"), "{text}");
    assert!(text.contains("ar.ftl:"), "{text}");
    assert!(text.contains("falling back"), "{text}");
}

#[test]
fn warnings_alone_pass_unless_strict_and_bad_input_is_status_2() {
    let s = Scratch::example();
    s.edit(
        "fr.ftl",
        "Tous les États sont invités.",
        "Tous les États  sont invités.",
    );
    let o = tarjama(&["check", s.event.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let o = tarjama(&["check", s.event.to_str().unwrap(), "--strict"]);
    assert_eq!(o.status.code(), Some(1));

    let o = tarjama(&["check", s.tmp().join("nowhere").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    s.edit("event.toml", "format = \"online\"", "format = \"onlin\"");
    let o = tarjama(&["check", s.event.to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("event.toml:"), "{err}");
}

#[test]
fn a_source_that_does_not_parse_is_reported_not_fatal() {
    let s = Scratch::example();
    s.append("en.ftl", "broken = { $x");
    let (v, code) = check_json(&s.event);
    assert_eq!(code, 1);
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["code"] == "syntax-error" && f["file"].as_str().unwrap().ends_with("en.ftl")));
}

/// One compare-locales finding as (kind, message id), kinds named as
/// tarjama's codes.
fn compare_locales_findings(json: &Value) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for details in json[0]["details"].as_object().unwrap().values() {
        for d in details.as_array().unwrap() {
            let (kind, text) = d.as_object().unwrap().iter().next().unwrap();
            let text = text.as_str().unwrap().to_string();
            let id = text.rsplit(" for ").next().unwrap_or("").to_string();
            let code = match kind.as_str() {
                "missingEntity" => ("missing-message", text.clone()),
                "obsoleteEntity" => ("obsolete-message", text.clone()),
                _ if text.starts_with("Missing attribute") => ("missing-attribute", id),
                _ if text.starts_with("Obsolete attribute") => ("obsolete-attribute", id),
                _ if text.contains("reference: ") => ("reference-differs", id),
                _ if text.starts_with("Plural categories missing") => ("plural-categories", id),
                _ if text.starts_with("Unparsed content") => ("syntax-error", String::new()),
                _ => ("unmapped", text.clone()),
            };
            out.push((code.0.to_string(), code.1, text));
        }
    }
    out
}

#[test]
fn check_finds_everything_compare_locales_finds_and_more() {
    let Some(cl) = compare_locales() else { return };
    let s = seeded();
    // compare-locales wants one folder per locale with the same file names.
    let base = s.tmp().join("l10n");
    for lang in ["en", "ar"] {
        fs::create_dir_all(base.join(lang)).unwrap();
        fs::copy(
            s.path(&format!("{lang}.ftl")),
            base.join(lang).join("event.ftl"),
        )
        .unwrap();
    }
    fs::write(
        base.join("l10n.toml"),
        "basepath = \".\"\nlocales = [\"ar\"]\n[[paths]]\n    reference = \"en/**\"\n    l10n = \"{locale}/**\"\n",
    )
    .unwrap();
    let json_out = base.join("out.json");
    let o = Command::new(&cl)
        .current_dir(&base)
        .args(["--json", json_out.to_str().unwrap(), "l10n.toml", ".", "ar"])
        .output()
        .unwrap();
    let theirs: Value = serde_json::from_str(&fs::read_to_string(&json_out).unwrap_or_else(|_| {
        panic!(
            "compare-locales wrote no JSON:\n{}",
            String::from_utf8_lossy(&o.stderr)
        )
    }))
    .unwrap();
    let theirs = compare_locales_findings(&theirs);
    let (ours, _) = check_json(&s.event);
    let ours: Vec<(String, String)> = ours["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["file"].as_str().unwrap().ends_with("ar.ftl"))
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["message_id"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    // The side-by-side, for the record (cargo test -- --nocapture shows it).
    eprintln!("{:<34} {:<28} tarjama check", "compare-locales", "message");
    for (code, id, text) in &theirs {
        let found = ours
            .iter()
            .any(|(c, i)| c == code && (id.is_empty() || i == id));
        eprintln!(
            "{:<34} {:<28} {}",
            text.chars().take(34).collect::<String>(),
            id,
            if found { code.as_str() } else { "NOT FOUND" }
        );
    }
    let theirs_codes: BTreeSet<&str> = theirs.iter().map(|t| t.0.as_str()).collect();
    for (code, id) in &ours {
        if !theirs_codes.contains(code.as_str()) {
            eprintln!("{:<34} {:<28} {}", "-", id, code);
        }
    }
    assert!(
        !theirs.is_empty(),
        "compare-locales found nothing: the seeds are wrong"
    );
    for (code, id, text) in &theirs {
        assert_ne!(
            code, "unmapped",
            "a compare-locales finding this test does not know: {text}"
        );
        assert!(
            ours.iter()
                .any(|(c, i)| c == code && (id.is_empty() || i == id)),
            "compare-locales found {text:?} ({code} {id}); check did not"
        );
    }
    // And more: kinds compare-locales does not look for at all.
    let more: BTreeSet<&str> = ours
        .iter()
        .map(|(c, _)| c.as_str())
        .filter(|c| !theirs_codes.contains(c))
        .collect();
    for c in [
        "variable-missing",
        "variable-unknown",
        "number-missing",
        "url-differs",
        "unknown-reference",
        "person-name",
        "bidi-control",
    ] {
        assert!(
            more.contains(c),
            "{c} not among check's extra findings: {more:?}"
        );
    }
}

#[test]
fn the_event_may_name_another_source_language() {
    let s = Scratch::example();
    s.edit(
        "event.toml",
        "interpretation_languages =",
        "source_language = \"fr\"\ninterpretation_languages =",
    );
    s.edit("en.ftl", "person-mena = Middle East and North Africa\n", "");
    let (v, code) = check_json(&s.event);
    assert_eq!(code, 1, "{v:#}");
    assert_eq!(v["source"], "fr");
    let missing = findings_of(&v, "missing-message");
    assert_eq!(missing.len(), 1, "{v:#}");
    assert_eq!(missing[0]["lang"], "en");
    assert_eq!(missing[0]["message_id"], "person-mena");
    assert!(missing[0]["file"].as_str().unwrap().ends_with("en.ftl"));
    // English is now checked as a translation of French: the heading both
    // write "Participation" is flagged in en.ftl.
    assert!(findings_of(&v, "untranslated")
        .iter()
        .any(|f| f["file"].as_str().unwrap().ends_with("en.ftl")));

    s.edit(
        "event.toml",
        "source_language = \"fr\"",
        "source_language = \"ru\"",
    );
    let o = tarjama(&["check", s.event.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not supported yet"));
}

fn findings_of<'a>(v: &'a Value, code: &str) -> Vec<&'a Value> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == code)
        .collect()
}

#[test]
fn a_text_the_same_on_purpose_is_not_flagged_once_marked() {
    let s = Scratch::example();
    let untranslated_es = |v: &Value| {
        findings_of(v, "untranslated")
            .iter()
            .filter(|f| f["file"].as_str().unwrap().ends_with("es.ftl"))
            .map(|f| f["message_id"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    let (v, _) = check_json(&s.event);
    assert!(untranslated_es(&v).is_empty(), "{v:#}");
    // Without the comment the coalition's English name is flagged.
    s.edit(
        "es.ftl",
        "# The coalition writes its name in English only; untranslated on purpose.\n",
        "",
    );
    let (v, code) = check_json(&s.event);
    assert_eq!(untranslated_es(&v), ["-idc"], "{v:#}");
    assert_eq!(code, 0, "warnings alone pass");
    // A comment that says something else does not silence it.
    s.edit("es.ftl", "-idc =", "# A coalition.\n-idc =");
    let (v, _) = check_json(&s.event);
    assert_eq!(untranslated_es(&v), ["-idc"], "{v:#}");
}

/// A message of the source file that no document shows is a warning at
/// its line: here the participation section left out of `sections`, and
/// a message nothing names. One reached only through another message
/// (`{ seed-inner }` inside a message the concept note prints) is used.
#[test]
fn a_message_no_document_shows_is_a_warning_at_its_line() {
    let s = Scratch::example();
    s.edit(
        "event.toml",
        "\"agenda\", \"participation\", \"interpretation\"",
        "\"agenda\", \"interpretation\"",
    );
    s.edit(
        "en.ftl",
        "event-series = Global Online Peer Learning Exchange",
        "event-series = { seed-inner }",
    );
    s.append(
        "en.ftl",
        "seed-inner = Global Online Peer Learning Exchange\nseed-nowhere = Written for no document\n",
    );
    // (The other languages lack `seed-inner`: errors of their own.)
    let (v, _) = check_json(&s.event);
    let unused: Vec<(String, u64)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "unused-message")
        .map(|f| {
            assert!(f["file"].as_str().unwrap().ends_with("en.ftl"), "{f}");
            assert_eq!(f["severity"], "warning", "{f}");
            (
                f["message_id"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
            )
        })
        .collect();
    let en = s.read("en.ftl");
    let line_of = |id: &str| {
        en.lines()
            .position(|l| l.starts_with(&format!("{id} =")))
            .unwrap() as u64
            + 1
    };
    let want: Vec<(String, u64)> = [
        "section-participation-heading",
        "section-participation-body",
        "seed-nowhere",
    ]
    .iter()
    .map(|id| (id.to_string(), line_of(id)))
    .collect();
    // In the file's order, as `report::sort` puts findings.
    assert_eq!(unused, want, "{v:#}");
}

/// A booth language without the meeting's text file is a warning in
/// `check`, as in `build`, so that `check --strict` fails where `build
/// --strict` would (it passed with "0 warning(s)").
#[test]
fn a_booth_language_without_its_file_is_a_warning_as_in_build() {
    let event = std::path::Path::new("tests/events/geneva-hybrid-2025");
    let (v, code) = check_json(event);
    assert_eq!(code, 0, "{v:#}");
    let hits: Vec<&Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "missing-booth-file")
        .collect();
    assert_eq!(hits.len(), 1, "{v:#}");
    assert_eq!(hits[0]["lang"], "en");
    assert_eq!(hits[0]["severity"], "warning");
    assert!(hits[0]["file"].as_str().unwrap().ends_with("en.ftl"));
    let strict = tarjama(&["check", "tests/events/geneva-hybrid-2025", "--strict"]);
    assert_eq!(strict.status.code(), Some(1));
    let out = tempfile::tempdir().unwrap();
    let built = tarjama(&[
        "build",
        "tests/events/geneva-hybrid-2025",
        "--strict",
        "--format",
        "txt",
        "--out",
        out.path().to_str().unwrap(),
    ]);
    assert_eq!(
        built.status.code(),
        Some(2),
        "build --strict fails on it too"
    );
}

/// Digits typed into the Arabic text that are not the meeting's: Western
/// digits in a meeting with `arabic_digits = "arabic-indic"`, Arabic-Indic
/// ones in a meeting with Western digits (the UN's default). Each is a
/// warning at its column, with the number written the other way; Latin
/// text (SDG 10.7, COVID-19) keeps its digits.
#[test]
fn digits_typed_in_arabic_follow_the_meeting() {
    let s = Scratch::example();
    s.append(
        "en.ftl",
        "seed-digits = Adopted in 2018 after 7 years; SDG 10.7; COVID-19\n",
    );
    s.append(
        "ar.ftl",
        "seed-digits = اعتُمد في ٢٠١٨ بعد 7 سنوات؛ SDG 10.7؛ COVID-19\n",
    );
    let found = |v: &Value| -> Vec<(String, u64, String)> {
        findings_of(v, "other-digits")
            .into_iter()
            .filter(|f| f["message_id"] == "seed-digits")
            .map(|f| {
                assert_eq!(f["severity"], "warning", "{f}");
                assert!(f["file"].as_str().unwrap().ends_with("ar.ftl"), "{f}");
                (
                    f["text"].as_str().unwrap().to_string(),
                    f["column"].as_u64().unwrap(),
                    f["help"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    // Western digits by default: the Arabic-Indic year is the odd one.
    let (v, _) = check_json(&s.event);
    let hits = found(&v);
    assert_eq!(hits.len(), 1, "{v:#}");
    assert!(
        hits[0].0.contains("“٢٠١٨” in Arabic-Indic digits"),
        "{hits:?}"
    );
    assert_eq!(hits[0].1, 25, "{hits:?}");
    assert!(hits[0].2.contains("“2018”"), "{hits:?}");
    // Arabic-Indic digits asked for: the Western 7 is.
    s.edit(
        "event.toml",
        "id = \"gcm-talk-2023\"\n",
        "id = \"gcm-talk-2023\"\narabic_digits = \"arabic-indic\"\n",
    );
    let (v, _) = check_json(&s.event);
    let hits = found(&v);
    assert_eq!(hits.len(), 1, "{v:#}");
    assert!(hits[0].0.contains("“7” in Western digits"), "{hits:?}");
    assert!(hits[0].2.contains("“٧”"), "{hits:?}");
    // tarjama's own Arabic texts write their numbers as Fluent numbers,
    // which follow the setting: none of them is reported.
    assert!(
        findings_of(&v, "other-digits")
            .iter()
            .all(|f| !f["file"].as_str().unwrap().contains("locales")),
        "{v:#}"
    );
}

/// A message defined twice is an error of `check` at the repeat, naming the
/// first line, in the same words as `build`'s (check passed it with 0
/// errors, and build named the file only).
#[test]
fn a_message_defined_twice_is_an_error_at_its_line() {
    let s = Scratch::example();
    s.append("ar.ftl", "event-series = مرة أخرى");
    let (v, code) = check_json(&s.event);
    assert_eq!(code, 1, "{v:#}");
    let hits = findings_of(&v, "duplicate-message");
    assert_eq!(hits.len(), 1, "{v:#}");
    let ar = s.read("ar.ftl");
    let first = ar
        .lines()
        .position(|l| l.starts_with("event-series ="))
        .unwrap()
        + 1;
    assert_eq!(
        hits[0]["line"].as_u64(),
        Some(ar.lines().count() as u64),
        "{v:#}"
    );
    assert_eq!(hits[0]["severity"], "error");
    let text = hits[0]["text"].as_str().unwrap();
    assert!(text.contains(&format!("(first at line {first})")), "{text}");
    let built = s.build(&[]);
    let err = String::from_utf8_lossy(&built.stderr);
    assert!(err.contains(text), "{err}");
}

/// An interpretation that cannot be planned is an error of `check`, at its
/// place, as `build` says it; the translations are still checked (here a
/// Latin comma in Arabic), where `check` used to stop with "nothing was
/// checked".
#[test]
fn a_plan_error_is_a_finding_and_the_texts_are_still_checked() {
    let s = Scratch::example();
    common::make_unplannable(&s);
    s.edit(
        "ar.ftl",
        "في سياق الهجرة الدولية\n",
        "في سياق الهجرة الدولية, ثم\n",
    );
    let (v, code) = check_json(&s.event);
    assert_eq!(code, 1, "{v:#}");
    let plan = findings_of(&v, "cannot-plan");
    assert_eq!(plan.len(), 1, "{v:#}");
    assert!(
        plan[0]["text"]
            .as_str()
            .unwrap()
            .contains("nobody can interpret ru"),
        "{v:#}"
    );
    assert!(plan[0]["file"].as_str().unwrap().ends_with("event.toml"));
    assert!(plan[0]["line"].as_u64().is_some(), "{v:#}");
    assert!(plan[0]["help"]
        .as_str()
        .unwrap()
        .contains("interpretation_languages"));
    let comma = findings_of(&v, "latin-punctuation");
    assert!(
        comma
            .iter()
            .any(|f| f["file"].as_str().unwrap().ends_with("ar.ftl")),
        "{v:#}"
    );
}

/// A meeting in a room whose documents do not say where is a warning of
/// `check` as of `build`; one language saying it is enough.
#[test]
fn a_meeting_in_a_room_without_a_venue_is_a_warning() {
    let s = Scratch::example();
    let (v, _) = check_json(&s.event);
    assert!(findings_of(&v, "missing-venue").is_empty(), "online: {v:#}");
    s.edit("event.toml", "format = \"online\"", "format = \"hybrid\"");
    let (v, code) = check_json(&s.event);
    let venue = findings_of(&v, "missing-venue");
    assert_eq!(venue.len(), 1, "{v:#}");
    assert_eq!(venue[0]["severity"], "warning");
    assert!(venue[0]["help"].as_str().unwrap().contains("event-venue ="));
    assert_eq!(code, 0, "a warning alone passes");
    s.append(
        "fr.ftl",
        "event-venue = Palais des Nations, salle XXIV, Genève",
    );
    let (v, _) = check_json(&s.event);
    assert!(findings_of(&v, "missing-venue").is_empty(), "{v:#}");
}

/// In a meeting written first in Arabic, a message the documents need and
/// the Arabic source lacks is missing in Arabic and falls back to English
/// (the summary said "0 missing"); the Arabic proof shades its row.
#[test]
fn a_message_the_arabic_source_lacks_is_counted_missing_and_shaded() {
    let s = Scratch::of(std::path::Path::new("tests/events/rabat-ar-source-2025"));
    let line = s
        .read("ar.ftl")
        .lines()
        .find(|l| l.starts_with("person-minister ="))
        .unwrap()
        .to_string();
    s.edit("ar.ftl", &format!("{line}\n"), "");
    let (v, code) = check_json(&s.event);
    assert_eq!(code, 1, "{v:#}");
    let unknown = findings_of(&v, "unknown-id");
    assert_eq!(unknown.len(), 1, "{v:#}");
    let text = unknown[0]["text"].as_str().unwrap();
    assert!(
        text.contains("which ar.ftl lacks (en.ftl, fr.ftl have it"),
        "{text}"
    );
    let row = |lang: &str| {
        v["languages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["lang"] == lang)
            .unwrap()
            .clone()
    };
    let ar = row("ar");
    assert_eq!(
        (ar["missing"].as_u64(), ar["falling_back"].as_u64()),
        (Some(1), Some(1)),
        "{ar:#}"
    );
    let fr = row("fr");
    assert_eq!(fr["missing"], 0, "French has it: {fr:#}");
    let out = s.out.join("proof.ar.pdf");
    let o = common::proof(&s.event, &out, &["--lang", "ar", "--against", "fr"]);
    let said = String::from_utf8_lossy(&o.stdout);
    assert!(
        said.contains("missing") && !said.contains(" 0 missing"),
        "{said}{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// An Arabic source's plurals are checked against Arabic's six CLDR
/// categories, as a translation's are (a source was checked for its
/// references only).
#[test]
fn an_arabic_source_gets_its_plural_categories_checked() {
    let s = Scratch::of(std::path::Path::new("tests/events/rabat-ar-source-2025"));
    s.append(
        "ar.ftl",
        "seed-count = { $count ->\n    [one] مشارك واحد\n   *[other] { $count } مشاركين\n}\n",
    );
    s.append(
        "en.ftl",
        "seed-count = { $count ->\n    [one] one participant\n   *[other] { $count } participants\n}\n",
    );
    let (v, _) = check_json(&s.event);
    let plural: Vec<&Value> = findings_of(&v, "plural-categories")
        .into_iter()
        .filter(|f| f["message_id"] == "seed-count")
        .collect();
    assert_eq!(plural.len(), 1, "{v:#}");
    assert!(plural[0]["file"].as_str().unwrap().ends_with("ar.ftl"));
    assert!(plural[0]["text"]
        .as_str()
        .unwrap()
        .contains("zero, two, few, many"));
}

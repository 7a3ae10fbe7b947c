//! Fuzzing on the stable toolchain (proptest): the event parser, Fluent
//! loading and the text layout on random inputs must never panic, and
//! layout must keep every character it is given.
//!
//! In `cargo test` each target runs a few hundred cases. For a long run:
//!
//!     TARJAMA_FUZZ_SECS=600 cargo test --release --test fuzz -- --nocapture
//!
//! runs each target for that many seconds (new random cases round after
//! round). A failing input is shrunk, printed, and saved in
//! tests/fuzz.proptest-regressions, which every later run tries first;
//! inputs that once crashed are also kept as the plain tests at the end.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence, TestCaseError, TestRunner};

use tarjama::doc::{Block, Direction, Document, FooterPart, Inline, Model, Page, Paragraph};
use tarjama::render::{self, Resources};
use tarjama::{event, pipeline};

/// Cases per target in an ordinary test run.
const CASES: u32 = 150;

/// Runs `test` on values of `strategy`: `CASES` cases, or rounds of them
/// until `TARJAMA_FUZZ_SECS` have passed.
fn fuzz<S: Strategy>(name: &str, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    let secs: Option<u64> = std::env::var("TARJAMA_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok());
    let cases = std::env::var("TARJAMA_FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(CASES);
    let started = Instant::now();
    let mut rounds = 0u64;
    loop {
        let config = Config {
            cases,
            failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
                "tests/fuzz.proptest-regressions",
            ))),
            ..Config::default()
        };
        let mut runner = TestRunner::new(config);
        if let Err(e) = runner.run(&strategy, &test) {
            panic!("fuzz target {name} failed after {rounds} rounds: {e}");
        }
        rounds += 1;
        match secs {
            Some(s) if started.elapsed() < Duration::from_secs(s) => continue,
            _ => break,
        }
    }
    if secs.is_some() {
        eprintln!(
            "fuzz target {name}: {} cases in {:.0} s, no failure",
            rounds * cases as u64,
            started.elapsed().as_secs_f64()
        );
    }
}

/// Characters that make text hard: Arabic letters, marks and digits, Latin
/// with accents, digits, punctuation and brackets, spaces of every kind,
/// joiners, bidi controls, controls, CJK and emoji (no bundled font), and
/// whatever else.
fn hard_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::char::range('\u{0621}', '\u{064A}'),
        2 => prop::char::range('\u{064B}', '\u{0652}'),
        1 => prop::char::range('\u{0660}', '\u{0669}'),
        1 => prop::char::range('\u{FB50}', '\u{FDFF}'),
        4 => prop::char::range('a', 'z'),
        1 => prop::char::range('\u{00C0}', '\u{017F}'),
        2 => prop::char::range('0', '9'),
        2 => prop::sample::select(vec![' ', ' ', ' ', '\u{00A0}', '\u{202F}', '\u{2009}', '\n', '\t']),
        2 => prop::sample::select(vec!['(', ')', '[', ']', '/', '-', '–', '—', '.', ',', ':', '«', '»', '"', '\'', '%', '&']),
        1 => prop::sample::select(vec!['\u{200D}', '\u{200C}', '\u{200E}', '\u{200F}', '\u{061C}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}']),
        1 => prop::sample::select(vec!['\u{0}', '\u{7}', '\u{1B}', '\u{7F}', '\u{85}', '\u{FEFF}', '\r']),
        1 => prop::sample::select(vec!['会', '議', '😀', '\u{1F1FA}', '\u{0301}', '\u{FFFD}']),
        1 => any::<char>(),
    ]
}

fn hard_string(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(hard_char(), 0..max).prop_map(|v| v.into_iter().collect())
}

/// One change to a file's text: insert a string, delete a stretch, repeat
/// a line, or replace a stretch with a string.
#[derive(Debug, Clone)]
enum Mutation {
    Insert(usize, String),
    Delete(usize, usize),
    RepeatLine(usize, usize),
    Replace(usize, usize, String),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => (any::<usize>(), hard_string(12)).prop_map(|(a, s)| Mutation::Insert(a, s)),
        1 => (any::<usize>(), 0usize..40).prop_map(|(a, n)| Mutation::Delete(a, n)),
        1 => (any::<usize>(), 1usize..50).prop_map(|(a, n)| Mutation::RepeatLine(a, n)),
        2 => (any::<usize>(), 0usize..12, hard_string(8)).prop_map(|(a, n, s)| Mutation::Replace(a, n, s)),
    ]
}

fn boundary(s: &str, at: usize) -> usize {
    let mut i = at % (s.len() + 1);
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn apply(mut s: String, muts: &[Mutation]) -> String {
    for m in muts {
        match m {
            Mutation::Insert(a, t) => {
                let i = boundary(&s, *a);
                s.insert_str(i, t);
            }
            Mutation::Delete(a, n) | Mutation::Replace(a, n, _) => {
                let i = boundary(&s, *a);
                let j = boundary(&s, i + n).max(i);
                let with = match m {
                    Mutation::Replace(_, _, t) => t.as_str(),
                    _ => "",
                };
                s.replace_range(i..j, with);
            }
            Mutation::RepeatLine(a, n) => {
                let lines: Vec<&str> = s.lines().collect();
                if lines.is_empty() {
                    continue;
                }
                let k = a % lines.len();
                let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
                for _ in 0..*n {
                    out.insert(k, lines[k].to_string());
                }
                s = out.join("\n");
            }
        }
    }
    s
}

/// A copy of the example to mutate, made once per process.
fn scratch_example() -> &'static Path {
    use std::sync::OnceLock;
    static DIR: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &DIR.get_or_init(|| {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("event");
        fs::create_dir(&dir).unwrap();
        for e in fs::read_dir(common::EXAMPLE).unwrap() {
            let p = e.unwrap().path();
            fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
        }
        (tmp, dir)
    })
    .1
}

/// Everything after loading that is cheap enough per case: compose every
/// output, render the calendars, the rota and the plain text.
fn compose_and_render_cheap(m: &pipeline::Meeting) {
    let outputs = pipeline::compose(m);
    let _ = m.catalogs.sink().take(false);
    let res = Resources::default();
    let cheap: Vec<_> = ["ics", "csv", "txt"]
        .iter()
        .map(|n| render::by_name(n).unwrap())
        .collect();
    let _ = pipeline::render_serial(&outputs, &cheap, &res);
}

#[test]
fn event_parser_never_panics() {
    let source = fs::read_to_string(Path::new(common::EXAMPLE).join("event.toml")).unwrap();
    let file = Path::new(common::EXAMPLE).join("event.toml");
    fuzz(
        "event parser",
        prop::collection::vec(mutation(), 1..6),
        |muts| {
            let text = apply(source.clone(), &muts);
            if let Ok(ev) = event::parse(&file, text) {
                // A valid event goes through planning and composition too.
                if let Ok(m) = pipeline::meeting(ev, None) {
                    compose_and_render_cheap(&m);
                }
            }
            Ok(())
        },
    );
}

#[test]
fn fluent_loading_never_panics() {
    let dir = scratch_example();
    let originals: Vec<(String, String)> = ["ar.ftl", "en.ftl"]
        .iter()
        .map(|f| (f.to_string(), fs::read_to_string(dir.join(f)).unwrap()))
        .collect();
    fuzz(
        "Fluent loading",
        (0usize..2, prop::collection::vec(mutation(), 1..6)),
        |(which, muts)| {
            let (name, text) = &originals[which];
            fs::write(dir.join(name), apply(text.clone(), &muts)).unwrap();
            if let Ok(m) = pipeline::load(dir, None) {
                compose_and_render_cheap(&m);
            }
            fs::write(dir.join(name), text).unwrap();
            Ok(())
        },
    );
}

/// The characters layout must draw: all but controls and whitespace, which
/// move, vanish at line ends or are never drawn.
fn drawable(s: &str) -> Vec<char> {
    let mut v: Vec<char> = s
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control() && !is_bidi_control(*c))
        .collect();
    v.sort_unstable();
    v
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
}

/// Lays `text` out and checks that every drawable character is drawn once.
fn layout_keeps_every_character(text: &str, rtl: bool, width: f32) -> Result<(), TestCaseError> {
    let (lang, dir) = if rtl {
        ("ar", Direction::Rtl)
    } else {
        ("en", Direction::Ltr)
    };
    match render::pdf::lay_out_text(text, lang, dir, width) {
        // A character no bundled font has is an error naming it: fine.
        Err(e) => prop_assert!(e.message.contains("no font can draw"), "{}", e.message),
        Ok(lines) => {
            let drawn: String = lines.iter().flatten().map(String::as_str).collect();
            prop_assert_eq!(drawable(&drawn), drawable(text), "lines: {:?}", lines);
        }
    }
    Ok(())
}

/// A one-paragraph document of `text`, in Arabic or English.
fn doc_of(text: &str, rtl: bool) -> Document {
    let (lang, direction) = if rtl {
        ("ar", Direction::Rtl)
    } else {
        ("en", Direction::Ltr)
    };
    Document {
        lang: lang.into(),
        direction,
        digits: Default::default(),
        title: "fuzz".into(),
        header: "fuzz".into(),
        footer: vec![FooterPart::PageNumber],
        page: Page::a4(),
        blocks: vec![Block::Paragraph(Paragraph::new(vec![Inline::plain(text)]))],
    }
}

#[test]
fn layout_keeps_every_character_and_never_panics() {
    fuzz(
        "layout",
        (hard_string(120), any::<bool>(), 8.0f32..500.0, 0u8..20),
        |(text, rtl, width, n)| {
            layout_keeps_every_character(&text, rtl, width)?;
            // One case in twenty is written as a whole PDF and DOCX too.
            if n == 0 {
                let model = Model::Document(doc_of(&text, rtl));
                for f in ["pdf", "docx"] {
                    let _ = render::by_name(f)
                        .unwrap()
                        .render(&model, &Resources::default());
                }
            }
            Ok(())
        },
    );
}

// Inputs found by the fuzzer, kept as plain regression tests.

#[test]
fn regression_inputs_lay_out_whole() {
    for (text, rtl, width) in [
        ("", false, 100.0),
        ("\u{202E}abc", true, 10.0),
        ("ب\u{0651}\u{064E}", true, 8.0),
        ("a\u{2067}b\nc\u{2069}d", false, 20.0),
        ("عقد في 24 أيار/مايو 2023 (UNHCR)", true, 9.0),
        // A mark starting a line after a hard break was drawn, and its text
        // lost, on the line before (found by the fuzzer).
        ("ء\n\u{64b}", false, 100.0),
        ("ء\n\u{64b}", true, 100.0),
        ("a\n\u{301}b", false, 100.0),
        ("ء\r\u{64b}", true, 8.0),
        // A mark after an unpaired isolate went into the letter before the
        // isolate, in another bidi run; a mark after a space into the
        // space, dropped with it at a line break.
        ("ء\u{2067}\u{64b}ء", false, 8.0),
        ("ء٠ء٠ئ٢ء ٠kء(٠ف(ﯖ٣00 \u{64b}«ػ٣(", false, 8.0),
        ("ء \u{64b}٠٠ت٢wبﭒ٠ﯬسئaبس٠", false, 8.0),
        // A joiner after a Latin letter in Arabic text, on a bidi level of
        // its own, away from the letter whose cluster holds it.
        ("a\u{200d}", true, 8.0),
        // A joiner after a space, in the space's cluster, dropped with it
        // at a line break there.
        ("ﭞ\u{fffd} \u{200d}ﭚ.سةئ٠À٢wÐ", false, 8.0),
        ("ab \u{200d}cd ef", false, 1.0),
        ("ab \u{301}cd", false, 1.0),
        ("ب \u{64e}ت", true, 1.0),
    ] {
        layout_keeps_every_character(text, rtl, width).unwrap();
    }
}

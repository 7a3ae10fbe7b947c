//! The example meeting composed in each language: the right texts, in the
//! right order, with no message missing and no stray isolation marks.

mod common;

use tarjama::compose::{concept_note, Ctx};
use tarjama::doc::{plain_text, Block, Direction};
use tarjama::lang::Lang;

fn compose(lang: Lang) -> (tarjama::doc::Document, tarjama::diag::Diagnostics) {
    let m = common::example();
    let cat = m.catalogs.get(lang).expect("catalog loads");
    let doc = concept_note::compose(&Ctx::new(&m.event, cat));
    (doc, m.catalogs.sink().take(true))
}

#[test]
fn english_concept_note_has_every_part() {
    let (doc, problems) = compose(Lang::En);
    assert!(problems.0.is_empty(), "{problems}");
    let text = plain_text(&doc);
    for needle in [
        "Permanent Mission of Colombia to the United Nations Office at Geneva",
        "Global Online Peer Learning Exchange",
        "Working to End Child Detention in the Context of International Migration",
        "Wednesday, 24 May 2023, 14:30–17:30 (CEST, UTC+2)",
        "Concept Note",
        "Closed meeting",
        "Rationale",
        "Draft Agenda",
        "Tri Nuke Pudjiastuti",
        "Mr. Edgar Arturo Olvera Canche",
        "Simultaneous interpretation will be provided in Arabic, English, French and Spanish.",
        "Women's Refugee Commission",
        "17:20–17:30",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
    }
    assert_eq!(doc.direction, Direction::Ltr);
    let tables = doc
        .blocks
        .iter()
        .filter(|b| matches!(b, Block::Table(_)))
        .count();
    assert_eq!(tables, 1, "the agenda is one table");
}

#[test]
fn every_language_is_complete_and_clean() {
    for lang in [Lang::Ar, Lang::En, Lang::Fr, Lang::Es] {
        let (doc, problems) = compose(lang);
        assert!(problems.0.is_empty(), "{lang}: {problems}");
        let text = plain_text(&doc);
        assert!(
            !text.contains('\u{2068}'),
            "{lang}: Fluent isolation mark in output"
        );
        assert!(!text.contains("[person-"), "{lang}: unresolved message");
        // Personal names are never translated.
        assert!(text.contains("Jonathan Prentice"), "{lang}");
    }
}

#[test]
fn dates_per_language() {
    // The date line begins with a capital in French and Spanish.
    let cases = [
        (
            Lang::Fr,
            "Mercredi 24 mai 2023, 14\u{a0}h\u{a0}30–17\u{a0}h\u{a0}30 (CEST, UTC+2)",
        ),
        (Lang::Es, "Miércoles 24 de mayo de 2023"),
        (Lang::Ar, "الأربعاء، 24 أيار/مايو 2023"),
    ];
    for (lang, date) in cases {
        let text = plain_text(&compose(lang).0);
        assert!(text.contains(date), "{lang}: {date} not in\n{text}");
    }
}

#[test]
fn arabic_is_right_to_left_with_isolated_time_ranges() {
    let (doc, _) = compose(Lang::Ar);
    assert_eq!(doc.direction, Direction::Rtl);
    let text = plain_text(&doc);
    assert!(text.contains("\u{2066}14:30–14:50\u{2069}"), "{text}");
    assert!(text.contains("الصفحة") || doc.footer.len() > 1);
}

#[test]
fn a_zone_without_letters_is_given_by_its_offset_alone() {
    // The time zone database names Bangkok's time only "+07": the date line
    // says "(UTC+7)", not "(+07, UTC+7)".
    let s = common::Scratch::example();
    s.edit(
        "event.toml",
        "time_zone = \"Europe/Zurich\"",
        "time_zone = \"Asia/Bangkok\"",
    );
    let m = common::load(&s.event, None);
    for (lang, want) in [
        (Lang::En, "14:30–17:30 (UTC+7)"),
        (Lang::Fr, "17\u{a0}h\u{a0}30 (UTC+7)"),
    ] {
        let cat = m.catalogs.get(lang).unwrap();
        let text = plain_text(&concept_note::compose(&Ctx::new(&m.event, cat)));
        assert!(text.contains(want), "{lang}: {want} not in\n{text}");
        assert!(!text.contains("+07"), "{lang}: {text}");
    }
}

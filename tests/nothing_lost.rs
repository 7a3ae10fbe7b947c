//! Nothing is lost on the way to the page: for the example and every test
//! event, every word the composer put into a document is in its PDF (read
//! back with pdftotext) and in its DOCX (read from its XML).

mod common;

use std::path::Path;

use tarjama::doc::{plain_text, Model};
use tarjama::render::{docx::Docx, pdf::Pdf, Renderer, Resources};

/// The events the guard runs on.
const EVENTS: &[&str] = &[
    common::EXAMPLE,
    "tests/events/imrf-2022",
    "tests/events/date-tbc",
];

#[test]
fn every_composed_word_reaches_the_pdf_and_the_docx() {
    let res = Resources::default();
    let dir = tempfile::tempdir().unwrap();
    let mut checked = 0;
    for event in EVENTS {
        let m = common::load(Path::new(event), None);
        for o in common::compose_strict(&m) {
            let Model::Document(doc) = &o.model else {
                continue;
            };
            let want = plain_text(doc);
            assert!(
                !common::words(&want).is_empty(),
                "{event} {}: empty",
                o.stem
            );
            let name = o.stem.replace('/', "-");
            let docx = dir.path().join(format!("{name}.docx"));
            std::fs::write(&docx, Docx.render(&o.model, &res).unwrap()).unwrap();
            let missing = common::missing_words(&want, &common::docx_text(&docx));
            assert!(
                missing.is_empty(),
                "{event} {}.docx lacks {missing:?}",
                o.stem
            );
            let pdf = dir.path().join(format!("{name}.pdf"));
            std::fs::write(&pdf, Pdf.render(&o.model, &res).unwrap()).unwrap();
            let Some(got) = common::pdf_text(&pdf) else {
                continue;
            };
            // Every word, letters and digits as readers.py counts them,
            // in every document.
            let missing =
                common::missing_words(&common::letters_only(&want), &common::letters_only(&got));
            assert!(
                missing.is_empty(),
                "{event} {}.pdf lacks {} words: {missing:?}",
                o.stem,
                missing.len()
            );
            // And every word with its punctuation, except on the names
            // sheet of a booth schedule of a meeting with Arabic, whose
            // pages hold Arabic and Latin columns side by side: poppler
            // gives such a page one direction and moves a comma between
            // the scripts to the other side of its word (at most 2 %).
            let missing = common::missing_words(&want, &got);
            let mixed = o.stem.starts_with("booth-schedule.")
                && m.event
                    .interpretation_languages
                    .contains(&tarjama::lang::Lang::Ar);
            let allowed = if mixed {
                common::words(&want).len() / 50
            } else {
                0
            };
            assert!(
                missing.len() <= allowed,
                "{event} {}.pdf misplaces punctuation of {} words: {missing:?}",
                o.stem,
                missing.len()
            );
            checked += 1;
        }
    }
    if common::pdftotext().is_some() {
        // Concept notes and booth schedules of three events.
        assert!(checked >= 13, "only {checked} documents checked");
    }
}

#[test]
fn named_opening_and_closing_speakers_are_printed() {
    let m = common::load(Path::new("tests/events/imrf-2022"), None);
    let outputs = common::compose_strict(&m);
    let en = plain_text(common::document(&outputs, "concept-note.en"));
    for needle in [
        "Remarks by:",
        "H.E. Mrs. María Elena Rodríguez, First Lady of Colombia",
        "Mr. Jonathan Prentice, Head of Secretariat",
        "Mr. Rui Costa, Deputy Permanent Representative of Portugal",
        "Moderator:",
        "Dr. Amira Haddad",
        "Scene-setter:",
        "Prof. Pedro Alves",
        "Short videos from the regions",
        "With interpretation",
    ] {
        assert!(en.contains(needle), "{needle:?} not in\n{en}");
    }
    let es = plain_text(common::document(&outputs, "concept-note.es"));
    for needle in [
        "Excma. Sra. María Elena Rodríguez",
        "Dra. Amira Haddad",
        "Prof. Pedro Alves",
    ] {
        assert!(es.contains(needle), "{needle:?} not in\n{es}");
    }
    let fr = plain_text(common::document(&outputs, "concept-note.fr"));
    for needle in [
        "S.\u{a0}E.\u{a0}Mme\u{a0}María Elena Rodríguez",
        "Dr\u{a0}Amira Haddad",
        "Pr\u{a0}Pedro Alves",
    ] {
        assert!(fr.contains(needle), "{needle:?} not in\n{fr}");
    }
    // Every booth schedule names every person and lists every item, also
    // those its booth is off microphone for.
    for booth in ["en", "fr", "es"] {
        let text = plain_text(common::document(
            &outputs,
            &format!("booth-schedule.{booth}"),
        ));
        for name in [
            "María Elena Rodríguez",
            "Jonathan Prentice",
            "Amira Haddad",
            "Pedro Alves",
            "Lucía Hernández",
            "Somchai Wongsawat",
            "Claire Martin",
            "Rui Costa",
        ] {
            assert!(text.contains(name), "{booth}: {name} missing");
        }
    }
    let en_booth = plain_text(common::document(&outputs, "booth-schedule.en"));
    for item in [
        "Session II – Next steps towards the Forum",
        "Closing remarks",
    ] {
        assert!(en_booth.contains(item), "{item} missing:\n{en_booth}");
    }
    assert!(
        en_booth.contains("Off microphone: the floor speaks the booth's own language"),
        "{en_booth}"
    );
    // The practical details the event gives.
    for detail in [
        "https://example.org/join/imrf-2022",
        "812 3456 7890",
        "Anne Dupuis, chief interpreter",
        "Platform help desk",
        "you interpret on the English channel",
    ] {
        assert!(en_booth.contains(detail), "{detail} missing");
    }
}

#[test]
fn a_meeting_without_date_says_to_be_confirmed_and_plans_nothing() {
    let m = common::load(Path::new("tests/events/date-tbc"), None);
    assert!(m.planned.is_none());
    let outputs = tarjama::pipeline::compose(&m);
    let warnings = m.catalogs.sink().take(false);
    assert!(
        warnings
            .to_string()
            .contains("no booth schedules, calendars or rota yet"),
        "{warnings}"
    );
    assert!(outputs.iter().all(|o| o.stem.starts_with("concept-note.")));
    let en = plain_text(common::document(&outputs, "concept-note.en"));
    assert!(en.contains("Date and time to be confirmed"), "{en}");
    assert!(en.contains("To be confirmed"), "{en}");
    let ar = plain_text(common::document(&outputs, "concept-note.ar"));
    assert!(ar.contains("يُحدَّدان لاحقاً"), "{ar}");
    // The name in Arabic script for the Arabic documents only.
    assert!(ar.contains("السيد جوناثان برنتيس"), "{ar}");
    assert!(en.contains("Mr. Jonathan Prentice"), "{en}");
    // `tarjama plan` says why, without failing like bad input.
    let o = common::tarjama(&["plan", "tests/events/date-tbc"]);
    let text = String::from_utf8_lossy(&o.stdout).to_string() + &String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{text}");
    assert!(text.contains("interpretation is planned once"), "{text}");
    assert!(
        text.contains("once the meeting's date, hours and agenda items' start times are known"),
        "{text}"
    );
}

#[test]
fn language_lists_follow_each_language_s_alphabet() {
    let m = common::example();
    let outputs = common::compose_strict(&m);
    for (lang, list) in [
        ("en", "Arabic, English, French and Spanish"),
        ("fr", "anglais, arabe, espagnol et français"),
        ("es", "árabe, español, francés e inglés"),
        ("ar", "الإسبانية والإنكليزية والعربية والفرنسية"),
    ] {
        let text = plain_text(common::document(&outputs, &format!("concept-note.{lang}")));
        assert!(text.contains(list), "{lang}: {list:?} not in\n{text}");
    }
}

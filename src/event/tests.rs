use super::*;

const MINIMAL: &str = r#"
id = "t"
date = "2023-05-24"
start = "14:30"
end = "17:30"
time_zone = "Europe/Zurich"
format = "online"
access = "closed"
document_languages = ["en", "ar"]
interpretation_languages = ["en", "ar"]
sections = ["agenda"]

[people.a]
name = "A"
languages = ["ar"]

[[agenda]]
start = "14:30"
kind = "opening"
speakers = ["a"]

[[agenda]]
start = "15:00"
kind = "qa"
"#;

fn parse_str(s: &str) -> Result<Event, Diagnostics> {
    parse(Path::new("event.toml"), s.to_string())
}

fn first_error(s: &str) -> Diagnostic {
    parse_str(s).unwrap_err().0.remove(0)
}

#[test]
fn minimal_event_is_valid_and_fills_defaults() {
    let e = parse_str(MINIMAL).unwrap();
    assert_eq!(e.hours, Some((870, 1050)));
    assert_eq!(e.time_zone_label, "CEST", "Geneva in May is on summer time");
    assert_eq!(
        e.agenda[0].time.map(|t| t.1),
        Some(900),
        "an item ends where the next begins"
    );
    assert_eq!(
        e.agenda[1].time.map(|t| t.1),
        Some(1050),
        "the last item ends with the meeting"
    );
    assert_eq!(e.agenda[0].floor_languages, vec![Lang::Ar]);
    assert_eq!(
        e.agenda[1].floor_languages,
        vec![Lang::En, Lang::Ar],
        "Q&A is open to every interpretation language"
    );
}

#[test]
fn unknown_key_names_line() {
    let d = first_error(&MINIMAL.replace("format = \"online\"", "format = \"online\"\ncolour = 1"));
    assert!(d.message.contains("colour"), "{d}");
    assert_eq!(d.line, Some(8));
}

#[test]
fn overlapping_items_are_rejected() {
    let s = MINIMAL.replace("kind = \"opening\"", "kind = \"opening\"\nend = \"15:10\"");
    let d = first_error(&s);
    assert!(d.message.contains("while item 1 runs until 15:10"), "{d}");
}

#[test]
fn item_outside_hours_and_unknown_person() {
    let s = MINIMAL
        .replace("start = \"15:00\"", "start = \"18:00\"")
        .replace("speakers = [\"a\"]", "speakers = [\"b\"]");
    let diags = parse_str(&s).unwrap_err();
    let all = diags.to_string();
    assert!(all.contains("outside the meeting's hours"), "{all}");
    assert!(all.contains("unknown person `b`"), "{all}");
    assert!(all.contains("did you mean `a`"), "{all}");
}

#[test]
fn bad_zone_language_and_times() {
    let s = MINIMAL
        .replace("Europe/Zurich", "Europe/Genf")
        .replace("[\"en\", \"ar\"]\ninterp", "[\"en\", \"xx\"]\ninterp")
        .replace("end = \"17:30\"", "end = \"13:00\"");
    let all = parse_str(&s).unwrap_err().to_string();
    assert!(all.contains("unknown time zone `Europe/Genf`"), "{all}");
    assert!(all.contains("unknown language `xx`"), "{all}");
    assert!(
        all.contains("ends (13:00) before it starts (14:30)"),
        "{all}"
    );
}

#[test]
fn times_parse_strictly() {
    assert_eq!(parse_hhmm("09:05"), Some(545));
    assert_eq!(parse_hhmm("9:05"), None);
    assert_eq!(parse_hhmm("24:00"), None);
}

/// Every zone of the city table exists, and a capital named after its
/// own city finds it ("Asia/Doha" is "Asia/Qatar").
#[test]
fn cities_named_in_no_zone_find_theirs() {
    for (_, zone) in super::CITY_ZONES {
        assert!(jiff::tz::TimeZone::get(zone).is_ok(), "{zone}");
    }
    assert_eq!(super::city_zone("Asia/Doha"), Some("Asia/Qatar"));
    assert_eq!(super::city_zone("Abu Dhabi"), Some("Asia/Dubai"));
    assert_eq!(super::city_zone("Europe/Paris"), None);
}

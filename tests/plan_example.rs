//! The example meeting (its event.toml), planned with placeholders: teams,
//! turns and relay follow the rules; the rota sheet, the calendars and the
//! `tarjama plan` text say the same.

mod common;

use tarjama::compose::{calendar, plan_overview, rota, Ctx};
use tarjama::doc::Calendar;
use tarjama::event::ItemId;
use tarjama::lang::Lang::{self, Ar, En, Es, Fr};
use tarjama::plan::{Mode, Plan, Planned, RuleId, Who};
use tarjama::render::{csv, ics, text};

fn planned(m: &tarjama::pipeline::Meeting) -> &Planned {
    m.planned.as_ref().expect("the example has booths")
}

fn item(n: usize) -> Option<ItemId> {
    Some(ItemId::new(n - 1))
}

fn mode(p: &Plan, booth: Lang, n: usize, floor: Lang) -> Mode {
    let b = p.booth(booth).unwrap();
    let m = b.modes_of(item(n)).unwrap();
    m.floor.iter().find(|(l, _)| *l == floor).unwrap().1.clone()
}

#[test]
fn example_teams_turns_and_relay() {
    let m = common::example();
    let p = &planned(&m).plan;

    // Arabic works both ways and others take relay from its retour: booth of three.
    let ar = p.booth(Ar).unwrap();
    assert_eq!(ar.required, 3);
    assert!(ar
        .requirements
        .iter()
        .any(|q| q.rule == RuleId::RetourRelayTeam));
    assert_eq!(ar.turn_max, 20);
    let who: Vec<&Who> = ar.team.iter().map(|m| &m.who).collect();
    assert_eq!(
        who,
        [
            &Who::Placeholder(1),
            &Who::Placeholder(2),
            &Who::Placeholder(3)
        ]
    );
    for b in [En, Fr, Es] {
        assert_eq!(p.booth(b).unwrap().required, 2, "{b}");
        assert_eq!(p.booth(b).unwrap().turn_max, 30, "{b}");
    }

    // Item 2, Arabic on the floor: AR gives retour into English, EN is silent
    // (its channel carries the retour), FR and ES take relay from AR.
    assert_eq!(mode(p, Ar, 2, Ar), Mode::Retour { into: En });
    assert_eq!(mode(p, En, 2, Ar), Mode::ServedByRetour { from: Ar });
    for b in [Fr, Es] {
        assert_eq!(
            mode(p, b, 2, Ar),
            Mode::Relay {
                from: Ar,
                via: En,
                steps: 1
            }
        );
    }
    // Spanish reaches the Arabic booth through English (its B), not French (its C).
    assert_eq!(
        mode(p, Ar, 1, Es),
        Mode::Relay {
            from: En,
            via: En,
            steps: 1
        }
    );
    // When English is spoken the English booth is off microphone.
    assert_eq!(mode(p, En, 1, En), Mode::Own);
    assert_eq!(mode(p, Fr, 3, Fr), Mode::Own);

    // The break (15:50-16:00) is off microphone for everyone.
    for b in &p.booths {
        assert!(
            b.turns
                .iter()
                .all(|t| t.end <= 15 * 60 + 50 || t.start >= 16 * 60),
            "{}",
            b.booth
        );
    }
    // In the first stretch (14:30-15:50) the EN booth changes over at an
    // agenda boundary (end of the opening at 14:50, or of item 2 at 15:30).
    let en = &p.booth(En).unwrap().turns;
    assert!(
        en[0].end == 14 * 60 + 50 || en[1].end == 15 * 60 + 30,
        "{en:?}"
    );
    // Remote: connection test 30 minutes before the start.
    assert!(p
        .booths
        .iter()
        .flat_map(|b| &b.team)
        .all(|m| m.arrival == Some(14 * 60)));
    // Exactly three hours is not "longer than three hours": no reinforced teams.
    assert!(p.booths.iter().all(|b| b
        .requirements
        .iter()
        .all(|q| q.rule != RuleId::RemoteReinforced)));
    // The booths of two are live 170 of the 180 minutes: a warning each
    // (a coordinator would ask for a third); the Arabic booth of three has none.
    assert_eq!(
        p.findings,
        [En, Fr, Es].map(|booth| tarjama::plan::Finding::HighLiveShare {
            booth,
            live: 170,
            meeting: 180,
            max_percent: 85
        })
    );
}

#[test]
fn example_rota_sheet() {
    let m = common::example();
    let sheet = rota::sheet(&m.ctx(En), planned(&m), &|_| true);
    let csv = csv::to_csv(&sheet);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "booth,interpreter,date,start,end,item,item_title,floor_language,mode,relay_from,relay_via,gives_relay_to"
    );
    assert_eq!(lines.last(), Some(&""), "ends with CRLF");
    let opening = "Opening remarks by co-hosts and youth advocate";
    assert!(
        lines.contains(
            &format!("ar,AR 1,2023-05-24,14:30,14:50,1,{opening},es,relay,en,en,").as_str()
        ),
        "{csv}"
    );
    assert!(
        lines.contains(
            &format!("en,EN 1,2023-05-24,14:30,14:50,1,{opening},es,direct,,,ar").as_str()
        ),
        "{csv}"
    );
    assert!(csv.contains("ar,AR 2,2023-05-24,14:50,15:10,2,"), "{csv}");
    assert!(csv.contains(",ar,retour,,,fr es\r\n"), "{csv}");
    assert!(sheet.rows.iter().all(|r| r.len() == sheet.header.len()));
}

fn calendars(m: &tarjama::pipeline::Meeting) -> Vec<(Lang, String, Calendar)> {
    calendar::calendars(
        |l| m.ctx(l),
        planned(m),
        calendar::default_stamp(planned(m).input.date),
    )
}

#[test]
fn example_calendars_are_well_formed_in_the_booth_language_and_deterministic() {
    let m = common::example();
    let cals = calendars(&m);
    assert_eq!(cals.len(), 9, "3 Arabic + 2 for each other booth");
    assert_eq!(cals, calendars(&m), "same input, same calendars");
    let stems: Vec<&str> = cals.iter().map(|(_, s, _)| s.as_str()).collect();
    assert_eq!(stems[..3], ["AR-1", "AR-2", "AR-3"]);
    let ar1 = ics::to_ics(&cals[0].2).unwrap();
    assert!(ar1.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    assert!(ar1.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !ar1.replace("\r\n", "").contains('\n'),
        "only CRLF line ends"
    );
    for line in ar1.split("\r\n") {
        assert!(line.len() <= 75, "{line}");
    }
    assert!(ar1.contains("TZID:Europe/Zurich"));
    assert!(ar1.contains(
        "BEGIN:DAYLIGHT\r\nDTSTART:20230326T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200"
    ));
    assert!(
        ar1.contains("DTSTART;TZID=Europe/Zurich:20230524T140000"),
        "connection test"
    );
    assert!(
        ar1.contains("DTSTART;TZID=Europe/Zurich:20230524T143000"),
        "first turn"
    );
    assert!(ar1.contains("UID:20230524-gcm-talk-2023-ar-1-"));
    assert!(ar1.contains("DTSTAMP:20230524T000000Z"));
    assert!(ar1.contains("BEGIN:VALARM"));

    // The French calendars are in French: the booth's name, French times,
    // the items' titles, no English word or kind label.
    let (_, _, fr1) = cals.iter().find(|(_, s, _)| s == "FR-1").unwrap();
    let all: String = fr1
        .events
        .iter()
        .flat_map(|e| std::iter::once(e.summary.clone()).chain(e.description.clone()))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(all.contains("Au micro – cabine française"), "{all}");
    assert!(all.contains("14\u{a0}h\u{a0}30"), "{all}");
    assert!(all.contains("Observations liminaires"), "{all}");
    for english in [
        "On microphone",
        "Opening",
        "Session",
        "Item",
        "booth",
        "relay",
        "Online",
    ] {
        assert!(
            !all.contains(english),
            "{english:?} in the French calendar:\n{all}"
        );
    }
}

#[test]
fn example_calendars_parse_in_python_icalendar() {
    let Some(py) = common::python() else {
        return;
    };
    let m = common::example();
    let dir = tempfile::tempdir().unwrap();
    let p = &planned(&m).plan;
    for (booth, stem, cal) in calendars(&m) {
        let path = dir.path().join(format!("{stem}.ics"));
        std::fs::write(&path, ics::to_ics(&cal).unwrap()).unwrap();
        let bp = p.booth(booth).unwrap();
        let n: usize = stem.rsplit('-').next().unwrap().parse().unwrap();
        let turns = bp.turns.iter().filter(|t| t.member.0 == n - 1);
        // Expected (start, end) in UTC: Zurich is UTC+2 in May.
        let expect: Vec<String> = std::iter::once((14 * 60, 14 * 60 + 30))
            .chain(turns.map(|t| (t.start, t.end)))
            .map(|(s, e)| {
                format!(
                    "{:02}:{:02}-{:02}:{:02}",
                    s / 60 - 2,
                    s % 60,
                    e / 60 - 2,
                    e % 60
                )
            })
            .collect();
        let script = r#"
import sys, datetime, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
assert cal.get('VERSION') == '2.0', cal.get('VERSION')
tzs = [c for c in cal.walk('VTIMEZONE')]
assert len(tzs) == 1 and str(tzs[0]['TZID']) == 'Europe/Zurich'
out = []
uids = set()
for ev in cal.walk('VEVENT'):
    s = ev.decoded('DTSTART'); e = ev.decoded('DTEND')
    assert s.tzinfo is not None and e > s
    assert ev.walk('VALARM'), 'a reminder'
    u = datetime.timezone.utc
    out.append(s.astimezone(u).strftime('%H:%M') + '-' + e.astimezone(u).strftime('%H:%M'))
    uids.add(str(ev['UID']))
assert len(uids) == len(out), 'UIDs unique'
print(' '.join(out))
"#;
        let got = common::run_python(&py, script, &[&path]);
        assert_eq!(got.trim(), expect.join(" "), "{stem}");
    }
}

#[test]
fn plan_overview_reads_sensibly_in_english_and_french() {
    let m = common::load(std::path::Path::new(common::EXAMPLE), Some(&[En, Fr]));
    let en = text::to_text(&plan_overview::compose(
        &Ctx::new(&m.event, m.catalogs.get(En).unwrap()),
        planned(&m),
    ));
    assert!(en.contains("Interpretation plan"), "{en}");
    assert!(en.contains("Arabic booth"), "{en}");
    assert!(en.contains("Team of 3 interpreters"), "{en}");
    assert!(
        en.contains("Relay for Spanish: English channel"),
        "Spanish reaches the Arabic booth through English:\n{en}"
    );
    assert!(en.contains("Points to note"), "{en}");
    let fr = text::to_text(&plan_overview::compose(
        &Ctx::new(&m.event, m.catalogs.get(Fr).unwrap()),
        planned(&m),
    ));
    assert!(fr.contains("Plan d’interprétation"), "{fr}");
    assert!(fr.contains("cabine arabe"), "{fr}");
    assert!(!fr.contains("booth"), "{fr}");
    assert!(m.catalogs.sink().take(true).0.is_empty());
}

/// `plan` of a meeting without English speaks its document language
/// (it refused: "`en` is not a document or booth language of the event").
#[test]
fn plan_of_a_meeting_without_english_is_in_its_own_language() {
    let dir = tempfile::tempdir().unwrap();
    let event = r#"id = "bkk-early-2026"
date = "2026-01-15"
start = "06:30"
end = "08:00"
time_zone = "Asia/Bangkok"
format = "online"
platform = "Zoom"
access = "closed"
document_languages = ["fr"]
interpretation_languages = ["fr", "es"]
sections = ["agenda"]

[people.chair]
name = "Somchai Prasert"
honorific = "mr"
languages = ["es"]

[people.speaker]
name = "Claire Dumas"
honorific = "ms"
languages = ["fr"]

[[agenda]]
start = "06:30"
kind = "opening"
speakers = ["chair"]

[[agenda]]
start = "06:40"
kind = "session"
title = "agenda-s1"
moderator = "chair"
panellists = ["speaker"]

[[agenda]]
start = "07:40"
kind = "closing"
speakers = ["chair"]
"#;
    std::fs::write(dir.path().join("event.toml"), event).unwrap();
    std::fs::write(
        dir.path().join("fr.ftl"),
        "event-series = Réunion matinale\nevent-title = Point régional\nevent-short-title = Point\nevent-intro = Une courte réunion en ligne.\nagenda-s1 = Nouvelles des régions\nperson-chair = Président\nperson-speaker = Bureau régional, Dakar\n",
    )
    .unwrap();
    let o = common::tarjama(&["plan", dir.path().to_str().unwrap(), "--accept"]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        o.status.success(),
        "{text}\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(text.starts_with("Plan d’interprétation"), "{text}");
    assert!(
        text.contains("Somchai Prasert") || text.contains("espagnol"),
        "{text}"
    );
}

/// A booth booked with fewer interpreters than the day's shifts need says
/// so, instead of "2 teams per booth take turns by shift" above one team
/// on duty all day (Cairo: three booked in the Arabic booth, six needed).
/// A booth with work only after the break (Auckland's English booth) is
/// on duty from then, staffed as one team, and a team smaller than the
/// rules ask for reads "required ... booked", not "Team of 3" over two
/// names.
#[test]
fn schedules_say_what_a_short_booth_lacks() {
    let plan = |event: &str, lang: &str| {
        let o = common::tarjama(&["plan", event, "--accept", "--lang", lang]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8(o.stdout).unwrap()
    };
    let cairo = plan("tests/events/cairo-consultation-2026", "en");
    let ar_booth =
        &cairo[cairo.find("Arabic booth").unwrap()..cairo.find("English booth").unwrap()];
    assert!(
        ar_booth.contains("the rules ask for 2 teams per booth taking turns by shift, 6 interpreters in all; 3 are booked"),
        "{ar_booth}"
    );
    assert!(
        !ar_booth.contains("2 teams per booth take turns"),
        "{ar_booth}"
    );
    let cairo_ar = plan("tests/events/cairo-consultation-2026", "ar");
    assert!(cairo_ar.contains("يتناوب فريقان"), "{cairo_ar}");
    assert!(!cairo_ar.contains("٢ أفرقة"), "{cairo_ar}");

    let akl = plan("tests/events/auckland-online-2026", "en");
    let en_booth = &akl[akl.find("English booth").unwrap()..akl.find("French booth").unwrap()];
    assert!(
        en_booth.contains("Team of 3 interpreters required:") && en_booth.contains("Booked: 2."),
        "{en_booth}"
    );
    assert!(!en_booth.contains("The day is too long"), "{en_booth}");
    assert!(en_booth.contains("on duty 12:10–14:30"), "{en_booth}");
    assert!(
        akl.contains("the EN booth has 2 interpreters but needs 3"),
        "{akl}"
    );
}

/// A change-over inside a keynote (one speaker) or a film waits for a
/// pause, not for "the first change of speaker", which never comes; in a
/// panel it still waits for a change of speaker.
#[test]
fn handover_in_a_keynote_waits_for_a_pause() {
    let o = common::tarjama(&["plan", "tests/events/auckland-online-2026", "--accept"]);
    let text = String::from_utf8(o.stdout).unwrap();
    let fr = &text[text.find("French booth").unwrap()..text.find("Spanish booth").unwrap()];
    let keynote = &fr[fr.find("\n  10:25–").unwrap()..fr.find("\n  11:55–").unwrap()];
    assert_eq!(
        keynote.matches("hand over at a natural pause").count(),
        4,
        "{keynote}"
    );
    assert!(!keynote.contains("change of"), "{keynote}");
    assert!(fr.contains("hand over at the first change of"), "{fr}");
}

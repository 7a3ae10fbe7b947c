//! The example meeting of the brief, planned with placeholders: its terminal
//! table must read sensibly and its numbers match the rules.

use tarjama::plan::{plan, terminal_table, Input, Item, ItemKind, Rules};

fn hm(h: u32, m: u32) -> u32 {
    h * 60 + m
}

fn langs(xs: &[&str]) -> Vec<String> {
    xs.iter().map(|s| s.to_string()).collect()
}

pub fn example() -> Input {
    let all = ["ar", "en", "fr", "es"];
    let item = |index, s: u32, e: u32, kind, fl: &[&str]| Item {
        index,
        start: s,
        end: e,
        kind,
        floor_languages: langs(fl),
    };
    Input {
        date: jiff::civil::date(2023, 5, 24),
        time_zone: "Europe/Zurich".into(),
        start: hm(14, 30),
        end: hm(17, 30),
        remote: true,
        booths: langs(&all),
        items: vec![
            item(1, hm(14, 30), hm(14, 50), ItemKind::Opening, &["es", "en"]),
            item(
                2,
                hm(14, 50),
                hm(15, 30),
                ItemKind::Session,
                &["en", "es", "ar"],
            ),
            item(3, hm(15, 30), hm(15, 50), ItemKind::Qa, &all),
            item(4, hm(15, 50), hm(16, 0), ItemKind::Break, &[]),
            item(5, hm(16, 0), hm(16, 35), ItemKind::Session, &["en", "es"]),
            item(6, hm(16, 35), hm(16, 40), ItemKind::Qa, &all),
            item(7, hm(16, 40), hm(17, 5), ItemKind::Session, &all),
            item(8, hm(17, 5), hm(17, 20), ItemKind::Qa, &all),
            item(9, hm(17, 20), hm(17, 30), ItemKind::Closing, &["es", "en"]),
        ],
        interpreters: vec![],
        rules: Rules::default(),
    }
}

#[test]
fn example_meeting_reads_sensibly() {
    let input = example();
    let p = plan(&input).expect("the example has a relay route for everything");
    let table = terminal_table(&p, &input);
    println!("{table}");
    std::fs::write(
        std::env::temp_dir().join("tarjama-plan-example.txt"),
        &table,
    )
    .unwrap();
}

#[test]
fn example_teams_turns_and_relay() {
    use tarjama::plan::{Mode, RuleId};
    let input = example();
    let p = plan(&input).unwrap();
    let booth = |b: &str| p.booths.iter().find(|x| x.booth == b).unwrap();

    // Arabic works both ways and others take relay from its retour: booth of three.
    let ar = booth("ar");
    assert_eq!(ar.required, 3);
    assert!(ar
        .requirements
        .iter()
        .any(|q| q.rule == RuleId::RetourRelayTeam));
    assert_eq!(ar.turn_max, 20);
    assert_eq!(
        ar.team.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(),
        ["AR 1", "AR 2", "AR 3"]
    );
    for b in ["en", "fr", "es"] {
        assert_eq!(booth(b).required, 2, "{b}");
        assert_eq!(booth(b).turn_max, 30, "{b}");
    }

    // Item 2, Arabic on the floor: AR gives retour into English, EN is silent
    // (its channel carries the retour), FR and ES take relay from AR.
    let mode = |b: &str, item: usize, floor: &str| {
        booth(b)
            .modes_of(item)
            .unwrap()
            .floor
            .iter()
            .find(|(l, _)| l == floor)
            .unwrap()
            .1
            .clone()
    };
    assert_eq!(mode("ar", 2, "ar"), Mode::Retour { into: "en".into() });
    assert_eq!(
        mode("en", 2, "ar"),
        Mode::ServedByRetour { from: "ar".into() }
    );
    assert_eq!(
        mode("fr", 2, "ar"),
        Mode::Relay {
            from: "ar".into(),
            via: "en".into(),
            steps: 1
        }
    );
    assert_eq!(
        mode("es", 2, "ar"),
        Mode::Relay {
            from: "ar".into(),
            via: "en".into(),
            steps: 1
        }
    );
    // Spanish reaches the Arabic booth through English (its B), not French (its C).
    assert_eq!(
        mode("ar", 1, "es"),
        Mode::Relay {
            from: "en".into(),
            via: "en".into(),
            steps: 1
        }
    );
    // When English is spoken the English booth is off microphone.
    assert_eq!(mode("en", 1, "en"), Mode::Own);
    assert_eq!(mode("fr", 3, "fr"), Mode::Own);

    // The break is off microphone for everyone.
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
    let en = &booth("en").turns;
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
    assert!(p.findings.is_empty(), "{:?}", p.findings);
}

#[test]
fn example_csv() {
    let input = example();
    let p = plan(&input).unwrap();
    let csv = tarjama::render::csv::rota_csv(&p, &input);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "booth,interpreter,date,start,end,item,floor_language,mode,relay_from,gives_relay_to"
    );
    assert_eq!(lines.last(), Some(&""), "ends with CRLF");
    assert!(lines.contains(&"ar,AR 1,2023-05-24,14:30,14:50,1,es,relay,en,"));
    assert!(lines.contains(&"en,EN 1,2023-05-24,14:30,14:50,1,es,direct,,ar"));
    assert!(lines.contains(&"ar,AR 2,2023-05-24,14:50,15:10,2,ar,retour,,fr es"));
    assert!(lines
        .iter()
        .all(|l| l.is_empty() || l.split(',').count() == 10));
}

fn calendars() -> Vec<(String, String)> {
    let input = example();
    let p = plan(&input).unwrap();
    p.booths
        .iter()
        .flat_map(|b| &b.team)
        .map(|m| {
            let ics = tarjama::render::ics::interpreter_calendar_with(
                &p,
                &input,
                &m.name,
                "Gender, climate and migration: a talk, with questions",
                &Default::default(),
                tarjama::render::ics::default_dtstamp(&input),
            )
            .unwrap();
            (m.name.clone(), ics)
        })
        .collect()
}

#[test]
fn example_ics_is_well_formed_and_deterministic() {
    let cals = calendars();
    assert_eq!(cals, calendars(), "same input, same bytes");
    let (_, ar1) = &cals[0];
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
    assert!(ar1.contains("UID:20230524-ar-1-"));
    if std::env::var_os("SOURCE_DATE_EPOCH").is_none() {
        assert!(ar1.contains("DTSTAMP:20230524T000000Z"));
    }
    let unknown = tarjama::render::ics::interpreter_calendar(
        &plan(&example()).unwrap(),
        &example(),
        "Nobody",
        "x",
    );
    assert!(unknown.is_err());
}

/// A Python with `icalendar`: the inspection venv, else `python3`.
fn python_with_icalendar() -> Option<String> {
    let mut candidates = Vec::new();
    if let Some(home) = std::env::var_os("HOME") {
        candidates.push(format!(
            "{}/.cache/tarjama-inspect-venv/bin/python",
            home.to_string_lossy()
        ));
    }
    candidates.push("python3".to_string());
    for py in candidates {
        let ok = std::process::Command::new(&py)
            .args(["-c", "import icalendar"])
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false);
        if ok {
            return Some(py);
        }
    }
    if std::env::var("TARJAMA_SKIP_EXTERNAL").as_deref() == Ok("1") {
        eprintln!("skipping: no python with icalendar (TARJAMA_SKIP_EXTERNAL=1)");
        return None;
    }
    panic!(
        "no Python with the icalendar package: tried ~/.cache/tarjama-inspect-venv/bin/python \
         and python3. Install it (pip install icalendar) or set TARJAMA_SKIP_EXTERNAL=1"
    );
}

#[test]
fn example_ics_parses_in_python_icalendar() {
    let Some(py) = python_with_icalendar() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let input = example();
    let p = plan(&input).unwrap();
    for (name, ics) in calendars() {
        let path = dir.path().join(format!("{}.ics", name.replace(' ', "-")));
        std::fs::write(&path, &ics).unwrap();
        let booth = p
            .booths
            .iter()
            .find(|b| b.team.iter().any(|m| m.name == name))
            .unwrap();
        let turns: Vec<_> = booth
            .turns
            .iter()
            .filter(|t| t.interpreter == name)
            .collect();
        // Expected (start, end) in UTC: Zurich is UTC+2 in May.
        let expect: Vec<String> = std::iter::once((14 * 60, 14 * 60 + 30))
            .chain(turns.iter().map(|t| (t.start, t.end)))
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
    u = datetime.timezone.utc
    out.append(s.astimezone(u).strftime('%H:%M') + '-' + e.astimezone(u).strftime('%H:%M'))
    uids.add(str(ev['UID']))
assert len(uids) == len(out), 'UIDs unique'
print(' '.join(out))
"#;
        let o = std::process::Command::new(&py)
            .arg("-c")
            .arg(script)
            .arg(&path)
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "icalendar rejected {name}'s calendar:\n{}\n{ics}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&o.stdout).trim(),
            expect.join(" "),
            "{name}"
        );
    }
}

#[test]
#[ignore = "prints a calendar for eyeballing"]
fn print_ar1_calendar() {
    print!("{}", calendars()[0].1);
}

//! One example per professional rule the planner encodes: team sizes, solo work,
//! remote reinforcement, retour and relay routes, daily limits, validation.

use tarjama::plan::{
    plan, Input, Interpreter, Item, ItemKind, Mode, PlanError, RuleId, Rules, Severity,
};

fn langs(xs: &[&str]) -> Vec<String> {
    xs.iter().map(|s| s.to_string()).collect()
}

fn item(index: usize, start: u32, end: u32, floor: &[&str]) -> Item {
    Item {
        index,
        start,
        end,
        kind: ItemKind::Session,
        floor_languages: langs(floor),
    }
}

fn person(name: &str, booth: &str, b: &[&str], c: &[&str]) -> Interpreter {
    Interpreter {
        name: name.into(),
        booth: booth.into(),
        a: booth.into(),
        b: langs(b),
        c: langs(c),
    }
}

fn meeting(
    booths: &[&str],
    items: Vec<Item>,
    interpreters: Vec<Interpreter>,
    remote: bool,
) -> Input {
    Input {
        date: jiff::civil::date(2024, 3, 12),
        time_zone: "America/New_York".into(),
        start: items.first().map_or(540, |i| i.start),
        end: items.last().map_or(600, |i| i.end),
        remote,
        booths: langs(booths),
        items,
        interpreters,
        rules: Rules::default(),
    }
}

fn has(p: &tarjama::plan::Plan, sev: Severity, rule: RuleId, booth: &str) -> bool {
    p.findings
        .iter()
        .any(|f| f.severity == sev && f.rule == rule && f.booth.as_deref() == Some(booth))
}

fn mode(p: &tarjama::plan::Plan, booth: &str, item: usize, floor: &str) -> Mode {
    let b = p.booths.iter().find(|b| b.booth == booth).unwrap();
    b.modes_of(item)
        .unwrap()
        .floor
        .iter()
        .find(|(l, _)| l == floor)
        .unwrap()
        .1
        .clone()
}

#[test]
fn one_interpreter_for_45_minutes_is_an_error() {
    let input = meeting(
        &["en", "fr"],
        vec![item(1, 600, 645, &["fr"])],
        vec![person("Ann", "en", &[], &["fr"])],
        false,
    );
    let p = plan(&input).unwrap();
    assert!(
        has(&p, Severity::Error, RuleId::Solo, "en"),
        "{:#?}",
        p.findings
    );
    assert!(
        has(&p, Severity::Error, RuleId::TeamSize, "en"),
        "{:#?}",
        p.findings
    );
    let f = p.findings.iter().find(|f| f.rule == RuleId::Solo).unwrap();
    assert_eq!(f.time, Some((600, 645)));
    assert!(f.to_string().contains("45 minutes"), "{f}");
    assert!(f.source().contains("AIIC"));
    // The French booth is never on microphone (only French is spoken).
    assert!(p.booths[1].turns.is_empty());
}

#[test]
fn one_interpreter_for_35_minutes_is_allowed() {
    let input = meeting(
        &["en", "fr"],
        vec![item(1, 600, 635, &["fr"])],
        vec![person("Ann", "en", &[], &["fr"])],
        false,
    );
    let p = plan(&input).unwrap();
    assert_eq!(p.booths[0].required, 1);
    assert!(
        p.findings.iter().all(|f| f.booth.as_deref() != Some("en")),
        "{:#?}",
        p.findings
    );
}

#[test]
fn remote_three_and_a_half_hours_needs_reinforced_teams() {
    let items = vec![
        item(1, 540, 645, &["en", "fr"]),
        item(2, 645, 750, &["fr", "en"]),
    ];
    let p = plan(&meeting(&["en", "fr"], items.clone(), vec![], true)).unwrap();
    for b in &p.booths {
        assert_eq!(b.required, 3, "{}", b.booth);
        assert!(b
            .requirements
            .iter()
            .any(|q| q.rule == RuleId::RemoteReinforced));
        assert_eq!(b.team.len(), 3);
        assert_eq!(b.turn_max, 20);
        assert!(b.turns.iter().all(|t| t.minutes() <= 20));
    }
    // The same meeting in the room: two per booth are enough.
    let p = plan(&meeting(&["en", "fr"], items, vec![], false)).unwrap();
    assert!(p.booths.iter().all(|b| b.required == 2));
    // Listed teams of two for the remote meeting are too small.
    let items = vec![item(1, 540, 750, &["en", "fr"])];
    let people = vec![
        person("Ann", "en", &[], &["fr"]),
        person("Bob", "en", &[], &["fr"]),
        person("Cloé", "fr", &[], &["en"]),
        person("Dan", "fr", &[], &["en"]),
    ];
    let p = plan(&meeting(&["en", "fr"], items, people, true)).unwrap();
    assert!(
        has(&p, Severity::Error, RuleId::RemoteReinforced, "en"),
        "{:#?}",
        p.findings
    );
}

#[test]
fn arabic_speaker_without_retour_has_no_route() {
    let items = vec![item(1, 600, 660, &["en", "ar"])];
    let people = vec![
        person("Amal", "ar", &[], &["en", "fr"]),
        person("Badr", "ar", &[], &["en", "fr"]),
    ];
    let err = plan(&meeting(
        &["ar", "en", "fr", "es"],
        items.clone(),
        people,
        false,
    ))
    .unwrap_err();
    match &err {
        PlanError::NoRelayRoute { item, floor, .. } => {
            assert_eq!((*item, floor.as_str()), (1, "ar"))
        }
        e => panic!("{e}"),
    }
    assert!(err.to_string().contains("retour"), "{err}");

    // One of two gives retour: still no route, and the message says why.
    let people = vec![
        person("Amal", "ar", &["en"], &["fr"]),
        person("Badr", "ar", &[], &["en", "fr"]),
    ];
    let err = plan(&meeting(
        &["ar", "en", "fr", "es"],
        items.clone(),
        people,
        false,
    ))
    .unwrap_err();
    assert!(err.to_string().contains("only some"), "{err}");

    // An English-booth interpreter who understands Arabic opens a route: EN works
    // direct, FR and ES take relay from EN, AR stays off microphone.
    let people = vec![
        person("Amal", "ar", &[], &["en", "fr"]),
        person("Badr", "ar", &[], &["en", "fr"]),
        person("Emma", "en", &[], &["fr", "ar"]),
        person("Eric", "en", &[], &["fr", "ar", "es"]),
    ];
    let p = plan(&meeting(&["ar", "en", "fr", "es"], items, people, false)).unwrap();
    assert_eq!(mode(&p, "en", 1, "ar"), Mode::Direct);
    assert_eq!(
        mode(&p, "fr", 1, "ar"),
        Mode::Relay {
            from: "en".into(),
            via: "en".into(),
            steps: 1
        }
    );
    assert_eq!(mode(&p, "ar", 1, "ar"), Mode::Own);
}

#[test]
fn arabic_booth_with_retour_gives_relay_and_needs_three() {
    let items = vec![item(1, 600, 700, &["ar", "en"])];
    let people = vec![
        person("Amal", "ar", &["en"], &["fr"]),
        person("Badr", "ar", &["en"], &["fr"]),
    ];
    let p = plan(&meeting(&["ar", "en", "fr", "es"], items, people, false)).unwrap();
    assert_eq!(mode(&p, "ar", 1, "ar"), Mode::Retour { into: "en".into() });
    assert_eq!(
        mode(&p, "es", 1, "ar"),
        Mode::Relay {
            from: "ar".into(),
            via: "en".into(),
            steps: 1
        }
    );
    assert_eq!(p.booths[0].required, 3);
    assert!(
        has(&p, Severity::Error, RuleId::RetourRelayTeam, "ar"),
        "{:#?}",
        p.findings
    );
    // Relay given shows on the pivot's turns and taken on the others'.
    let t = &p.booths[0].turns[0];
    assert!(t.gives_relay_to().contains(&"fr".to_string()));
    assert!(p.booths[3].turns[0]
        .relay_from()
        .contains(&"ar".to_string()));
}

#[test]
fn spanish_reaches_arabic_through_english() {
    let items = vec![item(1, 600, 660, &["es"])];
    let p = plan(&meeting(&["ar", "en", "fr", "es"], items, vec![], false)).unwrap();
    // Both EN and FR work from Spanish; Arabic's B is English, so it listens to EN.
    assert_eq!(
        mode(&p, "ar", 1, "es"),
        Mode::Relay {
            from: "en".into(),
            via: "en".into(),
            steps: 1
        }
    );
    assert_eq!(mode(&p, "en", 1, "es"), Mode::Direct);
    assert_eq!(mode(&p, "es", 1, "es"), Mode::Own);
    // A pivot without retour giving relay still needs only two.
    assert!(p.booths[..3].iter().all(|b| b.required == 2));
    // Only Spanish is spoken: the ES booth never works, and the plan says so.
    assert_eq!(p.booths[3].required, 0);
    assert!(p.booths[3].team.is_empty());
    assert!(
        has(&p, Severity::Warning, RuleId::IdleBooth, "es"),
        "{:#?}",
        p.findings
    );
}

#[test]
fn no_route_is_an_error() {
    let items = vec![item(1, 600, 660, &["de"])];
    let err = plan(&meeting(&["en", "fr"], items, vec![], false)).unwrap_err();
    assert!(matches!(&err, PlanError::NoRelayRoute { floor, .. } if floor == "de"));
    assert!(err.to_string().contains("no DE booth"), "{err}");
    assert_eq!(err.id(), "plan-no-relay-route");
}

#[test]
fn two_step_relay_is_a_warning() {
    // Spanish from the floor: EN understands it, FR only English, AR only French.
    let items = vec![item(1, 600, 640, &["es", "en"])];
    let people = vec![
        person("E1", "en", &[], &["es"]),
        person("E2", "en", &[], &["es"]),
        person("F1", "fr", &[], &["en"]),
        person("F2", "fr", &[], &["en"]),
        person("A1", "ar", &[], &["fr"]),
        person("A2", "ar", &[], &["fr"]),
    ];
    let p = plan(&meeting(&["en", "fr", "ar"], items, people, false)).unwrap();
    assert_eq!(
        mode(&p, "fr", 1, "es"),
        Mode::Relay {
            from: "en".into(),
            via: "en".into(),
            steps: 1
        }
    );
    assert_eq!(
        mode(&p, "ar", 1, "es"),
        Mode::Relay {
            from: "fr".into(),
            via: "fr".into(),
            steps: 2
        }
    );
    assert!(
        has(&p, Severity::Warning, RuleId::TwoStepRelay, "ar"),
        "{:#?}",
        p.findings
    );
}

#[test]
fn a_language_only_some_members_know_means_relay_and_a_warning() {
    let items = vec![item(1, 600, 660, &["es"])];
    let people = vec![
        person("E1", "en", &[], &["fr", "es"]),
        person("E2", "en", &[], &["fr"]),
    ];
    let p = plan(&meeting(&["en", "fr", "es"], items, people, false)).unwrap();
    assert_eq!(
        mode(&p, "en", 1, "es"),
        Mode::Relay {
            from: "fr".into(),
            via: "fr".into(),
            steps: 1
        }
    );
    assert!(
        has(&p, Severity::Warning, RuleId::PartialLanguage, "en"),
        "{:#?}",
        p.findings
    );
}

#[test]
fn long_day_gets_a_second_team_of_placeholders() {
    // 08:00-20:00 without a pause: nobody may work it all.
    let items: Vec<Item> = (0..12)
        .map(|k| {
            item(
                k + 1,
                480 + 60 * k as u32,
                540 + 60 * k as u32,
                &["en", "fr"],
            )
        })
        .collect();
    let p = plan(&meeting(&["en", "fr"], items.clone(), vec![], false)).unwrap();
    assert!(p.teams_per_booth >= 2, "{:?}", p.shifts);
    assert!(
        p.findings.iter().all(|f| f.severity != Severity::Error),
        "{:#?}",
        p.findings
    );
    for b in &p.booths {
        assert_eq!(b.team.len(), 2 * p.teams_per_booth);
        for m in &b.team {
            let total: u32 = m.duty.iter().map(|d| d.1 - d.0).sum();
            assert!(total <= 420, "{} {:?}", m.name, m.duty);
        }
    }
    // The same day with two listed interpreters per booth breaks the limits.
    let people = vec![
        person("E1", "en", &[], &["fr"]),
        person("E2", "en", &[], &["fr"]),
        person("F1", "fr", &[], &["en"]),
        person("F2", "fr", &[], &["en"]),
    ];
    let p = plan(&meeting(&["en", "fr"], items, people, false)).unwrap();
    assert!(
        has(&p, Severity::Error, RuleId::DailyLimit, "en"),
        "{:#?}",
        p.findings
    );
    // The breach carries its figures as arguments, for translation.
    let f = p
        .findings
        .iter()
        .find(|f| f.rule == RuleId::DailyLimit)
        .unwrap();
    assert!(f.id.starts_with("plan-daily-limit-"), "{}", f.id);
    assert!(f.args.iter().any(|(k, _)| *k == "max"), "{:?}", f.args);
    assert!(
        has(&p, Severity::Error, RuleId::TeamSize, "en"),
        "{:#?}",
        p.findings
    );
}

#[test]
fn morning_and_afternoon_with_lunch_is_one_team() {
    let mut items = vec![item(1, 540, 780, &["en", "fr"])];
    items.push(Item {
        index: 2,
        start: 780,
        end: 870,
        kind: ItemKind::Break,
        floor_languages: vec![],
    });
    items.push(item(3, 870, 1050, &["fr", "en"]));
    let p = plan(&meeting(&["en", "fr"], items, vec![], false)).unwrap();
    assert_eq!(p.teams_per_booth, 1);
    assert_eq!(p.shifts, vec![(540, 780), (870, 1050)]);
    // In the room: arrive 30 minutes before the first session.
    assert!(p.booths[0].team.iter().all(|m| m.arrival == Some(510)));
    assert!(p
        .booths
        .iter()
        .all(|b| b.turns.iter().all(|t| t.end <= 780 || t.start >= 870)));
}

#[test]
fn turns_change_at_a_nearby_agenda_boundary() {
    // 60 minutes in a booth of two: two turns.
    let items = vec![item(1, 600, 625, &["fr"]), item(2, 625, 660, &["fr"])];
    let p = plan(&meeting(&["en", "fr"], items, vec![], false)).unwrap();
    let t: Vec<(u32, u32)> = p.booths[0].turns.iter().map(|t| (t.start, t.end)).collect();
    // 10:25 would leave 35 minutes, more than one turn: change at 10:30 instead.
    assert_eq!(t, vec![(600, 630), (630, 660)]);
    // 75 minutes in a booth of two: three turns, the first ending with item 1.
    let items = vec![item(1, 600, 625, &["fr"]), item(2, 625, 675, &["fr"])];
    let p = plan(&meeting(&["en", "fr"], items, vec![], false)).unwrap();
    let t: Vec<(u32, u32)> = p.booths[0].turns.iter().map(|t| (t.start, t.end)).collect();
    assert_eq!(t, vec![(600, 625), (625, 650), (650, 675)]);
}

#[test]
fn unknown_language_placeholder_is_flagged() {
    let items = vec![item(1, 600, 660, &["pt", "en"])];
    let p = plan(&meeting(&["en", "pt"], items, vec![], false)).unwrap();
    assert!(has(&p, Severity::Warning, RuleId::AssumedProfile, "pt"));
    assert_eq!(mode(&p, "pt", 1, "pt"), Mode::Retour { into: "en".into() });
}

#[test]
fn bad_input_is_rejected() {
    let m = |items, people| meeting(&["en", "fr"], items, people, false);
    let overlap = vec![item(1, 600, 660, &["en"]), item(2, 650, 700, &["en"])];
    assert_eq!(
        plan(&m(overlap, vec![])).unwrap_err(),
        PlanError::ItemsOverlap {
            first: 1,
            second: 2
        }
    );
    let twice = vec![
        person("Ann", "en", &[], &["fr"]),
        person("Ann", "fr", &[], &["en"]),
    ];
    assert_eq!(
        plan(&m(vec![item(1, 600, 660, &["en"])], twice)).unwrap_err(),
        PlanError::DuplicateInterpreter("Ann".into())
    );
    let stray = vec![person("Ann", "de", &[], &["fr"])];
    assert!(matches!(
        plan(&m(vec![item(1, 600, 660, &["en"])], stray)),
        Err(PlanError::UnknownBooth { .. })
    ));
    let mut outside = m(vec![item(1, 600, 660, &["en"])], vec![]);
    outside.end = 630;
    assert_eq!(
        plan(&outside).unwrap_err(),
        PlanError::ItemOutsideMeeting { item: 1 }
    );
}

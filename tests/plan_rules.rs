//! One example per professional rule the planner encodes: team sizes, solo work,
//! remote reinforcement, retour and relay routes, daily limits, validation.

use tarjama::event::ItemId;
use tarjama::lang::Lang::{self, *};
use tarjama::plan::{
    plan, Finding, Input, Interpreter, Item, Mode, NoRoute, Plan, PlanError, RuleId, Rules,
    Severity,
};

fn item(n: usize, start: u32, end: u32, floor: &[Lang]) -> Item {
    Item {
        id: Some(ItemId::new(n - 1)),
        start,
        end,
        pause: false,
        floor_languages: floor.to_vec(),
    }
}

fn person(name: &str, booth: Lang, b: &[Lang], c: &[Lang]) -> Interpreter {
    Interpreter {
        name: name.into(),
        booth,
        a: booth,
        b: b.to_vec(),
        c: c.to_vec(),
    }
}

fn meeting(
    booths: &[Lang],
    items: Vec<Item>,
    interpreters: Vec<Interpreter>,
    remote: bool,
) -> Input {
    Input {
        date: jiff::civil::date(2024, 3, 12),
        start: items.first().map_or(540, |i| i.start),
        end: items.last().map_or(600, |i| i.end),
        remote,
        booths: booths.to_vec(),
        items,
        interpreters,
        rules: Rules::default(),
    }
}

fn has(p: &Plan, sev: Severity, rule: RuleId, booth: Lang) -> bool {
    p.findings
        .iter()
        .any(|f| f.severity() == sev && f.rule() == rule && f.booth() == Some(booth))
}

fn mode(p: &Plan, booth: Lang, n: usize, floor: Lang) -> Mode {
    p.booth(booth)
        .unwrap()
        .modes_of(Some(ItemId::new(n - 1)))
        .unwrap()
        .floor
        .iter()
        .find(|(l, _)| *l == floor)
        .unwrap()
        .1
        .clone()
}

#[test]
fn one_interpreter_for_45_minutes_is_an_error() {
    let input = meeting(
        &[En, Fr],
        vec![item(1, 600, 645, &[Fr])],
        vec![person("Ann", En, &[], &[Fr])],
        false,
    );
    let p = plan(&input).unwrap();
    assert!(
        has(&p, Severity::Error, RuleId::Solo, En),
        "{:#?}",
        p.findings
    );
    assert!(
        has(&p, Severity::Error, RuleId::TeamSize, En),
        "{:#?}",
        p.findings
    );
    let f = p
        .findings
        .iter()
        .find(|f| f.rule() == RuleId::Solo)
        .unwrap();
    assert_eq!(f.time(), Some((600, 645)));
    assert!(
        matches!(
            f,
            Finding::SoloTooLong {
                minutes: 45,
                max: 40,
                ..
            }
        ),
        "{f:?}"
    );
    // The French booth is never on microphone (only French is spoken).
    assert!(p.booths[1].turns.is_empty());
}

#[test]
fn one_interpreter_for_35_minutes_is_allowed() {
    let input = meeting(
        &[En, Fr],
        vec![item(1, 600, 635, &[Fr])],
        vec![person("Ann", En, &[], &[Fr])],
        false,
    );
    let p = plan(&input).unwrap();
    assert_eq!(p.booths[0].required, 1);
    assert!(
        p.findings.iter().all(|f| f.booth() != Some(En)),
        "{:#?}",
        p.findings
    );
}

#[test]
fn remote_three_and_a_half_hours_needs_reinforced_teams() {
    let items = vec![item(1, 540, 645, &[En, Fr]), item(2, 645, 750, &[Fr, En])];
    let p = plan(&meeting(&[En, Fr], items.clone(), vec![], true)).unwrap();
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
    let p = plan(&meeting(&[En, Fr], items, vec![], false)).unwrap();
    assert!(p.booths.iter().all(|b| b.required == 2));
    // Listed teams of two for the remote meeting are too small.
    let items = vec![item(1, 540, 750, &[En, Fr])];
    let people = vec![
        person("Ann", En, &[], &[Fr]),
        person("Bob", En, &[], &[Fr]),
        person("Cloé", Fr, &[], &[En]),
        person("Dan", Fr, &[], &[En]),
    ];
    let p = plan(&meeting(&[En, Fr], items, people, true)).unwrap();
    assert!(
        has(&p, Severity::Error, RuleId::RemoteReinforced, En),
        "{:#?}",
        p.findings
    );
}

#[test]
fn arabic_speaker_without_retour_has_no_route() {
    let items = vec![item(1, 600, 660, &[En, Ar])];
    let people = vec![
        person("Amal", Ar, &[], &[En, Fr]),
        person("Badr", Ar, &[], &[En, Fr]),
    ];
    let err = plan(&meeting(&[Ar, En, Fr, Es], items.clone(), people, false)).unwrap_err();
    match &err {
        PlanError::NoRelayRoute {
            item, floor, why, ..
        } => {
            assert_eq!((*item, *floor), (Some(ItemId::new(0)), Ar));
            assert_eq!(*why, NoRoute::NoRetour);
        }
        e => panic!("{e:?}"),
    }

    // One of two gives retour: still no route, and the message says why.
    let people = vec![
        person("Amal", Ar, &[En], &[Fr]),
        person("Badr", Ar, &[], &[En, Fr]),
    ];
    let err = plan(&meeting(&[Ar, En, Fr, Es], items.clone(), people, false)).unwrap_err();
    assert!(
        matches!(
            err,
            PlanError::NoRelayRoute {
                why: NoRoute::PartialRetour,
                ..
            }
        ),
        "{err:?}"
    );

    // An English-booth interpreter who understands Arabic opens a route: EN works
    // direct, FR and ES take relay from EN, AR stays off microphone.
    let people = vec![
        person("Amal", Ar, &[], &[En, Fr]),
        person("Badr", Ar, &[], &[En, Fr]),
        person("Emma", En, &[], &[Fr, Ar]),
        person("Eric", En, &[], &[Fr, Ar, Es]),
    ];
    let p = plan(&meeting(&[Ar, En, Fr, Es], items, people, false)).unwrap();
    assert_eq!(mode(&p, En, 1, Ar), Mode::Direct);
    assert_eq!(
        mode(&p, Fr, 1, Ar),
        Mode::Relay {
            from: En,
            via: En,
            steps: 1
        }
    );
    assert_eq!(mode(&p, Ar, 1, Ar), Mode::Own);
}

#[test]
fn arabic_booth_with_retour_gives_relay_and_needs_three() {
    let items = vec![item(1, 600, 700, &[Ar, En])];
    let people = vec![
        person("Amal", Ar, &[En], &[Fr]),
        person("Badr", Ar, &[En], &[Fr]),
    ];
    let p = plan(&meeting(&[Ar, En, Fr, Es], items, people, false)).unwrap();
    assert_eq!(mode(&p, Ar, 1, Ar), Mode::Retour { into: En });
    assert_eq!(
        mode(&p, Es, 1, Ar),
        Mode::Relay {
            from: Ar,
            via: En,
            steps: 1
        }
    );
    assert_eq!(p.booths[0].required, 3);
    assert!(
        has(&p, Severity::Error, RuleId::RetourRelayTeam, Ar),
        "{:#?}",
        p.findings
    );
    // Relay given shows on the pivot's turns and taken on the others'.
    let t = &p.booths[0].turns[0];
    assert!(t.parts[0].gives_relay_to.iter().any(|r| r.booth == Fr));
    assert!(p.booths[3].turns[0].parts[0]
        .relay_from
        .iter()
        .any(|r| r.booth == Ar && r.via == En));
}

#[test]
fn spanish_reaches_arabic_through_english() {
    let items = vec![item(1, 600, 660, &[Es])];
    let p = plan(&meeting(&[Ar, En, Fr, Es], items, vec![], false)).unwrap();
    // Both EN and FR work from Spanish; Arabic's B is English, so it listens to EN.
    assert_eq!(
        mode(&p, Ar, 1, Es),
        Mode::Relay {
            from: En,
            via: En,
            steps: 1
        }
    );
    assert_eq!(mode(&p, En, 1, Es), Mode::Direct);
    assert_eq!(mode(&p, Es, 1, Es), Mode::Own);
    // A pivot without retour giving relay still needs only two.
    assert!(p.booths[..3].iter().all(|b| b.required == 2));
    // Only Spanish is spoken: the ES booth never works, and the plan says so.
    assert_eq!(p.booths[3].required, 0);
    assert!(p.booths[3].team.is_empty());
    assert!(
        has(&p, Severity::Warning, RuleId::IdleBooth, Es),
        "{:#?}",
        p.findings
    );
}

#[test]
fn no_route_is_an_error() {
    let items = vec![item(1, 600, 660, &[Ru])];
    let err = plan(&meeting(&[En, Fr], items, vec![], false)).unwrap_err();
    assert!(
        matches!(
            err,
            PlanError::NoRelayRoute {
                floor: Ru,
                why: NoRoute::NoBoothNoOne,
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn two_step_relay_is_a_warning() {
    // Spanish from the floor: EN understands it, FR only English, AR only French.
    let items = vec![item(1, 600, 640, &[Es, En])];
    let people = vec![
        person("E1", En, &[], &[Es]),
        person("E2", En, &[], &[Es]),
        person("F1", Fr, &[], &[En]),
        person("F2", Fr, &[], &[En]),
        person("A1", Ar, &[], &[Fr]),
        person("A2", Ar, &[], &[Fr]),
    ];
    let p = plan(&meeting(&[En, Fr, Ar], items, people, false)).unwrap();
    assert_eq!(
        mode(&p, Fr, 1, Es),
        Mode::Relay {
            from: En,
            via: En,
            steps: 1
        }
    );
    assert_eq!(
        mode(&p, Ar, 1, Es),
        Mode::Relay {
            from: Fr,
            via: Fr,
            steps: 2
        }
    );
    assert!(
        has(&p, Severity::Warning, RuleId::TwoStepRelay, Ar),
        "{:#?}",
        p.findings
    );
}

#[test]
fn a_language_only_some_members_know_means_relay_and_a_warning() {
    let items = vec![item(1, 600, 660, &[Es])];
    let people = vec![
        person("E1", En, &[], &[Fr, Es]),
        person("E2", En, &[], &[Fr]),
    ];
    let p = plan(&meeting(&[En, Fr, Es], items, people, false)).unwrap();
    assert_eq!(
        mode(&p, En, 1, Es),
        Mode::Relay {
            from: Fr,
            via: Fr,
            steps: 1
        }
    );
    assert!(
        has(&p, Severity::Warning, RuleId::PartialLanguage, En),
        "{:#?}",
        p.findings
    );
}

#[test]
fn long_day_gets_a_second_team_of_placeholders() {
    // 08:00-20:00 without a pause: nobody may work it all.
    let items: Vec<Item> = (0..12)
        .map(|k| item(k + 1, 480 + 60 * k as u32, 540 + 60 * k as u32, &[En, Fr]))
        .collect();
    let p = plan(&meeting(&[En, Fr], items.clone(), vec![], false)).unwrap();
    assert!(p.teams_per_booth >= 2, "{:?}", p.shifts);
    assert!(
        p.findings.iter().all(|f| f.severity() != Severity::Error),
        "{:#?}",
        p.findings
    );
    for b in &p.booths {
        assert_eq!(b.team.len(), 2 * p.teams_per_booth);
        for m in &b.team {
            let total: u32 = m.duty.iter().map(|d| d.1 - d.0).sum();
            assert!(total <= 420, "{:?} {:?}", m.who, m.duty);
        }
    }
    // The same day with two listed interpreters per booth breaks the limits.
    let people = vec![
        person("E1", En, &[], &[Fr]),
        person("E2", En, &[], &[Fr]),
        person("F1", Fr, &[], &[En]),
        person("F2", Fr, &[], &[En]),
    ];
    let p = plan(&meeting(&[En, Fr], items, people, false)).unwrap();
    assert!(
        has(&p, Severity::Error, RuleId::DailyLimit, En),
        "{:#?}",
        p.findings
    );
    // The breach carries its figures as arguments, for translation.
    let f = p
        .findings
        .iter()
        .find(|f| f.rule() == RuleId::DailyLimit)
        .unwrap();
    assert!(matches!(f, Finding::DailyLimit { .. }), "{f:?}");
    assert!(
        has(&p, Severity::Error, RuleId::TeamSize, En),
        "{:#?}",
        p.findings
    );
}

/// A session a little over the 240-minute limit is cut into two shifts of
/// about equal length, at the break near the middle: it was cut at the last
/// boundary before 240 minutes, leaving the second team 30 minutes, two of
/// its three with no turn at all.
#[test]
fn a_long_session_is_cut_in_halves_at_a_break() {
    // 10:00-14:30, remote: a break 11:55-12:10 and items either side.
    let mut items = vec![
        item(1, 600, 625, &[En, Fr]),
        item(2, 625, 715, &[En, Fr]),
        item(3, 730, 790, &[En, Fr]),
        item(4, 790, 840, &[En, Fr]),
        item(5, 840, 870, &[En, Fr]),
    ];
    items.insert(
        2,
        Item {
            id: Some(ItemId::new(5)),
            start: 715,
            end: 730,
            pause: true,
            floor_languages: vec![],
        },
    );
    let p = plan(&meeting(&[En, Fr], items, vec![], true)).unwrap();
    assert_eq!(p.shifts, vec![(600, 730), (730, 870)], "{:?}", p.shifts);
    for b in &p.booths {
        for (k, m) in b.team.iter().enumerate() {
            let turns = b.turns.iter().filter(|t| t.member.0 == k).count();
            assert!(turns >= 1, "{:?} has no turn: {:?}", m.who, b.turns);
        }
    }
}

#[test]
fn morning_and_afternoon_with_lunch_is_one_team() {
    let mut items = vec![item(1, 540, 780, &[En, Fr])];
    items.push(Item {
        id: Some(ItemId::new(1)),
        start: 780,
        end: 870,
        pause: true,
        floor_languages: vec![],
    });
    items.push(item(3, 870, 1050, &[Fr, En]));
    let p = plan(&meeting(&[En, Fr], items, vec![], false)).unwrap();
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
    let items = vec![item(1, 600, 625, &[Fr]), item(2, 625, 660, &[Fr])];
    let p = plan(&meeting(&[En, Fr], items, vec![], false)).unwrap();
    let t: Vec<(u32, u32)> = p.booths[0].turns.iter().map(|t| (t.start, t.end)).collect();
    // 10:25 would leave 35 minutes, more than one turn: change at 10:30 instead.
    assert_eq!(t, vec![(600, 630), (630, 660)]);
    // 75 minutes in a booth of two: three turns, the first ending with item 1.
    let items = vec![item(1, 600, 625, &[Fr]), item(2, 625, 675, &[Fr])];
    let p = plan(&meeting(&[En, Fr], items, vec![], false)).unwrap();
    let t: Vec<(u32, u32)> = p.booths[0].turns.iter().map(|t| (t.start, t.end)).collect();
    assert_eq!(t, vec![(600, 625), (625, 650), (650, 675)]);
}

#[test]
fn bad_input_is_rejected() {
    let m = |items, people| meeting(&[En, Fr], items, people, false);
    let overlap = vec![item(1, 600, 660, &[En]), item(2, 650, 700, &[En])];
    assert_eq!(
        plan(&m(overlap, vec![])).unwrap_err(),
        PlanError::ItemsOverlap {
            first: Some(ItemId::new(0)),
            second: Some(ItemId::new(1))
        }
    );
    let twice = vec![person("Ann", En, &[], &[Fr]), person("Ann", Fr, &[], &[En])];
    assert_eq!(
        plan(&m(vec![item(1, 600, 660, &[En])], twice)).unwrap_err(),
        PlanError::DuplicateInterpreter("Ann".into())
    );
    let stray = vec![person("Ann", Ru, &[], &[Fr])];
    assert!(matches!(
        plan(&m(vec![item(1, 600, 660, &[En])], stray)),
        Err(PlanError::UnknownBooth { .. })
    ));
    let mut outside = m(vec![item(1, 600, 660, &[En])], vec![]);
    outside.end = 630;
    assert_eq!(
        plan(&outside).unwrap_err(),
        PlanError::ItemOutsideMeeting {
            item: Some(ItemId::new(0))
        }
    );
}

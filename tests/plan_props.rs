//! Property tests of the planner on random agendas: coverage, turn limits, one place
//! at a time, relay only from a live booth, daily limits, and well-formed outputs.

use proptest::prelude::*;
use std::collections::BTreeMap;
use tarjama::doc::Model;
use tarjama::event::ItemId;
use tarjama::lang::Lang;
use tarjama::plan::{plan, Input, Item, MemberId, Plan, Rules, Severity};

const OTHER_BOOTHS: [Lang; 5] = [Lang::Ar, Lang::Fr, Lang::Es, Lang::Zh, Lang::Ru];

#[derive(Debug, Clone)]
struct Spec {
    start: u32,
    remote: bool,
    booth_mask: u8,
    // (gap before, duration, is break, floor-language mask)
    items: Vec<(u32, u32, bool, u8)>,
}

fn spec() -> impl Strategy<Value = Spec> {
    (
        6 * 60..10 * 60u32,
        any::<bool>(),
        0u8..32,
        prop::collection::vec(
            (
                prop_oneof![3 => Just(0u32), 1 => 1..90u32],
                1..150u32,
                prop::bool::weighted(0.15),
                1u8..64,
            ),
            1..14,
        ),
    )
        .prop_map(|(start, remote, booth_mask, items)| Spec {
            start,
            remote,
            booth_mask,
            items,
        })
}

/// English is always a booth, so with the placeholder defaults every floor
/// language has a route; the others come and go.
fn input_of(s: &Spec) -> Input {
    let mut booths = vec![Lang::En];
    for (k, b) in OTHER_BOOTHS.iter().enumerate() {
        if s.booth_mask & (1 << k) != 0 {
            booths.push(*b);
        }
    }
    let mut items = Vec::new();
    let mut t = s.start;
    for (k, &(gap, dur, brk, mask)) in s.items.iter().enumerate() {
        let (a, b) = (t + gap, t + gap + dur);
        if b > 23 * 60 + 59 {
            break;
        }
        let mut floor: Vec<Lang> = booths
            .iter()
            .enumerate()
            .filter(|(j, _)| mask & (1 << j) != 0)
            .map(|(_, b)| *b)
            .collect();
        if floor.is_empty() {
            floor.push(booths[mask as usize % booths.len()]);
        }
        items.push(Item {
            id: Some(ItemId::new(k)),
            start: a,
            end: b,
            pause: brk,
            floor_languages: if brk { vec![] } else { floor },
        });
        t = b;
    }
    Input {
        date: jiff::civil::date(2023, 10, 29), // a DST change in Europe, for the calendars
        start: s.start,
        end: t.max(s.start + 1),
        remote: s.remote,
        booths,
        items,
        interpreters: vec![],
        rules: Rules::default(),
    }
}

fn live(p: &Plan, booth: usize, item: Option<ItemId>) -> bool {
    p.booths[booth].modes_of(item).is_some_and(|m| m.live())
}

fn check(input: &Input, p: &Plan) -> Result<(), TestCaseError> {
    let r = &input.rules;
    // Placeholders are sized by the rules, so the plan breaks none.
    let errors: Vec<_> = p
        .findings
        .iter()
        .filter(|f| f.severity() == Severity::Error)
        .collect();
    prop_assert!(errors.is_empty(), "{:#?}", errors);

    let mut by_person: BTreeMap<(Lang, MemberId), Vec<(u32, u32)>> = BTreeMap::new();
    for (bi, b) in p.booths.iter().enumerate() {
        // Every minute of a live item: exactly one interpreter; other minutes: none.
        for minute in input.start..input.end {
            let on: Vec<_> = b
                .turns
                .iter()
                .filter(|t| t.start <= minute && minute < t.end)
                .collect();
            let item = input
                .items
                .iter()
                .find(|i| i.start <= minute && minute < i.end);
            let should = item.is_some_and(|i| !i.pause && live(p, bi, i.id));
            prop_assert_eq!(
                on.len(),
                usize::from(should),
                "booth {} minute {}",
                b.booth,
                minute
            );
        }
        for (k, t) in b.turns.iter().enumerate() {
            prop_assert!(t.start < t.end);
            // The turn limit; teams of one (short meetings only) are bound by the solo limit.
            let limit = if b.required == 1 {
                r.solo_max
            } else {
                b.turn_max
            };
            prop_assert!(
                t.minutes() <= limit,
                "{} turn {:?} over {}",
                b.booth,
                (t.start, t.end),
                limit
            );
            if k > 0 && b.required > 1 {
                let prev = &b.turns[k - 1];
                prop_assert!(
                    !(prev.end == t.start && prev.member == t.member),
                    "no back-to-back turns"
                );
            }
            // Parts tile the turn.
            prop_assert_eq!(t.parts.first().map(|x| x.start), Some(t.start));
            prop_assert_eq!(t.parts.last().map(|x| x.end), Some(t.end));
            // Relay only from a booth that is on microphone for the whole part.
            for part in &t.parts {
                for rel in &part.relay_from {
                    let pivot = p.booths.iter().find(|x| x.booth == rel.booth).unwrap();
                    for minute in part.start..part.end {
                        prop_assert!(
                            pivot
                                .turns
                                .iter()
                                .any(|pt| pt.start <= minute && minute < pt.end),
                            "{} takes relay from {} at {} but it is off microphone",
                            b.booth,
                            rel.booth,
                            minute
                        );
                    }
                }
            }
            by_person
                .entry((b.booth, t.member))
                .or_default()
                .push((t.start, t.end));
            // The interpreter on microphone is on duty then.
            let m = b.member(t.member).unwrap();
            prop_assert!(
                m.duty.iter().any(|d| d.0 <= t.start && t.end <= d.1),
                "{:?} off duty",
                m.who
            );
        }
        // Daily limits: sessions (pauses under session_gap count as work).
        for m in &b.team {
            let mut sessions: Vec<(u32, u32)> = Vec::new();
            for &(s, e) in &m.duty {
                match sessions.last_mut() {
                    Some(l) if s - l.1 < r.session_gap => l.1 = e,
                    _ => sessions.push((s, e)),
                }
            }
            prop_assert!(
                sessions.len() <= r.sessions_per_day,
                "{:?} {:?}",
                m.who,
                m.duty
            );
            prop_assert!(
                sessions.iter().all(|s| s.1 - s.0 <= r.session_max),
                "{:?} {:?}",
                m.who,
                m.duty
            );
            prop_assert!(
                sessions.iter().map(|s| s.1 - s.0).sum::<u32>() <= r.day_max,
                "{:?} {:?}",
                m.who,
                m.duty
            );
        }
        // Microphone time is shared out in a one-team day: a pair alternates
        // through a stretch, so with an odd number of turns one of them is a
        // turn ahead, and snapping to agenda boundaries makes turns uneven;
        // never more than two turns' worth apart.
        if p.teams_per_booth == 1 && b.team.len() > 1 {
            let mins: Vec<u32> = b.team.iter().map(|m| m.mic_minutes).collect();
            let spread = mins.iter().max().unwrap() - mins.iter().min().unwrap();
            prop_assert!(
                spread <= 2 * b.turn_max,
                "{} unbalanced {:?}",
                b.booth,
                mins
            );
        }
        prop_assert!(b.team.len() >= b.required * b.teams);
        prop_assert!(b.teams <= p.teams_per_booth);
    }
    // Nobody in two places at once (names are unique across booths, and no
    // one's turns overlap).
    for (name, mut spans) in by_person {
        spans.sort();
        for w in spans.windows(2) {
            prop_assert!(w[0].1 <= w[1].0, "{:?} in two places: {:?}", name, w);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn planner_invariants(s in spec()) {
        let input = input_of(&s);
        let p = plan(&input).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        check(&input, &p)?;
    }

}

proptest! {
    // The whole pipeline per case is slower: fewer cases.
    #![proptest_config(ProptestConfig { cases: 60, ..ProptestConfig::default() })]

    #[test]
    fn outputs_are_well_formed(s in spec()) {
        let input = input_of(&s);
        let p = plan(&input).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        // The same meeting as an event file, through the whole pipeline.
        let file = std::path::Path::new("examples/gcm-talk-2023/event.toml");
        let event = tarjama::event::parse(file, event_toml(&input))
            .map_err(|d| TestCaseError::fail(format!("{d}")))?;
        let m = tarjama::pipeline::meeting(event, None)
            .map_err(|d| TestCaseError::fail(format!("{d}")))?;
        prop_assert_eq!(&m.planned.as_ref().unwrap().plan, &p);
        let res = tarjama::render::Resources::default();
        let mut calendars = 0;
        for o in tarjama::pipeline::compose(&m) {
            match &o.model {
                Model::Calendar(c) => {
                    calendars += 1;
                    let ics = tarjama::render::ics::to_ics(c).map_err(|e| TestCaseError::fail(e.message))?;
                    prop_assert!(ics.ends_with("END:VCALENDAR\r\n"));
                    prop_assert!(ics.split("\r\n").all(|l| l.len() <= 75 && !l.contains('\n')));
                    prop_assert_eq!(ics.matches("BEGIN:VEVENT").count(), c.events.len());
                    prop_assert!(c.events.iter().all(|e| e.start < e.end));
                }
                Model::Sheet(sh) => {
                    let csv = tarjama::render::csv::to_csv(sh);
                    prop_assert!(csv.ends_with("\r\n"));
                }
                Model::Document(_) => {
                    use tarjama::render::Renderer;
                    tarjama::render::docx::Docx.render(&o.model, &res).map_err(|e| TestCaseError::fail(e.message))?;
                }
            }
        }
        let members: usize = p.booths.iter().map(|b| b.team.len()).sum();
        prop_assert_eq!(calendars, members);
    }
}

/// `input` written as an event file (English documents, the example's texts).
fn event_toml(input: &Input) -> String {
    let hm = |m: u32| format!("\"{:02}:{:02}\"", m / 60, m % 60);
    let langs = |v: &[Lang]| {
        v.iter()
            .map(|l| format!("\"{l}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut s = format!(
        "id = \"prop\"\ndate = \"{}\"\nstart = {}\nend = {}\ntime_zone = \"Europe/Zurich\"\n\
         format = \"{}\"\naccess = \"closed\"\ndocument_languages = [\"en\"]\n\
         interpretation_languages = [{}]\nsections = [\"agenda\"]\n",
        input.date,
        hm(input.start),
        hm(input.end),
        if input.remote { "online" } else { "in-person" },
        langs(&input.booths)
    );
    for it in &input.items {
        s += &format!(
            "\n[[agenda]]\nstart = {}\nend = {}\n",
            hm(it.start),
            hm(it.end)
        );
        if it.pause {
            s += "kind = \"break\"\n";
        } else {
            s += &format!(
                "kind = \"qa\"\nfloor_languages = [{}]\n",
                langs(&it.floor_languages)
            );
        }
    }
    s
}

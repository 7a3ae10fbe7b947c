//! Turns: cutting a booth's microphone time into turns, changing over at agenda
//! boundaries where one is near, and sharing the turns out evenly across the team.

use super::teams::{DayShape, Staffing};
use super::{
    finding, BoothPlan, Finding, Input, Item, ItemKind, ItemModes, Mode, Relay, RuleId, Severity,
    Turn, TurnPart,
};

#[allow(clippy::too_many_arguments)]
pub(crate) fn make_turns(
    input: &Input,
    items: &[Item],
    modes: &[Vec<ItemModes>],
    bi: usize,
    day: &DayShape,
    staffing: &mut Staffing,
    turn_max: u32,
) -> Vec<Turn> {
    let r = &input.rules;
    let live = super::relay::live_items(items, &modes[bi]);
    let bounds: Vec<u32> = items.iter().flat_map(|i| [i.start, i.end]).collect();
    let mut turns: Vec<Turn> = Vec::new();
    // Per member: minutes at the microphone and end of their last turn.
    let mut last_end: Vec<Option<u32>> = vec![None; staffing.members.len()];

    for (si, &(s, e)) in day.shifts.iter().enumerate() {
        let team = staffing.per_shift[si].clone();
        if team.is_empty() {
            continue;
        }
        // A lone interpreter cannot be relieved, so their turns are not cut.
        let max = if team.len() == 1 { u32::MAX } else { turn_max };
        for (a, b) in stretches(items, &live, s, e) {
            let wins = windows(a, b, max, &bounds, r.boundary_snap, r.min_turn);
            let prev = turns
                .last()
                .filter(|t| t.end == a)
                .map(|t| t.interpreter.clone());
            let is_prev = |m: usize| Some(&staffing.members[m].name) == prev.as_ref();
            // A pair must alternate through the stretch, so the only choice is
            // who starts: pick the one that leaves the pair's minutes closest.
            let pair_order: Option<[usize; 2]> = (team.len() == 2).then(|| {
                let mic = |m: usize| staffing.members[m].mic_minutes;
                let (odd, even): (u32, u32) =
                    wins.iter().enumerate().fold((0, 0), |acc, (k, w)| {
                        if k % 2 == 0 {
                            (acc.0 + w.1 - w.0, acc.1)
                        } else {
                            (acc.0, acc.1 + w.1 - w.0)
                        }
                    });
                let [x, y] = [team[0], team[1]];
                [[x, y], [y, x]]
                    .into_iter()
                    .filter(|o| !is_prev(o[0]))
                    .min_by_key(|o| {
                        (
                            (mic(o[0]) + odd).abs_diff(mic(o[1]) + even),
                            mic(o[0]),
                            o[0],
                        )
                    })
                    .unwrap_or([x, y])
            });
            for (k, &(ws, we)) in wins.iter().enumerate() {
                let prev = turns
                    .last()
                    .filter(|t| t.end == ws)
                    .map(|t| t.interpreter.clone());
                let who = match pair_order {
                    Some(order) => order[k % 2],
                    // Least microphone time first; among equals, whoever has rested longest.
                    None => team
                        .iter()
                        .copied()
                        .filter(|&m| {
                            team.len() == 1 || Some(&staffing.members[m].name) != prev.as_ref()
                        })
                        .min_by_key(|&m| (staffing.members[m].mic_minutes, last_end[m], m))
                        .expect("team is not empty"),
                };
                staffing.members[who].mic_minutes += we - ws;
                last_end[who] = Some(we);
                let name = staffing.members[who].name.clone();
                match turns.last_mut() {
                    Some(t) if t.end == ws && t.interpreter == name => t.end = we,
                    _ => turns.push(Turn {
                        start: ws,
                        end: we,
                        interpreter: name,
                        parts: Vec::new(),
                    }),
                }
            }
        }
    }
    for t in &mut turns {
        t.parts = parts(t.start, t.end, &input.booths, items, modes, bi);
    }
    turns
}

/// Maximal stretches of continuous microphone time within a shift.
fn stretches(items: &[Item], live: &[bool], s: u32, e: u32) -> Vec<(u32, u32)> {
    let mut out: Vec<(u32, u32)> = Vec::new();
    for (it, &l) in items.iter().zip(live) {
        let (a, b) = (it.start.max(s), it.end.min(e));
        if !l || a >= b {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.1 == a => last.1 = b,
            _ => out.push((a, b)),
        }
    }
    out
}

/// Cut one stretch into turns of at most `max` minutes, of about equal length,
/// moving each change-over to an agenda boundary within `snap` minutes.
fn windows(s: u32, e: u32, max: u32, bounds: &[u32], snap: u32, min_turn: u32) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    let mut cur = s;
    while e - cur > max {
        let remaining = e - cur;
        let n = remaining.div_ceil(max);
        let ideal = cur + remaining / n;
        // Keep both this turn and the rest worth a change-over.
        let lo = cur + min_turn.min(max);
        let hi = (cur + max).min(e.saturating_sub(min_turn.min(max)));
        let snapped = bounds
            .iter()
            .copied()
            // ... unless that would need an extra turn for the rest.
            .filter(|&b| b.abs_diff(ideal) <= snap && b >= lo && b <= hi && e - b <= (n - 1) * max)
            .min_by_key(|&b| (b.abs_diff(ideal), b));
        // No rounding to a "nice" clock time: in a pair the same person gets
        // every other turn, so rounding errors pile up on one side.
        let cut = snapped.unwrap_or(ideal).clamp(cur + 1, cur + max);
        out.push((cur, cut));
        cur = cut;
    }
    out.push((cur, e));
    out
}

/// A turn cut at agenda item boundaries, with the relay taken and given in each part.
fn parts(
    s: u32,
    e: u32,
    booths: &[String],
    items: &[Item],
    modes: &[Vec<ItemModes>],
    bi: usize,
) -> Vec<TurnPart> {
    let booth = &booths[bi];
    items
        .iter()
        .filter(|it| it.kind != ItemKind::Break && it.start < e && it.end > s)
        .map(|it| {
            let of = |b: usize| modes[b].iter().find(|m| m.item == it.index);
            let relay_from = of(bi)
                .map(|m| {
                    m.floor
                        .iter()
                        .filter_map(|(fl, md)| match md {
                            Mode::Relay { from, .. } => Some(Relay {
                                floor: fl.clone(),
                                booth: from.clone(),
                            }),
                            _ => None,
                        })
                        .collect()
                })
                .unwrap_or_default();
            let gives_relay_to = (0..modes.len())
                .filter(|&bj| bj != bi)
                .filter_map(|bj| of(bj).map(|m| (bj, m)))
                .flat_map(|(bj, m)| {
                    m.floor.iter().filter_map(move |(fl, md)| match md {
                        Mode::Relay { from, .. } if from == booth => Some(Relay {
                            floor: fl.clone(),
                            booth: booths[bj].clone(),
                        }),
                        _ => None,
                    })
                })
                .collect();
            TurnPart {
                start: it.start.max(s),
                end: it.end.min(e),
                item: it.index,
                relay_from,
                gives_relay_to,
            }
        })
        .collect()
}

/// Errors for anyone at the microphone alone for longer than the rules allow.
pub(crate) fn check_solo(input: &Input, booth: &BoothPlan, findings: &mut Vec<Finding>) {
    let max = input.rules.solo_max;
    let mut i = 0;
    while i < booth.turns.len() {
        let t = &booth.turns[i];
        let (mut end, mut j) = (t.end, i + 1);
        while j < booth.turns.len()
            && booth.turns[j].start == end
            && booth.turns[j].interpreter == t.interpreter
        {
            end = booth.turns[j].end;
            j += 1;
        }
        if end - t.start > max {
            findings.push(finding(
                Severity::Error,
                Some(&booth.booth),
                Some((t.start, end)),
                RuleId::Solo,
                "plan-solo-too-long",
                vec![
                    ("interpreter", t.interpreter.clone()),
                    ("minutes", (end - t.start).to_string()),
                    ("max", max.to_string()),
                ],
                format!(
                    "{} would be alone at the microphone for {} minutes (at most {max})",
                    t.interpreter,
                    end - t.start
                ),
            ));
        }
        i = j;
    }
}

//! Turns: cutting a booth's microphone time into turns, changing over at agenda
//! boundaries where one is near, and sharing the turns out evenly across the team.

use super::teams::{DayShape, Staffing};
use super::{
    Booth, BoothPlan, Finding, Input, Item, ItemModes, MemberId, Mode, Relay, Turn, TurnPart,
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
            let prev = turns.last().filter(|t| t.end == a).map(|t| t.member.0);
            let is_prev = |m: usize| Some(m) == prev;
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
                let prev = turns.last().filter(|t| t.end == ws).map(|t| t.member.0);
                let who = match pair_order {
                    Some(order) => order[k % 2],
                    // Least microphone time first; among equals, whoever has rested longest.
                    None => team
                        .iter()
                        .copied()
                        .filter(|&m| team.len() == 1 || Some(m) != prev)
                        .min_by_key(|&m| (staffing.members[m].mic_minutes, last_end[m], m))
                        .expect("team is not empty"),
                };
                staffing.members[who].mic_minutes += we - ws;
                last_end[who] = Some(we);
                match turns.last_mut() {
                    Some(t) if t.end == ws && t.member.0 == who => t.end = we,
                    _ => turns.push(Turn {
                        start: ws,
                        end: we,
                        member: MemberId(who),
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

/// Cut one stretch into the fewest turns of at most `max` minutes, as even as
/// possible, moving change-overs to agenda boundaries (natural breaks) when
/// that costs little evenness. Exact search over cut positions (a small
/// dynamic programme): the cost of a turn is how far its length is from the
/// even share, and a change-over away from a boundary costs `2 * snap` minutes
/// of unevenness: moving a cut by x minutes makes two turns x minutes uneven,
/// so a boundary up to about `snap` minutes away wins; between boundaries,
/// a five-minute mark wins over an exact share.
fn windows(s: u32, e: u32, max: u32, bounds: &[u32], snap: u32, min_turn: u32) -> Vec<(u32, u32)> {
    let d = (e - s) as usize;
    if e - s <= max {
        return vec![(s, e)];
    }
    let n = (e - s).div_ceil(max) as usize;
    let max = max as usize;
    // Turns shorter than this are not worth a change-over, unless even
    // shares are themselves shorter.
    let shortest = (min_turn as usize).min(d / n).max(1);
    let at_bound = |p: usize| bounds.contains(&(s + p as u32));
    // Costs are scaled by n to stay in integers: |n*len - d| is n times the
    // distance from the even share d/n.
    // A change-over between boundaries goes to a clock time an interpreter
    // reads at a glance (14:25, not 14:27): a cut off the five-minute marks
    // costs as much as two turns ROUND_COST / 2 minutes uneven, so a mark up
    // to two minutes away wins.
    const ROUND_COST: u64 = 5;
    let turn_cost = |len: usize, end: usize| -> u64 {
        let uneven = (n * len).abs_diff(d) as u64;
        let off_bound = if end < d && !at_bound(end) {
            let off_mark = !(s as usize + end).is_multiple_of(5);
            (n as u64) * (2 * snap as u64 + if off_mark { ROUND_COST } else { 0 })
        } else {
            0
        };
        uneven + off_bound
    };
    const NONE: u64 = u64::MAX;
    // best[k][p]: least cost of covering [s, s+p) with k turns; from[k][p]: the previous cut.
    let mut best = vec![vec![NONE; d + 1]; n + 1];
    let mut from = vec![vec![0usize; d + 1]; n + 1];
    best[0][0] = 0;
    for k in 1..=n {
        for p in 1..=d {
            for len in shortest..=max.min(p) {
                let q = p - len;
                if best[k - 1][q] == NONE {
                    continue;
                }
                let c = best[k - 1][q] + turn_cost(len, p);
                if c < best[k][p] {
                    best[k][p] = c;
                    from[k][p] = q;
                }
            }
        }
    }
    let mut cuts = vec![d];
    let mut p = d;
    for k in (1..=n).rev() {
        p = from[k][p];
        cuts.push(p);
    }
    cuts.reverse();
    cuts.windows(2)
        .map(|w| (s + w[0] as u32, s + w[1] as u32))
        .collect()
}

/// A turn cut at agenda item boundaries, with the relay taken and given in each part.
fn parts(
    s: u32,
    e: u32,
    booths: &[Booth],
    items: &[Item],
    modes: &[Vec<ItemModes>],
    bi: usize,
) -> Vec<TurnPart> {
    let booth = booths[bi];
    items
        .iter()
        .filter(|it| !it.pause && it.start < e && it.end > s)
        .map(|it| {
            let of = |b: usize| modes[b].iter().find(|m| m.item == it.id);
            let relay_from = of(bi)
                .map(|m| {
                    m.floor
                        .iter()
                        .filter_map(|(fl, md)| match md {
                            Mode::Relay { from, via, .. } => Some(Relay {
                                floor: *fl,
                                booth: *from,
                                via: *via,
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
                        Mode::Relay { from, via, .. } if *from == booth => Some(Relay {
                            floor: *fl,
                            booth: booths[bj],
                            via: *via,
                        }),
                        _ => None,
                    })
                })
                .collect();
            TurnPart {
                start: it.start.max(s),
                end: it.end.min(e),
                item: it.id,
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
            && booth.turns[j].member == t.member
        {
            end = booth.turns[j].end;
            j += 1;
        }
        if end - t.start > max {
            findings.push(Finding::SoloTooLong {
                booth: booth.booth,
                member: t.member,
                minutes: end - t.start,
                max,
                time: (t.start, end),
            });
        }
        i = j;
    }
}

#[cfg(test)]
mod tests {
    use super::windows;

    #[test]
    fn change_over_moves_to_a_nearby_boundary() {
        // 14:30-15:50 with items ending at 14:50 and 15:30, turns of 30 at most.
        let w = windows(870, 950, 30, &[870, 890, 930, 950], 10, 10);
        assert!(w[0] == (870, 890) || w[2] == (930, 950), "{w:?}");
        assert!(w.iter().all(|t| t.1 - t.0 <= 30));
    }

    #[test]
    fn even_turns_without_boundaries() {
        assert_eq!(
            windows(0, 90, 30, &[], 10, 10),
            vec![(0, 30), (30, 60), (60, 90)]
        );
        assert_eq!(windows(0, 20, 30, &[], 10, 10), vec![(0, 20)]);
    }

    #[test]
    fn change_overs_between_boundaries_fall_on_five_minute_marks() {
        // 14:00-15:45 in four turns of at most 30: even shares would change
        // over at 14:26, 14:52 and 15:19; on the marks every turn stays
        // within five minutes of the even share (26 1/4).
        let w = windows(840, 945, 30, &[840, 945], 10, 10);
        assert_eq!(w.len(), 4, "{w:?}");
        for (k, t) in w.iter().enumerate() {
            assert!((25..=30).contains(&(t.1 - t.0)), "{w:?}");
            if k > 0 {
                assert_eq!(t.0 % 5, 0, "{w:?}");
            }
        }
    }
}

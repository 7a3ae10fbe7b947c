//! Teams: what each booth's interpreters can do together, how many each booth needs,
//! how the day splits into shifts, and who is on duty when (daily limits).

use super::rules::placeholder_profile;
use super::{
    Booth, BoothPlan, Finding, Input, Item, ItemModes, LimitBreach, Member, MemberId, Mode,
    Requirement, RuleId, Who,
};
use crate::event::Minutes;
use crate::lang::Lang;

/// What a booth can do as a team. The planner lets any member be on
/// microphone at any time, so a booth "understands" a language only if every
/// member does; languages only some members know are kept to warn about.
#[derive(Debug, Clone)]
pub(crate) struct BoothProfile {
    pub lang: Booth,
    /// Languages every member can interpret from (own language included).
    pub understands: Vec<Lang>,
    /// Languages other than the booth's that every member works into (retour).
    pub retour: Vec<Lang>,
    /// Languages at least one member understands.
    pub some_understand: Vec<Lang>,
    /// Retour languages of at least one member.
    pub some_retour: Vec<Lang>,
    /// Listed interpreters; empty means placeholders.
    pub listed: Vec<Member>,
}

impl BoothProfile {
    /// How well the booth knows a language, for choosing a relay pivot:
    /// 0 own (A), 1 retour (B), 2 passive (C), 3 not at all.
    pub fn command(&self, lang: Lang) -> u8 {
        if lang == self.lang {
            0
        } else if self.retour.contains(&lang) {
            1
        } else if self.understands.contains(&lang) {
            2
        } else {
            3
        }
    }
}

pub(crate) fn booth_profiles(input: &Input) -> Vec<BoothProfile> {
    input
        .booths
        .iter()
        .map(|&booth| {
            let listed: Vec<Member> = input
                .interpreters
                .iter()
                .filter(|p| p.booth == booth)
                .map(|p| Member {
                    who: Who::Named(p.name.clone()),
                    a: p.a,
                    b: p.b.clone(),
                    c: p.c.clone(),
                    arrival: None,
                    duty: Vec::new(),
                    mic_minutes: 0,
                })
                .collect();
            let people: Vec<(Lang, Vec<Lang>, Vec<Lang>)> = if listed.is_empty() {
                let (b, c) = placeholder_profile(booth);
                vec![(booth, b, c)]
            } else {
                listed
                    .iter()
                    .map(|m| (m.a, m.b.clone(), m.c.clone()))
                    .collect()
            };
            let knows = |p: &(Lang, Vec<Lang>, Vec<Lang>)| -> Vec<Lang> {
                std::iter::once(p.0)
                    .chain(p.1.iter().copied())
                    .chain(p.2.iter().copied())
                    .collect()
            };
            // Languages a member works into, other than the booth's own.
            let works_into = |p: &(Lang, Vec<Lang>, Vec<Lang>)| -> Vec<Lang> {
                std::iter::once(p.0)
                    .chain(p.1.iter().copied())
                    .filter(|&l| l != booth)
                    .collect()
            };
            let all: Vec<Vec<Lang>> = people.iter().map(knows).collect();
            let into: Vec<Vec<Lang>> = people.iter().map(works_into).collect();
            let mut understands = intersect(&all);
            if !understands.contains(&booth) {
                understands.insert(0, booth);
            }
            BoothProfile {
                lang: booth,
                understands,
                retour: intersect(&into),
                some_understand: union(&all),
                some_retour: union(&into),
                listed,
            }
        })
        .collect()
}

fn intersect(sets: &[Vec<Lang>]) -> Vec<Lang> {
    let Some(first) = sets.first() else {
        return Vec::new();
    };
    first
        .iter()
        .filter(|l| sets.iter().all(|s| s.contains(l)))
        .copied()
        .collect()
}

fn union(sets: &[Vec<Lang>]) -> Vec<Lang> {
    let mut out: Vec<Lang> = Vec::new();
    for &l in sets.iter().flatten() {
        if !out.contains(&l) {
            out.push(l);
        }
    }
    out
}

/// How the day is cut: sessions (separated by a long pause), shifts (a
/// session, or a part of one that one team may work), and which team takes
/// each shift.
#[derive(Debug, Clone)]
pub(crate) struct DayShape {
    pub shifts: Vec<(u32, u32)>,
    /// Team number (0-based) for each shift.
    pub shift_team: Vec<usize>,
    pub teams: usize,
    /// Meeting time in the day, long pauses excluded.
    pub day_minutes: u32,
}

pub(crate) fn day_shape(input: &Input, items: &[Item]) -> DayShape {
    let r = &input.rules;
    // Breaks are pauses: a long lunch break listed as an item still ends a session.
    let worked: Vec<&Item> = items.iter().filter(|i| !i.pause).collect();
    let mut sessions: Vec<(u32, u32)> = Vec::new();
    for it in &worked {
        match sessions.last_mut() {
            Some(s) if it.start.saturating_sub(s.1) < r.session_gap => s.1 = s.1.max(it.end),
            _ => sessions.push((it.start, it.end)),
        }
    }
    let day_minutes = sessions.iter().map(|s| s.1 - s.0).sum();

    // One team may work a shift of at most this long; longer sessions are cut
    // into shifts of about equal length (a 270-minute session into two of
    // about 135, not 240 and 30), each cut at an agenda boundary near its
    // share, a break's if one is close, so the relief team comes in at a
    // natural pause.
    let limit = r.session_max.min(r.day_max).max(1);
    let mut bounds: Vec<(u32, bool)> = items
        .iter()
        .flat_map(|i| [(i.start, i.pause), (i.end, i.pause)])
        .collect();
    bounds.sort_unstable();
    let mut shifts = Vec::new();
    for (s, e) in sessions {
        let mut cur = s;
        while e - cur > limit {
            let left = (e - cur).div_ceil(limit);
            let target = cur + (e - cur) / left;
            // The rest must still fit the shifts left after this one.
            let fits = |b: u32| {
                b > cur
                    && b <= cur + limit
                    && b >= cur + r.min_turn.min(limit)
                    && e - b <= (left - 1) * limit
            };
            let cost =
                |&(b, pause): &(u32, bool)| b.abs_diff(target) as i64 - if pause { 30 } else { 0 };
            let cut = bounds
                .iter()
                .filter(|(b, _)| fits(*b))
                .min_by_key(|x| (cost(x), x.0))
                .map_or((cur + limit).min(target.max(cur + 1)), |x| x.0);
            shifts.push((cur, cut));
            cur = cut;
        }
        shifts.push((cur, e));
    }

    // Give each shift to the first team that stays within the daily limits.
    let mut teams: Vec<Vec<(u32, u32)>> = Vec::new();
    let mut shift_team = Vec::new();
    for &sh in &shifts {
        let t = teams.iter().position(|duty| {
            let mut d = duty.clone();
            d.push(sh);
            duty_ok(&d, input).is_none()
        });
        let t = match t {
            Some(t) => t,
            None => {
                teams.push(Vec::new());
                teams.len() - 1
            }
        };
        teams[t].push(sh);
        shift_team.push(t);
    }
    DayShape {
        teams: teams.len().max(1),
        shifts,
        shift_team,
        day_minutes,
    }
}

/// Merge duty stretches into working sessions (pauses shorter than
/// `session_gap` count as work).
pub(crate) fn sessions_of(duty: &[(u32, u32)], input: &Input) -> Vec<(u32, u32)> {
    let mut d = duty.to_vec();
    d.sort_unstable();
    let mut out: Vec<(u32, u32)> = Vec::new();
    for (s, e) in d {
        match out.last_mut() {
            Some(last) if s.saturating_sub(last.1) < input.rules.session_gap => {
                last.1 = last.1.max(e)
            }
            _ => out.push((s, e)),
        }
    }
    out
}

/// `None` if the duty keeps to the daily limits, else what it breaks.
pub(crate) fn duty_ok(duty: &[(u32, u32)], input: &Input) -> Option<LimitBreach> {
    let r = &input.rules;
    let sessions = sessions_of(duty, input);
    if let Some(s) = sessions.iter().find(|s| s.1 - s.0 > r.session_max) {
        return Some(LimitBreach::LongSession {
            minutes: s.1 - s.0,
            start: s.0,
            end: s.1,
            max: r.session_max,
        });
    }
    if sessions.len() > r.sessions_per_day {
        return Some(LimitBreach::TooManySessions {
            count: sessions.len(),
            max: r.sessions_per_day,
        });
    }
    let total: u32 = sessions.iter().map(|s| s.1 - s.0).sum();
    if total > r.day_max {
        return Some(LimitBreach::LongDay {
            minutes: total,
            max: r.day_max,
        });
    }
    None
}

/// Interpreters per team the booth needs, and every rule that asked for a minimum.
pub(crate) fn required_size(
    input: &Input,
    day: &DayShape,
    bi: usize,
    modes: &[Vec<ItemModes>],
    live: &[bool],
    items: &[Item],
) -> (usize, Vec<Requirement>) {
    let r = &input.rules;
    let booth = &input.booths[bi];
    let live_minutes: u32 = items
        .iter()
        .zip(live)
        .filter(|(_, l)| **l)
        .map(|(i, _)| i.end - i.start)
        .sum();
    let mut reqs = Vec::new();
    if live_minutes == 0 {
        return (
            0,
            vec![Requirement {
                size: 0,
                rule: RuleId::IdleBooth,
            }],
        );
    }
    if live_minutes <= r.solo_max {
        reqs.push(Requirement {
            size: 1,
            rule: RuleId::Solo,
        });
    } else {
        reqs.push(Requirement {
            size: r.min_team,
            rule: RuleId::TeamSize,
        });
    }
    let gives_retour = modes[bi].iter().any(|m| {
        m.floor
            .iter()
            .any(|(_, md)| matches!(md, Mode::Retour { .. }))
    });
    let gives_relay = modes.iter().enumerate().any(|(bj, ms)| {
        bj != bi
            && ms.iter().any(|m| {
                m.floor
                    .iter()
                    .any(|(_, md)| matches!(md, Mode::Relay { from, .. } if from == booth))
            })
    });
    if gives_retour && gives_relay {
        reqs.push(Requirement {
            size: r.retour_relay_team,
            rule: RuleId::RetourRelayTeam,
        });
    }
    if input.remote && day.day_minutes > r.remote_reinforced_after && live_minutes > 0 {
        reqs.push(Requirement {
            size: r.remote_reinforced_team,
            rule: RuleId::RemoteReinforced,
        });
    }
    let size = reqs.iter().map(|q| q.size).max().unwrap_or(1);
    (size, reqs)
}

/// The booth's roster and who is on duty in each shift.
pub(crate) struct Staffing {
    pub members: Vec<Member>,
    /// Indices into `members`, per shift.
    pub per_shift: Vec<Vec<usize>>,
    /// Teams the booth needs (see `BoothPlan::teams`).
    pub teams: usize,
}

impl Staffing {
    pub fn largest_shift_team(&self) -> usize {
        self.per_shift.iter().map(Vec::len).max().unwrap_or(0)
    }
}

/// For each shift of the day, the stretch of it in which the booth has
/// work: from the start of its first live item to the end of its last (a
/// booth with nothing to interpret until the afternoon is not on duty in
/// the morning). `None`: no work in that shift.
pub(crate) fn live_spans(
    day: &DayShape,
    items: &[Item],
    live: &[bool],
) -> Vec<Option<(Minutes, Minutes)>> {
    day.shifts
        .iter()
        .map(|&(s, e)| {
            let inside = items
                .iter()
                .zip(live)
                .filter(|(it, &l)| l && it.start < e && it.end > s)
                .map(|(it, _)| (it.start.max(s), it.end.min(e)));
            inside.fold(None, |acc: Option<(Minutes, Minutes)>, (a, b)| match acc {
                None => Some((a, b)),
                Some((x, y)) => Some((x.min(a), y.max(b))),
            })
        })
        .collect()
}

pub(crate) fn staff(
    input: &Input,
    profile: &BoothProfile,
    day: &DayShape,
    spans: &[Option<(Minutes, Minutes)>],
    required: usize,
    requirements: &[Requirement],
    findings: &mut Vec<Finding>,
) -> Staffing {
    let booth = profile.lang;
    let mut per_shift: Vec<Vec<usize>> = Vec::new();
    let mut members: Vec<Member>;
    // The day's teams that have work in this booth, in order: only they
    // are staffed (team 2 of a day of two, for a booth live only in the
    // afternoon, becomes its one team).
    let mut teams_live: Vec<usize> = day
        .shift_team
        .iter()
        .zip(spans)
        .filter(|(_, sp)| sp.is_some())
        .map(|(&t, _)| t)
        .collect();
    teams_live.sort_unstable();
    teams_live.dedup();
    let team_of = |si: usize| teams_live.iter().position(|&t| t == day.shift_team[si]);
    if required == 0 {
        findings.push(Finding::IdleBooth {
            booth,
            served_by: Vec::new(),
        });
    }
    if profile.listed.is_empty() {
        // Placeholders: exactly the teams the rules ask for, team k taking the
        // shifts the day shape gave it.
        let (b, c) = placeholder_profile(booth);
        members = (0..required * teams_live.len())
            .map(|k| Member {
                who: Who::Placeholder(k + 1),
                a: booth,
                b: b.clone(),
                c: c.clone(),
                arrival: None,
                duty: Vec::new(),
                mic_minutes: 0,
            })
            .collect();
        for (si, span) in spans.iter().enumerate() {
            per_shift.push(match (team_of(si), span) {
                (Some(t), Some(_)) => (t * required..(t + 1) * required).collect(),
                _ => Vec::new(),
            });
        }
    } else {
        members = profile.listed.clone();
        let needed = required * teams_live.len().max(1);
        if members.len() < needed {
            let rule = requirements
                .iter()
                .max_by_key(|q| q.size)
                .map(|q| q.rule)
                .unwrap_or(RuleId::TeamSize);
            findings.push(Finding::TeamTooSmall {
                booth,
                has: members.len(),
                needs: needed,
                rule,
            });
        }
        if teams_live.len() <= 1 {
            // Everyone booked works the whole day together.
            per_shift = spans
                .iter()
                .map(|sp| match sp {
                    Some(_) => (0..members.len()).collect(),
                    None => Vec::new(),
                })
                .collect();
        } else {
            // A long day: send to each shift the members with the least duty
            // who can still take it, so nobody goes past the daily limits.
            let mut duty: Vec<Vec<(Minutes, Minutes)>> = vec![Vec::new(); members.len()];
            for sp in spans {
                let Some(sh) = *sp else {
                    per_shift.push(Vec::new());
                    continue;
                };
                let mut order: Vec<usize> = (0..members.len()).collect();
                let load = |d: &Vec<(Minutes, Minutes)>| d.iter().map(|s| s.1 - s.0).sum::<u32>();
                order.sort_by_key(|&m| {
                    let mut d = duty[m].clone();
                    d.push(sh);
                    (duty_ok(&d, input).is_some(), load(&duty[m]), m)
                });
                let team: Vec<usize> = order.into_iter().take(required.max(1)).collect();
                for &m in &team {
                    duty[m].push(sh);
                }
                per_shift.push(team);
            }
        }
    }
    for (si, team) in per_shift.iter().enumerate() {
        for &m in team {
            let Some(sh) = spans[si] else { continue };
            match members[m].duty.last_mut() {
                Some(last) if last.1 == sh.0 => last.1 = sh.1,
                _ => members[m].duty.push(sh),
            }
        }
    }
    let before = if input.remote {
        input.rules.connection_test_before
    } else {
        input.rules.arrival_before
    };
    for m in &mut members {
        m.arrival = m.duty.first().map(|d| d.0 as i64 - before as i64);
    }
    Staffing {
        members,
        per_shift,
        teams: teams_live.len(),
    }
}

/// A warning for a booth of two that is live for most of a long remote
/// meeting (its turns are the minutes it must be ready to interpret).
pub(crate) fn check_live_share(
    input: &Input,
    day: &DayShape,
    booth: &BoothPlan,
    findings: &mut Vec<Finding>,
) {
    let r = &input.rules;
    let meeting = day.day_minutes;
    if !input.remote || booth.required != 2 || meeting < r.remote_live_share_after {
        return;
    }
    let live: Minutes = booth.turns.iter().map(|t| t.minutes()).sum();
    if live * 100 > r.remote_live_share_max * meeting {
        findings.push(Finding::HighLiveShare {
            booth: booth.booth,
            live,
            meeting,
            max_percent: r.remote_live_share_max,
        });
    }
}

/// Errors for members whose duty breaks the daily limits.
pub(crate) fn check_member_limits(input: &Input, booth: &BoothPlan, findings: &mut Vec<Finding>) {
    for (i, m) in booth.team.iter().enumerate() {
        if let Some(breach) = duty_ok(&m.duty, input) {
            let time = (
                m.duty.first().map_or(0, |d| d.0),
                m.duty.last().map_or(0, |d| d.1),
            );
            findings.push(Finding::DailyLimit {
                booth: booth.booth,
                member: MemberId(i),
                breach,
                time,
            });
        }
    }
}

//! Teams: what each booth's interpreters can do together, how many each booth needs,
//! how the day splits into shifts, and who is on duty when (daily limits).

use super::rules::placeholder_profile;
use super::{
    finding, hhmm, Input, Item, ItemKind, ItemModes, Member, Mode, Requirement, RuleId, Severity,
};
use crate::plan::BoothPlan;

/// What a booth can do as a team. The planner lets any member be on
/// microphone at any time, so a booth "understands" a language only if every
/// member does; languages only some members know are kept to warn about.
#[derive(Debug, Clone)]
pub(crate) struct BoothProfile {
    pub lang: String,
    /// Languages every member can interpret from (own language included).
    pub understands: Vec<String>,
    /// Languages other than the booth's that every member works into (retour).
    pub retour: Vec<String>,
    /// Languages at least one member understands.
    pub some_understand: Vec<String>,
    /// Retour languages of at least one member.
    pub some_retour: Vec<String>,
    /// Listed interpreters; empty means placeholders.
    pub listed: Vec<Member>,
    /// Placeholder profile of a language without a known usual profile.
    pub assumed: bool,
}

impl BoothProfile {
    /// How well the booth knows a language, for choosing a relay pivot:
    /// 0 own (A), 1 retour (B), 2 passive (C), 3 not at all.
    pub fn command(&self, lang: &str) -> u8 {
        if lang == self.lang {
            0
        } else if self.retour.iter().any(|l| l == lang) {
            1
        } else if self.understands.iter().any(|l| l == lang) {
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
        .map(|booth| {
            let listed: Vec<Member> = input
                .interpreters
                .iter()
                .filter(|p| &p.booth == booth)
                .map(|p| Member {
                    name: p.name.clone(),
                    placeholder: false,
                    a: p.a.clone(),
                    b: p.b.clone(),
                    c: p.c.clone(),
                    arrival: None,
                    duty: Vec::new(),
                    mic_minutes: 0,
                })
                .collect();
            let (b, c, known) = placeholder_profile(booth);
            let people: Vec<(String, Vec<String>, Vec<String>)> = if listed.is_empty() {
                vec![(booth.clone(), b, c)]
            } else {
                listed
                    .iter()
                    .map(|m| (m.a.clone(), m.b.clone(), m.c.clone()))
                    .collect()
            };
            let knows = |p: &(String, Vec<String>, Vec<String>)| -> Vec<String> {
                let mut v = vec![p.0.clone()];
                v.extend(p.1.iter().cloned());
                v.extend(p.2.iter().cloned());
                v
            };
            // Languages a member works into, other than the booth's own.
            let works_into = |p: &(String, Vec<String>, Vec<String>)| -> Vec<String> {
                std::iter::once(p.0.clone())
                    .chain(p.1.iter().cloned())
                    .filter(|l| l != booth)
                    .collect()
            };
            let all: Vec<Vec<String>> = people.iter().map(knows).collect();
            let into: Vec<Vec<String>> = people.iter().map(works_into).collect();
            let mut understands = intersect(&all);
            if !understands.contains(booth) {
                understands.insert(0, booth.clone());
            }
            BoothProfile {
                lang: booth.clone(),
                understands,
                retour: intersect(&into),
                some_understand: union(&all),
                some_retour: union(&into),
                assumed: listed.is_empty() && !known,
                listed,
            }
        })
        .collect()
}

fn intersect(sets: &[Vec<String>]) -> Vec<String> {
    let Some(first) = sets.first() else {
        return Vec::new();
    };
    first
        .iter()
        .filter(|l| sets.iter().all(|s| s.contains(l)))
        .cloned()
        .collect()
}

fn union(sets: &[Vec<String>]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for l in sets.iter().flatten() {
        if !out.contains(l) {
            out.push(l.clone());
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
    let worked: Vec<&Item> = items.iter().filter(|i| i.kind != ItemKind::Break).collect();
    let mut sessions: Vec<(u32, u32)> = Vec::new();
    for it in &worked {
        match sessions.last_mut() {
            Some(s) if it.start.saturating_sub(s.1) < r.session_gap => s.1 = s.1.max(it.end),
            _ => sessions.push((it.start, it.end)),
        }
    }
    let day_minutes = sessions.iter().map(|s| s.1 - s.0).sum();

    // One team may work a shift of at most this long; longer sessions are cut
    // at an agenda boundary, so the relief team comes in at a natural break.
    let limit = r.session_max.min(r.day_max).max(1);
    let mut bounds: Vec<u32> = items.iter().flat_map(|i| [i.start, i.end]).collect();
    bounds.sort_unstable();
    let mut shifts = Vec::new();
    for (s, e) in sessions {
        let mut cur = s;
        while e - cur > limit {
            let cut = bounds
                .iter()
                .copied()
                .filter(|&b| b > cur && b <= cur + limit && b >= cur + r.min_turn.min(limit))
                .max()
                .unwrap_or(cur + limit);
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
/// How a day of duty breaks the daily limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum LimitBreach {
    /// One working session longer than `session_max`.
    LongSession {
        minutes: u32,
        start: u32,
        end: u32,
        max: u32,
    },
    /// More sessions than `sessions_per_day`.
    TooManySessions { count: usize, max: usize },
    /// More minutes in the day than `day_max`.
    LongDay { minutes: u32, max: u32 },
}

impl LimitBreach {
    /// The Fluent message id and its arguments (plain numbers and times).
    fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            LimitBreach::LongSession {
                minutes,
                start,
                end,
                max,
            } => (
                "plan-daily-limit-session",
                vec![
                    ("minutes", minutes.to_string()),
                    ("start", hhmm(*start as i64)),
                    ("end", hhmm(*end as i64)),
                    ("max", max.to_string()),
                ],
            ),
            LimitBreach::TooManySessions { count, max } => (
                "plan-daily-limit-sessions",
                vec![("count", count.to_string()), ("max", max.to_string())],
            ),
            LimitBreach::LongDay { minutes, max } => (
                "plan-daily-limit-day",
                vec![("minutes", minutes.to_string()), ("max", max.to_string())],
            ),
        }
    }
}

impl std::fmt::Display for LimitBreach {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LimitBreach::LongSession {
                minutes,
                start,
                end,
                max,
            } => write!(
                f,
                "a session of {minutes} minutes ({}-{}), over the {max}-minute limit",
                hhmm(*start as i64),
                hhmm(*end as i64)
            ),
            LimitBreach::TooManySessions { count, max } => {
                write!(f, "{count} sessions in the day, over the limit of {max}")
            }
            LimitBreach::LongDay { minutes, max } => {
                write!(
                    f,
                    "{minutes} minutes in the day, over the {max}-minute limit"
                )
            }
        }
    }
}

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
}

impl Staffing {
    pub fn largest_shift_team(&self) -> usize {
        self.per_shift.iter().map(Vec::len).max().unwrap_or(0)
    }
}

pub(crate) fn staff(
    input: &Input,
    profile: &BoothProfile,
    day: &DayShape,
    required: usize,
    requirements: &[Requirement],
    findings: &mut Vec<super::Finding>,
) -> Staffing {
    let booth = &profile.lang;
    let upper = booth.to_uppercase();
    let mut per_shift: Vec<Vec<usize>> = Vec::new();
    let mut members: Vec<Member>;
    if required == 0 {
        findings.push(finding(
            Severity::Warning,
            Some(booth),
            None,
            RuleId::IdleBooth,
            "plan-idle-booth",
            vec![("booth", upper.clone())],
            format!(
                "the {upper} booth is never on microphone (no agenda item has a floor \
                 language it interprets); check the floor languages or drop the booth"
            ),
        ));
    }
    if profile.listed.is_empty() {
        // Placeholders: exactly the teams the rules ask for, team k taking the
        // shifts the day shape gave it.
        let (b, c, _) = placeholder_profile(booth);
        members = (0..required * day.teams)
            .map(|k| Member {
                name: format!("{upper} {}", k + 1),
                placeholder: true,
                a: booth.clone(),
                b: b.clone(),
                c: c.clone(),
                arrival: None,
                duty: Vec::new(),
                mic_minutes: 0,
            })
            .collect();
        for &t in &day.shift_team {
            per_shift.push((t * required..(t + 1) * required).collect());
        }
        if profile.assumed {
            findings.push(finding(
                Severity::Warning,
                Some(booth),
                None,
                RuleId::AssumedProfile,
                "plan-assumed-profile",
                vec![("booth", upper.clone())],
                format!(
                    "no usual profile is known for the {upper} booth; its placeholders are \
                     assumed to give retour into English and understand nothing else"
                ),
            ));
        }
    } else {
        members = profile.listed.clone();
        let needed = required * day.teams;
        if members.len() < needed {
            let why = requirements
                .iter()
                .max_by_key(|q| q.size)
                .map(|q| q.rule)
                .unwrap_or(RuleId::TeamSize);
            findings.push(finding(
                Severity::Error,
                Some(booth),
                None,
                why,
                "plan-team-too-small",
                vec![
                    ("booth", upper.clone()),
                    ("has", members.len().to_string()),
                    ("needs", needed.to_string()),
                ],
                format!(
                    "the {upper} booth has {} interpreter(s) but needs {needed} ({})",
                    members.len(),
                    requirement_reason(why)
                ),
            ));
        }
        if day.teams == 1 {
            // Everyone booked works the whole day together.
            per_shift = day
                .shifts
                .iter()
                .map(|_| (0..members.len()).collect())
                .collect();
        } else {
            // A long day: send to each shift the members with the least duty
            // who can still take it, so nobody goes past the daily limits.
            let mut duty: Vec<Vec<(u32, u32)>> = vec![Vec::new(); members.len()];
            for &sh in &day.shifts {
                let mut order: Vec<usize> = (0..members.len()).collect();
                let load = |d: &Vec<(u32, u32)>| d.iter().map(|s| s.1 - s.0).sum::<u32>();
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
            let sh = day.shifts[si];
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
    Staffing { members, per_shift }
}

/// Short English reason for a team-size requirement.
pub fn requirement_reason(rule: RuleId) -> &'static str {
    match rule {
        RuleId::IdleBooth => "never on microphone",
        RuleId::Solo => "short meeting: one interpreter may work alone",
        RuleId::TeamSize => "at least two interpreters per booth",
        RuleId::RetourRelayTeam => "two-way booth giving relay",
        RuleId::RemoteReinforced => "remote meeting of more than three hours",
        _ => "",
    }
}

/// Errors for members whose duty breaks the daily limits.
pub(crate) fn check_member_limits(
    input: &Input,
    booth: &BoothPlan,
    findings: &mut Vec<super::Finding>,
) {
    for m in &booth.team {
        if let Some(breach) = duty_ok(&m.duty, input) {
            let span = (
                m.duty.first().map_or(0, |d| d.0),
                m.duty.last().map_or(0, |d| d.1),
            );
            let (id, mut args) = breach.message();
            args.insert(0, ("interpreter", m.name.clone()));
            findings.push(finding(
                Severity::Error,
                Some(&booth.booth),
                Some(span),
                RuleId::DailyLimit,
                id,
                args,
                format!("{} would work {breach}", m.name),
            ));
        }
    }
}

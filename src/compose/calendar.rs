//! One calendar per interpreter, in the language of their booth: the
//! connection test (or arrival) and each turn, with the items it covers, the
//! relay to set up, and a reminder before each.

use jiff::civil::DateTime;
use jiff::{SignedDuration, Timestamp};

use crate::doc::{Alarm, Calendar, CalendarEvent, EventKind};
use crate::event::Minutes;
use crate::lang::Lang;
use crate::plan::{BoothPlan, MemberId, Planned, Who};

use super::Ctx;

/// Minutes before the connection test (or arrival) and before each turn
/// that the calendar reminds the interpreter.
const REMIND_TEST: u32 = 10;
const REMIND_TURN: u32 = 5;

/// Every interpreter's calendar: (booth, file stem under `calendar/`, calendar).
/// `ctx_for` gives the context of a booth's language; `stamp` is the
/// calendars' DTSTAMP. File stems are unique ("Ana María" and "Ana-María"
/// do not overwrite each other).
pub fn calendars<'a>(
    ctx_for: impl Fn(Lang) -> Ctx<'a>,
    planned: &Planned,
    stamp: Timestamp,
) -> Vec<(Lang, String, Calendar)> {
    let mut out: Vec<(Lang, String, Calendar)> = Vec::new();
    for bp in &planned.plan.booths {
        let ctx = ctx_for(bp.booth);
        for i in 0..bp.team.len() {
            let m = MemberId(i);
            let base = stem(bp, m);
            let mut name = base.clone();
            let mut n = 2;
            while out.iter().any(|(_, s, _)| s.eq_ignore_ascii_case(&name)) {
                name = format!("{base}-{n}");
                n += 1;
            }
            out.push((bp.booth, name, calendar(&ctx, planned, bp, m, stamp)));
        }
    }
    out
}

/// A file-name stem for an interpreter: "AR-1", "Ana-María".
fn stem(bp: &BoothPlan, m: MemberId) -> String {
    match bp.member(m).map(|m| &m.who) {
        Some(Who::Named(name)) => {
            let s: String = name
                .chars()
                .map(|c| {
                    if c.is_alphanumeric() || c == '.' || c == '_' {
                        c
                    } else {
                        '-'
                    }
                })
                .collect();
            // Trimmed so that no name is hidden or empty, and short enough
            // for any file system (255 bytes a name).
            let s: String = s
                .trim_matches(|c| c == '-' || c == '.')
                .chars()
                .take(80)
                .collect();
            if s.is_empty() {
                format!("{}-{}", bp.booth.booth_code(), m.0 + 1)
            } else {
                s
            }
        }
        _ => format!("{}-{}", bp.booth.booth_code(), m.0 + 1),
    }
}

/// The local date-time `minutes` after the meeting day's midnight (negative
/// or past midnight moves to the day before or after).
fn local(date: jiff::civil::Date, minutes: i64) -> DateTime {
    let midnight = date.at(0, 0, 0, 0);
    midnight
        .checked_add(SignedDuration::from_mins(minutes))
        .unwrap_or(midnight)
}

fn calendar(
    ctx: &Ctx,
    planned: &Planned,
    bp: &BoothPlan,
    m: MemberId,
    stamp: Timestamp,
) -> Calendar {
    let remote = planned.input.remote;
    let title = ctx.text("event-short-title");
    let booth = ctx.booth(bp.booth);
    let uid = |n: usize| {
        format!(
            "{}-{}-{}-{n}@tarjama",
            planned.input.date.strftime("%Y%m%d"),
            slug(&ctx.event.id),
            slug(&stem(bp, m)),
        )
    };
    let location = ctx
        .venue()
        .or_else(|| remote.then(|| ctx.t("cal-online", &[])));
    let mut events = Vec::new();
    let member = bp.member(m);
    if let (Some(arrive), Some(first)) = (
        member.and_then(|m| m.arrival),
        member.and_then(|m| m.duty.first()),
    ) {
        let (summary, alarm) = if remote {
            ("cal-connection-summary", "cal-alarm-test")
        } else {
            ("cal-arrival-summary", "cal-alarm-arrival")
        };
        events.push(CalendarEvent {
            uid: uid(0),
            start: local(planned.input.date, arrive),
            end: local(planned.input.date, first.0 as i64),
            summary: ctx.t(
                summary,
                &[("booth", booth.clone()), ("title", title.clone())],
            ),
            description: Vec::new(),
            location: location.clone(),
            alarm: Some(Alarm {
                minutes_before: REMIND_TEST,
                text: ctx.t(alarm, &[("minutes", ctx.num(REMIND_TEST))]),
            }),
            kind: EventKind::Arrival,
        });
    }
    let turns = bp.turns.iter().filter(|t| t.member == m);
    for (n, t) in turns.enumerate() {
        let mut description = Vec::new();
        for p in &t.parts {
            description.push(ctx.t(
                "cal-part",
                &[
                    ("time", ctx.time_range(p.start, p.end)),
                    ("item", ctx.item_title(p.item).text),
                ],
            ));
            // What to set up for the turn: a retour, and relay by channel.
            if let Some(m) = bp.modes_of(p.item) {
                for (floor, mode) in &m.floor {
                    if matches!(mode, crate::plan::Mode::Retour { .. }) {
                        description
                            .push(super::booth_schedule::mode_text(ctx, *floor, mode, remote));
                    }
                }
            }
            description.extend(super::booth_schedule::relay_lines(
                ctx,
                &p.relay_from,
                &p.gives_relay_to,
                remote,
            ));
        }
        events.push(CalendarEvent {
            uid: uid(n + 1),
            start: local(planned.input.date, t.start as i64),
            end: local(planned.input.date, t.end as i64),
            summary: ctx.t(
                "cal-turn-summary",
                &[("booth", booth.clone()), ("title", title.clone())],
            ),
            description,
            location: location.clone(),
            alarm: Some(Alarm {
                minutes_before: REMIND_TURN,
                text: ctx.t("cal-alarm-turn", &[("minutes", ctx.num(REMIND_TURN))]),
            }),
            kind: EventKind::Turn,
        });
    }
    Calendar {
        lang: ctx.lang.code().to_string(),
        time_zone: ctx.event.time_zone_name.clone(),
        stamp,
        sequence: ctx.event.revision,
        events,
    }
}

/// DTSTAMP when `SOURCE_DATE_EPOCH` is not set: midnight UTC of the
/// meeting date, never the wall clock.
pub fn default_stamp(date: jiff::civil::Date) -> Timestamp {
    date.at(0, 0, 0, 0)
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .map(|z| z.timestamp())
        .unwrap_or(Timestamp::UNIX_EPOCH)
}

/// A UID-safe ASCII slug; non-ASCII text is kept apart by a hash.
fn slug(s: &str) -> String {
    let mut out: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    while out.contains("--") {
        out = out.replace("--", "-");
    }
    let out = out.trim_matches('-').to_string();
    if s.is_ascii() {
        out
    } else {
        format!("{out}-{:08x}", fnv1a(s) as u32)
    }
}

/// FNV-1a: a stable hash (std's is randomised per process).
fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Minutes as a clock time for machine-readable outputs ("14:05").
pub fn hhmm(m: Minutes) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

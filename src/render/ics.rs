//! Calendar (.ics, RFC 5545) of one interpreter's turns, so each interpreter can load
//! their own rota; deterministic (no wall clock), CRLF, lines folded at 75 octets.

use crate::plan::{effective_items, hhmm, Input, Plan};
use crate::render::RenderError;
use jiff::civil::DateTime;
use jiff::tz::{Offset, TimeZone};
use jiff::{SignedDuration, Timestamp};

/// Words that reach the interpreter, so the caller can pass them translated.
#[derive(Debug, Clone)]
pub struct CalendarLabels {
    pub on_microphone: String,
    pub booth: String,
    pub arrival: String,
    pub connection_test: String,
    pub item: String,
    pub relay_from: String,
    pub gives_relay_to: String,
    pub online: String,
}

impl Default for CalendarLabels {
    fn default() -> Self {
        CalendarLabels {
            on_microphone: "On microphone".into(),
            booth: "booth".into(),
            arrival: "Arrival in the booth".into(),
            connection_test: "Connection and sound test".into(),
            item: "Item".into(),
            relay_from: "relay from".into(),
            gives_relay_to: "gives relay to".into(),
            online: "Online".into(),
        }
    }
}

/// The calendar of one interpreter (a listed name or a placeholder such as
/// "AR 1"), stamped with `SOURCE_DATE_EPOCH` if set, else the meeting date.
pub fn interpreter_calendar(
    plan: &Plan,
    input: &Input,
    interpreter: &str,
    meeting_title: &str,
) -> Result<String, RenderError> {
    interpreter_calendar_with(
        plan,
        input,
        interpreter,
        meeting_title,
        &CalendarLabels::default(),
        default_dtstamp(input),
    )
}

/// DTSTAMP for reproducible files: `SOURCE_DATE_EPOCH` (seconds) when set and
/// valid, else midnight UTC of the meeting date. Never the wall clock.
pub fn default_dtstamp(input: &Input) -> Timestamp {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|s| Timestamp::from_second(s).ok())
        .unwrap_or_else(|| {
            input
                .date
                .at(0, 0, 0, 0)
                .to_zoned_datetime(TimeZone::UTC)
                .map(|z| z.timestamp())
                .unwrap_or(Timestamp::UNIX_EPOCH)
        })
}

/// As `interpreter_calendar`, with labels and DTSTAMP given.
pub fn interpreter_calendar_with(
    plan: &Plan,
    input: &Input,
    interpreter: &str,
    meeting_title: &str,
    labels: &CalendarLabels,
    dtstamp: Timestamp,
) -> Result<String, RenderError> {
    let (booth, member) = plan
        .booths
        .iter()
        .find_map(|b| {
            b.team
                .iter()
                .find(|m| m.name == interpreter)
                .map(|m| (b, m))
        })
        .ok_or_else(|| RenderError {
            message: format!("no interpreter called {interpreter:?} in the plan"),
            help: Some("use a name from the booth teams, e.g. a placeholder like \"AR 1\"".into()),
        })?;
    let tz = TimeZone::get(&input.time_zone).map_err(|e| RenderError {
        message: format!("unknown time zone {:?}: {e}", input.time_zone),
        help: Some("use an IANA name such as Europe/Zurich".into()),
    })?;
    let midnight = input.date.at(0, 0, 0, 0);
    let local = |minutes: i64| -> Result<DateTime, RenderError> {
        midnight
            .checked_add(SignedDuration::from_mins(minutes))
            .map_err(|e| RenderError {
                message: format!("time out of range: {e}"),
                help: None,
            })
    };

    let mut w = Writer::default();
    w.line("BEGIN:VCALENDAR");
    w.line("VERSION:2.0");
    w.line("PRODID:-//tarjama//interpreter rota//EN");
    w.line("CALSCALE:GREGORIAN");
    w.line("METHOD:PUBLISH");
    vtimezone(
        &mut w,
        &tz,
        &input.time_zone,
        local(-24 * 60)?,
        local(2 * 24 * 60)?,
    )?;

    let up = booth.booth.to_uppercase();
    let stamp = utc_stamp(dtstamp);
    let uid_base = format!(
        "{}-{}-{:08x}",
        ymd(input.date),
        slug(interpreter),
        fnv1a(&format!("{meeting_title}\u{0}{}", input.time_zone)) as u32
    );
    let location = if input.remote {
        Some(labels.online.as_str())
    } else {
        None
    };
    let tzid = &input.time_zone;

    if let (Some(arrive), Some(first)) = (member.arrival, member.duty.first()) {
        let what = if input.remote {
            &labels.connection_test
        } else {
            &labels.arrival
        };
        w.line("BEGIN:VEVENT");
        w.prop("UID", &format!("{uid_base}-0@tarjama"));
        w.prop("DTSTAMP", &stamp);
        w.prop(&format!("DTSTART;TZID={tzid}"), &fmt_local(local(arrive)?));
        w.prop(
            &format!("DTEND;TZID={tzid}"),
            &fmt_local(local(first.0 as i64)?),
        );
        w.prop(
            "SUMMARY",
            &escape(&format!("{what}: {meeting_title} ({up} {})", labels.booth)),
        );
        if let Some(l) = location {
            w.prop("LOCATION", &escape(l));
        }
        w.prop("TRANSP", "OPAQUE");
        w.line("END:VEVENT");
    }

    let items = effective_items(input);
    let mine = booth.turns.iter().filter(|t| t.interpreter == interpreter);
    for (n, t) in mine.enumerate() {
        let mut desc = Vec::new();
        for p in &t.parts {
            let kind = items
                .iter()
                .find(|i| i.index == p.item)
                .map(|i| i.kind.label())
                .unwrap_or("");
            let mut line = format!(
                "{}-{} {} {} {kind}",
                hhmm(p.start as i64),
                hhmm(p.end as i64),
                labels.item,
                p.item
            );
            for r in &p.relay_from {
                line += &format!(
                    "; {} {} ({})",
                    labels.relay_from,
                    r.booth.to_uppercase(),
                    r.floor
                );
            }
            for r in &p.gives_relay_to {
                line += &format!(
                    "; {} {} ({})",
                    labels.gives_relay_to,
                    r.booth.to_uppercase(),
                    r.floor
                );
            }
            desc.push(line);
        }
        w.line("BEGIN:VEVENT");
        w.prop("UID", &format!("{uid_base}-{}@tarjama", n + 1));
        w.prop("DTSTAMP", &stamp);
        w.prop(
            &format!("DTSTART;TZID={tzid}"),
            &fmt_local(local(t.start as i64)?),
        );
        w.prop(
            &format!("DTEND;TZID={tzid}"),
            &fmt_local(local(t.end as i64)?),
        );
        w.prop(
            "SUMMARY",
            &escape(&format!(
                "{} ({up} {}): {meeting_title}",
                labels.on_microphone, labels.booth
            )),
        );
        w.prop("DESCRIPTION", &escape(&desc.join("\n")));
        if let Some(l) = location {
            w.prop("LOCATION", &escape(l));
        }
        w.prop("TRANSP", "OPAQUE");
        w.line("END:VEVENT");
    }
    w.line("END:VCALENDAR");
    Ok(w.out)
}

/// A VTIMEZONE with the observances in force from `from` to `to` (local),
/// taken from the bundled tz database: the one in force at `from`, the one
/// before it (so TZOFFSETFROM is grounded), and any change up to `to`.
fn vtimezone(
    w: &mut Writer,
    tz: &TimeZone,
    tzid: &str,
    from: DateTime,
    to: DateTime,
) -> Result<(), RenderError> {
    let err = |e: jiff::Error| RenderError {
        message: format!("time zone data: {e}"),
        help: None,
    };
    let start = from.to_zoned_datetime(tz.clone()).map_err(err)?.timestamp();
    let end = to.to_zoned_datetime(tz.clone()).map_err(err)?.timestamp();
    let mut transitions: Vec<_> = tz.preceding(start).take(2).collect();
    transitions.reverse();
    transitions.extend(tz.following(start).take_while(|t| t.timestamp() < end));

    w.line("BEGIN:VTIMEZONE");
    w.prop("TZID", tzid);
    if transitions.is_empty() {
        // A zone that never changed: one standard observance.
        let off = tz.to_offset(start);
        w.line("BEGIN:STANDARD");
        w.prop("DTSTART", "19700101T000000");
        w.prop("TZOFFSETFROM", &fmt_offset(off));
        w.prop("TZOFFSETTO", &fmt_offset(off));
        w.line("END:STANDARD");
    }
    for t in &transitions {
        let before = t
            .timestamp()
            .checked_sub(SignedDuration::from_secs(1))
            .map(|s| tz.to_offset(s))
            .unwrap_or(t.offset());
        // DTSTART of an observance is local time in the offset before the change.
        let kind = if t.dst().is_dst() {
            "DAYLIGHT"
        } else {
            "STANDARD"
        };
        w.line(&format!("BEGIN:{kind}"));
        w.prop("DTSTART", &fmt_local(before.to_datetime(t.timestamp())));
        w.prop("TZOFFSETFROM", &fmt_offset(before));
        w.prop("TZOFFSETTO", &fmt_offset(t.offset()));
        if !t.abbreviation().is_empty() {
            w.prop("TZNAME", &escape(t.abbreviation()));
        }
        w.line(&format!("END:{kind}"));
    }
    w.line("END:VTIMEZONE");
    Ok(())
}

/// Accumulates content lines, folded and CRLF-terminated.
#[derive(Default)]
struct Writer {
    out: String,
}

impl Writer {
    fn prop(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}:{value}"));
    }

    /// RFC 5545 §3.1: lines of at most 75 octets, continued after CRLF + space,
    /// never splitting a UTF-8 character.
    fn line(&mut self, s: &str) {
        let mut used = 0;
        for ch in s.chars() {
            let n = ch.len_utf8();
            if used + n > 75 {
                self.out.push_str("\r\n ");
                used = 1;
            }
            self.out.push(ch);
            used += n;
        }
        self.out.push_str("\r\n");
    }
}

/// TEXT escaping (RFC 5545 §3.3.11).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

fn fmt_local(dt: DateTime) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}",
        dt.year(),
        dt.month(),
        dt.day(),
        dt.hour(),
        dt.minute(),
        dt.second()
    )
}

fn utc_stamp(ts: Timestamp) -> String {
    format!("{}Z", fmt_local(Offset::UTC.to_datetime(ts)))
}

fn fmt_offset(o: Offset) -> String {
    let s = o.seconds();
    let sign = if s < 0 { '-' } else { '+' };
    let a = s.unsigned_abs();
    let (h, m, sec) = (a / 3600, a / 60 % 60, a % 60);
    if sec == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{sec:02}")
    }
}

fn ymd(d: jiff::civil::Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// Name as a UID-safe ASCII slug; non-ASCII names are kept apart by a hash.
fn slug(name: &str) -> String {
    let mut s: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    while s.contains("--") {
        s = s.replace("--", "-");
    }
    let s = s.trim_matches('-').to_string();
    if s.len() == name.len() {
        s
    } else {
        format!("{s}-{:08x}", fnv1a(name) as u32)
    }
}

/// FNV-1a: a stable hash (std's is randomised per process).
fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let mut w = Writer::default();
        let long = format!("SUMMARY:{}", "عربي ".repeat(30));
        w.line(&long);
        for l in w.out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        let unfolded = w.out.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end_matches("\r\n"), long);
    }

    #[test]
    fn escapes_text() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn offsets() {
        assert_eq!(fmt_offset(jiff::tz::offset(2)), "+0200");
        assert_eq!(
            fmt_offset(Offset::from_seconds(-(3 * 3600 + 30 * 60)).unwrap()),
            "-0330"
        );
    }
}

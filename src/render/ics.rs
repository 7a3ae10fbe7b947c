//! Calendars as iCalendar files (RFC 5545): a VTIMEZONE from the bundled
//! time-zone data, one VEVENT per event with an optional reminder, CRLF,
//! lines folded at 75 octets. Deterministic: the stamp comes from the model.

use jiff::civil::DateTime;
use jiff::tz::{Offset, TimeZone};
use jiff::{SignedDuration, Timestamp};

use super::{RenderError, Renderer, Resources};
use crate::doc::{Calendar, Model};

pub struct Ics;

impl Renderer for Ics {
    fn name(&self) -> &'static str {
        "ics"
    }
    fn extension(&self) -> &'static str {
        "ics"
    }
    fn accepts(&self, model: &Model) -> bool {
        matches!(model, Model::Calendar(_))
    }
    fn render(&self, model: &Model, _: &Resources) -> Result<Vec<u8>, RenderError> {
        match model {
            Model::Calendar(c) => Ok(to_ics(c)?.into_bytes()),
            _ => Err(RenderError::wrong_model(self.name())),
        }
    }
}

/// The calendar as iCalendar text.
pub fn to_ics(cal: &Calendar) -> Result<String, RenderError> {
    let tz = TimeZone::get(&cal.time_zone).map_err(|e| RenderError {
        message: format!("unknown time zone {:?}: {e}", cal.time_zone),
        help: Some("use an IANA name such as Europe/Zurich".into()),
    })?;
    let day = SignedDuration::from_hours(24);
    let first = cal.events.iter().map(|e| e.start).min();
    let last = cal.events.iter().map(|e| e.end).max();
    let mut w = Writer::default();
    w.line("BEGIN:VCALENDAR");
    w.line("VERSION:2.0");
    w.line("PRODID:-//tarjama//interpreter rota//EN");
    w.line("CALSCALE:GREGORIAN");
    w.line("METHOD:PUBLISH");
    if let (Some(first), Some(last)) = (first, last) {
        let shift = |dt: DateTime, d: SignedDuration| {
            dt.checked_add(d).map_err(|e| RenderError {
                message: format!("time out of range: {e}"),
                help: None,
            })
        };
        vtimezone(
            &mut w,
            &tz,
            &cal.time_zone,
            shift(first, -day)?,
            shift(last, day)?,
        )?;
    }
    let stamp = utc_stamp(cal.stamp);
    let tzid = &cal.time_zone;
    let lang = format!(";LANGUAGE={}", cal.lang);
    for e in &cal.events {
        w.line("BEGIN:VEVENT");
        w.prop("UID", &e.uid);
        w.prop("DTSTAMP", &stamp);
        if cal.sequence > 0 {
            w.prop("SEQUENCE", &cal.sequence.to_string());
        }
        w.prop(&format!("DTSTART;TZID={tzid}"), &fmt_local(e.start));
        w.prop(&format!("DTEND;TZID={tzid}"), &fmt_local(e.end));
        w.prop(&format!("SUMMARY{lang}"), &escape(&e.summary));
        if !e.description.is_empty() {
            w.prop(
                &format!("DESCRIPTION{lang}"),
                &escape(&e.description.join("\n")),
            );
        }
        if let Some(l) = &e.location {
            w.prop(&format!("LOCATION{lang}"), &escape(l));
        }
        w.prop("TRANSP", "OPAQUE");
        w.prop("X-TARJAMA-KIND", e.kind.as_str());
        if let Some(a) = &e.alarm {
            w.line("BEGIN:VALARM");
            w.prop("ACTION", "DISPLAY");
            w.prop(&format!("DESCRIPTION{lang}"), &escape(&a.text));
            w.prop("TRIGGER", &format!("-PT{}M", a.minutes_before));
            w.line("END:VALARM");
        }
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

/// The text with each directional isolate (U+2066..U+2069, placed by
/// `compose`) turned into a mark of the same direction at both ends of what
/// it isolates: LRI 14:30–14:50 PDI becomes LRM 14:30–14:50 LRM. Calendar
/// clients that predate isolates (Unicode 6.3) draw them as boxes; the
/// marks (Unicode 1.1) every client keeps invisible, and they still hold a
/// time range or a phone number in its order inside Arabic text.
fn isolates_as_marks(s: &str) -> String {
    use unicode_bidi::BidiClass::{AL, L, R};
    const LRM: char = '\u{200E}';
    const RLM: char = '\u{200F}';
    let mut out = String::with_capacity(s.len());
    // The mark of each open isolate, to repeat at its PDI.
    let mut open: Vec<Option<char>> = Vec::new();
    for (i, ch) in s.char_indices() {
        let mark = match ch {
            '\u{2066}' => Some(LRM),
            '\u{2067}' => Some(RLM),
            // First strong: the direction of the isolated text's first
            // strong character, none if it has none.
            '\u{2068}' => {
                s[i..]
                    .chars()
                    .skip(1)
                    .find_map(|c| match crate::bidi_class::bidi_class(c) {
                        L => Some(LRM),
                        R | AL => Some(RLM),
                        _ => None,
                    })
            }
            '\u{2069}' => {
                if let Some(m) = open.pop().flatten() {
                    out.push(m);
                }
                continue;
            }
            c => {
                out.push(c);
                continue;
            }
        };
        open.push(mark);
        out.extend(mark);
    }
    out
}

/// TEXT escaping (RFC 5545 §3.3.11), with isolates turned into marks.
fn escape(s: &str) -> String {
    let s = isolates_as_marks(s);
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
    fn isolates_become_marks_of_their_direction() {
        let text = "\u{2066}14:30–14:50\u{2069} الملاحظات \u{2067}عربي\u{2069} \u{2068}abc\u{2069}\u{2068}12\u{2069}";
        let got = isolates_as_marks(text);
        assert_eq!(
            got,
            "\u{200E}14:30–14:50\u{200E} الملاحظات \u{200F}عربي\u{200F} \u{200E}abc\u{200E}12"
        );
        assert!(!escape(text).contains(|c| ('\u{2066}'..='\u{2069}').contains(&c)));
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

//! Written calendars and the rota read back: each calendar parses (a small
//! RFC 5545 reader), its times are in the meeting's zone, no turn is longer
//! than the rules allow, and the rota's turns are the calendars' turns.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use jiff::civil::DateTime;

use crate::doc::{Calendar, EventKind};
use crate::event::InterpretationRules;
use crate::event::Limit;
use crate::report::{Code, Finding};

/// One VEVENT: what the checks need.
#[derive(Debug, Clone)]
pub struct IcsEvent {
    pub uid: String,
    pub start: DateTime,
    pub end: DateTime,
    pub line: usize,
    /// Not a turn: `X-TARJAMA-KIND` says it is the arrival (connection test).
    pub arrival: bool,
    /// SEQUENCE (0 when absent): the event's `revision`.
    pub sequence: u32,
}

/// A calendar file as read.
#[derive(Debug, Clone, Default)]
pub struct Ics {
    pub events: Vec<IcsEvent>,
    /// The LANGUAGE= of its texts: the booth's language (or English).
    pub lang: Option<String>,
}

/// Reads `text` as an iCalendar file; problems become findings on `file`.
/// `zone`: the meeting's time zone, if known.
pub fn read_ics(file: &Path, text: &str, zone: Option<&str>) -> (Ics, Vec<Finding>) {
    let mut out = Vec::new();
    let bad = |line: usize, msg: String| {
        let mut f = Finding::new(Code::CalendarInvalid, file, msg)
            .help("calendar programs may refuse the file or drop events: rebuild it");
        f.line = Some(line);
        f
    };
    // Unfold: a line starting with a space or tab continues the previous.
    let mut lines: Vec<(usize, String)> = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        match (raw.chars().next(), lines.last_mut()) {
            (Some(' ' | '\t'), Some(last)) => last.1.push_str(&raw[1..]),
            (None, _) => {}
            _ => lines.push((i + 1, raw.to_string())),
        }
    }
    let mut stack: Vec<String> = Vec::new();
    let mut zones: BTreeSet<String> = BTreeSet::new();
    let mut ics = Ics::default();
    let mut cur: BTreeMap<String, (String, String, usize)> = BTreeMap::new();
    let mut seen_calendar = false;
    for (n, line) in &lines {
        let Some((head, value)) = split_content_line(line) else {
            out.push(bad(*n, format!("line {n} is not `NAME:value`: {line:?}")));
            continue;
        };
        let (name, params) = head.split_once(';').unwrap_or((head, ""));
        let name = name.to_ascii_uppercase();
        match name.as_str() {
            "BEGIN" => {
                if value == "VCALENDAR" {
                    seen_calendar = true;
                }
                if value == "VEVENT" {
                    cur.clear();
                }
                stack.push(value.to_string());
            }
            "END" => match stack.pop() {
                Some(open) if open == value => {
                    if value == "VEVENT" {
                        match event(&cur, *n, &zones, zone) {
                            Ok(e) => ics.events.push(e),
                            Err((code, msg)) => out.push(Finding {
                                code,
                                severity: code.severity(),
                                ..bad(*n, msg)
                            }),
                        }
                    }
                }
                Some(open) => out.push(bad(*n, format!("END:{value} closes BEGIN:{open}"))),
                None => out.push(bad(*n, format!("END:{value} without BEGIN"))),
            },
            "TZID" if stack.last().map(String::as_str) == Some("VTIMEZONE") => {
                zones.insert(value.to_string());
            }
            _ if stack.last().map(String::as_str) == Some("VEVENT") => {
                if ics.lang.is_none() {
                    ics.lang = params
                        .split(';')
                        .find_map(|x| x.strip_prefix("LANGUAGE="))
                        .map(str::to_owned);
                }
                cur.insert(name, (params.to_string(), value.to_string(), *n));
            }
            _ => {}
        }
    }
    if !seen_calendar {
        out.push(bad(1, "no BEGIN:VCALENDAR: not a calendar".into()));
    }
    if let Some(open) = stack.last() {
        out.push(bad(
            lines.last().map_or(1, |l| l.0),
            format!("BEGIN:{open} is never closed"),
        ));
    }
    (ics, out)
}

/// A calendar as read against the one the event composes now: the same
/// turns (and arrival), at the same times, or a finding naming the first
/// difference (a build from another version of the event).
pub fn against_event(file: &Path, ics: &Ics, composed: &Calendar) -> Option<Finding> {
    let span =
        |s: DateTime, e: DateTime| format!("{}–{}", s.strftime("%H:%M"), e.strftime("%H:%M"));
    let mut here: Vec<(DateTime, DateTime, bool)> = ics
        .events
        .iter()
        .map(|e| (e.start, e.end, e.arrival))
        .collect();
    let mut plan: Vec<(DateTime, DateTime, bool)> = composed
        .events
        .iter()
        .map(|e| (e.start, e.end, e.kind == EventKind::Arrival))
        .collect();
    here.sort();
    plan.sort();
    if here == plan {
        // Same times, an earlier revision: a calendar program that took
        // the revision's file would not take this one's again.
        let old = ics
            .events
            .iter()
            .find(|e| e.sequence != composed.sequence)?;
        return Some(
            Finding::new(
                Code::CalendarDiffers,
                file,
                format!(
                    "its events are of revision {} (SEQUENCE), the event is at revision {}",
                    old.sequence, composed.sequence
                ),
            )
            .help("rebuild the folder (tarjama build EVENT --out DIR) and send the new calendars"),
        );
    }
    let text = match here.iter().zip(&plan).position(|(a, b)| a != b) {
        Some(k) => format!(
            "event {} is {} here, {} in the event's plan",
            k + 1,
            span(here[k].0, here[k].1),
            span(plan[k].0, plan[k].1)
        ),
        None => format!(
            "{} event(s) here, {} in the event's plan",
            here.len(),
            plan.len()
        ),
    };
    Some(
        Finding::new(Code::CalendarDiffers, file, text)
            .help("it was built from another version of the event: rebuild the folder (tarjama build EVENT --out DIR)"),
    )
}

/// Splits "NAME;PARAM=\"a:b\":value" at the first colon outside quotes.
fn split_content_line(line: &str) -> Option<(&str, &str)> {
    let mut quoted = false;
    for (i, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ':' if !quoted => return Some((&line[..i], &line[i + 1..])),
            _ => {}
        }
    }
    None
}

type Props = BTreeMap<String, (String, String, usize)>;

/// A VEVENT's UID and times, checked: times local to a zone the file
/// defines (and the meeting's), the end after the start.
fn event(
    p: &Props,
    end_line: usize,
    zones: &BTreeSet<String>,
    zone: Option<&str>,
) -> Result<IcsEvent, (Code, String)> {
    let uid = p.get("UID").map(|u| u.1.clone()).ok_or((
        Code::CalendarInvalid,
        format!("the event ending at line {end_line} has no UID"),
    ))?;
    let time = |key: &str| -> Result<DateTime, (Code, String)> {
        let (params, value, line) = p
            .get(key)
            .ok_or((Code::CalendarInvalid, format!("event {uid} has no {key}")))?;
        let tzid = params
            .split(';')
            .find_map(|x| x.strip_prefix("TZID="))
            .map(|t| t.trim_matches('"'));
        match (tzid, zone) {
            (None, _) => {
                return Err((
                    Code::WrongTimeZone,
                    format!("line {line}: {key} of {uid} has no time zone (TZID): calendars would show it in the reader's own zone"),
                ))
            }
            (Some(t), _) if !zones.contains(t) => {
                return Err((
                    Code::WrongTimeZone,
                    format!("line {line}: {key} of {uid} is in {t}, which the file does not define (no VTIMEZONE)"),
                ))
            }
            (Some(t), Some(z)) if t != z => {
                return Err((
                    Code::WrongTimeZone,
                    format!("line {line}: {key} of {uid} is in {t}, the meeting is in {z}"),
                ))
            }
            _ => {}
        }
        DateTime::strptime("%Y%m%dT%H%M%S", value).map_err(|e| {
            (
                Code::CalendarInvalid,
                format!("line {line}: {key} {value:?} of {uid} is not a local date-time: {e}"),
            )
        })
    };
    let (start, end) = (time("DTSTART")?, time("DTEND")?);
    if end <= start {
        return Err((
            Code::CalendarInvalid,
            format!("event {uid} ends ({end}) before it starts ({start})"),
        ));
    }
    Ok(IcsEvent {
        uid,
        start,
        end,
        line: p.get("DTSTART").map_or(end_line, |x| x.2),
        arrival: p.get("X-TARJAMA-KIND").is_some_and(|k| k.1 == "arrival"),
        sequence: p
            .get("SEQUENCE")
            .and_then(|s| s.1.trim().parse().ok())
            .unwrap_or(0),
    })
}

/// One rota row: whose turn, and when.
#[derive(Debug, Clone)]
pub struct RotaRow {
    pub booth: String,
    pub interpreter: String,
    pub start: DateTime,
    pub end: DateTime,
}

/// Reads rota.csv (header: booth, interpreter, date, start, end, …).
pub fn read_rota(file: &Path, text: &str) -> (Vec<RotaRow>, Vec<Finding>) {
    let mut out = Vec::new();
    let mut rows = Vec::new();
    let records = csv_records(text);
    let Some(header) = records.first() else {
        out.push(Finding::new(Code::RotaMismatch, file, "the rota is empty"));
        return (rows, out);
    };
    let col = |name: &str| header.iter().position(|h| h == name);
    let (Some(b), Some(i), Some(d), Some(s), Some(e)) = (
        col("booth"),
        col("interpreter"),
        col("date"),
        col("start"),
        col("end"),
    ) else {
        out.push(
            Finding::new(
                Code::RotaMismatch,
                file,
                format!(
                    "the rota's header lacks booth, interpreter, date, start or end: {header:?}"
                ),
            )
            .help("rebuild it"),
        );
        return (rows, out);
    };
    for (n, r) in records.iter().enumerate().skip(1) {
        let get = |k: usize| r.get(k).map(String::as_str).unwrap_or("");
        let at = |t: &str| DateTime::strptime("%Y-%m-%d %H:%M", format!("{} {t}", get(d)));
        match (at(get(s)), at(get(e))) {
            (Ok(start), Ok(end)) => rows.push(RotaRow {
                booth: get(b).to_string(),
                interpreter: get(i).to_string(),
                start,
                end,
            }),
            _ => {
                let mut f = Finding::new(
                    Code::RotaMismatch,
                    file,
                    format!("row {} has no readable date and times: {r:?}", n + 1),
                );
                f.line = Some(n + 1);
                out.push(f);
            }
        }
    }
    (rows, out)
}

/// RFC 4180 records: commas, quoted fields with doubled quotes, CRLF or LF.
fn csv_records(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => record.push(std::mem::take(&mut field)),
            '\r' if !quoted => {}
            '\n' if !quoted => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            c => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

type Span = (DateTime, DateTime);

/// Merges touching or overlapping spans.
fn merged(mut v: Vec<Span>) -> Vec<Span> {
    v.sort();
    let mut out: Vec<Span> = Vec::new();
    for (s, e) in v {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

fn minutes(s: &Span) -> i64 {
    s.1.duration_since(s.0).as_mins()
}

/// Calendars against the rota: each calendar's turns (its events during
/// the rota's turns, but for its arrival) match one interpreter's rota turns, none is longer
/// than the rules allow, every interpreter of the rota has a calendar.
pub fn agree(
    rota_file: &Path,
    rota: &[RotaRow],
    calendars: &[(PathBuf, Ics)],
    rules: &InterpretationRules,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut by_person: BTreeMap<(String, String), Vec<Span>> = BTreeMap::new();
    for r in rota {
        by_person
            .entry((r.booth.clone(), r.interpreter.clone()))
            .or_default()
            .push((r.start, r.end));
    }
    let by_person: BTreeMap<(String, String), Vec<Span>> =
        by_person.into_iter().map(|(k, v)| (k, merged(v))).collect();
    // An interpreter's team: those of the booth on duty (from their first
    // turn to their last) while they are, so that a booth working in two
    // shifts of two is two teams of two, as planned, not one team of four.
    let on_duty = |v: &[Span]| v.first().zip(v.last()).map(|(a, b)| (a.0, b.1));
    let team_of = |who: &(String, String)| {
        let Some(mine) = on_duty(&by_person[who]) else {
            return 0;
        };
        by_person
            .iter()
            .filter(|((b, _), v)| {
                *b == who.0 && on_duty(v).is_some_and(|d| d.0 < mine.1 && mine.0 < d.1)
            })
            .count()
    };
    let all: Vec<Span> = by_person.values().flatten().copied().collect();
    let overlaps = |e: &IcsEvent| all.iter().any(|(s, t)| e.start < *t && *s < e.end);
    // Each calendar's turns, matched to an interpreter of the rota: first
    // those equal to someone's turns (in the calendar's booth if it says
    // one), then by the most minutes shared.
    let turns_of = |ics: &Ics| -> Vec<IcsEvent> {
        ics.events
            .iter()
            .filter(|e| !e.arrival && overlaps(e))
            .cloned()
            .collect()
    };
    let spans_of = |t: &[IcsEvent]| merged(t.iter().map(|e| (e.start, e.end)).collect());
    let mut matched: Vec<Option<(String, String)>> = vec![None; calendars.len()];
    let mut taken: BTreeSet<(String, String)> = BTreeSet::new();
    for same_booth in [true, false] {
        for (i, (_, ics)) in calendars.iter().enumerate() {
            if matched[i].is_some() {
                continue;
            }
            let spans = spans_of(&turns_of(ics));
            let hit = by_person.iter().find(|(k, v)| {
                !taken.contains(*k)
                    && **v == spans
                    && (!same_booth || ics.lang.as_deref() == Some(k.0.as_str()))
            });
            if let Some((k, _)) = hit {
                taken.insert(k.clone());
                matched[i] = Some(k.clone());
            }
        }
    }
    for (i, (_, ics)) in calendars.iter().enumerate() {
        if matched[i].is_some() {
            continue;
        }
        let spans = spans_of(&turns_of(ics));
        let best = by_person
            .iter()
            .filter(|(k, _)| !taken.contains(*k))
            .map(|(k, v)| {
                let shared: i64 = v
                    .iter()
                    .flat_map(|a| spans.iter().map(move |b| (a, b)))
                    .map(|(a, b)| {
                        let (s, e) = (a.0.max(b.0), a.1.min(b.1));
                        if s < e {
                            e.duration_since(s).as_mins()
                        } else {
                            0
                        }
                    })
                    .sum();
                let booth = ics.lang.as_deref() == Some(k.0.as_str());
                ((shared, booth), k)
            })
            .filter(|x| x.0 .0 > 0)
            .max_by_key(|x| x.0);
        if let Some((_, k)) = best {
            taken.insert(k.clone());
            matched[i] = Some(k.clone());
        }
    }
    for ((path, ics), who) in calendars.iter().zip(&matched) {
        let turns = turns_of(ics);
        let spans = spans_of(&turns);
        let Some(who) = who else {
            if !turns.is_empty() {
                out.push(
                    Finding::new(
                        Code::RotaMismatch,
                        path,
                        format!(
                            "{} turn(s) in this calendar belong to no interpreter of the rota",
                            turns.len()
                        ),
                    )
                    .help(
                        "the calendars and rota.csv come from different builds: rebuild the folder",
                    ),
                );
            }
            continue;
        };
        let theirs = &by_person[who];
        let team = team_of(who);
        // As the plan's rules: alone, the solo limit; in a team, turns.
        let limit = match team {
            1 => rules.get(Limit::SoloMax),
            0 | 2 => rules.get(Limit::TurnMax),
            _ => rules.get(Limit::TurnMaxTeamOfThree),
        };
        for e in &turns {
            let m = minutes(&(e.start, e.end));
            if m > limit as i64 {
                let mut f = Finding::new(
                    Code::TurnTooLong,
                    path,
                    format!(
                        "the turn {}–{} ({}) lasts {m} min; the rules allow {limit} min in a booth of {}",
                        e.start.strftime("%H:%M"),
                        e.end.strftime("%H:%M"),
                        e.uid,
                        team
                    ),
                )
                .help("a longer turn tires the interpreter: re-plan, or change the rule in [interpretation_rules]");
                f.line = Some(e.line);
                out.push(f);
            }
        }
        let fmt = |v: &[Span]| {
            v.iter()
                .map(|s| format!("{}–{}", s.0.strftime("%H:%M"), s.1.strftime("%H:%M")))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let only_rota: Vec<Span> = theirs
            .iter()
            .filter(|s| !spans.contains(s))
            .copied()
            .collect();
        let only_cal: Vec<Span> = spans
            .iter()
            .filter(|s| !theirs.contains(s))
            .copied()
            .collect();
        if !only_rota.is_empty() || !only_cal.is_empty() {
            out.push(
                Finding::new(
                    Code::RotaMismatch,
                    path,
                    format!(
                        "this calendar and rota.csv disagree on {} ({}): rota only [{}], calendar only [{}]",
                        who.1,
                        who.0,
                        fmt(&only_rota),
                        fmt(&only_cal)
                    ),
                )
                .help("the calendars and rota.csv come from different builds: rebuild the folder"),
            );
        }
    }
    for (who, spans) in &by_person {
        if !taken.contains(who) && !calendars.is_empty() {
            out.push(
                Finding::new(
                    Code::RotaMismatch,
                    rota_file,
                    format!(
                        "{} ({}) has {} turn(s) in the rota and no calendar",
                        who.1,
                        who.0,
                        spans.len()
                    ),
                )
                .help("rebuild the folder: every interpreter gets a calendar"),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const ICS: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Zurich\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:a@x\r\nDTSTART;TZID=Europe/Zurich:20230524T143000\r\nDTEND;TZID=Europe/Zurich:20230524T150000\r\nSUMMARY:Au micro – cabine fran\r\n çaise\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    #[test]
    fn reads_a_calendar_and_checks_zones() {
        let (ics, f) = read_ics(Path::new("c.ics"), ICS, Some("Europe/Zurich"));
        assert!(f.is_empty(), "{f:?}");
        assert_eq!(ics.events.len(), 1);
        assert_eq!(ics.events[0].start.strftime("%H:%M").to_string(), "14:30");
        let (_, f) = read_ics(Path::new("c.ics"), ICS, Some("America/New_York"));
        assert_eq!(f[0].code, Code::WrongTimeZone);
        let broken = ICS.replace("END:VEVENT\r\n", "");
        let (_, f) = read_ics(Path::new("c.ics"), &broken, None);
        assert!(f.iter().any(|x| x.code == Code::CalendarInvalid), "{f:?}");
    }

    #[test]
    fn rota_and_calendars_agree_or_not() {
        let rota_csv = "booth,interpreter,date,start,end,item\nfr,FR 1,2023-05-24,14:30,14:45,1\nfr,FR 1,2023-05-24,14:45,15:00,\"2, with comma\"\n";
        let (rota, f) = read_rota(Path::new("rota.csv"), rota_csv);
        assert!(f.is_empty());
        assert_eq!(rota.len(), 2);
        let (ics, _) = read_ics(Path::new("c.ics"), ICS, None);
        let rules = InterpretationRules::default();
        let cals = vec![(PathBuf::from("FR-1.ics"), ics.clone())];
        assert!(agree(Path::new("rota.csv"), &rota, &cals, &rules).is_empty());
        let shorter = rota_csv.replace("15:00", "14:55");
        let (rota, _) = read_rota(Path::new("rota.csv"), &shorter);
        let f = agree(Path::new("rota.csv"), &rota, &cals, &rules);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].code, Code::RotaMismatch);
        assert!(f[0].text.contains("14:30–14:55"), "{}", f[0].text);
        // FR 1 is alone in the rota: the solo limit holds, not the turn's.
        // 40 minutes pass a 30-minute stretch; 20 do not.
        let turns_only = rules.clone().with(Limit::TurnMax, 20);
        let (rota, _) = read_rota(Path::new("rota.csv"), rota_csv);
        assert!(agree(Path::new("rota.csv"), &rota, &cals, &turns_only).is_empty());
        let strict = rules.with(Limit::SoloMax, 20);
        let (rota, _) = read_rota(Path::new("rota.csv"), rota_csv);
        let f = agree(Path::new("rota.csv"), &rota, &cals, &strict);
        assert_eq!(f[0].code, Code::TurnTooLong, "{f:?}");
    }

    /// A booth of four working in two shifts of two is two teams of two:
    /// a 30-minute turn is within the rules (a team of three or more takes
    /// 20-minute turns); four on duty together are a team of four.
    #[test]
    fn a_team_is_those_on_duty_together() {
        let rules = InterpretationRules::default();
        let (ics, _) = read_ics(Path::new("c.ics"), ICS, None);
        let cals = vec![(PathBuf::from("FR-1.ics"), ics)];
        let row = |who: &str, s: &str, e: &str| format!("fr,{who},2023-05-24,{s},{e},1\n");
        let head = "booth,interpreter,date,start,end,item\n";
        let morning = [
            row("FR 1", "14:30", "15:00"),
            row("FR 2", "15:00", "15:30"),
            row("FR 1", "15:30", "16:00"),
        ]
        .concat();
        let shifts = [
            head.to_string(),
            morning.clone(),
            row("FR 3", "16:30", "17:00"),
            row("FR 4", "17:00", "17:30"),
        ]
        .concat();
        let (rota, _) = read_rota(Path::new("rota.csv"), &shifts);
        let f = agree(Path::new("rota.csv"), &rota, &cals, &rules);
        assert!(!f.iter().any(|x| x.code == Code::TurnTooLong), "{f:?}");
        let together = [
            head.to_string(),
            morning,
            row("FR 3", "15:00", "15:30"),
            row("FR 4", "15:30", "16:00"),
        ]
        .concat();
        let (rota, _) = read_rota(Path::new("rota.csv"), &together);
        let f = agree(Path::new("rota.csv"), &rota, &cals, &rules);
        let long: Vec<_> = f.iter().filter(|x| x.code == Code::TurnTooLong).collect();
        assert_eq!(long.len(), 1, "{f:?}");
        assert!(long[0].text.contains("a booth of 4"), "{}", long[0].text);
    }
}

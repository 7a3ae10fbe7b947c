//! The meeting as typed, validated data: read the TOML event file, check
//! it, and report every problem with its file, line and fix.

pub mod file;
pub mod rules;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::diag::{closest, Diagnostic, Diagnostics, Loc};
use crate::lang::Lang;
pub use file::{Access, ArabicDigits, Format, Honorific, HostRole, ItemKind};
pub use rules::{InterpretationRules, Limit};

/// Minutes since midnight, in the meeting's time zone.
pub type Minutes = u32;

/// Writes minutes since midnight as HH:MM.
pub fn hhmm(m: Minutes) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// A validated meeting.
#[derive(Debug, Clone)]
pub struct Event {
    /// The folder holding event.toml and the event's .ftl files.
    pub dir: PathBuf,
    pub file: PathBuf,
    pub source: String,
    pub id: String,
    pub date: Date,
    pub start: Minutes,
    pub end: Minutes,
    pub time_zone: TimeZone,
    pub time_zone_name: String,
    /// What readers see after the times, e.g. "CEST".
    pub time_zone_label: String,
    pub format: Format,
    pub platform: Option<String>,
    pub access: Access,
    pub chatham_house_rule: bool,
    pub document_languages: Vec<Lang>,
    pub interpretation_languages: Vec<Lang>,
    /// The language translations are checked against (`source_language`,
    /// default English).
    pub source_language: Lang,
    pub arabic_digits: ArabicDigits,
    pub sections: Vec<Section>,
    pub hosts: Vec<Host>,
    pub people: BTreeMap<String, Person>,
    pub agenda: Vec<AgendaItem>,
    pub interpreters: Vec<Interpreter>,
    /// Interpreter planning rules: professional defaults, overridden by
    /// the event's [interpretation_rules], each within its range.
    pub rules: InterpretationRules,
}

impl Event {
    /// The agenda item `id` names, if it is one of this event's.
    pub fn item(&self, id: ItemId) -> Option<&AgendaItem> {
        self.agenda.get(id.0)
    }
}

/// An agenda item of an event: its place in the agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ItemId(usize);

impl ItemId {
    /// The item at `index` (0-based) of an agenda.
    pub fn new(index: usize) -> ItemId {
        ItemId(index)
    }
    /// The number a reader sees: 1 for the first item.
    pub fn number(self) -> usize {
        self.0 + 1
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Section {
    /// Built by tarjama from the agenda.
    Agenda,
    /// Built by tarjama from the interpretation languages.
    Interpretation,
    /// Prose: section-<id>-heading and section-<id>-body.
    Prose { id: String, at: Loc },
}

#[derive(Debug, Clone)]
pub struct Host {
    pub id: String,
    pub role: HostRole,
    pub at: Loc,
}

#[derive(Debug, Clone)]
pub struct Person {
    pub id: String,
    pub name: Option<String>,
    pub honorific: Option<Honorific>,
    pub languages: Vec<Lang>,
    pub at: Loc,
}

#[derive(Debug, Clone)]
pub struct AgendaItem {
    pub id: ItemId,
    pub start: Minutes,
    pub end: Minutes,
    pub kind: ItemKind,
    /// Message id of the title and where the event file names it.
    pub title: Option<(String, Loc)>,
    pub moderator: Option<String>,
    pub scene_setter: Option<String>,
    pub panellists: Vec<String>,
    pub speakers: Vec<String>,
    pub floor_languages: Vec<Lang>,
    pub at: Loc,
}

#[derive(Debug, Clone)]
pub struct Interpreter {
    pub name: String,
    pub booth: Lang,
    pub a: Lang,
    pub b: Vec<Lang>,
    pub c: Vec<Lang>,
    pub at: Loc,
}

/// The event file inside an event folder.
pub const EVENT_FILE: &str = "event.toml";

/// Reads and validates `path` (an event folder or its event.toml).
pub fn load(path: &Path) -> Result<Event, Diagnostics> {
    let file = if path.is_dir() {
        path.join(EVENT_FILE)
    } else {
        path.to_path_buf()
    };
    let source = std::fs::read_to_string(&file).map_err(|e| {
        Diagnostic::error(format!("cannot read the event file: {e}"))
            .in_file(&file)
            .help(format!(
                "give an event folder holding {EVENT_FILE}, e.g. examples/gcm-talk-2023"
            ))
    })?;
    parse(&file, source)
}

/// Parses and validates the text of an event file.
pub fn parse(file: &Path, source: String) -> Result<Event, Diagnostics> {
    let raw: file::EventFile =
        toml::from_str(&source).map_err(|e| toml_error(file, &source, &e))?;
    Validator::new(file, &source).run(raw, source.clone())
}

fn toml_error(file: &Path, source: &str, e: &toml::de::Error) -> Diagnostic {
    let message = e.message().trim().to_string();
    let help = if message.contains("unknown field") {
        "remove or rename the key; `tarjama schema` lists every key the event file accepts"
    } else if message.contains("missing field") {
        "add the key; the README's event file reference shows an example"
    } else if message.contains("unknown variant") {
        "use one of the values listed"
    } else {
        "fix the TOML syntax at this place"
    };
    let d = Diagnostic::error(format!("invalid event file: {message}"))
        .in_file(file)
        .help(help);
    match e.span() {
        Some(span) => d.at_offset(source, span.start),
        None => d,
    }
}

struct Validator<'a> {
    file: &'a Path,
    source: &'a str,
    diags: Diagnostics,
}

impl<'a> Validator<'a> {
    fn new(file: &'a Path, source: &'a str) -> Self {
        Validator {
            file,
            source,
            diags: Diagnostics::default(),
        }
    }

    fn loc(&self, offset: usize) -> Loc {
        Loc::from_offset(self.source, offset)
    }

    fn error(&mut self, offset: usize, message: String, help: &str) {
        let d = Diagnostic::error(message)
            .in_file(self.file)
            .at_offset(self.source, offset)
            .help(help);
        self.diags.push(d);
    }

    fn time(&mut self, s: &toml::Spanned<String>, what: &str) -> Minutes {
        match parse_hhmm(s.get_ref()) {
            Some(m) => m,
            None => {
                self.error(
                    s.span().start,
                    format!("{what} `{}` is not a time", s.get_ref()),
                    "write times as HH:MM on the 24-hour clock, e.g. \"14:30\"",
                );
                0
            }
        }
    }

    fn lang(&mut self, code: &str, offset: usize, for_documents: bool) -> Option<Lang> {
        match code.parse::<Lang>() {
            Ok(l) if for_documents && !l.has_documents() => {
                self.error(
                    offset,
                    format!("documents in `{code}` are not supported yet"),
                    "use ar, en, fr or es; Russian and Chinese documents are on the road map",
                );
                None
            }
            Ok(l) => Some(l),
            Err(_) => {
                self.error(
                    offset,
                    format!("unknown language `{code}`"),
                    "use a UN language code: ar, zh, en, fr, ru or es",
                );
                None
            }
        }
    }

    fn langs(&mut self, v: &toml::Spanned<Vec<String>>, for_documents: bool) -> Vec<Lang> {
        let offset = v.span().start;
        let mut out = Vec::new();
        for code in v.get_ref() {
            if let Some(l) = self.lang(code, offset, for_documents) {
                if out.contains(&l) {
                    self.error(
                        offset,
                        format!("language `{code}` is listed twice"),
                        "list each language once",
                    );
                } else {
                    out.push(l);
                }
            }
        }
        out
    }

    fn run(mut self, raw: file::EventFile, source: String) -> Result<Event, Diagnostics> {
        let date = match raw.date.get_ref().parse::<Date>() {
            Ok(d) => d,
            Err(_) => {
                self.error(
                    raw.date.span().start,
                    format!("date `{}` is not a calendar date", raw.date.get_ref()),
                    "write the date as YYYY-MM-DD, e.g. \"2023-05-24\"",
                );
                Date::constant(2000, 1, 1)
            }
        };
        let start = self.time(&raw.start, "start");
        let end = self.time(&raw.end, "end");
        if end <= start {
            self.error(
                raw.end.span().start,
                format!(
                    "the meeting ends ({}) before it starts ({})",
                    hhmm(end),
                    hhmm(start)
                ),
                "set `end` later than `start`; meetings past midnight are not supported",
            );
        }
        let tz_name = raw.time_zone.get_ref().clone();
        let time_zone = match TimeZone::get(&tz_name) {
            Ok(tz) => tz,
            Err(_) => {
                self.error(
                    raw.time_zone.span().start,
                    format!("unknown time zone `{tz_name}`"),
                    "use an IANA time zone name such as \"Europe/Zurich\" or \"America/New_York\"",
                );
                TimeZone::UTC
            }
        };
        let time_zone_label = raw
            .time_zone_label
            .clone()
            .unwrap_or_else(|| zone_abbreviation(&time_zone, date, start));

        let document_languages = self.langs(&raw.document_languages, true);
        if document_languages.is_empty() && raw.document_languages.get_ref().is_empty() {
            self.error(
                raw.document_languages.span().start,
                "no document language".into(),
                "list at least one, e.g. document_languages = [\"en\"]",
            );
        }
        let interpretation_languages = match &raw.interpretation_languages {
            Some(v) => self.langs(v, false),
            None => Vec::new(),
        };
        let source_language = match &raw.source_language {
            None => Lang::En,
            Some(s) => {
                let l = self.lang(s.get_ref(), s.span().start, true);
                if let Some(l) = l.filter(|l| !document_languages.contains(l)) {
                    self.error(
                        s.span().start,
                        format!("the source language `{l}` is not a document language"),
                        "add it to document_languages, or name one of them",
                    );
                }
                l.unwrap_or(Lang::En)
            }
        };

        let mut people = BTreeMap::new();
        for (id, p) in &raw.people {
            let offset = p.span().start;
            let mut languages = Vec::new();
            for code in &p.get_ref().languages {
                if let Some(l) = self.lang(code, offset, false) {
                    languages.push(l);
                }
            }
            people.insert(
                id.clone(),
                Person {
                    id: id.clone(),
                    name: p.get_ref().name.clone(),
                    honorific: p.get_ref().honorific,
                    languages,
                    at: self.loc(offset),
                },
            );
        }

        let mut hosts = Vec::new();
        for h in &raw.hosts {
            hosts.push(Host {
                id: h.id.get_ref().clone(),
                role: h.role,
                at: self.loc(h.id.span().start),
            });
        }

        let mut sections = Vec::new();
        let mut seen = BTreeSet::new();
        for s in raw.sections.get_ref() {
            let id = s.get_ref().as_str();
            if !seen.insert(id.to_string()) {
                self.error(
                    s.span().start,
                    format!("section `{id}` is listed twice"),
                    "list each section once",
                );
            }
            sections.push(match id {
                "agenda" => Section::Agenda,
                "interpretation" => Section::Interpretation,
                _ => Section::Prose {
                    id: id.to_string(),
                    at: self.loc(s.span().start),
                },
            });
        }

        let agenda = self.agenda(&raw, &people, &interpretation_languages, start, end);
        let interpreters = self.interpreters(&raw, &interpretation_languages);
        let rules = match &raw.interpretation_rules {
            None => InterpretationRules::default(),
            Some(table) => match rules::validate(table.get_ref(), table.span().start) {
                Ok(r) => r,
                Err(problems) => {
                    for p in problems {
                        self.error(p.offset, p.message, &p.help);
                    }
                    InterpretationRules::default()
                }
            },
        };

        if self.diags.has_errors() {
            return Err(self.diags);
        }
        let dir = self
            .file
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        Ok(Event {
            dir,
            file: self.file.to_path_buf(),
            source,
            id: raw.id,
            date,
            start,
            end,
            time_zone,
            time_zone_name: tz_name,
            time_zone_label,
            format: raw.format,
            platform: raw.platform,
            access: raw.access,
            chatham_house_rule: raw.chatham_house_rule,
            document_languages,
            interpretation_languages,
            source_language,
            arabic_digits: raw.arabic_digits,
            sections,
            hosts,
            people,
            agenda,
            interpreters,
            rules,
        })
    }

    fn person_ref(
        &mut self,
        people: &BTreeMap<String, Person>,
        r: &toml::Spanned<String>,
    ) -> Option<String> {
        let id = r.get_ref();
        if people.contains_key(id) {
            Some(id.clone())
        } else {
            let known: Vec<&str> = people.keys().map(String::as_str).collect();
            let help = match closest(id, &known) {
                Some(k) => format!("did you mean `{k}`? Otherwise add a [people.{id}] table"),
                None => format!("add a [people.{id}] table to the event file"),
            };
            self.error(r.span().start, format!("unknown person `{id}`"), &help);
            None
        }
    }

    fn agenda(
        &mut self,
        raw: &file::EventFile,
        people: &BTreeMap<String, Person>,
        interpretation: &[Lang],
        meeting_start: Minutes,
        meeting_end: Minutes,
    ) -> Vec<AgendaItem> {
        let mut items: Vec<AgendaItem> = Vec::new();
        let starts: Vec<Minutes> = raw
            .agenda
            .iter()
            .map(|i| parse_hhmm(i.get_ref().start.get_ref()).unwrap_or(0))
            .collect();
        for (n, spanned) in raw.agenda.iter().enumerate() {
            let item = spanned.get_ref();
            let offset = item.start.span().start;
            let start = self.time(&item.start, "agenda item start");
            let end = match &item.end {
                Some(e) => self.time(e, "agenda item end"),
                None => starts.get(n + 1).copied().unwrap_or(meeting_end),
            };
            let end_offset = item.end.as_ref().map_or(offset, |e| e.span().start);
            // An implied end before the start means the next item is out of
            // order; that item's own error says so.
            if end <= start && item.end.is_some() {
                self.error(
                    end_offset,
                    format!(
                        "agenda item {} ends ({}) before it starts ({})",
                        n + 1,
                        hhmm(end),
                        hhmm(start)
                    ),
                    "give the item an `end` after its `start`, or fix the next item's start",
                );
            }
            if start < meeting_start || end > meeting_end {
                self.error(
                    offset,
                    format!(
                        "agenda item {} ({}–{}) is outside the meeting's hours ({}–{})",
                        n + 1,
                        hhmm(start),
                        hhmm(end),
                        hhmm(meeting_start),
                        hhmm(meeting_end)
                    ),
                    "move the item inside the meeting, or change the meeting's start/end",
                );
            }
            if let Some(prev) = items.last() {
                if start < prev.start {
                    self.error(
                        offset,
                        format!(
                            "agenda item {} starts at {}, before item {} ({})",
                            n + 1,
                            hhmm(start),
                            n,
                            hhmm(prev.start)
                        ),
                        "list agenda items in the order they happen",
                    );
                } else if start < prev.end {
                    self.error(
                        offset,
                        format!(
                            "agenda item {} starts at {}, while item {} runs until {}",
                            n + 1,
                            hhmm(start),
                            n,
                            hhmm(prev.end)
                        ),
                        "make items follow one another: end the earlier item before this one starts",
                    );
                }
            }
            let moderator = item
                .moderator
                .as_ref()
                .and_then(|r| self.person_ref(people, r));
            let scene_setter = item
                .scene_setter
                .as_ref()
                .and_then(|r| self.person_ref(people, r));
            let panellists: Vec<String> = item
                .panellists
                .iter()
                .filter_map(|r| self.person_ref(people, r))
                .collect();
            let speakers: Vec<String> = item
                .speakers
                .iter()
                .filter_map(|r| self.person_ref(people, r))
                .collect();
            if item.title.is_none() && matches!(item.kind, ItemKind::Session | ItemKind::Other) {
                self.error(
                    offset,
                    format!("agenda item {} has no title", n + 1),
                    "add title = \"<message id>\" and the message to the event's .ftl files",
                );
            }
            let floor_languages = match &item.floor_languages {
                Some(codes) => codes
                    .iter()
                    .filter_map(|c| self.lang(c, offset, false))
                    .collect(),
                None if item.kind == ItemKind::Break => Vec::new(),
                None => {
                    let mut langs: Vec<Lang> = Vec::new();
                    for id in moderator
                        .iter()
                        .chain(scene_setter.iter())
                        .chain(&panellists)
                        .chain(&speakers)
                    {
                        for l in &people[id].languages {
                            if !langs.contains(l) {
                                langs.push(*l);
                            }
                        }
                    }
                    if langs.is_empty() {
                        langs = interpretation.to_vec();
                    }
                    langs
                }
            };
            items.push(AgendaItem {
                id: ItemId(n),
                start,
                end,
                kind: item.kind,
                title: item
                    .title
                    .as_ref()
                    .map(|t| (t.get_ref().clone(), self.loc(t.span().start))),
                moderator,
                scene_setter,
                panellists,
                speakers,
                floor_languages,
                at: self.loc(offset),
            });
        }
        items
    }

    fn interpreters(&mut self, raw: &file::EventFile, booths: &[Lang]) -> Vec<Interpreter> {
        let mut out: Vec<Interpreter> = Vec::new();
        for i in &raw.interpreters {
            let offset = i.span().start;
            let r = i.get_ref();
            let booth = self.lang(&r.booth, offset, false);
            let a = self.lang(&r.a, offset, false);
            let b =
                r.b.iter()
                    .filter_map(|c| self.lang(c, offset, false))
                    .collect();
            let c =
                r.c.iter()
                    .filter_map(|c| self.lang(c, offset, false))
                    .collect();
            let name = r.name.trim();
            if name.is_empty() {
                self.error(
                    offset,
                    "an interpreter has an empty name".into(),
                    "write the interpreter's name, or remove the [[interpreters]] table to plan with placeholders",
                );
                continue;
            }
            if out.iter().any(|o| o.name == name) {
                self.error(
                    offset,
                    format!("interpreter `{name}` is listed twice"),
                    "list each interpreter once: one person cannot sit in two booths",
                );
                continue;
            }
            if let Some(b) = booth.filter(|b| !booths.contains(b)) {
                self.error(
                    offset,
                    format!("interpreter `{name}` is in the `{b}` booth, which the meeting does not have"),
                    &format!(
                        "put them in one of interpretation_languages ({}), or add `{b}` there",
                        booths.iter().map(|l| l.code()).collect::<Vec<_>>().join(", ")
                    ),
                );
                continue;
            }
            if let (Some(booth), Some(a)) = (booth, a) {
                out.push(Interpreter {
                    name: name.to_string(),
                    booth,
                    a,
                    b,
                    c,
                    at: self.loc(offset),
                });
            }
        }
        out
    }
}

/// "14:30" → 870.
pub fn parse_hhmm(s: &str) -> Option<Minutes> {
    let (h, m) = s.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// The zone's abbreviation at the meeting's start, e.g. "CEST".
fn zone_abbreviation(tz: &TimeZone, date: Date, start: Minutes) -> String {
    let time = jiff::civil::Time::constant((start / 60) as i8, (start % 60) as i8, 0, 0);
    match date.to_datetime(time).to_zoned_datetime(tz.clone()) {
        Ok(z) => z.strftime("%Z").to_string(),
        Err(_) => String::new(),
    }
}

#[cfg(test)]
mod tests;

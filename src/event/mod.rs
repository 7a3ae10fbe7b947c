//! The meeting as typed, validated data: read the TOML event file, check
//! it, and report every problem with its file, line and fix.

pub mod file;
pub mod logo;
pub mod rules;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::diag::{closest, Diagnostic, Diagnostics, LineIndex, Loc};
use crate::hygiene;
use crate::lang::Lang;
use crate::limits::{self, Limit as SizeLimit};
pub use file::{Access, ArabicDigits, Format, Gender, Honorific, HostRole, ItemKind};
pub use logo::Logo;
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
    /// The meeting date, if it is known yet.
    pub date: Option<Date>,
    /// Start and end, if they are known yet.
    pub hours: Option<(Minutes, Minutes)>,
    pub time_zone: TimeZone,
    pub time_zone_name: String,
    /// What readers see after the times, e.g. "CEST".
    pub time_zone_label: String,
    /// The zone's offset from UTC on the meeting date, e.g. "+2", "+5:30".
    pub utc_offset: Option<String>,
    pub format: Format,
    pub platform: Option<String>,
    pub platform_link: Option<String>,
    pub meeting_id: Option<String>,
    pub chief_interpreter: Option<String>,
    pub technical_contact: Option<String>,
    /// The meeting's own logo, before the hosts'.
    pub logo: Option<Logo>,
    pub access: Access,
    pub chatham_house_rule: bool,
    /// 0 for the first issue of the documents, then 1, 2, … (`revision`).
    pub revision: u32,
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
    /// The digits numbers are written in, in `lang`: Arabic-Indic in Arabic
    /// when `arabic_digits` asks for them, else western.
    pub fn digits(&self, lang: Lang) -> crate::doc::Digits {
        match (lang, self.arabic_digits) {
            (Lang::Ar, ArabicDigits::ArabicIndic) => crate::doc::Digits::ArabicIndic,
            _ => crate::doc::Digits::Western,
        }
    }

    /// The languages tarjama writes this meeting's documents in: the
    /// document languages, then each booth language it has texts for.
    pub fn output_languages(&self) -> Vec<Lang> {
        let mut v = self.document_languages.clone();
        for &l in &self.interpretation_languages {
            if l.has_documents() && !v.contains(&l) {
                v.push(l);
            }
        }
        v
    }

    /// The agenda item `id` names, if it is one of this event's.
    pub fn item(&self, id: ItemId) -> Option<&AgendaItem> {
        self.agenda.get(id.0)
    }

    /// When the meeting takes place, once all of it is known: the date, the
    /// hours and every agenda item's times. Interpretation cannot be
    /// planned before.
    pub fn schedule(&self) -> Option<Schedule> {
        let date = self.date?;
        let (start, end) = self.hours?;
        self.agenda
            .iter()
            .all(|i| i.time.is_some())
            .then_some(Schedule { date, start, end })
    }

    /// The people of an agenda item, in speaking order, with their role.
    pub fn people_of<'a>(
        &'a self,
        item: &'a AgendaItem,
    ) -> impl Iterator<Item = (Role, &'a Person)> {
        item.roles()
            .filter_map(|(role, id)| self.people.get(id).map(|p| (role, p)))
    }
}

/// The date and hours of a meeting whose timing is complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    pub date: Date,
    pub start: Minutes,
    pub end: Minutes,
}

/// What a person does in an agenda item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Moderator,
    SceneSetter,
    Panellist,
    Speaker,
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
    pub logo: Option<Logo>,
    pub at: Loc,
}

#[derive(Debug, Clone)]
pub struct Person {
    pub id: String,
    pub name: Option<String>,
    pub honorific: Option<Honorific>,
    pub excellency: bool,
    /// As given, or as the honorific implies.
    pub gender: Option<Gender>,
    /// The name in another script for one language.
    pub names: BTreeMap<Lang, String>,
    pub languages: Vec<Lang>,
    /// Whether the event gives the person's floor languages (rather than
    /// their being assumed).
    pub languages_given: bool,
    pub at: Loc,
}

#[derive(Debug, Clone)]
pub struct AgendaItem {
    pub id: ItemId,
    /// Start and end, unless the meeting's times are not known yet.
    pub time: Option<(Minutes, Minutes)>,
    pub kind: ItemKind,
    /// Message id of the title and where the event file names it.
    pub title: Option<(String, Loc)>,
    pub moderator: Option<String>,
    pub scene_setter: Option<String>,
    pub panellists: Vec<String>,
    pub speakers: Vec<String>,
    pub floor_languages: Vec<Lang>,
    /// Whether `floor_languages` were given (or derived from the people's
    /// given languages) rather than assumed.
    pub floor_given: bool,
    /// A break whose programme is interpreted (videos with sound).
    pub interpreted: bool,
    pub at: Loc,
}

impl AgendaItem {
    /// The item's people ids in speaking order, with their role.
    pub fn roles(&self) -> impl Iterator<Item = (Role, &String)> {
        self.moderator
            .iter()
            .map(|p| (Role::Moderator, p))
            .chain(self.scene_setter.iter().map(|p| (Role::SceneSetter, p)))
            .chain(self.panellists.iter().map(|p| (Role::Panellist, p)))
            .chain(self.speakers.iter().map(|p| (Role::Speaker, p)))
    }

    /// Whether the booths are off microphone for the whole item.
    pub fn is_pause(&self) -> bool {
        self.kind == ItemKind::Break && !self.interpreted
    }
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

/// The highest `revision`: a meeting's documents are not reissued more often.
const MAX_REVISION: u32 = 99;

/// Reads and validates `path` (an event folder or its event.toml).
pub fn load(path: &Path) -> Result<Event, Diagnostics> {
    let file = if path.is_dir() {
        path.join(EVENT_FILE)
    } else {
        path.to_path_buf()
    };
    let bytes = std::fs::read(&file).map_err(|e| {
        Diagnostic::error(format!("cannot read the event file: {e}"))
            .in_file(&file)
            .help(format!(
                "give an event folder holding {EVENT_FILE}, e.g. examples/gcm-talk-2023"
            ))
    })?;
    if let Some(limit) = limits::over(SizeLimit::EventFileBytes, bytes.len()) {
        return Err(limit.in_file(&file).into());
    }
    let source = hygiene::decode(&file, bytes).map_err(|d| Diagnostics::from(*d))?;
    parse(&file, source)
}

/// Parses and validates the text of an event file.
pub fn parse(file: &Path, source: String) -> Result<Event, Diagnostics> {
    let source = hygiene::strip_bom(source);
    let problems = hygiene::check(file, &source);
    if problems.has_errors() {
        return Err(problems);
    }
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        if let Some(d) = limits::over(SizeLimit::LineBytes, line.len()) {
            return Err(d.in_file(file).at(Loc::from_offset(&source, offset)).into());
        }
        offset += line.len();
    }
    let raw: file::EventFile =
        toml::from_str(&source).map_err(|e| toml_error(file, &source, &e))?;
    Validator::new(file, &source).run(raw, source.clone())
}

fn toml_error(file: &Path, source: &str, e: &toml::de::Error) -> Diagnostic {
    let message = plain_types(e.message().trim());
    let guess = misspelt_key(&message);
    let help = if let Some(key) = &guess {
        key.as_str()
    } else if message.contains("invalid type") {
        "write the value as the README's event file reference shows: numbers and true/false without quotes, text in quotes, lists in [ ]"
    } else if message.contains("unknown field") {
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

/// "did you mean `chief_interpreter`?" for serde's "unknown field
/// `chief_interpeter`, expected one of `id`, …", when a key is that close.
fn misspelt_key(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    let (field, rest) = rest.split_once('`')?;
    let known: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
    let k = crate::diag::closest(field, &known)?;
    Some(format!(
        "did you mean `{k}`? Otherwise remove the key; `tarjama schema` lists every key the event file accepts"
    ))
}

/// Capitals and UN duty stations whose time zone is named after another
/// city, so no IANA name is close to theirs.
const CITY_ZONES: [(&str, &str); 22] = [
    ("doha", "Asia/Qatar"),
    ("abu_dhabi", "Asia/Dubai"),
    ("manama", "Asia/Bahrain"),
    ("muscat", "Asia/Muscat"),
    ("rabat", "Africa/Casablanca"),
    ("geneva", "Europe/Zurich"),
    ("bern", "Europe/Zurich"),
    ("the_hague", "Europe/Amsterdam"),
    ("washington", "America/New_York"),
    ("new_york_city", "America/New_York"),
    ("ottawa", "America/Toronto"),
    ("brasilia", "America/Sao_Paulo"),
    ("canberra", "Australia/Sydney"),
    ("wellington", "Pacific/Auckland"),
    ("new_delhi", "Asia/Kolkata"),
    ("delhi", "Asia/Kolkata"),
    ("islamabad", "Asia/Karachi"),
    ("ankara", "Europe/Istanbul"),
    ("beijing", "Asia/Shanghai"),
    ("hanoi", "Asia/Ho_Chi_Minh"),
    ("pretoria", "Africa/Johannesburg"),
    ("abuja", "Africa/Lagos"),
];

/// The zone of a city in `CITY_ZONES` ("Asia/Doha", "Doha", "abu dhabi").
fn city_zone(name: &str) -> Option<&'static str> {
    let city = name
        .rsplit('/')
        .next()?
        .trim()
        .to_lowercase()
        .replace([' ', '-'], "_");
    CITY_ZONES.iter().find(|(c, _)| *c == city).map(|(_, z)| *z)
}

/// serde's names of types ("expected i64", "a sequence") in the words of
/// the README's reference.
fn plain_types(message: &str) -> String {
    let mut m = message.to_string();
    for (rust, plain) in [
        ("expected i64", "expected a whole number"),
        ("expected u32", "expected a whole number"),
        ("expected u64", "expected a whole number"),
        ("expected a boolean", "expected true or false"),
        ("a sequence", "a list"),
        ("a map", "a table"),
    ] {
        m = m.replace(rust, plain);
    }
    m
}

struct Validator<'a> {
    file: &'a Path,
    source: &'a str,
    lines: LineIndex<'a>,
    diags: Diagnostics,
}

impl<'a> Validator<'a> {
    fn new(file: &'a Path, source: &'a str) -> Self {
        Validator {
            file,
            source,
            lines: LineIndex::new(source),
            diags: Diagnostics::default(),
        }
    }

    fn loc(&self, offset: usize) -> Loc {
        self.lines.loc(offset)
    }

    fn error(&mut self, offset: usize, message: String, help: &str) {
        let d = Diagnostic::error(message)
            .in_file(self.file)
            .at_offset(self.source, offset)
            .help(help);
        self.diags.push(d);
    }

    /// `revision`: a whole number from 0 (the first issue) to 99.
    fn revision(&mut self, r: &toml::Spanned<i64>) -> u32 {
        match u32::try_from(*r.get_ref()) {
            Ok(n) if n <= MAX_REVISION => n,
            _ => {
                self.error(
                    r.span().start,
                    format!("revision {} is not one of 0 to {MAX_REVISION}", r.get_ref()),
                    "write 0 for the first issue of the documents, then 1, 2, … for each revised issue",
                );
                0
            }
        }
    }

    /// The meeting date, written "YYYY-MM-DD" (quoted or as a TOML date).
    fn date(&mut self, d: &toml::Spanned<toml::Value>) -> Option<Date> {
        let text = match d.get_ref() {
            toml::Value::String(s) => s.clone(),
            toml::Value::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => dt.to_string(),
            other => format!("a {}", other.type_str()),
        };
        match text.parse::<Date>() {
            Ok(date) if text.len() == 10 => Some(date),
            _ => {
                self.error(
                    d.span().start,
                    format!("date `{text}` is not a calendar date"),
                    "write the date as YYYY-MM-DD, e.g. date = \"2023-05-24\", or leave it out while it is not known",
                );
                None
            }
        }
    }

    /// Reads a logo file named relative to the event folder.
    fn logo(&mut self, path: &toml::Spanned<String>) -> Option<Logo> {
        let dir = self.file.parent().unwrap_or(Path::new("."));
        match Logo::read(&dir.join(path.get_ref())) {
            Ok(logo) => Some(logo),
            Err(why) => {
                self.error(
                    path.span().start,
                    format!("logo `{}`: {why}", path.get_ref()),
                    "give a PNG or JPEG file, with a path relative to the event folder",
                );
                None
            }
        }
    }

    /// The time `s` gives; `None` after reporting it, so that no later
    /// check invents a time ("ends (00:00) before it starts").
    fn time(&mut self, s: &toml::Spanned<String>, what: &str) -> Option<Minutes> {
        let m = parse_hhmm(s.get_ref());
        if m.is_none() {
            let western_digit = crate::doc::western_digit;
            let arabic_indic = s.get_ref().chars().any(|c| western_digit(c).is_some());
            let help = if arabic_indic {
                let western: String = s
                    .get_ref()
                    .chars()
                    .map(|c| western_digit(c).unwrap_or(c))
                    .collect();
                format!("write times in Western digits, \"{western}\": the Arabic documents print them in Arabic-Indic digits when arabic_digits = \"arabic-indic\"")
            } else {
                "write times as HH:MM on the 24-hour clock, e.g. \"14:30\"".to_string()
            };
            self.error(
                s.span().start,
                format!("{what} `{}` is not a time", s.get_ref()),
                &help,
            );
        }
        m
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
        // Sizes absurd for a meeting stop here, before their cost is paid.
        for (limit, count) in [
            (SizeLimit::AgendaItems, raw.agenda.len()),
            (SizeLimit::People, raw.people.len()),
            (SizeLimit::Interpreters, raw.interpreters.len()),
            (SizeLimit::Hosts, raw.hosts.len()),
        ] {
            if let Some(d) = limits::over(limit, count) {
                self.diags.push(d.in_file(self.file));
            }
        }
        if self.diags.has_errors() {
            return Err(self.diags);
        }
        let date = raw.date.as_ref().and_then(|d| self.date(d));
        let hours = match (&raw.start, &raw.end) {
            (Some(s), Some(e)) => {
                match (self.time(s, "start"), self.time(e, "end")) {
                    // Not also every agenda item "outside" unknown hours.
                    (Some(start), Some(end)) if end <= start => {
                        self.error(
                            e.span().start,
                            format!(
                                "the meeting ends ({}) before it starts ({})",
                                hhmm(end),
                                hhmm(start)
                            ),
                            "set `end` later than `start`; meetings past midnight are not supported",
                        );
                        None
                    }
                    (Some(start), Some(end)) => Some((start, end)),
                    _ => None,
                }
            }
            (None, None) => None,
            (Some(one), None) | (None, Some(one)) => {
                self.error(
                    one.span().start,
                    "the meeting has a start or an end, not both".into(),
                    "give `start` and `end` together, or neither while the times are not known",
                );
                None
            }
        };
        let tz_name = raw.time_zone.get_ref().clone();
        let time_zone = match TimeZone::get(&tz_name) {
            Ok(tz) => tz,
            Err(_) => {
                let names: Vec<String> =
                    jiff::tz::db().available().map(|n| n.to_string()).collect();
                let names: Vec<&str> = names.iter().map(String::as_str).collect();
                let help = match city_zone(&tz_name).or_else(|| crate::diag::closest(&tz_name, &names)) {
                    Some(n) => format!("did you mean \"{n}\"? Time zones are IANA names such as \"Europe/Zurich\""),
                    None => "use an IANA time zone name such as \"Europe/Zurich\" or \"America/New_York\" (a country's zone may be named after another city: Doha is \"Asia/Qatar\")".to_string(),
                };
                self.error(
                    raw.time_zone.span().start,
                    format!("unknown time zone `{tz_name}`"),
                    &help,
                );
                TimeZone::UTC
            }
        };
        let at_start = date.map(|d| (d, hours.map_or(12 * 60, |h| h.0)));
        let time_zone_label = raw
            .time_zone_label
            .clone()
            .unwrap_or_else(|| match at_start {
                Some((d, m)) => zone_abbreviation(&time_zone, d, m),
                None => tz_name.clone(),
            });
        let utc_offset = at_start.and_then(|(d, m)| utc_offset(&time_zone, d, m));

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
            // English where the meeting has English documents, else the
            // first document language (a meeting only in Spanish is
            // written in Spanish).
            None => document_languages
                .first()
                .copied()
                .filter(|_| !document_languages.contains(&Lang::En))
                .unwrap_or(Lang::En),
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
            let r = p.get_ref();
            // At the `languages` line, where a wrong code is.
            let languages = match &r.languages {
                Some(v) => self.langs(v, false),
                None => Vec::new(),
            };
            let mut names = BTreeMap::new();
            for (code, name) in &r.names {
                if let Some(l) = self.lang(code, offset, false) {
                    names.insert(l, name.clone());
                }
            }
            let implied = match r.honorific {
                Some(Honorific::Mr) => Some(Gender::Male),
                Some(Honorific::Ms | Honorific::Mrs) => Some(Gender::Female),
                _ => None,
            };
            if let (Some(g), Some(i)) = (r.gender, implied) {
                if g != i {
                    self.error(
                        offset,
                        format!("person `{id}`: the honorific and the gender disagree"),
                        "keep one of them: mr, ms and mrs already say the gender",
                    );
                }
            }
            if r.name.is_none() && (r.honorific.is_some() || r.excellency) {
                self.error(
                    offset,
                    format!("person `{id}` has an honorific but no name"),
                    "add the person's name, or remove the honorific for a speaker not yet named",
                );
            }
            people.insert(
                id.clone(),
                Person {
                    id: id.clone(),
                    name: r.name.clone(),
                    honorific: r.honorific,
                    excellency: r.excellency,
                    gender: r.gender.or(implied),
                    names,
                    languages_given: !languages.is_empty(),
                    languages,
                    at: self.loc(offset),
                },
            );
        }

        let logo = raw.logo.as_ref().and_then(|l| self.logo(l));
        let revision = raw.revision.as_ref().map_or(0, |r| self.revision(r));
        let mut hosts = Vec::new();
        for h in &raw.hosts {
            let logo = h.logo.as_ref().and_then(|l| self.logo(l));
            hosts.push(Host {
                id: h.id.get_ref().clone(),
                role: h.role,
                logo,
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

        let agenda = self.agenda(&raw, &people, &interpretation_languages, hours);
        if let (Some(date), Some(h), true) = (date, hours, TimeZone::get(&tz_name).is_ok()) {
            let start_at = raw.start.as_ref().map_or(0, |s| s.span().start);
            let end_at = raw.end.as_ref().map_or(0, |e| e.span().start);
            let mut times = vec![
                ("the meeting's start", h.0, self.loc(start_at)),
                ("the meeting's end", h.1, self.loc(end_at)),
            ];
            // Each time where it is written: an item's start at its `start`
            // line, its end only where `end` is given (an implied end is the
            // next item's start, or the meeting's end, already listed).
            for (item, written) in agenda.iter().zip(&raw.agenda) {
                let (Some((s, e)), written) = (item.time, written.get_ref()) else {
                    continue;
                };
                let loc_of = |t: &Option<toml::Spanned<String>>| {
                    t.as_ref().map(|t| self.loc(t.span().start))
                };
                let start_loc = loc_of(&written.start).unwrap_or(item.at);
                times.push(("an agenda item's start", s, start_loc));
                if let Some(end_loc) = loc_of(&written.end) {
                    times.push(("an agenda item's end", e, end_loc));
                }
            }
            self.daylight_saving(&time_zone, &tz_name, date, h, &times);
        }
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
            hours,
            time_zone,
            time_zone_name: tz_name,
            time_zone_label,
            utc_offset,
            format: raw.format,
            platform: raw.platform,
            platform_link: raw.platform_link,
            meeting_id: raw.meeting_id,
            chief_interpreter: raw.chief_interpreter,
            technical_contact: raw.technical_contact,
            logo,
            access: raw.access,
            chatham_house_rule: raw.chatham_house_rule,
            revision,
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

    /// Local times a change of UTC offset makes wrong: one that does not
    /// exist (clocks go forward over it) or happens twice (clocks go back),
    /// and hours that span the change, whose real length differs from what
    /// the clock says. tarjama plans a meeting on one offset, so each is an
    /// error that says the change.
    fn daylight_saving(
        &mut self,
        tz: &TimeZone,
        tz_name: &str,
        date: Date,
        (start, end): (Minutes, Minutes),
        times: &[(&str, Minutes, Loc)],
    ) {
        use jiff::tz::AmbiguousOffset;
        let at = |m: Minutes| {
            date.to_datetime(jiff::civil::Time::constant(
                (m / 60) as i8,
                (m % 60) as i8,
                0,
                0,
            ))
        };
        let mut seen = BTreeSet::new();
        for &(what, m, loc) in times {
            let problem = match tz.to_ambiguous_timestamp(at(m)).offset() {
                AmbiguousOffset::Unambiguous { .. } => None,
                AmbiguousOffset::Gap { before, after } => Some((
                    format!(
                        "{what} {} does not exist on {date} in {tz_name}: the clocks go forward over it, from UTC{} to UTC{}",
                        hhmm(m),
                        offset_text(before),
                        offset_text(after)
                    ),
                    "move it out of the skipped hour; tarjama plans a meeting on one UTC offset",
                )),
                AmbiguousOffset::Fold { before, after } => Some((
                    format!(
                        "{what} {} happens twice on {date} in {tz_name}: the clocks go back over it, from UTC{} to UTC{}",
                        hhmm(m),
                        offset_text(before),
                        offset_text(after)
                    ),
                    "move it out of the repeated hour; tarjama plans a meeting on one UTC offset",
                )),
            };
            if let Some((message, help)) = problem {
                if seen.insert(m) {
                    self.diags.push(
                        Diagnostic::error(message)
                            .in_file(self.file)
                            .at(loc)
                            .with_snippet_from(self.source)
                            .help(help),
                    );
                }
            }
        }
        // An item in the skipped or repeated hour is also a meeting that
        // spans the change, said below, unless the meeting's own start or
        // end is the time in question.
        if seen.contains(&start) || seen.contains(&end) {
            return;
        }
        let (Ok(a), Ok(b)) = (tz.to_timestamp(at(start)), tz.to_timestamp(at(end))) else {
            return;
        };
        let (oa, ob) = (tz.to_offset(a), tz.to_offset(b));
        if oa != ob {
            let change = tz
                .following(a)
                .next()
                .map(|t| {
                    t.timestamp()
                        .to_zoned_datetime(TimeZone::fixed(oa))
                        .strftime("%H:%M")
                        .to_string()
                })
                .unwrap_or_default();
            let real = (b.as_second() - a.as_second()) / 60;
            self.diags.push(
                Diagnostic::error(format!(
                    "the meeting ({}–{} on {date}) spans the change of {tz_name} from UTC{} to UTC{} at {change}: it lasts {real} real minutes, not the {} its clock times say",
                    hhmm(start),
                    hhmm(end),
                    offset_text(oa),
                    offset_text(ob),
                    end - start
                ))
                .in_file(self.file)
                .at(times[1].2)
                .with_snippet_from(self.source)
                .help("tarjama plans a meeting on one UTC offset: hold it on one side of the change, or as two meetings split at the change"),
            );
        }
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
        hours: Option<(Minutes, Minutes)>,
    ) -> Vec<AgendaItem> {
        let mut items: Vec<AgendaItem> = Vec::new();
        let starts: Vec<Option<Minutes>> = raw
            .agenda
            .iter()
            .map(|i| {
                i.get_ref()
                    .start
                    .as_ref()
                    .and_then(|s| parse_hhmm(s.get_ref()))
            })
            .collect();
        for (n, spanned) in raw.agenda.iter().enumerate() {
            let item = spanned.get_ref();
            let offset = spanned.span().start;
            let start = item
                .start
                .as_ref()
                .and_then(|s| self.time(s, "agenda item start"));
            if item.start.is_none() && hours.is_some() {
                self.error(
                    offset,
                    format!("agenda item {} has no start", n + 1),
                    "give it start = \"HH:MM\": the meeting's times are known",
                );
            }
            let end = match &item.end {
                Some(e) => self.time(e, "agenda item end"),
                None => starts.get(n + 1).copied().unwrap_or(hours.map(|h| h.1)),
            };
            let end_offset = item.end.as_ref().map_or(offset, |e| e.span().start);
            // Errors about when the item starts point at its `start` line.
            let start_offset = item.start.as_ref().map_or(offset, |s| s.span().start);
            let time = start.zip(end);
            if let Some((start, end)) = time {
                // An implied end before the start means the next item is out
                // of order; that item's own error says so.
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
                // Each time is named at its own line: an end implied by
                // the next item's start is that item's to answer for.
                if let Some((ms, me)) = hours {
                    let help =
                        "move the item inside the meeting, or change the meeting's start/end";
                    if start < ms || start >= me {
                        self.error(
                            start_offset,
                            format!(
                                "agenda item {} starts at {}, outside the meeting's hours ({}–{})",
                                n + 1,
                                hhmm(start),
                                hhmm(ms),
                                hhmm(me)
                            ),
                            help,
                        );
                    } else if item.end.is_some() && end > me {
                        self.error(
                            end_offset,
                            format!(
                                "agenda item {} ends at {}, outside the meeting's hours ({}–{})",
                                n + 1,
                                hhmm(end),
                                hhmm(ms),
                                hhmm(me)
                            ),
                            help,
                        );
                    }
                }
                if let Some((ps, pe)) = items.last().and_then(|p| p.time) {
                    if start < ps {
                        self.error(
                            start_offset,
                            format!(
                                "agenda item {} starts at {}, before item {} ({})",
                                n + 1,
                                hhmm(start),
                                n,
                                hhmm(ps)
                            ),
                            "list agenda items in the order they happen",
                        );
                    } else if start < pe {
                        self.error(
                            start_offset,
                            format!(
                                "agenda item {} starts at {}, while item {} runs until {}",
                                n + 1,
                                hhmm(start),
                                n,
                                hhmm(pe)
                            ),
                            "make items follow one another: end the earlier item before this one starts",
                        );
                    }
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
            if item.interpreted && item.kind != ItemKind::Break {
                self.error(
                    offset,
                    format!("agenda item {}: `interpreted` is for breaks", n + 1),
                    "remove it: every item but a break is interpreted; a break with a programme (videos with sound) takes interpreted = true",
                );
            }
            let pause = item.kind == ItemKind::Break && !item.interpreted;
            let ids: Vec<&String> = moderator
                .iter()
                .chain(scene_setter.iter())
                .chain(&panellists)
                .chain(&speakers)
                .collect();
            let (floor_languages, floor_given) = match &item.floor_languages {
                Some(codes) => (
                    codes
                        .iter()
                        .filter_map(|c| self.lang(c, offset, false))
                        .collect(),
                    true,
                ),
                None if pause => (Vec::new(), true),
                None => {
                    let mut langs: Vec<Lang> = Vec::new();
                    for id in &ids {
                        for l in &people[*id].languages {
                            if !langs.contains(l) {
                                langs.push(*l);
                            }
                        }
                    }
                    // Every person's languages known: the floor is known too.
                    // A person whose languages are not given may speak any
                    // interpretation language (not only those of the others
                    // in the item, which left one panel without English).
                    let given = !ids.is_empty() && ids.iter().all(|id| people[*id].languages_given);
                    if !given {
                        for l in interpretation {
                            if !langs.contains(l) {
                                langs.push(*l);
                            }
                        }
                    }
                    (langs, given)
                }
            };
            items.push(AgendaItem {
                id: ItemId(n),
                time,
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
                floor_given,
                interpreted: item.interpreted,
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
                let help = if booths.is_empty() {
                    format!("the meeting has no interpretation: add `{b}` to interpretation_languages, or remove this interpreter")
                } else {
                    format!(
                        "put them in one of interpretation_languages ({}), or add `{b}` there",
                        booths
                            .iter()
                            .map(|l| l.code())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                };
                self.error(
                    offset,
                    format!("interpreter `{name}` is in the `{b}` booth, which the meeting does not have"),
                    &help,
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

/// An offset as readers see it after "UTC": "+2", "-4", "+5:30".
fn offset_text(o: jiff::tz::Offset) -> String {
    let secs = o.seconds();
    let sign = if secs < 0 { '-' } else { '+' };
    let (h, m) = (secs.unsigned_abs() / 3600, secs.unsigned_abs() / 60 % 60);
    if m == 0 {
        format!("{sign}{h}")
    } else {
        format!("{sign}{h}:{m:02}")
    }
}

/// The zone's offset from UTC at the meeting's start: "+2", "-4", "+5:30".
fn utc_offset(tz: &TimeZone, date: Date, start: Minutes) -> Option<String> {
    let time = jiff::civil::Time::constant((start / 60) as i8, (start % 60) as i8, 0, 0);
    let z = date.to_datetime(time).to_zoned_datetime(tz.clone()).ok()?;
    Some(offset_text(z.offset()))
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

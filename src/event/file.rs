//! The event file as written: TOML deserialised with serde, every key typed
//! and documented. `tarjama schema` publishes this as a JSON Schema.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;
use toml::Spanned;

/// A meeting: structure only; every sentence a reader sees lives in the
/// event's Fluent files (`<lang>.ftl` beside the event file).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EventFile {
    /// Short identifier, used in calendar UIDs, e.g. "gcm-talk-2023".
    pub id: String,
    /// Meeting date, YYYY-MM-DD; leave it out while it is not known (the
    /// concept note then says "Date to be confirmed", and no booth schedule
    /// or calendar is written).
    #[schemars(with = "Option<String>", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub date: Option<Spanned<toml::Value>>,
    /// Start time, HH:MM (24-hour), in the meeting's time zone; give `start`
    /// and `end` together, or neither while the times are not known.
    #[schemars(with = "Option<String>", regex(pattern = r"^\d{2}:\d{2}$"))]
    pub start: Option<Spanned<String>>,
    /// End time, HH:MM (24-hour).
    #[schemars(with = "Option<String>", regex(pattern = r"^\d{2}:\d{2}$"))]
    pub end: Option<Spanned<String>>,
    /// IANA time zone, e.g. "Europe/Zurich".
    #[schemars(with = "String")]
    pub time_zone: Spanned<String>,
    /// The label readers expect after the times, e.g. "CET". Default: the
    /// zone's abbreviation on the meeting date (CEST in summer in Geneva).
    pub time_zone_label: Option<String>,
    /// online, in-person or hybrid. Online meetings are planned as remote
    /// simultaneous interpretation.
    pub format: Format,
    /// Name of the meeting platform, e.g. "Zoom", "Interprefy".
    pub platform: Option<String>,
    /// The link to the meeting, as the secretariat chooses to share it with
    /// interpreters (printed in the booth schedules).
    pub platform_link: Option<String>,
    /// The meeting's id or passcode on the platform, if shared.
    pub meeting_id: Option<String>,
    /// The chief interpreter (team leader) or interpretation coordinator:
    /// name and how to reach them, as it should be printed.
    pub chief_interpreter: Option<String>,
    /// The technical contact for the platform or the booths.
    pub technical_contact: Option<String>,
    /// A logo of the meeting itself (PNG or JPEG, a path relative to the
    /// event folder), shown in the letterhead before the hosts' logos; its
    /// alternative text is the message `event-logo`.
    #[schemars(with = "Option<String>")]
    pub logo: Option<Spanned<String>>,
    /// closed (by invitation) or open.
    pub access: Access,
    /// Whether the meeting is held under the Chatham House Rule.
    #[serde(default)]
    pub chatham_house_rule: bool,
    /// The documents' revision: 0 (the default) for the first issue; raise
    /// it by one each time revised documents go out, so that calendars
    /// imported from an earlier build take the new times (SEQUENCE).
    #[schemars(with = "Option<u32>")]
    pub revision: Option<Spanned<i64>>,
    /// Languages the concept note is written in (ar, en, fr, es).
    #[schemars(with = "Vec<String>")]
    pub document_languages: Spanned<Vec<String>>,
    /// The language the meeting's text is first written in, which
    /// `tarjama check` compares the translations with. Default: en.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub source_language: Option<Spanned<String>>,
    /// Languages with an interpretation booth.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub interpretation_languages: Option<Spanned<Vec<String>>>,
    /// Digits for numbers in Arabic documents: western (UN default: 2023)
    /// or arabic-indic (٢٠٢٣).
    #[serde(default)]
    pub arabic_digits: ArabicDigits,
    /// Order of the concept note's sections. "agenda" and "interpretation"
    /// are built by tarjama; any other id is prose from the messages
    /// section-<id>-heading and section-<id>-body.
    #[schemars(with = "Vec<String>")]
    pub sections: Spanned<Vec<Spanned<String>>>,
    /// Hosting organisations, in the order they are named; each has a
    /// message org-<id>.
    #[serde(default)]
    pub hosts: Vec<Host>,
    /// Speakers by id; each has a message person-<id> (title and
    /// affiliation, or the whole description if unnamed).
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, Person>")]
    pub people: BTreeMap<String, Spanned<Person>>,
    /// The agenda, in order.
    #[serde(default)]
    #[schemars(with = "Vec<AgendaItem>")]
    pub agenda: Vec<Spanned<AgendaItem>>,
    /// Recruited interpreters; without them the planner uses placeholders.
    #[serde(default)]
    #[schemars(with = "Vec<Interpreter>")]
    pub interpreters: Vec<Spanned<Interpreter>>,
    /// Overrides of the interpreter planning rules (team sizes, turn
    /// lengths, daily limits, in interpreters and minutes); see the README.
    /// Each key has a range; `tarjama schema` lists them.
    #[serde(default)]
    #[schemars(schema_with = "super::rules::schema_for")]
    pub interpretation_rules: Option<Spanned<BTreeMap<String, Spanned<toml::Value>>>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    Online,
    InPerson,
    Hybrid,
}

impl Format {
    /// The label naming the format ("Hybrid meeting").
    pub fn message_id(self) -> &'static str {
        match self {
            Format::Online => "format-online",
            Format::InPerson => "format-in-person",
            Format::Hybrid => "format-hybrid",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Access {
    Closed,
    Open,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ArabicDigits {
    #[default]
    Western,
    ArabicIndic,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Host {
    /// Links to the message org-<id> (the name), and to org-<id>-tagline
    /// (an optional tagline) and org-<id>-logo (the logo's alternative text).
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// host or co-host.
    pub role: HostRole,
    /// The organisation's logo or letterhead (PNG or JPEG, a path relative
    /// to the event folder), printed in the title block in the hosts' order.
    #[schemars(with = "Option<String>")]
    pub logo: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum HostRole {
    Host,
    CoHost,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// The name as the person writes it; never translated. Omit for a
    /// speaker not yet named (the description stands alone).
    pub name: Option<String>,
    /// mr, ms, mrs, dr or prof, shown before the name in each language's
    /// form (Mr., M., Sr., السيد …).
    pub honorific: Option<Honorific>,
    /// An ambassador, minister or head of State: "H.E." before the honorific
    /// (S. E., Excmo./Excma., سعادة).
    #[serde(default)]
    pub excellency: bool,
    /// female or male, where a language's forms depend on it (Dra., الدكتورة,
    /// Excma.); mr, ms and mrs imply it.
    pub gender: Option<Gender>,
    /// The name written in another script for one language, e.g.
    /// names = { ar = "جوناثان برنتيس" }; other languages show `name`.
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    /// Floor languages the person speaks in.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub languages: Option<Spanned<Vec<String>>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Honorific {
    Mr,
    Ms,
    Mrs,
    Dr,
    Prof,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Gender {
    Female,
    Male,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    /// Start, HH:MM; required when the meeting has its times.
    #[schemars(with = "Option<String>")]
    pub start: Option<Spanned<String>>,
    /// End, HH:MM; default: the next item's start, or the meeting's end.
    #[schemars(with = "Option<String>")]
    pub end: Option<Spanned<String>>,
    pub kind: ItemKind,
    /// Message id of the item's title; qa, break, opening and closing
    /// have a default (a break may have its own: "Short videos").
    #[schemars(with = "Option<String>")]
    pub title: Option<Spanned<String>>,
    /// Person id of the moderator.
    #[schemars(with = "Option<String>")]
    pub moderator: Option<Spanned<String>>,
    /// Person id of the scene-setter.
    #[schemars(with = "Option<String>")]
    pub scene_setter: Option<Spanned<String>>,
    /// Person ids of the panellists, in speaking order.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub panellists: Vec<Spanned<String>>,
    /// Person ids of other speakers (opening and closing remarks).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub speakers: Vec<Spanned<String>>,
    /// Floor languages; default: the languages of the item's people, or
    /// every interpretation language for an item without people.
    pub floor_languages: Option<Vec<String>>,
    /// For a break with a programme (videos with sound): interpreted like
    /// any item. Default false: a break is off microphone.
    #[serde(default)]
    pub interpreted: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    Opening,
    Session,
    Qa,
    Break,
    Closing,
    Other,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Interpreter {
    pub name: String,
    /// The booth (language) they work in.
    pub booth: String,
    /// A language (mother tongue).
    pub a: String,
    /// B languages: they work into these too (retour).
    #[serde(default)]
    pub b: Vec<String>,
    /// C languages: they understand these and work from them.
    #[serde(default)]
    pub c: Vec<String>,
}

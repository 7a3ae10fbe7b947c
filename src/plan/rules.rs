//! The professional rules the planner applies, as numbers with a default and a source,
//! and the language profiles assumed for placeholder interpreters.

use crate::lang::Lang;

/// Every limit the planner applies. `Rules::default()` follows the professional
/// standards cited on each field; a secretariat may loosen or tighten them.
#[derive(Debug, Clone, PartialEq)]
pub struct Rules {
    /// Interpreters per booth as a general rule.
    /// Source: AIIC Professional Standards, art. 6 ("at least two interpreters
    /// per language and per booth").
    pub min_team: usize,
    /// Interpreters in a two-way booth (one that gives retour) when others take
    /// relay from it. Source: AIIC Professional Standards, art. 6 ("if the relay
    /// is provided from a two-way booth, at least three interpreters"); UN
    /// practice of Arabic and Chinese booths of three.
    pub retour_relay_team: usize,
    /// Interpreters per booth for a remote meeting longer than
    /// `remote_reinforced_after` minutes in a day. Source: AIIC Guidelines for
    /// Distance Interpreting (2019); UN practice of three per booth for remote
    /// meetings.
    pub remote_reinforced_team: usize,
    /// See `remote_reinforced_team` (minutes; the rule applies strictly above).
    pub remote_reinforced_after: u32,
    /// Longest an interpreter may work alone, in minutes of meeting time.
    /// Source: AIIC Professional Standards, art. 6 and notes to its team
    /// strength table (a single interpreter only exceptionally, for short
    /// meetings); 40 minutes is this tool's default.
    pub solo_max: u32,
    /// Longest turn at the microphone, in minutes, in a booth of two.
    /// Source: common booth practice (turns of about 30 minutes).
    pub turn_max: u32,
    /// Longest turn in a booth of three or more (shorter turns, as remote and
    /// two-way work is more tiring). Source: UN and AIIC distance-interpreting
    /// practice (turns of about 20 minutes).
    pub turn_max_team_of_three: u32,
    /// A change-over moves to an agenda boundary this many minutes away or less,
    /// so interpreters swap at a natural break rather than mid-speech.
    pub boundary_snap: u32,
    /// Shortest turn worth a change-over; a shorter tail stays with the
    /// interpreter already on microphone when the limits allow.
    pub min_turn: u32,
    /// Longest working session of one interpreter, in minutes of presence.
    /// Source: national associations' working conditions following AIIC
    /// (e.g. APIC, Portugal: two sessions of at most 4 hours; AICE, Spain:
    /// half day at most 4 hours).
    pub session_max: u32,
    /// Working sessions per interpreter per day. Source: as `session_max`.
    pub sessions_per_day: usize,
    /// Longest working day of one interpreter, in minutes of presence.
    /// Source: as `session_max` (a full day is at most 7 hours).
    pub day_max: u32,
    /// A pause of at least this many minutes ends a working session (a lunch
    /// break); shorter pauses count as time in the booth.
    pub session_gap: u32,
    /// Minutes interpreters arrive before their first session (in the room).
    /// Source: AICE working conditions ("arrive 30 minutes before the start").
    pub arrival_before: u32,
    /// Minutes before the start of a remote meeting for the connection and
    /// sound test. Source: AIIC Guidelines for Distance Interpreting (test
    /// before each meeting).
    pub connection_test_before: u32,
    /// In a remote meeting of at least `remote_live_share_after` minutes, a
    /// booth of two that is live more than this share (percent) of the
    /// meeting gets a warning: a coordinator would ask for a third
    /// interpreter. Source: tarjama's default, following the AIIC Guidelines
    /// for Distance Interpreting (2019) on the extra strain of remote work.
    pub remote_live_share_max: u32,
    /// See `remote_live_share_max` (minutes).
    pub remote_live_share_after: u32,
}

impl Default for Rules {
    /// The defaults of the event layer's table (`event::rules::LIMITS`), so
    /// each default is written once.
    fn default() -> Self {
        super::from_event::rules(&crate::event::InterpretationRules::default())
    }
}

/// The rule a finding or a team requirement rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RuleId {
    /// At least `min_team` interpreters per booth.
    TeamSize,
    /// A two-way booth giving relay needs `retour_relay_team`.
    RetourRelayTeam,
    /// Remote meetings over `remote_reinforced_after` need a reinforced team.
    RemoteReinforced,
    /// Nobody alone beyond `solo_max` minutes.
    Solo,
    /// Turns no longer than `turn_max` / `turn_max_team_of_three`.
    TurnLength,
    /// Sessions and working day within `session_max`, `sessions_per_day`, `day_max`.
    DailyLimit,
    /// Relay from a booth that itself takes relay.
    TwoStepRelay,
    /// Some, but not all, interpreters of a booth know a language.
    PartialLanguage,
    /// An item with no floor language listed.
    NoFloorLanguage,
    /// A booth that is never on microphone.
    IdleBooth,
    /// A booth of two live most of a long remote meeting.
    RemoteLiveShare,
}

impl RuleId {
    /// Stable identifier, used as a Fluent message id suffix and in outputs.
    pub fn id(self) -> &'static str {
        match self {
            RuleId::TeamSize => "team-size",
            RuleId::RetourRelayTeam => "retour-relay-team",
            RuleId::RemoteReinforced => "remote-reinforced",
            RuleId::Solo => "solo",
            RuleId::TurnLength => "turn-length",
            RuleId::DailyLimit => "daily-limit",
            RuleId::TwoStepRelay => "two-step-relay",
            RuleId::PartialLanguage => "partial-language",
            RuleId::NoFloorLanguage => "no-floor-language",
            RuleId::IdleBooth => "idle-booth",
            RuleId::RemoteLiveShare => "remote-live-share",
        }
    }
}

/// The language profile assumed for a placeholder interpreter of a booth,
/// before anyone is recruited: (B languages given as retour, C languages).
/// The A language is always the booth's own.
///
/// Defaults follow UN practice for the six official languages:
/// - Arabic: B en (retour into English), C fr. Arabic and Chinese booths work
///   both ways at the UN.
/// - Chinese: B en, no C.
/// - English: C fr, es. French: C en, es. Spanish: C en, fr.
/// - Russian: B en, C fr. At the UN the English booth usually has Russian as a
///   C language; our English default does not, so the Russian placeholder is
///   given retour into English to keep a route for Russian speakers.
pub fn placeholder_profile(booth: Lang) -> (Vec<Lang>, Vec<Lang>) {
    use Lang::*;
    match booth {
        Ar => (vec![En], vec![Fr]),
        Zh => (vec![En], vec![]),
        En => (vec![], vec![Fr, Es]),
        Fr => (vec![], vec![En, Es]),
        Es => (vec![], vec![En, Fr]),
        Ru => (vec![En], vec![Fr]),
    }
}

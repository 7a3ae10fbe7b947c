//! Interpreter planning: from a meeting's agenda, booths and interpreters to a rota
//! of teams, turns and relay, with findings against professional rules. Pure: no I/O.

pub mod from_event;
mod relay;
mod rules;
mod table;
mod teams;
mod turns;

pub use rules::{placeholder_profile, RuleId, Rules};
pub use table::terminal_table;

use std::fmt;

/// Everything the planner needs about one meeting day. Times are minutes since
/// local midnight in `time_zone`.
#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    pub date: jiff::civil::Date,
    /// IANA name, e.g. "Europe/Zurich". Used by the calendar writer only.
    pub time_zone: String,
    pub start: u32,
    pub end: u32,
    /// Online meeting: remote simultaneous interpretation.
    pub remote: bool,
    /// Interpretation languages, one booth each, e.g. ["ar", "en", "fr", "es"].
    pub booths: Vec<String>,
    /// Agenda items in order; gaps between them are off microphone. When empty,
    /// the whole meeting counts as one session in which any booth language may
    /// be spoken.
    pub items: Vec<Item>,
    /// May be empty, or list only some booths: booths without anyone listed are
    /// planned with placeholders ("AR 1", "AR 2", ...).
    pub interpreters: Vec<Interpreter>,
    pub rules: Rules,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The number shown to people (agenda item 1, 2, ...).
    pub index: usize,
    pub start: u32,
    pub end: u32,
    pub kind: ItemKind,
    /// Languages speakers may use during the item.
    pub floor_languages: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum ItemKind {
    Opening,
    Session,
    Qa,
    /// Off microphone.
    Break,
    Closing,
    Other,
}

impl ItemKind {
    pub fn label(self) -> &'static str {
        match self {
            ItemKind::Opening => "Opening",
            ItemKind::Session => "Session",
            ItemKind::Qa => "Q&A",
            ItemKind::Break => "Break",
            ItemKind::Closing => "Closing",
            ItemKind::Other => "Item",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Interpreter {
    pub name: String,
    /// The booth (its language code) the interpreter sits in.
    pub booth: String,
    /// Mother tongue.
    pub a: String,
    /// Languages they also work into (retour).
    pub b: Vec<String>,
    /// Languages they understand and interpret from.
    pub c: Vec<String>,
}

/// The rota for one meeting day.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Plan {
    /// In the order of `Input::booths`.
    pub booths: Vec<BoothPlan>,
    /// Stretches of the day one team works through (a session, or part of a
    /// session too long for one team).
    pub shifts: Vec<(u32, u32)>,
    /// Teams per booth the day needs, so that nobody goes past the daily limits.
    pub teams_per_booth: usize,
    pub findings: Vec<Finding>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct BoothPlan {
    pub booth: String,
    pub team: Vec<Member>,
    /// Interpreters per team the rules require (the roster needs
    /// `required * Plan::teams_per_booth`).
    pub required: usize,
    /// Every rule that set a minimum; `required` is the largest.
    pub requirements: Vec<Requirement>,
    /// Longest turn for this booth (depends on its team size).
    pub turn_max: u32,
    /// What the booth does with each floor language of each interpreted item.
    pub modes: Vec<ItemModes>,
    /// In time order, never overlapping.
    pub turns: Vec<Turn>,
}

impl BoothPlan {
    /// The modes of one agenda item, if it is interpreted.
    pub fn modes_of(&self, item: usize) -> Option<&ItemModes> {
        self.modes.iter().find(|m| m.item == item)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Requirement {
    pub size: usize,
    pub rule: RuleId,
}

/// An interpreter of a booth, listed or a placeholder to recruit.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Member {
    pub name: String,
    pub placeholder: bool,
    pub a: String,
    pub b: Vec<String>,
    pub c: Vec<String>,
    /// Minutes since midnight to arrive (or, remote, to test the connection);
    /// negative when the day starts just after midnight. `None` if not on duty.
    pub arrival: Option<i64>,
    /// Stretches this interpreter is in the booth (on or off microphone).
    pub duty: Vec<(u32, u32)>,
    pub mic_minutes: u32,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ItemModes {
    pub item: usize,
    /// One entry per floor language of the item, in the item's order.
    pub floor: Vec<(String, Mode)>,
}

impl ItemModes {
    /// True if the booth must be on microphone for this item.
    pub fn live(&self) -> bool {
        self.floor.iter().any(|(_, m)| m.on_mic())
    }
}

/// What a booth does when a given floor language is spoken.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub enum Mode {
    /// The floor speaks the booth's own language: off microphone.
    Own,
    /// Interprets straight from the floor.
    Direct,
    /// The floor speaks the booth's language and the booth works out of it,
    /// into `into`, for booths that do not understand it.
    Retour { into: String },
    /// Interprets from booth `from`'s output in language `via`; `steps` is 1 for
    /// ordinary relay, 2 or more when `from` itself takes relay.
    Relay {
        from: String,
        via: String,
        steps: usize,
    },
    /// Off microphone: booth `from` gives retour into this booth's language,
    /// and that retour goes out on this booth's channel.
    ServedByRetour { from: String },
}

impl Mode {
    pub fn on_mic(&self) -> bool {
        matches!(
            self,
            Mode::Direct | Mode::Retour { .. } | Mode::Relay { .. }
        )
    }
}

/// One interpreter's continuous spell at the microphone.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Turn {
    pub start: u32,
    pub end: u32,
    pub interpreter: String,
    /// The turn cut at agenda item boundaries; relay can differ per item.
    pub parts: Vec<TurnPart>,
}

impl Turn {
    pub fn minutes(&self) -> u32 {
        self.end - self.start
    }
    /// Booths this turn takes relay from, once each.
    pub fn relay_from(&self) -> Vec<String> {
        dedup(
            self.parts
                .iter()
                .flat_map(|p| p.relay_from.iter().map(|r| r.booth.clone())),
        )
    }
    /// Booths that take relay from this turn, once each.
    pub fn gives_relay_to(&self) -> Vec<String> {
        dedup(
            self.parts
                .iter()
                .flat_map(|p| p.gives_relay_to.iter().map(|r| r.booth.clone())),
        )
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TurnPart {
    pub start: u32,
    pub end: u32,
    /// `Item::index` of the agenda item.
    pub item: usize,
    /// Relay this booth takes during the part: which floor language, from which booth.
    pub relay_from: Vec<Relay>,
    /// Booths that take relay from this booth during the part.
    pub gives_relay_to: Vec<Relay>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Relay {
    /// The floor language being relayed.
    pub floor: String,
    /// The other booth.
    pub booth: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub enum Severity {
    /// The plan breaks a rule.
    Error,
    /// Allowed, but risky.
    Warning,
}

/// A rule the plan breaks or strains. `id` and `args` are for translation
/// (Fluent); `message` is the English text.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Finding {
    pub severity: Severity,
    pub booth: Option<String>,
    pub time: Option<(u32, u32)>,
    pub rule: RuleId,
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
    pub message: String,
}

impl Finding {
    pub fn source(&self) -> &'static str {
        self.rule.source()
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{sev}")?;
        if let Some(b) = &self.booth {
            write!(f, " [{}]", b.to_uppercase())?;
        }
        if let Some((s, e)) = self.time {
            write!(f, " {}-{}", hhmm(s as i64), hhmm(e as i64))?;
        }
        write!(
            f,
            ": {} (rule {}: {})",
            self.message,
            self.rule.id(),
            self.source()
        )
    }
}

/// Why no plan could be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    NoBooths,
    DuplicateBooth(String),
    BadMeetingTimes {
        start: u32,
        end: u32,
    },
    BadItemTimes {
        item: usize,
    },
    ItemOutsideMeeting {
        item: usize,
    },
    ItemsOverlap {
        first: usize,
        second: usize,
    },
    UnknownBooth {
        interpreter: String,
        booth: String,
    },
    DuplicateInterpreter(String),
    /// Nobody can interpret `floor` into `booth` during `item`, even through relay.
    NoRelayRoute {
        item: usize,
        floor: String,
        booth: String,
        hint: String,
    },
}

impl PlanError {
    /// Stable id for translation.
    pub fn id(&self) -> &'static str {
        match self {
            PlanError::NoBooths => "plan-no-booths",
            PlanError::DuplicateBooth(_) => "plan-duplicate-booth",
            PlanError::BadMeetingTimes { .. } => "plan-bad-meeting-times",
            PlanError::BadItemTimes { .. } => "plan-bad-item-times",
            PlanError::ItemOutsideMeeting { .. } => "plan-item-outside-meeting",
            PlanError::ItemsOverlap { .. } => "plan-items-overlap",
            PlanError::UnknownBooth { .. } => "plan-unknown-booth",
            PlanError::DuplicateInterpreter(_) => "plan-duplicate-interpreter",
            PlanError::NoRelayRoute { .. } => "plan-no-relay-route",
        }
    }
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanError::NoBooths => write!(f, "the meeting has no interpretation booths"),
            PlanError::DuplicateBooth(b) => write!(f, "booth {} is listed twice", b.to_uppercase()),
            PlanError::BadMeetingTimes { start, end } => write!(
                f,
                "the meeting must end after it starts, within the day ({}-{})",
                hhmm(*start as i64),
                hhmm(*end as i64)
            ),
            PlanError::BadItemTimes { item } => {
                write!(f, "agenda item {item} must end after it starts")
            }
            PlanError::ItemOutsideMeeting { item } => {
                write!(f, "agenda item {item} lies outside the meeting's hours")
            }
            PlanError::ItemsOverlap { first, second } => write!(
                f,
                "agenda items {first} and {second} overlap or are out of order"
            ),
            PlanError::UnknownBooth { interpreter, booth } => write!(
                f,
                "interpreter {interpreter} is in booth {}, which the meeting does not have",
                booth.to_uppercase()
            ),
            PlanError::DuplicateInterpreter(n) => {
                write!(
                    f,
                    "interpreter {n} is listed twice (one person cannot be in two places)"
                )
            }
            PlanError::NoRelayRoute {
                item,
                floor,
                booth,
                hint,
            } => write!(
                f,
                "agenda item {item}: nobody can interpret {floor} into the {} booth, \
                 not even through relay; {hint}",
                booth.to_uppercase()
            ),
        }
    }
}

impl std::error::Error for PlanError {}

/// Plan teams, turns and relay for one meeting day.
pub fn plan(input: &Input) -> Result<Plan, PlanError> {
    validate(input)?;
    let items = effective_items(input);
    let profiles = teams::booth_profiles(input);
    let mut findings = Vec::new();

    let modes = relay::route_all(&items, &profiles, &mut findings)?;
    let day = teams::day_shape(input, &items);
    let mut booths = Vec::new();
    for (bi, booth) in input.booths.iter().enumerate() {
        let live = relay::live_items(&items, &modes[bi]);
        let (required, requirements) = teams::required_size(input, &day, bi, &modes, &live, &items);
        let mut staffing = teams::staff(
            input,
            &profiles[bi],
            &day,
            required,
            &requirements,
            &mut findings,
        );
        let turn_max = if required >= 3 || staffing.largest_shift_team() >= 3 {
            input.rules.turn_max_team_of_three
        } else {
            input.rules.turn_max
        };
        let turns = turns::make_turns(input, &items, &modes, bi, &day, &mut staffing, turn_max);
        booths.push(BoothPlan {
            booth: booth.clone(),
            team: staffing.members,
            required,
            requirements,
            turn_max,
            modes: modes[bi].clone(),
            turns,
        });
    }
    for b in &booths {
        teams::check_member_limits(input, b, &mut findings);
        turns::check_solo(input, b, &mut findings);
    }
    findings.sort_by(|a, b| {
        (a.severity, a.time.map(|t| t.0), &a.booth).cmp(&(
            b.severity,
            b.time.map(|t| t.0),
            &b.booth,
        ))
    });
    Ok(Plan {
        booths,
        shifts: day.shifts.clone(),
        teams_per_booth: day.teams,
        findings,
    })
}

fn validate(input: &Input) -> Result<(), PlanError> {
    if input.booths.is_empty() {
        return Err(PlanError::NoBooths);
    }
    for (i, b) in input.booths.iter().enumerate() {
        if input.booths[..i].contains(b) {
            return Err(PlanError::DuplicateBooth(b.clone()));
        }
    }
    if input.start >= input.end || input.end > 24 * 60 {
        return Err(PlanError::BadMeetingTimes {
            start: input.start,
            end: input.end,
        });
    }
    let mut prev: Option<&Item> = None;
    for it in &input.items {
        if it.start >= it.end {
            return Err(PlanError::BadItemTimes { item: it.index });
        }
        if it.start < input.start || it.end > input.end {
            return Err(PlanError::ItemOutsideMeeting { item: it.index });
        }
        if let Some(p) = prev {
            if it.start < p.end {
                return Err(PlanError::ItemsOverlap {
                    first: p.index,
                    second: it.index,
                });
            }
        }
        prev = Some(it);
    }
    for (i, p) in input.interpreters.iter().enumerate() {
        if !input.booths.contains(&p.booth) {
            return Err(PlanError::UnknownBooth {
                interpreter: p.name.clone(),
                booth: p.booth.clone(),
            });
        }
        if input.interpreters[..i].iter().any(|q| q.name == p.name) {
            return Err(PlanError::DuplicateInterpreter(p.name.clone()));
        }
    }
    Ok(())
}

/// The agenda the planner works on: the input's, or one item spanning the
/// meeting when no agenda was given (any booth language may then be spoken).
pub fn effective_items(input: &Input) -> Vec<Item> {
    if input.items.is_empty() {
        vec![Item {
            index: 1,
            start: input.start,
            end: input.end,
            kind: ItemKind::Session,
            floor_languages: input.booths.clone(),
        }]
    } else {
        input.items.clone()
    }
}

/// "14:05"; minutes may be negative or past midnight (shown modulo a day).
pub fn hhmm(minutes: i64) -> String {
    let m = minutes.rem_euclid(24 * 60);
    format!("{:02}:{:02}", m / 60, m % 60)
}

fn dedup(it: impl Iterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in it {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// Build a finding; `args` become both Fluent arguments and the English text.
pub(crate) fn finding(
    severity: Severity,
    booth: Option<&str>,
    time: Option<(u32, u32)>,
    rule: RuleId,
    id: &'static str,
    args: Vec<(&'static str, String)>,
    message: String,
) -> Finding {
    Finding {
        severity,
        booth: booth.map(str::to_string),
        time,
        rule,
        id,
        args,
        message,
    }
}

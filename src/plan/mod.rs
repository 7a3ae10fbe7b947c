//! Interpreter planning: from a meeting's agenda, booths and interpreters to a rota
//! of teams, turns and relay, with findings against professional rules.
//! Pure data in and out: no I/O and no text for people (`compose` words it).

pub mod from_event;
mod relay;
mod rules;
mod teams;
mod turns;

pub use rules::{placeholder_profile, RuleId, Rules};

use crate::event::{ItemId, Minutes};
use crate::lang::Lang;

/// A booth is named by the language it works into.
pub type Booth = Lang;

/// Everything the planner needs about one meeting day. Times are minutes since
/// local midnight.
#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    pub date: jiff::civil::Date,
    pub start: Minutes,
    pub end: Minutes,
    /// Online meeting: remote simultaneous interpretation.
    pub remote: bool,
    /// One booth per interpretation language, in the event's order.
    pub booths: Vec<Booth>,
    /// Agenda items in order; gaps between them are off microphone. When empty,
    /// the whole meeting counts as one session in which any booth language may
    /// be spoken.
    pub items: Vec<Item>,
    /// May be empty, or list only some booths: booths without anyone listed are
    /// planned with placeholders (interpreters to recruit).
    pub interpreters: Vec<Interpreter>,
    pub rules: Rules,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The agenda item; `None` for the whole meeting when no agenda is given.
    pub id: Option<ItemId>,
    pub start: Minutes,
    pub end: Minutes,
    /// A break: every booth off microphone (a break with an interpreted
    /// programme is not a pause).
    pub pause: bool,
    /// Languages speakers may use during the item.
    pub floor_languages: Vec<Lang>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Interpreter {
    pub name: String,
    /// The booth the interpreter sits in.
    pub booth: Booth,
    /// Mother tongue.
    pub a: Lang,
    /// Languages they also work into (retour).
    pub b: Vec<Lang>,
    /// Languages they understand and interpret from.
    pub c: Vec<Lang>,
}

/// The rota for one meeting day.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// In the order of `Input::booths`.
    pub booths: Vec<BoothPlan>,
    /// Stretches of the day one team works through (a session, or part of a
    /// session too long for one team).
    pub shifts: Vec<(Minutes, Minutes)>,
    /// Teams per booth the day needs, so that nobody goes past the daily limits.
    pub teams_per_booth: usize,
    pub findings: Vec<Finding>,
}

impl Plan {
    pub fn booth(&self, booth: Booth) -> Option<&BoothPlan> {
        self.booths.iter().find(|b| b.booth == booth)
    }

    /// Whether any finding says the plan breaks a rule.
    pub fn breaks_a_rule(&self) -> bool {
        self.findings
            .iter()
            .any(|f| f.severity() == Severity::Error)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct BoothPlan {
    pub booth: Booth,
    pub team: Vec<Member>,
    /// Interpreters per team the rules require (the roster needs
    /// `required * teams`).
    pub required: usize,
    /// Teams this booth needs: those of the day's shifts in which it has
    /// work (at most `Plan::teams_per_booth`; 0 for an idle booth).
    pub teams: usize,
    /// Every rule that set a minimum; `required` is the largest.
    pub requirements: Vec<Requirement>,
    /// Longest turn for this booth (depends on its team size).
    pub turn_max: Minutes,
    /// What the booth does with each floor language of each interpreted item.
    pub modes: Vec<ItemModes>,
    /// In time order, never overlapping.
    pub turns: Vec<Turn>,
}

impl BoothPlan {
    /// The modes of one agenda item, if it is interpreted.
    pub fn modes_of(&self, item: Option<ItemId>) -> Option<&ItemModes> {
        self.modes.iter().find(|m| m.item == item)
    }

    /// The member a turn or finding refers to.
    pub fn member(&self, m: MemberId) -> Option<&Member> {
        self.team.get(m.0)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Requirement {
    pub size: usize,
    pub rule: RuleId,
}

/// A member of a booth's team: its place in `BoothPlan::team`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MemberId(pub usize);

/// Who an interpreter is: a listed name, or the n-th (1-based) interpreter
/// of the booth still to be recruited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    Named(String),
    Placeholder(usize),
}

/// An interpreter of a booth, listed or a placeholder to recruit.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub who: Who,
    pub a: Lang,
    pub b: Vec<Lang>,
    pub c: Vec<Lang>,
    /// Minutes since midnight to arrive (or, remote, to test the connection);
    /// negative when the day starts just after midnight. `None` if not on duty.
    pub arrival: Option<i64>,
    /// Stretches this interpreter is in the booth (on or off microphone).
    pub duty: Vec<(Minutes, Minutes)>,
    pub mic_minutes: Minutes,
}

impl Member {
    pub fn is_placeholder(&self) -> bool {
        matches!(self.who, Who::Placeholder(_))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ItemModes {
    pub item: Option<ItemId>,
    /// One entry per floor language of the item, in the item's order.
    pub floor: Vec<(Lang, Mode)>,
}

impl ItemModes {
    /// True if the booth must be on microphone for this item.
    pub fn live(&self) -> bool {
        self.floor.iter().any(|(_, m)| m.on_mic())
    }
}

/// What a booth does when a given floor language is spoken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// The floor speaks the booth's own language: off microphone.
    Own,
    /// Interprets straight from the floor.
    Direct,
    /// The floor speaks the booth's language and the booth works out of it,
    /// into `into`, for booths that do not understand it.
    Retour { into: Lang },
    /// Interprets from booth `from`'s output, which is in language `via` (the
    /// pivot booth's own language, or its retour language); `steps` is 1 for
    /// ordinary relay, 2 or more when `from` itself takes relay.
    Relay {
        from: Booth,
        via: Lang,
        steps: usize,
    },
    /// Off microphone: booth `from` gives retour into this booth's language,
    /// and that retour goes out on this booth's channel.
    ServedByRetour { from: Booth },
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
#[derive(Debug, Clone, PartialEq)]
pub struct Turn {
    pub start: Minutes,
    pub end: Minutes,
    pub member: MemberId,
    /// The turn cut at agenda item boundaries; relay can differ per item.
    pub parts: Vec<TurnPart>,
}

impl Turn {
    pub fn minutes(&self) -> Minutes {
        self.end - self.start
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TurnPart {
    pub start: Minutes,
    pub end: Minutes,
    pub item: Option<ItemId>,
    /// Relay this booth takes during the part: which floor language, from which booth.
    pub relay_from: Vec<Relay>,
    /// Booths that take relay from this booth during the part.
    pub gives_relay_to: Vec<Relay>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relay {
    /// The floor language being relayed.
    pub floor: Lang,
    /// The other booth.
    pub booth: Booth,
    /// The language the relay is in (the pivot's own, or its retour language).
    pub via: Lang,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The plan breaks a rule.
    Error,
    /// Allowed, but risky.
    Warning,
}

/// A stretch of the day, (start, end) in minutes.
pub type Span = (Minutes, Minutes);

/// How a day of duty breaks the daily limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LimitBreach {
    /// One working session longer than `session_max`.
    LongSession {
        minutes: Minutes,
        start: Minutes,
        end: Minutes,
        max: Minutes,
    },
    /// More sessions than `sessions_per_day`.
    TooManySessions { count: usize, max: usize },
    /// More minutes in the day than `day_max`.
    LongDay { minutes: Minutes, max: Minutes },
}

/// A rule the plan breaks or strains, with what a reader needs to act on it.
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    /// The listed interpreters are fewer than `rule` requires.
    TeamTooSmall {
        booth: Booth,
        has: usize,
        needs: usize,
        rule: RuleId,
    },
    /// `booth` takes relay of `floor` from `from`, which itself takes relay.
    TwoStepRelay {
        booth: Booth,
        floor: Lang,
        from: Booth,
        time: Span,
    },
    /// Only some interpreters of `booth` understand `floor`.
    PartialLanguage {
        booth: Booth,
        floor: Lang,
        time: Span,
    },
    /// No agenda item has a floor language the booth interprets;
    /// `served_by`: the booths whose retour goes out on its channel instead
    /// (an Arabic booth working both ways in an Arabic–English meeting).
    IdleBooth { booth: Booth, served_by: Vec<Booth> },
    /// An agenda item with no floor language.
    NoFloorLanguage { item: Option<ItemId>, time: Span },
    /// A member's duty breaks the daily limits.
    DailyLimit {
        booth: Booth,
        member: MemberId,
        breach: LimitBreach,
        time: Span,
    },
    /// A booth of two is live for most of a long remote meeting.
    HighLiveShare {
        booth: Booth,
        live: Minutes,
        meeting: Minutes,
        max_percent: u32,
    },
    /// A member would be alone at the microphone too long.
    SoloTooLong {
        booth: Booth,
        member: MemberId,
        minutes: Minutes,
        max: Minutes,
        time: Span,
    },
}

impl Finding {
    pub fn severity(&self) -> Severity {
        match self {
            Finding::TeamTooSmall { .. }
            | Finding::DailyLimit { .. }
            | Finding::SoloTooLong { .. } => Severity::Error,
            Finding::TwoStepRelay { .. }
            | Finding::PartialLanguage { .. }
            | Finding::IdleBooth { .. }
            | Finding::NoFloorLanguage { .. }
            | Finding::HighLiveShare { .. } => Severity::Warning,
        }
    }

    /// The rule the finding rests on.
    pub fn rule(&self) -> RuleId {
        match self {
            Finding::TeamTooSmall { rule, .. } => *rule,
            Finding::TwoStepRelay { .. } => RuleId::TwoStepRelay,
            Finding::PartialLanguage { .. } => RuleId::PartialLanguage,
            Finding::IdleBooth { .. } => RuleId::IdleBooth,
            Finding::NoFloorLanguage { .. } => RuleId::NoFloorLanguage,
            Finding::DailyLimit { .. } => RuleId::DailyLimit,
            Finding::SoloTooLong { .. } => RuleId::Solo,
            Finding::HighLiveShare { .. } => RuleId::RemoteLiveShare,
        }
    }

    /// The booth concerned; `None` for the whole meeting.
    pub fn booth(&self) -> Option<Booth> {
        match self {
            Finding::TeamTooSmall { booth, .. }
            | Finding::TwoStepRelay { booth, .. }
            | Finding::PartialLanguage { booth, .. }
            | Finding::IdleBooth { booth, .. }
            | Finding::DailyLimit { booth, .. }
            | Finding::SoloTooLong { booth, .. }
            | Finding::HighLiveShare { booth, .. } => Some(*booth),
            Finding::NoFloorLanguage { .. } => None,
        }
    }

    /// The stretch of the day concerned, if one.
    pub fn time(&self) -> Option<Span> {
        match self {
            Finding::TwoStepRelay { time, .. }
            | Finding::PartialLanguage { time, .. }
            | Finding::NoFloorLanguage { time, .. }
            | Finding::DailyLimit { time, .. }
            | Finding::SoloTooLong { time, .. } => Some(*time),
            Finding::TeamTooSmall { .. }
            | Finding::IdleBooth { .. }
            | Finding::HighLiveShare { .. } => None,
        }
    }
}

/// Why no plan could be made. Event validation rules most of these out;
/// the planner checks again for library callers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    NoBooths,
    DuplicateBooth(Booth),
    BadMeetingTimes {
        start: Minutes,
        end: Minutes,
    },
    BadItemTimes {
        item: Option<ItemId>,
    },
    ItemOutsideMeeting {
        item: Option<ItemId>,
    },
    ItemsOverlap {
        first: Option<ItemId>,
        second: Option<ItemId>,
    },
    UnknownBooth {
        interpreter: String,
        booth: Booth,
    },
    DuplicateInterpreter(String),
    /// Nobody can interpret `floor` into `booth` during `item`, even through relay.
    NoRelayRoute {
        item: Option<ItemId>,
        floor: Lang,
        booth: Booth,
        why: NoRoute,
    },
}

/// Why no relay route reaches a booth, so the message can say what to change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoRoute {
    /// No booth of the floor language and nobody understands it.
    NoBoothNoOne,
    /// Only some of the floor language's booth give retour.
    PartialRetour,
    /// Nobody in the floor language's booth gives retour and no other booth understands it.
    NoRetour,
    /// The booth understands none of the languages the live booths work into.
    NoCommonLanguage,
}

/// A meeting's planning input and the plan made from it.
#[derive(Debug, Clone, PartialEq)]
pub struct Planned {
    pub input: Input,
    pub plan: Plan,
}

/// Plan teams, turns and relay for one meeting day.
pub fn plan(input: &Input) -> Result<Plan, PlanError> {
    validate(input)?;
    let items = effective_items(input);
    let profiles = teams::booth_profiles(input);
    let mut findings = Vec::new();

    let modes = relay::route_all(&items, &profiles, &mut findings)?;
    let day = teams::day_shape(input, &items);
    let mut booths = Vec::new();
    for (bi, &booth) in input.booths.iter().enumerate() {
        let live = relay::live_items(&items, &modes[bi]);
        let (required, requirements) = teams::required_size(input, &day, bi, &modes, &live, &items);
        let spans = teams::live_spans(&day, &items, &live);
        let mut staffing = teams::staff(
            input,
            &profiles[bi],
            &day,
            &spans,
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
            booth,
            team: staffing.members,
            required,
            teams: staffing.teams,
            requirements,
            turn_max,
            modes: modes[bi].clone(),
            turns,
        });
    }
    // An idle booth's channel carried by another booth's retour says so.
    for f in &mut findings {
        if let Finding::IdleBooth { booth, served_by } = f {
            let bi = input.booths.iter().position(|b| b == booth);
            for m in bi.iter().flat_map(|&bi| &modes[bi]) {
                for (_, mode) in &m.floor {
                    if let Mode::ServedByRetour { from } = mode {
                        if !served_by.contains(from) {
                            served_by.push(*from);
                        }
                    }
                }
            }
        }
    }
    for b in &booths {
        teams::check_member_limits(input, b, &mut findings);
        turns::check_solo(input, b, &mut findings);
        teams::check_live_share(input, &day, b, &mut findings);
    }
    findings.sort_by_key(|f| (f.severity(), f.time().map(|t| t.0), f.booth()));
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
            return Err(PlanError::DuplicateBooth(*b));
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
            return Err(PlanError::BadItemTimes { item: it.id });
        }
        if it.start < input.start || it.end > input.end {
            return Err(PlanError::ItemOutsideMeeting { item: it.id });
        }
        if let Some(p) = prev {
            if it.start < p.end {
                return Err(PlanError::ItemsOverlap {
                    first: p.id,
                    second: it.id,
                });
            }
        }
        prev = Some(it);
    }
    for (i, p) in input.interpreters.iter().enumerate() {
        if !input.booths.contains(&p.booth) {
            return Err(PlanError::UnknownBooth {
                interpreter: p.name.clone(),
                booth: p.booth,
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
            id: None,
            start: input.start,
            end: input.end,
            pause: false,
            floor_languages: input.booths.clone(),
        }]
    } else {
        input.items.clone()
    }
}

//! `[interpretation_rules]`: the planning limits a secretariat may override,
//! each with its professional default and the range that makes sense for a
//! meeting. One table drives validation, the JSON Schema and the defaults.

use std::collections::BTreeMap;

use toml::Spanned;

/// One overridable planning limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Limit {
    MinTeam,
    RetourRelayTeam,
    RemoteReinforcedTeam,
    RemoteReinforcedAfter,
    SoloMax,
    TurnMax,
    TurnMaxTeamOfThree,
    BoundarySnap,
    MinTurn,
    SessionMax,
    SessionsPerDay,
    DayMax,
    SessionGap,
    ArrivalBefore,
    ConnectionTestBefore,
    RemoteLiveShareMax,
    RemoteLiveShareAfter,
}

/// What a limit counts, for messages and the schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Interpreters,
    Minutes,
    Sessions,
    Percent,
}

impl Unit {
    fn word(self) -> &'static str {
        match self {
            Unit::Interpreters => "interpreters",
            Unit::Minutes => "minutes",
            Unit::Sessions => "sessions",
            Unit::Percent => "percent",
        }
    }
}

/// A limit's key in the event file, default and allowed range.
#[derive(Debug, Clone, Copy)]
pub struct LimitSpec {
    pub limit: Limit,
    pub key: &'static str,
    pub default: u32,
    pub min: u32,
    pub max: u32,
    pub unit: Unit,
    pub meaning: &'static str,
}

const fn spec(
    limit: Limit,
    key: &'static str,
    default: u32,
    (min, max): (u32, u32),
    unit: Unit,
    meaning: &'static str,
) -> LimitSpec {
    LimitSpec {
        limit,
        key,
        default,
        min,
        max,
        unit,
        meaning,
    }
}

/// Every limit, in the order the README lists them. Ranges are what a
/// meeting can sensibly ask for: a booth of 1 to 10, turns of 10 minutes to
/// 2 hours, a connection test at most 3 hours before.
#[rustfmt::skip]
pub const LIMITS: [LimitSpec; 17] = [
    spec(Limit::MinTeam, "min_team", 2, (1, 10), Unit::Interpreters,
        "interpreters per booth as a general rule"),
    spec(Limit::RetourRelayTeam, "retour_relay_team", 3, (1, 10), Unit::Interpreters,
        "interpreters in a two-way booth that gives relay"),
    spec(Limit::RemoteReinforcedTeam, "remote_reinforced_team", 3, (1, 10), Unit::Interpreters,
        "interpreters per booth in a long remote meeting"),
    spec(Limit::RemoteReinforcedAfter, "remote_reinforced_after", 180, (30, 720), Unit::Minutes,
        "a remote meeting longer than this needs the reinforced team"),
    spec(Limit::SoloMax, "solo_max", 40, (0, 240), Unit::Minutes,
        "longest an interpreter may work alone"),
    spec(Limit::TurnMax, "turn_max", 30, (10, 120), Unit::Minutes,
        "longest turn in a booth of two"),
    spec(Limit::TurnMaxTeamOfThree, "turn_max_team_of_three", 20, (10, 120), Unit::Minutes,
        "longest turn in a booth of three or more"),
    spec(Limit::BoundarySnap, "boundary_snap", 10, (0, 30), Unit::Minutes,
        "a change-over moves to an agenda boundary this near"),
    spec(Limit::MinTurn, "min_turn", 10, (1, 60), Unit::Minutes,
        "shortest turn worth a change-over"),
    spec(Limit::SessionMax, "session_max", 240, (60, 720), Unit::Minutes,
        "longest working session of one interpreter"),
    spec(Limit::SessionsPerDay, "sessions_per_day", 2, (1, 4), Unit::Sessions,
        "working sessions per interpreter per day"),
    spec(Limit::DayMax, "day_max", 420, (60, 960), Unit::Minutes,
        "longest working day of one interpreter"),
    spec(Limit::SessionGap, "session_gap", 60, (5, 240), Unit::Minutes,
        "a pause this long ends a working session"),
    spec(Limit::ArrivalBefore, "arrival_before", 30, (0, 180), Unit::Minutes,
        "arrival in the booth before the first session"),
    spec(Limit::ConnectionTestBefore, "connection_test_before", 30, (0, 180), Unit::Minutes,
        "connection and sound test before a remote meeting"),
    spec(Limit::RemoteLiveShareMax, "remote_live_share_max", 85, (50, 100), Unit::Percent,
        "share of a long remote meeting a booth of two may be live before a third is advised"),
    spec(Limit::RemoteLiveShareAfter, "remote_live_share_after", 180, (30, 720), Unit::Minutes,
        "a remote meeting this long or longer is checked for the live share"),
];

impl Limit {
    pub fn spec(self) -> &'static LimitSpec {
        LIMITS
            .iter()
            .find(|s| s.limit == self)
            .expect("every limit is in LIMITS")
    }
}

/// The validated limits of one event: the defaults, overridden by
/// `[interpretation_rules]`, each within its range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterpretationRules {
    values: BTreeMap<Limit, u32>,
}

impl Default for InterpretationRules {
    fn default() -> Self {
        InterpretationRules {
            values: LIMITS.iter().map(|s| (s.limit, s.default)).collect(),
        }
    }
}

impl InterpretationRules {
    pub fn get(&self, limit: Limit) -> u32 {
        self.values
            .get(&limit)
            .copied()
            .unwrap_or(limit.spec().default)
    }

    /// The same rules with one limit changed (for tests and library users);
    /// the value is clamped into the limit's range.
    pub fn with(mut self, limit: Limit, value: u32) -> Self {
        let s = limit.spec();
        self.values.insert(limit, value.clamp(s.min, s.max));
        self
    }
}

/// A problem with one key of `[interpretation_rules]`: where (byte offset),
/// what, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleProblem {
    pub offset: usize,
    pub message: String,
    pub help: String,
}

/// Checks `[interpretation_rules]` as written (`table_offset`: where the
/// table starts) and returns the rules or every problem found.
pub fn validate(
    raw: &BTreeMap<String, Spanned<toml::Value>>,
    table_offset: usize,
) -> Result<InterpretationRules, Vec<RuleProblem>> {
    let mut rules = InterpretationRules::default();
    let mut problems = Vec::new();
    let mut offsets = BTreeMap::new();
    for (key, value) in raw {
        let offset = value.span().start;
        let Some(spec) = LIMITS.iter().find(|s| s.key == key) else {
            let keys: Vec<&str> = LIMITS.iter().map(|s| s.key).collect();
            let help = match crate::diag::closest(key, &keys) {
                Some(k) => format!("did you mean `{k}`? The keys are: {}", keys.join(", ")),
                None => format!("the keys are: {}", keys.join(", ")),
            };
            problems.push(RuleProblem {
                offset: table_offset.max(offset.saturating_sub(key.len() + 3)),
                message: format!("unknown interpretation rule `{key}`"),
                help,
            });
            continue;
        };
        let range = format!(
            "{} allows {} to {} {}",
            spec.key,
            spec.min,
            spec.max,
            spec.unit.word()
        );
        match value.get_ref().as_integer() {
            Some(n) if n >= spec.min as i64 && n <= spec.max as i64 => {
                rules.values.insert(spec.limit, n as u32);
                offsets.insert(spec.limit, offset);
            }
            Some(n) => problems.push(RuleProblem {
                offset,
                message: format!("{} = {n} is out of range ({})", spec.key, spec.meaning),
                help: format!("{range}; the default is {}", spec.default),
            }),
            None => problems.push(RuleProblem {
                offset,
                message: format!(
                    "{} must be a whole number of {}",
                    spec.key,
                    spec.unit.word()
                ),
                help: format!("write e.g. {} = {}; {range}", spec.key, spec.default),
            }),
        }
    }
    // Relations between limits.
    let min_turn = rules.get(Limit::MinTurn);
    for turn in [Limit::TurnMax, Limit::TurnMaxTeamOfThree] {
        if rules.get(turn) < min_turn {
            let at = offsets
                .get(&turn)
                .or(offsets.get(&Limit::MinTurn))
                .copied()
                .unwrap_or(table_offset);
            problems.push(RuleProblem {
                offset: at,
                message: format!(
                    "{} = {} is shorter than min_turn = {min_turn}",
                    turn.spec().key,
                    rules.get(turn)
                ),
                help: format!(
                    "turns must be at least min_turn minutes: raise {} or lower min_turn",
                    turn.spec().key
                ),
            });
        }
    }
    if problems.is_empty() {
        Ok(rules)
    } else {
        Err(problems)
    }
}

/// The JSON Schema of `[interpretation_rules]`, from `LIMITS`.
pub fn schema_for(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let mut properties = serde_json::Map::new();
    for s in &LIMITS {
        properties.insert(
            s.key.to_string(),
            serde_json::json!({
                "type": "integer",
                "minimum": s.min,
                "maximum": s.max,
                "default": s.default,
                "description": format!("{} ({})", s.meaning, s.unit.word()),
            }),
        );
    }
    schemars::json_schema!({
        "type": "object",
        "description": "Overrides of the interpreter planning rules; see the README.",
        "additionalProperties": false,
        "properties": properties,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(src: &str) -> BTreeMap<String, Spanned<toml::Value>> {
        toml::from_str(src).unwrap()
    }

    #[test]
    fn defaults_and_overrides() {
        let r = validate(&table("turn_max = 25"), 0).unwrap();
        assert_eq!(r.get(Limit::TurnMax), 25);
        assert_eq!(r.get(Limit::MinTeam), 2);
    }

    #[test]
    fn out_of_range_values_say_the_range() {
        for src in [
            "turn_max = 0",
            "min_team = 4294967295",
            "min_team = 0",
            "session_max = 0",
            "connection_test_before = 4294967295",
            "solo_max = -1",
        ] {
            let e = validate(&table(src), 0).unwrap_err();
            assert_eq!(e.len(), 1, "{src}: {e:?}");
            assert!(e[0].message.contains("out of range"), "{src}: {e:?}");
            assert!(e[0].help.contains(" allows "), "{src}: {e:?}");
        }
    }

    #[test]
    fn unknown_keys_and_wrong_types() {
        let e = validate(&table("turn_mx = 20\nmin_team = \"two\""), 0).unwrap_err();
        assert_eq!(e.len(), 2, "{e:?}");
        assert!(e.iter().any(|p| p.help.contains("did you mean `turn_max`")));
        assert!(e.iter().any(|p| p.message.contains("whole number")));
    }

    #[test]
    fn the_readme_lists_every_rule_with_its_range() {
        let readme =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
        let table = &readme[readme.find("| rule (key) | default | allowed |").unwrap()..];
        let table = &table[..table.find("\n\n").unwrap()];
        for s in &LIMITS {
            let row = table
                .lines()
                .find(|l| {
                    let first = l.split('|').nth(1).unwrap_or("");
                    first.contains(&format!("`{}`", s.key))
                })
                .unwrap_or_else(|| panic!("{} not in the README's rules table", s.key));
            assert!(
                row.contains(&format!("{}–{}", s.min, s.max)),
                "{}: the README does not give {}–{}:\n{row}",
                s.key,
                s.min,
                s.max
            );
        }
    }

    #[test]
    fn turns_shorter_than_min_turn() {
        let e = validate(&table("min_turn = 40\nturn_max = 30"), 0).unwrap_err();
        assert!(e
            .iter()
            .any(|p| p.message.contains("shorter than min_turn")));
    }
}

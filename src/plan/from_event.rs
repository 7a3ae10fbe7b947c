//! The planner's input built from a validated event: the one place where
//! the planner meets the event model, so `plan` itself stays pure data.

use super::{Input, Interpreter, Item, PlanError, Planned, Rules};
use crate::event::{Event, Format, InterpretationRules, Limit, Schedule};

/// Plans the interpretation of `event`, which must have its `schedule`.
pub fn plan_event(event: &Event, schedule: Schedule) -> Result<Planned, PlanError> {
    let input = input(event, schedule);
    let plan = super::plan(&input)?;
    Ok(Planned { input, plan })
}

/// The planning input for `event`, with its rules (the professional
/// defaults unless the event file overrides some).
pub fn input(event: &Event, schedule: Schedule) -> Input {
    Input {
        date: schedule.date,
        start: schedule.start,
        end: schedule.end,
        remote: event.format == Format::Online,
        booths: event.interpretation_languages.clone(),
        items: event
            .agenda
            .iter()
            .filter_map(|i| {
                let (start, end) = i.time?;
                Some(Item {
                    id: Some(i.id),
                    start,
                    end,
                    pause: i.is_pause(),
                    floor_languages: i.floor_languages.clone(),
                })
            })
            .collect(),
        interpreters: event
            .interpreters
            .iter()
            .map(|i| Interpreter {
                name: i.name.clone(),
                booth: i.booth,
                a: i.a,
                b: i.b.clone(),
                c: i.c.clone(),
            })
            .collect(),
        rules: rules(&event.rules),
    }
}

/// The planner's rules from the event's validated limits.
pub fn rules(r: &InterpretationRules) -> Rules {
    let n = |l: Limit| r.get(l) as usize;
    Rules {
        min_team: n(Limit::MinTeam),
        retour_relay_team: n(Limit::RetourRelayTeam),
        remote_reinforced_team: n(Limit::RemoteReinforcedTeam),
        remote_reinforced_after: r.get(Limit::RemoteReinforcedAfter),
        solo_max: r.get(Limit::SoloMax),
        turn_max: r.get(Limit::TurnMax),
        turn_max_team_of_three: r.get(Limit::TurnMaxTeamOfThree),
        boundary_snap: r.get(Limit::BoundarySnap),
        min_turn: r.get(Limit::MinTurn),
        session_max: r.get(Limit::SessionMax),
        sessions_per_day: n(Limit::SessionsPerDay),
        day_max: r.get(Limit::DayMax),
        session_gap: r.get(Limit::SessionGap),
        arrival_before: r.get(Limit::ArrivalBefore),
        connection_test_before: r.get(Limit::ConnectionTestBefore),
        remote_live_share_max: r.get(Limit::RemoteLiveShareMax),
        remote_live_share_after: r.get(Limit::RemoteLiveShareAfter),
    }
}

//! The planner's input built from a validated event: the one place where
//! the planner meets the event model, so `plan` itself stays pure data.

use super::{Input, Interpreter, Item, ItemKind};
use crate::event::{self, Event, Format};

/// The planning input for `event`, with its rules (the professional
/// defaults unless the event file overrides some).
pub fn input(event: &Event) -> Input {
    Input {
        date: event.date,
        time_zone: event.time_zone_name.clone(),
        start: event.start,
        end: event.end,
        remote: event.format == Format::Online,
        booths: event
            .interpretation_languages
            .iter()
            .map(|l| l.code().to_string())
            .collect(),
        items: event
            .agenda
            .iter()
            .enumerate()
            // Item numbers are the ones a reader sees: 1 for the first.
            .map(|(n, i)| Item {
                index: n + 1,
                start: i.start,
                end: i.end,
                kind: match i.kind {
                    event::ItemKind::Opening => ItemKind::Opening,
                    event::ItemKind::Session => ItemKind::Session,
                    event::ItemKind::Qa => ItemKind::Qa,
                    event::ItemKind::Break => ItemKind::Break,
                    event::ItemKind::Closing => ItemKind::Closing,
                    event::ItemKind::Other => ItemKind::Other,
                },
                floor_languages: i
                    .floor_languages
                    .iter()
                    .map(|l| l.code().to_string())
                    .collect(),
            })
            .collect(),
        interpreters: event
            .interpreters
            .iter()
            .map(|i| Interpreter {
                name: i.name.clone(),
                booth: i.booth.code().to_string(),
                a: i.a.code().to_string(),
                b: i.b.iter().map(|l| l.code().to_string()).collect(),
                c: i.c.iter().map(|l| l.code().to_string()).collect(),
            })
            .collect(),
        rules: event.rules.clone(),
    }
}

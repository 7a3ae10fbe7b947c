//! The whole rota as a sheet for spreadsheets: one row per turn, agenda item
//! and floor language, with stable column names and language codes, so a
//! secretariat can sort and filter by booth, interpreter or relay.

use crate::doc::Sheet;
use crate::plan::{Mode, Planned};

use super::calendar::hhmm;
use super::Ctx;

/// Column names of the rota sheet.
pub const HEADER: [&str; 12] = [
    "booth",
    "interpreter",
    "date",
    "start",
    "end",
    "item",
    "item_title",
    "floor_language",
    "mode",
    "relay_from",
    "relay_via",
    "gives_relay_to",
];

/// The rota. `mode` is one of own, direct, retour, relay, served-by-retour;
/// booth lists are separated by spaces; names and `item_title` are in the
/// context's language (a left-to-right one: the sheet has no bidi controls).
/// Only the booths `booths` accepts (those whose calendars are written).
pub fn sheet(ctx: &Ctx, planned: &Planned, booths: &dyn Fn(crate::lang::Lang) -> bool) -> Sheet {
    let date = planned.input.date.to_string();
    let mut rows = Vec::new();
    for b in planned.plan.booths.iter().filter(|b| booths(b.booth)) {
        for t in &b.turns {
            for p in &t.parts {
                let Some(modes) = b.modes_of(p.item) else {
                    continue;
                };
                for (floor, mode) in &modes.floor {
                    let codes = |langs: Vec<crate::lang::Lang>| {
                        langs.iter().map(|l| l.code()).collect::<Vec<_>>().join(" ")
                    };
                    let from: Vec<_> = p.relay_from.iter().filter(|r| r.floor == *floor).collect();
                    rows.push(vec![
                        b.booth.code().to_string(),
                        ctx.member(b, t.member),
                        date.clone(),
                        hhmm(p.start),
                        hhmm(p.end),
                        p.item.map_or(String::new(), |i| i.number().to_string()),
                        ctx.item_title(p.item).text,
                        floor.code().to_string(),
                        mode_name(mode).to_string(),
                        codes(from.iter().map(|r| r.booth).collect()),
                        codes(from.iter().map(|r| r.via).collect()),
                        codes(
                            p.gives_relay_to
                                .iter()
                                .filter(|r| r.floor == *floor)
                                .map(|r| r.booth)
                                .collect(),
                        ),
                    ]);
                }
            }
        }
    }
    Sheet {
        header: HEADER.iter().map(|s| s.to_string()).collect(),
        rows,
    }
}

fn mode_name(m: &Mode) -> &'static str {
    match m {
        Mode::Own => "own",
        Mode::Direct => "direct",
        Mode::Retour { .. } => "retour",
        Mode::Relay { .. } => "relay",
        Mode::ServedByRetour { .. } => "served-by-retour",
    }
}

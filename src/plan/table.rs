//! A plain-text view of a plan for the terminal (`tarjama plan`): per booth the team
//! and its turns, then the findings. English only; documents go through Fluent instead.

use super::teams::requirement_reason;
use super::{effective_items, hhmm, BoothPlan, Input, ItemKind, Mode, Plan};

/// The plan as a readable text table, one section per booth.
pub fn terminal_table(plan: &Plan, input: &Input) -> String {
    let mut out = String::new();
    let items = effective_items(input);
    let before = if input.remote {
        input.rules.connection_test_before
    } else {
        input.rules.arrival_before
    };
    out += &format!(
        "Interpretation plan: {}, {}-{} {}, {}\n",
        input.date,
        hhmm(input.start as i64),
        hhmm(input.end as i64),
        input.time_zone,
        if input.remote {
            "online (remote simultaneous interpretation)"
        } else {
            "in the room"
        }
    );
    out += &format!(
        "Booths: {}. {} {} minutes before the first session.\n",
        input
            .booths
            .iter()
            .map(|b| b.to_uppercase())
            .collect::<Vec<_>>()
            .join(", "),
        if input.remote {
            "Connection test"
        } else {
            "Arrival"
        },
        before
    );
    if plan.teams_per_booth > 1 {
        out += &format!(
            "The day is too long for one team: {} teams per booth take turns by shift.\n",
            plan.teams_per_booth
        );
    }

    for b in &plan.booths {
        out += "\n";
        out += &booth_header(b, plan, input);
        let mut rows = vec![row([
            "Time",
            "Item",
            "Floor (what the booth does)",
            "On microphone",
            "Relay from",
            "Gives relay to",
        ])];
        for it in &items {
            let time = format!("{}-{}", hhmm(it.start as i64), hhmm(it.end as i64));
            let label = format!("{} {}", it.index, it.kind.label());
            if it.kind == ItemKind::Break {
                rows.push(row([&time, &label, "", "(break, off microphone)", "", ""]));
                continue;
            }
            let floor = match b.modes_of(it.index) {
                Some(m) => m
                    .floor
                    .iter()
                    .map(|(l, md)| mode_label(l, md))
                    .collect::<Vec<_>>()
                    .join("; "),
                None => "(no floor language listed)".to_string(),
            };
            let parts: Vec<_> = b
                .turns
                .iter()
                .flat_map(|t| t.parts.iter().map(move |p| (t, p)))
                .filter(|(_, p)| p.item == it.index)
                .collect();
            if parts.is_empty() {
                rows.push(row([&time, &label, &floor, "(off microphone)", "", ""]));
                continue;
            }
            for (k, (t, p)) in parts.iter().enumerate() {
                // A turn running on from the previous item is the same spell.
                let who = if t.parts.first().map(|f| f.start) == Some(p.start) {
                    t.interpreter.clone()
                } else {
                    format!("{} (cont.)", t.interpreter)
                };
                let slot = format!("{}-{}", hhmm(p.start as i64), hhmm(p.end as i64));
                let from = p
                    .relay_from
                    .iter()
                    .map(|r| format!("{} for {}", r.booth.to_uppercase(), r.floor))
                    .collect::<Vec<_>>()
                    .join(", ");
                let to = group_relay(&p.gives_relay_to);
                let (lbl, fl) = if k == 0 {
                    (label.as_str(), floor.as_str())
                } else {
                    ("", "")
                };
                rows.push(row([&slot, lbl, fl, &who, &from, &to]));
            }
        }
        out += &layout(&rows);
    }

    out += "\nFindings:\n";
    if plan.findings.is_empty() {
        out += "  none: the plan meets every rule checked.\n";
    }
    for f in &plan.findings {
        out += &format!("  {f}\n");
    }
    out
}

fn booth_header(b: &BoothPlan, plan: &Plan, input: &Input) -> String {
    let up = b.booth.to_uppercase();
    let reasons = b
        .requirements
        .iter()
        .filter(|q| q.size == b.required)
        .map(|q| format!("{} ({})", requirement_reason(q.rule), q.rule.source()))
        .collect::<Vec<_>>()
        .join("; ");
    let needed = b.required * plan.teams_per_booth;
    let who = if !b.team.is_empty() && b.team.iter().all(|m| m.placeholder) {
        " (placeholders, to recruit)"
    } else {
        ""
    };
    let mut s = format!(
        "== {up} booth: team of {}{who}; {needed} needed: {reasons}\n",
        b.team.len()
    );
    s += &format!("   Turns of at most {} minutes.\n", b.turn_max);
    let width = b
        .team
        .iter()
        .map(|m| m.name.chars().count())
        .max()
        .unwrap_or(0);
    for m in &b.team {
        let mut langs = format!("A {}", m.a);
        if !m.b.is_empty() {
            langs += &format!(", B {}", m.b.join(" "));
        }
        if !m.c.is_empty() {
            langs += &format!(", C {}", m.c.join(" "));
        }
        let duty = m
            .duty
            .iter()
            .map(|d| format!("{}-{}", hhmm(d.0 as i64), hhmm(d.1 as i64)))
            .collect::<Vec<_>>()
            .join(", ");
        let arrive = m
            .arrival
            .map(|a| {
                format!(
                    "{} {}, ",
                    if input.remote {
                        "connection test"
                    } else {
                        "arrive"
                    },
                    hhmm(a)
                )
            })
            .unwrap_or_default();
        s += &format!(
            "   {:width$}  {}  {}on duty {}, {} min at the microphone\n",
            m.name,
            langs,
            arrive,
            if duty.is_empty() {
                "-".to_string()
            } else {
                duty
            },
            m.mic_minutes,
        );
    }
    s
}

/// What the booth does with one floor language, in a few words.
fn mode_label(floor: &str, m: &Mode) -> String {
    match m {
        Mode::Own => format!("{floor} off (own language)"),
        Mode::Direct => floor.to_string(),
        Mode::Retour { into } => format!("{floor} retour into {into}"),
        Mode::Relay { from, via, steps } => {
            // Name the language only when it is not the pivot's own (a retour).
            let lang = if via != from {
                format!(" in {via}")
            } else {
                String::new()
            };
            let two = if *steps >= 2 { ", two-step" } else { "" };
            format!("{floor} via {}{lang}{two}", from.to_uppercase())
        }
        Mode::ServedByRetour { from } => format!("{floor} off ({} retour)", from.to_uppercase()),
    }
}

/// "FR ES for ar" — takers grouped by floor language.
fn group_relay(rs: &[super::Relay]) -> String {
    let mut floors: Vec<&str> = Vec::new();
    for r in rs {
        if !floors.contains(&r.floor.as_str()) {
            floors.push(&r.floor);
        }
    }
    floors
        .iter()
        .map(|f| {
            let booths: Vec<String> = rs
                .iter()
                .filter(|r| r.floor == *f)
                .map(|r| r.booth.to_uppercase())
                .collect();
            format!("{} for {f}", booths.join(" "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn row<S: AsRef<str>>(cells: [S; 6]) -> Vec<String> {
    cells.iter().map(|c| c.as_ref().to_string()).collect()
}

fn layout(rows: &[Vec<String>]) -> String {
    let cols = rows[0].len();
    let widths: Vec<usize> = (0..cols)
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for (k, r) in rows.iter().enumerate() {
        let line: Vec<String> = r
            .iter()
            .zip(&widths)
            .map(|(cell, w)| format!("{cell:w$}"))
            .collect();
        out += "   ";
        out += line.join(" | ").trim_end();
        out += "\n";
        if k == 0 {
            let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
            out += "   ";
            out += &rule.join("-+-");
            out += "\n";
        }
    }
    out
}

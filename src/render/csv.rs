//! Rota spreadsheet (rota.csv, RFC 4180): one row per turn, agenda item and floor
//! language, so a secretariat can sort and filter by booth, interpreter or relay.

use crate::plan::{hhmm, Input, Mode, Plan};

/// Column names of `rota_csv`.
pub const HEADER: [&str; 10] = [
    "booth",
    "interpreter",
    "date",
    "start",
    "end",
    "item",
    "floor_language",
    "mode",
    "relay_from",
    "gives_relay_to",
];

/// The whole rota as CSV with CRLF line endings. `mode` is one of own, direct,
/// retour, relay, served-by-retour; `gives_relay_to` lists booths separated by spaces.
pub fn rota_csv(plan: &Plan, input: &Input) -> String {
    let mut out = String::new();
    record(&mut out, HEADER.iter().map(|s| s.to_string()));
    let date = input.date.to_string();
    for b in &plan.booths {
        for t in &b.turns {
            for p in &t.parts {
                let Some(modes) = b.modes_of(p.item) else {
                    continue;
                };
                for (floor, mode) in &modes.floor {
                    let relay_from = p
                        .relay_from
                        .iter()
                        .filter(|r| &r.floor == floor)
                        .map(|r| r.booth.clone())
                        .collect::<Vec<_>>()
                        .join(" ");
                    let gives = p
                        .gives_relay_to
                        .iter()
                        .filter(|r| &r.floor == floor)
                        .map(|r| r.booth.clone())
                        .collect::<Vec<_>>()
                        .join(" ");
                    record(
                        &mut out,
                        [
                            b.booth.clone(),
                            t.interpreter.clone(),
                            date.clone(),
                            hhmm(p.start as i64),
                            hhmm(p.end as i64),
                            p.item.to_string(),
                            floor.clone(),
                            mode_name(mode).to_string(),
                            relay_from,
                            gives,
                        ]
                        .into_iter(),
                    );
                }
            }
        }
    }
    out
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

fn record(out: &mut String, fields: impl Iterator<Item = String>) {
    let cells: Vec<String> = fields.map(|f| quote(&f)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// RFC 4180: quote a field holding a comma, quote or line break; double inner quotes.
/// A leading = + - @ gets a ' in front so spreadsheets do not
/// run it as a formula (names come from user input).
fn quote(f: &str) -> String {
    let f = if f.starts_with(['=', '+', '-', '@']) {
        format!("'{f}")
    } else {
        f.to_string()
    };
    if f.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", f.replace('"', "\"\""))
    } else {
        f
    }
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn quotes_per_rfc_4180() {
        assert_eq!(quote("AR 1"), "AR 1");
        assert_eq!(quote("Doe, Jane"), "\"Doe, Jane\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("=1+1"), "'=1+1");
    }
}

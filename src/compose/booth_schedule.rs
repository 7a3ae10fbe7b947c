//! The schedule of one interpretation booth, in the booth's language: the
//! meeting, the team, every turn with floor language and relay, a picture
//! of all booths' turns, and the planner's findings for this booth.

use crate::doc::{
    Bar, Block, Cell, CellParagraph, Document, Inline, Lane, Paragraph, Table, Timeline,
};
use crate::event::{self, Event, Format};
use crate::i18n::dates;
use crate::i18n::Catalog;
use crate::lang::Lang;
use crate::plan::{BoothPlan, Input, Mode, Plan, RuleId, Severity};

/// The schedule of `booth` (the catalog must be in that booth's language).
pub fn compose(
    event: &Event,
    input: &Input,
    plan: &Plan,
    booth: &BoothPlan,
    cat: &Catalog,
) -> Document {
    let lang = cat.lang;
    let digits = super::digits(event, lang);
    let booth_label = booth_name(cat, &booth.booth);
    let series = cat.get("event-series", &[]);
    let title = cat.get("event-title", &[]);
    let heading_text = cat.get("booth-schedule-title", &[("booth", booth_label.clone())]);
    let full_title = cat.get("full-title", &[("series", series), ("title", title)]);
    let mut doc = super::document(
        event,
        cat,
        format!("{heading_text} – {full_title}"),
        format!("{} – {booth_label}", cat.get("event-short-title", &[])),
    );
    let b = &mut doc.blocks;
    b.push(Block::Title(vec![Inline::plain(heading_text)]));
    b.push(Block::Subtitle(vec![Inline::plain(full_title)]));

    // The meeting in brief.
    let time = format!(
        "{} ({})",
        dates::time_range(lang, event.start, event.end, digits),
        event.time_zone_label
    );
    let mut format_line = cat.get(
        match event.format {
            Format::Online => "format-online",
            Format::InPerson => "format-in-person",
            Format::Hybrid => "format-hybrid",
        },
        &[],
    );
    if input.remote {
        format_line = format!("{format_line} ({})", cat.get("remote-interpretation", &[]));
    }
    if let Some(p) = &event.platform {
        format_line = format!(
            "{format_line}. {}",
            cat.get("platform", &[("platform", p.clone())])
        );
    }
    let first_arrival = booth.team.iter().filter_map(|m| m.arrival).min();
    let mut facts = vec![
        ("schedule-date", dates::long_date(lang, event.date, digits)),
        ("schedule-time", time),
        ("schedule-format", format_line),
    ];
    if let Some(a) = first_arrival {
        let key = if input.remote {
            "connection-test"
        } else {
            "arrival"
        };
        facts.push((key, dates::time(lang, a.max(0) as u32, digits)));
    }
    for (key, value) in facts {
        b.push(Block::Paragraph(Paragraph::new(vec![
            Inline::bold(cat.get(key, &[])),
            Inline::plain(format!(" {value}")),
        ])));
    }
    if event.chatham_house_rule {
        b.push(Block::Paragraph(Paragraph::new(vec![Inline::plain(
            cat.get("chatham-house-rule", &[]),
        )])));
    }

    // The team.
    b.push(heading(cat, "team-heading"));
    let reasons: Vec<String> = booth
        .requirements
        .iter()
        .filter(|r| r.size == booth.required)
        .map(|r| requirement_reason(cat, r.rule))
        .collect();
    b.push(Block::Paragraph(Paragraph::new(vec![Inline::plain(
        cat.get(
            "team-required",
            &[
                ("count", digits.convert(&booth.required.to_string())),
                ("reason", dates::and_list(lang, &reasons)),
            ],
        ),
    )])));
    let mut members = Vec::new();
    for m in &booth.team {
        let mut line = vec![Inline::bold(m.name.clone())];
        if m.placeholder {
            line.push(Inline::plain(format!(
                " ({})",
                cat.get("team-placeholder", &[])
            )));
        }
        // A, B and C languages; a class the interpreter has none of is left out.
        let classes: Vec<String> = [
            ("team-lang-a", vec![m.a.clone()]),
            ("team-lang-b", m.b.clone()),
            ("team-lang-c", m.c.clone()),
        ]
        .into_iter()
        .filter(|(_, langs)| !langs.is_empty())
        .map(|(id, langs)| {
            let names: Vec<String> = langs.iter().map(|l| language_name(cat, l)).collect();
            cat.get(id, &[("languages", dates::and_list(lang, &names))])
        })
        .collect();
        line.push(Inline::plain(format!(
            " – {} – {}",
            classes.join(&cat.get("list-separator", &[])),
            cat.get(
                "team-minutes",
                &[("minutes", digits.convert(&m.mic_minutes.to_string()))]
            )
        )));
        members.push(line);
    }
    b.push(Block::List(members));
    b.push(Block::Paragraph(Paragraph::new(vec![Inline::plain(
        cat.get(
            "turn-length",
            &[("minutes", digits.convert(&booth.turn_max.to_string()))],
        ),
    )])));

    // Every turn.
    b.push(heading(cat, "rota-heading"));
    b.push(Block::Table(rota_table(event, booth, cat)));

    // All booths at a glance.
    b.push(heading(cat, "timeline-heading"));
    b.push(Block::Timeline(timeline(event, plan, lang, digits)));

    // Findings for this booth and for the whole meeting.
    b.push(heading(cat, "findings-heading"));
    let mine: Vec<_> = plan
        .findings
        .iter()
        .filter(|f| f.booth.as_deref().is_none_or(|x| x == booth.booth))
        .collect();
    if mine.is_empty() {
        b.push(Block::Paragraph(Paragraph::new(vec![Inline::plain(
            cat.get("findings-none", &[]),
        )])));
    } else {
        let items = mine
            .iter()
            .map(|f| {
                let kind = match f.severity {
                    Severity::Error => "finding-error",
                    Severity::Warning => "finding-warning",
                };
                // Findings have Fluent ids; until a language has them the
                // planner's English text is shown.
                let text = if cat.has(f.id) {
                    let args: Vec<(&str, String)> = f
                        .args
                        .iter()
                        .map(|(k, v)| (*k, finding_arg(cat, v, digits)))
                        .collect();
                    cat.get(f.id, &args)
                } else {
                    f.message.clone()
                };
                vec![
                    Inline::bold(format!("{} ", cat.get(kind, &[]))),
                    Inline::plain(text),
                    Inline::plain(format!(
                        " ({})",
                        cat.get(
                            "rule-source",
                            &[(
                                "source",
                                cat.get(&format!("rule-source-{}", f.rule.id()), &[])
                            )]
                        )
                    )),
                ]
            })
            .collect();
        b.push(Block::List(items));
    }
    doc
}

fn heading(cat: &Catalog, id: &str) -> Block {
    Block::Heading {
        level: 2,
        content: vec![Inline {
            text: cat.get(id, &[]),
            source: Some(id.into()),
            ..Inline::default()
        }],
    }
}

/// "English", "الإنكليزية": a language code's name in the catalog's language.
fn language_name(cat: &Catalog, code: &str) -> String {
    cat.get(&format!("language-{code}"), &[])
}

/// A finding's argument as the booth reads it: a language code ("es")
/// becomes the language's name ("Spanish", "الإسبانية"); booth codes ("EN")
/// and names stay as they are; numbers take the document's digits; in a
/// right-to-left document, Latin text of several words (an interpreter's
/// name) is isolated so the sentence around it keeps its order.
fn finding_arg(cat: &Catalog, value: &str, digits: crate::doc::Digits) -> String {
    let lang_message = format!("language-{value}");
    if value.parse::<Lang>().is_ok() && cat.has(&lang_message) {
        return cat.get(&lang_message, &[]);
    }
    if !value.is_empty() && value.chars().all(|c| c.is_ascii_digit()) {
        return digits.convert(value);
    }
    if value.chars().any(|c| c.is_ascii_alphabetic())
        && value.chars().any(|c| !c.is_ascii_alphanumeric())
    {
        return dates::isolate_ltr(cat.lang, value.to_string());
    }
    value.to_string()
}

/// "Arabic booth", "cabine arabe", "المقصورة العربية" (its own message:
/// the adjective agrees with "booth" in French and Spanish).
pub fn booth_name(cat: &Catalog, code: &str) -> String {
    cat.get(&format!("booth-{code}"), &[])
}

/// Booth codes as interpreters write them: "EN", "AR".
fn code(booth: &str) -> String {
    booth.to_uppercase()
}

fn requirement_reason(cat: &Catalog, rule: RuleId) -> String {
    cat.get(&format!("requirement-{}", rule.id()), &[])
}

/// One row per turn and agenda item: time, item, what the booth does with
/// each floor language, who is on microphone, and the relay.
fn rota_table(event: &Event, booth: &BoothPlan, cat: &Catalog) -> Table {
    let lang = cat.lang;
    let digits = super::digits(event, lang);
    let header = [
        "rota-time",
        "rota-item",
        "rota-floor",
        "rota-mic",
        "rota-relay",
    ]
    .iter()
    .map(|id| Cell::text(vec![Inline::bold(cat.get(id, &[]))]))
    .collect();
    let mut rows: Vec<(u32, Vec<Cell>)> = Vec::new();
    let mut previous_item = None;
    for turn in &booth.turns {
        for part in &turn.parts {
            let item = &event.agenda[part.item - 1];
            // An item spanning several turns is named on its first row only;
            // the next rows say it continues.
            let title = if previous_item == Some(part.item) {
                cat.get("rota-continued", &[])
            } else {
                super::item_title(cat, item).text
            };
            previous_item = Some(part.item);
            let mut floor: Vec<&(String, Mode)> = booth
                .modes_of(part.item)
                .map(|m| m.floor.iter().collect())
                .unwrap_or_default();
            // The same order in every row and every booth: the UN's.
            floor.sort_by_key(|(l, _)| l.parse::<Lang>().ok());
            let floor: Vec<CellParagraph> = floor
                .into_iter()
                .map(|(l, mode)| para(mode_text(cat, l, mode)))
                .collect();
            let mut relay: Vec<CellParagraph> = part
                .relay_from
                .iter()
                .map(|r| {
                    para(cat.get(
                        "relay-takes",
                        &[
                            ("booth", code(&r.booth)),
                            ("language", language_name(cat, &r.floor)),
                        ],
                    ))
                })
                .collect();
            // Group the booths taking relay from us by floor language.
            let mut floors: Vec<&str> = part
                .gives_relay_to
                .iter()
                .map(|r| r.floor.as_str())
                .collect();
            floors.dedup();
            for f in floors {
                let booths: Vec<String> = part
                    .gives_relay_to
                    .iter()
                    .filter(|r| r.floor == f)
                    .map(|r| code(&r.booth))
                    .collect();
                relay.push(para(cat.get(
                    "relay-gives",
                    &[
                        ("booths", dates::and_list(lang, &booths)),
                        ("language", language_name(cat, f)),
                    ],
                )));
            }
            rows.push((
                part.start,
                vec![
                    Cell::text(vec![Inline::plain(dates::time_range(
                        lang, part.start, part.end, digits,
                    ))]),
                    Cell::text(vec![Inline::plain(title)]),
                    Cell {
                        paragraphs: floor,
                        shaded: false,
                    },
                    Cell::text(vec![Inline::bold(turn.interpreter.clone())]),
                    Cell {
                        paragraphs: relay,
                        shaded: false,
                    },
                ],
            ));
        }
    }
    // Breaks are off microphone for everyone: one shaded row each.
    for item in event
        .agenda
        .iter()
        .filter(|i| i.kind == event::ItemKind::Break)
    {
        let shaded = |c: Cell| Cell { shaded: true, ..c };
        rows.push((
            item.start,
            vec![
                shaded(Cell::text(vec![Inline::plain(dates::time_range(
                    lang, item.start, item.end, digits,
                ))])),
                shaded(Cell::text(vec![Inline::plain(cat.get("rota-break", &[]))])),
                shaded(Cell::default()),
                shaded(Cell::default()),
                shaded(Cell::default()),
            ],
        ));
    }
    rows.sort_by_key(|(start, _)| *start);
    Table {
        widths: vec![1.6, 2.4, 2.6, 1.5, 2.2],
        header,
        rows: rows.into_iter().map(|(_, r)| r).collect(),
    }
}

fn para(text: String) -> CellParagraph {
    CellParagraph {
        content: vec![Inline::plain(text)],
        bullet: false,
    }
}

fn mode_text(cat: &Catalog, floor: &str, mode: &Mode) -> String {
    let language = language_name(cat, floor);
    match mode {
        Mode::Direct => language,
        Mode::Own => cat.get("mode-own", &[("language", language)]),
        Mode::Retour { into } => cat.get(
            "mode-retour",
            &[("language", language), ("into", language_name(cat, into))],
        ),
        Mode::Relay { from, .. } => cat.get(
            "mode-relay",
            &[("language", language), ("booth", code(from))],
        ),
        Mode::ServedByRetour { from } => cat.get(
            "mode-served",
            &[("language", language), ("booth", code(from))],
        ),
    }
}

/// Every booth's turns on one time axis; each interpreter keeps a colour.
fn timeline(event: &Event, plan: &Plan, lang: Lang, digits: crate::doc::Digits) -> Timeline {
    let start = event.start;
    let end = event.end;
    let step = if end - start > 240 { 60 } else { 30 };
    let first = start.div_ceil(step) * step;
    let ticks = (first..=end)
        .step_by(step as usize)
        .map(|m| (m, dates::time(lang, m, digits)))
        .collect();
    let lanes = plan
        .booths
        .iter()
        .map(|bp| Lane {
            label: code(&bp.booth),
            bars: bp
                .turns
                .iter()
                .map(|t| Bar {
                    start: t.start,
                    end: t.end,
                    label: t.interpreter.clone(),
                    colour: bp
                        .team
                        .iter()
                        .position(|m| m.name == t.interpreter)
                        .unwrap_or(0),
                })
                .collect(),
        })
        .collect();
    Timeline {
        start,
        end,
        ticks,
        lanes,
    }
}

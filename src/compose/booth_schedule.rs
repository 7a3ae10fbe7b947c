//! The schedule of one interpretation booth, in the booth's language: the
//! meeting, the team, every turn with floor language and relay, a picture
//! of all booths' turns, and the planner's findings for this booth.

use crate::doc::{
    Bar, Block, Cell, CellParagraph, Document, Inline, Lane, Paragraph, Table, Timeline,
};
use crate::event::{Format, ItemKind};
use crate::lang::Lang;
use crate::plan::{Booth, BoothPlan, Mode, Plan, Planned};

use super::{findings, Arg, Ctx};

/// The schedule of `booth` (the context must be in that booth's language).
pub fn compose(ctx: &Ctx, planned: &Planned, booth: &BoothPlan) -> Document {
    let cat = ctx.cat;
    let booth_label = ctx.booth(booth.booth);
    let series = cat.get("event-series", &[]);
    let title = cat.get("event-title", &[]);
    let heading_text = cat.get("booth-schedule-title", &[("booth", booth_label.clone())]);
    let full_title = cat.get("full-title", &[("series", series), ("title", title)]);
    let mut doc = super::document(
        ctx,
        cat.get(
            "document-title",
            &[
                ("title", full_title.clone()),
                ("document", heading_text.clone()),
            ],
        ),
        cat.get(
            "running-header",
            &[
                ("title", cat.get("event-short-title", &[])),
                ("part", booth_label),
            ],
        ),
    );
    let b = &mut doc.blocks;
    b.push(Block::Title(vec![Inline::plain(heading_text)]));
    b.push(Block::Subtitle(vec![Inline::plain(full_title)]));
    let arrival = booth.team.iter().filter_map(|m| m.arrival).min();
    b.extend(meeting_facts(ctx, planned, arrival));
    b.push(heading(ctx, "team-heading"));
    b.extend(team_blocks(ctx, booth));
    b.push(heading(ctx, "rota-heading"));
    b.push(Block::Table(rota_table(ctx, booth)));
    b.push(heading(ctx, "timeline-heading"));
    b.push(Block::Timeline(timeline(ctx, &planned.plan)));
    b.push(heading(ctx, "findings-heading"));
    b.extend(findings_blocks(ctx, &planned.plan, Some(booth.booth)));
    doc
}

/// A level-2 heading from one message.
pub(crate) fn heading(ctx: &Ctx, id: &str) -> Block {
    Block::Heading {
        level: 2,
        content: vec![Inline {
            text: ctx.t(id, &[]),
            source: Some(id.into()),
            ..Inline::default()
        }],
    }
}

/// "Label: value" lines: date, time, format, platform, and the connection
/// test (or arrival) at `arrival`.
pub(crate) fn meeting_facts(ctx: &Ctx, planned: &Planned, arrival: Option<i64>) -> Vec<Block> {
    let event = ctx.event;
    let format = ctx.t(
        match event.format {
            Format::Online => "format-online",
            Format::InPerson => "format-in-person",
            Format::Hybrid => "format-hybrid",
        },
        &[],
    );
    let format = if planned.input.remote {
        ctx.t(
            "format-remote",
            &[
                ("format", format),
                ("remote", ctx.t("remote-interpretation", &[])),
            ],
        )
    } else {
        format
    };
    let mut facts = vec![
        ("schedule-date", ctx.long_date()),
        (
            "schedule-time",
            ctx.t(
                "time-with-zone",
                &[
                    ("range", ctx.time_range(event.start, event.end)),
                    ("zone", event.time_zone_label.clone()),
                ],
            ),
        ),
        ("schedule-format", format),
    ];
    if let Some(p) = &event.platform {
        facts.push(("schedule-platform", ctx.ltr(p)));
    }
    if let Some(a) = arrival {
        let key = if planned.input.remote {
            "connection-test"
        } else {
            "arrival"
        };
        facts.push((key, ctx.time(a.max(0) as u32)));
    }
    let mut out: Vec<Block> = facts
        .into_iter()
        .map(|(label, value)| {
            Block::Paragraph(Paragraph::new(ctx.styled(
                "fact-line",
                &[
                    ("label", Arg::Bold(ctx.t(label, &[]))),
                    ("value", Arg::Plain(value)),
                ],
            )))
        })
        .collect();
    if event.chatham_house_rule {
        out.push(Block::Paragraph(Paragraph::new(vec![Inline::plain(
            ctx.t("chatham-house-rule", &[]),
        )])));
    }
    out
}

/// The team: how many the rules require and why, each member with their
/// languages and microphone time, and the longest turn.
pub(crate) fn team_blocks(ctx: &Ctx, booth: &BoothPlan) -> Vec<Block> {
    let reasons: Vec<String> = booth
        .requirements
        .iter()
        .filter(|r| r.size == booth.required)
        .map(|r| ctx.t(&format!("requirement-{}", r.rule.id()), &[]))
        .collect();
    let mut out = vec![Block::Paragraph(Paragraph::new(vec![Inline::plain(
        ctx.t(
            "team-required",
            &[
                ("count", ctx.num(booth.required)),
                ("reason", ctx.and_list(&reasons)),
            ],
        ),
    )]))];
    let members = booth
        .team
        .iter()
        .enumerate()
        .map(|(i, m)| {
            // A, B and C languages; a class the interpreter has none of is left out.
            let classes: Vec<String> = [
                ("team-lang-a", vec![m.a]),
                ("team-lang-b", m.b.clone()),
                ("team-lang-c", m.c.clone()),
            ]
            .into_iter()
            .filter(|(_, langs)| !langs.is_empty())
            .map(|(id, langs)| {
                let names: Vec<String> = langs.iter().map(|&l| ctx.language(l)).collect();
                ctx.t(id, &[("languages", ctx.and_list(&names))])
            })
            .collect();
            ctx.styled(
                "team-member",
                &[
                    (
                        "name",
                        Arg::Bold(ctx.member(booth, crate::plan::MemberId(i))),
                    ),
                    (
                        "recruit",
                        Arg::Plain(if m.is_placeholder() { "yes" } else { "no" }.into()),
                    ),
                    (
                        "languages",
                        Arg::Plain(classes.join(&ctx.t("list-separator", &[]))),
                    ),
                    (
                        "minutes",
                        Arg::Plain(ctx.t("team-minutes", &[("minutes", ctx.num(m.mic_minutes))])),
                    ),
                ],
            )
        })
        .collect();
    out.push(Block::List(members));
    out.push(Block::Paragraph(Paragraph::new(vec![Inline::plain(
        ctx.t("turn-length", &[("minutes", ctx.num(booth.turn_max))]),
    )])));
    out
}

/// The findings for `booth` (and those for the whole meeting), or a line
/// saying the plan meets every rule.
pub(crate) fn findings_blocks(ctx: &Ctx, plan: &Plan, booth: Option<Booth>) -> Vec<Block> {
    let mine: Vec<_> = plan
        .findings
        .iter()
        .filter(|f| booth.is_none() || f.booth().is_none() || f.booth() == booth)
        .collect();
    if mine.is_empty() {
        return vec![Block::Paragraph(Paragraph::new(vec![Inline::plain(
            ctx.t("findings-none", &[]),
        )]))];
    }
    vec![Block::List(
        mine.iter().map(|f| findings::line(ctx, plan, f)).collect(),
    )]
}

/// One row per turn and agenda item: time, item, what the booth does with
/// each floor language, who is on microphone, and the relay.
pub(crate) fn rota_table(ctx: &Ctx, booth: &BoothPlan) -> Table {
    let header = [
        "rota-time",
        "rota-item",
        "rota-floor",
        "rota-mic",
        "rota-relay",
    ]
    .iter()
    .map(|id| Cell::text(vec![Inline::bold(ctx.t(id, &[]))]))
    .collect();
    let mut rows: Vec<(u32, Vec<Cell>)> = Vec::new();
    let mut previous_item = None;
    for turn in &booth.turns {
        for part in &turn.parts {
            // An item spanning several turns is named on its first row only;
            // the next rows say it continues.
            let title = if previous_item == Some(part.item) {
                ctx.t("rota-continued", &[])
            } else {
                ctx.item_title(part.item).text
            };
            previous_item = Some(part.item);
            let mut floor: Vec<&(Lang, Mode)> = booth
                .modes_of(part.item)
                .map(|m| m.floor.iter().collect())
                .unwrap_or_default();
            // The same order in every row and every booth: the UN's.
            floor.sort_by_key(|(l, _)| *l);
            let floor: Vec<CellParagraph> = floor
                .into_iter()
                .map(|(l, mode)| para(mode_text(ctx, *l, mode)))
                .collect();
            let mut relay: Vec<CellParagraph> = part
                .relay_from
                .iter()
                .map(|r| {
                    para(ctx.t(
                        "relay-takes",
                        &[
                            ("booth", r.booth.booth_code()),
                            ("language", ctx.language(r.floor)),
                        ],
                    ))
                })
                .collect();
            // Group the booths taking relay from us by floor language.
            let mut floors: Vec<Lang> = part.gives_relay_to.iter().map(|r| r.floor).collect();
            floors.dedup();
            for f in floors {
                let booths: Vec<String> = part
                    .gives_relay_to
                    .iter()
                    .filter(|r| r.floor == f)
                    .map(|r| r.booth.booth_code())
                    .collect();
                relay.push(para(ctx.t(
                    "relay-gives",
                    &[
                        ("booths", ctx.and_list(&booths)),
                        ("language", ctx.language(f)),
                    ],
                )));
            }
            rows.push((
                part.start,
                vec![
                    Cell::text(vec![Inline::plain(ctx.time_range(part.start, part.end))]),
                    Cell::text(vec![Inline::plain(title)]),
                    Cell {
                        paragraphs: floor,
                        ..Cell::default()
                    },
                    Cell::text(vec![Inline::bold(ctx.member(booth, turn.member))]),
                    Cell {
                        paragraphs: relay,
                        ..Cell::default()
                    },
                ],
            ));
        }
    }
    // Breaks are off microphone for everyone: one shaded row each.
    for item in ctx
        .event
        .agenda
        .iter()
        .filter(|i| i.kind == ItemKind::Break)
    {
        let shaded = |c: Cell| Cell { shaded: true, ..c };
        rows.push((
            item.start,
            vec![
                shaded(Cell::text(vec![Inline::plain(
                    ctx.time_range(item.start, item.end),
                )])),
                shaded(Cell::text(vec![Inline::plain(ctx.t("rota-break", &[]))])),
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

fn mode_text(ctx: &Ctx, floor: Lang, mode: &Mode) -> String {
    let language = ctx.language(floor);
    match mode {
        Mode::Direct => language,
        Mode::Own => ctx.t("mode-own", &[("language", language)]),
        Mode::Retour { into } => ctx.t(
            "mode-retour",
            &[("language", language), ("into", ctx.language(*into))],
        ),
        Mode::Relay { from, .. } => ctx.t(
            "mode-relay",
            &[("language", language), ("booth", from.booth_code())],
        ),
        Mode::ServedByRetour { from } => ctx.t(
            "mode-served",
            &[("language", language), ("booth", from.booth_code())],
        ),
    }
}

/// Every booth's turns on one time axis; each interpreter keeps a colour.
pub(crate) fn timeline(ctx: &Ctx, plan: &Plan) -> Timeline {
    let (start, end) = (ctx.event.start, ctx.event.end);
    let step = if end - start > 240 { 60 } else { 30 };
    let first = start.div_ceil(step) * step;
    let ticks = (first..=end)
        .step_by(step as usize)
        .map(|m| (m, ctx.time(m)))
        .collect();
    let lanes = plan
        .booths
        .iter()
        .map(|bp| Lane {
            label: bp.booth.booth_code(),
            bars: bp
                .turns
                .iter()
                .map(|t| Bar {
                    start: t.start,
                    end: t.end,
                    time: ctx.time_range(t.start, t.end),
                    label: ctx.member(bp, t.member),
                    colour: t.member.0,
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

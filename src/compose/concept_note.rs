//! The concept note: letterhead (logos, hosts, taglines), title block, the
//! meeting's prose sections in the event's order, the draft agenda with
//! every person of every item, and the interpretation note.

use crate::doc::{
    Align, Block, Cell, CellParagraph, Direction, Document, Inline, Paragraph, ParagraphStyle,
    Table,
};
use crate::event::{Access, ItemKind, Role, Section};
use crate::i18n::Origin;

use super::{markup, Ctx, VENUE};

/// The concept note of the meeting in the context's language.
pub fn compose(ctx: &Ctx) -> Document {
    let (event, cat) = (ctx.event, ctx.cat);
    let series = ctx.text("event-series");
    let title = ctx.text("event-title");
    let label = cat.get("concept-note", &[]);
    let full_title = cat.get(
        "full-title",
        &[("series", series.clone()), ("title", title.clone())],
    );
    let mut doc = super::document(
        ctx,
        cat.get(
            "document-title",
            &[("title", full_title), ("document", label.clone())],
        ),
        ctx.text("event-short-title"),
    );
    let b = &mut doc.blocks;
    b.extend(letterhead(ctx));
    b.push(Block::Title(vec![src(&series, "event-series")]));
    b.push(Block::Subtitle(vec![src(&title, "event-title")]));
    b.push(centered(vec![Inline::bold(date_line(ctx))]));
    if event.revision > 0 {
        let n = ctx.num(event.revision);
        b.push(centered(vec![Inline::plain(
            ctx.t("revision-line", &[("n", n)]),
        )]));
    }
    // How participants take part: in person, online or both, and where.
    let format = ctx.t(ctx.event.format.message_id(), &[]);
    let format = match &event.platform {
        Some(p) => ctx.t(
            "format-with-platform",
            &[("format", format), ("platform", ctx.typed_value(p))],
        ),
        None => format,
    };
    b.push(centered(vec![Inline::plain(format)]));
    if ctx.cat.has_text(VENUE) {
        b.push(centered(vec![ctx.text_inline(VENUE)]));
    }
    b.push(Block::Heading {
        level: 1,
        content: vec![src(&label, "concept-note")],
    });
    let access = match event.access {
        Access::Closed => "meeting-closed",
        Access::Open => "meeting-open",
    };
    b.push(centered(vec![
        ctx.emphasised(src(&cat.get(access, &[]), access))
    ]));
    // Under the access line, where participants look for the meeting's
    // terms (the intro may say it too, in the event's own words).
    if event.chatham_house_rule {
        let rule = "chatham-house-rule";
        b.push(centered(vec![
            ctx.emphasised(src(&cat.get(rule, &[]), rule))
        ]));
    }
    b.extend(markup::blocks(
        &ctx.text("event-intro"),
        "event-intro",
        Align::Justify,
    ));

    for section in &event.sections {
        match section {
            Section::Prose { id, at } => {
                let heading_id = format!("section-{id}-heading");
                let body_id = format!("section-{id}-body");
                let heading = cat.text_from(&heading_id, &[], Origin::EventFile(*at));
                b.push(Block::Heading {
                    level: 2,
                    content: vec![src(&heading, &heading_id)],
                });
                let body = cat.text_from(&body_id, &[], Origin::EventFile(*at));
                b.extend(markup::blocks(&body, &body_id, Align::Justify));
            }
            Section::Agenda => {
                b.push(Block::Heading {
                    level: 2,
                    content: vec![src(&cat.get("draft-agenda", &[]), "draft-agenda")],
                });
                b.push(Block::Table(agenda_table(ctx)));
            }
            Section::Interpretation => {
                b.push(Block::Heading {
                    level: 2,
                    content: vec![src(
                        &cat.get("interpretation-heading", &[]),
                        "interpretation-heading",
                    )],
                });
                let text = if event.interpretation_languages.is_empty() {
                    cat.get("interpretation-none", &[])
                } else {
                    cat.get(
                        "interpretation-body",
                        &[(
                            "languages",
                            ctx.language_list(&event.interpretation_languages),
                        )],
                    )
                };
                b.push(Block::Paragraph(Paragraph::new(vec![src(
                    &text,
                    "interpretation-body",
                )])));
            }
        }
    }
    doc
}

/// The letterhead: the meeting's and the hosts' logos side by side, then
/// each host's name (and tagline), one small line each.
fn letterhead(ctx: &Ctx) -> Vec<Block> {
    let event = ctx.event;
    let mut logos = Vec::new();
    if let Some(l) = &event.logo {
        logos.push(ctx.logo(l, ctx.text("event-logo")));
    }
    for h in &event.hosts {
        if let Some(l) = &h.logo {
            logos.push(ctx.logo(l, ctx.text(&format!("org-{}-logo", h.id))));
        }
    }
    let mut out = Vec::new();
    if !logos.is_empty() {
        out.push(Block::Images(logos));
    }
    for h in &event.hosts {
        let id = format!("org-{}", h.id);
        let mut content = vec![src(
            &ctx.cat.text_from(&id, &[], Origin::EventFile(h.at)),
            &id,
        )];
        let tagline = format!("org-{}-tagline", h.id);
        if ctx.cat.has_text(&tagline) {
            content.push(Inline::plain(" – "));
            content.push(ctx.emphasised(ctx.text_inline(&tagline)));
        }
        out.push(Block::Paragraph(Paragraph {
            content,
            align: Align::Center,
            style: ParagraphStyle::Small,
        }));
    }
    out
}

/// "Wednesday, 24 May 2023, 14:30–17:30 (CEST, UTC+2)", or what is known
/// of it: the date with its times to be confirmed, or the date to be
/// confirmed.
fn date_line(ctx: &Ctx) -> String {
    let event = ctx.event;
    // In Arabic the whole "14:30–17:30" must read left to right: isolate
    // it from the start of one placeable to the end of the other.
    let (lri, pdi) = match ctx.lang.direction() {
        Direction::Rtl => ("\u{2066}", "\u{2069}"),
        Direction::Ltr => ("", ""),
    };
    let line = match (event.date, event.hours) {
        (Some(_), Some((start, end))) => ctx.t(
            "date-time-line",
            &[
                ("date", ctx.long_date()),
                ("start", format!("{lri}{}", ctx.time(start))),
                ("end", format!("{}{pdi}", ctx.time(end))),
                ("zone", ctx.zone()),
            ],
        ),
        (Some(_), None) => ctx.t("date-line-time-tbc", &[("date", ctx.long_date())]),
        (None, Some((start, end))) => ctx.t(
            "date-tbc-time-line",
            &[
                ("start", format!("{lri}{}", ctx.time(start))),
                ("end", format!("{}{pdi}", ctx.time(end))),
                ("zone", ctx.zone()),
            ],
        ),
        (None, None) => ctx.t("date-tbc", &[]),
    };
    ctx.line_start(line)
}

fn src(text: &str, id: &str) -> Inline {
    Inline {
        text: text.to_string(),
        source: Some(id.to_string()),
        ..Inline::default()
    }
}

fn centered(content: Vec<Inline>) -> Block {
    Block::Paragraph(Paragraph {
        content,
        align: Align::Center,
        ..Paragraph::default()
    })
}

/// The label a role's people are listed under ("Panel:").
pub fn role_label(role: Role, opening_or_closing: bool) -> &'static str {
    match role {
        Role::Moderator => "moderator",
        Role::SceneSetter => "scene-setter",
        Role::Panellist => "panel",
        Role::Speaker if opening_or_closing => "remarks-by",
        Role::Speaker => "speakers",
    }
}

/// The draft agenda: time | item, with every person of each item listed
/// under its title, by role. Breaks are shaded; a break's programme says
/// whether it is interpreted.
fn agenda_table(ctx: &Ctx) -> Table {
    let (event, cat) = (ctx.event, ctx.cat);
    let header = vec![
        Cell::text(vec![Inline::bold(cat.get("agenda-time", &[]))]),
        Cell::text(vec![Inline::bold(cat.get("agenda-item", &[]))]),
    ];
    let mut rows = Vec::new();
    for item in &event.agenda {
        let time = match item.time {
            Some((start, end)) => ctx.time_range(start, end),
            None => cat.get("time-tbc", &[]),
        };
        let title = super::item_title(cat, item);
        let mut item_cell = Cell {
            paragraphs: vec![CellParagraph {
                content: vec![Inline {
                    bold: item.kind == ItemKind::Session,
                    ..title
                }],
                bullet: false,
            }],
            shaded: item.kind == ItemKind::Break,
            ..Cell::default()
        };
        // A break with its own programme says whether it is interpreted; a
        // plain break is taken to be silent, so it says so only when it is not.
        // An item the event gives no floor language (breakout rooms) is
        // not interpreted in an interpreted meeting: it says so too.
        let silent_item = item.kind != ItemKind::Break
            && item.floor_given
            && item.floor_languages.is_empty()
            && !event.interpretation_languages.is_empty();
        let programme_break =
            item.kind == ItemKind::Break && (item.title.is_some() || item.interpreted);
        if programme_break || silent_item {
            let note = if item.interpreted && !silent_item {
                "break-interpreted"
            } else {
                "break-without-interpretation"
            };
            item_cell.paragraphs.push(CellParagraph {
                content: vec![ctx.emphasised(src(&cat.get(note, &[]), note))],
                bullet: false,
            });
        }
        let opening_or_closing = matches!(item.kind, ItemKind::Opening | ItemKind::Closing);
        let mut last_role = None;
        for (role, person) in event.people_of(item) {
            if last_role != Some(role) {
                let label = role_label(role, opening_or_closing);
                item_cell.paragraphs.push(CellParagraph {
                    content: vec![ctx.emphasised(src(&cat.get(label, &[]), label))],
                    bullet: false,
                });
                last_role = Some(role);
            }
            item_cell.paragraphs.push(CellParagraph {
                content: super::person_line(ctx, person),
                bullet: true,
            });
        }
        rows.push(vec![
            Cell {
                shaded: item_cell.shaded,
                ..Cell::text(vec![Inline::plain(time)])
            },
            item_cell,
        ]);
    }
    Table {
        widths: vec![1.0, 4.0],
        header,
        rows,
    }
}

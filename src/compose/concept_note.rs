//! The concept note: title block, the meeting's prose sections in the
//! event's order, the draft agenda as a table, and the interpretation note.

use crate::doc::{
    Align, Block, Cell, CellParagraph, Document, Inline, Paragraph, ParagraphStyle, Table,
};
use crate::event::{Access, ItemKind, Section};
use crate::i18n::Origin;

use super::{markup, Ctx};

/// The concept note of the meeting in the context's language.
pub fn compose(ctx: &Ctx) -> Document {
    let (event, cat, lang) = (ctx.event, ctx.cat, ctx.lang);
    let series = cat.get("event-series", &[]);
    let title = cat.get("event-title", &[]);
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
        cat.get("event-short-title", &[]),
    );
    let b = &mut doc.blocks;

    // The letterhead: the hosting organisations, one small line each.
    for h in &event.hosts {
        let id = format!("org-{}", h.id);
        b.push(Block::Paragraph(Paragraph {
            content: vec![src(&cat.get_from(&id, &[], Origin::EventFile(h.at)), &id)],
            align: Align::Center,
            style: ParagraphStyle::Small,
        }));
    }
    b.push(Block::Title(vec![src(&series, "event-series")]));
    b.push(Block::Subtitle(vec![src(&title, "event-title")]));
    // In Arabic the whole "14:30–17:30" must read left to right: isolate
    // it from the start of one placeable to the end of the other.
    let (lri, pdi) = match lang.direction() {
        crate::doc::Direction::Rtl => ("\u{2066}", "\u{2069}"),
        crate::doc::Direction::Ltr => ("", ""),
    };
    let date_line = cat.get(
        "date-time-line",
        &[
            ("date", ctx.long_date()),
            ("start", format!("{lri}{}", ctx.time(event.start))),
            ("end", format!("{}{pdi}", ctx.time(event.end))),
            ("zone", event.time_zone_label.clone()),
        ],
    );
    b.push(centered(vec![Inline::bold(date_line)]));
    b.push(Block::Heading {
        level: 1,
        content: vec![src(&label, "concept-note")],
    });
    let access = match event.access {
        Access::Closed => "meeting-closed",
        Access::Open => "meeting-open",
    };
    b.push(centered(vec![Inline {
        text: cat.get(access, &[]),
        italic: true,
        source: Some(access.into()),
        ..Inline::default()
    }]));
    b.extend(markup::blocks(
        &cat.get("event-intro", &[]),
        "event-intro",
        Align::Justify,
    ));

    for section in &event.sections {
        match section {
            Section::Prose { id, at } => {
                let heading_id = format!("section-{id}-heading");
                let body_id = format!("section-{id}-body");
                let heading = cat.get_from(&heading_id, &[], Origin::EventFile(*at));
                b.push(Block::Heading {
                    level: 2,
                    content: vec![src(&heading, &heading_id)],
                });
                let body = cat.get_from(&body_id, &[], Origin::EventFile(*at));
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
                    let names: Vec<String> = event
                        .interpretation_languages
                        .iter()
                        .map(|&l| ctx.language(l))
                        .collect();
                    cat.get(
                        "interpretation-body",
                        &[("languages", ctx.and_list(&names))],
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

/// The draft agenda: time | item, with the people of each item listed
/// under its title. Breaks are shaded.
fn agenda_table(ctx: &Ctx) -> Table {
    let (event, cat) = (ctx.event, ctx.cat);
    let header = vec![
        Cell::text(vec![Inline::bold(cat.get("agenda-time", &[]))]),
        Cell::text(vec![Inline::bold(cat.get("agenda-item", &[]))]),
    ];
    let mut rows = Vec::new();
    for item in &event.agenda {
        let time = ctx.time_range(item.start, item.end);
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
        let mut role = |label: &str, ids: &[String]| {
            if ids.is_empty() {
                return;
            }
            item_cell.paragraphs.push(CellParagraph {
                content: vec![Inline {
                    text: cat.get(label, &[]),
                    italic: true,
                    source: Some(label.into()),
                    ..Inline::default()
                }],
                bullet: false,
            });
            for id in ids {
                item_cell.paragraphs.push(CellParagraph {
                    content: super::person_line(ctx, &event.people[id]),
                    bullet: true,
                });
            }
        };
        role("moderator", item.moderator.as_slice());
        role("scene-setter", item.scene_setter.as_slice());
        role("panel", &item.panellists);
        // Opening and closing speakers are named in the title already
        // ("Opening remarks by co-hosts"); list them only for other items.
        if !matches!(item.kind, ItemKind::Opening | ItemKind::Closing) {
            role("speakers", &item.speakers);
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

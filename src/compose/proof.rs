//! The bilingual proof: one document with two languages side by side,
//! aligned by message (paragraph, bullet, agenda row), each column in its
//! own direction, with what `check` found about each message beside it.

use std::collections::BTreeMap;

use crate::doc::{Block, Cell, CellParagraph, Document, Inline, Paragraph, ParagraphStyle, Table};
use crate::report::{Code, Finding};

use super::{capitalised, Ctx};

/// One aligned piece of a document: a paragraph, a bullet item or a table
/// row, with the message it came from.
struct Unit {
    /// What aligns it with the other language's: message id and occurrence
    /// ("section-rationale-body#2"), or table and row.
    key: String,
    /// The message it shows, for the id column.
    id: Option<String>,
    /// Every message it shows (a row's people too), for findings.
    ids: Vec<String>,
    paragraphs: Vec<CellParagraph>,
}

/// What the proof shows: how many rows, how many missing, how many findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub rows: usize,
    pub missing: usize,
    pub findings: usize,
}

/// The proof of `doc` (in `ctx`'s language, the one reviewed) against
/// `against` (in `against_ctx`'s), with `findings` of `check` for the
/// reviewed language. The proof is written in the reviewed language.
pub fn compose(
    ctx: &Ctx,
    doc: &Document,
    against_ctx: &Ctx,
    against: &Document,
    findings: &[Finding],
) -> (Document, Counts) {
    let (lang, other) = (ctx.language(ctx.lang), ctx.language(against_ctx.lang));
    let args = [("lang", lang.clone()), ("against", other.clone())];
    let title = ctx.t("proof-title", &args);
    let mut out = super::document(
        ctx,
        format!("{title} – {}", doc.title),
        format!("{title} – {}", doc.header),
    );
    let mine: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.lang.as_deref() == Some(ctx.lang.code()))
        .collect();
    let theirs = units(against);
    let mut ours: BTreeMap<String, Unit> =
        units(doc).into_iter().map(|u| (u.key.clone(), u)).collect();
    let mut counts = Counts::default();
    let mut rows = Vec::new();
    let ltr_id =
        (ctx.lang.direction() != crate::doc::Direction::Ltr).then_some(crate::doc::Direction::Ltr);
    let other_dir = (against_ctx.lang.direction() != ctx.lang.direction())
        .then_some(against_ctx.lang.direction());
    // A message's findings are noted once, beside its first piece.
    let mut noted: std::collections::BTreeSet<String> = Default::default();
    for t in theirs {
        let o = ours.remove(&t.key);
        let id =
            t.id.clone()
                .or_else(|| o.as_ref().and_then(|o| o.id.clone()));
        let shown: Vec<String> = t
            .ids
            .iter()
            .chain(o.iter().flat_map(|o| o.ids.iter()))
            .cloned()
            .collect();
        let concerns = |f: &Finding| {
            f.message_id.as_deref().is_some_and(|m| {
                shown.iter().any(|i| {
                    m == i
                        || m.strip_prefix(i.as_str())
                            .is_some_and(|r| r.starts_with('.'))
                })
            })
        };
        // Missing in the language, or in the source too (`unknown-id`):
        // either way the row shows another language's text.
        let missing = o.is_none()
            || mine
                .iter()
                .any(|f| matches!(f.code, Code::MissingMessage | Code::UnknownId) && concerns(f));
        let about: Vec<&&Finding> = mine
            .iter()
            .filter(|f| concerns(f))
            .filter(|f| {
                noted.insert(format!(
                    "{:?}{}{}",
                    f.code,
                    f.message_id.as_deref().unwrap_or(""),
                    f.text
                ))
            })
            .collect();
        let mut notes = vec![CellParagraph {
            content: vec![Inline::bold(id.clone().unwrap_or_default())],
            bullet: false,
        }];
        if missing {
            counts.missing += 1;
            notes.push(CellParagraph {
                content: vec![Inline {
                    // The text shown is the fallback language's, which need
                    // not be the one compared with.
                    text: ctx.t(
                        "proof-missing",
                        &[
                            ("lang", lang.clone()),
                            (
                                "fallback",
                                ctx.language(crate::i18n::fallback_language(ctx.event)),
                            ),
                        ],
                    ),
                    italic: true,
                    ..Inline::default()
                }],
                bullet: false,
            });
        }
        for f in &about {
            counts.findings += 1;
            let label = if f.is_error() {
                "proof-finding-error"
            } else {
                "proof-finding-warning"
            };
            notes.push(CellParagraph {
                content: vec![
                    Inline::bold(format!("{} ", ctx.t(label, &[]))),
                    Inline::plain(format!("{} ({})", f.text, f.code.name())),
                ],
                bullet: true,
            });
        }
        counts.rows += 1;
        rows.push(vec![
            Cell {
                paragraphs: notes,
                shaded: missing,
                direction: ltr_id,
            },
            Cell {
                paragraphs: o.map(|o| o.paragraphs).unwrap_or_default(),
                shaded: missing,
                direction: None,
            },
            Cell {
                paragraphs: t.paragraphs,
                shaded: missing,
                direction: other_dir,
            },
        ]);
    }
    let header = vec![
        Cell::text(vec![Inline::bold(ctx.t("proof-message", &[]))]),
        Cell::text(vec![Inline::bold(capitalised(&lang))]),
        Cell {
            direction: other_dir,
            ..Cell::text(vec![Inline::bold(capitalised(&other))])
        },
    ];
    let b = &mut out.blocks;
    b.push(Block::Title(vec![Inline::plain(title)]));
    b.push(Block::Subtitle(vec![Inline::plain(doc.title.clone())]));
    b.push(Block::Paragraph(Paragraph::new(vec![Inline::plain(
        ctx.t("proof-intro", &args),
    )])));
    b.push(Block::Paragraph(Paragraph {
        content: vec![Inline::bold(ctx.t(
            "proof-summary",
            &[
                ("rows", ctx.num(counts.rows)),
                ("missing", ctx.num(counts.missing)),
                ("findings", ctx.num(counts.findings)),
            ],
        ))],
        style: ParagraphStyle::Small,
        ..Paragraph::default()
    }));
    b.push(Block::Table(Table {
        widths: vec![1.4, 3.0, 3.0],
        header,
        rows,
    }));
    (out, counts)
}

/// The aligned pieces of a document, in reading order.
fn units(doc: &Document) -> Vec<Unit> {
    let mut out = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let sources = |content: &[Inline]| -> Vec<String> {
        let mut v: Vec<String> = Vec::new();
        for i in content {
            if let Some(s) = &i.source {
                if !v.contains(s) {
                    v.push(s.clone());
                }
            }
        }
        v
    };
    let mut key_of = |content: &[Inline]| {
        let id = content.iter().find_map(|i| i.source.clone());
        let base = id.clone().unwrap_or_else(|| "text".into());
        let n = seen.entry(base.clone()).or_default();
        *n += 1;
        (format!("{base}#{n}"), id)
    };
    let para = |content: &[Inline], bold: bool, bullet: bool| CellParagraph {
        content: content
            .iter()
            .map(|i| Inline {
                bold: i.bold || bold,
                ..i.clone()
            })
            .collect(),
        bullet,
    };
    let mut tables = 0;
    for b in &doc.blocks {
        match b {
            Block::Title(v) | Block::Heading { content: v, .. } => {
                let (key, id) = key_of(v);
                out.push(Unit {
                    key,
                    id,
                    ids: sources(v),
                    paragraphs: vec![para(v, true, false)],
                });
            }
            Block::Subtitle(v) => {
                let (key, id) = key_of(v);
                out.push(Unit {
                    key,
                    id,
                    ids: sources(v),
                    paragraphs: vec![para(v, false, false)],
                });
            }
            Block::Paragraph(p) => {
                let (key, id) = key_of(&p.content);
                out.push(Unit {
                    key,
                    id,
                    ids: sources(&p.content),
                    paragraphs: vec![para(&p.content, false, false)],
                });
            }
            Block::List(items) => {
                for item in items {
                    let (key, id) = key_of(item);
                    out.push(Unit {
                        key,
                        id,
                        ids: sources(item),
                        paragraphs: vec![para(item, false, true)],
                    });
                }
            }
            Block::Table(t) => {
                tables += 1;
                let rows =
                    std::iter::once((&t.header, true)).chain(t.rows.iter().map(|r| (r, false)));
                for (r, (cells, header)) in rows.enumerate() {
                    let paragraphs: Vec<CellParagraph> = cells
                        .iter()
                        .flat_map(|c| {
                            c.paragraphs
                                .iter()
                                .map(|p| para(&p.content, header, p.bullet))
                        })
                        .collect();
                    // A row is named by the message of its main cell (an
                    // agenda item's title), not its time.
                    let id = cells
                        .iter()
                        .rev()
                        .flat_map(|c| c.paragraphs.first())
                        .flat_map(|p| p.content.iter())
                        .find_map(|i| i.source.clone());
                    let ids = cells
                        .iter()
                        .flat_map(|c| c.paragraphs.iter())
                        .flat_map(|p| sources(&p.content))
                        .fold(Vec::new(), |mut v: Vec<String>, s| {
                            if !v.contains(&s) {
                                v.push(s);
                            }
                            v
                        });
                    out.push(Unit {
                        key: format!("table{tables}-row{r}"),
                        id,
                        ids,
                        paragraphs,
                    });
                }
            }
            // Nothing to read side by side (page breaks, pictures).
            _ => {}
        }
    }
    out
}

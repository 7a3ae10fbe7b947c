//! Documents as plain text for a terminal or a diff: headings underlined,
//! lists with dashes, tables as aligned columns wrapped to a readable width.
//! Text stays in logical order; bidi controls are dropped.

use super::{RenderError, Renderer, Resources};
use crate::doc::{Block, Cell, Document, Inline, Model, Table, Timeline};

pub struct Text;

impl Renderer for Text {
    fn name(&self) -> &'static str {
        "txt"
    }
    fn extension(&self) -> &'static str {
        "txt"
    }
    fn accepts(&self, model: &Model) -> bool {
        matches!(model, Model::Document(_))
    }
    /// Plain text is for terminals and diffs, asked for by name.
    fn by_default(&self) -> bool {
        false
    }
    fn render(&self, model: &Model, _: &Resources) -> Result<Vec<u8>, RenderError> {
        match model {
            Model::Document(d) => Ok(to_text(d).into_bytes()),
            _ => Err(RenderError::wrong_model(self.name())),
        }
    }
}

/// Widest a table column grows before its cells wrap, in characters.
const COLUMN_MAX: usize = 34;

/// The document as plain text.
pub fn to_text(doc: &Document) -> String {
    let mut out = String::new();
    for block in &doc.blocks {
        match block {
            Block::Title(v) => underlined(&mut out, &inlines(v), '='),
            Block::Subtitle(v) => line(&mut out, &inlines(v)),
            Block::Heading { content, .. } => {
                out.push('\n');
                underlined(&mut out, &inlines(content), '-');
            }
            Block::Paragraph(p) => line(&mut out, &inlines(&p.content)),
            Block::List(items) => {
                for item in items {
                    line(&mut out, &format!("  - {}", inlines(item)));
                }
            }
            Block::Table(t) => table(&mut out, t),
            Block::Timeline(t) => timeline(&mut out, t),
            Block::Images(images) => {
                for i in images {
                    line(&mut out, &format!("[{}]", clean(&i.alt)));
                }
            }
            Block::PageBreak => out.push('\n'),
        }
    }
    out
}

fn clean(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

/// The text of inline runs; a link whose text is not its address shows the
/// address after it.
fn inlines(v: &[Inline]) -> String {
    let text: String = v
        .iter()
        .map(|i| match &i.link {
            // (Compared without the space and marks around it: a link at
            // the end of a line "Link: https://…" has both.)
            Some(url) if clean(i.text.trim()) != *url => format!("{} <{url}>", i.text),
            _ => i.text.clone(),
        })
        .collect();
    clean(&text)
}

fn line(out: &mut String, s: &str) {
    out.push_str(s);
    out.push('\n');
}

fn underlined(out: &mut String, s: &str, with: char) {
    line(out, s);
    line(out, &with.to_string().repeat(s.chars().count()));
}

fn cell_text(c: &Cell) -> String {
    c.paragraphs
        .iter()
        .map(|p| {
            let t = inlines(&p.content);
            if p.bullet {
                format!("- {t}")
            } else {
                t
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Cuts `s` into lines of at most `width` characters at spaces (a longer
/// word gets a line of its own); explicit line breaks are kept.
fn wrap(s: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for para in s.split('\n') {
        let mut cur = String::new();
        for word in para.split(' ') {
            let n = cur.chars().count();
            if n > 0 && n + 1 + word.chars().count() > width {
                lines.push(std::mem::take(&mut cur));
            }
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(word);
        }
        lines.push(cur);
    }
    lines
}

fn table(out: &mut String, t: &Table) {
    let rows: Vec<Vec<String>> = std::iter::once(&t.header)
        .chain(&t.rows)
        .map(|r| r.iter().map(cell_text).collect())
        .collect();
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..cols)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .flat_map(|s| s.split('\n'))
                .map(|l| l.chars().count())
                .max()
                .unwrap_or(0)
                .min(COLUMN_MAX)
        })
        .collect();
    for (k, row) in rows.iter().enumerate() {
        let cells: Vec<Vec<String>> = (0..cols)
            .map(|c| wrap(row.get(c).map_or("", String::as_str), widths[c]))
            .collect();
        let height = cells.iter().map(Vec::len).max().unwrap_or(1);
        for l in 0..height {
            let parts: Vec<String> = cells
                .iter()
                .zip(&widths)
                .map(|(cell, w)| {
                    let s = cell.get(l).map_or("", String::as_str);
                    let pad = w.saturating_sub(s.chars().count());
                    format!("{s}{}", " ".repeat(pad))
                })
                .collect();
            line(out, format!("  {}", parts.join(" | ")).trim_end());
        }
        if k == 0 {
            let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
            line(out, &format!("  {}", rule.join("-+-")));
        }
    }
}

fn timeline(out: &mut String, t: &Timeline) {
    for lane in &t.lanes {
        let bars: Vec<String> = lane
            .bars
            .iter()
            .map(|b| clean(&format!("{} {}", b.time, b.label)))
            .collect();
        let mark = if lane.highlight { "*" } else { " " };
        line(
            out,
            &format!(" {mark}{}: {}", clean(&lane.label), bars.join(", ")),
        );
    }
    for band in &t.bands {
        line(
            out,
            &format!("  {}: {}", clean(&band.label), clean(&band.time)),
        );
    }
    if !t.caption.is_empty() {
        line(out, &clean(&t.caption));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(wrap("one two three", 7), vec!["one two", "three"]);
        assert_eq!(wrap("a\nb", 10), vec!["a", "b"]);
    }

    #[test]
    fn tables_align_and_drop_bidi_controls() {
        let doc = Document {
            blocks: vec![Block::Table(Table {
                widths: vec![1.0, 1.0],
                header: vec![
                    Cell::text(vec![Inline::plain("Time")]),
                    Cell::text(vec![Inline::plain("Who")]),
                ],
                rows: vec![vec![
                    Cell::text(vec![Inline::plain("\u{2066}14:30\u{2069}")]),
                    Cell::text(vec![Inline::plain("AR 1")]),
                ]],
            })],
            ..Document::empty("en")
        };
        let t = to_text(&doc);
        assert!(t.contains("Time  | Who"), "{t}");
        assert!(t.contains("14:30 | AR 1"), "{t}");
    }
}

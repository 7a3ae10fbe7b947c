//! The small markup of the meeting's prose messages: blank lines separate
//! paragraphs, lines starting with "- " are bullet items, **bold** marks
//! emphasis. Fluent keeps the text; this turns it into document blocks.

use crate::doc::{Align, Block, Inline, Paragraph};

/// Splits a prose message into paragraphs and bullet lists.
pub fn blocks(text: &str, source: &str, align: Align) -> Vec<Block> {
    let mut out = Vec::new();
    let mut para: Vec<&str> = Vec::new();
    let mut items: Vec<Vec<Inline>> = Vec::new();
    let flush_para = |para: &mut Vec<&str>, out: &mut Vec<Block>| {
        if !para.is_empty() {
            out.push(Block::Paragraph(Paragraph {
                content: inlines(&para.join(" "), source),
                align,
                ..Paragraph::default()
            }));
            para.clear();
        }
    };
    let flush_list = |items: &mut Vec<Vec<Inline>>, out: &mut Vec<Block>| {
        if !items.is_empty() {
            out.push(Block::List(std::mem::take(items)));
        }
    };
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            flush_para(&mut para, &mut out);
            flush_list(&mut items, &mut out);
        } else if let Some(item) = line.strip_prefix("- ") {
            flush_para(&mut para, &mut out);
            items.push(inlines(item.trim(), source));
        } else if !items.is_empty() && para.is_empty() {
            // A continuation line of the last bullet item.
            let last = items.last_mut().expect("not empty");
            last.push(Inline::plain(" "));
            last.extend(inlines(line, source));
        } else {
            para.push(line);
        }
    }
    flush_para(&mut para, &mut out);
    flush_list(&mut items, &mut out);
    out
}

/// Inline runs of one paragraph: text between `**` pairs is bold.
pub fn inlines(text: &str, source: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    for (i, part) in text.split("**").enumerate() {
        if part.is_empty() {
            continue;
        }
        out.push(Inline {
            text: part.to_string(),
            bold: i % 2 == 1,
            italic: false,
            source: Some(source.to_string()),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_lists_and_bold() {
        let text =
            "First line\ncontinues.\n\nThe **first panel** will\n- one\n- two\n  wraps\n\nLast.";
        let b = blocks(text, "m", Align::Start);
        assert_eq!(b.len(), 4, "{b:#?}");
        match &b[0] {
            Block::Paragraph(p) => assert_eq!(p.content[0].text, "First line continues."),
            other => panic!("{other:?}"),
        }
        match &b[1] {
            Block::Paragraph(p) => {
                assert_eq!(p.content.len(), 3);
                assert!(p.content[1].bold && p.content[1].text == "first panel");
            }
            other => panic!("{other:?}"),
        }
        match &b[2] {
            Block::List(items) => {
                assert_eq!(items.len(), 2);
                let second: String = items[1].iter().map(|i| i.text.as_str()).collect();
                assert_eq!(second, "two wraps");
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(&b[3], Block::Paragraph(_)));
    }
}

//! The small markup of the meeting's prose messages: blank lines separate
//! paragraphs, lines starting with "- " are bullet items, **bold** marks
//! emphasis, [text](https://…) links text to an address and a bare
//! https:// address links itself. Fluent keeps the text; this turns it into
//! document blocks.

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

/// Inline runs of one paragraph: text between `**` pairs is bold; links
/// are cut out first so an address may hold any character.
pub fn inlines(text: &str, source: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut bold = false;
    for (piece, link) in links(text) {
        if let Some(url) = link {
            out.push(Inline {
                text: piece.to_string(),
                bold,
                source: Some(source.to_string()),
                link: Some(url.to_string()),
                ..Inline::default()
            });
            continue;
        }
        for (i, part) in piece.split("**").enumerate() {
            if i > 0 {
                bold = !bold;
            }
            if !part.is_empty() {
                out.push(Inline {
                    text: part.to_string(),
                    bold,
                    source: Some(source.to_string()),
                    ..Inline::default()
                });
            }
        }
    }
    out
}

/// Cuts `text` into plain pieces and linked pieces (text, address):
/// `[text](address)` and bare `https://` or `http://` addresses. A bare
/// address ends at a space, and sentence punctuation right after it stays
/// outside it.
fn links(text: &str) -> Vec<(&str, Option<&str>)> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let bracket = bracket_link(rest);
        let bare = ["https://", "http://"]
            .iter()
            .filter_map(|p| rest.find(p))
            .min()
            .map(|i| {
                let len = rest[i..]
                    .find(char::is_whitespace)
                    .unwrap_or(rest.len() - i);
                let url = rest[i..i + len].trim_end_matches([
                    '.', ',', ';', ':', ')', '!', '?', '»', '"', '”', '’', '،', '؛',
                ]);
                (i, url, i + url.len())
            });
        match (bracket, bare) {
            (Some((i, label, url, end)), b) if b.is_none_or(|(j, _, _)| i < j) => {
                if i > 0 {
                    out.push((&rest[..i], None));
                }
                out.push((label, Some(url)));
                rest = &rest[end..];
            }
            (_, Some((i, url, end))) => {
                if i > 0 {
                    out.push((&rest[..i], None));
                }
                out.push((url, Some(url)));
                rest = &rest[end..];
            }
            _ => {
                out.push((rest, None));
                break;
            }
        }
    }
    out
}

/// The first `[text](address)` in `s`: (start, text, address, end).
fn bracket_link(s: &str) -> Option<(usize, &str, &str, usize)> {
    let mut from = 0;
    while let Some(off) = s[from..].find('[') {
        let i = from + off;
        from = i + 1;
        let Some(close) = s[i + 1..].find(']').map(|c| i + 1 + c) else {
            break;
        };
        let label = &s[i + 1..close];
        if label.contains('[') || !s[close + 1..].starts_with('(') {
            continue;
        }
        let Some(end) = s[close + 2..].find(')').map(|e| close + 2 + e) else {
            continue;
        };
        let url = &s[close + 2..end];
        if is_address(url) && !label.is_empty() {
            return Some((i, label, url, end + 1));
        }
    }
    None
}

/// Whether `s` is a web or mail address a link may point to.
fn is_address(s: &str) -> bool {
    (s.starts_with("https://") || s.starts_with("http://") || s.starts_with("mailto:"))
        && !s.contains(char::is_whitespace)
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

    #[test]
    fn links_with_text_and_bare_addresses() {
        let v = inlines(
            "See [the Charter](https://example.org/charter-2) and https://un.org/a/b. Done",
            "m",
        );
        let got: Vec<(&str, Option<&str>)> = v
            .iter()
            .map(|i| (i.text.as_str(), i.link.as_deref()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("See ", None),
                ("the Charter", Some("https://example.org/charter-2")),
                (" and ", None),
                ("https://un.org/a/b", Some("https://un.org/a/b")),
                (". Done", None),
            ]
        );
    }

    #[test]
    fn brackets_that_are_not_links_stay_text_and_bold_spans_links() {
        let v = inlines("[sic] **see [x](https://a.b)** (1)", "m");
        let got: Vec<(&str, bool, bool)> = v
            .iter()
            .map(|i| (i.text.as_str(), i.bold, i.link.is_some()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("[sic] ", false, false),
                ("see ", true, false),
                ("x", true, true),
                (" (1)", false, false)
            ]
        );
    }
}

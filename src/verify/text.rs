//! A written file's text against the composed document's, paragraph by
//! paragraph over words (never layout): missing, cut or out of order.

use std::collections::BTreeSet;
use std::path::Path;

use crate::doc::{self, Document, FooterPart};
use crate::render::style;
use crate::report::{Code, Finding};

/// Words as a reader compares them: bidi controls removed, split at
/// spaces; a word broken after a slash or a dash at a line end is joined
/// again (so "a/" "b" and "a/b" compare equal).
pub fn words(text: &str) -> Vec<String> {
    let clean: String = text
        .chars()
        .filter(|c| !crate::check::text::is_bidi_control(*c))
        .collect();
    let mut out: Vec<String> = Vec::new();
    let mut glue = false;
    for w in clean.split_whitespace() {
        match out.last_mut() {
            Some(last) if glue => last.push_str(w),
            _ => out.push(w.to_string()),
        }
        glue = w.ends_with('/') || w.ends_with('-') || w.ends_with('–');
    }
    out
}

/// A line of a written file and the page it is on (1-based; 0 where pages
/// are not known, as in DOCX).
pub struct Line {
    pub page: usize,
    pub text: String,
}

/// At most this many paragraphs are reported one by one per file; the
/// rest are counted in one finding.
const REPORT_MAX: usize = 8;

/// Compares the lines read from `file` with the paragraphs of `doc`.
/// Lines that are page furniture (the running header, "Page 3 of 7") are
/// left out first; text the file has beyond the document (a timeline's
/// ticks) is allowed.
pub fn compare(file: &Path, doc: &Document, lines: &[Line]) -> Vec<Finding> {
    let pages = lines.iter().map(|l| l.page).max().unwrap_or(0);
    let header = words(&doc.header);
    let first_with_header = if style::get().header_on_first_page {
        1
    } else {
        2
    };
    // One header and one footer line per page at most: a title that reads
    // as the running header ("Briefing") is text (found on a one-page note).
    let plain = doc::plain_lines(doc);
    let mut names = Vec::new();
    let mut paragraphs = Vec::new();
    let mut rows = Vec::new();
    // A line may hold several (a hard line break inside an inline).
    for (text, row) in &plain {
        for l in text.lines() {
            let w = words(l);
            if !w.is_empty() {
                names.push(l);
                paragraphs.push(w);
                rows.push(*row);
            }
        }
    }
    let known: BTreeSet<&str> = paragraphs.iter().flatten().map(String::as_str).collect();
    // A table's header row, which the PDF repeats at the top of each page
    // the table goes on to: furniture there, once the row was read.
    let headers: Vec<Vec<String>> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            doc::Block::Table(t) => Some(
                t.header
                    .iter()
                    .flat_map(|c| &c.paragraphs)
                    .flat_map(|p| p.content.iter().map(|i| i.text.as_str()))
                    .flat_map(words)
                    .collect::<Vec<String>>(),
            ),
            _ => None,
        })
        .filter(|h| !h.is_empty())
        .collect();
    let mut furniture: BTreeSet<(usize, bool)> = BTreeSet::new();
    let mut stream: Vec<(String, usize)> = Vec::new();
    let mut top_of_page = 0;
    let mut skip = 0;
    for (i, l) in lines.iter().enumerate() {
        if skip > 0 {
            skip -= 1;
            continue;
        }
        let w = words(&l.text);
        if l.page > 1 && l.page != top_of_page {
            let is_running_header = !header.is_empty() && w == header;
            if !is_running_header {
                top_of_page = l.page;
                if let Some(n) = repeated_header(&lines[i..], &headers, &stream) {
                    skip = n - 1;
                    continue;
                }
            }
        }
        if l.page > 0 {
            let is_header = l.page >= first_with_header && !header.is_empty() && w == header;
            let is_footer = !is_header && w == words(&footer(doc, l.page, pages));
            if (is_header || is_footer) && furniture.insert((l.page, is_header)) {
                continue;
            }
        }
        // A word broken at the end of the previous line goes on here: after
        // a slash or a dash, or wherever else the line breaker may break a
        // word the document has whole (a web address after its "?").
        let mut w = w.into_iter();
        if let (Some(last), Some(first)) = (stream.last_mut(), w.as_slice().first()) {
            let whole = || {
                !known.contains(last.0.as_str())
                    && known.contains(format!("{}{first}", last.0).as_str())
            };
            if last.0.ends_with(['/', '-', '–']) || whole() {
                last.0.push_str(first);
                w.next();
            }
        }
        stream.extend(w.map(|w| (w, l.page)));
    }
    let mut out = Vec::new();
    let mut cursor = 0;
    let mut not_found = 0;
    // Where the current table row's text starts in the stream.
    let mut row_start = (None, 0);
    for (k, para) in paragraphs.iter().enumerate() {
        if rows[k] != row_start.0 {
            row_start = (rows[k], cursor);
        }
        // A row cut at a page's foot: the rest of a cell is on the next
        // page, after the row's other cells, which are read first, on the
        // page before (and the same text further on is another row's).
        let cut_row = rows[k].is_some()
            && cursor > row_start.1
            && stream[row_start.1].1 != stream[cursor - 1].1;
        if cut_row && find(&stream, para, row_start.1).is_some_and(|at| at < cursor) {
            continue;
        }
        if let Some(at) = find(&stream, para, cursor) {
            cursor = at + para.len();
            continue;
        }
        // A cell's paragraph cut at a page's foot: its first lines, then the
        // row's other cells on that page, then its rest on the next page.
        if rows[k].is_some() {
            if let Some(end) = split_across_pages(&stream, para, cursor) {
                cursor = end;
                continue;
            }
        }
        not_found += 1;
        if not_found > REPORT_MAX {
            continue;
        }
        let start = start_of(names[k]);
        let finding = if let Some(at) = find(&stream, para, 0) {
            Finding::new(
                Code::TextOutOfOrder,
                file,
                format!(
                    "paragraph {} “{start}” is out of order: it comes before text that precedes it in the document",
                    k + 1
                ),
            )
            .page_if(stream[at].1)
        } else if let Some((at, n)) = longest_prefix(&stream, para, cursor) {
            cursor = at + n;
            Finding::new(
                Code::TextCut,
                file,
                format!(
                    "paragraph {} “{start}” is cut after {n} of {} words (“…{}”)",
                    k + 1,
                    para.len(),
                    para[n.saturating_sub(4)..n].join(" ")
                ),
            )
            .page_if(stream[at].1)
        } else {
            Finding::new(
                Code::TextMissing,
                file,
                format!("paragraph {} “{start}” is missing", k + 1),
            )
        };
        out.push(finding.help(
            "the file does not say what the event gives now: rebuild it (the fix when the event changed since the build); if a fresh build still differs, report a renderer bug",
        ));
    }
    if not_found > REPORT_MAX {
        out.push(Finding::new(
            Code::TextMissing,
            file,
            format!(
                "… and {} more of the document's {} paragraphs are missing, cut or out of order",
                not_found - REPORT_MAX,
                paragraphs.len()
            ),
        ));
    }
    out
}

impl Finding {
    fn page_if(self, page: usize) -> Finding {
        if page > 0 {
            self.page(page)
        } else {
            self
        }
    }
}

/// Where `para` ends when it begins at `from` or later and goes on, after
/// other text, at the top of the next page's text.
fn split_across_pages(stream: &[(String, usize)], para: &[String], from: usize) -> Option<usize> {
    let (at, n) = longest_prefix(stream, para, from)?;
    let page = stream[at + n - 1].1;
    let rest = &para[n..];
    // The same words may be in another cell of the row, on this page.
    let next_page = at + n + stream[at + n..].iter().position(|w| w.1 > page)?;
    let next = find(stream, rest, next_page)?;
    (stream[next].1 == page + 1).then_some(next + rest.len())
}

/// How many of `lines` (the first text lines of a page) are a table's
/// header row read already, repeated by the PDF over the table's rest.
fn repeated_header(
    lines: &[Line],
    headers: &[Vec<String>],
    stream: &[(String, usize)],
) -> Option<usize> {
    let page = lines.first()?.page;
    headers.iter().find_map(|h| {
        let mut got: Vec<String> = Vec::new();
        for (n, l) in lines.iter().take_while(|l| l.page == page).enumerate() {
            got.extend(words(&l.text));
            if got.len() >= h.len() {
                return (got == *h && find(stream, h, 0).is_some()).then_some(n + 1);
            }
        }
        None
    })
}

/// The footer of page `page` of `pages`, as the renderers fill it in.
fn footer(doc: &Document, page: usize, pages: usize) -> String {
    doc.footer
        .iter()
        .map(|p| match p {
            FooterPart::Text(t) => t.clone(),
            FooterPart::PageNumber => doc.digits.format(page),
            FooterPart::PageCount => doc.digits.format(pages),
        })
        .collect()
}

/// The first words of a paragraph as written, to name it.
fn start_of(text: &str) -> String {
    let clean: String = text
        .chars()
        .filter(|c| !crate::check::text::is_bidi_control(*c))
        .collect();
    let w: Vec<&str> = clean.split_whitespace().collect();
    let mut s = w.iter().take(8).copied().collect::<Vec<_>>().join(" ");
    if w.len() > 8 {
        s.push('…');
    }
    s
}

/// Where `para` occurs whole in `stream`, at `from` or later.
fn find(stream: &[(String, usize)], para: &[String], from: usize) -> Option<usize> {
    if para.is_empty() || stream.len() < para.len() {
        return None;
    }
    (from..=stream.len() - para.len())
        .find(|&i| para.iter().zip(&stream[i..]).all(|(a, (b, _))| a == b))
}

/// The longest beginning of `para` (three words at least, or all but its
/// last word) found at `from` or later: where and how many words.
fn longest_prefix(
    stream: &[(String, usize)],
    para: &[String],
    from: usize,
) -> Option<(usize, usize)> {
    let least = 3.min(para.len().saturating_sub(1)).max(1);
    (least..para.len())
        .rev()
        .find_map(|n| find(stream, &para[..n], from).map(|at| (at, n)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{Block, Inline, Paragraph};

    fn doc(paras: &[&str]) -> Document {
        let mut d = Document::empty("en");
        d.header = "Short title".into();
        d.footer = vec![
            FooterPart::Text("Page ".into()),
            FooterPart::PageNumber,
            FooterPart::Text(" of ".into()),
            FooterPart::PageCount,
        ];
        d.blocks = paras
            .iter()
            .map(|p| Block::Paragraph(Paragraph::new(vec![Inline::plain(*p)])))
            .collect();
        d
    }

    fn lines(v: &[(usize, &str)]) -> Vec<Line> {
        v.iter()
            .map(|(page, text)| Line {
                page: *page,
                text: text.to_string(),
            })
            .collect()
    }

    fn codes(f: &[Finding]) -> Vec<Code> {
        f.iter().map(|x| x.code).collect()
    }

    /// A cell's paragraph cut mid-way at a page's foot: its first lines,
    /// the row's other cells (one holding the same words as its rest),
    /// the table's header row repeated on the next page, then its rest.
    /// Without the next page's rest it is cut.
    #[test]
    fn a_paragraph_cut_across_pages_in_a_cell_reads_whole() {
        use crate::doc::{Cell, Table};
        let mut d = doc(&[]);
        let cell = |t: &str| Cell::text(vec![Inline::plain(t)]);
        d.blocks = vec![Block::Table(Table {
            widths: vec![1.0, 1.0],
            header: vec![cell("Agenda item"), cell("Floor language")],
            rows: vec![
                vec![
                    cell("Ms. Grace Otieno, Adviser – Spanish: own language, off microphone"),
                    cell("Spanish: own language, off microphone"),
                ],
                vec![cell("Break"), cell("none")],
            ],
        })];
        let mut split = vec![
            (1, "Agenda item  Floor language"),
            (1, "Ms. Grace Otieno, Adviser –"),
            (1, "Spanish:"),
            (1, "Spanish: own language, off microphone"),
            (1, "Page 1 of 2"),
            (2, "Short title"),
            (2, "Agenda item  Floor language"),
            (2, "own language, off microphone"),
            (2, "Break  none"),
            (2, "Page 2 of 2"),
        ];
        assert_eq!(codes(&compare(Path::new("x.pdf"), &d, &lines(&split))), []);
        split.remove(7);
        assert_eq!(
            codes(&compare(Path::new("x.pdf"), &d, &lines(&split))),
            [Code::TextCut]
        );
    }

    #[test]
    fn a_row_cut_across_pages_reads_its_cells_rest_last() {
        use crate::doc::{Cell, CellParagraph, Table};
        let para = |t: &str| CellParagraph {
            content: vec![Inline::plain(t)],
            bullet: true,
        };
        let mut d = doc(&[]);
        let agenda = Cell {
            paragraphs: vec![para("Session one panel"), para("Second speaker here")],
            ..Cell::default()
        };
        let relay = Cell::text(vec![Inline::plain("Gives relay to AR")]);
        d.blocks = vec![Block::Table(Table {
            widths: vec![1.0, 1.0],
            header: vec![],
            rows: vec![
                vec![agenda, relay.clone()],
                vec![Cell::text(vec![Inline::plain("Break")]), relay],
            ],
        })];
        // The agenda cell's second paragraph goes on under page 2's header,
        // after the relay cell of its row, which ends on page 1.
        let cut = lines(&[
            (1, "Session one panel"),
            (1, "Gives relay to AR"),
            (1, "Page 1 of 2"),
            (2, "Short title"),
            (2, "Second speaker here"),
            (2, "Break"),
            (2, "Gives relay to AR"),
            (2, "Page 2 of 2"),
        ]);
        assert_eq!(codes(&compare(Path::new("x.pdf"), &d, &cut)), []);
        // On one page, the same order is out of order.
        let one = lines(&[
            (1, "Session one panel"),
            (1, "Gives relay to AR"),
            (1, "Second speaker here"),
            (1, "Break"),
            (1, "Gives relay to AR"),
            (1, "Page 1 of 1"),
        ]);
        let found = codes(&compare(Path::new("x.pdf"), &d, &one));
        assert!(
            !found.is_empty() && found.iter().all(|c| *c == Code::TextOutOfOrder),
            "{found:?}"
        );
    }

    #[test]
    fn furniture_is_skipped_and_paragraphs_may_cross_pages() {
        let d = doc(&["One two three four five six", "Seven eight"]);
        let got = lines(&[
            (1, "One two three"),
            (1, "Page 1 of 2"),
            (2, "Short title"),
            (2, "four five six"),
            (2, "Seven eight"),
            (2, "Page 2 of 2"),
        ]);
        assert!(compare(Path::new("x.pdf"), &d, &got).is_empty());
    }

    #[test]
    fn a_word_the_line_breaker_cut_is_read_whole() {
        // A web address broken after its "?" reads as the document's one
        // word; two words that happen to join into a third are kept apart.
        let d = doc(&[
            "Link: https://a.example/room-XVII?pass=1&x=y",
            "in deed indeed",
        ]);
        let got = lines(&[
            (1, "Link: https://a.example/room-XVII?"),
            (1, "pass=1&x=y"),
            (1, "in"),
            (1, "deed indeed"),
        ]);
        let found = compare(Path::new("x.pdf"), &d, &got);
        assert!(found.is_empty(), "{found:?}");
        let cut = lines(&[
            (1, "Link: https://a.example/room-XVII?"),
            (1, "in deed indeed"),
        ]);
        let found = compare(Path::new("x.pdf"), &d, &cut);
        assert_eq!(codes(&found), [Code::TextCut], "{found:?}");
    }

    #[test]
    fn a_title_that_reads_as_the_running_header_is_text() {
        // A one-page note whose series title is its short title: page 1
        // has no running header, so the title is not page furniture.
        let d = doc(&["Short title", "Short title and more"]);
        let got = lines(&[
            (1, "Short title"),
            (1, "Short title and more"),
            (1, "Page 1 of 2"),
            (2, "Short title"),
            (2, "Page 2 of 2"),
        ]);
        let found = compare(Path::new("x.pdf"), &d, &got);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn missing_cut_and_out_of_order() {
        let d = doc(&[
            "Alpha beta gamma delta",
            "Epsilon zeta eta",
            "Theta iota kappa",
        ]);
        let f = compare(
            Path::new("x.pdf"),
            &d,
            &lines(&[(1, "Alpha beta gamma"), (1, "Theta iota kappa")]),
        );
        assert_eq!(codes(&f), [Code::TextCut, Code::TextMissing]);
        assert!(
            f[0].text.contains("paragraph 1 “Alpha beta gamma delta”"),
            "{}",
            f[0].text
        );
        assert!(f[1].text.contains("“Epsilon zeta eta”"), "{}", f[1].text);
        let f = compare(
            Path::new("x.pdf"),
            &d,
            &lines(&[
                (1, "Epsilon zeta eta"),
                (1, "Alpha beta gamma delta"),
                (2, "Theta iota kappa"),
            ]),
        );
        assert_eq!(codes(&f), [Code::TextOutOfOrder]);
        assert_eq!(f[0].page, Some(1));
    }

    #[test]
    fn words_drop_controls_and_join_broken_words() {
        assert_eq!(
            words("a\u{200F} 14:30–\n17:30 b/ c"),
            ["a", "14:30–17:30", "b/c"]
        );
    }
}

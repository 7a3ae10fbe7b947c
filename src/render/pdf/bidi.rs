//! Stage 1 of text layout: gather a paragraph's inlines into one string and
//! resolve bidi embedding levels (UAX #9) from the document's base direction.

use std::ops::Range;

use unicode_bidi::{Level, ParagraphBidiInfo};

use crate::doc::{Direction, Inline};

/// A paragraph's text with the formatting of each byte range.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct ParaText {
    pub text: String,
    pub spans: Vec<Span>,
}

/// The formatting of one inline, by byte range in `ParaText::text`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Span {
    pub range: Range<usize>,
    pub bold: bool,
    /// Drawn slanted in Latin script (there is no italic face; Arabic has
    /// no italics and stays upright).
    pub italic: bool,
    pub source: Option<String>,
    /// The address the text links to.
    pub link: Option<String>,
}

impl ParaText {
    /// Joins the inlines; `force_bold` for styles that are bold throughout.
    pub fn collect(inlines: &[Inline], force_bold: bool) -> ParaText {
        let mut out = ParaText::default();
        for inline in inlines {
            let start = out.text.len();
            // A tab has no glyph and no meaning in a flowing paragraph.
            out.text
                .extend(inline.text.chars().map(|c| if c == '\t' { ' ' } else { c }));
            out.spans.push(Span {
                range: start..out.text.len(),
                bold: inline.bold || force_bold,
                italic: inline.italic,
                source: inline.source.clone(),
                link: inline.link.clone(),
            });
        }
        out
    }

    /// A paragraph of plain text in one style (footers, labels).
    pub fn plain(text: &str, bold: bool) -> ParaText {
        ParaText::collect(&[Inline::plain(text)], bold)
    }

    /// The span covering byte `pos`.
    pub fn span_at(&self, pos: usize) -> Option<&Span> {
        self.spans
            .iter()
            .find(|s| s.range.contains(&pos))
            .or(self.spans.last())
    }
}

/// Characters that steer bidi or break lines but are never drawn: the
/// directional marks, embeddings, overrides and isolates, and newlines.
pub fn is_control(c: char) -> bool {
    matches!(c,
        '\u{200E}' | '\u{200F}' | '\u{061C}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

pub fn base_level(dir: Direction) -> Level {
    match dir {
        Direction::Ltr => Level::ltr(),
        Direction::Rtl => Level::rtl(),
    }
}

/// Bidi analysis of one paragraph: levels per byte, and per-line reordering.
/// `None`: a left-to-right paragraph with nothing that could run right to
/// left (every level 0), most paragraphs of a Latin document.
pub struct Bidi<'t> {
    info: Option<ParagraphBidiInfo<'t>>,
}

/// Whether `c` can make text run right to left, or steer the levels: the
/// right-to-left letters and numbers, and the explicit embeddings,
/// overrides and isolates. Without any, a left-to-right paragraph is all
/// at level 0 (rules W7, N1-N2 and I1 of UAX #9 leave it there).
fn steers(c: char) -> bool {
    use unicode_bidi::BidiClass::*;
    !c.is_ascii()
        && matches!(
            crate::bidi_class::bidi_class(c),
            R | AL | AN | LRE | RLE | LRO | RLO | PDF | LRI | RLI | FSI | PDI
        )
}

impl<'t> Bidi<'t> {
    pub fn new(text: &'t str, dir: Direction) -> Bidi<'t> {
        if dir == Direction::Ltr && !text.chars().any(steers) {
            return Bidi { info: None };
        }
        Bidi {
            info: Some(ParagraphBidiInfo::new_with_data_source(
                &crate::bidi_class::Classes,
                text,
                Some(base_level(dir)),
            )),
        }
    }

    /// Whether the paragraph runs right to left (its base level).
    pub fn is_rtl(&self) -> bool {
        self.info
            .as_ref()
            .is_some_and(|i| i.paragraph_level.is_rtl())
    }

    /// Embedding level of the character at byte `pos`.
    pub fn level(&self, pos: usize) -> Level {
        self.info.as_ref().map_or(Level::ltr(), |i| i.levels[pos])
    }

    /// The line `line` (byte range) cut into level runs in visual order,
    /// left to right, after rule L1 (trailing whitespace at the base level).
    pub fn visual_runs(&self, line: Range<usize>) -> Vec<(Range<usize>, Level)> {
        if line.is_empty() {
            return Vec::new();
        }
        let Some(info) = &self.info else {
            return vec![(line, Level::ltr())];
        };
        // unicode-bidi copies the whole paragraph's levels for each line;
        // over a long paragraph that is quadratic. The line alone, with its
        // resolved levels and classes, reorders the same (rule L1 looks at
        // the line only).
        let own = ParagraphBidiInfo {
            text: &info.text[line.clone()],
            original_classes: info.original_classes[line.clone()].to_vec(),
            levels: info.levels[line.clone()].to_vec(),
            paragraph_level: info.paragraph_level,
            is_pure_ltr: info.is_pure_ltr,
        };
        let (levels, runs) = own.visual_runs(0..line.len());
        runs.into_iter()
            .map(|r| {
                let level = levels[r.start];
                (r.start + line.start..r.end + line.start, level)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A left-to-right paragraph without right-to-left letters, numbers or
    /// explicit controls: the shortcut gives unicode-bidi's levels and runs.
    #[test]
    fn the_left_to_right_shortcut_is_the_algorithm() {
        let pieces = [
            "Working", " ", "1990", "–", "«", "»", "(", ")", "é", "ñ", "ç", "\u{301}", "+", "-",
            "%", "$", "€", ",", ".", ":", "/", "\u{200B}", "\u{200E}", "\u{202F}", "\u{A0}", "№",
            "½", "\t", "’", "1.5", "#", "\n", "\u{2028}", "\u{2029}",
        ];
        let mut seed = 7u64;
        for _ in 0..2000 {
            let mut text = String::new();
            for _ in 0..(seed % 12 + 1) {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let fast = Bidi::new(&text, Direction::Ltr);
            assert!(fast.info.is_none(), "{text:?}");
            let full = ParagraphBidiInfo::new_with_data_source(
                &crate::bidi_class::Classes,
                &text,
                Some(Level::ltr()),
            );
            for (pos, _) in text.char_indices() {
                assert_eq!(fast.level(pos), full.levels[pos], "{text:?} at {pos}");
            }
            let whole = 0..text.len();
            let (levels, runs) = full.visual_runs(whole.clone());
            let want: Vec<_> = runs
                .into_iter()
                .map(|r| (r.clone(), levels[r.start]))
                .collect();
            assert_eq!(fast.visual_runs(whole), want, "{text:?}");
        }
        assert!(Bidi::new("Dubai دبي", Direction::Ltr).info.is_some());
        assert!(Bidi::new("\u{2067}x\u{2069}", Direction::Ltr)
            .info
            .is_some());
    }

    #[test]
    fn arabic_paragraph_with_latin_and_digits() {
        let text = "عقد في 24 أيار/مايو 2023 في جنيف (UNHCR)";
        let bidi = Bidi::new(text, Direction::Rtl);
        let at = |s: &str| bidi.level(text.find(s).unwrap()).number();
        assert_eq!(at("عقد"), 1);
        assert_eq!(at("24"), 2, "numbers are left-to-right inside Arabic");
        assert_eq!(at("UNHCR"), 2);
        // The brackets sit between Latin and the paragraph end: they take
        // the paragraph's direction and are mirrored.
        assert_eq!(at("("), 1);
        let runs = bidi.visual_runs(0..text.len());
        // Visually the line starts (at the left) with the last logical words.
        let first = &text[runs[0].0.clone()];
        assert!(first.contains(')'), "leftmost run is {first:?}");
        assert_eq!(&text[runs[1].0.clone()], "UNHCR");
        let last = &text[runs.last().unwrap().0.clone()];
        assert!(last.starts_with("عقد"), "rightmost run is {last:?}");
    }

    #[test]
    fn isolates_are_honoured() {
        // An LTR isolate holding a time range inside Arabic: "10:00–10:30"
        // must stay in its logical order.
        let text = "الجلسة \u{2066}10:00–10:30\u{2069} الأولى";
        let bidi = Bidi::new(text, Direction::Rtl);
        let pos = text.find("10:00").unwrap();
        assert_eq!(bidi.level(pos).number(), 2);
        assert_eq!(bidi.level(text.find('–').unwrap()).number(), 2);
        let runs = bidi.visual_runs(0..text.len());
        let ltr: Vec<&str> = runs
            .iter()
            .filter(|(_, l)| l.is_ltr())
            .map(|(r, _)| &text[r.clone()])
            .collect();
        assert_eq!(ltr.len(), 1);
        assert!(ltr[0].contains("10:00–10:30"));
    }

    #[test]
    fn controls() {
        assert!(is_control('\u{2068}'));
        assert!(is_control('\u{200F}'));
        assert!(!is_control('\u{200D}'), "ZWJ steers joining and stays");
    }

    #[test]
    fn collect_keeps_spans() {
        let p = ParaText::collect(&[Inline::plain("a "), Inline::bold("b")], false);
        assert_eq!(p.text, "a b");
        assert!(!p.span_at(0).unwrap().bold);
        assert!(p.span_at(2).unwrap().bold);
    }
}

//! Stage 5 of text layout: turn one logical line into glyph pieces in visual
//! order (rule L2 over the shaped runs), with each glyph's place and text.

use std::ops::Range;

use super::bidi::{is_control, Bidi};
use super::fonts::FontKey;
use super::linebreak::LineRange;
use super::shape::ShapedRun;

/// A line ready to draw: pieces left to right, x from the line's left edge.
#[derive(Debug, Clone, Default)]
pub struct LineBox {
    pub width: f32,
    /// The paragraph's direction (a line of Latin in an Arabic paragraph
    /// still reads right to left as a whole).
    pub rtl: bool,
    pub pieces: Vec<Piece>,
}

/// Glyphs of one font and direction, drawn left to right.
#[derive(Debug, Clone)]
pub struct Piece {
    pub font: FontKey,
    pub size: f32,
    pub rtl: bool,
    /// Slanted (italic Latin text).
    pub oblique: bool,
    /// The address the piece's text links to.
    pub link: Option<String>,
    /// Left edge of the piece on the line.
    pub x: f32,
    pub glyphs: Vec<PlacedGlyph>,
    /// The text behind the glyphs, cluster by cluster in visual order.
    pub clusters: Vec<ClusterText>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlacedGlyph {
    pub gid: u16,
    /// From the piece's left edge, in points.
    pub x: f32,
    /// Upwards from the baseline.
    pub y: f32,
    /// Where the next glyph's pen starts, relative to this glyph's pen (= advance).
    pub advance: f32,
}

/// Characters (logical order, controls removed) that `glyphs` stand for.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterText {
    pub text: compact_str::CompactString,
    pub glyphs: Range<usize>,
}

/// Count of inter-word spaces a justified line can stretch.
pub fn space_count(text: &str, line: &LineRange) -> usize {
    text[line.range.clone()].matches(' ').count()
}

/// Lays `line` out visually; `extra_per_space` widens each space (justify).
pub fn assemble(
    text: &str,
    bidi: &Bidi,
    shaped: &[ShapedRun],
    line: &LineRange,
    extra_per_space: f32,
) -> LineBox {
    let mut out = LineBox {
        rtl: bidi.is_rtl(),
        ..LineBox::default()
    };
    let mut pen = 0.0f32;
    for (vrange, level) in bidi.visual_runs(line.range.clone()) {
        // The shaped runs inside this level run, in logical order; a
        // right-to-left level run shows them last to first.
        let mut parts: Vec<(&ShapedRun, Range<usize>)> = shaped
            .iter()
            .filter_map(|r| {
                let s = r.run.range.start.max(vrange.start);
                let e = r.run.range.end.min(vrange.end);
                (s < e).then_some((r, s..e))
            })
            .collect();
        if level.is_rtl() {
            parts.reverse();
        }
        for (run, sub) in parts {
            let piece = place(text, run, sub, &line.range, pen, extra_per_space);
            if piece.glyphs.is_empty() {
                continue;
            }
            pen = piece.x + piece.glyphs.iter().map(|g| g.advance).sum::<f32>();
            out.pieces.push(piece);
        }
    }
    out.width = pen;
    out
}

fn place(
    text: &str,
    run: &ShapedRun,
    sub: Range<usize>,
    line: &Range<usize>,
    x: f32,
    extra: f32,
) -> Piece {
    let glyphs: Vec<_> = run
        .glyphs
        .iter()
        .filter(|g| sub.contains(&g.cluster))
        .collect();
    // A cluster's text runs to the next cluster of the shaped run on this
    // line, even past the end of this level run: a joiner that rule L1 puts
    // on a level of its own at the line's end stays with its letter.
    let limit = run.run.range.end.min(line.end);
    let mut starts: Vec<usize> = run
        .glyphs
        .iter()
        .map(|g| g.cluster)
        .filter(|&c| c >= sub.start && c < limit)
        .collect();
    starts.sort_unstable();
    starts.dedup();
    // Clusters come in order (rising, or falling right to left): the next
    // one's place in `starts` is found next to the last one's, not searched.
    let mut at = 0usize;
    let mut text_of = |c: usize| -> compact_str::CompactString {
        let near = [at, at + 1, at.wrapping_sub(1)];
        let i = match near.into_iter().find(|&i| starts.get(i) == Some(&c)) {
            Some(i) => i,
            None => starts.binary_search(&c).unwrap_or(0),
        };
        at = i;
        let end = starts.get(i + 1).copied().unwrap_or(limit);
        let t = &text[c..end];
        if t.chars().any(is_control) {
            t.chars().filter(|&ch| !is_control(ch)).collect()
        } else {
            t.into()
        }
    };

    let mut piece = Piece {
        font: run.font(),
        size: run.size,
        rtl: run.rtl(),
        oblique: run.run.italic && !run.font().is_arabic(),
        link: run.run.link.clone(),
        x,
        glyphs: Vec::with_capacity(glyphs.len()),
        // At most one cluster a glyph: sized once, not grown.
        clusters: Vec::with_capacity(glyphs.len()),
    };
    let mut pen = 0.0f32;
    for (i, g) in glyphs.iter().enumerate() {
        let is_space = text[g.cluster..].starts_with(' ');
        let advance = g.advance + if is_space { extra } else { 0.0 };
        piece.glyphs.push(PlacedGlyph {
            gid: g.gid,
            x: pen + g.dx,
            y: g.dy,
            advance,
        });
        pen += advance;
        match piece.clusters.last_mut() {
            Some(c) if glyphs[i - 1].cluster == g.cluster => c.glyphs.end = i + 1,
            _ => piece.clusters.push(ClusterText {
                text: text_of(g.cluster),
                glyphs: i..i + 1,
            }),
        }
    }
    piece
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{Direction, Inline};
    use crate::render::pdf::bidi::ParaText;
    use crate::render::pdf::fonts::FontSet;
    use crate::render::pdf::itemize::itemize;
    use crate::render::pdf::linebreak::break_lines;
    use crate::render::pdf::shape::shape_runs;

    /// The line's text in visual order, left to right, cluster by cluster.
    fn visual(text: &str, dir: Direction) -> (Vec<String>, Vec<Piece>) {
        let set = FontSet::bundled();
        let fonts = set.load().unwrap();
        let para = ParaText::collect(&[Inline::plain(text)], false);
        let bidi = Bidi::new(&para.text, dir);
        let runs = itemize(&para, &bidi, &fonts).unwrap();
        let shaped = shape_runs(&para.text, &runs, &fonts, 10.0, 1.0, "ar");
        let lines = break_lines(&para.text, &shaped, 10_000.0);
        assert_eq!(lines.len(), 1);
        let lb = assemble(&para.text, &bidi, &shaped, &lines[0], 0.0);
        let words = lb
            .pieces
            .iter()
            .map(|p| {
                // Reading a piece as its logical text.
                let mut cl: Vec<&str> = p.clusters.iter().map(|c| c.text.as_str()).collect();
                if p.rtl {
                    cl.reverse();
                }
                cl.concat()
            })
            .collect();
        (words, lb.pieces)
    }

    #[test]
    fn mixed_line_visual_order_and_fonts() {
        let text = "عقد في 24 أيار/مايو 2023 في جنيف (UNHCR)";
        let (pieces, boxes) = visual(text, Direction::Rtl);
        // Left to right on the page: the bracketed acronym (the end of the
        // sentence) first, the first word "عقد" last, at the right.
        let joined = pieces.concat();
        assert!(pieces[0] == ")" || pieces[0].starts_with(')'), "{pieces:?}");
        assert_eq!(pieces[1], "UNHCR");
        assert!(pieces.last().unwrap().ends_with("عقد في "), "{pieces:?}");
        let pos = |s: &str| joined.find(s).unwrap();
        // Numbers keep their digits in reading order, and the later one
        // (2023) sits to the left of the earlier one (24).
        assert!(pos("2023") < pos("24"));
        assert!(pos("UNHCR") < pos("جنيف"));
        // Pieces do not overlap and advance left to right.
        for w in boxes.windows(2) {
            let end = w[0].x + w[0].glyphs.iter().map(|g| g.advance).sum::<f32>();
            assert!((w[1].x - end).abs() < 0.01);
        }
        let font_of = |s: &str| boxes[pieces.iter().position(|p| p.contains(s)).unwrap()].font;
        assert_eq!(font_of("UNHCR"), FontKey::Sans);
        assert_eq!(font_of("عقد"), FontKey::Naskh);
    }

    #[test]
    fn parentheses_face_their_content() {
        // In an RTL line "(نعم)" is drawn as the glyph ')' on the right and
        // '(' on the left, so the shapes open towards the word.
        let set = FontSet::bundled();
        let fonts = set.load().unwrap();
        let sans = fonts.get(FontKey::Sans);
        let open = sans.face.glyph_index('(').unwrap().0;
        let close = sans.face.glyph_index(')').unwrap().0;
        let (_, boxes) = visual("قال (نعم) له", Direction::Rtl);
        let glyph_ids: Vec<u16> = boxes
            .iter()
            .filter(|p| p.font == FontKey::Sans)
            .flat_map(|p| p.glyphs.iter().map(|g| g.gid))
            .filter(|&g| g == open || g == close)
            .collect();
        assert_eq!(glyph_ids, [open, close]);
        // English: same glyphs in the same visual order.
        let (_, boxes) = visual("say (yes) now", Direction::Ltr);
        let p = &boxes[0];
        let ids: Vec<u16> = p.glyphs.iter().map(|g| g.gid).collect();
        assert_eq!(ids[4], open);
        assert_eq!(ids[8], close);
    }

    #[test]
    fn english_is_one_piece_in_order() {
        let (pieces, _) = visual("Geneva, 24 May 2023 (UNHCR)", Direction::Ltr);
        assert_eq!(pieces, ["Geneva, 24 May 2023 (UNHCR)"]);
    }

    #[test]
    fn isolated_time_range_keeps_its_order() {
        let (pieces, _) = visual("من \u{2066}10:00–10:30\u{2069} إلى", Direction::Rtl);
        // The dash comes from Noto Sans, so the range spans pieces; read left
        // to right they still give the range in order.
        assert!(pieces.concat().contains("10:00–10:30"), "{pieces:?}");
        assert!(pieces.iter().all(|p| !p.contains('\u{2066}')));
    }
}

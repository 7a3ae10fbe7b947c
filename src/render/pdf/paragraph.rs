//! The text layout pipeline end to end for one paragraph: collect, bidi,
//! itemize, shape, break, reorder, align. Every piece of text goes through here.

use super::bidi::{Bidi, ParaText};
use super::fonts::Fonts;
use super::itemize::itemize;
use super::layout_cache::{LaidKey, ShapedKey};
use super::linebreak::{break_lines, min_content_width};
use super::reorder::{assemble, space_count, LineBox};
use super::shape::{shape_runs, ShapedRun};
use crate::doc::{Align, Direction};
use crate::render::style::{self, TextStyle};
use crate::render::RenderError;
use std::sync::Arc;

/// What every layout call needs: the parsed fonts and the document's
/// language and direction.
pub(crate) struct Ctx<'f> {
    pub fonts: &'f Fonts<'f>,
    pub lang: String,
    pub dir: Direction,
}

/// A context on the bundled fonts, loaded once for all unit tests.
#[cfg(test)]
pub(crate) fn test_ctx(lang: &str, dir: Direction) -> Ctx<'static> {
    use std::sync::LazyLock;
    static SET: LazyLock<super::fonts::FontSet> = LazyLock::new(super::fonts::FontSet::bundled);
    static FONTS: LazyLock<std::sync::Arc<Fonts<'static>>> =
        LazyLock::new(|| SET.load().expect("the bundled fonts load"));
    Ctx {
        fonts: &FONTS,
        lang: lang.into(),
        dir,
    }
}

/// A line placed in its box: `x` from the box's left edge. Shared, not
/// copied, by the drawings of every page and table row that shows it.
#[derive(Debug, Clone)]
pub struct PlacedLine {
    pub x: f32,
    pub line: Arc<LineBox>,
}

/// A laid-out paragraph: its lines, each `line_height` apart.
#[derive(Debug, Clone)]
pub struct Laid {
    pub lines: Vec<PlacedLine>,
    pub line_height: f32,
    /// From the top of a line to its baseline.
    pub baseline: f32,
}

impl Laid {
    pub fn height(&self) -> f32 {
        self.lines.len() as f32 * self.line_height
    }
}

/// Lays `para` out in a box `width` points wide.
pub(crate) fn layout(
    ctx: &Ctx,
    para: &ParaText,
    style: &TextStyle,
    width: f32,
    align: Align,
) -> Result<Arc<Laid>, RenderError> {
    let key = LaidKey {
        shaped: shaped_key(ctx, para, style),
        leading: style.leading.to_bits(),
        width: width.to_bits(),
        align,
    };
    ctx.fonts.layouts.laid(key, || {
        let shaped = shaped(ctx, para, style)?;
        let bidi = Bidi::new(&para.text, ctx.dir);
        Ok(lay_out(ctx, para, &bidi, style, width, align, &shaped))
    })
}

fn shaped_key(ctx: &Ctx, para: &ParaText, style: &TextStyle) -> ShapedKey {
    ShapedKey {
        lang: ctx.lang.clone(),
        dir: ctx.dir,
        para: para.clone(),
        size: style.size.to_bits(),
    }
}

/// `para`'s glyphs, shaped once per language, direction and size.
fn shaped(
    ctx: &Ctx,
    para: &ParaText,
    style: &TextStyle,
) -> Result<Arc<Vec<ShapedRun>>, RenderError> {
    let key = shaped_key(ctx, para, style);
    ctx.fonts.layouts.shaped(key, || {
        let bidi = Bidi::new(&para.text, ctx.dir);
        shape_paragraph(ctx, para, &bidi, style)
    })
}

fn lay_out(
    ctx: &Ctx,
    para: &ParaText,
    bidi: &Bidi,
    style: &TextStyle,
    width: f32,
    align: Align,
    shaped: &[ShapedRun],
) -> Laid {
    let line_height = style.size * style.leading;
    // Centre the text's body (about 0.75 em above the baseline) in the line.
    let baseline = (line_height - style.size) / 2.0 + style.size * 0.82;
    let text = &para.text;
    let mut ranges = break_lines(text, shaped, width);
    if align == Align::Center && ranges.len() > 1 {
        ranges = balance(text, shaped, width, ranges);
    }
    let mut lines = Vec::with_capacity(ranges.len());
    for range in &ranges {
        let spaces = space_count(text, range);
        let extra = if align == Align::Justify && !range.hard_end && spaces > 0 {
            ((width - range.width) / spaces as f32).max(0.0)
        } else {
            0.0
        };
        let line = assemble(text, bidi, &line_runs(shaped, &range.range), range, extra);
        let free = (width - line.width).max(0.0);
        let x = match (align, ctx.dir) {
            (Align::Center, _) => free / 2.0,
            (_, Direction::Ltr) => 0.0,
            (_, Direction::Rtl) => free,
        };
        lines.push(PlacedLine {
            x,
            line: Arc::new(line),
        });
    }
    Laid {
        lines,
        line_height,
        baseline,
    }
}

/// The glyphs of `shaped` whose clusters lie in `line`: each line is
/// assembled from its own glyphs only, so a long paragraph is not scanned
/// once per line. A run's clusters are monotonic (rising left to right,
/// falling right to left), so the slice is found by bisection.
fn line_runs(shaped: &[ShapedRun], line: &std::ops::Range<usize>) -> Vec<ShapedRun> {
    shaped
        .iter()
        .filter(|r| r.run.range.start < line.end && r.run.range.end > line.start)
        .map(|r| {
            let g = &r.glyphs;
            let (lo, hi) = if r.rtl() {
                (
                    g.partition_point(|x| x.cluster >= line.end),
                    g.partition_point(|x| x.cluster >= line.start),
                )
            } else {
                (
                    g.partition_point(|x| x.cluster < line.start),
                    g.partition_point(|x| x.cluster < line.end),
                )
            };
            ShapedRun {
                run: r.run.clone(),
                size: r.size,
                glyphs: g[lo..hi.max(lo)].to_vec(),
            }
        })
        .collect()
}

/// Centred text (titles) broken into lines of even length: the narrowest
/// measure that needs no more lines than `width` does, so a title never
/// ends with one word alone on its last line.
fn balance(
    text: &str,
    shaped: &[ShapedRun],
    width: f32,
    ranges: Vec<super::linebreak::LineRange>,
) -> Vec<super::linebreak::LineRange> {
    let count = ranges.len();
    let (mut lo, mut hi) = (width / count as f32, width);
    let mut best = ranges;
    // A dozen halvings narrow the measure to well under a point.
    for _ in 0..12 {
        let mid = (lo + hi) / 2.0;
        let tried = break_lines(text, shaped, mid);
        if tried.len() <= count {
            hi = mid;
            best = tried;
        } else {
            lo = mid;
        }
    }
    best
}

/// The narrowest width `para` can take without cutting a word.
pub(crate) fn min_width(ctx: &Ctx, para: &ParaText, style: &TextStyle) -> Result<f32, RenderError> {
    let shaped = shaped(ctx, para, style)?;
    Ok(min_content_width(&para.text, &shaped))
}

/// The stages after bidi for one paragraph: runs of one script and font,
/// shaped glyphs.
fn shape_paragraph(
    ctx: &Ctx,
    para: &ParaText,
    bidi: &Bidi,
    style: &TextStyle,
) -> Result<Vec<ShapedRun>, RenderError> {
    let runs = itemize(para, bidi, ctx.fonts)?;
    Ok(shape_runs(
        &para.text,
        &runs,
        ctx.fonts,
        style.size,
        style::get().arabic_scale,
        &ctx.lang,
    ))
}

/// The natural width of a short text on one line (labels, ticks).
pub(crate) fn measure(ctx: &Ctx, text: &str, style: &TextStyle) -> Result<f32, RenderError> {
    let laid = layout(
        ctx,
        &ParaText::plain(text, style.bold),
        style,
        f32::MAX / 4.0,
        Align::Start,
    )?;
    Ok(laid.lines.iter().map(|l| l.line.width).fold(0.0, f32::max))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Inline;
    use crate::render::style;

    #[test]
    fn centred_titles_are_balanced() {
        let ctx = test_ctx("fr", Direction::Ltr);
        let para = ParaText::collect(
            &[Inline::plain(
                "Échange mondial en ligne d’apprentissage entre pairs",
            )],
            false,
        );
        let style = &style::get().title;
        // Wide enough for all but the last word on the first line.
        let full = layout(&ctx, &para, style, 10_000.0, Align::Start).unwrap();
        let width = full.lines[0].line.width * 0.93;
        let start = layout(&ctx, &para, style, width, Align::Start).unwrap();
        let centre = layout(&ctx, &para, style, width, Align::Center).unwrap();
        assert_eq!(start.lines.len(), 2);
        assert_eq!(centre.lines.len(), 2);
        let (a, b) = (centre.lines[0].line.width, centre.lines[1].line.width);
        assert!(
            b > 0.5 * a,
            "balanced lines should be of similar length: {a} and {b}"
        );
        assert!(start.lines[1].line.width < 0.3 * start.lines[0].line.width);
    }

    #[test]
    fn rtl_start_alignment_is_right() {
        let ctx = test_ctx("ar", Direction::Rtl);
        let para = ParaText::collect(&[Inline::plain("مرحبا")], false);
        let laid = layout(&ctx, &para, &style::get().body, 300.0, Align::Start).unwrap();
        let l = &laid.lines[0];
        assert!((l.x + l.line.width - 300.0).abs() < 0.01);
        let ctx = Ctx {
            dir: Direction::Ltr,
            ..ctx
        };
        let laid = layout(&ctx, &para, &style::get().body, 300.0, Align::Start).unwrap();
        assert_eq!(laid.lines[0].x, 0.0);
    }

    #[test]
    fn justified_lines_fill_the_width_except_the_last() {
        let ctx = test_ctx("en", Direction::Ltr);
        let text = "Interpreters work in teams of two per booth and take turns of thirty \
                    minutes, so that a long meeting never rests on one voice alone.";
        let para = ParaText::collect(&[Inline::plain(text)], false);
        let laid = layout(&ctx, &para, &style::get().body, 200.0, Align::Justify).unwrap();
        assert!(laid.lines.len() > 2);
        for l in &laid.lines[..laid.lines.len() - 1] {
            assert!((l.line.width - 200.0).abs() < 0.05, "{}", l.line.width);
        }
        assert!(laid.lines.last().unwrap().line.width < 200.0);
    }

    #[test]
    fn a_paragraph_is_laid_out_once_per_width_and_alignment() {
        let ctx = test_ctx("en", Direction::Ltr);
        let para = ParaText::plain(
            "A sentence laid out twice at one width and once at another one.",
            false,
        );
        let body = &style::get().body;
        let a = layout(&ctx, &para, body, 150.0, Align::Start).unwrap();
        let again = layout(&ctx, &para, body, 150.0, Align::Start).unwrap();
        assert!(
            Arc::ptr_eq(&a, &again),
            "the second layout was not the kept one"
        );
        let narrow = layout(&ctx, &para, body, 90.0, Align::Start).unwrap();
        assert!(narrow.lines.len() > a.lines.len());
        let centred = layout(&ctx, &para, body, 150.0, Align::Center).unwrap();
        assert!(!Arc::ptr_eq(&a, &centred));
        let rtl = Ctx {
            dir: Direction::Rtl,
            ..test_ctx("en", Direction::Ltr)
        };
        let right = layout(&rtl, &para, body, 150.0, Align::Start).unwrap();
        assert!(
            right.lines[0].x > a.lines[0].x,
            "a layout of another direction was reused"
        );
    }

    /// The bundled fonts as a set of the test's own (from an empty font
    /// folder), whose caches no other test touches.
    fn own_font_set() -> super::super::fonts::FontSet {
        let empty = tempfile::tempdir().unwrap();
        super::super::fonts::FontSet::from_dir(empty.path()).unwrap()
    }

    #[test]
    fn a_table_cell_is_shaped_once_for_its_minimum_and_its_widths() {
        // Fonts of their own: what their cache holds is this test's alone.
        let set = own_font_set();
        let fonts = set.load().unwrap();
        let ctx = Ctx {
            fonts: &fonts,
            lang: "ar".into(),
            dir: Direction::Rtl,
        };
        let para = ParaText::plain("خلية جدول تقاس أولا ثم توضع في عرضين", false);
        let cell = &style::get().table_cell;
        layout(&ctx, &para, cell, 80.0, Align::Start).unwrap();
        let held = fonts.layouts.held_bytes();
        let first = shaped(&ctx, &para, cell).unwrap();
        let min = min_width(&ctx, &para, cell).unwrap();
        assert_eq!(
            fonts.layouts.held_bytes(),
            held,
            "the layout's glyphs were not kept for the cell's minimum width"
        );
        layout(&ctx, &para, cell, 200.0, Align::Start).unwrap();
        let last = shaped(&ctx, &para, cell).unwrap();
        assert!(Arc::ptr_eq(&first, &last), "the cell was shaped again");
        assert!(min > 0.0 && min < 80.0, "min width {min}");
        // Another size is other glyph positions.
        let body = &style::get().body;
        assert_ne!(body.size, cell.size);
        let other = shaped(&ctx, &para, body).unwrap();
        assert!(!Arc::ptr_eq(&first, &other));
    }

    #[test]
    fn the_layout_cache_stays_within_its_budget() {
        // Fonts of their own: this test fills and empties their cache.
        let set = own_font_set();
        let fonts = set.load().unwrap();
        let ctx = Ctx {
            fonts: &fonts,
            lang: "en".into(),
            dir: Direction::Ltr,
        };
        let body = &style::get().body;
        let para = |i: usize| ParaText::plain(&format!("{i} {}", "word ".repeat(3000)), false);
        let first = layout(&ctx, &para(0), body, 300.0, Align::Start).unwrap();
        let one = fonts.layouts.held_bytes();
        assert!(
            one > 15_000 * 8,
            "a 15 KB paragraph is said to take {one} bytes"
        );
        let mut most = one;
        for i in 1..60 {
            layout(&ctx, &para(i), body, 300.0, Align::Start).unwrap();
            most = most.max(fonts.layouts.held_bytes());
        }
        assert!(most <= 24 << 20, "{most} bytes held");
        let again = layout(&ctx, &para(0), body, 300.0, Align::Start).unwrap();
        assert!(
            !Arc::ptr_eq(&first, &again),
            "the first paragraph was never dropped"
        );
    }

    #[test]
    fn a_long_paragraph_is_laid_out_each_time() {
        let ctx = test_ctx("en", Direction::Ltr);
        let para = ParaText::plain(&"word ".repeat(5000), false);
        let body = &style::get().body;
        let a = layout(&ctx, &para, body, 300.0, Align::Start).unwrap();
        let b = layout(&ctx, &para, body, 300.0, Align::Start).unwrap();
        assert!(!Arc::ptr_eq(&a, &b), "25 KB of text was kept");
        assert_eq!(a.lines.len(), b.lines.len());
    }
}

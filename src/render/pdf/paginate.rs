//! Stage 6: blocks into pages. Each block becomes unbreakable units (a line,
//! a table row) that say whether a page may end after them; pages are filled greedily.

use std::rc::Rc;
use std::sync::Arc;

use super::bidi::ParaText;
use super::paragraph::{layout, min_width, Ctx, Laid};
use super::reorder::LineBox;
use super::structure::{Artifact, Role, Structure, Tag};
use super::timeline;
use crate::doc::{Align, Block, Cell, Direction, Document, FooterPart, Inline, Table, Timeline};
use crate::render::style::{self, Rgb, TextStyle};
use crate::render::RenderError;

/// Something to paint, in points; `y` grows downwards from the top of
/// whatever holds it (a unit, then the page).
#[derive(Debug, Clone)]
pub enum Draw {
    /// A line of text with its baseline at `baseline`.
    Text {
        x: f32,
        baseline: f32,
        colour: Rgb,
        line: Arc<LineBox>,
    },
    Fill {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        colour: Rgb,
    },
    Stroke {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        colour: Rgb,
        width: f32,
    },
    /// A picture filling the box whose top-left corner is (x, y).
    Image {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        image: crate::doc::Image,
    },
    /// The drawings after this one, up to the next `Tag`, belong to this
    /// element or artifact (tagged PDF).
    Tag(Tag),
}

impl Draw {
    pub fn shifted(&self, dx: f32, dy: f32) -> Draw {
        match self.clone() {
            Draw::Text {
                x,
                baseline,
                colour,
                line,
            } => Draw::Text {
                x: x + dx,
                baseline: baseline + dy,
                colour,
                line,
            },
            Draw::Fill { x, y, w, h, colour } => Draw::Fill {
                x: x + dx,
                y: y + dy,
                w,
                h,
                colour,
            },
            Draw::Stroke {
                x1,
                y1,
                x2,
                y2,
                colour,
                width,
            } => Draw::Stroke {
                x1: x1 + dx,
                y1: y1 + dy,
                x2: x2 + dx,
                y2: y2 + dy,
                colour,
                width,
            },
            Draw::Image { x, y, w, h, image } => Draw::Image {
                x: x + dx,
                y: y + dy,
                w,
                h,
                image,
            },
            Draw::Tag(t) => Draw::Tag(t),
        }
    }
}

/// One page's drawing, in page coordinates (y down from the top edge).
#[derive(Debug, Clone, Default)]
pub struct PageOut {
    pub draws: Vec<Draw>,
}

/// The smallest piece of a block that pagination moves as a whole.
#[derive(Debug, Clone, Default)]
struct Unit {
    height: f32,
    /// Gap above the unit, dropped at the top of a page.
    space_before: f32,
    draws: Vec<Draw>,
    /// Whether a page may end right after this unit (widows, orphans,
    /// headings kept with what follows, a table header with its first row).
    break_after: bool,
    /// For a table body row: the header row to repeat on a new page.
    header: Option<Rc<Unit>>,
    /// For a stretch of a table body row: the row and the stretch's top and
    /// bottom in it, so that a page's foot may cut it again.
    row: Option<(Rc<RowLayout>, f32, f32)>,
    page_break: bool,
}

/// The content box of a page, in page coordinates.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    pub left: f32,
    pub top: f32,
    pub width: f32,
    pub bottom: f32,
}

impl Frame {
    pub fn of(doc: &Document) -> Frame {
        let p = &doc.page;
        // Margins are given as start/end: in Arabic the start is the right.
        let left = match doc.direction {
            Direction::Ltr => p.margin_start,
            Direction::Rtl => p.margin_end,
        };
        Frame {
            left,
            top: p.margin_top,
            width: p.width - p.margin_start - p.margin_end,
            bottom: p.height - p.margin_bottom,
        }
    }
}

/// Lays out the whole document into pages, with header and footer, and
/// the structure its drawings are tagged with.
pub(crate) fn paginate(
    ctx: &Ctx,
    doc: &Document,
) -> Result<(Vec<PageOut>, Structure), RenderError> {
    let frame = Frame::of(doc);
    let mut units = Vec::new();
    let mut st = Structure::default();
    // The deepest heading so far (the title is H1): a heading may go one
    // level deeper, never skip one (PDF/UA).
    let mut depth = 0u8;
    for (bi, block) in doc.blocks.iter().enumerate() {
        let first = units.len();
        block_units(
            ctx,
            block,
            frame.width,
            frame.bottom - frame.top,
            &mut units,
            &mut st,
        )?;
        // A paragraph that introduces a table stays with its first row: a
        // page does not end with a heading and its introduction, the table
        // starting overleaf. Not before a first row half a page or taller
        // (a session with its panel): held with the introduction and the
        // second row, which may not part from it, it left a page half
        // empty (found on a full-day meeting's French booth schedule).
        if let (Block::Table(_), Some(Block::Paragraph(_))) =
            (block, bi.checked_sub(1).and_then(|p| doc.blocks.get(p)))
        {
            let short = units[first..]
                .iter()
                .find_map(|u| u.row.as_ref().map(|(_, top, bottom)| bottom - top))
                .is_some_and(|h| h < (frame.bottom - frame.top) / 2.0);
            if let (true, Some(intro)) = (short, first.checked_sub(1)) {
                units[intro].break_after = false;
            }
        }
        if let Some(mut role) = block_role(block) {
            let level = match role {
                Role::H1 => 1,
                Role::H2 => 2,
                Role::H3 => 3,
                _ => 0,
            };
            if level > 0 {
                let allowed = level.min(depth + 1);
                role = [Role::H1, Role::H2, Role::H3][allowed as usize - 1];
                depth = allowed;
            }
            let node = st.add(role, Structure::ROOT);
            if let Block::Heading { level, content } = block {
                let text: String = content.iter().map(|i| i.text.as_str()).collect();
                st.nodes[node].outline = Some((*level, text));
            }
            tag_units(&mut units[first..], Tag::Node(node));
        }
    }
    let mut pages = fill_pages(&units, &frame);
    let count = pages.len();
    for (i, page) in pages.iter_mut().enumerate() {
        furniture(ctx, doc, &frame, i + 1, count, page)?;
    }
    Ok((pages, st))
}

/// The element a block of one kind becomes; `None` for blocks that tag
/// their own parts (lists, tables, figures).
fn block_role(block: &Block) -> Option<Role> {
    match block {
        Block::Title(_) => Some(Role::H1),
        Block::Heading { level, .. } if *level <= 1 => Some(Role::H2),
        Block::Heading { .. } => Some(Role::H3),
        Block::Subtitle(_) | Block::Paragraph(_) => Some(Role::P),
        _ => None,
    }
}

/// Puts `tag` in front of each unit's drawings.
fn tag_units(units: &mut [Unit], tag: Tag) {
    for u in units {
        u.draws.insert(0, Draw::Tag(tag));
    }
}

/// What a timeline shows, for readers who cannot see it: each lane with
/// its turns, and the breaks.
fn timeline_alt(t: &Timeline) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !t.caption.is_empty() {
        parts.push(t.caption.clone());
    }
    for lane in &t.lanes {
        let bars: Vec<String> = lane
            .bars
            .iter()
            .map(|b| format!("{} {}", b.time, b.label).trim().to_string())
            .collect();
        parts.push(format!("{}: {}", lane.label, bars.join(", ")));
    }
    for band in &t.bands {
        parts.push(format!("{} {}", band.time, band.label));
    }
    parts.join(". ")
}

/// Units of a paragraph: one per line. A page may not end after its first
/// line or before its last (no orphans, no widows); `keep` holds the
/// last line to the next block (headings).
fn para_units(laid: &Laid, style: &TextStyle, x: f32, keep: bool, out: &mut Vec<Unit>) {
    let n = laid.lines.len();
    for (i, line) in laid.lines.iter().enumerate() {
        let lines_before = i + 1;
        let lines_after = n - lines_before;
        let break_after = if lines_after == 0 {
            !keep
        } else {
            lines_before >= 2 && lines_after >= 2
        };
        out.push(Unit {
            height: laid.line_height,
            space_before: if i == 0 { style.space_before } else { 0.0 },
            draws: vec![Draw::Text {
                x: x + line.x,
                baseline: laid.baseline,
                colour: style.colour,
                line: line.line.clone(),
            }],
            break_after,
            ..Unit::default()
        });
    }
}

fn block_units(
    ctx: &Ctx,
    block: &Block,
    width: f32,
    page_height: f32,
    out: &mut Vec<Unit>,
    st: &mut Structure,
) -> Result<(), RenderError> {
    let simple =
        |content: &[Inline], style: &TextStyle, align: Align, keep: bool, out: &mut Vec<Unit>| {
            let para = ParaText::collect(content, style.bold);
            let laid = layout(ctx, &para, style, width, align)?;
            para_units(&laid, style, 0.0, keep, out);
            Ok::<(), RenderError>(())
        };
    match block {
        Block::Title(v) => simple(v, &style::get().title, Align::Center, true, out)?,
        Block::Subtitle(v) => simple(v, &style::get().subtitle, Align::Center, false, out)?,
        Block::Heading { level, content } => {
            let s = if *level <= 1 {
                &style::get().heading1
            } else {
                &style::get().heading2
            };
            simple(content, s, Align::Start, true, out)?
        }
        Block::Paragraph(p) => {
            let s = match p.style {
                crate::doc::ParagraphStyle::Body => &style::get().body,
                crate::doc::ParagraphStyle::Small => &style::get().small,
            };
            simple(&p.content, s, p.align, false, out)?
        }
        Block::List(items) => {
            let list = st.add(Role::L, Structure::ROOT);
            for item in items {
                let li = st.add(Role::LI, list);
                let tags = (
                    Tag::Node(st.add(Role::Lbl, li)),
                    Tag::Node(st.add(Role::LBody, li)),
                );
                list_item_units(ctx, item, &style::get().list_item, width, tags, out)?;
            }
        }
        Block::Table(t) => table_units(ctx, t, width, page_height, out, st)?,
        Block::Timeline(t) => {
            let (height, mut draws) = timeline::draw(ctx, t, width)?;
            let figure = st.add(Role::Figure, Structure::ROOT);
            st.nodes[figure].alt = Some(timeline_alt(t));
            draws.insert(0, Draw::Tag(Tag::Node(figure)));
            out.push(Unit {
                height,
                space_before: style::get().figure_space,
                draws,
                // The legend stays with its picture.
                break_after: t.caption.is_empty(),
                ..Unit::default()
            });
            if !t.caption.is_empty() {
                let caption = [Inline::plain(t.caption.clone())];
                let first = out.len();
                simple(&caption, &style::get().small, Align::Start, false, out)?;
                let p = st.add(Role::P, Structure::ROOT);
                tag_units(&mut out[first..], Tag::Node(p));
            }
        }
        Block::Images(images) => out.push(image_row(images, width, st)),
        Block::PageBreak => out.push(Unit {
            page_break: true,
            break_after: true,
            ..Unit::default()
        }),
    }
    Ok(())
}

/// Pictures side by side, centred, scaled down together if the row is
/// wider than the text.
fn image_row(images: &[crate::doc::Image], width: f32, st: &mut Structure) -> Unit {
    let gap = style::get().image_gap;
    let tall = style::get().logo_height;
    let natural: f32 = images.iter().map(|i| i.width_at(tall)).sum::<f32>()
        + gap * images.len().saturating_sub(1) as f32;
    let scale = if natural > width {
        width / natural
    } else {
        1.0
    };
    let height = tall * scale;
    let mut x = (width - natural * scale) / 2.0;
    let mut draws = Vec::new();
    for image in images {
        let w = image.width_at(tall) * scale;
        let figure = st.add(Role::Figure, Structure::ROOT);
        st.nodes[figure].alt = Some(image.alt.clone());
        draws.push(Draw::Tag(Tag::Node(figure)));
        draws.push(Draw::Image {
            x,
            y: 0.0,
            w,
            h: height,
            image: image.clone(),
        });
        x += w + gap * scale;
    }
    Unit {
        height: height + gap / 2.0,
        draws,
        break_after: false,
        ..Unit::default()
    }
}

/// A bullet drawn on the start side, hanging `indent` before the text.
fn bullet(
    ctx: &Ctx,
    style: &TextStyle,
    laid: &Laid,
    width: f32,
    indent: f32,
) -> Result<Draw, RenderError> {
    let b = layout(
        ctx,
        &ParaText::plain("•", false),
        style,
        indent,
        Align::Start,
    )?;
    let line = b.lines.first().map(|l| l.line.clone()).unwrap_or_default();
    let gap = (indent - line.width) / 2.0;
    let x = match ctx.dir {
        Direction::Ltr => gap,
        Direction::Rtl => width - gap - line.width,
    };
    Ok(Draw::Text {
        x,
        baseline: laid.baseline,
        colour: style.colour,
        line,
    })
}

/// `tags`: the item's label (the bullet) and body.
fn list_item_units(
    ctx: &Ctx,
    item: &[Inline],
    style: &TextStyle,
    width: f32,
    (label, body): (Tag, Tag),
    out: &mut Vec<Unit>,
) -> Result<(), RenderError> {
    let indent = style::get().list_indent;
    let para = ParaText::collect(item, style.bold);
    let laid = layout(ctx, &para, style, width - indent, Align::Start)?;
    let x = match ctx.dir {
        Direction::Ltr => indent,
        Direction::Rtl => 0.0,
    };
    let first = out.len();
    para_units(&laid, style, x, false, out);
    tag_units(&mut out[first..], body);
    // The bullet first: readers that follow the content stream read it
    // before the item.
    if let Some(u) = out.get_mut(first) {
        let b = bullet(ctx, style, &laid, width, indent)?;
        u.draws.splice(0..0, [Draw::Tag(label), b]);
    }
    Ok(())
}

/// Column edges (left x, width) in drawing order: the first column is the
/// leftmost in English and the rightmost in Arabic. Widths follow the
/// table's proportions, but a column too narrow for its longest word
/// (`mins`) is widened at the expense of those with room to spare.
fn columns(t: &Table, width: f32, dir: Direction, mins: &[f32]) -> Vec<(f32, f32)> {
    let n = t
        .header
        .len()
        .max(t.rows.iter().map(Vec::len).max().unwrap_or(0));
    let mut rel: Vec<f32> = (0..n)
        .map(|i| t.widths.get(i).copied().unwrap_or(1.0).max(0.0))
        .collect();
    if rel.iter().sum::<f32>() <= 0.0 {
        rel = vec![1.0; n];
    }
    let total: f32 = rel.iter().sum();
    let mut w: Vec<f32> = rel.iter().map(|r| r / total * width).collect();
    let min = |i: usize| mins.get(i).copied().unwrap_or(0.0);
    if (0..n).map(min).sum::<f32>() <= width {
        let deficit: f32 = (0..n).map(|i| (min(i) - w[i]).max(0.0)).sum();
        let slack: f32 = (0..n).map(|i| (w[i] - min(i)).max(0.0)).sum();
        if deficit > 0.0 && slack > 0.0 {
            for (i, wi) in w.iter_mut().enumerate() {
                let spare = (*wi - min(i)).max(0.0);
                *wi = if *wi < min(i) {
                    min(i)
                } else {
                    *wi - deficit * spare / slack
                };
            }
        }
    }
    let mut x = 0.0;
    w.into_iter()
        .map(|w| {
            let left = match dir {
                Direction::Ltr => x,
                Direction::Rtl => width - x - w,
            };
            x += w;
            (left, w)
        })
        .collect()
}

/// The context a cell is laid out in: a cell in its own direction as in a
/// document of it.
fn cell_ctx<'c>(ctx: &Ctx<'c>, cell: &Cell) -> Option<Ctx<'c>> {
    cell.direction.map(|dir| Ctx {
        fonts: ctx.fonts,
        lang: ctx.lang.clone(),
        dir,
    })
}

/// Per column, the width its longest word needs, padding included.
fn column_minimums(ctx: &Ctx, t: &Table) -> Result<Vec<f32>, RenderError> {
    let mut mins: Vec<f32> = Vec::new();
    let rows = std::iter::once((&t.header, true)).chain(t.rows.iter().map(|c| (c, false)));
    for (cells, header) in rows {
        let style = if header {
            &style::get().table_header
        } else {
            &style::get().table_cell
        };
        for (i, cell) in cells.iter().enumerate() {
            let own = cell_ctx(ctx, cell);
            let ctx = own.as_ref().unwrap_or(ctx);
            for p in &cell.paragraphs {
                let para = ParaText::collect(&p.content, style.bold);
                let indent = if p.bullet {
                    style::get().list_indent * 0.75
                } else {
                    0.0
                };
                let min = min_width(ctx, &para, style)?;
                let need = min + indent + 2.0 * style::get().cell_pad_x + 0.5;
                if mins.len() <= i {
                    mins.resize(i + 1, 0.0);
                }
                mins[i] = mins[i].max(need);
            }
        }
    }
    Ok(mins)
}

/// A laid-out table row before it is cut into units: its height, the
/// columns' fills, and each line of text with the band it occupies.
#[derive(Debug)]
struct RowLayout {
    height: f32,
    fills: Vec<(f32, f32, Rgb)>,
    /// (top, bottom, drawing, column) for every line of text and every bullet.
    texts: Vec<(f32, f32, Draw, usize)>,
    /// (bottom, column) of every paragraph of every cell.
    ends: Vec<(f32, usize)>,
    cols: Vec<(f32, f32)>,
    /// Each column's cell element.
    tags: Vec<Tag>,
}

/// `row`: the row's element, which gets a header or data cell per column.
fn row_layout(
    ctx: &Ctx,
    cells: &[Cell],
    cols: &[(f32, f32)],
    header: bool,
    st: &mut Structure,
    row: usize,
) -> Result<RowLayout, RenderError> {
    let role = if header { Role::TH } else { Role::TD };
    let tags = (0..cols.len())
        .map(|_| Tag::Node(st.add(role, row)))
        .collect();
    let style = if header {
        &style::get().table_header
    } else {
        &style::get().table_cell
    };
    let (px, py) = (style::get().cell_pad_x, style::get().cell_pad_y);
    let mut texts = Vec::new();
    let mut ends = Vec::new();
    let mut height: f32 = 0.0;
    for (i, &(left, w)) in cols.iter().enumerate() {
        let Some(cell) = cells.get(i) else { continue };
        let own = cell_ctx(ctx, cell);
        let ctx = own.as_ref().unwrap_or(ctx);
        let mut y = py;
        for (k, p) in cell.paragraphs.iter().enumerate() {
            if k > 0 {
                y += style.size * 0.3;
            }
            let para = ParaText::collect(&p.content, style.bold);
            let indent = if p.bullet {
                style::get().list_indent * 0.75
            } else {
                0.0
            };
            let inner = (w - 2.0 * px - indent).max(1.0);
            let laid = layout(ctx, &para, style, inner, Align::Start)?;
            let first_line = texts.len();
            let x0 = left
                + px
                + if ctx.dir == Direction::Ltr {
                    indent
                } else {
                    0.0
                };
            for (j, line) in laid.lines.iter().enumerate() {
                let top = y + j as f32 * laid.line_height;
                texts.push((
                    top,
                    top + laid.line_height,
                    Draw::Text {
                        x: x0 + line.x,
                        baseline: top + laid.baseline,
                        colour: style.colour,
                        line: line.line.clone(),
                    },
                    i,
                ));
            }
            if p.bullet {
                // Before the paragraph's lines, as in a list.
                let b = bullet(ctx, style, &laid, w - 2.0 * px, indent)?;
                texts.insert(
                    first_line,
                    (y, y + laid.line_height, b.shifted(left + px, y), i),
                );
            }
            y += laid.height();
            ends.push((y, i));
        }
        height = height.max(y + py);
    }
    let mut fills = Vec::new();
    for (i, &(left, w)) in cols.iter().enumerate() {
        let shaded = cells.get(i).is_some_and(|c| c.shaded);
        let fill = if header {
            Some(style::get().table_header_fill)
        } else if shaded {
            Some(style::get().table_shaded_fill)
        } else {
            None
        };
        if let Some(colour) = fill {
            fills.push((left, w, colour));
        }
    }
    Ok(RowLayout {
        height,
        fills,
        texts,
        ends,
        cols: cols.to_vec(),
        tags,
    })
}

/// The stretch `top..bottom` of a row as a unit: its fills, borders, and
/// the lines of text that start in it.
fn row_slice(r: &RowLayout, top: f32, bottom: f32) -> Unit {
    let height = bottom - top;
    let layout = Draw::Tag(Tag::Artifact(Artifact::Layout));
    let mut draws: Vec<Draw> = vec![layout.clone()];
    draws.extend(r.fills.iter().map(|&(x, w, colour)| Draw::Fill {
        x,
        y: 0.0,
        w,
        h: height,
        colour,
    }));
    let mut column = None;
    for (_, _, d, i) in r
        .texts
        .iter()
        .filter(|(t, _, _, _)| *t >= top - 0.01 && *t < bottom - 0.01)
    {
        if column != Some(*i) {
            if let Some(tag) = r.tags.get(*i) {
                draws.push(Draw::Tag(*tag));
            }
            column = Some(*i);
        }
        draws.push(d.shifted(0.0, -top));
    }
    draws.push(layout);
    let table_width: f32 = r.cols.iter().map(|c| c.1).sum();
    let line = |x1, y1, x2, y2| Draw::Stroke {
        x1,
        y1,
        x2,
        y2,
        colour: style::get().rule,
        width: style::get().rule_width,
    };
    draws.push(line(0.0, 0.0, table_width, 0.0));
    draws.push(line(0.0, height, table_width, height));
    // Each edge once: a column's right edge is the next one's left.
    let mut edges: Vec<f32> = r.cols.iter().flat_map(|&(l, w)| [l, l + w]).collect();
    edges.sort_by(f32::total_cmp);
    edges.dedup_by(|a, b| (*a - *b).abs() < 0.01);
    for x in edges {
        draws.push(line(x, 0.0, x, height));
    }
    Unit {
        height,
        draws,
        ..Unit::default()
    }
}

/// A row as units: one, or, for a row taller than `max`, slices cut
/// between lines of text so that each fits a page (the row continues on
/// the next page, under the repeated header). Each unit knows its row, so
/// that `fill_pages` may cut it again at a page's foot.
fn row_units(r: &Rc<RowLayout>, max: f32) -> Vec<Unit> {
    let stretch = |top: f32, bottom: f32| Unit {
        row: Some((r.clone(), top, bottom)),
        ..row_slice(r, top, bottom)
    };
    let mut out = Vec::new();
    let mut start = 0.0;
    while r.height - start > max {
        // A single line taller than a page: cut under it anyway.
        let cut = row_cut(r, start, start + max, false).unwrap_or(start + max);
        let mut u = stretch(start, cut);
        u.break_after = true;
        out.push(u);
        start = cut;
    }
    out.push(stretch(start, r.height));
    out
}

/// The lowest place in `r` between `top` and `limit` where a cut crosses
/// no line of text: the foot of one of its lines. With `whole`, also no
/// paragraph: every cell has ended there or is between two paragraphs, so
/// each paragraph is read on one page.
fn row_cut(r: &RowLayout, top: f32, limit: f32, whole: bool) -> Option<f32> {
    let straddles = |y: f32| {
        r.texts
            .iter()
            .any(|(t, b, _, _)| *t < y - 0.01 && *b > y + 0.01)
    };
    let between_paragraphs = |y: f32| {
        (0..r.cols.len()).all(|c| {
            let last = r
                .ends
                .iter()
                .filter(|e| e.1 == c)
                .map(|e| e.0)
                .fold(0.0, f32::max);
            last <= y + 0.01 || r.ends.iter().any(|e| e.1 == c && (e.0 - y).abs() < 0.01)
        })
    };
    r.texts
        .iter()
        .map(|(_, b, _, _)| *b)
        .filter(|&y| y > top + 1.0 && y <= limit && !straddles(y))
        .filter(|&y| !whole || between_paragraphs(y))
        .max_by(f32::total_cmp)
}

/// The least of a cut row on either side of the cut: two lines of its text
/// (as a paragraph's widows and orphans).
fn row_part_min() -> f32 {
    let cell = &style::get().table_cell;
    2.0 * cell.size * cell.leading
}

/// Where to cut the row stretch `u` so that its top part fits in `room`
/// on a page whose frame is `page` high (its two parts, or `None` if it
/// should move on whole). Only a tall stretch is cut (a quarter of a page:
/// a session with its panel, not a change-over), and `row_part_min` of it
/// stays on each side.
fn split_row(u: &Unit, room: f32, page: f32) -> Option<(Unit, Unit)> {
    let (row, top, bottom) = u.row.as_ref()?;
    let (top, bottom) = (*top, *bottom);
    if bottom - top < page / 4.0 {
        return None;
    }
    let cut = row_cut(row, top, top + room, true)?;
    let min = row_part_min();
    if cut - top < min || bottom - cut < min {
        return None;
    }
    let part = |a: f32, b: f32| Unit {
        header: u.header.clone(),
        row: Some((row.clone(), a, b)),
        ..row_slice(row, a, b)
    };
    let head = Unit {
        space_before: u.space_before,
        break_after: true,
        ..part(top, cut)
    };
    let rest = Unit {
        break_after: u.break_after,
        ..part(cut, bottom)
    };
    Some((head, rest))
}

fn row_unit(
    ctx: &Ctx,
    cells: &[Cell],
    cols: &[(f32, f32)],
    header: bool,
    st: &mut Structure,
    row: usize,
) -> Result<Unit, RenderError> {
    let r = row_layout(ctx, cells, cols, header, st, row)?;
    Ok(row_slice(&r, 0.0, r.height))
}

/// A table's units; `page_height` is the height of a page's frame, which a
/// row taller than it (a very long description) is cut to fit.
fn table_units(
    ctx: &Ctx,
    t: &Table,
    width: f32,
    page_height: f32,
    out: &mut Vec<Unit>,
    st: &mut Structure,
) -> Result<(), RenderError> {
    let mins = column_minimums(ctx, t)?;
    let cols = columns(t, width, ctx.dir, &mins);
    let table = st.add(Role::Table, Structure::ROOT);
    let header = if t.header.is_empty() {
        None
    } else {
        let row = st.add(Role::TR, table);
        let mut h = row_unit(ctx, &t.header, &cols, true, st, row)?;
        h.break_after = false;
        let mut first = h.clone();
        first.space_before = style::get().figure_space;
        out.push(first);
        // What later pages repeat: the same drawings as artifacts.
        Some(Rc::new(repeated(&h)))
    };
    let n = t.rows.len();
    let room = page_height - header.as_ref().map_or(0.0, |h| h.height) - 1.0;
    for (i, row) in t.rows.iter().enumerate() {
        let tr = st.add(Role::TR, table);
        let layout = Rc::new(row_layout(ctx, row, &cols, false, st, tr)?);
        let mut slices = row_units(&layout, room);
        let last = slices.len() - 1;
        for (k, u) in slices.iter_mut().enumerate() {
            // Never one row alone at the foot of a page (after the header)
            // or at the top of the next: the first two and the last two
            // rows stay together (a row cut across pages may break between
            // its slices).
            if k == last {
                u.break_after = n < 3 || (i != 0 && i != n - 2);
            }
            u.header = header.clone();
            if i == 0 && k == 0 && header.is_none() {
                u.space_before = style::get().figure_space;
            }
        }
        out.extend(slices);
    }
    // Leave a little air below a table.
    if let Some(last) = out.last_mut() {
        last.height += style::get().figure_space * 0.5;
    }
    Ok(())
}

/// Fills pages greedily; when a unit does not fit, a tall table row is cut
/// at the page's foot (its rest goes on under the repeated header), or else
/// the page ends at the last unit after which a break is allowed, and the
/// rest moves on.
fn fill_pages(units: &[Unit], frame: &Frame) -> Vec<PageOut> {
    // Units are borrowed until their page is flushed: each is copied once,
    // shifted into place (cloning them here too doubled a long table's cost).
    // Only the two parts of a row cut at a page's foot are new.
    enum Held<'u> {
        Borrowed(&'u Unit),
        Header(Rc<Unit>),
        Part(Unit),
    }
    impl std::ops::Deref for Held<'_> {
        type Target = Unit;
        fn deref(&self) -> &Unit {
            match self {
                Held::Borrowed(u) => u,
                Held::Header(u) => u,
                Held::Part(u) => u,
            }
        }
    }
    struct Placed<'u> {
        /// Index in `units`, or None for a repeated table header.
        index: Option<usize>,
        unit: Held<'u>,
        y: f32,
    }
    let mut pages = Vec::new();
    let mut placed: Vec<Placed> = Vec::new();
    let mut y = frame.top;
    let flush = |placed: &mut Vec<Placed>, pages: &mut Vec<PageOut>| {
        let draws = placed
            .drain(..)
            .flat_map(|p| {
                let dy = p.y;
                p.unit
                    .draws
                    .iter()
                    .map(move |d| d.shifted(frame.left, dy))
                    .collect::<Vec<_>>()
            })
            .collect();
        pages.push(PageOut { draws });
    };
    // The rest of unit `i` after a cut at the last page's foot.
    let mut rest: Option<Unit> = None;
    let mut i = 0;
    while i < units.len() {
        let u = match rest.take() {
            Some(r) => Held::Part(r),
            None => Held::Borrowed(&units[i]),
        };
        if u.page_break {
            flush(&mut placed, &mut pages);
            y = frame.top;
            i += 1;
            continue;
        }
        if placed.is_empty() {
            // A table continuing on a new page starts with its header again.
            if let Some(h) = &u.header {
                placed.push(Placed {
                    index: None,
                    unit: Held::Header(h.clone()),
                    y,
                });
                y += h.height;
            }
        }
        let space = if placed.is_empty() {
            0.0
        } else {
            u.space_before
        };
        // A row whose text fits may reach into the margin by its padding.
        let slack = if u.row.is_some() {
            style::get().cell_pad_y
        } else {
            0.0
        };
        let fits = y + space + u.height <= frame.bottom + 0.01 + slack;
        let only_header = placed.iter().all(|p| p.index.is_none());
        if fits || only_header {
            let height = u.height;
            placed.push(Placed {
                index: Some(i),
                unit: u,
                y: y + space,
            });
            y += space + height;
            i += 1;
            continue;
        }
        let room = frame.bottom + 0.01 - y - space;
        if let Some((head, tail)) = split_row(&u, room, frame.bottom - frame.top) {
            placed.push(Placed {
                index: Some(i),
                unit: Held::Part(head),
                y: y + space,
            });
            flush(&mut placed, &mut pages);
            y = frame.top;
            rest = Some(tail);
            continue;
        }
        // Find the last allowed break on this page; move what follows it.
        let cut = placed
            .iter()
            .rposition(|p| p.index.is_some() && p.unit.break_after);
        match cut {
            Some(k) if k + 1 < placed.len() => {
                i = placed[k + 1].index.unwrap_or(i);
                placed.truncate(k + 1);
            }
            // A rest always starts its page, after the header alone, so
            // it is never moved back; kept, it goes on the next page.
            _ => {
                if let Held::Part(r) = u {
                    rest = Some(r);
                }
            }
        }
        // No allowed break at all: end the page here anyway.
        flush(&mut placed, &mut pages);
        y = frame.top;
    }
    if !placed.is_empty() || pages.is_empty() {
        flush(&mut placed, &mut pages);
    }
    pages
}

/// A table's header row drawn again on a new page: the same drawings, as
/// an artifact (the structure has the row once).
fn repeated(header: &Unit) -> Unit {
    let mut u = header.clone();
    for d in &mut u.draws {
        if let Draw::Tag(t) = d {
            *t = Tag::Artifact(Artifact::Repeated);
        }
    }
    u
}

/// Header (from the second page on) and footer of page `n` of `count`.
fn furniture(
    ctx: &Ctx,
    doc: &Document,
    frame: &Frame,
    n: usize,
    count: usize,
    page: &mut PageOut,
) -> Result<(), RenderError> {
    if (n > 1 || style::get().header_on_first_page) && !doc.header.is_empty() {
        let s = &style::get().page_header;
        let laid = layout(
            ctx,
            &ParaText::plain(&doc.header, false),
            s,
            frame.width,
            Align::Start,
        )?;
        // A long header wraps (never cut), as long as it stays above the
        // text.
        let top = style::get().header_from_edge - laid.baseline;
        page.draws.push(Draw::Tag(Tag::Artifact(Artifact::Header)));
        for (j, line) in laid.lines.iter().enumerate() {
            page.draws.push(Draw::Text {
                x: frame.left + line.x,
                baseline: style::get().header_from_edge + j as f32 * laid.line_height,
                colour: s.colour,
                line: line.line.clone(),
            });
        }
        let rule_y = top + laid.height() + 1.0;
        if rule_y > frame.top - 2.0 {
            return Err(RenderError {
                message: format!(
                    "the running header \"{}\" takes {} lines, more than the page's top margin holds",
                    doc.header,
                    laid.lines.len()
                ),
                help: Some("shorten the message event-short-title".into()),
            });
        }
        page.draws.push(Draw::Stroke {
            x1: frame.left,
            y1: rule_y,
            x2: frame.left + frame.width,
            y2: rule_y,
            colour: style::get().rule,
            width: style::get().rule_width,
        });
    }
    if !doc.footer.is_empty() {
        let text: String = doc
            .footer
            .iter()
            .map(|p| match p {
                FooterPart::Text(t) => t.clone(),
                FooterPart::PageNumber => doc.digits.format(n),
                FooterPart::PageCount => doc.digits.format(count),
            })
            .collect();
        let s = &style::get().page_footer;
        let laid = layout(
            ctx,
            &ParaText::plain(&text, false),
            s,
            frame.width,
            Align::Center,
        )?;
        if let Some(line) = laid.lines.first() {
            page.draws.push(Draw::Tag(Tag::Artifact(Artifact::Footer)));
            page.draws.push(Draw::Text {
                x: frame.left + line.x,
                baseline: doc.page.height - style::get().footer_from_edge,
                colour: s.colour,
                line: line.line.clone(),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{CellParagraph, Page, Paragraph};
    use crate::render::pdf::fonts::FontSet;
    use crate::render::pdf::paragraph::test_ctx;

    pub(crate) fn doc_with(blocks: Vec<Block>, dir: Direction) -> Document {
        Document {
            lang: if dir == Direction::Rtl {
                "ar".into()
            } else {
                "en".into()
            },
            direction: dir,
            digits: Default::default(),
            title: "T".into(),
            header: "Header".into(),
            footer: vec![
                FooterPart::Text("Page ".into()),
                FooterPart::PageNumber,
                FooterPart::Text(" of ".into()),
                FooterPart::PageCount,
            ],
            page: Page::a4(),
            blocks,
        }
    }

    fn texts(page: &PageOut) -> Vec<(f32, f32, usize)> {
        page.draws
            .iter()
            .filter_map(|d| match d {
                Draw::Text {
                    x, baseline, line, ..
                } => Some((
                    *x,
                    *baseline,
                    line.pieces.iter().map(|p| p.glyphs.len()).sum(),
                )),
                _ => None,
            })
            .collect()
    }

    fn pages_of(doc: &Document) -> Vec<PageOut> {
        let set = FontSet::bundled();
        let fonts = set.load().unwrap();
        let ctx = Ctx {
            fonts: &fonts,
            lang: doc.lang.clone(),
            dir: doc.direction,
        };
        paginate(&ctx, doc).unwrap().0
    }

    fn row(cells: &[&str]) -> Vec<Cell> {
        cells
            .iter()
            .map(|c| Cell::text(vec![Inline::plain(*c)]))
            .collect()
    }

    #[test]
    fn no_table_row_alone_at_a_page_foot_or_top() {
        let ctx = test_ctx("en", Direction::Ltr);
        let mut units = Vec::new();
        table_units(
            &ctx,
            &big_table(5),
            400.0,
            1000.0,
            &mut units,
            &mut Structure::default(),
        )
        .unwrap();
        // Header, then five rows: breaks only after rows 2, 3 and 5.
        let breaks: Vec<bool> = units.iter().map(|u| u.break_after).collect();
        assert_eq!(breaks, [false, false, true, true, false, true]);
        let mut two = Vec::new();
        table_units(
            &ctx,
            &big_table(2),
            400.0,
            1000.0,
            &mut two,
            &mut Structure::default(),
        )
        .unwrap();
        assert!(two[1].break_after, "a two-row table may still split");
    }

    fn big_table(rows: usize) -> Table {
        Table {
            widths: vec![1.0, 3.0],
            header: row(&["Time", "Item"]),
            rows: (0..rows)
                .map(|i| {
                    row(&[
                        &format!("{:02}:00", i % 24),
                        &format!("Agenda item number {i}"),
                    ])
                })
                .collect(),
        }
    }

    #[test]
    fn long_table_repeats_its_header_on_every_page() {
        let doc = doc_with(vec![Block::Table(big_table(80))], Direction::Ltr);
        let pages = pages_of(&doc);
        assert!(pages.len() >= 2, "80 rows should not fit one page");
        let frame = Frame::of(&doc);
        for (n, page) in pages.iter().enumerate() {
            // The header row's shading is the first fill at the top of the frame.
            let top_fill = page.draws.iter().find_map(|d| match d {
                Draw::Fill { y, colour, .. } => Some((*y, *colour)),
                _ => None,
            });
            let (y, colour) = top_fill.unwrap_or_else(|| panic!("page {n} has no header row"));
            assert_eq!(colour, style::get().table_header_fill, "page {}", n + 1);
            assert!((y - frame.top).abs() < 0.5, "page {} header at {y}", n + 1);
            // Nothing runs into the bottom margin.
            for (_, baseline, _) in texts(page) {
                assert!(baseline <= frame.bottom || baseline > doc.page.height - 40.0);
            }
        }
    }

    #[test]
    fn rtl_table_puts_the_first_column_on_the_right() {
        let t = big_table(1);
        let cols = columns(&t, 400.0, Direction::Rtl, &[]);
        assert!((cols[0].0 + cols[0].1 - 400.0).abs() < 0.01);
        assert!(cols[1].0.abs() < 0.01);
        let cols = columns(&t, 400.0, Direction::Ltr, &[]);
        assert_eq!(cols[0].0, 0.0);
    }

    #[test]
    fn narrow_column_is_widened_for_its_longest_word() {
        let t = Table {
            widths: vec![1.0, 1.0, 8.0],
            header: row(&["Time", "On microphone", "Item"]),
            rows: vec![row(&["14:30", "EN 1", "Opening remarks"])],
        };
        let ctx = test_ctx("en", Direction::Ltr);
        let mins = column_minimums(&ctx, &t).unwrap();
        let plain = columns(&t, 400.0, Direction::Ltr, &[]);
        assert!(
            plain[1].1 < mins[1],
            "the test needs a column too narrow for \"microphone\""
        );
        let cols = columns(&t, 400.0, Direction::Ltr, &mins);
        assert!(cols[1].1 >= mins[1] - 0.01);
        assert!(cols[0].1 >= mins[0] - 0.01);
        let total: f32 = cols.iter().map(|c| c.1).sum();
        assert!((total - 400.0).abs() < 0.01);
        assert!(cols[2].1 < plain[2].1, "the wide column gave way");
    }

    #[test]
    fn heading_is_kept_with_the_next_paragraph() {
        let filler = "Lorem ipsum dolor sit amet consectetur. ".repeat(6);
        let mut blocks = Vec::new();
        // Fill most of a page with paragraphs, then a heading near the bottom.
        for _ in 0..9 {
            blocks.push(Block::Paragraph(Paragraph::new(vec![Inline::plain(
                &filler,
            )])));
        }
        for k in 0..6 {
            let mut b = blocks.clone();
            for _ in 0..k {
                b.push(Block::Paragraph(Paragraph::new(vec![Inline::plain(
                    "One line.",
                )])));
            }
            b.push(Block::Heading {
                level: 1,
                content: vec![Inline::plain("Heading")],
            });
            b.push(Block::Paragraph(Paragraph::new(vec![Inline::plain(
                &filler,
            )])));
            let doc = doc_with(b, Direction::Ltr);
            let pages = pages_of(&doc);
            for page in &pages {
                // The heading (7 glyphs, larger) is never the last text before the footer.
                let t = texts(page);
                let body: Vec<_> = t
                    .iter()
                    .filter(|(_, b, _)| *b < Frame::of(&doc).bottom)
                    .collect();
                if let Some(last) = body.last() {
                    assert_ne!(last.2, 7, "heading left alone at a page bottom (k={k})");
                }
            }
        }
    }

    #[test]
    fn a_table_keeps_its_introduction() {
        // However far down the page the introduction falls, the table does
        // not start overleaf without it: some text of the frame stands
        // above the table's first header row on its page.
        let mut moved = 0;
        for k in 30..70 {
            let mut blocks: Vec<Block> = (0..k)
                .map(|_| Block::Paragraph(Paragraph::new(vec![Inline::plain("Short.")])))
                .collect();
            blocks.push(Block::Paragraph(Paragraph::new(vec![Inline::plain(
                "The table below lists every item.",
            )])));
            blocks.push(Block::Table(big_table(4)));
            let doc = doc_with(blocks, Direction::Ltr);
            let frame = Frame::of(&doc);
            let pages = pages_of(&doc);
            let (n, fill_y) = pages
                .iter()
                .enumerate()
                .find_map(|(n, p)| {
                    p.draws.iter().find_map(|d| match d {
                        Draw::Fill { y, colour, .. }
                            if *colour == style::get().table_header_fill =>
                        {
                            Some((n, *y))
                        }
                        _ => None,
                    })
                })
                .expect("a header row");
            let above = texts(&pages[n])
                .iter()
                .filter(|t| t.1 > frame.top && t.1 < fill_y)
                .count();
            assert!(above > 0, "k={k}: the table starts page {} alone", n + 1);
            moved += usize::from(n > 0 && above <= 2);
        }
        // Some k put the introduction on the page before; it moved over.
        assert!(moved > 0);
    }

    #[test]
    fn no_orphan_or_widow_lines() {
        let filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(12);
        for k in 0..12 {
            let mut blocks = vec![];
            for _ in 0..k {
                blocks.push(Block::Paragraph(Paragraph::new(vec![Inline::plain(
                    "Short.",
                )])));
            }
            for _ in 0..6 {
                blocks.push(Block::Paragraph(Paragraph::new(vec![Inline::plain(
                    &filler,
                )])));
            }
            let doc = doc_with(blocks, Direction::Ltr);
            let ctx = test_ctx("en", Direction::Ltr);
            let frame = Frame::of(&doc);
            let mut units = Vec::new();
            for b in &doc.blocks {
                block_units(
                    &ctx,
                    b,
                    frame.width,
                    frame.bottom - frame.top,
                    &mut units,
                    &mut Structure::default(),
                )
                .unwrap();
            }
            let pages = fill_pages(&units, &frame);
            // Every page ends at a unit that allows a break.
            let mut seen = 0;
            for page in &pages[..pages.len() - 1] {
                // One drawing per unit, after its tag.
                seen += page
                    .draws
                    .iter()
                    .filter(|d| !matches!(d, Draw::Tag(_)))
                    .count();
                assert!(
                    units[seen - 1].break_after,
                    "page ends inside a keep (k={k})"
                );
            }
        }
    }

    #[test]
    fn a_row_taller_than_a_page_is_cut_between_lines() {
        let ctx = test_ctx("en", Direction::Ltr);
        let words: Vec<String> = (0..600).map(|i| format!("word{i}")).collect();
        let t = Table {
            widths: vec![1.0],
            header: vec![Cell::text(vec![Inline::plain("Head")])],
            rows: vec![vec![Cell::text(vec![Inline::plain(words.join(" "))])]],
        };
        let mut units = Vec::new();
        table_units(
            &ctx,
            &t,
            300.0,
            200.0,
            &mut units,
            &mut Structure::default(),
        )
        .unwrap();
        assert!(units.len() > 3, "the row is cut: {} units", units.len());
        // Header first; every slice fits under it; every line once.
        let header = units[0].height;
        let lines: usize = units[1..]
            .iter()
            .map(|u| {
                assert!(u.height <= 200.0 - header + 0.5, "{}", u.height);
                u.draws
                    .iter()
                    .filter(|d| matches!(d, Draw::Text { .. }))
                    .count()
            })
            .sum();
        let one = {
            let mut v = Vec::new();
            table_units(&ctx, &t, 300.0, 1.0e6, &mut v, &mut Structure::default()).unwrap();
            v[1].draws
                .iter()
                .filter(|d| matches!(d, Draw::Text { .. }))
                .count()
        };
        assert_eq!(lines, one);
        // The slices repeat the table header on each new page.
        assert!(units[1..].iter().all(|u| u.header.is_some()));
    }

    /// Text lines drawn on each page, in order.
    fn page_lines(pages: &[PageOut]) -> Vec<usize> {
        pages
            .iter()
            .map(|p| {
                p.draws
                    .iter()
                    .filter(|d| matches!(d, Draw::Text { .. }))
                    .count()
            })
            .collect()
    }

    #[test]
    fn a_tall_row_is_cut_at_a_page_foot_and_a_short_one_moves_whole() {
        let ctx = test_ctx("en", Direction::Ltr);
        let frame = Frame {
            left: 0.0,
            top: 0.0,
            width: 300.0,
            bottom: 400.0,
        };
        let words = |n: usize| {
            (0..n)
                .map(|i| format!("word{i}"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        // A row of `n` words, in paragraphs of at most 15 (a cut falls
        // between two paragraphs only).
        let cell = |n: usize| Cell {
            paragraphs: (0..n.div_ceil(15))
                .map(|k| CellParagraph {
                    content: vec![Inline::plain(words(n.min(15 * (k + 1)) - 15 * k))],
                    bullet: true,
                })
                .collect(),
            ..Cell::default()
        };
        let table = |rows: &[usize]| Table {
            widths: vec![1.0],
            header: vec![Cell::text(vec![Inline::plain("Head")])],
            rows: rows.iter().map(|&n| vec![cell(n)]).collect(),
        };
        let paginate = |t: &Table| {
            let mut units = Vec::new();
            table_units(&ctx, t, 300.0, 400.0, &mut units, &mut Structure::default()).unwrap();
            (units.len(), fill_pages(&units, &frame))
        };
        // A row's lines (without the header's one).
        let lines_of = |n: usize| page_lines(&paginate(&table(&[n])).1)[0] - 1;
        // Six short rows fill most of the first page; then a row of some 30
        // lines, which fits on a page of its own.
        let (short, tall) = (3, 150);
        let (units, pages) = paginate(&table(&[short, short, short, short, short, short, tall]));
        assert_eq!(units, 8, "the tall row is one unit before filling");
        let per_page = page_lines(&pages);
        // Every line once, and the header on both pages.
        let all = 6 * lines_of(short) + lines_of(tall) + 2;
        assert_eq!(per_page.iter().sum::<usize>(), all, "{per_page:?}");
        assert_eq!(pages.len(), 2);
        // The first page holds the six short rows and the tall row's first
        // lines; the second starts with the header again.
        assert!(per_page[0] > 1 + 6 * lines_of(short) + 2, "{per_page:?}");
        let head = |p: &PageOut| {
            p.draws.iter().find_map(|d| match d {
                Draw::Text { line, .. } => {
                    Some(line.pieces.iter().map(|p| p.clusters.len()).sum::<usize>())
                }
                _ => None,
            })
        };
        assert_eq!(head(&pages[1]), head(&pages[0]), "no header on page 2");
        // A row of a few lines never splits: it moves on whole.
        let mut rows = vec![short; 6];
        rows.push(6 * short);
        let many = rows.len();
        let (_, pages) = paginate(&table(&rows));
        let per_page = page_lines(&pages);
        let first: usize = 1 + rows[..many - 1].iter().map(|&n| lines_of(n)).sum::<usize>();
        assert!(
            per_page[0] == first || per_page[0] == first + lines_of(6 * short),
            "a short row was cut: {per_page:?}"
        );
    }

    #[test]
    fn cells_wrap_and_bullets_sit_on_the_start_side() {
        let cell = Cell {
            paragraphs: vec![CellParagraph {
                content: vec![Inline::plain(
                    "a long cell text that has to wrap over several lines",
                )],
                bullet: true,
            }],
            shaded: true,
            ..Cell::default()
        };
        let t = Table {
            widths: vec![1.0],
            header: vec![],
            rows: vec![vec![cell]],
        };
        let set = FontSet::bundled();
        let fonts = set.load().unwrap();
        for dir in [Direction::Ltr, Direction::Rtl] {
            let ctx = Ctx {
                fonts: &fonts,
                lang: "en".into(),
                dir,
            };
            let (units, text) = cell_texts(&ctx, &t);
            assert!(text.len() >= 4, "wrapped lines plus a bullet: {text:?}");
            bullet_on_start_side(&text, dir);
            assert!(units[0].draws.iter().any(
                |d| matches!(d, Draw::Fill { colour, .. } if *colour == style::get().table_shaded_fill)
            ));
        }
    }

    #[test]
    fn a_cell_in_its_own_direction_is_laid_out_in_it() {
        let set = FontSet::bundled();
        let fonts = set.load().unwrap();
        // (document direction, cell direction): the bullet sits on the
        // cell's start side, whatever the document's.
        for (doc_dir, cell_dir) in [
            (Direction::Rtl, Direction::Ltr),
            (Direction::Ltr, Direction::Rtl),
        ] {
            let t = Table {
                widths: vec![1.0],
                header: vec![],
                rows: vec![vec![Cell {
                    paragraphs: vec![CellParagraph {
                        content: vec![Inline::plain(
                            "a long cell text that has to wrap over lines",
                        )],
                        bullet: true,
                    }],
                    direction: Some(cell_dir),
                    ..Cell::default()
                }]],
            };
            let ctx = Ctx {
                fonts: &fonts,
                lang: "en".into(),
                dir: doc_dir,
            };
            let (_, text) = cell_texts(&ctx, &t);
            bullet_on_start_side(&text, cell_dir);
        }
    }

    /// A one-row table's units and its text lines as (x, width).
    fn cell_texts(ctx: &Ctx, t: &Table) -> (Vec<Unit>, Vec<(f32, f32)>) {
        let mut units = Vec::new();
        table_units(ctx, t, 120.0, 1000.0, &mut units, &mut Structure::default()).unwrap();
        let text = units[0]
            .draws
            .iter()
            .filter_map(|d| match d {
                Draw::Text { x, line, .. } => Some((*x, line.width)),
                _ => None,
            })
            .collect();
        (units, text)
    }

    /// The bullet comes first (reading order), on the start side of the
    /// lines after it.
    fn bullet_on_start_side(text: &[(f32, f32)], dir: Direction) {
        let bullet = text.first().unwrap();
        let lines = &text[1..];
        match dir {
            Direction::Ltr => {
                assert!(lines.iter().all(|l| bullet.0 + bullet.1 <= l.0), "{text:?}")
            }
            Direction::Rtl => assert!(
                lines.iter().all(|l| l.0 + l.1 <= bullet.0 + 0.01),
                "{text:?}"
            ),
        }
    }
}

//! A booth rota as vector shapes: lane labels, a time axis with ticks, and
//! coloured bars; the axis runs right to left in right-to-left documents.

use super::bidi::ParaText;
use super::paginate::Draw;
use super::paragraph::{layout, measure, Ctx};
use crate::doc::{Align, Direction, Timeline};
use crate::render::style::{self, TextStyle};
use crate::render::RenderError;

/// Draws `t` in a box `width` wide; returns its height and the shapes.
pub(crate) fn draw(ctx: &Ctx, t: &Timeline, width: f32) -> Result<(f32, Vec<Draw>), RenderError> {
    let lane_style = &style::get().timeline_lane;
    let mut label_w: f32 = 0.0;
    for lane in &t.lanes {
        label_w = label_w.max(measure(ctx, &lane.label, lane_style)?);
    }
    let gap = 8.0;
    let label_col = (label_w + gap).min(width * 0.3);
    let axis_w = width - label_col;
    // Where the axis starts and which way time runs.
    let rtl = ctx.dir == Direction::Rtl;
    let span = (t.end.max(t.start + 1) - t.start) as f32;
    let x_of = |minute: u32| -> f32 {
        let f = (minute.clamp(t.start, t.end.max(t.start)) - t.start) as f32 / span;
        if rtl {
            axis_w * (1.0 - f)
        } else {
            label_col + axis_w * f
        }
    };
    let label_x = if rtl { axis_w + gap } else { 0.0 };
    let lanes_top = style::get().axis_height;
    let lanes_bottom = lanes_top + t.lanes.len() as f32 * style::get().lane_height;
    // Band labels ("Break") sit in a row under the lanes.
    let band_row = if t.bands.is_empty() {
        0.0
    } else {
        style::get().timeline_tick.size * 1.6
    };
    let height = lanes_bottom + band_row + 4.0;

    let mut draws = Vec::new();
    let grid = |x1, y1, x2, y2| Draw::Stroke {
        x1,
        y1,
        x2,
        y2,
        colour: style::get().timeline_grid,
        width: 0.5,
    };
    // The reader's lane, then breaks across every lane, under everything else.
    for (i, lane) in t.lanes.iter().enumerate() {
        if lane.highlight {
            draws.push(Draw::Fill {
                x: 0.0,
                y: lanes_top + i as f32 * style::get().lane_height,
                w: width,
                h: style::get().lane_height,
                colour: style::get().timeline_highlight,
            });
        }
    }
    let tick_style = &style::get().timeline_tick;
    for band in &t.bands {
        let (a, b) = (x_of(band.start), x_of(band.end));
        let (left, w) = (a.min(b), (a - b).abs());
        draws.push(Draw::Fill {
            x: left,
            y: lanes_top,
            w,
            h: lanes_bottom - lanes_top,
            colour: style::get().table_shaded_fill,
        });
        let lw = measure(ctx, &band.label, tick_style)?;
        let lx = (left + (w - lw) / 2.0).clamp(0.0, (width - lw).max(0.0));
        draws.extend(text_at(
            ctx,
            &band.label,
            tick_style,
            lx,
            lw + 1.0,
            lanes_bottom + tick_style.size * 1.2,
        )?);
    }
    // Lane separators, then tick lines and labels.
    for i in 0..=t.lanes.len() {
        let y = lanes_top + i as f32 * style::get().lane_height;
        draws.push(grid(0.0, y, width, y));
    }
    for (minute, label) in &t.ticks {
        let x = x_of(*minute);
        draws.push(grid(x, lanes_top - 3.0, x, lanes_bottom));
        let w = measure(ctx, label, tick_style)?;
        // Keep the end labels inside the box.
        let left = (x - w / 2.0).clamp(0.0, (width - w).max(0.0));
        draws.extend(text_at(ctx, label, tick_style, left, w, lanes_top - 5.0)?);
    }
    for (i, lane) in t.lanes.iter().enumerate() {
        let top = lanes_top + i as f32 * style::get().lane_height;
        let mid = top + style::get().lane_height / 2.0;
        let baseline = mid + lane_style.size * 0.35;
        draws.extend(text_at(
            ctx,
            &lane.label,
            lane_style,
            label_x,
            label_col - gap,
            baseline,
        )?);
        for bar in &lane.bars {
            let (a, b) = (x_of(bar.start), x_of(bar.end));
            let (left, w) = (a.min(b), (a - b).abs());
            let colour = style::get().palette[bar.colour % style::get().palette.len()];
            let bar_top = top + style::get().bar_inset;
            let bar_h = style::get().lane_height - 2.0 * style::get().bar_inset;
            draws.push(Draw::Fill {
                x: left,
                y: bar_top,
                w,
                h: bar_h,
                colour,
            });
            if bar.label.is_empty() {
                continue;
            }
            // One size for every bar: the name, its first word or its
            // initials, whichever fits inside the bar first, else no label.
            // A shrunk or overflowing label ran into its neighbours and
            // into the lane label.
            let s = &style::get().timeline_bar;
            let Some((label, lw)) = fitting_label(ctx, &bar.label, s, w - 4.0)? else {
                continue;
            };
            let lx = left + (w - lw) / 2.0;
            draws.extend(text_at(ctx, &label, s, lx, lw + 1.0, mid + s.size * 0.35)?);
        }
    }
    Ok((height, draws))
}

/// The first of `label`, its first word and its initials ("KB", for a
/// name of several words in a script with capitals) that is at most
/// `room` wide, with its width.
fn fitting_label(
    ctx: &Ctx,
    label: &str,
    s: &TextStyle,
    room: f32,
) -> Result<Option<(String, f32)>, RenderError> {
    // A name typed in the event comes isolated inside a right-to-left
    // document; alone in its bar it needs no isolation, and its words are
    // taken without the marks.
    let bare: String = label
        .chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect();
    let label = bare.as_str();
    let words: Vec<&str> = label.split_whitespace().collect();
    let initials: String =
        if words.len() > 1 && words.iter().all(|w| w.starts_with(char::is_uppercase)) {
            words.iter().filter_map(|w| w.chars().next()).collect()
        } else {
            String::new()
        };
    let first_word = if words.len() > 1 { words[0] } else { "" };
    for candidate in [label, first_word, initials.as_str()] {
        if candidate.is_empty() {
            continue;
        }
        let w = measure(ctx, candidate, s)?;
        if w <= room {
            return Ok(Some((candidate.to_string(), w)));
        }
    }
    Ok(None)
}

/// One line of text in a box starting at `x`, `w` wide (start-aligned).
fn text_at(
    ctx: &Ctx,
    text: &str,
    s: &TextStyle,
    x: f32,
    w: f32,
    baseline: f32,
) -> Result<Option<Draw>, RenderError> {
    let laid = layout(
        ctx,
        &ParaText::plain(text, s.bold),
        s,
        f32::MAX / 4.0,
        Align::Start,
    )?;
    Ok(laid.lines.first().map(|l| {
        // Measured unbounded, so align to the start of the given box here.
        let x = if ctx.dir == Direction::Rtl {
            x + w - l.line.width
        } else {
            x
        };
        Draw::Text {
            x,
            baseline,
            colour: s.colour,
            line: l.line.clone(),
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{Bar, Lane};
    use crate::render::pdf::paragraph::test_ctx;

    fn timeline() -> Timeline {
        Timeline {
            bands: vec![],
            caption: String::new(),
            start: 14 * 60 + 30,
            end: 17 * 60 + 30,
            ticks: vec![
                (870, "14:30".into()),
                (960, "16:00".into()),
                (1050, "17:30".into()),
            ],
            lanes: vec![Lane {
                highlight: false,
                label: "Arabic booth".into(),
                bars: vec![Bar {
                    start: 870,
                    end: 900,
                    time: "14:30–15:00".into(),
                    label: "Amal".into(),
                    colour: 0,
                }],
            }],
        }
    }

    fn bar_x(dir: Direction) -> (f32, f32) {
        let ctx = test_ctx("en", dir);
        let (h, draws) = draw(&ctx, &timeline(), 400.0).unwrap();
        assert!(h > style::get().lane_height);
        let fill = draws
            .iter()
            .find_map(|d| match d {
                Draw::Fill { x, w, .. } => Some((*x, *w)),
                _ => None,
            })
            .unwrap();
        // Three tick labels, one lane label, one bar label.
        assert_eq!(
            draws
                .iter()
                .filter(|d| matches!(d, Draw::Text { .. }))
                .count(),
            5
        );
        fill
    }

    #[test]
    fn first_turn_starts_at_the_start_side() {
        let (x, w) = bar_x(Direction::Ltr);
        assert!(x > 0.0 && x < 200.0, "{x}");
        let (xr, wr) = bar_x(Direction::Rtl);
        // Mirrored: the first half hour ends at the right edge of the axis.
        assert!(xr > 200.0, "{xr}");
        assert!((w - wr).abs() < 0.01);
    }

    /// A name too long for its bar is shortened to its first word, and
    /// left out when even that does not fit; every label is drawn at the
    /// bars' one size and inside its bar.
    #[test]
    fn bar_labels_fit_their_bars_at_one_size() {
        let ctx = test_ctx("en", Direction::Ltr);
        let mut t = timeline();
        t.lanes[0].bars = [(870, 990), (990, 1010), (1010, 1022), (1022, 1024)]
            .iter()
            .enumerate()
            .map(|(i, &(start, end))| Bar {
                start,
                end,
                time: String::new(),
                label: "Mateo Ruiz Díaz".into(),
                colour: i,
            })
            .collect();
        let (_, draws) = draw(&ctx, &t, 400.0).unwrap();
        let fills: Vec<(f32, f32)> = draws
            .iter()
            .filter_map(|d| match d {
                Draw::Fill { x, w, .. } => Some((*x, *w)),
                _ => None,
            })
            .collect();
        let size = style::get().timeline_bar.size;
        let labels: Vec<(String, f32, f32)> = draws
            .iter()
            .filter_map(|d| match d {
                Draw::Text { x, line, .. } => Some((
                    line.pieces
                        .iter()
                        .flat_map(|p| p.clusters.iter().map(|c| c.text.as_str()))
                        .collect::<String>(),
                    *x,
                    line.width,
                )),
                _ => None,
            })
            .filter(|(text, ..)| text.starts_with('M'))
            .collect();
        // The long bar has the whole name, a shorter one the first word,
        // then the initials; the shortest none.
        let texts: Vec<&str> = labels.iter().map(|(t, ..)| t.as_str()).collect();
        assert_eq!(texts, ["Mateo Ruiz Díaz", "Mateo", "MRD"]);
        for ((_, x, w), (fx, fw)) in labels.iter().zip(&fills) {
            assert!(
                *x >= *fx && x + w <= fx + fw,
                "label {x}+{w} outside bar {fx}+{fw}"
            );
        }
        assert!(size > 5.0);
    }
}

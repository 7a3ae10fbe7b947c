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
            // Shrink a label that does not fit its bar, down to a legible minimum.
            let mut s = style::get().timeline_bar;
            let natural = measure(ctx, &bar.label, &s)?;
            if natural > w - 4.0 {
                s.size = (s.size * (w - 4.0) / natural).max(5.0);
            }
            let lw = measure(ctx, &bar.label, &s)?;
            let lx = left + (w - lw) / 2.0;
            draws.extend(text_at(
                ctx,
                &bar.label,
                &s,
                lx,
                lw + 1.0,
                mid + s.size * 0.35,
            )?);
        }
    }
    Ok((height, draws))
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
}

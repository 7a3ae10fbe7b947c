//! PDF writer: text layout (bidi, shaping, line breaking, pagination) and
//! the PDF file itself, from a `doc::Document`.
//!
//! The pipeline, one stage per module: `bidi` (levels) → `itemize` (runs of
//! one script, direction and font) → `shape` (rustybuzz) → `linebreak`
//! (UAX #14, logical order) → `reorder` (visual lines) → `paginate` (pages,
//! tables, `timeline`, the `structure` drawings are tagged with) → `write`
//! (lopdf: `subset` fonts in `fontres` variants, each line's `textlayer` in
//! a `content` stream, the structure tree). `paragraph` runs the text stages
//! for one paragraph (memoised in `layout_cache`); `render::style` holds
//! sizes and colours.

mod bidi;
mod content;
mod deflate;
mod fontres;
mod fonts;
mod image;
mod itemize;
mod layout_cache;
mod linebreak;
mod paginate;
mod paragraph;
mod reorder;
mod serialize;
mod shape;
mod structure;
mod subset;
mod textlayer;
mod timeline;
mod write;

pub use fonts::{FontKey, FontSet};

use crate::doc::{Document, Model};
use crate::render::{RenderError, Renderer, Resources};

pub struct Pdf;

impl Renderer for Pdf {
    fn name(&self) -> &'static str {
        "pdf"
    }
    fn extension(&self) -> &'static str {
        "pdf"
    }
    fn accepts(&self, model: &Model) -> bool {
        matches!(model, Model::Document(_))
    }
    fn cost_hint(&self) -> u32 {
        10
    }
    fn render(&self, model: &Model, resources: &Resources) -> Result<Vec<u8>, RenderError> {
        match model {
            Model::Document(d) => render_with_fonts(d, &resources.fonts),
            _ => Err(RenderError::wrong_model(self.name())),
        }
    }
}

/// Writes `doc` as the bytes of a PDF file, drawing with the bundled fonts.
pub fn render(doc: &Document) -> Result<Vec<u8>, RenderError> {
    render_with_fonts(doc, &FontSet::bundled())
}

/// The text stages (bidi, itemize, shape, break, reorder) on one paragraph
/// of plain text in the body style, `width` points wide, with the bundled
/// fonts: for each line, the text of each drawn cluster in visual order.
/// The fuzz tests hold layout to keeping every character through here.
pub fn lay_out_text(
    text: &str,
    lang: &str,
    dir: crate::doc::Direction,
    width: f32,
) -> Result<Vec<Vec<String>>, RenderError> {
    let fonts = FontSet::bundled().load()?;
    let ctx = paragraph::Ctx {
        fonts: &fonts,
        lang: lang.to_string(),
        dir,
    };
    let para = bidi::ParaText::plain(text, false);
    let laid = paragraph::layout(
        &ctx,
        &para,
        &crate::render::style::get().body,
        width,
        crate::doc::Align::Start,
    )?;
    Ok(laid
        .lines
        .iter()
        .map(|l| {
            l.line
                .pieces
                .iter()
                .flat_map(|p| p.clusters.iter().map(|c| c.text.to_string()))
                .collect()
        })
        .collect())
}

/// Writes `doc` as the bytes of a PDF file, drawing with `fonts` (e.g. a
/// user font directory, `FontSet::from_dir`).
pub fn render_with_fonts(doc: &Document, fonts: &FontSet) -> Result<Vec<u8>, RenderError> {
    let loaded = fonts.load()?;
    let ctx = paragraph::Ctx {
        fonts: &loaded,
        lang: doc.lang.clone(),
        dir: doc.direction,
    };
    let (pages, structure) = paginate::paginate(&ctx, doc)?;
    write::write(doc, &pages, &structure, &loaded)
}

//! Renderers: each turns one composed model (`doc::Model`) into the bytes of
//! one file. They know nothing about meetings. Every renderer is listed once,
//! in `RENDERERS`; adding a format is one new file and one line there.

pub mod csv;
pub mod deflate;
pub mod docx;
pub mod ics;
pub mod pdf;
pub mod style;
pub mod text;

use std::fmt;

use crate::doc::Model;
use pdf::FontSet;

/// What renderers may need besides the model: the fonts to draw with.
pub struct Resources {
    pub fonts: FontSet,
}

impl Default for Resources {
    fn default() -> Self {
        Resources {
            fonts: FontSet::bundled(),
        }
    }
}

/// One output format.
pub trait Renderer: Sync {
    /// The name users give to `--format`, e.g. "pdf".
    fn name(&self) -> &'static str;
    /// The file name extension, without the dot.
    fn extension(&self) -> &'static str;
    /// Whether this renderer writes this kind of model.
    fn accepts(&self, model: &Model) -> bool;
    /// Whether `build` writes this format when no `--format` is given.
    fn by_default(&self) -> bool {
        true
    }
    /// How costly rendering is, roughly, so a parallel build starts the
    /// costliest files first (page layout costs more than writing XML).
    fn cost_hint(&self) -> u32 {
        1
    }
    /// The bytes of the file. Called only with models it accepts.
    fn render(&self, model: &Model, resources: &Resources) -> Result<Vec<u8>, RenderError>;
}

/// Every format tarjama writes, in the order files are listed.
pub static RENDERERS: [&dyn Renderer; 5] =
    [&docx::Docx, &pdf::Pdf, &ics::Ics, &csv::Csv, &text::Text];

/// The renderer called `name` (as given to `--format`).
pub fn by_name(name: &str) -> Option<&'static dyn Renderer> {
    RENDERERS.iter().copied().find(|r| r.name() == name)
}

/// The names of every format, for help texts and errors.
pub fn names() -> Vec<&'static str> {
    RENDERERS.iter().map(|r| r.name()).collect()
}

/// A model could not be rendered (e.g. a character no font can draw).
#[derive(Debug, Clone, PartialEq)]
pub struct RenderError {
    pub message: String,
    pub help: Option<String>,
}

impl RenderError {
    /// A renderer was handed a model it does not write: a bug in the caller.
    pub fn wrong_model(renderer: &str) -> RenderError {
        RenderError {
            message: format!("the {renderer} writer was given a model it does not write"),
            help: Some("this is a bug in tarjama; please report it".into()),
        }
    }
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RenderError {}

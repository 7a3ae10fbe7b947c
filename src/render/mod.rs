//! Renderers: each takes a `doc::Document` and returns the bytes of one file.
//! They know nothing about meetings.

pub mod csv;
pub mod docx;
pub mod ics;
pub mod pdf;

use std::fmt;

/// A document could not be rendered (e.g. a character no font can draw).
#[derive(Debug, Clone, PartialEq)]
pub struct RenderError {
    pub message: String,
    pub help: Option<String>,
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RenderError {}

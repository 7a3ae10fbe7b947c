//! PDF writer: text layout (bidi, shaping, line breaking, pagination) and
//! the PDF file itself, from a `doc::Document`.

use crate::doc::Document;
use crate::render::RenderError;

/// Writes `doc` as the bytes of a PDF file.
pub fn render(_doc: &Document) -> Result<Vec<u8>, RenderError> {
    Err(RenderError {
        message: "the PDF writer is not written yet".into(),
        help: None,
    })
}

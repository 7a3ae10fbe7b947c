//! DOCX writer: `doc::Document` to a schema-valid WordprocessingML package.

use crate::doc::Document;
use crate::render::RenderError;

/// Writes `doc` as the bytes of a .docx file.
pub fn render(_doc: &Document) -> Result<Vec<u8>, RenderError> {
    Err(RenderError {
        message: "the DOCX writer is not written yet".into(),
        help: None,
    })
}

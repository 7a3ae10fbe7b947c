//! Sheets as CSV (RFC 4180): the rota for spreadsheets, CRLF line endings,
//! every field quoted when it must be and guarded against formula injection.

use super::{RenderError, Renderer, Resources};
use crate::doc::{Model, Sheet};

pub struct Csv;

impl Renderer for Csv {
    fn name(&self) -> &'static str {
        "csv"
    }
    fn extension(&self) -> &'static str {
        "csv"
    }
    fn accepts(&self, model: &Model) -> bool {
        matches!(model, Model::Sheet(_))
    }
    fn render(&self, model: &Model, _: &Resources) -> Result<Vec<u8>, RenderError> {
        match model {
            Model::Sheet(s) => Ok(to_csv(s).into_bytes()),
            _ => Err(RenderError::wrong_model(self.name())),
        }
    }
}

/// The sheet as CSV text: the header row, then every row.
pub fn to_csv(sheet: &Sheet) -> String {
    let mut out = String::new();
    for row in std::iter::once(&sheet.header).chain(&sheet.rows) {
        let cells: Vec<String> = row.iter().map(|f| quote(f)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// RFC 4180: quote a field holding a comma, quote or line break; double inner quotes.
/// A leading = + - @ gets a ' in front so spreadsheets do not
/// run it as a formula (names come from user input).
fn quote(f: &str) -> String {
    let f = if f.starts_with(['=', '+', '-', '@']) {
        format!("'{f}")
    } else {
        f.to_string()
    };
    if f.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", f.replace('"', "\"\""))
    } else {
        f
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_per_rfc_4180() {
        assert_eq!(quote("AR 1"), "AR 1");
        assert_eq!(quote("Doe, Jane"), "\"Doe, Jane\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("=1+1"), "'=1+1");
    }

    #[test]
    fn header_then_rows_with_crlf() {
        let s = Sheet {
            header: vec!["a".into(), "b".into()],
            rows: vec![vec!["1".into(), "x,y".into()]],
        };
        assert_eq!(to_csv(&s), "a,b\r\n1,\"x,y\"\r\n");
    }
}

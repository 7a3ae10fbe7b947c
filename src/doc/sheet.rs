//! A table of plain values for spreadsheets (the rota): a header row of
//! stable column names and rows of cells, all text.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Sheet {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

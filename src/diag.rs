//! Diagnostics a user can act on: what went wrong, where (file, line,
//! column), and how to fix it. Every layer reports through this type.

use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: Option<PathBuf>,
    /// 1-based line and column, when known.
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// The offending source line, shown under the location.
    pub snippet: Option<String>,
    pub message: String,
    pub help: Option<String>,
    /// A warning that `--strict` turns into an error (a message falling back
    /// to English).
    pub strict_error: bool,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            file: None,
            line: None,
            column: None,
            snippet: None,
            message: message.into(),
            help: None,
            strict_error: false,
        }
    }

    pub fn warning(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(message)
        }
    }

    pub fn in_file(mut self, file: &Path) -> Diagnostic {
        self.file = Some(file.to_path_buf());
        self
    }

    /// Points at a byte offset of `source` (the text of `self.file`).
    pub fn at_offset(mut self, source: &str, offset: usize) -> Diagnostic {
        let loc = Loc::from_offset(source, offset);
        self.line = Some(loc.line);
        self.column = Some(loc.column);
        self.snippet = source.lines().nth(loc.line - 1).map(str::to_owned);
        self
    }

    pub fn at(mut self, loc: Loc) -> Diagnostic {
        self.line = Some(loc.line);
        self.column = Some(loc.column);
        self
    }

    pub fn with_snippet_from(mut self, source: &str) -> Diagnostic {
        if let Some(line) = self.line {
            self.snippet = source
                .lines()
                .nth(line.saturating_sub(1))
                .map(str::to_owned);
        }
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// Marks a warning that `--strict` makes an error.
    pub fn strict(mut self) -> Diagnostic {
        self.strict_error = true;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let word = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{word}: {}", self.message)?;
        if let Some(file) = &self.file {
            write!(f, "\n  --> {}", file.display())?;
            if let Some(line) = self.line {
                write!(f, ":{line}")?;
                if let Some(col) = self.column {
                    write!(f, ":{col}")?;
                }
            }
        }
        if let (Some(snippet), Some(line)) = (&self.snippet, self.line) {
            let gutter = line.to_string();
            // A line of a megabyte is shown as the stretch around the place.
            let col = self.column.unwrap_or(1).saturating_sub(1);
            let skip = col.saturating_sub(SNIPPET_CHARS / 2);
            let shown: String = snippet.chars().skip(skip).take(SNIPPET_CHARS).collect();
            let more = snippet.chars().count() > skip + SNIPPET_CHARS;
            let (lead, tail) = (if skip > 0 { "…" } else { "" }, if more { "…" } else { "" });
            write!(f, "\n {gutter} | {lead}{shown}{tail}")?;
            if self.column.is_some() {
                let pad: String = std::iter::repeat_n(' ', lead.chars().count())
                    .chain(
                        shown
                            .chars()
                            .take(col - skip)
                            .map(|c| if c == '\t' { '\t' } else { ' ' }),
                    )
                    .collect();
                write!(f, "\n {} | {pad}^", " ".repeat(gutter.len()))?;
            }
        }
        if let Some(help) = &self.help {
            write!(f, "\n  = help: {help}")?;
        }
        Ok(())
    }
}

/// Characters of a source line a diagnostic shows at most.
const SNIPPET_CHARS: usize = 100;

/// A 1-based line and column in a source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Loc {
    pub line: usize,
    pub column: usize,
}

impl Loc {
    /// Line and column (in characters) of byte `offset` in `source`.
    pub fn from_offset(source: &str, offset: usize) -> Loc {
        let offset = offset.min(source.len());
        let before = &source[..floor_char_boundary(source, offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Loc {
            line,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

/// The start of every line of a source, so that many offsets can become
/// lines and columns without rescanning the text each time (an event file
/// with 40,000 people tables names a place for each).
pub struct LineIndex<'s> {
    source: &'s str,
    starts: Vec<usize>,
}

impl<'s> LineIndex<'s> {
    pub fn new(source: &'s str) -> LineIndex<'s> {
        let starts = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { source, starts }
    }

    /// Line and column (in characters) of byte `offset`, as `Loc::from_offset`.
    pub fn loc(&self, offset: usize) -> Loc {
        let offset = floor_char_boundary(self.source, offset.min(self.source.len()));
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        Loc {
            line,
            column: self.source[start..offset].chars().count() + 1,
        }
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Many diagnostics at once (validation reports every problem it finds).
/// The second field remembers what was pushed, so that deduplicating stays
/// linear (a `contains` per push made 40,000 problems take seconds).
#[derive(Debug, Clone, Default)]
pub struct Diagnostics(pub Vec<Diagnostic>, HashSet<Diagnostic>);

impl PartialEq for Diagnostics {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl Eq for Diagnostics {}

impl Diagnostics {
    /// Adds `d` unless the same problem is already reported: each problem
    /// is printed once, however many documents meet it.
    pub fn push(&mut self, d: Diagnostic) {
        if self.1.len() != self.0.len() {
            // `.0` was changed in place: remember it afresh.
            self.1 = self.0.iter().cloned().collect();
        }
        if self.1.insert(d.clone()) {
            self.0.push(d);
        }
    }

    pub fn extend(&mut self, other: Diagnostics) {
        for d in other.0 {
            self.push(d);
        }
    }

    pub fn errors(&self) -> usize {
        self.0.iter().filter(|d| d.is_error()).count()
    }
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }
}

/// Where the layers of one build report problems as they meet them
/// (catalog look-ups deep inside composition): deduplicated, and drained
/// once, by the pipeline, at the end.
#[derive(Debug, Default)]
pub struct Sink(std::sync::Mutex<Diagnostics>);

impl Sink {
    pub fn push(&self, d: Diagnostic) {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).push(d);
    }

    pub fn extend(&self, d: Diagnostics) {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).extend(d);
    }

    /// Everything reported so far; with `strict`, the warnings marked
    /// `strict_error` become errors.
    pub fn take(&self, strict: bool) -> Diagnostics {
        let d = std::mem::take(&mut *self.0.lock().unwrap_or_else(|e| e.into_inner()));
        let mut out = Diagnostics::default();
        for mut x in d.0 {
            if strict && x.strict_error && !x.is_error() {
                x.severity = Severity::Error;
                x.message.push_str(" (--strict)");
            }
            out.push(x);
        }
        out
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Diagnostics {
        let mut v = Diagnostics::default();
        v.push(d);
        v
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

/// The known id closest to `id`, if one is a likely typo.
pub fn closest<'k>(id: &str, known: &[&'k str]) -> Option<&'k str> {
    known
        .iter()
        .map(|k| (edit_distance(id, k), *k))
        .filter(|(d, _)| *d <= 3)
        .min()
        .map(|(_, k)| k)
}

/// Levenshtein distance in characters (typos in ids and names).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_columns() {
        let src = "a = 1\nbé = 2\n";
        assert_eq!(Loc::from_offset(src, 0), Loc { line: 1, column: 1 });
        // "bé = 2": '=' is the 4th character although the 5th byte.
        let eq = src.rfind('=').unwrap();
        assert_eq!(Loc::from_offset(src, eq), Loc { line: 2, column: 4 });
    }

    #[test]
    fn line_index_agrees_with_scanning() {
        let src = "a = 1\nbé = 2\n\nlast line without newline";
        let index = LineIndex::new(src);
        for offset in 0..=src.len() + 3 {
            assert_eq!(
                index.loc(offset),
                Loc::from_offset(src, offset),
                "at {offset}"
            );
        }
    }

    #[test]
    fn duplicates_are_dropped_in_order() {
        let mut d = Diagnostics::default();
        for i in [1, 2, 1, 3, 2] {
            d.push(Diagnostic::error(format!("problem {i}")));
        }
        let got: Vec<&str> = d.0.iter().map(|x| x.message.as_str()).collect();
        assert_eq!(got, ["problem 1", "problem 2", "problem 3"]);
    }

    #[test]
    fn display_names_file_line_and_help() {
        let d = Diagnostic::error("unknown key `colour`")
            .in_file(Path::new("ev/event.toml"))
            .at_offset("id = 1\ncolour = 2\n", 7)
            .help("remove it");
        let s = d.to_string();
        assert!(s.contains("--> ev/event.toml:2:1"), "{s}");
        assert!(s.contains("colour = 2"), "{s}");
        assert!(s.contains("help: remove it"), "{s}");
    }
}

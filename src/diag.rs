//! Diagnostics a user can act on: what went wrong, where (file, line,
//! column), and how to fix it. Every layer reports through this type.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
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
            write!(f, "\n {gutter} | {snippet}")?;
            if let Some(col) = self.column {
                let pad: String = snippet
                    .chars()
                    .take(col.saturating_sub(1))
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
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

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Many diagnostics at once (validation reports every problem it finds).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// Adds `d` unless the same problem is already reported: each problem
    /// is printed once, however many documents meet it.
    pub fn push(&mut self, d: Diagnostic) {
        if !self.0.contains(&d) {
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
        let mut d = std::mem::take(&mut *self.0.lock().unwrap_or_else(|e| e.into_inner()));
        if strict {
            for x in d.0.iter_mut().filter(|x| x.strict_error && !x.is_error()) {
                x.severity = Severity::Error;
                x.message.push_str(" (--strict)");
            }
        }
        d
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Diagnostics {
        Diagnostics(vec![d])
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

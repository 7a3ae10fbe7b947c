//! Findings of the reviewer's commands (`check`, `verify`): typed problems
//! with where they are, printed through one formatter as text or as JSON.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::diag::{Diagnostic, Severity};
use crate::lang::Lang;

/// What kind of problem a finding is. The JSON names (kebab-case) are
/// stable: CI scripts may match on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    // `check`: errors.
    SyntaxError,
    DuplicateMessage,
    MissingFile,
    MissingMessage,
    MissingAttribute,
    VariableMissing,
    VariableUnknown,
    UnknownReference,
    UnknownId,
    PersonName,
    /// The interpretation cannot be planned: `build` would stop on it.
    CannotPlan,
    // `check`: warnings.
    ObsoleteMessage,
    UnusedMessage,
    MissingBoothFile,
    ObsoleteAttribute,
    ReferenceDiffers,
    EmptyValue,
    PluralCategories,
    BidiControl,
    Untranslated,
    NumberMissing,
    UrlDiffers,
    Quotes,
    DoubleSpace,
    SpaceBeforePunctuation,
    BreakingSpace,
    LatinPunctuation,
    OtherDigits,
    /// A meeting in a room whose documents do not say where.
    MissingVenue,
    // `verify`: every file.
    UnreadableFile,
    UnexpectedFile,
    /// A file the build wrote (its manifest says) or a fresh build writes,
    /// missing from the folder.
    FileMissing,
    TextMissing,
    TextCut,
    TextOutOfOrder,
    ControlCharacter,
    NotReproducible,
    // `verify`: PDF.
    FontNotEmbedded,
    FontNotSubset,
    NoToUnicode,
    NotdefGlyph,
    LanguageMismatch,
    Metadata,
    // `verify`: DOCX.
    NotRightToLeft,
    RunNotRightToLeft,
    TableNotMirrored,
    SectionNotRightToLeft,
    // `verify`: calendars and rota.
    CalendarInvalid,
    WrongTimeZone,
    TurnTooLong,
    RotaMismatch,
    /// A calendar whose events are not the event's plan now.
    CalendarDiffers,
}

impl Code {
    /// The name used in JSON and after each finding in text, e.g.
    /// "missing-message".
    pub fn name(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    /// Whether this kind of problem is an error (the others are warnings).
    pub fn severity(self) -> Severity {
        use Code::*;
        match self {
            ObsoleteMessage
            | UnusedMessage
            | MissingBoothFile
            | ObsoleteAttribute
            | ReferenceDiffers
            | EmptyValue
            | PluralCategories
            | BidiControl
            | Untranslated
            | NumberMissing
            | UrlDiffers
            | Quotes
            | DoubleSpace
            | SpaceBeforePunctuation
            | BreakingSpace
            | LatinPunctuation
            | OtherDigits
            | MissingVenue
            | UnexpectedFile => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

/// One problem: what, in which file and where, in which language and
/// message, and how to fix it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    pub file: PathBuf,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// 1-based page of a PDF.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The Fluent message concerned (`id` or `id.attribute`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// The source line, shown under the location in text output.
    #[serde(skip)]
    pub snippet: Option<String>,
}

impl Finding {
    /// A finding of `code` for a diagnostic of the build, keeping its
    /// place and help.
    pub fn from_diagnostic(code: Code, d: &Diagnostic) -> Finding {
        let mut f = Finding::new(code, d.file.as_deref().unwrap_or(Path::new("")), &d.message);
        f.line = d.line;
        f.column = d.column;
        f.snippet = d.snippet.clone();
        f.help = d.help.clone();
        f
    }

    /// A finding of `code` in `file`, with the code's severity.
    pub fn new(code: Code, file: &Path, text: impl Into<String>) -> Finding {
        Finding {
            code,
            severity: code.severity(),
            file: file.to_path_buf(),
            line: None,
            column: None,
            page: None,
            lang: None,
            message_id: None,
            text: text.into(),
            help: None,
            snippet: None,
        }
    }

    pub fn lang(mut self, lang: Lang) -> Finding {
        self.lang = Some(lang.code().to_string());
        self
    }

    pub fn message(mut self, id: impl Into<String>) -> Finding {
        self.message_id = Some(id.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Finding {
        self.help = Some(help.into());
        self
    }

    pub fn page(mut self, page: usize) -> Finding {
        self.page = Some(page);
        self
    }

    /// Points at byte `offset` of `source`, the text of the file.
    pub fn at_offset(mut self, source: &str, offset: usize) -> Finding {
        let d = Diagnostic::error("").at_offset(source, offset);
        self.line = d.line;
        self.column = d.column;
        self.snippet = d.snippet;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The finding as a diagnostic, so it prints like every other problem
    /// tarjama reports.
    pub fn diagnostic(&self) -> Diagnostic {
        let mut message = String::new();
        if let Some(p) = self.page {
            let _ = write!(message, "page {p}: ");
        }
        let _ = write!(message, "{} [{}]", self.text, self.code.name());
        Diagnostic {
            severity: self.severity,
            file: Some(self.file.clone()),
            line: self.line,
            column: self.column,
            snippet: self.snippet.clone(),
            message,
            help: self.help.clone(),
            strict_error: false,
        }
    }
}

/// The output format of `check` and `verify`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// Readable text, one finding after another, then a summary.
    #[default]
    Text,
    /// One JSON object: the findings and the summary, for machines.
    Json,
}

/// Counts of findings by severity.
pub fn counts(findings: &[Finding]) -> (usize, usize) {
    let errors = findings.iter().filter(|f| f.is_error()).count();
    (errors, findings.len() - errors)
}

/// Every finding as text, each as a diagnostic, separated by blank lines.
pub fn text(findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        let _ = writeln!(out, "{}\n", f.diagnostic());
    }
    out
}

/// Sorts findings by file, then position, then code: stable output for
/// diffs and CI logs.
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (
            &a.file,
            a.page,
            a.line,
            a.column,
            a.code,
            &a.message_id,
            &a.text,
        )
            .cmp(&(
                &b.file,
                b.page,
                b.line,
                b.column,
                b.code,
                &b.message_id,
                &b.text,
            ))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_have_kebab_names_and_severities() {
        assert_eq!(Code::MissingMessage.name(), "missing-message");
        assert_eq!(Code::Untranslated.severity(), Severity::Warning);
        assert_eq!(Code::FontNotSubset.severity(), Severity::Error);
    }

    #[test]
    fn a_finding_prints_like_a_diagnostic() {
        let src = "a = 1\nb = x  y\n";
        let f = Finding::new(Code::DoubleSpace, Path::new("ev/fr.ftl"), "two spaces")
            .at_offset(src, 11)
            .help("write one space");
        let s = f.diagnostic().to_string();
        assert!(s.starts_with("warning: two spaces [double-space]"), "{s}");
        assert!(s.contains("--> ev/fr.ftl:2:6"), "{s}");
        assert!(s.contains("b = x  y"), "{s}");
        let json = serde_json::to_value(&f).unwrap();
        assert_eq!(json["code"], "double-space");
        assert_eq!(json["severity"], "warning");
        assert_eq!(json["line"], 2);
        assert!(json.get("snippet").is_none());
    }

    /// A prose line of hundreds of characters is shown around the place,
    /// the caret under it, and the location gives the real column (it
    /// gave the caret's column in the shortened line, 42 for every one).
    #[test]
    fn long_lines_are_shown_around_the_column() {
        let line = format!("m = {}X{}", "a".repeat(200), "b".repeat(200));
        let f = Finding::new(Code::Quotes, Path::new("fr.ftl"), "x").at_offset(&line, 204);
        let text = f.diagnostic().to_string();
        assert!(text.contains("--> fr.ftl:1:205"), "{text}");
        let lines: Vec<&str> = text.lines().collect();
        let (shown, caret) = (lines[2], lines[3]);
        assert!(shown.chars().count() < 110, "{shown}");
        let at = caret.chars().position(|c| c == '^').unwrap();
        assert_eq!(shown.chars().nth(at), Some('X'), "{shown}\n{caret}");
    }
}

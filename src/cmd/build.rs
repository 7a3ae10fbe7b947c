//! `tarjama build`: every document of a meeting in every language and
//! format, written as `<document>.<lang>.<ext>` into the output folder.

use std::path::{Path, PathBuf};

use crate::compose;
use crate::diag::{Diagnostic, Diagnostics};
use crate::doc::Document;
use crate::event::{self, Event};
use crate::i18n::Catalog;
use crate::lang::Lang;
use crate::output::{self, OutputFile};
use crate::render;

/// The file formats tarjama writes documents in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Docx,
    Pdf,
}

impl Format {
    pub const ALL: [Format; 2] = [Format::Docx, Format::Pdf];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Pdf => "pdf",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Options {
    pub event: PathBuf,
    pub out: PathBuf,
    /// Only these languages (default: the event's document languages).
    pub langs: Option<Vec<Lang>>,
    /// Only these formats (default: all).
    pub formats: Option<Vec<Format>>,
    /// Treat a message missing in one language as an error.
    pub strict: bool,
}

/// What a build wrote, and the warnings it met.
#[derive(Debug)]
pub struct Report {
    pub written: Vec<PathBuf>,
    pub warnings: Diagnostics,
}

/// One composed document before rendering: its file stem and content.
pub struct Composed {
    pub stem: String,
    pub lang: Lang,
    pub doc: Document,
}

/// Loads the event and composes every document in every language asked
/// for. No file is written.
pub fn compose_all(opts: &Options) -> Result<(Event, Vec<Composed>, Diagnostics), Diagnostics> {
    let event = event::load(&opts.event)?;
    let langs = match &opts.langs {
        Some(asked) => {
            let mut diags = Diagnostics::default();
            for l in asked {
                if !event.document_languages.contains(l) {
                    diags.push(
                        Diagnostic::error(format!(
                            "`{l}` is not one of the event's document languages"
                        ))
                        .in_file(&event.file)
                        .help(format!(
                            "add it to document_languages, or choose from: {}",
                            join(&event.document_languages)
                        )),
                    );
                }
            }
            if diags.has_errors() {
                return Err(diags);
            }
            asked.clone()
        }
        None => event.document_languages.clone(),
    };
    let mut problems = Diagnostics::default();
    let mut docs = Vec::new();
    for lang in langs {
        let cat = Catalog::load(lang, &event.dir, &event.file)?;
        docs.push(Composed {
            stem: "concept-note".into(),
            lang,
            doc: compose::concept_note::compose(&event, &cat),
        });
        problems.0.extend(cat.take_problems(opts.strict).0);
    }
    if problems.has_errors() {
        return Err(problems);
    }
    Ok((event, docs, problems))
}

/// Renders one composed document in `format`.
pub fn render_one(c: &Composed, format: Format) -> Result<OutputFile, Diagnostic> {
    let bytes = match format {
        Format::Docx => render::docx::render(&c.doc),
        Format::Pdf => render::pdf::render(&c.doc),
    }
    .map_err(|e| {
        let d = Diagnostic::error(format!(
            "cannot write {}.{}.{}: {}",
            c.stem,
            c.lang,
            format.extension(),
            e.message
        ));
        match e.help {
            Some(h) => d.help(h),
            None => d,
        }
    })?;
    Ok(OutputFile {
        name: format!("{}.{}.{}", c.stem, c.lang, format.extension()),
        bytes,
    })
}

/// Builds everything and writes it; nothing is written if anything fails.
pub fn run(opts: &Options) -> Result<Report, Diagnostics> {
    let (_event, docs, warnings) = compose_all(opts)?;
    let formats = opts.formats.clone().unwrap_or_else(|| Format::ALL.to_vec());
    let mut files = Vec::new();
    let mut errors = Diagnostics::default();
    for c in &docs {
        for &f in &formats {
            match render_one(c, f) {
                Ok(file) => files.push(file),
                Err(d) => errors.push(d),
            }
        }
    }
    if errors.has_errors() {
        return Err(errors);
    }
    let written = output::write_all(&opts.out, &files)?;
    Ok(Report { written, warnings })
}

fn join(langs: &[Lang]) -> String {
    langs.iter().map(|l| l.code()).collect::<Vec<_>>().join(", ")
}

/// Reads one language code, e.g. "ar" (for `--lang ar,fr`).
pub fn parse_lang(s: &str) -> Result<Lang, String> {
    s.trim().parse::<Lang>()
}

/// Reads one format, "docx" or "pdf" (for `--format pdf,docx`).
pub fn parse_format(s: &str) -> Result<Format, String> {
    match s.trim() {
        "docx" => Ok(Format::Docx),
        "pdf" => Ok(Format::Pdf),
        other => Err(format!("unknown format `{other}` (use docx or pdf)")),
    }
}

/// Whether `path` looks like an event folder or file.
pub fn is_event(path: &Path) -> bool {
    path.join(event::EVENT_FILE).is_file() || path.is_file()
}

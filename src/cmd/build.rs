//! `tarjama build`: every document of a meeting in every language and
//! format, written as `<document>.<lang>.<ext>` into the output folder.

use std::path::PathBuf;

use crate::cmd::plan::{plan_loaded, Planned};
use crate::compose;
use crate::diag::{Diagnostic, Diagnostics};
use crate::doc::Document;
use crate::event::{self, Event};
use crate::i18n::{Catalogs, EventText};
use crate::lang::Lang;
use crate::output::{self, OutputFile};
use crate::render;
use crate::render::pdf::FontSet;

/// The file formats tarjama writes documents in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Docx,
    Pdf,
    /// One calendar per interpreter: calendar/<name>.ics.
    Ics,
    /// The whole rota for spreadsheets: rota.csv.
    Csv,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Docx, Format::Pdf, Format::Ics, Format::Csv];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Pdf => "pdf",
            Format::Ics => "ics",
            Format::Csv => "csv",
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
    /// A folder of fonts replacing the bundled ones (same file names).
    pub font_dir: Option<PathBuf>,
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

/// Everything a build makes, before rendering.
pub struct Composition {
    pub event: Event,
    /// The interpretation plan, if the meeting has booths.
    pub planned: Option<Planned>,
    pub docs: Vec<Composed>,
    pub warnings: Diagnostics,
    /// The catalogs the documents were composed with.
    pub catalogs: Catalogs,
}

/// Loads the event, plans its interpretation and composes every document
/// in every language asked for. No file is written.
pub fn compose_all(opts: &Options) -> Result<Composition, Diagnostics> {
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
    let mut catalogs = Catalogs::new(&event.dir, &event.file);
    for &lang in &langs {
        let cat = catalogs.get(lang, EventText::Required)?;
        docs.push(Composed {
            stem: "concept-note".into(),
            lang,
            doc: compose::concept_note::compose(&event, cat),
        });
        problems.0.extend(cat.take_problems(opts.strict).0);
    }
    let planned = if event.interpretation_languages.is_empty() {
        None
    } else {
        Some(plan_loaded(event.clone())?)
    };
    if let Some(p) = &planned {
        for f in &p.plan.findings {
            problems.push(
                Diagnostic::warning(format!("interpretation plan: {f}")).in_file(&event.file),
            );
        }
        // Each booth's schedule is in the booth's own language.
        for bp in &p.plan.booths {
            let Ok(lang) = bp.booth.parse::<Lang>() else {
                continue;
            };
            if opts.langs.as_ref().is_some_and(|l| !l.contains(&lang)) {
                continue;
            }
            if !lang.has_documents() {
                problems.push(Diagnostic::warning(format!(
                    "no booth schedule for the {lang} booth: documents in {lang} are not supported yet"
                )));
                continue;
            }
            let cat = catalogs.get(lang, booth_text(&event, lang))?;
            docs.push(Composed {
                stem: "booth-schedule".into(),
                lang,
                doc: compose::booth_schedule::compose(&event, &p.input, &p.plan, bp, cat),
            });
            problems.0.extend(cat.take_problems(opts.strict).0);
        }
    }
    if problems.has_errors() {
        return Err(problems);
    }
    Ok(Composition {
        event,
        planned,
        docs,
        warnings: problems,
        catalogs,
    })
}

/// The fonts PDFs are drawn with: the bundled ones, or a user's folder.
pub fn fonts(opts: &Options) -> Result<FontSet, Diagnostics> {
    match &opts.font_dir {
        None => Ok(FontSet::bundled()),
        Some(dir) => FontSet::from_dir(dir).map_err(|e| {
            let d = Diagnostic::error(e.message);
            Diagnostics::from(match e.help {
                Some(h) => d.help(h),
                None => d,
            })
        }),
    }
}

/// Renders one composed document in `format` (docx or pdf).
pub fn render_one(
    c: &Composed,
    format: Format,
    fonts: &FontSet,
) -> Result<OutputFile, Box<Diagnostic>> {
    let bytes = match format {
        Format::Docx => render::docx::render(&c.doc),
        Format::Pdf => render::pdf::render_with_fonts(&c.doc, fonts),
        Format::Ics | Format::Csv => unreachable!("documents are DOCX or PDF"),
    }
    .map_err(|e| {
        let d = Diagnostic::error(format!(
            "cannot write {}.{}.{}: {}",
            c.stem,
            c.lang,
            format.extension(),
            e.message
        ));
        Box::new(match e.help {
            Some(h) => d.help(h),
            None => d,
        })
    })?;
    Ok(OutputFile {
        name: format!("{}.{}.{}", c.stem, c.lang, format.extension()),
        bytes,
    })
}

/// Why a build wrote nothing.
#[derive(Debug)]
pub enum Failure {
    /// The input is wrong (exit status 2).
    Input(Diagnostics),
    /// The output folder could not be written (exit status 1).
    Output(Diagnostics),
}

impl From<Diagnostics> for Failure {
    fn from(d: Diagnostics) -> Failure {
        Failure::Input(d)
    }
}

/// Builds everything and writes it; nothing is written if anything fails.
pub fn run(opts: &Options) -> Result<Report, Failure> {
    let Composition {
        event,
        planned,
        docs,
        warnings,
        mut catalogs,
    } = compose_all(opts)?;
    let formats = opts.formats.clone().unwrap_or_else(|| Format::ALL.to_vec());
    let fonts = fonts(opts)?;
    let mut files = Vec::new();
    let mut errors = Diagnostics::default();
    for c in &docs {
        for &f in formats
            .iter()
            .filter(|f| matches!(f, Format::Docx | Format::Pdf))
        {
            match render_one(c, f, &fonts) {
                Ok(file) => files.push(file),
                Err(d) => errors.push(*d),
            }
        }
    }
    if let Some(p) = &planned {
        if formats.contains(&Format::Ics) {
            match calendars(&event, p, &mut catalogs) {
                Ok(mut cals) => files.append(&mut cals),
                Err(d) => errors.push(*d),
            }
        }
        if formats.contains(&Format::Csv) {
            files.push(OutputFile {
                name: "rota.csv".into(),
                bytes: render::csv::rota_csv(&p.plan, &p.input).into_bytes(),
            });
        }
    }
    if errors.has_errors() {
        return Err(Failure::Input(errors));
    }
    let written =
        output::write_all(&opts.out, &files).map_err(|d| Failure::Output(Diagnostics::from(*d)))?;
    Ok(Report { written, warnings })
}

/// A booth language that is not a document language may lack the
/// meeting's own text; its schedule then uses the English titles.
fn booth_text(event: &Event, lang: Lang) -> EventText {
    if event.document_languages.contains(&lang) {
        EventText::Required
    } else {
        EventText::Optional
    }
}

/// One calendar per interpreter, calendar/<name>.ics, in the language of
/// the interpreter's booth (English for a booth without documents).
fn calendars(
    event: &Event,
    p: &Planned,
    catalogs: &mut Catalogs,
) -> Result<Vec<OutputFile>, Box<Diagnostic>> {
    let mut out = Vec::new();
    for bp in &p.plan.booths {
        let lang = bp
            .booth
            .parse::<Lang>()
            .ok()
            .filter(|l| l.has_documents())
            .unwrap_or(Lang::En);
        let cat = catalogs
            .get(lang, booth_text(event, lang))
            .map_err(|d| Box::new(d.0[0].clone()))?;
        // Fallbacks were reported with the booth schedule already.
        cat.take_problems(false);
        let labels = render::ics::CalendarLabels {
            on_microphone: cat.get("cal-on-microphone", &[]),
            booth: cat.get("cal-booth", &[]),
            arrival: cat.get("cal-arrival", &[]),
            connection_test: cat.get("cal-connection-test", &[]),
            item: cat.get("cal-item", &[]),
            relay_from: cat.get("cal-relay-from", &[]),
            gives_relay_to: cat.get("cal-gives-relay-to", &[]),
            online: cat.get("cal-online", &[]),
        };
        let title = cat.get("event-short-title", &[]);
        for m in &bp.team {
            let ics = render::ics::interpreter_calendar_with(
                &p.plan,
                &p.input,
                &m.name,
                &title,
                &labels,
                render::ics::default_dtstamp(&p.input),
            )
            .map_err(|e| {
                Box::new(Diagnostic::error(format!(
                    "cannot write the calendar of {}: {}",
                    m.name, e.message
                )))
            })?;
            out.push(OutputFile {
                name: format!("calendar/{}.ics", file_stem(&m.name)),
                bytes: ics.into_bytes(),
            });
        }
    }
    Ok(out)
}

/// A name made safe for a file name: "AR 1" -> "AR-1".
fn file_stem(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '.' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    s.trim_matches('-').to_string()
}

fn join(langs: &[Lang]) -> String {
    langs
        .iter()
        .map(|l| l.code())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads one language code, e.g. "ar" (for `--lang ar,fr`).
pub fn parse_lang(s: &str) -> Result<Lang, String> {
    s.trim().parse::<Lang>()
}

/// Reads one format: docx, pdf, ics or csv (for `--format pdf,docx`).
pub fn parse_format(s: &str) -> Result<Format, String> {
    Format::ALL
        .into_iter()
        .find(|f| f.extension() == s.trim())
        .ok_or_else(|| format!("unknown format `{s}` (use docx, pdf, ics or csv)"))
}

//! `tarjama verify`: the files a build wrote, read back in-process the way
//! a reader's program would, and checked per file.
//!
//! `pdf` (with `pdf_text`, the one seam PDF text is read through), `docx`,
//! `calendar` (calendars and the rota) read the files; `text` compares
//! their words with the composed documents when the event is given.
//! `--rebuild` builds again and compares bytes.

pub mod calendar;
pub mod docx;
pub mod pdf;
pub mod pdf_text;
pub mod text;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::diag::{Diagnostic, Diagnostics};
use crate::doc::{Calendar, Document, Model};
use crate::event::InterpretationRules;
use crate::lang::Lang;
use crate::pipeline;
use crate::report::{self, Code, Finding};

/// What to verify.
#[derive(Debug, Clone)]
pub struct Options {
    /// The output folder a build wrote.
    pub out: PathBuf,
    /// The event it was built from: the files' text is then compared with
    /// the composed documents, and calendars with the meeting's zone and rules.
    pub event: Option<PathBuf>,
    /// Build the event again into a scratch folder and compare bytes.
    pub rebuild: bool,
}

/// What `verify` found, per file.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub out: PathBuf,
    pub files: Vec<FileStatus>,
    pub findings: Vec<Finding>,
}

/// One file read back, and how many findings it has.
#[derive(Debug, Clone, Serialize)]
pub struct FileStatus {
    pub file: PathBuf,
    pub errors: usize,
    pub warnings: usize,
}

/// The event as verify needs it: composed documents by output stem, the
/// meeting's time zone and planning rules.
struct Composed {
    documents: BTreeMap<String, Document>,
    calendars: BTreeMap<String, Calendar>,
    zone: String,
    rules: InterpretationRules,
}

/// Verifies the folder `opts.out`. Err: bad input (no such folder, an
/// event that does not load).
pub fn verify(opts: &Options) -> Result<Report, Diagnostics> {
    if !opts.out.is_dir() {
        return Err(
            Diagnostic::error(format!("{} is not a folder", opts.out.display()))
                .help("give the folder `tarjama build --out` wrote")
                .into(),
        );
    }
    if opts.rebuild && opts.event.is_none() {
        return Err(
            Diagnostic::error("--rebuild needs the event: --rebuild EVENT")
                .help("name the event folder the output was built from")
                .into(),
        );
    }
    let composed = match &opts.event {
        Some(e) => Some(compose(e)?),
        None => None,
    };
    let mut files = Vec::new();
    list(&opts.out, &mut files).map_err(|e| {
        Diagnostics::from(Diagnostic::error(format!(
            "cannot list {}: {e}",
            opts.out.display()
        )))
    })?;
    files.sort();

    let mut findings = Vec::new();
    let mut calendars = Vec::new();
    let mut rota = None;
    for path in &files {
        let rel = path.strip_prefix(&opts.out).unwrap_or(path);
        let name = rel.to_string_lossy().replace('\\', "/");
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                findings.push(Finding::new(
                    Code::UnreadableFile,
                    path,
                    format!("cannot read it: {e}"),
                ));
                continue;
            }
        };
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        let stem = name
            .strip_suffix(&format!(".{ext}"))
            .unwrap_or(&name)
            .to_string();
        let doc = composed.as_ref().and_then(|c| c.documents.get(&stem));
        match ext {
            "pdf" | "docx" => {
                let Some(lang) = lang_of(&stem) else {
                    findings.push(
                        Finding::new(
                            Code::UnexpectedFile,
                            path,
                            "the file's name does not say its language (<document>.<lang>.<ext>)",
                        )
                        .help(
                            "tarjama writes <document>.<lang>.<ext>; remove files it did not write",
                        ),
                    );
                    continue;
                };
                if ext == "pdf" {
                    let r = pdf::read(path, &bytes, lang, doc.map(|d| d.title.as_str()));
                    findings.extend(r.findings);
                    if let Some(d) = doc {
                        findings.extend(with_lang(text::compare(path, d, &r.lines), lang));
                    }
                } else {
                    let r = docx::read(path, &bytes, lang);
                    findings.extend(r.findings);
                    if let Some(d) = doc {
                        findings.extend(with_lang(text::compare(path, d, &r.lines), lang));
                        if r.title.as_deref() != Some(d.title.as_str()) {
                            findings.push(
                                Finding::new(
                                    Code::Metadata,
                                    path,
                                    format!(
                                        "the title (dc:title) is {:?}, the document's is “{}”",
                                        r.title, d.title
                                    ),
                                )
                                .lang(lang)
                                .help("rebuild it"),
                            );
                        }
                    }
                }
            }
            "ics" => {
                let text = String::from_utf8_lossy(&bytes);
                let (ics, f) =
                    calendar::read_ics(path, &text, composed.as_ref().map(|c| c.zone.as_str()));
                findings.extend(f);
                calendars.push((path.clone(), ics));
            }
            "csv" if name == "rota.csv" => {
                let (rows, f) = calendar::read_rota(path, &String::from_utf8_lossy(&bytes));
                findings.extend(f);
                rota = Some((path.clone(), rows));
            }
            "txt" => {}
            _ => findings.push(
                Finding::new(
                    Code::UnexpectedFile,
                    path,
                    "tarjama does not write files like this one",
                )
                .help("remove it, or check the folder is a tarjama output folder"),
            ),
        }
    }
    if let Some(c) = &composed {
        findings.extend(calendars_against_event(&opts.out, &calendars, c));
    }
    findings.extend(missing_from_manifest(&opts.out));
    if let Some((path, rows)) = &rota {
        let rules = composed
            .as_ref()
            .map(|c| c.rules.clone())
            .unwrap_or_default();
        findings.extend(calendar::agree(path, rows, &calendars, &rules));
    }
    if opts.rebuild {
        if let Some(event) = &opts.event {
            findings.extend(rebuild(event, &opts.out, &files)?);
        }
    }
    // A missing file is said once, however many checks miss it.
    let mut missing = std::collections::BTreeSet::new();
    findings.retain(|f| f.code != Code::FileMissing || missing.insert(f.file.clone()));
    report::sort(&mut findings);
    let files = files
        .iter()
        .map(|f| {
            let mine: Vec<&Finding> = findings.iter().filter(|x| &x.file == f).collect();
            let errors = mine.iter().filter(|x| x.is_error()).count();
            FileStatus {
                file: f.clone(),
                errors,
                warnings: mine.len() - errors,
            }
        })
        .collect();
    Ok(Report {
        out: opts.out.clone(),
        files,
        findings,
    })
}

/// The report as text: every finding, then one line per file.
pub fn text(r: &Report) -> String {
    let mut out = report::text(&r.findings);
    for f in &r.files {
        let status = match (f.errors, f.warnings) {
            (0, 0) => "ok".to_string(),
            (e, w) => format!("{e} error(s), {w} warning(s)"),
        };
        out.push_str(&format!("{:<50} {status}\n", f.file.display()));
    }
    out
}

fn with_lang(v: Vec<Finding>, lang: Lang) -> Vec<Finding> {
    v.into_iter().map(|f| f.lang(lang)).collect()
}

/// "concept-note.ar" → ar.
fn lang_of(stem: &str) -> Option<Lang> {
    stem.rsplit('.').next()?.parse().ok()
}

/// Every file below `dir`, except tarjama's bookkeeping (lock, manifest).
fn list(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let p = entry?.path();
        if crate::output::is_bookkeeping(&p.file_name().unwrap_or_default().to_string_lossy()) {
            continue;
        }
        if p.is_dir() {
            list(&p, out)?;
        } else {
            out.push(p);
        }
    }
    Ok(())
}

/// The calendars read against those the event composes now: each the
/// same, none left over from an interpreter the plan no longer has, none
/// of the plan's missing (when the folder has calendars at all).
fn calendars_against_event(
    out: &Path,
    read: &[(PathBuf, calendar::Ics)],
    c: &Composed,
) -> Vec<Finding> {
    let stem = |p: &Path| {
        let rel = p
            .strip_prefix(out)
            .unwrap_or(p)
            .to_string_lossy()
            .replace('\\', "/");
        rel.strip_suffix(".ics").unwrap_or(&rel).to_string()
    };
    let mut findings = Vec::new();
    for (path, ics) in read {
        match c.calendars.get(&stem(path)) {
            Some(cal) => findings.extend(calendar::against_event(path, ics, cal)),
            None => findings.push(
                Finding::new(
                    Code::CalendarDiffers,
                    path,
                    "the event's plan has no interpreter with this calendar",
                )
                .help("it is left over from another version of the event: rebuild the folder (tarjama build EVENT --out DIR)"),
            ),
        }
    }
    // A build of some languages writes their booths' calendars only.
    let langs: Vec<&str> = read
        .iter()
        .filter_map(|(_, ics)| ics.lang.as_deref())
        .collect();
    let present: Vec<String> = read.iter().map(|(p, _)| stem(p)).collect();
    let expected = c
        .calendars
        .iter()
        .filter(|(s, cal)| langs.contains(&cal.lang.as_str()) && !present.contains(s));
    for (s, _) in expected {
        findings.push(
            Finding::new(
                Code::FileMissing,
                &out.join(format!("{s}.ics")),
                "the event's plan has this interpreter, and the folder has no calendar for them",
            )
            .help("rebuild the folder (tarjama build EVENT --out DIR)"),
        );
    }
    findings
}

/// The files the folder's last build wrote (its manifest lists them) that
/// are not there any more.
fn missing_from_manifest(out: &Path) -> Vec<Finding> {
    crate::output::read_manifest(out)
        .into_iter()
        .filter(|name| crate::output::check_name(name).is_ok())
        .map(|name| out.join(name))
        .filter(|path| !path.exists())
        .map(|path| {
            Finding::new(
                Code::FileMissing,
                &path,
                "the folder's last build wrote this file (.tarjama-manifest lists it), and it is not there",
            )
            .help("rebuild the folder (tarjama build EVENT --out DIR), or copy the whole folder, not some of its files")
        })
        .collect()
}

/// Loads and composes the event as `build` does.
fn compose(event: &Path) -> Result<Composed, Diagnostics> {
    let meeting = pipeline::load(event, None)?;
    let outputs = pipeline::compose(&meeting);
    // The build reported these; verify only needs the models.
    let _ = meeting.catalogs.sink().take(false);
    let mut documents = BTreeMap::new();
    let mut calendars = BTreeMap::new();
    for o in outputs {
        match o.model {
            Model::Document(d) => {
                documents.insert(o.stem, d);
            }
            Model::Calendar(c) => {
                calendars.insert(o.stem, c);
            }
            Model::Sheet(_) => {}
        }
    }
    Ok(Composed {
        documents,
        calendars,
        zone: meeting.event.time_zone_name.clone(),
        rules: meeting.event.rules.clone(),
    })
}

/// Builds the event again (every format) into a scratch folder; each file
/// of `out` must have the same bytes as its fresh twin.
fn rebuild(event: &Path, out: &Path, files: &[PathBuf]) -> Result<Vec<Finding>, Diagnostics> {
    let scratch = tempfile::tempdir().map_err(|e| {
        Diagnostics::from(Diagnostic::error(format!(
            "cannot make a scratch folder: {e}"
        )))
    })?;
    // A document's kind is its format and language; a calendar's, the
    // language of its texts (a build of some languages writes their
    // booths' calendars only).
    let kind = |p: &Path| {
        let ext = p
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_string();
        let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let lang = match ext.as_str() {
            "pdf" | "docx" => lang_of(stem).map(|l| l.code().to_string()),
            "ics" => std::fs::read_to_string(p).ok().and_then(|text| {
                let (ics, _) = calendar::read_ics(p, &text, None);
                ics.lang
            }),
            _ => None,
        };
        (ext, lang)
    };
    let mut opts = pipeline::Options::new(event, scratch.path());
    opts.formats = Some(crate::render::RENDERERS.to_vec());
    // The languages the folder holds, as `build --lang` chose them: the
    // rota of a build of some languages lists their booths only.
    let held: Vec<Lang> = files
        .iter()
        .filter_map(|f| kind(f).1.and_then(|l| l.parse().ok()))
        .collect();
    let all = crate::event::load(event)?.output_languages();
    let some: Vec<Lang> = all.iter().copied().filter(|l| held.contains(l)).collect();
    if !some.is_empty() && some.len() < all.len() {
        opts.langs = Some(some);
    }
    pipeline::build(&opts).map_err(|f| match f {
        pipeline::Failure::Input(d)
        | pipeline::Failure::Output(d)
        | pipeline::Failure::Interrupted(d) => d,
    })?;
    let mut findings = Vec::new();
    // What a fresh build writes and the folder lacks, of the kinds the
    // folder holds (a build of some languages or formats writes fewer).
    let mut fresh_files = Vec::new();
    list(scratch.path(), &mut fresh_files).map_err(|e| {
        Diagnostics::from(Diagnostic::error(format!("cannot list a fresh build: {e}")))
    })?;
    let kinds: Vec<_> = files.iter().map(|f| kind(f)).collect();
    for fresh in &fresh_files {
        let rel = fresh.strip_prefix(scratch.path()).unwrap_or(fresh);
        let here = out.join(rel);
        if !here.exists() && kinds.contains(&kind(fresh)) {
            findings.push(
                Finding::new(
                    Code::FileMissing,
                    &here,
                    "a fresh build of the event writes this file, and the folder lacks it",
                )
                .help("rebuild the folder (tarjama build EVENT --out DIR)"),
            );
        }
    }
    for f in files {
        let rel = f.strip_prefix(out).unwrap_or(f);
        let fresh = scratch.path().join(rel);
        let (Ok(a), Ok(b)) = (std::fs::read(f), std::fs::read(&fresh)) else {
            if !fresh.exists() {
                findings.push(
                    Finding::new(Code::NotReproducible, f, "a fresh build of the event does not write this file")
                        .help("it is left over from another build or another event: remove it and rebuild"),
                );
            }
            continue;
        };
        if a != b {
            let at = a
                .iter()
                .zip(&b)
                .position(|(x, y)| x != y)
                .unwrap_or(a.len().min(b.len()));
            findings.push(
                Finding::new(
                    Code::NotReproducible,
                    f,
                    format!(
                        "differs from a fresh build from byte {at} on ({} bytes here, {} fresh)",
                        a.len(),
                        b.len()
                    ),
                )
                .help("the same input must give the same bytes: was it built from another version of the event, or with another SOURCE_DATE_EPOCH?"),
            );
        }
    }
    Ok(findings)
}

//! `tarjama proof`: the concept note in two languages side by side, as PDF
//! or DOCX, for a reviewer; exit status 0 written and clean, 1 written with
//! problems marked (or not written), 2 bad input.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::check;
use crate::compose::{concept_note, proof};
use crate::event;
use crate::lang::Lang;
use crate::output::{self, OutputFile};
use crate::pipeline;
use crate::render::{self, Renderer};

#[derive(clap::Args)]
pub struct Args {
    /// The event folder.
    event: PathBuf,
    /// The language reviewed (the proof is written in it).
    #[arg(long, value_parser = super::build::parse_lang)]
    lang: Lang,
    /// The language it is read against [default: the event's source
    /// language, or, when that is the one reviewed, the next document language].
    #[arg(long, value_parser = super::build::parse_lang)]
    against: Option<Lang>,
    /// The file to write, e.g. proof.ar.pdf.
    #[arg(long)]
    out: PathBuf,
    /// pdf (to read) or docx (to add comments in Word); default: the
    /// extension of --out, else pdf.
    #[arg(long, value_parser = super::build::parse_format)]
    format: Option<&'static dyn Renderer>,
}

pub fn run(a: Args) -> ExitCode {
    let format = a.format.unwrap_or_else(|| {
        let ext = a.out.extension().and_then(|e| e.to_str()).unwrap_or("pdf");
        render::by_name(ext).unwrap_or(&render::pdf::Pdf)
    });
    if !matches!(format.name(), "pdf" | "docx" | "txt") {
        eprintln!(
            "tarjama: a proof is written as pdf or docx, not {}",
            format.name()
        );
        return ExitCode::from(super::EXIT_BAD_INPUT);
    }
    let report = match check::check(&a.event) {
        Ok(r) => r,
        Err(d) => return super::bad_input(&d),
    };
    let langs: Vec<Lang> = std::iter::once(a.lang).chain(a.against).collect();
    // The proof reads the concept notes, which need no interpretation
    // plan: one that cannot be made is among check's findings.
    let meeting = match event::load(&a.event).and_then(|e| pipeline::meeting_texts(e, Some(&langs)))
    {
        Ok((m, unplanned)) => {
            if unplanned.is_some() {
                eprintln!("tarjama: the interpretation cannot be planned (`tarjama check` says why); the concept notes the proof reads do not need it");
            }
            m
        }
        Err(d) => return super::bad_input(&d),
    };
    let event = &meeting.event;
    let against = a.against.unwrap_or_else(|| {
        std::iter::once(event.source_language)
            .chain(event.document_languages.iter().copied())
            .find(|&l| l != a.lang)
            .unwrap_or(event.source_language)
    });
    for l in [a.lang, against] {
        if !meeting.event.document_languages.contains(&l) {
            eprintln!("tarjama: `{l}` is not a document language of the event; the proof reads concept notes");
            return ExitCode::from(super::EXIT_BAD_INPUT);
        }
    }
    let (ctx, against) = (meeting.ctx(a.lang), meeting.ctx(against));
    let doc = concept_note::compose(&ctx);
    let other = concept_note::compose(&against);
    let (proof, counts) = proof::compose(&ctx, &doc, &against, &other, &report.findings);
    // Fallbacks are what the proof shows; nothing else to report here.
    let _ = meeting.catalogs.sink().take(false);
    let resources = match pipeline::resources(None) {
        Ok(r) => r,
        Err(d) => return super::bad_input(&d),
    };
    let bytes = match format.render(&crate::doc::Model::Document(proof), &resources) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("tarjama: cannot write the proof: {}", e.message);
            return ExitCode::from(super::EXIT_PROBLEMS);
        }
    };
    let dir = a
        .out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let name = a
        .out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "proof.pdf".into());
    if let Err(d) = output::write_file(dir, &OutputFile { name, bytes }) {
        return super::fail(&(*d).into(), super::EXIT_CANNOT_WRITE);
    }
    super::say(format_args!(
        "wrote {} ({}, {} missing, {} for {})\n",
        a.out.display(),
        count(counts.rows, "row"),
        counts.missing,
        count(counts.findings, "finding"),
        a.lang
    ));
    if counts.missing > 0
        || report
            .findings
            .iter()
            .any(|f| f.is_error() && f.lang.as_deref() == Some(a.lang.code()))
    {
        ExitCode::from(super::EXIT_PROBLEMS)
    } else {
        ExitCode::SUCCESS
    }
}

/// "1 row", "31 rows".
fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

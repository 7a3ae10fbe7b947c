//! `tarjama build`: every output of a meeting, written as
//! `<document>.<lang>.<ext>` (and `calendar/`, `rota.csv`) into a folder;
//! several meetings at once as a batch, each into `OUT/<event id>/`.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::batch;
use crate::diag::Diagnostics;
use crate::lang::Lang;
use crate::pipeline::{self, Failure, Options};
use crate::render::{self, Renderer};

#[derive(clap::Args)]
pub struct Args {
    /// The event folder (holding event.toml and <lang>.ftl files); several
    /// folders, or a folder of event folders, make a batch written to
    /// OUT/<event id>/.
    #[arg(required = true, num_args = 1..)]
    events: Vec<PathBuf>,
    /// Output folder.
    #[arg(long, default_value = "out")]
    out: PathBuf,
    /// Only these languages, comma-separated (e.g. ar,fr).
    #[arg(long, value_delimiter = ',', value_parser = parse_lang)]
    lang: Option<Vec<Lang>>,
    /// Only these formats, comma-separated: docx, pdf, ics, csv (and txt,
    /// plain text, only when asked for).
    #[arg(long, value_delimiter = ',', value_parser = parse_format)]
    format: Option<Vec<&'static dyn Renderer>>,
    /// Fail when a message is missing in a language instead of falling
    /// back to English.
    #[arg(long)]
    strict: bool,
    /// A folder of fonts replacing the bundled ones (NotoSans-Regular.ttf,
    /// NotoSans-Bold.ttf, NotoNaskhArabic-Regular.ttf, NotoNaskhArabic-Bold.ttf).
    #[arg(long)]
    font_dir: Option<PathBuf>,
}

pub fn run(a: Args) -> ExitCode {
    let (events, is_batch) = match batch::find_events(&a.events) {
        Ok(found) => found,
        Err(d) => return super::fail(&d, super::EXIT_BAD_INPUT),
    };
    let opts = Options {
        event: events.first().cloned().unwrap_or_default(),
        out: a.out,
        langs: a.lang,
        formats: a.format,
        strict: a.strict,
        font_dir: a.font_dir,
    };
    if is_batch {
        return run_batch(&events, &opts);
    }
    match pipeline::build(&opts) {
        Ok(report) => {
            super::print(&report.warnings);
            for path in &report.written {
                super::say(format_args!("wrote {}\n", path.display()));
            }
            for path in &report.removed {
                super::say(format_args!(
                    "removed {} (the previous build wrote it; this one does not)\n",
                    path.display()
                ));
            }
            ExitCode::SUCCESS
        }
        Err(f) => fail(&f, &opts.out),
    }
}

/// Prints a failed build's diagnostics and what it left in `out`; the exit
/// status.
fn fail(f: &Failure, out: &Path) -> ExitCode {
    let (d, status, state) = describe(f, out);
    super::print(d);
    eprintln!("tarjama: {} error(s); {state}", d.errors());
    ExitCode::from(status)
}

/// A failure's diagnostics, exit status, and what the output folder holds.
fn describe<'f>(f: &'f Failure, out: &Path) -> (&'f Diagnostics, u8, String) {
    match f {
        Failure::Input(d) => (d, super::EXIT_BAD_INPUT, "no file was written".into()),
        Failure::Output(d) => (
            d,
            super::EXIT_CANNOT_WRITE,
            format!("{} holds what it held before this build", out.display()),
        ),
        Failure::Interrupted(d) => (
            d,
            super::EXIT_CANNOT_WRITE,
            format!(
                "{} may hold a mix of two builds until the next build into it restores the previous files",
                out.display()
            ),
        ),
    }
}

/// Builds every event into OUT/<event id>/ with a progress bar on a
/// terminal, then reports each event in order and one summary line. Exit
/// status: 0 when every event was built, else 2 if any had bad input, else 1.
fn run_batch(events: &[PathBuf], opts: &Options) -> ExitCode {
    let started = Instant::now();
    let bar = if std::io::stderr().is_terminal() {
        let bar =
            ProgressBar::with_draw_target(Some(events.len() as u64), ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len} events {msg}") {
            bar.set_style(style);
        }
        bar
    } else {
        ProgressBar::hidden()
    };
    let outcomes = batch::build_all(events, &opts.out, opts, &|o| {
        bar.set_message(o.event.display().to_string());
        bar.inc(1);
    });
    bar.finish_and_clear();
    let (mut built, mut files, mut status) = (0, 0, 0u8);
    let mut failed = Vec::new();
    for o in &outcomes {
        match &o.result {
            Ok(report) => {
                super::print(&report.warnings);
                let dir = o.out.as_deref().unwrap_or(&opts.out);
                let removed = match report.removed.len() {
                    0 => String::new(),
                    n => format!("; removed {n} the previous build wrote and this one does not"),
                };
                super::say(format_args!(
                    "wrote {} ({} files{removed})\n",
                    dir.display(),
                    report.written.len()
                ));
                built += 1;
                files += report.written.len();
            }
            Err(f) => {
                let out = o.out.as_deref().unwrap_or(&opts.out);
                let (d, code, state) = describe(f, out);
                super::print(d);
                eprintln!(
                    "tarjama: {}: {} error(s); {state}",
                    o.event.display(),
                    d.errors()
                );
                failed.push(o.event.display().to_string());
                status = if code == super::EXIT_BAD_INPUT || status == super::EXIT_BAD_INPUT {
                    super::EXIT_BAD_INPUT
                } else {
                    code
                };
            }
        }
    }
    let failures = if failed.is_empty() {
        String::new()
    } else {
        format!("; {} failed: {}", failed.len(), failed.join(", "))
    };
    eprintln!(
        "tarjama: built {built} of {} events ({files} files) into {} in {:.1} s{failures}",
        outcomes.len(),
        opts.out.display(),
        started.elapsed().as_secs_f64()
    );
    ExitCode::from(status)
}

/// Reads one language code, e.g. "ar" (for `--lang ar,fr`).
pub fn parse_lang(s: &str) -> Result<Lang, String> {
    s.trim().parse::<Lang>()
}

/// Reads one format name (for `--format pdf,docx`).
pub fn parse_format(s: &str) -> Result<&'static dyn Renderer, String> {
    render::by_name(s.trim())
        .ok_or_else(|| format!("unknown format `{s}` (use {})", render::names().join(", ")))
}

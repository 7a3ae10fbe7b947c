//! `tarjama build`: every output of a meeting, written as
//! `<document>.<lang>.<ext>` (and `calendar/`, `rota.csv`) into a folder.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::lang::Lang;
use crate::pipeline::{self, Failure, Options};
use crate::render::{self, Renderer};

#[derive(clap::Args)]
pub struct Args {
    /// The event folder (holding event.toml and <lang>.ftl files).
    event: PathBuf,
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
    let opts = Options {
        event: a.event,
        out: a.out,
        langs: a.lang,
        formats: a.format,
        strict: a.strict,
        font_dir: a.font_dir,
    };
    match pipeline::build(&opts) {
        Ok(report) => {
            super::print(&report.warnings);
            for path in &report.written {
                println!("wrote {}", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(Failure::Input(d)) => super::fail(&d, super::EXIT_BAD_INPUT),
        Err(Failure::Output(d)) => super::fail(&d, super::EXIT_CANNOT_WRITE),
    }
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

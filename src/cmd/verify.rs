//! `tarjama verify`: the files a build wrote, read back and checked; exit
//! status 0 clean, 1 problems found, 2 bad input.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::report::{self, Format};
use crate::verify::{self, Options};

#[derive(clap::Args)]
pub struct Args {
    /// The output folder `tarjama build --out` wrote.
    out: PathBuf,
    /// The event the folder was built from: compare each document's text
    /// with what the composer made, calendars with the meeting's zone and rules.
    #[arg(long, value_name = "EVENT", conflicts_with = "rebuild")]
    event: Option<PathBuf>,
    /// Like --event, and build EVENT again into a scratch folder: every file
    /// must have the same bytes.
    #[arg(long, value_name = "EVENT")]
    rebuild: Option<PathBuf>,
    /// text for people, json for machines.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Fail (exit status 1) on warnings too.
    #[arg(long)]
    strict: bool,
}

pub fn run(a: Args) -> ExitCode {
    let opts = Options {
        out: a.out,
        rebuild: a.rebuild.is_some(),
        event: a.rebuild.or(a.event),
    };
    let r = match verify::verify(&opts) {
        Ok(r) => r,
        Err(d) => return super::bad_input(&d),
    };
    let (errors, warnings) = report::counts(&r.findings);
    match a.format {
        Format::Text => {
            super::say(format_args!("{}", verify::text(&r)));
            eprintln!(
                "tarjama verify: {} file(s), {errors} error(s), {warnings} warning(s)",
                r.files.len()
            );
        }
        Format::Json => super::print_json("verify", &r, errors, warnings),
    }
    super::problems_found(errors, warnings, a.strict)
}

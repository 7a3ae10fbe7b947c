//! `tarjama check`: the translations of an event, before anything is
//! built; exit status 0 clean, 1 problems found, 2 bad input.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::check;
use crate::report::{self, Format};

#[derive(clap::Args)]
pub struct Args {
    /// The event folder (holding event.toml and <lang>.ftl files).
    event: PathBuf,
    /// text for people, json for machines.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Fail (exit status 1) on warnings too, not only on errors.
    #[arg(long)]
    strict: bool,
}

pub fn run(a: Args) -> ExitCode {
    let r = match check::check(&a.event) {
        Ok(r) => r,
        Err(d) => return super::bad_input(&d),
    };
    let (errors, warnings) = report::counts(&r.findings);
    match a.format {
        Format::Text => {
            super::say(format_args!("{}", check::text(&r)));
            eprintln!("tarjama check: {errors} error(s), {warnings} warning(s)");
        }
        Format::Json => super::print_json("check", &r, errors, warnings),
    }
    super::problems_found(errors, warnings, a.strict)
}

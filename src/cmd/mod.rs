//! The subcommands, one file each: parse their arguments, call the library
//! pipeline, print what it reports and choose the exit status.

pub mod build;
pub mod plan;
pub mod schema;

use std::process::ExitCode;

use crate::diag::Diagnostics;

/// Exit statuses shared by the subcommands.
pub const EXIT_CANNOT_WRITE: u8 = 1;
pub const EXIT_BAD_INPUT: u8 = 2;
pub const EXIT_RULE_BROKEN: u8 = 3;

/// Prints diagnostics on stderr, one after another.
pub fn print(d: &Diagnostics) {
    for x in &d.0 {
        eprintln!("{x}");
    }
}

/// Prints the diagnostics of a failure and says nothing was written.
pub fn fail(d: &Diagnostics, status: u8) -> ExitCode {
    print(d);
    eprintln!("tarjama: {} error(s); no file was written", d.errors());
    ExitCode::from(status)
}

//! The subcommands, one file each: parse their arguments, call the library
//! pipeline, print what it reports and choose the exit status.

pub mod build;
pub mod check;
pub mod plan;
pub mod proof;
pub mod schema;
pub mod verify;

use std::process::ExitCode;

use crate::diag::Diagnostics;

/// Exit statuses shared by the subcommands.
pub const EXIT_CANNOT_WRITE: u8 = 1;
/// `check`, `verify`: problems were found.
pub const EXIT_PROBLEMS: u8 = 1;
pub const EXIT_BAD_INPUT: u8 = 2;
pub const EXIT_RULE_BROKEN: u8 = 3;

/// Writes `text` to standard output. A reader that went away (`tarjama
/// plan | head` closes the pipe) is not an error of tarjama's: print!
/// would panic there.
pub fn say(text: std::fmt::Arguments) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_fmt(text);
}

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

/// Bad input to a reviewer's command: the diagnostics, exit status 2.
pub fn bad_input(d: &Diagnostics) -> ExitCode {
    print(d);
    eprintln!(
        "tarjama: {} error(s) in the input; nothing was checked",
        d.errors()
    );
    ExitCode::from(EXIT_BAD_INPUT)
}

/// A reviewer's report as one JSON object on stdout: the command, whether
/// it passed, the counts, and the report's own fields.
pub fn print_json(command: &str, report: &impl serde::Serialize, errors: usize, warnings: usize) {
    let mut v = serde_json::to_value(report).unwrap_or_default();
    if let Some(o) = v.as_object_mut() {
        o.insert("command".into(), command.into());
        o.insert("errors".into(), errors.into());
        o.insert("warnings".into(), warnings.into());
    }
    say(format_args!(
        "{}\n",
        serde_json::to_string_pretty(&v).expect("a JSON value serialises")
    ));
}

/// The exit status of `check` and `verify`: 1 when there are errors (or
/// warnings, with `strict`), 0 otherwise.
pub fn problems_found(errors: usize, warnings: usize, strict: bool) -> ExitCode {
    if errors > 0 || (strict && warnings > 0) {
        ExitCode::from(EXIT_PROBLEMS)
    } else {
        ExitCode::SUCCESS
    }
}

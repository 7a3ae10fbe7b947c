//! The tarjama command line: parse arguments and hand them to the
//! subcommand (src/cmd/), which calls the library and sets the exit status.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use tarjama::cmd;

#[derive(Parser)]
#[command(
    name = "tarjama",
    version,
    about = "Concept notes and interpreter booth schedules for multilingual meetings"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write every document of a meeting: concept notes and booth schedules
    /// as DOCX and PDF in each language, interpreter calendars and the rota.
    Build(cmd::build::Args),
    /// Print the interpreter rota (teams, turns, relay) and its findings.
    /// Exits with status 3 if the plan breaks a professional rule.
    Plan(cmd::plan::Args),
    /// Print the JSON Schema of the event file.
    Schema,
    /// Check the event's translations (and tarjama's own) against the
    /// source language. Exit status 1 if problems are found.
    Check(cmd::check::Args),
    /// Read back the files a build wrote (PDF, DOCX, calendars, rota) and
    /// check them; with --rebuild EVENT also that a new build gives the same
    /// bytes. Exit status 1 if problems are found.
    Verify(cmd::verify::Args),
    /// Write the concept note in two languages side by side (PDF or DOCX),
    /// aligned by message, with missing messages and check's findings marked.
    Proof(cmd::proof::Args),
}

// Layout allocates a little per character and per glyph; mimalloc serves
// that many small allocations from two threads faster than the system's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Build(a) => cmd::build::run(a),
        Command::Plan(a) => cmd::plan::run(a),
        Command::Check(a) => cmd::check::run(a),
        Command::Verify(a) => cmd::verify::run(a),
        Command::Proof(a) => cmd::proof::run(a),
        Command::Schema => {
            cmd::say(format_args!("{}\n", cmd::schema::run()));
            ExitCode::SUCCESS
        }
    }
}

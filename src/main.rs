//! The tarjama command line: parse arguments, call the library, print
//! diagnostics, set the exit status (0 ok, 1 cannot write, 2 bad input).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use tarjama::cmd;
use tarjama::diag::Diagnostics;

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
    /// Write every document of a meeting: concept notes as DOCX and PDF in
    /// each document language, named <document>.<lang>.<ext>.
    Build {
        /// The event folder (holding event.toml and <lang>.ftl files).
        event: PathBuf,
        /// Output folder.
        #[arg(long, default_value = "out")]
        out: PathBuf,
        /// Only these languages, comma-separated (e.g. ar,fr).
        #[arg(long, value_delimiter = ',', value_parser = cmd::build::parse_lang)]
        lang: Option<Vec<tarjama::lang::Lang>>,
        /// Only these formats, comma-separated (docx, pdf).
        #[arg(long, value_delimiter = ',', value_parser = cmd::build::parse_format)]
        format: Option<Vec<cmd::build::Format>>,
        /// Fail when a message is missing in a language instead of falling
        /// back to English.
        #[arg(long)]
        strict: bool,
        /// A folder of fonts replacing the bundled ones (NotoSans-Regular.ttf,
        /// NotoSans-Bold.ttf, NotoNaskhArabic-Regular.ttf, NotoNaskhArabic-Bold.ttf).
        #[arg(long)]
        font_dir: Option<PathBuf>,
    },
    /// Print the interpreter rota (teams, turns, relay) and its findings.
    /// Exits with status 3 if the plan breaks a professional rule.
    Plan {
        /// The event folder.
        event: PathBuf,
        /// Accept a plan that breaks a rule (exit 0 anyway).
        #[arg(long)]
        accept: bool,
    },
    /// Print the JSON Schema of the event file.
    Schema,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            event,
            out,
            lang,
            format,
            strict,
            font_dir,
        } => {
            let opts = cmd::build::Options {
                event,
                out,
                langs: lang,
                formats: format,
                strict,
                font_dir,
            };
            match cmd::build::run(&opts) {
                Ok(report) => {
                    print_diags(&report.warnings);
                    for path in &report.written {
                        println!("wrote {}", path.display());
                    }
                    ExitCode::SUCCESS
                }
                Err(cmd::build::Failure::Input(diags)) => fail(&diags, 2),
                Err(cmd::build::Failure::Output(diags)) => fail(&diags, 1),
            }
        }
        Command::Plan { event, accept } => match cmd::plan::run(&event) {
            Ok((table, broken)) => {
                print!("{table}");
                if broken && !accept {
                    eprintln!("tarjama: the plan breaks a rule (see the findings); pass --accept to accept it");
                    ExitCode::from(3)
                } else {
                    ExitCode::SUCCESS
                }
            }
            Err(diags) => fail(&diags, 2),
        },
        Command::Schema => {
            println!("{}", cmd::schema::run());
            ExitCode::SUCCESS
        }
    }
}

fn print_diags(d: &Diagnostics) {
    for x in &d.0 {
        eprintln!("{x}");
    }
}

fn fail(d: &Diagnostics, status: u8) -> ExitCode {
    print_diags(d);
    let n = d.0.iter().filter(|x| x.is_error()).count();
    eprintln!("tarjama: {n} error(s); no file was written");
    ExitCode::from(status)
}

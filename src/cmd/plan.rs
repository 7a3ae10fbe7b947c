//! `tarjama plan`: the interpreter rota and its findings, as text in the
//! terminal in the language asked for; exit status 3 when the plan breaks a
//! professional rule.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::lang::Lang;
use crate::pipeline;
use crate::render::text;

#[derive(clap::Args)]
pub struct Args {
    /// The event folder.
    event: PathBuf,
    /// The language of the table (default English, or, in a meeting
    /// without English, its source language or first document language).
    #[arg(long, value_parser = super::build::parse_lang)]
    lang: Option<Lang>,
    /// Accept a plan that breaks a rule (exit 0 anyway).
    #[arg(long)]
    accept: bool,
}

pub fn run(a: Args) -> ExitCode {
    let event = match crate::event::load(&a.event) {
        Ok(e) => e,
        Err(d) => return super::fail(&d, super::EXIT_BAD_INPUT),
    };
    if event.interpretation_languages.is_empty() {
        // Not bad input either: a meeting may have no interpretation.
        super::say(format_args!(
            "the meeting has no interpretation (no interpretation_languages in {}): there is nothing to plan.\n",
            event.file.display()
        ));
        return ExitCode::SUCCESS;
    }
    let lang = a.lang.unwrap_or_else(|| default_lang(&event));
    let meeting = match pipeline::meeting(event, Some(&[lang])) {
        Ok(m) => m,
        Err(d) => return super::fail(&d, super::EXIT_BAD_INPUT),
    };
    if meeting.planned.is_none() {
        // Not bad input: the meeting is not timed yet.
        super::say(format_args!(
            "{}.\n",
            pipeline::not_yet_planned(&meeting.event)
        ));
        return ExitCode::SUCCESS;
    }
    let (doc, planned) = match pipeline::plan_overview(&meeting, lang) {
        Ok(x) => x,
        Err(d) => return super::fail(&d, super::EXIT_BAD_INPUT),
    };
    super::say(format_args!("{}", text::to_text(&doc)));
    if planned.plan.breaks_a_rule() && !a.accept {
        eprintln!("tarjama: the plan breaks a rule (see the findings); pass --accept to accept it");
        ExitCode::from(super::EXIT_RULE_BROKEN)
    } else {
        ExitCode::SUCCESS
    }
}

/// English if the meeting has documents or a booth in it; else its source
/// language if it writes documents in it; else its first.
fn default_lang(event: &crate::event::Event) -> Lang {
    let langs = event.output_languages();
    [Lang::En, event.source_language]
        .into_iter()
        .find(|l| langs.contains(l))
        .or_else(|| langs.first().copied())
        .unwrap_or(Lang::En)
}

//! `tarjama plan`: the interpreter rota and its findings as a terminal
//! table; a non-zero exit when the plan breaks a professional rule.

use std::path::Path;

use crate::diag::{Diagnostic, Diagnostics};
use crate::event::{self, Event};
use crate::plan::{self, from_event, Input, Plan, PlanError, Severity};

/// The event, its planning input and the plan.
pub struct Planned {
    pub event: Event,
    pub input: Input,
    pub plan: Plan,
}

/// Loads the event and plans its interpretation.
pub fn plan_event(path: &Path) -> Result<Planned, Diagnostics> {
    let event = event::load(path)?;
    plan_loaded(event)
}

/// Plans an already loaded event.
pub fn plan_loaded(event: Event) -> Result<Planned, Diagnostics> {
    let input = from_event::input(&event);
    match plan::plan(&input) {
        Ok(plan) => Ok(Planned { event, input, plan }),
        Err(e) => Err(plan_error(&event, &e).into()),
    }
}

/// A planning error pointed at the event file.
fn plan_error(event: &Event, e: &PlanError) -> Diagnostic {
    let d = Diagnostic::error(format!("no interpretation plan: {e}")).in_file(&event.file);
    let item_loc = |item: usize| event.agenda.get(item.wrapping_sub(1)).map(|i| i.at);
    let d = match e {
        PlanError::NoRelayRoute { item, .. } => match item_loc(*item) {
            Some(loc) => d.at(loc),
            None => d,
        },
        _ => d,
    };
    let help = match e {
        PlanError::NoRelayRoute { .. } => {
            "add a booth or an interpreter who understands that floor language, or list the speaker's languages"
        }
        PlanError::UnknownBooth { .. } => "put the interpreter in one of interpretation_languages",
        PlanError::DuplicateInterpreter(_) => "list each interpreter once",
        _ => "check interpretation_languages, the agenda and [[interpreters]]",
    };
    d.with_snippet_from(&event.source).help(help)
}

/// The text `tarjama plan` prints, and whether the plan breaks a rule.
pub fn run(path: &Path) -> Result<(String, bool), Diagnostics> {
    let p = plan_event(path)?;
    let broken = p
        .plan
        .findings
        .iter()
        .any(|f| f.severity == Severity::Error);
    Ok((plan::terminal_table(&p.plan, &p.input), broken))
}

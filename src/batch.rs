//! Batch builds: several event folders (or a folder of event folders) in
//! one call, each written to `OUT/<event id>/`, in parallel; one failing
//! event is reported and does not stop the others.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diag::{Diagnostic, Diagnostics};
use crate::event::{self, EVENT_FILE};
use crate::pipeline::{self, Failure, Options, Report};

/// The event folders named on the command line: each folder holding an
/// `event.toml` (or the file itself), and each folder of event folders
/// opened into them (sorted by name). `batch` is true when the result is to
/// be built as a batch (more than one event, or a folder of events).
pub fn find_events(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, bool), Diagnostics> {
    let mut events = Vec::new();
    let mut batch = paths.len() > 1;
    let mut diags = Diagnostics::default();
    for p in paths {
        if p.is_file() || p.join(EVENT_FILE).is_file() || !p.is_dir() {
            // A missing path is reported by the event loader, with help.
            events.push(p.clone());
            continue;
        }
        let mut inner: Vec<PathBuf> = std::fs::read_dir(p)
            .map(|rd| {
                rd.filter_map(|e| e.ok())
                    .map(|e| e.path())
                    .filter(|d| d.join(EVENT_FILE).is_file())
                    .collect()
            })
            .unwrap_or_default();
        inner.sort();
        if inner.is_empty() {
            diags.push(
                Diagnostic::error(format!(
                    "{} holds no {EVENT_FILE}, and none of its folders does",
                    p.display()
                ))
                .help("give an event folder (holding event.toml), or a folder of event folders"),
            );
        }
        batch = true;
        events.extend(inner);
    }
    if diags.has_errors() {
        Err(diags)
    } else {
        Ok((events, batch))
    }
}

/// A folder name for an event id: letters, digits, `-`, `_` and `.` kept,
/// anything else (a slash, `..`, spaces, other scripts) made `-`, never
/// hidden, never empty, at most 100 characters.
pub fn folder_name(id: &str) -> String {
    let mut s = String::new();
    for c in id.chars() {
        let c = if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
            c
        } else {
            '-'
        };
        if !(c == '-' && s.ends_with('-')) {
            s.push(c);
        }
    }
    let s = s
        .trim_start_matches(['.', '-'])
        .trim_end_matches(['.', '-']);
    let s: String = s.chars().take(100).collect();
    // Names Windows keeps for devices cannot be folders there.
    let reserved = ["con", "prn", "aux", "nul", "com1", "lpt1"];
    if s.is_empty() || reserved.contains(&s.to_ascii_lowercase().as_str()) {
        format!("event-{s}").trim_end_matches('-').to_string()
    } else {
        s
    }
}

/// What became of one event of a batch.
pub struct Outcome {
    /// The event folder as given.
    pub event: PathBuf,
    /// Where its files went (or would have gone).
    pub out: Option<PathBuf>,
    pub result: Result<Report, Failure>,
}

/// Builds every event of `events` into `out/<folder name of its id>/`, in
/// parallel, calling `done` as each finishes. Outcomes come back in the
/// order of `events`. Events whose ids make the same folder name (compared
/// without case, as on macOS and Windows) are all refused.
pub fn build_all(
    events: &[PathBuf],
    out: &Path,
    template: &Options,
    done: &(dyn Fn(&Outcome) + Sync),
) -> Vec<Outcome> {
    // Read every event first: their ids name the folders.
    let loaded: Vec<Result<event::Event, Diagnostics>> =
        events.par_iter().map(|p| event::load(p)).collect();
    let mut by_folder: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, e) in loaded.iter().enumerate() {
        if let Ok(e) = e {
            by_folder
                .entry(folder_name(&e.id).to_lowercase())
                .or_default()
                .push(i);
        }
    }
    let jobs: Vec<(usize, Result<event::Event, Diagnostics>)> =
        loaded.into_iter().enumerate().collect();
    jobs.into_par_iter()
        .map(|(i, loaded)| {
            let outcome = match loaded {
                Err(d) => Outcome {
                    event: events[i].clone(),
                    out: None,
                    result: Err(Failure::Input(d)),
                },
                Ok(ev) => {
                    let folder = folder_name(&ev.id);
                    let dir = out.join(&folder);
                    let same = &by_folder[&folder.to_lowercase()];
                    let result = if same.len() > 1 {
                        let others: Vec<String> = same
                            .iter()
                            .filter(|&&j| j != i)
                            .map(|&j| events[j].display().to_string())
                            .collect();
                        Err(Failure::Input(
                            Diagnostic::error(format!(
                                "event id `{}` gives the output folder {}, as the event{} in {} do{}",
                                ev.id,
                                dir.display(),
                                if others.len() > 1 { "s" } else { "" },
                                others.join(", "),
                                if others.len() > 1 { "" } else { "es" }
                            ))
                            .in_file(&ev.file)
                            .help("give each event of a batch its own id; neither was built")
                            .into(),
                        ))
                    } else {
                        let opts = Options {
                            event: events[i].clone(),
                            out: dir.clone(),
                            ..template.clone()
                        };
                        pipeline::build_event(ev, &opts)
                    };
                    Outcome {
                        event: events[i].clone(),
                        out: Some(dir),
                        result,
                    }
                }
            };
            done(&outcome);
            outcome
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folder_names_stay_inside_and_are_never_empty() {
        for (id, want) in [
            ("gcm-talk-2023", "gcm-talk-2023"),
            ("../../etc", "etc"),
            ("/abs/path", "abs-path"),
            ("a b\tc", "a-b-c"),
            (".hidden", "hidden"),
            ("", "event"),
            ("..", "event"),
            ("اجتماع", "event"),
            ("CON", "event-CON"),
            ("Talk 2023 / Genève", "Talk-2023-Gen-ve"),
        ] {
            let got = folder_name(id);
            assert_eq!(got, want, "{id:?}");
            assert!(!got.contains('/') && !got.starts_with('.') && !got.is_empty());
        }
        assert_eq!(folder_name(&"x".repeat(300)).len(), 100);
    }
}

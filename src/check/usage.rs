//! What the event needs from its messages: every id composition asks for
//! exists in the source, and people's names are written as the event file
//! writes them, in every language.

use std::collections::BTreeSet;

use super::ftl::FtlFile;
use crate::diag::{closest, edit_distance, Diagnostics, Severity};
use crate::event::Event;
use crate::i18n::Origin;
use crate::lang::Lang;
use crate::pipeline;
use crate::report::{Code, Finding};

/// What the event's outputs ask for: every id, and the findings for ids
/// that exist nowhere.
pub struct Usage {
    pub used: BTreeSet<String>,
    pub findings: Vec<Finding>,
}

/// The ids every output of the event asks for, composed in `lang`, and the
/// findings for those that exist in none of `files` (`lang`'s files).
/// `None` when the catalogs cannot load because a .ftl file does not parse
/// (already reported as syntax errors); Err for other bad input.
pub fn used_ids(
    event: &Event,
    lang: Lang,
    files: &[&FtlFile],
) -> Result<Option<Usage>, Diagnostics> {
    let (meeting, unplanned) = match pipeline::meeting_texts(event.clone(), Some(&[lang])) {
        Ok(m) => m,
        Err(d) if d.0.iter().all(|x| is_ftl(x.file.as_deref())) => return Ok(None),
        Err(d) => return Err(d),
    };
    // A plan that cannot be made is said as `build` would; the texts of
    // the documents that need no plan are still checked.
    let mut out: Vec<Finding> = unplanned
        .iter()
        .flat_map(|d| &d.0)
        .filter(|x| x.severity == Severity::Error)
        .map(|x| Finding::from_diagnostic(Code::CannotPlan, x))
        .collect();
    let _ = pipeline::compose(&meeting);
    // Composition's own warnings (fallbacks, plan findings) are `build`'s
    // to report; here only the ids matter.
    let _ = meeting.catalogs.sink().take(false);
    let Some(cat) = meeting.catalogs.get(lang) else {
        return Ok(None);
    };
    let known: Vec<&str> = files
        .iter()
        .flat_map(|f| f.entries.keys().map(String::as_str))
        .collect();
    let mut used = BTreeSet::new();
    let event_ftl = files
        .iter()
        .find(|f| !f.path.starts_with("locales"))
        .map(|f| f.path.clone())
        .unwrap_or_else(|| crate::i18n::event_ftl(&event.dir, lang));
    for (id, origin) in cat.asked() {
        used.insert(id.clone());
        if files.iter().any(|f| f.has(&id)) {
            continue;
        }
        let guess = closest(&id, &known)
            .map(|k| format!("did you mean `{k}`? Otherwise add"))
            .unwrap_or_else(|| "add".into());
        let f = match origin {
            Origin::EventFile(loc) => {
                let mut f = Finding::new(
                    Code::UnknownId,
                    &event.file,
                    format!("the event file names message `{id}`, which does not exist"),
                )
                .help(format!(
                    "{guess} `{id} = …` to {}, or fix the id here",
                    event_ftl.display()
                ));
                f.line = Some(loc.line);
                f.column = Some(loc.column);
                f.snippet = event
                    .source
                    .lines()
                    .nth(loc.line.saturating_sub(1))
                    .map(str::to_owned);
                f
            }
            Origin::Derived => Finding::new(
                Code::UnknownId,
                &event_ftl,
                format!("the event needs message `{id}`, which does not exist"),
            )
            .help(format!(
                "{guess} `{id} = …` to this file (and to the other languages' files)"
            )),
        };
        out.push(f.lang(lang).message(id));
    }
    Ok(Some(Usage {
        used,
        findings: out,
    }))
}

/// Every id the event's outputs ask for, composed in each of its output
/// languages (a message may be needed only by a booth schedule, written
/// in booth languages). `None` when the catalogs cannot load.
pub fn asked_anywhere(event: &Event) -> Option<BTreeSet<String>> {
    let meeting = pipeline::meeting(event.clone(), None).ok()?;
    let _ = pipeline::compose(&meeting);
    let _ = meeting.catalogs.sink().take(false);
    let asked = Lang::ALL
        .iter()
        .filter_map(|&l| meeting.catalogs.get(l))
        .flat_map(|cat| cat.asked().into_iter().map(|(id, _)| id))
        .collect();
    Some(asked)
}

/// The messages of the event's source file that no output shows, not even
/// through another message: a text someone wrote that no document prints
/// (a section missing from `sections`, an id misspelt in event.toml).
/// Terms are left out: the names-and-terms sheet lists them all.
pub fn unused(source: &FtlFile, asked: &BTreeSet<String>) -> Vec<Finding> {
    let base = |id: &str| id.split_once('.').map_or(id, |(m, _)| m).to_string();
    let mut reached: BTreeSet<String> = BTreeSet::new();
    let mut todo: Vec<String> = asked.iter().map(|id| base(id)).collect();
    while let Some(id) = todo.pop() {
        if !reached.insert(id.clone()) {
            continue;
        }
        let Some(e) = source.entries.get(&id) else {
            continue;
        };
        for p in e.value.iter().chain(e.attributes.values()) {
            todo.extend(p.messages.iter().map(|m| base(m)));
            todo.extend(p.terms.iter().cloned());
        }
    }
    source
        .entries
        .iter()
        .filter(|(id, _)| !id.starts_with('-') && !reached.contains(*id))
        .map(|(id, e)| {
            Finding::new(
                Code::UnusedMessage,
                &source.path,
                format!("message `{id}` is in no document of this meeting"),
            )
            .lang(source.lang)
            .message(id.as_str())
            .at_offset(&source.source, e.offset)
            .help(
                "name it in event.toml where it belongs (a section in `sections`, an agenda \
                 item's title, a person's role), or remove it",
            )
        })
        .collect()
}

fn is_ftl(file: Option<&std::path::Path>) -> bool {
    file.and_then(|f| f.extension()).is_some_and(|e| e == "ftl")
}

/// People's names in the meeting's messages: a name written with a typo
/// or other capitals, and a name the source writes that a translation drops
/// (names are never translated).
pub fn person_names(event: &Event, source: &FtlFile, files: &[&FtlFile]) -> Vec<Finding> {
    let mut out = Vec::new();
    let names: Vec<&str> = event
        .people
        .values()
        .filter_map(|p| p.name.as_deref())
        .collect();
    for file in files {
        for (id, e) in &file.entries {
            let text: String = e
                .value
                .iter()
                .chain(e.attributes.values())
                .flat_map(|p| p.pieces.iter().map(String::as_str))
                .collect::<Vec<_>>()
                .join(" ");
            for name in &names {
                let near = near_misses(&text, name);
                for written in &near {
                    out.push(
                        file.finding(
                            Code::PersonName,
                            id,
                            id,
                            written,
                            format!(
                                "`{id}` writes the name “{written}”; the event file writes “{name}”"
                            ),
                        )
                        .help(format!("write “{name}”, as in {}", event.file.display())),
                    );
                }
                let in_source = source
                    .entries
                    .get(id)
                    .and_then(|s| s.value.as_ref())
                    .is_some_and(|v| v.text.contains(*name));
                if file.lang != source.lang && in_source && near.is_empty() && !text.contains(*name)
                {
                    out.push(
                        file.finding(
                            Code::PersonName,
                            id,
                            id,
                            "=",
                            format!(
                                "`{id}` does not name “{name}”, whom the source names there"
                            ),
                        )
                        .help(format!(
                            "names are written as the person writes them, never translated: write “{name}”"
                        )),
                    );
                }
            }
        }
    }
    out
}

/// Word sequences of `text` as long as `name` that are close to it but
/// not it: one or two letters off, or other capitals.
fn near_misses(text: &str, name: &str) -> Vec<String> {
    let n = name.split_whitespace().count();
    let words: Vec<&str> = text.split_whitespace().collect();
    let len = name.chars().count();
    let allowed = (len / 8).clamp(1, 2);
    let mut out = Vec::new();
    for w in words.windows(n.max(1)) {
        let cand = w
            .join(" ")
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_string();
        if cand == name || !cand.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let d = edit_distance(&cand.to_lowercase(), &name.to_lowercase());
        let case_only = d == 0;
        if (case_only || d <= allowed) && !out.contains(&cand) {
            out.push(cand);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_misses_of_a_name() {
        assert_eq!(
            near_misses("With Emilia Saez (UCLG).", "Emilia Saiz"),
            ["Emilia Saez"]
        );
        assert_eq!(
            near_misses("With EMILIA SAIZ.", "Emilia Saiz"),
            ["EMILIA SAIZ"]
        );
        assert!(near_misses("With Emilia Saiz.", "Emilia Saiz").is_empty());
        assert!(near_misses("with emilia saez", "Emilia Saiz").is_empty());
        assert!(near_misses("Jonathan Smith", "Emilia Saiz").is_empty());
    }
}

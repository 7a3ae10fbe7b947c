//! `tarjama check`: the translations of an event before anything is built,
//! the event's `.ftl` files and tarjama's own `locales/`, against the
//! source language (English, or the event's `source_language`).
//!
//! `ftl` reads a file through fluent-syntax's AST; `compare` sets a
//! translation against its source; `text` checks the words themselves;
//! `usage` checks what the event file needs. Everything becomes a
//! `report::Finding`; `check` adds a summary per language.

pub mod compare;
pub mod ftl;
pub mod text;
pub mod usage;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::diag::Diagnostics;
use crate::event::{self, Event};
use crate::i18n;
use crate::lang::Lang;
use crate::pipeline;
use crate::report::{self, Code, Finding};
use ftl::FtlFile;

/// What `check` found, and the counts a coordinator reads at a glance.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub source: String,
    pub findings: Vec<Finding>,
    pub languages: Vec<LangSummary>,
}

/// One language at a glance: messages of the source (the event's and
/// tarjama's), how many the language has, lacks, and shows in the source
/// language in this event's documents; its errors and warnings.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LangSummary {
    pub lang: String,
    pub messages: usize,
    pub translated: usize,
    pub missing: usize,
    pub falling_back: usize,
    pub errors: usize,
    pub warnings: usize,
}

/// The two files of one language: the event's messages (if the file
/// exists) and tarjama's own labels.
struct LangFiles {
    lang: Lang,
    event: Option<FtlFile>,
    builtin: Option<FtlFile>,
}

impl LangFiles {
    fn all(&self) -> Vec<&FtlFile> {
        self.event.iter().chain(self.builtin.iter()).collect()
    }
}

/// Checks the translations of the event at `path` (a folder or its
/// event.toml). Err: the event file itself is bad input.
pub fn check(path: &Path) -> Result<Report, Diagnostics> {
    let event = event::load(path)?;
    let source_lang = event.source_language;
    let mut findings = Vec::new();
    let langs = languages(&event);
    let files: Vec<LangFiles> = langs
        .iter()
        .map(|&l| read(&event, l, &mut findings))
        .collect();
    let source = files
        .iter()
        .find(|f| f.lang == source_lang)
        .expect("the source language is always read");
    let english = files
        .iter()
        .find(|f| f.lang == Lang::En)
        .expect("English is always read");

    for lf in &files {
        let scope = lf.all();
        for f in &scope {
            for (id, e) in &f.entries {
                for (full, p) in e
                    .value
                    .iter()
                    .map(|v| (id.clone(), v))
                    .chain(e.attributes.iter().map(|(a, p)| (format!("{id}.{a}"), p)))
                {
                    findings.extend(text::own(f, id, &full, p, event.digits(f.lang)));
                }
            }
        }
        // The event's messages against the event's source language;
        // tarjama's own labels against English, the language they are
        // written in.
        for (s, t) in sources(lf, source, english) {
            match (s, t) {
                (Some(s), Some(t)) if s.lang != t.lang => {
                    findings.extend(compare::compare(s, t, &scope))
                }
                // A source's references must resolve too, and its plurals
                // cover its language's categories (an Arabic source too).
                (_, Some(t)) => {
                    findings.extend(compare::compare(t, t, &scope).into_iter().filter(|x| {
                        matches!(x.code, Code::UnknownReference | Code::PluralCategories)
                    }))
                }
                _ => {}
            }
        }
    }

    let mut used = BTreeSet::new();
    let first = if is_output_lang(&event, source_lang) {
        source_lang
    } else {
        langs
            .iter()
            .copied()
            .find(|&l| is_output_lang(&event, l))
            .unwrap_or(source_lang)
    };
    let first_files = files.iter().find(|f| f.lang == first).map(LangFiles::all);
    if let Some(u) = usage::used_ids(&event, first, &first_files.unwrap_or_default())? {
        used = u.used;
        findings.extend(
            u.findings
                .into_iter()
                .map(|f| lacking_in_source(f, first, &files)),
        );
    }
    if let Some(src_event) = &source.event {
        if let Some(asked) = usage::asked_anywhere(&event) {
            findings.extend(usage::unused(src_event, &asked));
        }
        let event_files: Vec<&FtlFile> = files.iter().filter_map(|f| f.event.as_ref()).collect();
        findings.extend(usage::person_names(&event, src_event, &event_files));
    }

    let outputs = event.output_languages();
    let has_venue = |l: Lang| {
        files
            .iter()
            .any(|f| f.lang == l && f.all().iter().any(|x| x.has(crate::compose::VENUE)))
    };
    if let Some(w) = pipeline::no_venue(&event, &outputs, has_venue) {
        findings.push(Finding::from_diagnostic(Code::MissingVenue, &w));
    }

    report::sort(&mut findings);
    findings.dedup();
    // English read only for tarjama's labels is not one of the meeting's.
    let languages = files
        .iter()
        .filter(|lf| lf.lang == source_lang || is_output_lang(&event, lf.lang))
        .map(|lf| summary(lf, source, english, &used, &findings))
        .collect();
    Ok(Report {
        source: source_lang.code().into(),
        findings,
        languages,
    })
}

/// An `unknown-id` finding for a message other languages' files have:
/// said so, with the language whose text the documents show instead.
fn lacking_in_source(mut f: Finding, lang: Lang, files: &[LangFiles]) -> Finding {
    let Some(id) = f
        .message_id
        .clone()
        .filter(|_| f.code == Code::UnknownId && f.line.is_none())
    else {
        return f;
    };
    let having: Vec<String> = files
        .iter()
        .filter(|lf| lf.lang != lang && lf.event.as_ref().is_some_and(|e| e.has(&id)))
        .map(|lf| format!("{}.ftl", lf.lang))
        .collect();
    if !having.is_empty() {
        f.text = format!(
            "the event needs message `{id}`, which {lang}.ftl lacks ({} {} it: the {lang} documents show another language's text)",
            having.join(", "),
            if having.len() == 1 { "has" } else { "have" }
        );
        f.help = Some(format!("add `{id} = …` to this file, in {lang}"));
    }
    f
}

/// The languages to read: the source, English (tarjama's own labels are
/// compared with it), every document language and every booth language
/// tarjama writes documents in, in UN order.
fn languages(event: &Event) -> Vec<Lang> {
    Lang::ALL
        .into_iter()
        .filter(|&l| l == event.source_language || l == Lang::En || is_output_lang(event, l))
        .collect()
}

fn is_output_lang(event: &Event, l: Lang) -> bool {
    event.output_languages().contains(&l)
}

/// Reads a language's files; a missing required file and syntax errors
/// become findings.
fn read(event: &Event, lang: Lang, findings: &mut Vec<Finding>) -> LangFiles {
    let path = i18n::event_ftl(&event.dir, lang);
    let event_file = match std::fs::read_to_string(&path) {
        Ok(src) => parse(&path, lang, &src, findings),
        Err(e) => {
            // English text is needed only where the meeting has it.
            let required =
                lang == event.source_language || event.document_languages.contains(&lang);
            if required || path.exists() {
                findings.push(
                    Finding::new(
                        Code::MissingFile,
                        &path,
                        format!("cannot read the meeting's {lang} messages: {e}"),
                    )
                    .lang(lang)
                    .help(format!(
                        "create {} with the meeting's text in this language",
                        path.display()
                    )),
                );
            } else if is_output_lang(event, lang) {
                // As `build` warns: the booth schedule falls back whole.
                let (what, help) = i18n::no_text(lang, i18n::fallback_language(event), &path);
                findings.push(
                    Finding::new(Code::MissingBoothFile, &path, what)
                        .lang(lang)
                        .help(help),
                );
            }
            None
        }
    };
    let builtin = i18n::builtin_locale(lang).and_then(|src| {
        let p = PathBuf::from(format!("locales/{}/tarjama.ftl", lang.code()));
        parse(&p, lang, src, findings)
    });
    LangFiles {
        lang,
        event: event_file,
        builtin,
    }
}

/// Parses one file; syntax errors become findings. A file nested too deep
/// for the parser is not parsed at all.
fn parse(path: &Path, lang: Lang, src: &str, findings: &mut Vec<Finding>) -> Option<FtlFile> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    if let Some(at) = i18n::too_deep(src) {
        findings.push(
            Finding::new(
                Code::SyntaxError,
                path,
                format!("placeables nested more than {} deep", i18n::MAX_NESTING),
            )
            .lang(lang)
            .at_offset(src, at)
            .help("a message nests `{ ... }` two or three deep at most; check for unclosed braces"),
        );
        return None;
    }
    let f = FtlFile::parse(path, lang, src);
    for (id, first, again) in i18n::repeated_definitions(&f.source) {
        // The same words as `build`'s error.
        let d = i18n::repeated_error(path, &f.source, &id, first, again);
        findings.push(
            Finding::new(Code::DuplicateMessage, path, d.message)
                .lang(lang)
                .message(&id)
                .at_offset(&f.source, again)
                .help(d.help.unwrap_or_default()),
        );
    }
    for (at, what) in &f.syntax_errors {
        findings.push(
            Finding::new(Code::SyntaxError, path, format!("Fluent syntax error: {what}"))
                .lang(lang)
                .at_offset(&f.source, *at)
                .help("fix the message's syntax (see projectfluent.org/fluent/guide); continuation lines must be indented"),
        );
    }
    Some(f)
}

/// Each file of `lf` with the file it is checked against: the event's with
/// the source language's, tarjama's with English's.
fn sources<'a>(
    lf: &'a LangFiles,
    source: &'a LangFiles,
    english: &'a LangFiles,
) -> [(Option<&'a FtlFile>, Option<&'a FtlFile>); 2] {
    [
        (source.event.as_ref(), lf.event.as_ref()),
        (english.builtin.as_ref(), lf.builtin.as_ref()),
    ]
}

fn summary(
    lf: &LangFiles,
    source: &LangFiles,
    english: &LangFiles,
    used: &BTreeSet<String>,
    findings: &[Finding],
) -> LangSummary {
    let pairs = sources(lf, source, english);
    let (mut messages, mut translated, mut falling_back) = (0, 0, 0);
    let mut counted = BTreeSet::new();
    for (s, t) in pairs {
        let Some(s) = s else { continue };
        for id in s.entries.keys() {
            counted.insert(id.as_str());
            messages += 1;
            if t.as_ref().is_some_and(|t| t.entries.contains_key(id)) {
                translated += 1;
            } else if used
                .iter()
                .any(|u| u.split('.').next() == Some(id.as_str()))
            {
                falling_back += 1;
            }
        }
    }
    // A message the documents need that the source lacks is missing in
    // the source too (`unknown-id` says it); a language without it shows
    // the English text where English has one.
    let needed: BTreeSet<&str> = used.iter().filter_map(|u| u.split('.').next()).collect();
    for id in needed.into_iter().filter(|id| !counted.contains(id)) {
        let has = |f: &LangFiles| f.all().iter().any(|x| x.entries.contains_key(id));
        messages += 1;
        if has(lf) {
            translated += 1;
        } else if english
            .event
            .as_ref()
            .is_some_and(|e| e.entries.contains_key(id))
        {
            falling_back += 1;
        }
    }
    let mine: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.lang.as_deref() == Some(lf.lang.code()))
        .collect();
    let errors = mine.iter().filter(|f| f.is_error()).count();
    LangSummary {
        lang: lf.lang.code().into(),
        messages,
        translated,
        missing: messages - translated,
        falling_back,
        errors,
        warnings: mine.len() - errors,
    }
}

/// The report as text: every finding, then the table per language.
pub fn text(r: &Report) -> String {
    let mut out = report::text(&r.findings);
    out.push_str(&format!(
        "{:<6}{:>10}{:>12}{:>9}{:>14}{:>8}{:>10}\n",
        "lang", "messages", "translated", "missing", "falling back", "errors", "warnings"
    ));
    for l in &r.languages {
        let lang = if l.lang == r.source {
            format!("{} *", l.lang)
        } else {
            l.lang.clone()
        };
        out.push_str(&format!(
            "{:<6}{:>10}{:>12}{:>9}{:>14}{:>8}{:>10}\n",
            lang, l.messages, l.translated, l.missing, l.falling_back, l.errors, l.warnings
        ));
    }
    out.push_str(&format!("* source language ({})\n", r.source));
    out
}

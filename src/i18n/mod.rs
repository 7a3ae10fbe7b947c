//! Fluent catalogs: one bundle per language holding tarjama's own labels
//! (`locales/<lang>/*.ftl`, built into the binary) and the meeting's prose
//! (`<lang>.ftl` beside the event file), with English as the fallback.

pub mod dates;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::diag::{closest, Diagnostic, Diagnostics, Loc, Sink};
use crate::event::Event;
use crate::lang::Lang;

/// tarjama's own labels, built into the binary so it works anywhere.
pub fn builtin_locale(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::Ar => Some(include_str!("../../locales/ar/tarjama.ftl")),
        Lang::En => Some(include_str!("../../locales/en/tarjama.ftl")),
        Lang::Fr => Some(include_str!("../../locales/fr/tarjama.ftl")),
        Lang::Es => Some(include_str!("../../locales/es/tarjama.ftl")),
        Lang::Ru | Lang::Zh => None,
    }
}

/// Deepest nesting of placeables a message may have. Real messages nest two
/// or three deep; the Fluent parser recurses per level and would overflow
/// the stack on thousands.
pub const MAX_NESTING: usize = 32;

/// Where placeables in `source` first nest deeper than `MAX_NESTING`, as a
/// byte offset. String literals inside placeables ("{") do not count.
pub fn too_deep(source: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in source.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                '\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(i);
                }
            }
            '}' => depth = depth.saturating_sub(1),
            '"' if depth > 0 => in_string = true,
            _ => {}
        }
    }
    None
}

struct Bundle {
    bundle: FluentBundle<FluentResource>,
    /// Every message id, for "did you mean" help.
    ids: Vec<String>,
}

impl Bundle {
    fn new(lang: Lang) -> Bundle {
        let id: LanguageIdentifier = lang.code().parse().expect("UN language codes are valid");
        let mut bundle = FluentBundle::new(vec![id]);
        // Isolation marks (FSI/PDI) around every placeable would reach the
        // documents as stray characters; direction is handled where text is
        // composed (see `dates::isolate_ltr`) and by the renderers' bidi.
        bundle.set_use_isolating(false);
        Bundle {
            bundle,
            ids: Vec::new(),
        }
    }

    /// Adds one .ftl source; syntax errors and duplicate ids are reported
    /// against `file`.
    fn add(&mut self, file: &Path, source: String, diags: &mut Diagnostics) {
        // A byte-order mark is invisible in editors; Fluent would read it
        // as the start of an id.
        let source = match source.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_string(),
            None => source,
        };
        if let Some(at) = too_deep(&source) {
            diags.push(
                Diagnostic::error(format!(
                    "placeables nested more than {MAX_NESTING} deep"
                ))
                .in_file(file)
                .at_offset(&source, at)
                .help("a message nests `{ ... }` two or three deep at most; check for unclosed braces"),
            );
            return;
        }
        let resource = match FluentResource::try_new(source.clone()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    diags.push(
                        Diagnostic::error(format!("Fluent syntax error: {e}"))
                            .in_file(file)
                            .at_offset(&source, e.pos.start)
                            .help("fix the message's syntax (see projectfluent.org/fluent/guide); continuation lines must be indented"),
                    );
                }
                r
            }
        };
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                self.ids.push(m.id.name.to_string());
            }
        }
        if let Err(errors) = self.bundle.add_resource(resource) {
            for e in errors {
                diags.push(
                    Diagnostic::error(format!("{e}"))
                        .in_file(file)
                        .help("each message id may be defined once per language"),
                );
            }
        }
    }

    fn has(&self, id: &str) -> bool {
        match id.split_once('.') {
            Some((msg, attr)) => self
                .bundle
                .get_message(msg)
                .is_some_and(|m| m.get_attribute(attr).is_some()),
            None => self
                .bundle
                .get_message(id)
                .is_some_and(|m| m.value().is_some()),
        }
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<(String, Vec<String>)> {
        let (msg, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let message = self.bundle.get_message(msg)?;
        let pattern = match attr {
            Some(a) => message.get_attribute(a)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        Some((
            text.into_owned(),
            errors.iter().map(|e| e.to_string()).collect(),
        ))
    }
}

/// Where a message is asked for: the event file's line that names it, if
/// the id came from there.
#[derive(Debug, Clone, Copy)]
pub enum Origin {
    /// An id tarjama derives itself (event-title, person-<id>…).
    Derived,
    /// An id written in the event file at this place.
    EventFile(Loc),
}

/// The messages of one language, falling back to English. Problems met
/// while looking messages up go to the build's sink.
pub struct Catalog {
    pub lang: Lang,
    own: Rc<Bundle>,
    /// English, for a language other than English.
    english: Option<Rc<Bundle>>,
    event_file: PathBuf,
    /// The event's .ftl file for this language (named in warnings).
    event_ftl: PathBuf,
    sink: Rc<Sink>,
    /// Every id asked for, with where it was named (first time wins): what
    /// `check` compares against the .ftl files.
    asked: RefCell<BTreeMap<String, Origin>>,
}

/// The event's Fluent file for `lang`: `<event dir>/<lang>.ftl`.
pub fn event_ftl(dir: &Path, lang: Lang) -> PathBuf {
    dir.join(format!("{}.ftl", lang.code()))
}

/// Whether the meeting's own .ftl file must exist for a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventText {
    /// A document language: its file is required.
    Required,
    /// A booth language only: without its file the meeting's own text
    /// (titles, agenda) falls back to English with a warning.
    Optional,
}

fn load_bundle(
    lang: Lang,
    event_dir: &Path,
    event_text: EventText,
    diags: &mut Diagnostics,
) -> Bundle {
    let mut b = Bundle::new(lang);
    let builtin_name = PathBuf::from(format!("locales/{}/tarjama.ftl", lang.code()));
    match builtin_locale(lang) {
        Some(src) => b.add(&builtin_name, src.to_string(), diags),
        None => diags.push(Diagnostic::error(format!(
            "tarjama has no labels in `{lang}` yet"
        ))),
    }
    let path = event_ftl(event_dir, lang);
    match std::fs::read_to_string(&path) {
        Ok(src) => b.add(&path, src, diags),
        Err(_) if event_text == EventText::Optional && !path.exists() => diags.push(
            Diagnostic::warning(format!(
                "no {lang} text for the meeting: the {lang} booth schedule uses the English titles"
            ))
            .in_file(&path)
            .help(format!("create {} to have them in {lang}", path.display())),
        ),
        Err(e) => diags.push(
            Diagnostic::error(format!("cannot read the meeting's {lang} messages: {e}"))
                .in_file(&path)
                .help(format!(
                    "create {} with the meeting's text in this language, or remove `{lang}` from document_languages",
                    path.display()
                )),
        ),
    }
    b
}

impl Catalog {
    /// Whether the message exists in this language or its fallback.
    pub fn has(&self, id: &str) -> bool {
        self.own.has(id) || self.english.as_ref().is_some_and(|e| e.has(id))
    }

    /// The message `id` (or `id.attribute`) formatted with `args`.
    pub fn get(&self, id: &str, args: &[(&str, String)]) -> String {
        self.get_from(id, args, Origin::Derived)
    }

    /// Like `get`, for an id the event file names at `origin`.
    pub fn get_from(&self, id: &str, args: &[(&str, String)], origin: Origin) -> String {
        self.asked
            .borrow_mut()
            .entry(id.to_string())
            .or_insert(origin);
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, FluentValue::from(v.clone()));
        }
        let fargs = (!args.is_empty()).then_some(&fargs);
        if let Some((text, errors)) = self.own.format(id, fargs) {
            self.report_format_errors(id, errors);
            return text;
        }
        if let Some((text, errors)) = self.english.as_ref().and_then(|e| e.format(id, fargs)) {
            self.sink.push(
                Diagnostic::warning(format!(
                    "message `{id}` is missing in {}; using the English text",
                    self.lang
                ))
                .in_file(&self.event_ftl)
                .help(format!("add `{id}` to the {} messages", self.lang))
                .strict(),
            );
            self.report_format_errors(id, errors);
            return text;
        }
        let known: Vec<&str> = self.own.ids.iter().map(String::as_str).collect();
        let guess = closest(id, &known)
            .map(|k| format!("did you mean `{k}`? Otherwise add"))
            .unwrap_or_else(|| "add".into());
        let d = Diagnostic::error(format!("message `{id}` does not exist"));
        let d = match origin {
            Origin::EventFile(loc) => d.in_file(&self.event_file).at(loc).help(format!(
                "{guess} `{id} = ...` to the event's .ftl files, or fix the id here"
            )),
            Origin::Derived => d.in_file(&self.event_ftl).help(format!(
                "{guess} `{id} = ...` to this file (and to the other languages' files)"
            )),
        };
        self.sink.push(d);
        format!("[{id}]")
    }

    /// The ids composition asked this catalog for so far, each with where
    /// it was named.
    pub fn asked(&self) -> Vec<(String, Origin)> {
        self.asked
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), *v))
            .collect()
    }

    fn report_format_errors(&self, id: &str, errors: Vec<String>) {
        for e in errors {
            self.sink.push(
                Diagnostic::error(format!("message `{id}` in {}: {e}", self.lang))
                    .in_file(&self.event_ftl)
                    .help("check the variables the message uses"),
            );
        }
    }
}

/// The catalogs of one build, each language loaded once (English too, as
/// everyone's fallback) and shared by every document in that language.
pub struct Catalogs {
    loaded: BTreeMap<Lang, Catalog>,
    sink: Rc<Sink>,
}

impl Catalogs {
    /// Loads English and every language of `langs` for `event`. Every
    /// problem of every file is reported at once. A document language needs
    /// the meeting's `<lang>.ftl`; a booth-only language may go without.
    pub fn load(event: &Event, langs: &[Lang]) -> Result<Catalogs, Diagnostics> {
        let mut diags = Diagnostics::default();
        let text = |l: Lang| {
            if l == Lang::En || event.document_languages.contains(&l) {
                EventText::Required
            } else {
                EventText::Optional
            }
        };
        let english = Rc::new(load_bundle(
            Lang::En,
            &event.dir,
            EventText::Required,
            &mut diags,
        ));
        let sink = Rc::new(Sink::default());
        let mut loaded = BTreeMap::new();
        let mut all = vec![Lang::En];
        all.extend(langs.iter().copied().filter(|&l| l != Lang::En));
        for lang in all {
            if loaded.contains_key(&lang) {
                continue;
            }
            let own = if lang == Lang::En {
                english.clone()
            } else {
                Rc::new(load_bundle(lang, &event.dir, text(lang), &mut diags))
            };
            loaded.insert(
                lang,
                Catalog {
                    lang,
                    own,
                    english: (lang != Lang::En).then(|| english.clone()),
                    event_file: event.file.clone(),
                    event_ftl: event_ftl(&event.dir, lang),
                    sink: sink.clone(),
                    asked: RefCell::default(),
                },
            );
        }
        if diags.has_errors() {
            return Err(diags);
        }
        sink.extend(diags);
        Ok(Catalogs { loaded, sink })
    }

    /// The catalog of `lang`, if it was loaded.
    pub fn get(&self, lang: Lang) -> Option<&Catalog> {
        self.loaded.get(&lang)
    }

    /// Problems met so far (loading warnings, fallbacks, missing messages).
    pub fn sink(&self) -> &Sink {
        &self.sink
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_guard() {
        assert_eq!(too_deep("a = { { $x } }"), None);
        assert_eq!(too_deep(r#"a = { "{" }"#), None);
        let deep = format!("a = {}", "{ ".repeat(MAX_NESTING + 1));
        assert_eq!(too_deep(&deep), Some(4 + 2 * MAX_NESTING));
    }
}

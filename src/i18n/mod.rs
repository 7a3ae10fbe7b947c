//! Fluent catalogs: one bundle per language holding tarjama's own labels
//! (`locales/<lang>/*.ftl`, built into the binary) and the meeting's prose
//! (`<lang>.ftl` beside the event file), with English as the fallback.

pub mod dates;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::diag::{Diagnostic, Diagnostics, Loc};
use crate::lang::Lang;

/// tarjama's own labels, built into the binary so it works anywhere.
fn builtin_locale(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::Ar => Some(include_str!("../../locales/ar/tarjama.ftl")),
        Lang::En => Some(include_str!("../../locales/en/tarjama.ftl")),
        Lang::Fr => Some(include_str!("../../locales/fr/tarjama.ftl")),
        Lang::Es => Some(include_str!("../../locales/es/tarjama.ftl")),
        Lang::Ru | Lang::Zh => None,
    }
}

struct Bundle {
    bundle: FluentBundle<FluentResource>,
}

impl Bundle {
    fn new(lang: Lang) -> Bundle {
        let id: LanguageIdentifier = lang.code().parse().expect("UN language codes are valid");
        let mut bundle = FluentBundle::new(vec![id]);
        // Isolation marks (FSI/PDI) around every placeable would reach the
        // documents as stray characters; direction is handled where text is
        // composed (see `dates::isolate_ltr`) and by the renderers' bidi.
        bundle.set_use_isolating(false);
        Bundle { bundle }
    }

    /// Adds one .ftl source; syntax errors and duplicate ids are reported
    /// against `file`.
    fn add(&mut self, file: &Path, source: String, diags: &mut Diagnostics) {
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

/// The messages of one language, falling back to English.
pub struct Catalog {
    pub lang: Lang,
    own: Bundle,
    english: Option<Bundle>,
    event_file: PathBuf,
    /// The event's .ftl file for this language (named in warnings).
    event_ftl: PathBuf,
    /// Problems met while looking messages up: fallbacks (warnings) and
    /// messages missing in every language (errors).
    problems: RefCell<Diagnostics>,
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
    /// Loads `lang` (and English, its fallback) for the event in `event_dir`;
    /// the meeting's `<lang>.ftl` must exist.
    pub fn load(lang: Lang, event_dir: &Path, event_file: &Path) -> Result<Catalog, Diagnostics> {
        Catalog::load_with(lang, event_dir, event_file, EventText::Required)
    }

    /// Loads `lang` as `load` does, saying whether the meeting's own text in
    /// that language is required. English is always required.
    pub fn load_with(
        lang: Lang,
        event_dir: &Path,
        event_file: &Path,
        event_text: EventText,
    ) -> Result<Catalog, Diagnostics> {
        let mut diags = Diagnostics::default();
        let own = load_bundle(lang, event_dir, event_text, &mut diags);
        let english = (lang != Lang::En)
            .then(|| load_bundle(Lang::En, event_dir, EventText::Required, &mut diags));
        if diags.has_errors() {
            return Err(diags);
        }
        Ok(Catalog {
            lang,
            own,
            english,
            event_file: event_file.to_path_buf(),
            event_ftl: event_ftl(event_dir, lang),
            problems: RefCell::new(diags),
        })
    }

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
            self.problems.borrow_mut().push(
                Diagnostic::warning(format!(
                    "message `{id}` is missing in {}; using the English text",
                    self.lang
                ))
                .in_file(&self.event_ftl)
                .help(format!("add `{id}` to the {} messages", self.lang)),
            );
            self.report_format_errors(id, errors);
            return text;
        }
        let d = Diagnostic::error(format!("message `{id}` does not exist"));
        let d = match origin {
            Origin::EventFile(loc) => d.in_file(&self.event_file).at(loc).help(format!(
                "add `{id} = ...` to the event's .ftl files, or fix the id here"
            )),
            Origin::Derived => d.in_file(&self.event_ftl).help(format!(
                "add `{id} = ...` to this file (and to the other languages' files)"
            )),
        };
        self.problems.borrow_mut().push(d);
        format!("[{id}]")
    }

    fn report_format_errors(&self, id: &str, errors: Vec<String>) {
        for e in errors {
            self.problems.borrow_mut().push(
                Diagnostic::error(format!("message `{id}` in {}: {e}", self.lang))
                    .in_file(&self.event_ftl)
                    .help("check the variables the message uses"),
            );
        }
    }

    /// Takes the problems met so far. With `strict`, fallbacks to English
    /// count as errors.
    pub fn take_problems(&self, strict: bool) -> Diagnostics {
        let mut d = std::mem::take(&mut *self.problems.borrow_mut());
        if strict {
            for x in &mut d.0 {
                if !x.is_error() {
                    x.severity = crate::diag::Severity::Error;
                    x.message.push_str(" (--strict)");
                }
            }
        }
        d
    }
}

/// The catalogs of one build, each language loaded once and shared by all
/// the documents in that language.
pub struct Catalogs {
    event_dir: PathBuf,
    event_file: PathBuf,
    loaded: BTreeMap<Lang, Catalog>,
}

impl Catalogs {
    pub fn new(event_dir: &Path, event_file: &Path) -> Catalogs {
        Catalogs {
            event_dir: event_dir.to_path_buf(),
            event_file: event_file.to_path_buf(),
            loaded: BTreeMap::new(),
        }
    }

    /// The catalog of `lang`, loaded on first use. `event_text` must be the
    /// same for every call with one language (it is: it depends on whether
    /// the language is a document language).
    pub fn get(&mut self, lang: Lang, event_text: EventText) -> Result<&Catalog, Diagnostics> {
        if !self.loaded.contains_key(&lang) {
            let cat = Catalog::load_with(lang, &self.event_dir, &self.event_file, event_text)?;
            self.loaded.insert(lang, cat);
        }
        Ok(&self.loaded[&lang])
    }
}

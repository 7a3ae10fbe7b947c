//! Fluent catalogs: per language, tarjama's own labels (`locales/<lang>/*.ftl`,
//! built into the binary) and the meeting's text (`<lang>.ftl` beside the
//! event file) in two bundles; a missing label falls back to English, a
//! missing message of the meeting to English too, or, in a meeting without
//! English documents, to its source language.

pub mod dates;
pub mod phone;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::diag::{closest, Diagnostic, Diagnostics, Loc, Sink};
use crate::doc::Digits;
use crate::event::Event;
use crate::lang::Lang;
use crate::limits::{self, Limit};

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

/// A message line that starts (after its indentation) with `[`, `*` or
/// `.` means something to Fluent: a variant key, the default variant, an
/// attribute. In plain text (outside any placeable) it can only be text —
/// a link "[text](…)", bold "**…**", an ellipsis — so it is written as the
/// Fluent string literal `{"["}` Fluent would ask for. Returns the
/// rewritten source.
fn escape_line_starts(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + 16);
    let mut depth = 0usize;
    let mut in_string = false;
    for line in source.split_inclusive('\n') {
        let body = line.trim_start_matches([' ', '\t']);
        let indented = body.len() < line.len();
        let first = body.chars().next();
        let is_attribute = body.starts_with('.')
            && body[1..].split_once('=').is_some_and(|(name, _)| {
                let name = name.trim();
                !name.is_empty()
                    && name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                    && name
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            });
        if indented
            && depth == 0
            && !in_string
            && matches!(first, Some('[' | '*' | '.'))
            && !is_attribute
        {
            let indent = &line[..line.len() - body.len()];
            let c = first.unwrap_or(' ');
            out.push_str(indent);
            out.push_str(&format!("{{\"{c}\"}}"));
            out.push_str(&body[c.len_utf8()..]);
        } else {
            out.push_str(line);
        }
        // Track placeables to know whether the next line starts inside one.
        let mut escaped = false;
        for ch in line.chars() {
            if in_string {
                match ch {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' | '\n' => in_string = false,
                    _ => {}
                }
                continue;
            }
            match ch {
                '{' => depth += 1,
                '}' => depth = depth.saturating_sub(1),
                '"' if depth > 0 => in_string = true,
                _ => {}
            }
        }
    }
    out
}

struct Bundle {
    bundle: FluentBundle<FluentResource>,
    /// Numbers print in Arabic-Indic digits (see `with_digits`).
    arabic_indic: bool,
    /// Every message id, for "did you mean" help.
    ids: Vec<String>,
    /// Every term id (without its "-"), in file order: the meeting's glossary.
    terms: Vec<String>,
    /// Where each message and term is defined: file, line, the line's text
    /// (for resolver errors, which Fluent reports without a place).
    defined: BTreeMap<String, (PathBuf, usize, String)>,
}

/// The message through which a term's value is read: Fluent formats
/// messages only, and a term is reachable only from a message.
/// Where each message or term of an `.ftl` source is defined: its id
/// ("-brand" for a term) and the byte offset of its line, in file order.
/// (Fluent's parser keeps no positions.)
pub fn definitions(source: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let id: String = line
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        let rest = line[id.len()..].trim_start();
        let first = id.trim_start_matches('-').chars().next();
        if first.is_some_and(|c| c.is_ascii_alphabetic()) && rest.starts_with('=') {
            out.push((id, offset));
        }
        offset += line.len();
    }
    out
}

/// Each id of `source` defined again: (id, offset of its first
/// definition, offset of the repeat).
pub fn repeated_definitions(source: &str) -> Vec<(String, usize, usize)> {
    let mut first: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = Vec::new();
    for (id, at) in definitions(source) {
        match first.get(&id) {
            Some(&f) => out.push((id, f, at)),
            None => {
                first.insert(id, at);
            }
        }
    }
    out
}

/// The error for a message or term defined twice in `file`: at the
/// repeat, naming the line of the first.
pub fn repeated_error(
    file: &Path,
    source: &str,
    id: &str,
    first: usize,
    again: usize,
) -> Diagnostic {
    let line = Loc::from_offset(source, first).line;
    let what = if id.starts_with('-') {
        "term"
    } else {
        "message"
    };
    Diagnostic::error(format!(
        "the {what} `{id}` is defined twice (first at line {line})"
    ))
    .in_file(file)
    .at_offset(source, again)
    .help(format!(
        "keep one definition of `{id}`: Fluent uses the first and ignores this one"
    ))
}

fn term_message(term: &str) -> String {
    format!("tarjama-term--{term}")
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
            arabic_indic: false,
            ids: Vec::new(),
            terms: Vec::new(),
            defined: BTreeMap::new(),
        }
    }

    /// Numbers given as arguments printed in `digits` (Fluent prints the
    /// numbers a message chooses its plural by in western digits).
    fn with_digits(mut self, digits: Digits) -> Bundle {
        if digits == Digits::ArabicIndic {
            self.bundle.set_formatter(Some(arabic_indic));
            self.arabic_indic = true;
        }
        self
    }

    /// Adds one .ftl source; syntax errors and duplicate ids are reported
    /// against `file`.
    fn add(&mut self, file: &Path, source: String, diags: &mut Diagnostics) {
        // A byte-order mark is invisible in editors; Fluent would read it
        // as the start of an id.
        let source = crate::hygiene::strip_bom(source);
        let problems = crate::hygiene::check(file, &source);
        if problems.has_errors() {
            diags.extend(problems);
            return;
        }
        for (n, line) in source.lines().enumerate() {
            let id: String = line
                .chars()
                .take_while(|&c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                .collect();
            if !id.is_empty() && line[id.len()..].trim_start().starts_with('=') {
                self.defined
                    .entry(id)
                    .or_insert_with(|| (file.to_path_buf(), n + 1, line.to_string()));
            }
        }
        let source = escape_line_starts(&source);
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
                    let line_start = source[..e.pos.start.min(source.len())]
                        .rfind('\n')
                        .map_or(0, |i| i + 1);
                    let starts_special = source[line_start..]
                        .trim_start()
                        .starts_with(['[', '*', '.']);
                    let help = if starts_special {
                        "inside a { $x -> … } selector a line starting with [, * or . is a variant or an attribute to Fluent; to start a line of text with one, write it as a string literal: {\"[\"}, {\"*\"} or {\".\"}"
                    } else {
                        "fix the message's syntax (see projectfluent.org/fluent/guide); continuation lines must be indented"
                    };
                    diags.push(
                        Diagnostic::error(format!("Fluent syntax error: {e}"))
                            .in_file(file)
                            .at_offset(&source, e.pos.start)
                            .help(help),
                    );
                }
                r
            }
        };
        let mut terms = Vec::new();
        for entry in resource.entries() {
            match entry {
                fluent_syntax::ast::Entry::Message(m) => self.ids.push(m.id.name.to_string()),
                fluent_syntax::ast::Entry::Term(t) => terms.push(t.id.name.to_string()),
                _ => {}
            }
        }
        if let Err(errors) = self.bundle.add_resource(resource) {
            let repeated = repeated_definitions(&source);
            for e in errors {
                let at = match &e {
                    fluent_bundle::FluentError::Overriding { kind, id } => {
                        // (fluent-bundle keeps its EntryKind private; it prints "term".)
                        let id = if kind.to_string() == "term" {
                            format!("-{id}")
                        } else {
                            id.clone()
                        };
                        repeated.iter().find(|r| r.0 == id)
                    }
                    _ => None,
                };
                diags.push(match at {
                    Some((id, first, again)) => repeated_error(file, &source, id, *first, *again),
                    None => Diagnostic::error(format!("{e}"))
                        .in_file(file)
                        .help("each message id may be defined once per language"),
                });
            }
        }
        let readers: String = terms
            .iter()
            .map(|t| format!("{} = {{ -{t} }}\n", term_message(t)))
            .collect();
        if let Ok(r) = FluentResource::try_new(readers) {
            // The reader messages' ids cannot clash: the meeting's own ids
            // do not start with "tarjama-term--" (they would be reported).
            let _ = self.bundle.add_resource(r);
        }
        self.terms.extend(terms);
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

/// The messages of one language, falling back to English: tarjama's own
/// labels and the meeting's text, in two bundles so that no id of the
/// meeting can clash with one of tarjama's. Problems met while looking
/// messages up go to the build's sink.
pub struct Catalog {
    pub lang: Lang,
    labels: Rc<Bundle>,
    text: Rc<Bundle>,
    /// What a missing message falls back to: tarjama's English labels and
    /// the meeting's text in English, or in its source language when it has
    /// no English documents (none for the fallback language itself).
    fallback: Option<(Rc<Bundle>, Rc<Bundle>)>,
    event_file: PathBuf,
    /// The event's .ftl file for this language (named in warnings).
    event_ftl: PathBuf,
    /// The language whose text stands in for a message this one lacks.
    fallback_lang: Lang,
    /// A booth language without that file: one warning said so, and the
    /// meeting's messages fall back without one warning each.
    text_absent: bool,
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

/// tarjama's own labels in `lang`.
fn load_labels(lang: Lang, diags: &mut Diagnostics) -> Bundle {
    let mut b = Bundle::new(lang);
    let builtin_name = PathBuf::from(format!("locales/{}/tarjama.ftl", lang.code()));
    match builtin_locale(lang) {
        Some(src) => b.add(&builtin_name, src.to_string(), diags),
        None => diags.push(Diagnostic::error(format!(
            "tarjama has no labels in `{lang}` yet"
        ))),
    }
    b
}

/// The language the meeting's missing texts fall back to: English where
/// the meeting has English documents, else its source language.
pub fn fallback_language(event: &Event) -> Lang {
    if event.document_languages.contains(&Lang::En) {
        Lang::En
    } else {
        event.source_language
    }
}

/// What the warning for a booth language without its `.ftl` file (at
/// `path`) says, and its help: `build` and `check` give the same.
pub fn no_text(lang: Lang, fallback: Lang, path: &Path) -> (String, String) {
    (
        format!(
            "no {lang} text for the meeting: the {lang} booth schedule uses the {} titles",
            fallback_name(fallback)
        ),
        format!("create {} to have them in {lang}", path.display()),
    )
}

/// How a fallback language is named in warnings.
fn fallback_name(lang: Lang) -> String {
    match lang {
        Lang::En => "English".into(),
        other => format!("source-language ({other})"),
    }
}

/// The meeting's own text in `lang`, from `<event dir>/<lang>.ftl`.
fn load_text(
    lang: Lang,
    event_dir: &Path,
    event_text: EventText,
    fallback: Lang,
    diags: &mut Diagnostics,
) -> Bundle {
    let mut b = Bundle::new(lang);
    let path = event_ftl(event_dir, lang);
    let read = std::fs::read(&path).map(|bytes| {
        if let Some(d) = limits::over(Limit::FtlFileBytes, bytes.len()) {
            diags.push(d.in_file(&path));
            return None;
        }
        match crate::hygiene::decode(&path, bytes) {
            Ok(s) => Some(s),
            Err(d) => {
                diags.push(*d);
                None
            }
        }
    });
    match read {
        Ok(None) => {}
        Ok(Some(src)) => b.add(&path, src, diags),
        Err(_) if event_text == EventText::Optional && !path.exists() => {
            let (what, help) = no_text(lang, fallback, &path);
            diags.push(
                Diagnostic::warning(what)
                    .in_file(&path)
                    .help(help)
                    // It stands for every message missing in that language.
                    .strict(),
            )
        }
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

/// Which of a catalog's two bundles a look-up is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Label,
    Text,
}

impl Catalog {
    fn bundles(&self, kind: Kind) -> (&Bundle, Option<&Bundle>) {
        match kind {
            Kind::Label => (&self.labels, self.fallback.as_ref().map(|e| &*e.0)),
            Kind::Text => (&self.text, self.fallback.as_ref().map(|e| &*e.1)),
        }
    }

    /// Whether tarjama's label `id` exists in this language or English.
    pub fn has(&self, id: &str) -> bool {
        let (own, en) = self.bundles(Kind::Label);
        own.has(id) || en.is_some_and(|e| e.has(id))
    }

    /// Whether this language has no file of the meeting's text (a booth
    /// language only), so that every meeting text falls back.
    pub fn text_absent(&self) -> bool {
        self.text_absent
    }

    /// Whether the meeting's message `id` exists in this language or English.
    pub fn has_text(&self, id: &str) -> bool {
        let (own, en) = self.bundles(Kind::Text);
        own.has(id) || en.is_some_and(|e| e.has(id))
    }

    /// tarjama's label `id` (or `id.attribute`) formatted with `args`.
    pub fn get(&self, id: &str, args: &[(&str, String)]) -> String {
        self.lookup(Kind::Label, id, args, Origin::Derived)
    }

    /// The meeting's message `id`, from the event's `.ftl` files.
    pub fn text(&self, id: &str, args: &[(&str, String)]) -> String {
        self.lookup(Kind::Text, id, args, Origin::Derived)
    }

    /// The ids of the meeting's Fluent terms (its glossary), in the order of
    /// the fallback language's file, then any only this language has.
    pub fn term_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self
            .fallback
            .as_ref()
            .map(|e| e.1.terms.clone())
            .unwrap_or_default();
        for t in &self.text.terms {
            if !ids.contains(t) {
                ids.push(t.clone());
            }
        }
        ids
    }

    /// The value of the meeting's term `-id` in this language.
    pub fn term(&self, id: &str) -> String {
        self.lookup(Kind::Text, &term_message(id), &[], Origin::Derived)
    }

    /// Like `text`, for an id the event file names at `origin`.
    pub fn text_from(&self, id: &str, args: &[(&str, String)], origin: Origin) -> String {
        self.lookup(Kind::Text, id, args, origin)
    }

    fn lookup(&self, kind: Kind, id: &str, args: &[(&str, String)], origin: Origin) -> String {
        // A term is asked for through its reader message: log the term.
        let logged = match id.strip_prefix("tarjama-term--") {
            Some(term) => format!("-{term}"),
            None => id.to_string(),
        };
        self.asked.borrow_mut().entry(logged).or_insert(origin);
        let (own, fallback) = self.bundles(kind);
        let fargs_of = |b: &Bundle| {
            let mut fargs = FluentArgs::new();
            for (k, v) in args {
                fargs.set(*k, value(v, b.arabic_indic));
            }
            fargs
        };
        let own_args = fargs_of(own);
        let fargs = (!args.is_empty()).then_some(&own_args);
        if let Some((text, errors)) = own.format(id, fargs) {
            self.report_format_errors(own, id, errors);
            let text = match (kind, self.lang.direction()) {
                (Kind::Text, crate::doc::Direction::Rtl) => phone::isolate(&text),
                _ => text,
            };
            return self.within_limit(id, text);
        }
        let what = match id.strip_prefix("tarjama-term--") {
            Some(term) => format!("term `-{term}`"),
            None => format!("message `{id}`"),
        };
        let fallback_args = fallback.map(fargs_of);
        let fargs = fallback_args.as_ref().filter(|_| !args.is_empty());
        if let Some((text, errors)) = fallback.and_then(|e| e.format(id, fargs)) {
            let d = Diagnostic::warning(format!(
                "{what} is missing in {}; using the {} text",
                self.lang,
                match kind {
                    Kind::Text => fallback_name(self.fallback_lang),
                    Kind::Label => fallback_name(Lang::En),
                }
            ));
            let d = match kind {
                Kind::Text => d
                    .in_file(&self.event_ftl)
                    .help(format!("add `{id}` to the {} messages", self.lang)),
                Kind::Label => d.help(format!(
                    "tarjama's {} labels lack `{id}`: please report it",
                    self.lang
                )),
            };
            if !(kind == Kind::Text && self.text_absent) {
                self.sink.push(d.strict());
            }
            if let Some(f) = fallback {
                self.report_format_errors(f, id, errors);
            }
            // Left-to-right text standing in a right-to-left document keeps
            // its own order ("?since the first IMRF" otherwise). A text of
            // several lines is left as it is: markup splits it into blocks,
            // which an isolate must not span.
            let from = match kind {
                Kind::Text => self.fallback_lang,
                Kind::Label => Lang::En,
            };
            let text = if from.direction() == crate::doc::Direction::Ltr && !text.contains('\n') {
                dates::isolate_ltr(self.lang, text)
            } else {
                text
            };
            return self.within_limit(id, text);
        }
        let known: Vec<&str> = own.ids.iter().map(String::as_str).collect();
        let guess = closest(id, &known)
            .map(|k| format!("did you mean `{k}`? Otherwise add"))
            .unwrap_or_else(|| "add".into());
        let d = Diagnostic::error(format!("{what} does not exist"));
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

    /// `text`, or an error and the id's placeholder when the formatted
    /// message is larger than any document should hold (placeables can
    /// multiply a small source: a term used a thousand times).
    fn within_limit(&self, id: &str, text: String) -> String {
        match limits::over(Limit::MessageBytes, text.len()) {
            None => text,
            Some(d) => {
                self.sink.push(
                    Diagnostic::error(format!("message `{id}` in {}: {}", self.lang, d.message))
                        .in_file(&self.event_ftl)
                        .help(d.help.unwrap_or_default()),
                );
                format!("[{id}]")
            }
        }
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

    /// Fluent's resolver errors (an unknown variable, term or function, a
    /// cycle) at the line that defines the message.
    fn report_format_errors(&self, bundle: &Bundle, id: &str, errors: Vec<String>) {
        let msg = id.split_once('.').map_or(id, |(m, _)| m);
        for e in errors {
            let d = Diagnostic::error(format!("message `{id}` in {}: {e}", self.lang));
            let d = match bundle.defined.get(msg) {
                Some((file, line, text)) => {
                    let mut d = d.in_file(file).at(Loc {
                        line: *line,
                        column: 1,
                    });
                    d.snippet = Some(text.clone());
                    d
                }
                None => d.in_file(&self.event_ftl),
            };
            self.sink.push(d.help(
                "check the variables, terms and functions the message uses: each must exist, and a message may not refer to itself",
            ));
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
    /// Loads English and every language in `required` (errors stop the
    /// build) and `optional` (a language whose files have errors is left
    /// out with a warning: it only lends names to other documents).
    pub fn load(
        event: &Event,
        required: &[Lang],
        optional: &[Lang],
    ) -> Result<Catalogs, Diagnostics> {
        let mut diags = Diagnostics::default();
        // English is the fallback where the meeting has English text: most
        // interpreters read it. A meeting without English documents falls
        // back to the language it is written in, and needs no en.ftl.
        let fallback_lang = fallback_language(event);
        let text = |l: Lang| {
            if event.document_languages.contains(&l) {
                EventText::Required
            } else {
                EventText::Optional
            }
        };
        // The fallback of every catalog: tarjama's English labels and the
        // meeting's text in that language.
        let fallback = (
            Rc::new(load_labels(Lang::En, &mut diags)),
            Rc::new(
                load_text(
                    fallback_lang,
                    &event.dir,
                    EventText::Required,
                    fallback_lang,
                    &mut diags,
                )
                .with_digits(event.digits(fallback_lang)),
            ),
        );
        // English is always loaded (every catalog's labels fall back to it);
        // when it is neither a document nor a booth language, without text.
        let english_used = required.contains(&Lang::En) || optional.contains(&Lang::En);
        let sink = Rc::new(Sink::default());
        let mut loaded = BTreeMap::new();
        let mut all = vec![(fallback_lang, true), (Lang::En, true)];
        all.extend(required.iter().map(|&l| (l, true)));
        all.extend(optional.iter().map(|&l| (l, false)));
        for (lang, is_required) in all {
            if loaded.contains_key(&lang) {
                continue;
            }
            let silent_english = lang == Lang::En && fallback_lang != Lang::En && !english_used;
            let text_absent = silent_english
                || (text(lang) == EventText::Optional && !event_ftl(&event.dir, lang).exists());
            let (labels, text) = if lang == fallback_lang {
                let labels = if lang == Lang::En {
                    fallback.0.clone()
                } else {
                    Rc::new(load_labels(lang, &mut diags).with_digits(event.digits(lang)))
                };
                (labels, fallback.1.clone())
            } else if silent_english {
                (fallback.0.clone(), Rc::new(Bundle::new(Lang::En)))
            } else {
                let mut own = Diagnostics::default();
                let pair = (
                    Rc::new(load_labels(lang, &mut own).with_digits(event.digits(lang))),
                    Rc::new(
                        load_text(lang, &event.dir, text(lang), fallback_lang, &mut own)
                            .with_digits(event.digits(lang)),
                    ),
                );
                if !is_required && own.has_errors() {
                    diags.push(
                        Diagnostic::warning(format!(
                            "the {lang} texts have errors, so this build leaves {lang} out \
                             (names and terms in {lang} are not shown in other languages' documents)"
                        ))
                        .in_file(&event_ftl(&event.dir, lang))
                        .help(format!("run `tarjama build --lang {lang}` to see the errors")),
                    );
                    continue;
                }
                diags.extend(own);
                pair
            };
            loaded.insert(
                lang,
                Catalog {
                    lang,
                    labels,
                    text,
                    fallback: (lang != Lang::En || fallback_lang != Lang::En)
                        .then(|| fallback.clone()),
                    event_file: event.file.clone(),
                    event_ftl: event_ftl(&event.dir, lang),
                    fallback_lang,
                    text_absent,
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

/// An argument as Fluent sees it: a count written in ASCII digits (or in
/// Arabic-Indic ones, for a bundle that prints numbers in them: `indic`)
/// is a number, so that a message can choose its plural (`{ $turns ->
/// [one] … *[other] … }`) and prints it as it was written. Anything else
/// (a time, a name, other digits, a leading zero) is text.
fn value(v: &str, indic: bool) -> FluentValue<'static> {
    // Digits of one script only: ASCII, or Arabic-Indic where `indic`.
    let is_indic = |c: char| ('\u{0660}'..='\u{0669}').contains(&c);
    let ascii = v.bytes().all(|b| b.is_ascii_digit());
    let digits: Option<String> = if ascii {
        Some(v.to_string())
    } else if indic && v.chars().all(is_indic) {
        Some(
            v.chars()
                .map(|c| char::from(b'0' + (c as u32 - 0x0660) as u8))
                .collect(),
        )
    } else {
        None
    };
    let count = digits
        .filter(|d| !d.is_empty() && d.len() <= 15 && (d == "0" || !d.starts_with('0')))
        .and_then(|d| d.parse::<i64>().ok());
    match count {
        Some(n) => FluentValue::from(n),
        None => FluentValue::from(v.to_string()),
    }
}

/// Fluent's formatter for an Arabic bundle whose numbers are written in
/// Arabic-Indic digits.
fn arabic_indic<M>(v: &FluentValue, _: &M) -> Option<String> {
    match v {
        FluentValue::Number(n) => Some(Digits::ArabicIndic.convert(&n.as_string())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_choose_their_plural_and_print_as_written() {
        let src = "t = { $n ->\n    [one] { $n } turn\n   *[other] { $n } turns\n}\n";
        let res = FluentResource::try_new(src.to_string()).unwrap();
        let mut b = FluentBundle::new(vec!["en".parse().unwrap()]);
        b.set_use_isolating(false);
        b.add_resource(res).unwrap();
        let say = |n: &str| {
            let mut a = FluentArgs::new();
            a.set("n", value(n, false));
            let p = b.get_message("t").unwrap().value().unwrap();
            b.format_pattern(p, Some(&a), &mut vec![]).into_owned()
        };
        assert_eq!(say("1"), "1 turn");
        assert_eq!(say("12"), "12 turns");
        assert_eq!(say("2023"), "2023 turns");
        // Text stays text: as written, and the default variant.
        assert_eq!(say("01"), "01 turns");
        assert_eq!(say("١"), "١ turns");
        assert_eq!(say("14:30"), "14:30 turns");
    }

    /// In an Arabic bundle printing Arabic-Indic digits, a count in those
    /// digits chooses its plural (5 is "few": دقائق; 85 "many") and prints
    /// in them; an English bundle (a fallback) keeps them as text. (Fluent's plural
    /// rules, intl_pluralrules 7.0.2, read Arabic "few" and "many" without
    /// CLDR's `n % 100`: 210 takes "other".)
    #[test]
    fn arabic_indic_counts_choose_their_plural() {
        let src = "t = { $n } { $n ->\n    [zero] دقيقة\n    [one] دقيقة\n    [two] دقيقة\n    [few] دقائق\n    [many] دقيقة\n   *[other] دقيقة\n}\n";
        let mut b = Bundle::new(Lang::Ar).with_digits(Digits::ArabicIndic);
        b.add(
            Path::new("t.ftl"),
            src.to_string(),
            &mut Diagnostics::default(),
        );
        let say = |b: &Bundle, n: &str| {
            let mut a = FluentArgs::new();
            a.set("n", value(n, b.arabic_indic));
            b.format("t", Some(&a)).unwrap().0
        };
        assert_eq!(say(&b, "٥"), "٥ دقائق");
        assert_eq!(say(&b, "١٠"), "١٠ دقائق");
        assert_eq!(say(&b, "٨٥"), "٨٥ دقيقة");
        assert_eq!(
            say(&b, "1"),
            "١ دقيقة",
            "every number in the document's digits"
        );
        let en_src = "t = { $n ->\n    [one] { $n } minute\n   *[other] { $n } minutes\n}\n";
        let mut en = Bundle::new(Lang::En);
        en.add(
            Path::new("t.ftl"),
            en_src.to_string(),
            &mut Diagnostics::default(),
        );
        assert_eq!(say(&en, "١"), "١ minutes", "text, as written");
    }

    #[test]
    fn line_starts_that_fluent_would_misread_become_literals() {
        let src = "a =\n    Some text\n    [a link](https://x.org) and\n    **bold** start\n    ... and so on\n    .title = An attribute\nb = { $n ->\n    [one] one\n   *[other] many\n}\n";
        let out = escape_line_starts(src);
        assert!(
            out.contains("    {\"[\"}a link](https://x.org) and\n"),
            "{out}"
        );
        assert!(out.contains("    {\"*\"}*bold** start\n"), "{out}");
        assert!(out.contains("    {\".\"}.. and so on\n"), "{out}");
        assert!(out.contains("    .title = An attribute\n"), "{out}");
        assert!(out.contains("    [one] one\n   *[other] many\n"), "{out}");
        let (r, errors) = match FluentResource::try_new(out) {
            Ok(r) => (r, vec![]),
            Err((r, e)) => (r, e),
        };
        assert!(errors.is_empty(), "{errors:?}");
        let mut b = FluentBundle::new(vec!["en".parse().unwrap()]);
        b.set_use_isolating(false);
        b.add_resource(r).unwrap();
        let mut e = vec![];
        let v = b.format_pattern(b.get_message("a").unwrap().value().unwrap(), None, &mut e);
        assert_eq!(
            v,
            "Some text\n[a link](https://x.org) and\n**bold** start\n... and so on"
        );
    }

    #[test]
    fn nesting_guard() {
        assert_eq!(too_deep("a = { { $x } }"), None);
        assert_eq!(too_deep(r#"a = { "{" }"#), None);
        let deep = format!("a = {}", "{ ".repeat(MAX_NESTING + 1));
        assert_eq!(too_deep(&deep), Some(4 + 2 * MAX_NESTING));
    }
}

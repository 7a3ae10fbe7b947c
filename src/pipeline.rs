//! The library's one pipeline: load the event and its catalogs, plan the
//! interpretation, compose every output, render each in every format asked
//! for, write them all at once. The CLI, the tests and the benches all call
//! these steps; none of them prints anything.

use std::path::{Path, PathBuf};

use crate::compose::{self, Ctx};
use crate::diag::{Diagnostic, Diagnostics};
use crate::doc::Model;
use crate::event::{self, Event};
use crate::i18n::Catalogs;
use crate::lang::Lang;
use crate::output::{self, OutputFile};
use crate::plan::{from_event, NoRoute, PlanError, Planned};
use crate::render::pdf::FontSet;
use crate::render::{self, RenderError, Renderer, Resources};

/// What to build.
#[derive(Clone)]
pub struct Options {
    /// The event folder (or its event.toml).
    pub event: PathBuf,
    pub out: PathBuf,
    /// Only these languages (default: every document and booth language).
    pub langs: Option<Vec<Lang>>,
    /// Only these formats (default: every renderer's `by_default`).
    pub formats: Option<Vec<&'static dyn Renderer>>,
    /// Treat a message missing in one language as an error.
    pub strict: bool,
    /// A folder of fonts replacing the bundled ones (same file names).
    pub font_dir: Option<PathBuf>,
}

impl Options {
    /// Build `event` into `out` with every language and default format.
    pub fn new(event: impl Into<PathBuf>, out: impl Into<PathBuf>) -> Options {
        Options {
            event: event.into(),
            out: out.into(),
            langs: None,
            formats: None,
            strict: false,
            font_dir: None,
        }
    }
}

/// A loaded meeting: the validated event, its catalogs, and its
/// interpretation plan if it has booths.
pub struct Meeting {
    pub event: Event,
    pub catalogs: Catalogs,
    pub planned: Option<Planned>,
    /// The languages outputs are composed in.
    pub langs: Vec<Lang>,
}

impl Meeting {
    /// The composition context of `lang`; English for a language without
    /// tarjama labels (a booth language documents cannot be written in yet).
    pub fn ctx(&self, lang: Lang) -> Ctx<'_> {
        let cat = self
            .catalogs
            .get(lang)
            .or_else(|| self.catalogs.get(Lang::En))
            .expect("English is always loaded");
        Ctx::new(&self.event, cat)
    }
}

/// One composed output: its path in the output folder without extension
/// ("concept-note.ar", "calendar/AR-1") and its model.
pub struct Output {
    pub stem: String,
    pub model: Model,
}

/// What a build wrote, and the warnings it met.
#[derive(Debug)]
pub struct Report {
    pub written: Vec<PathBuf>,
    /// The previous build's files this one does not write, removed.
    pub removed: Vec<PathBuf>,
    pub warnings: Diagnostics,
}

/// Why a build wrote nothing.
#[derive(Debug)]
pub enum Failure {
    /// The input is wrong (exit status 2).
    Input(Diagnostics),
    /// The output folder could not be written; it holds what it held
    /// before the build (exit status 1).
    Output(Diagnostics),
    /// Writing failed in the middle of the commit and could not be undone:
    /// the folder may hold a mix of two builds until the next build into it
    /// puts the previous files back (exit status 1).
    Interrupted(Diagnostics),
}

impl From<Diagnostics> for Failure {
    fn from(d: Diagnostics) -> Failure {
        Failure::Input(d)
    }
}

/// Loads and validates the event, loads the catalogs of `langs` (default:
/// every document language and every booth language with documents) and
/// plans the interpretation.
pub fn load(path: &Path, langs: Option<&[Lang]>) -> Result<Meeting, Diagnostics> {
    meeting(event::load(path)?, langs)
}

/// As `load`, for an event already read and validated.
pub fn meeting(event: Event, langs: Option<&[Lang]>) -> Result<Meeting, Diagnostics> {
    match meeting_texts(event, langs)? {
        (m, None) => Ok(m),
        (_, Some(plan)) => Err(plan),
    }
}

/// As `meeting`, for the reviewer's commands, which read the texts: an
/// interpretation that cannot be planned comes back beside a meeting
/// without a plan (whose outputs are the concept notes), not instead of it.
pub fn meeting_texts(
    event: Event,
    langs: Option<&[Lang]>,
) -> Result<(Meeting, Option<Diagnostics>), Diagnostics> {
    let all = event.output_languages();
    let langs = match langs {
        None => all.clone(),
        Some(asked) => {
            let mut diags = Diagnostics::default();
            for l in asked {
                if !all.contains(l) {
                    diags.push(
                        Diagnostic::error(format!(
                            "`{l}` is not a document or booth language of the event"
                        ))
                        .in_file(&event.file)
                        .help(format!(
                            "add it to document_languages, or choose from: {}",
                            all.iter().map(|l| l.code()).collect::<Vec<_>>().join(", ")
                        )),
                    );
                }
            }
            if diags.has_errors() {
                return Err(diags);
            }
            asked.to_vec()
        }
    };
    // Every language of the event is loaded, also when only some are
    // built: a booth schedule lists names and terms in all booth languages.
    let others: Vec<Lang> = all.iter().copied().filter(|l| !langs.contains(l)).collect();
    let catalogs = Catalogs::load(&event, &langs, &others)?;
    let (planned, unplanned) = match event.schedule() {
        Some(schedule) if !event.interpretation_languages.is_empty() => {
            match from_event::plan_event(&event, schedule) {
                Ok(p) => (Some(p), None),
                Err(e) => (None, Some(plan_error(&event, &e))),
            }
        }
        _ => (None, None),
    };
    let m = Meeting {
        event,
        catalogs,
        planned,
        langs,
    };
    Ok((m, unplanned))
}

/// The warning for a meeting held in a room when none of `langs` has the
/// message saying where (`has_venue`); `build` and `check` both give it.
pub fn no_venue(
    event: &Event,
    langs: &[Lang],
    has_venue: impl Fn(Lang) -> bool,
) -> Option<Diagnostic> {
    (event.format != event::Format::Online && !langs.iter().any(|&l| has_venue(l))).then(|| {
        Diagnostic::warning(format!(
            "the meeting is held in a room, but no document says where: there is no message `{}`",
            compose::VENUE
        ))
        .in_file(&event.file)
        .help(format!(
            "add `{} = Palais des Nations, Room XX, Geneva` (the building, room and city) to each language's .ftl file",
            compose::VENUE
        ))
    })
}

/// Every output of the meeting in its languages: concept notes, booth
/// schedules, interpreter calendars and the rota. Problems met on the way
/// (messages missing, plan findings) go to the catalogs' sink.
pub fn compose(m: &Meeting) -> Vec<Output> {
    let sink = m.catalogs.sink();
    let mut out = Vec::new();
    let event = &m.event;
    if let Some(w) = people_on_no_item(event) {
        sink.push(w);
    }
    if let Some(w) = no_venue(event, &m.langs, |l| m.ctx(l).cat.has_text(compose::VENUE)) {
        sink.push(w);
    }
    for &lang in m
        .langs
        .iter()
        .filter(|l| event.document_languages.contains(l))
    {
        out.push(Output {
            stem: format!("concept-note.{lang}"),
            model: Model::Document(compose::concept_note::compose(&m.ctx(lang))),
        });
    }
    let Some(planned) = &m.planned else {
        if !event.interpretation_languages.is_empty() {
            sink.push(
                Diagnostic::warning(not_yet_planned(event))
                    .in_file(&event.file)
                    .help("give date, start, end and every agenda item's start to have them"),
            );
        }
        return out;
    };
    for bp in &planned.plan.booths {
        if !bp.booth.has_documents() {
            sink.push(Diagnostic::warning(format!(
                "no booth schedule for the {0} booth: documents in {0} are not supported yet",
                bp.booth
            )));
        } else if m.langs.contains(&bp.booth) {
            out.push(Output {
                stem: format!("booth-schedule.{}", bp.booth),
                model: Model::Document(compose::booth_schedule::compose(
                    &m.ctx(bp.booth),
                    &|l| m.ctx(l),
                    planned,
                    bp,
                )),
            });
        }
    }
    let stamp = source_date_epoch().unwrap_or_else(|d| {
        sink.push(*d);
        None
    });
    let stamp = stamp.unwrap_or_else(|| compose::calendar::default_stamp(planned.input.date));
    // Calendars of the booths asked for; a booth whose language has no
    // documents yet gets its calendars in English. The rota holds the
    // same booths, so that it matches the calendars a `--lang` build writes.
    let written = |booth: Lang| m.langs.contains(&booth) || !booth.has_documents();
    for (booth, stem, cal) in compose::calendar::calendars(|l| m.ctx(l), planned, stamp) {
        if written(booth) {
            out.push(Output {
                stem: format!("calendar/{stem}"),
                model: Model::Calendar(cal),
            });
        }
    }
    let en = m.ctx(Lang::En);
    out.push(Output {
        stem: "rota".into(),
        model: Model::Sheet(compose::rota::sheet(&en, planned, &written)),
    });
    for f in &planned.plan.findings {
        sink.push(
            Diagnostic::warning(format!(
                "interpretation plan: {}",
                compose::findings::text(&en, &planned.plan, f)
            ))
            .in_file(&event.file),
        );
    }
    out
}

/// One warning for the people listed in event.toml whom no agenda item
/// names: no document prints them.
fn people_on_no_item(event: &Event) -> Option<Diagnostic> {
    let named: std::collections::HashSet<&str> = event
        .agenda
        .iter()
        .flat_map(|item| item.roles().map(|(_, id)| id.as_str()))
        .collect();
    let unnamed: Vec<&str> = event
        .people
        .keys()
        .map(String::as_str)
        .filter(|id| !named.contains(id))
        .collect();
    let first = unnamed.first()?;
    let shown: Vec<String> = unnamed.iter().take(3).map(|id| format!("`{id}`")).collect();
    let more = if unnamed.len() > 3 { ", …" } else { "" };
    let what = if unnamed.len() == 1 {
        "1 person is listed but speaks".to_string()
    } else {
        format!("{} people are listed but speak", unnamed.len())
    };
    Some(
        Diagnostic::warning(format!(
            "{what} in no agenda item ({}{more}): no document prints them",
            shown.join(", ")
        ))
        .in_file(&event.file)
        .help(format!(
            "name `{first}` as an item's moderator, scene_setter, panellists or speakers, or remove [people.{first}]"
        )),
    )
}

/// Why there is no interpretation plan although the meeting has booths.
pub fn not_yet_planned(event: &Event) -> String {
    let missing: Vec<&str> = [
        (event.date.is_none(), "date"),
        (event.hours.is_none(), "hours"),
        (
            event.agenda.iter().any(|i| i.time.is_none()),
            "agenda items' start times",
        ),
    ]
    .into_iter()
    .filter_map(|(m, what)| m.then_some(what))
    .collect();
    // "date is known", "date, hours and agenda items' start times are known"
    let verb = if missing == ["date"] { "is" } else { "are" };
    let list = match missing.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => missing.join(""),
    };
    format!(
        "no booth schedules, calendars or rota yet: interpretation is planned once the meeting's {list} {verb} known"
    )
}

/// The fonts PDFs are drawn with: the bundled ones, or a user's folder.
pub fn resources(font_dir: Option<&Path>) -> Result<Resources, Diagnostics> {
    let fonts = match font_dir {
        None => FontSet::bundled(),
        Some(dir) => FontSet::from_dir(dir).map_err(|e| {
            let d = Diagnostic::error(e.message);
            Diagnostics::from(match e.help {
                Some(h) => d.help(h),
                None => d,
            })
        })?,
    };
    Ok(Resources { fonts })
}

/// Renders every output in every format that writes its kind of model, in
/// parallel (rayon's pool: one thread per core). Files and errors come back
/// in the order of `outputs` and `formats`, so a parallel build is the
/// serial one, byte for byte (`render_serial` is kept to test that).
pub fn render(
    outputs: &[Output],
    formats: &[&'static dyn Renderer],
    resources: &Resources,
) -> Result<Vec<OutputFile>, Diagnostics> {
    let names = file_names(outputs, formats);
    let slots: Vec<std::sync::Mutex<Vec<u8>>> = names.iter().map(|_| Default::default()).collect();
    render_each(outputs, formats, resources, |i, bytes| {
        *slots[i].lock().unwrap_or_else(|e| e.into_inner()) = bytes;
    })?;
    Ok(names
        .into_iter()
        .zip(slots)
        .map(|(name, bytes)| OutputFile {
            name,
            bytes: bytes.into_inner().unwrap_or_else(|e| e.into_inner()),
        })
        .collect())
}

/// Draws every job in parallel (rayon's pool: one thread per core), the
/// costliest first, so that one long PDF does not start last; each file
/// is handed to `put` with its index in the file order as soon as it is
/// drawn, while the others still are. Fails with every error met.
fn render_each(
    outputs: &[Output],
    formats: &[&'static dyn Renderer],
    resources: &Resources,
    put: impl Fn(usize, Vec<u8>) + Sync,
) -> Result<(), Diagnostics> {
    use rayon::prelude::*;
    let jobs = render_jobs(outputs, formats);
    let mut order: Vec<usize> = (0..jobs.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(jobs[i].1.cost_hint()));
    let mut done: Vec<(usize, Result<Vec<u8>, RenderError>)> = order
        .into_par_iter()
        .map(|i| {
            let r = jobs[i].1.render(&jobs[i].0.model, resources);
            (i, r.map(|bytes| put(i, bytes)).map(|()| Vec::new()))
        })
        .collect();
    done.sort_by_key(|(i, _)| *i);
    collect(&jobs, done.into_iter().map(|(_, r)| r)).map(|_| ())
}

/// The names of the files `render` writes, in order.
fn file_names(outputs: &[Output], formats: &[&'static dyn Renderer]) -> Vec<String> {
    render_jobs(outputs, formats)
        .iter()
        .map(|(o, r)| file_name(o, *r))
        .collect()
}

fn file_name(o: &Output, r: &dyn Renderer) -> String {
    format!("{}.{}", o.stem, r.extension())
}

/// `render` on one thread, in order: the reference parallel builds are
/// tested against.
pub fn render_serial(
    outputs: &[Output],
    formats: &[&'static dyn Renderer],
    resources: &Resources,
) -> Result<Vec<OutputFile>, Diagnostics> {
    let jobs = render_jobs(outputs, formats);
    let results = jobs.iter().map(|(o, r)| r.render(&o.model, resources));
    collect(&jobs, results)
}

/// Every (output, renderer) pair of a build, in file order.
fn render_jobs<'o>(
    outputs: &'o [Output],
    formats: &[&'static dyn Renderer],
) -> Vec<(&'o Output, &'static dyn Renderer)> {
    outputs
        .iter()
        .flat_map(|o| {
            formats
                .iter()
                .filter(|r| r.accepts(&o.model))
                .map(move |r| (o, *r))
        })
        .collect()
}

/// The files of rendered jobs, or every error met.
fn collect(
    jobs: &[(&Output, &'static dyn Renderer)],
    results: impl Iterator<Item = Result<Vec<u8>, RenderError>>,
) -> Result<Vec<OutputFile>, Diagnostics> {
    let mut files = Vec::new();
    let mut errors = Diagnostics::default();
    for ((o, r), result) in jobs.iter().zip(results) {
        let name = file_name(o, *r);
        match result {
            Ok(bytes) => files.push(OutputFile { name, bytes }),
            Err(e) => {
                let d = Diagnostic::error(format!("cannot write {name}: {}", e.message));
                errors.push(match e.help {
                    Some(h) => d.help(h),
                    None => d,
                });
            }
        }
    }
    if errors.has_errors() {
        Err(errors)
    } else {
        Ok(files)
    }
}

/// The formats a build writes: those asked for, or every default one.
pub fn formats(asked: Option<&[&'static dyn Renderer]>) -> Vec<&'static dyn Renderer> {
    match asked {
        Some(v) => v.to_vec(),
        None => render::RENDERERS
            .iter()
            .copied()
            .filter(|r| r.by_default())
            .collect(),
    }
}

/// Builds everything and writes it; nothing is written if anything fails.
pub fn build(opts: &Options) -> Result<Report, Failure> {
    build_event(event::load(&opts.event)?, opts)
}

/// As `build`, for an event already read and validated (a batch reads
/// every event first, to name their folders).
pub fn build_event(event: Event, opts: &Options) -> Result<Report, Failure> {
    let meeting = meeting(event, opts.langs.as_deref())?;
    let outputs = compose(&meeting);
    // The one place a build's problems are drained.
    let warnings = meeting.catalogs.sink().take(opts.strict);
    if warnings.has_errors() {
        return Err(Failure::Input(warnings));
    }
    let resources = resources(opts.font_dir.as_deref())?;
    let formats = formats(opts.formats.as_deref());
    // Each file goes to a writer thread as soon as it is drawn, which
    // writes and syncs it beside its place while the others are drawn: the
    // wait after the last one fell from 8-10 ms to about 2 ms (the whole
    // build gains little on a fast disk, where the kernel's writing competes
    // with the drawing; on a slow one the wait hides behind it). The folder
    // is opened at the first file, so that a build failing before that
    // leaves it untouched.
    let names = file_names(&outputs, &formats);
    let (tx, rx) = std::sync::mpsc::channel::<(usize, Vec<u8>)>();
    let (drawn, staged) = std::thread::scope(|s| {
        let writer = s.spawn(|| {
            let mut stage = None;
            for (i, bytes) in rx {
                let st = match &mut stage {
                    Some(st) => st,
                    None => stage.insert(output::Stage::open(&opts.out, names.clone())?),
                };
                st.put(i, &bytes)?;
            }
            match stage {
                Some(st) => Ok(st),
                None => output::Stage::open(&opts.out, names.clone()),
            }
        });
        // A writer that stopped (its error comes below) takes no more.
        let drawn = render_each(&outputs, &formats, &resources, |i, bytes| {
            let _ = tx.send((i, bytes));
        });
        drop(tx);
        let staged = writer
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (drawn, staged)
    });
    // A drawing error first: the stage, dropped, takes back what it wrote.
    drawn?;
    let mut removed = Vec::new();
    let written = staged.and_then(|st| {
        removed = st.stale();
        st.commit()
    });
    let written = written.map_err(|e| {
        let d = Diagnostics::from(*e.diagnostic);
        if e.unchanged {
            Failure::Output(d)
        } else {
            Failure::Interrupted(d)
        }
    })?;
    Ok(Report {
        written,
        removed,
        warnings,
    })
}

/// `SOURCE_DATE_EPOCH` as a timestamp, if set; a warning if it is not a
/// number of seconds.
fn source_date_epoch() -> Result<Option<jiff::Timestamp>, Box<Diagnostic>> {
    let Ok(s) = std::env::var("SOURCE_DATE_EPOCH") else {
        return Ok(None);
    };
    s.trim()
        .parse::<i64>()
        .ok()
        .and_then(|n| jiff::Timestamp::from_second(n).ok())
        .map(Some)
        .ok_or_else(|| {
            Box::new(Diagnostic::warning(format!(
                "SOURCE_DATE_EPOCH={s:?} is not a number of seconds; calendars are stamped with the meeting date"
            ))
            .help("set it to seconds since 1970-01-01 UTC, e.g. SOURCE_DATE_EPOCH=1684886400, or unset it"))
        })
}

/// A planning error as a diagnostic pointing at the event file.
fn plan_error(event: &Event, e: &PlanError) -> Diagnostics {
    let item_at = |item: &Option<event::ItemId>| item.and_then(|id| event.item(id)).map(|i| i.at);
    let item_name = |item: &Option<event::ItemId>| match item {
        Some(id) => format!("agenda item {}", id.number()),
        None => "the meeting".to_string(),
    };
    let (message, at, help) = match e {
        PlanError::NoBooths => (
            "the meeting has no interpretation booths".to_string(),
            None,
            "list interpretation_languages".to_string(),
        ),
        PlanError::DuplicateBooth(b) => (
            format!("booth {} is listed twice", b.booth_code()),
            None,
            "list each interpretation language once".into(),
        ),
        PlanError::BadMeetingTimes { .. }
        | PlanError::BadItemTimes { .. }
        | PlanError::ItemOutsideMeeting { .. }
        | PlanError::ItemsOverlap { .. } => (
            "the agenda's times do not fit the meeting".to_string(),
            None,
            "check the meeting's start and end and the agenda items' times".into(),
        ),
        PlanError::UnknownBooth { interpreter, booth } => (
            format!(
                "interpreter {interpreter} is in booth {}, which the meeting does not have",
                booth.booth_code()
            ),
            None,
            "put the interpreter in one of interpretation_languages".into(),
        ),
        PlanError::DuplicateInterpreter(n) => (
            format!("interpreter {n} is listed twice"),
            None,
            "list each interpreter once".into(),
        ),
        PlanError::NoRelayRoute {
            item,
            floor,
            booth,
            why,
        } => {
            let up = floor.booth_code();
            let taker = booth.booth_code();
            let mut help = match why {
                NoRoute::NoBoothNoOne => format!(
                    "there is no {up} booth and no interpreter understands {floor}: add \"{floor}\" to \
                     interpretation_languages ({} {up} booth gives retour), or list [[interpreters]] \
                     who understand it (c = [\"{floor}\"])",
                    article(&up)
                ),
                NoRoute::PartialRetour => format!(
                    "the interpreters of the {up} booth do not all give retour into one language; the plan \
                     needs a language all of them work into, or someone in the {taker} booth who \
                     understands {floor}"
                ),
                NoRoute::NoRetour => format!(
                    "no one in the {up} booth gives retour and no other booth understands {floor}: \
                     recruit {floor} interpreters with retour (e.g. into English), or interpreters \
                     who understand {floor} for the other booths"
                ),
                NoRoute::NoCommonLanguage => format!(
                    "the {taker} booth understands none of the languages the other booths work into"
                ),
            };
            help.push_str(&route_detail(event, *floor, *booth, *why));
            (
                format!(
                    "{}: nobody can interpret {floor} into the {taker} booth, not even through relay",
                    item_name(item)
                ),
                item_at(item),
                help,
            )
        }
    };
    let d = Diagnostic::error(format!("no interpretation plan: {message}")).in_file(&event.file);
    let d = match at {
        Some(loc) => d.at(loc),
        None => d,
    };
    d.with_snippet_from(&event.source).help(help).into()
}

/// Who of the listed interpreters stands in the way of a relay route, so
/// that the officer knows whom to ask or replace: the retour each member of
/// the floor language's booth gives, and, in each booth where only some
/// members understand the floor language, who does not (every member of a
/// booth must, as any of them may be on microphone).
fn route_detail(event: &Event, floor: Lang, booth: Lang, why: NoRoute) -> String {
    let members = |b: Lang| event.interpreters.iter().filter(move |i| i.booth == b);
    let mut parts = Vec::new();
    if matches!(why, NoRoute::PartialRetour) {
        let gives: Vec<String> = members(floor)
            .map(|i| {
                let into: Vec<String> = std::iter::once(i.a)
                    .chain(i.b.iter().copied())
                    .filter(|&l| l != floor)
                    .map(|l| l.to_string())
                    .collect();
                if into.is_empty() {
                    format!("{} gives none", i.name)
                } else {
                    format!("{} into {}", i.name, into.join(", "))
                }
            })
            .collect();
        if !gives.is_empty() {
            parts.push(format!(
                "retour of the {} booth: {}",
                floor.booth_code(),
                gives.join("; ")
            ));
        }
    }
    let knows =
        |i: &event::Interpreter| i.a == floor || i.b.contains(&floor) || i.c.contains(&floor);
    // The booth named first, then any other booth that would go live on
    // the floor language if all its members understood it.
    let booths = std::iter::once(booth).chain(event.interpreters.iter().map(|i| i.booth));
    let mut told = Vec::new();
    for b in booths {
        if b == floor || told.contains(&b) {
            continue;
        }
        told.push(b);
        let (some, not): (Vec<&event::Interpreter>, Vec<&event::Interpreter>) =
            members(b).partition(|i| knows(i));
        if !some.is_empty() && !not.is_empty() {
            let names = |v: &[&event::Interpreter]| {
                v.iter()
                    .map(|i| i.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            parts.push(format!(
                "in the {} booth {} {} {floor} but {} {} not",
                b.booth_code(),
                names(&some),
                if some.len() > 1 {
                    "understand"
                } else {
                    "understands"
                },
                names(&not),
                if not.len() > 1 { "do" } else { "does" }
            ));
        }
    }
    parts.iter().map(|p| format!(" ({p})")).collect()
}

/// `tarjama plan`: the whole plan as a document in `lang`.
pub fn plan_overview(
    m: &Meeting,
    lang: Lang,
) -> Result<(crate::doc::Document, &Planned), Diagnostics> {
    let Some(planned) = &m.planned else {
        return Err(
            Diagnostic::error("the meeting has no interpretation booths")
                .in_file(&m.event.file)
                .help("list interpretation_languages in the event file to plan interpretation")
                .into(),
        );
    };
    let doc = compose::plan_overview::compose(&m.ctx(lang), planned);
    let problems = m.catalogs.sink().take(false);
    if problems.has_errors() {
        return Err(problems);
    }
    Ok((doc, planned))
}

/// "a" or "an" before a booth code read letter by letter ("an AR booth",
/// "a ZH booth").
fn article(code: &str) -> &'static str {
    match code.chars().next() {
        Some('A' | 'E' | 'F' | 'H' | 'I' | 'L' | 'M' | 'N' | 'O' | 'R' | 'S' | 'X') => "an",
        _ => "a",
    }
}

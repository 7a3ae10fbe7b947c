//! The schedule of one interpretation booth, in the booth's language: the
//! meeting and its practical details, the team, every agenda item with its
//! speakers and what the booth does for each (direct, relay on which
//! channel, retour, off microphone), a picture of all booths' turns, the
//! planner's findings, and the names and terms to prepare.

use crate::doc::{
    Band, Bar, Block, Cell, CellParagraph, Document, Inline, Lane, Paragraph, Table, Timeline,
};
use crate::event::{AgendaItem, ItemId, ItemKind, Person};
use crate::lang::Lang;
use crate::plan::{effective_items, Booth, BoothPlan, Mode, Plan, Planned, Relay};

use super::{findings, person_line, Arg, Ctx};

/// The schedule of `booth`. `ctx` is in the booth's language; `ctx_for`
/// gives the context of any interpretation language (for the names and
/// terms sheet).
pub fn compose<'a>(
    ctx: &Ctx<'a>,
    ctx_for: &dyn Fn(Lang) -> Ctx<'a>,
    planned: &Planned,
    booth: &BoothPlan,
) -> Document {
    let cat = ctx.cat;
    let booth_label = ctx.booth(booth.booth);
    let heading_text = cat.get("booth-schedule-title", &[("booth", booth_label.clone())]);
    let full_title = full_title(ctx);
    let mut doc = super::document(
        ctx,
        cat.get(
            "document-title",
            &[
                ("title", full_title.clone()),
                ("document", heading_text.clone()),
            ],
        ),
        cat.get(
            "running-header",
            &[
                ("title", ctx.text("event-short-title")),
                ("part", booth_label),
            ],
        ),
    );
    let b = &mut doc.blocks;
    b.push(Block::Title(vec![Inline::plain(heading_text)]));
    b.push(Block::Subtitle(vec![Inline::plain(full_title)]));
    let arrival = booth.team.iter().filter_map(|m| m.arrival).min();
    b.extend(meeting_facts(ctx, planned, arrival, Some(booth.booth)));
    b.push(heading(ctx, "team-heading"));
    match idle_served_by(planned, booth.booth) {
        // A booth nobody works in has no team and no turns to list: its
        // schedule says so, and why, then shows the other booths' turns.
        Some(from) => b.push(Block::Paragraph(Paragraph::new(vec![Inline::plain(
            idle_booth_text(ctx, booth.booth, from),
        )]))),
        None => {
            b.extend(team_blocks(ctx, planned, booth));
            b.push(heading(ctx, "rota-heading"));
            b.push(Block::Paragraph(Paragraph::new(vec![Inline::plain(
                ctx.t("rota-how-to-read", &[]),
            )])));
            b.push(Block::Table(rota_table(ctx, planned, booth)));
        }
    }
    b.push(heading(ctx, "timeline-heading"));
    b.push(Block::Timeline(timeline(ctx, planned, Some(booth.booth))));
    b.push(heading(ctx, "findings-heading"));
    b.extend(findings_blocks(ctx, &planned.plan, Some(booth.booth)));
    b.push(heading(ctx, "names-heading"));
    b.push(Block::Paragraph(Paragraph::new(vec![Inline::plain(
        ctx.t("names-intro", &[]),
    )])));
    let (names, columns) = names_and_terms(ctx, ctx_for, planned, booth.booth);
    if !columns.left_out.is_empty() {
        b.push(Block::Paragraph(Paragraph::new(vec![Inline::plain(
            ctx.t(
                "names-left-out",
                &[("languages", ctx.language_list(&columns.left_out))],
            ),
        )])));
    }
    if !columns.names_only.is_empty() {
        let fallback = crate::i18n::fallback_language(ctx.event);
        b.push(Block::Paragraph(Paragraph::new(vec![Inline::plain(
            ctx.t(
                "names-fallback",
                &[
                    ("languages", ctx.language_list(&columns.names_only)),
                    ("fallback", ctx.language(fallback)),
                ],
            ),
        )])));
    }
    b.push(Block::Table(names));
    doc
}

/// The booths whose retour goes out on `booth`'s channel, if the plan
/// found `booth` never on microphone (empty when nothing needs it).
fn idle_served_by(planned: &Planned, booth: Booth) -> Option<&[Booth]> {
    planned.plan.findings.iter().find_map(|f| match f {
        crate::plan::Finding::IdleBooth {
            booth: b,
            served_by,
        } if *b == booth => Some(served_by.as_slice()),
        _ => None,
    })
}

/// "No interpreter works in this booth: …", with the booths that serve
/// its channel instead, if any.
fn idle_booth_text(ctx: &Ctx, booth: Booth, served_by: &[Booth]) -> String {
    if served_by.is_empty() {
        return ctx.t("team-idle", &[]);
    }
    let from: Vec<String> = served_by.iter().map(|b| b.booth_code()).collect();
    ctx.t(
        "team-idle-served",
        &[
            ("from", ctx.and_list(&from)),
            ("language", ctx.language(booth)),
        ],
    )
}

fn full_title(ctx: &Ctx) -> String {
    ctx.t(
        "full-title",
        &[
            ("series", ctx.text("event-series")),
            ("title", ctx.text("event-title")),
        ],
    )
}

/// A level-2 heading from one label.
pub(crate) fn heading(ctx: &Ctx, id: &str) -> Block {
    Block::Heading {
        level: 2,
        content: vec![Inline {
            text: ctx.t(id, &[]),
            source: Some(id.into()),
            ..Inline::default()
        }],
    }
}

/// "Label: value" lines: date, time, format, platform and how to join, the
/// booth's channel, the connection test (or arrival) at `arrival`, the
/// chief interpreter and the technical contact.
pub(crate) fn meeting_facts(
    ctx: &Ctx,
    planned: &Planned,
    arrival: Option<i64>,
    booth: Option<Booth>,
) -> Vec<Block> {
    let event = ctx.event;
    let input = &planned.input;
    let format = ctx.t(event.format.message_id(), &[]);
    let format = if input.remote {
        ctx.t(
            "format-remote",
            &[
                ("format", format),
                ("remote", ctx.t("remote-interpretation", &[])),
            ],
        )
    } else {
        format
    };
    let mut facts = Vec::new();
    // First, so that a reader holding two issues sees at once which is new.
    if event.revision > 0 {
        facts.push(("schedule-revision", ctx.num(event.revision)));
    }
    facts.extend([
        ("schedule-date", ctx.long_date()),
        (
            "schedule-time",
            ctx.t(
                "time-with-zone",
                &[
                    ("range", ctx.time_range(input.start, input.end)),
                    ("zone", ctx.zone()),
                ],
            ),
        ),
        ("schedule-format", format),
    ]);
    if let Some(venue) = ctx.venue() {
        facts.push(("schedule-venue", venue));
    }
    let optional = [
        ("schedule-platform", &event.platform),
        ("schedule-link", &event.platform_link),
        ("schedule-meeting-id", &event.meeting_id),
    ];
    for (label, value) in optional {
        if let Some(v) = value {
            facts.push((label, ctx.typed_value(v)));
        }
    }
    if let (true, Some(b)) = (input.remote, booth) {
        facts.push((
            "schedule-channel",
            ctx.t("your-channel", &[("channel", ctx.language(b))]),
        ));
    }
    if let Some(a) = arrival {
        let key = if input.remote {
            "connection-test"
        } else {
            "arrival"
        };
        facts.push((key, ctx.time(a.max(0) as u32)));
    }
    for (label, value) in [
        ("schedule-chief-interpreter", &event.chief_interpreter),
        ("schedule-technical-contact", &event.technical_contact),
    ] {
        if let Some(v) = value {
            facts.push((label, ctx.typed_value(v)));
        }
    }
    let mut out: Vec<Block> = facts
        .into_iter()
        .map(|(label, value)| {
            let link = (label == "schedule-link")
                .then(|| event.platform_link.clone())
                .flatten();
            let mut line = ctx.styled(
                "fact-line",
                &[
                    ("label", Arg::Bold(ctx.t(label, &[]))),
                    ("value", Arg::Plain(value)),
                ],
            );
            // The meeting link is clickable.
            if let (Some(url), Some(last)) = (link, line.last_mut()) {
                last.link = Some(url);
            }
            Block::Paragraph(Paragraph::new(line))
        })
        .collect();
    if event.chatham_house_rule {
        out.push(Block::Paragraph(Paragraph::new(vec![Inline::plain(
            ctx.t("chatham-house-rule", &[]),
        )])));
    }
    out
}

/// The team: how many the rules require and why, each member with their
/// languages, duty and turns, how much of the meeting the booth is live,
/// and the longest turn.
pub(crate) fn team_blocks(ctx: &Ctx, planned: &Planned, booth: &BoothPlan) -> Vec<Block> {
    let reasons: Vec<String> = booth
        .requirements
        .iter()
        .filter(|r| r.size == booth.required)
        .map(|r| ctx.t(&format!("requirement-{}", r.rule.id()), &[]))
        .collect();
    // The event may list more interpreters than the rules ask for (three
    // where two would do): the line says both, not "Team of 2" over three.
    let teams = booth.teams.max(1);
    let per_team = booth.team.len().div_ceil(teams);
    // Fewer booked than the day needs: the schedule says so rather than
    // "2 teams take turns by shift" above one team on duty all day.
    let short = booth.team.len() < booth.required * teams;
    let line = if per_team < booth.required && booth.team.len() < booth.required {
        ctx.t(
            "team-smaller",
            &[
                ("count", ctx.num(booth.team.len())),
                ("required", ctx.num(booth.required)),
                ("reason", ctx.and_list(&reasons)),
            ],
        )
    } else if per_team > booth.required {
        ctx.t(
            "team-larger",
            &[
                ("count", ctx.num(per_team)),
                ("required", ctx.num(booth.required)),
                ("reason", ctx.and_list(&reasons)),
            ],
        )
    } else {
        ctx.t(
            "team-required",
            &[
                ("count", ctx.num(booth.required)),
                ("reason", ctx.and_list(&reasons)),
            ],
        )
    };
    let mut out = vec![Block::Paragraph(Paragraph::new(vec![Inline::plain(line)]))];
    // A day longer than one team may work: say so, and when each team
    // arrives (the facts above give only the first team's time).
    if booth.teams > 1 && short {
        let text = ctx.t(
            "plan-teams-short",
            &[
                ("teams", ctx.num(booth.teams)),
                ("needed", ctx.num(booth.required * booth.teams)),
                ("count", ctx.num(booth.team.len())),
            ],
        );
        out.push(Block::Paragraph(Paragraph::new(vec![Inline::plain(text)])));
    } else if booth.teams > 1 {
        let mut arrivals: Vec<i64> = booth.team.iter().filter_map(|m| m.arrival).collect();
        arrivals.sort_unstable();
        arrivals.dedup();
        let times: Vec<String> = arrivals
            .iter()
            .map(|&a| ctx.time(a.max(0) as u32))
            .collect();
        let mut text = ctx.t("plan-teams-per-booth", &[("teams", ctx.num(booth.teams))]);
        if times.len() > 1 {
            text.push(' ');
            text.push_str(&ctx.t(
                "team-shift-arrivals",
                &[
                    (
                        "remote",
                        if planned.input.remote { "yes" } else { "no" }.into(),
                    ),
                    ("times", ctx.and_list(&times)),
                ],
            ));
        }
        out.push(Block::Paragraph(Paragraph::new(vec![Inline::plain(text)])));
    }
    let members = booth
        .team
        .iter()
        .enumerate()
        .map(|(i, m)| {
            // A, B and C languages; a class the interpreter has none of is left out.
            let classes: Vec<String> = [
                ("team-lang-a", vec![m.a]),
                ("team-lang-b", m.b.clone()),
                ("team-lang-c", m.c.clone()),
            ]
            .into_iter()
            .filter(|(_, langs)| !langs.is_empty())
            .map(|(id, langs)| ctx.t(id, &[("languages", ctx.language_list(&langs))]))
            .collect();
            let member = crate::plan::MemberId(i);
            let turns = booth.turns.iter().filter(|t| t.member == member).count();
            let duty: Vec<String> = m.duty.iter().map(|d| ctx.time_range(d.0, d.1)).collect();
            let work = if duty.is_empty() {
                ctx.t("team-not-on-duty", &[])
            } else {
                ctx.t(
                    "team-duty",
                    &[
                        ("duty", ctx.and_list(&duty)),
                        ("turns", ctx.num(turns)),
                        ("minutes", ctx.num(m.mic_minutes)),
                    ],
                )
            };
            ctx.styled(
                "team-member",
                &[
                    ("name", Arg::Bold(ctx.member(booth, member))),
                    (
                        "recruit",
                        Arg::Plain(if m.is_placeholder() { "yes" } else { "no" }.into()),
                    ),
                    (
                        "languages",
                        Arg::Plain(classes.join(&ctx.t("list-separator", &[]))),
                    ),
                    ("work", Arg::Plain(work)),
                ],
            )
        })
        .collect();
    out.push(Block::List(members));
    let live: u32 = booth.turns.iter().map(|t| t.minutes()).sum();
    let meeting = planned.input.end - planned.input.start;
    out.push(Block::Paragraph(Paragraph::new(vec![Inline::plain(
        ctx.t(
            "booth-live-share",
            &[
                ("live", ctx.num(live)),
                ("meeting", ctx.num(meeting)),
                ("percent", ctx.num((live * 100).div_ceil(meeting.max(1)))),
            ],
        ),
    )])));
    // One interpreter takes no turns: the limit is the solo rule's.
    let length = if booth.team.len() == 1 {
        ctx.t(
            "solo-length",
            &[("minutes", ctx.num(planned.input.rules.solo_max))],
        )
    } else {
        ctx.t("turn-length", &[("minutes", ctx.num(booth.turn_max))])
    };
    out.push(Block::Paragraph(Paragraph::new(vec![Inline::plain(
        length,
    )])));
    out
}

/// The findings for `booth` (and those for the whole meeting), or a line
/// saying the plan meets every rule.
pub(crate) fn findings_blocks(ctx: &Ctx, plan: &Plan, booth: Option<Booth>) -> Vec<Block> {
    let mine: Vec<_> = plan
        .findings
        .iter()
        .filter(|f| booth.is_none() || f.booth().is_none() || f.booth() == booth)
        .collect();
    if mine.is_empty() {
        return vec![Block::Paragraph(Paragraph::new(vec![Inline::plain(
            ctx.t("findings-none", &[]),
        )]))];
    }
    vec![Block::List(
        mine.iter().map(|f| findings::line(ctx, plan, f)).collect(),
    )]
}

/// One row per agenda item and turn: time, the item with its speakers and
/// what the booth does for each, what the booth does with each floor
/// language, who is on microphone (or why nobody is), and the relay and
/// channels. Every item has a row, also when the booth is off microphone.
pub(crate) fn rota_table(ctx: &Ctx, planned: &Planned, booth: &BoothPlan) -> Table {
    let remote = planned.input.remote;
    let header = [
        "rota-time",
        "rota-item",
        "rota-floor",
        "rota-mic",
        "rota-relay",
    ]
    .iter()
    .map(|id| Cell::text(vec![Inline::bold(ctx.t(id, &[]))]))
    .collect();
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    for item in effective_items(&planned.input) {
        let agenda = item.id.and_then(|id| ctx.event.item(id));
        let modes = booth.modes_of(item.id);
        let mut floor: Vec<&(Lang, Mode)> =
            modes.map(|m| m.floor.iter().collect()).unwrap_or_default();
        // The same order in every row and every booth: the UN's.
        floor.sort_by_key(|(l, _)| *l);
        let floor_cell = Cell {
            paragraphs: floor
                .iter()
                .map(|(l, mode)| para(mode_text(ctx, *l, mode, remote)))
                .collect(),
            shaded: item.pause,
            ..Cell::default()
        };
        let parts: Vec<_> = booth
            .turns
            .iter()
            .flat_map(|t| t.parts.iter().map(move |p| (t, p)))
            .filter(|(_, p)| p.item == item.id)
            .collect();
        let item_cell = item_cell(ctx, agenda, item.id, booth, remote);
        if parts.is_empty() {
            let why = if item.pause {
                "rota-off-break"
            } else if item.floor_languages.is_empty() {
                "rota-off-no-floor"
            } else if floor.iter().all(|(_, m)| *m == Mode::Own) {
                "rota-off-own"
            } else {
                "rota-off-served"
            };
            let shaded = item.pause;
            rows.push(vec![
                Cell {
                    shaded,
                    ..Cell::text(vec![Inline::plain(ctx.time_range(item.start, item.end))])
                },
                Cell {
                    shaded,
                    ..item_cell
                },
                floor_cell,
                Cell {
                    shaded,
                    ..Cell::text(vec![Inline::plain(ctx.t(why, &[]))])
                },
                Cell {
                    shaded,
                    ..Cell::default()
                },
            ]);
            continue;
        }
        // A change-over inside an item waits for a change of speaker; in a
        // keynote (one person speaking) or a film there is none to wait
        // for, only a pause.
        let one_voice = agenda.is_some_and(|a| {
            let people = a.roles().count();
            a.kind != ItemKind::Qa && (people == 1 || (people == 0 && a.kind == ItemKind::Break))
        });
        let handover = if one_voice {
            "handover-at-pause"
        } else {
            "handover-at-speaker"
        };
        for (k, (turn, part)) in parts.iter().enumerate() {
            let mut mic = vec![para_bold(ctx.member(booth, turn.member))];
            if part.start > item.start && turn.start == part.start {
                mic.push(para(ctx.t(handover, &[("time", ctx.time(part.start))])));
            }
            rows.push(vec![
                Cell::text(vec![Inline::plain(ctx.time_range(part.start, part.end))]),
                if k == 0 {
                    item_cell.clone()
                } else {
                    Cell::text(vec![Inline::plain(ctx.t("rota-continued", &[]))])
                },
                if k == 0 {
                    floor_cell.clone()
                } else {
                    Cell::default()
                },
                Cell {
                    paragraphs: mic,
                    ..Cell::default()
                },
                Cell {
                    paragraphs: relay_lines(ctx, &part.relay_from, &part.gives_relay_to, remote)
                        .into_iter()
                        .map(para)
                        .collect(),
                    ..Cell::default()
                },
            ]);
        }
    }
    Table {
        widths: vec![1.5, 3.6, 2.4, 1.4, 2.0],
        header,
        rows,
    }
}

/// An item's title, then each of its people in speaking order: name and
/// affiliation, and what the booth does when they speak (their language
/// marked "to be confirmed" when the event only assumes it).
fn item_cell(
    ctx: &Ctx,
    agenda: Option<&AgendaItem>,
    id: Option<ItemId>,
    booth: &BoothPlan,
    remote: bool,
) -> Cell {
    let mut title = ctx.item_title(id);
    title.bold = true;
    let mut paragraphs = vec![CellParagraph {
        content: vec![title],
        bullet: false,
    }];
    let Some(item) = agenda else {
        return Cell {
            paragraphs,
            ..Cell::default()
        };
    };
    if item.kind == crate::event::ItemKind::Break {
        let note = if item.interpreted {
            "break-interpreted"
        } else {
            "break-not-interpreted"
        };
        paragraphs.push(CellParagraph {
            content: vec![ctx.emphasised(Inline::plain(ctx.t(note, &[])))],
            bullet: false,
        });
    }
    let modes = booth.modes_of(id);
    for (_, person) in ctx.event.people_of(item) {
        let mut content = person_line(ctx, person);
        let langs = speaker_languages(item, person);
        let assumed = !person.languages_given || person.name.is_none();
        let doing: Vec<String> = langs
            .iter()
            .filter_map(|l| {
                let mode = modes?.floor.iter().find(|(fl, _)| fl == l)?;
                let text = mode_text(ctx, *l, &mode.1, remote);
                Some(if assumed {
                    ctx.t("language-expected", &[("what", text)])
                } else {
                    text
                })
            })
            .collect();
        if !doing.is_empty() {
            content.push(Inline::plain(ctx.t(
                "speaker-language",
                &[("what", doing.join(&ctx.t("list-separator", &[])))],
            )));
        }
        paragraphs.push(CellParagraph {
            content,
            bullet: true,
        });
    }
    Cell {
        paragraphs,
        ..Cell::default()
    }
}

/// The floor languages `person` is expected to speak in `item`: their own,
/// or, when the event gives none, the item's.
fn speaker_languages(item: &AgendaItem, person: &Person) -> Vec<Lang> {
    if person.languages.is_empty() {
        item.floor_languages.clone()
    } else {
        person
            .languages
            .iter()
            .copied()
            .filter(|l| item.floor_languages.contains(l))
            .collect()
    }
}

fn para(text: String) -> CellParagraph {
    CellParagraph {
        content: vec![Inline::plain(text)],
        bullet: false,
    }
}

fn para_bold(text: String) -> CellParagraph {
    CellParagraph {
        content: vec![Inline::bold(text)],
        bullet: false,
    }
}

/// What the booth does when `floor` is spoken. On a remote platform, relay
/// is worded by channel: the booth listens to the channel of the language
/// the pivot works into, which for a retour is not the pivot's own.
pub(crate) fn mode_text(ctx: &Ctx, floor: Lang, mode: &Mode, remote: bool) -> String {
    let language = ctx.language(floor);
    match mode {
        Mode::Direct => ctx.t("mode-direct", &[("language", language)]),
        Mode::Own => ctx.t("mode-own", &[("language", language)]),
        Mode::Retour { into } if remote => ctx.t(
            "mode-retour-channel",
            &[("language", language), ("into", ctx.language(*into))],
        ),
        Mode::Retour { into } => ctx.t(
            "mode-retour",
            &[("language", language), ("into", ctx.language(*into))],
        ),
        Mode::Relay { from, via, .. } if remote && via == from => ctx.t(
            "mode-relay-channel",
            &[("language", language), ("channel", ctx.language(*via))],
        ),
        Mode::Relay { from, via, .. } if remote => ctx.t(
            "mode-relay-retour-channel",
            &[
                ("language", language),
                ("channel", ctx.language(*via)),
                ("booth", ctx.booth(*from)),
            ],
        ),
        Mode::Relay { from, via, .. } if via != from => ctx.t(
            "mode-relay-retour",
            &[
                ("language", language),
                ("booth", from.booth_code()),
                ("into", ctx.language(*via)),
            ],
        ),
        Mode::Relay { from, .. } => ctx.t(
            "mode-relay",
            &[("language", language), ("booth", from.booth_code())],
        ),
        Mode::ServedByRetour { from } => ctx.t(
            "mode-served",
            &[("language", language), ("booth", ctx.booth(*from))],
        ),
    }
}

/// The relay a turn takes and gives, worded by channel on a remote
/// platform and by booth in the room.
pub(crate) fn relay_lines(
    ctx: &Ctx,
    takes: &[Relay],
    gives: &[Relay],
    remote: bool,
) -> Vec<String> {
    let mut out: Vec<String> = takes
        .iter()
        .map(|r| {
            if remote {
                ctx.t(
                    "relay-takes-channel",
                    &[
                        ("channel", ctx.language(r.via)),
                        ("language", ctx.language(r.floor)),
                    ],
                )
            } else {
                ctx.t(
                    "relay-takes",
                    &[
                        ("booth", r.booth.booth_code()),
                        ("language", ctx.language(r.floor)),
                    ],
                )
            }
        })
        .collect();
    // The booths taking relay from us, grouped by floor language, each
    // language once in the order first met (booth by booth, the floor
    // languages come back: ES takes French, FR Spanish, AR both).
    let mut floors: Vec<Lang> = Vec::new();
    for r in gives {
        if !floors.contains(&r.floor) {
            floors.push(r.floor);
        }
    }
    for f in floors {
        let mut booths: Vec<String> = Vec::new();
        for r in gives.iter().filter(|r| r.floor == f) {
            let code = r.booth.booth_code();
            if !booths.contains(&code) {
                booths.push(code);
            }
        }
        out.push(ctx.t(
            "relay-gives",
            &[
                ("booths", ctx.and_list(&booths)),
                ("language", ctx.language(f)),
            ],
        ));
    }
    out
}

/// Every booth's turns on one time axis; each interpreter keeps a colour,
/// the reader's booth is picked out and breaks are labelled.
pub(crate) fn timeline(ctx: &Ctx, planned: &Planned, mine: Option<Booth>) -> Timeline {
    let (start, end) = (planned.input.start, planned.input.end);
    let step = if end - start > 240 { 60 } else { 30 };
    let first = start.div_ceil(step) * step;
    let ticks = (first..=end)
        .step_by(step as usize)
        .map(|m| (m, ctx.time(m)))
        .collect();
    let lanes = planned
        .plan
        .booths
        .iter()
        .map(|bp| Lane {
            label: bp.booth.booth_code(),
            highlight: Some(bp.booth) == mine,
            bars: bp
                .turns
                .iter()
                .map(|t| Bar {
                    start: t.start,
                    end: t.end,
                    time: ctx.time_range(t.start, t.end),
                    label: ctx.member(bp, t.member),
                    colour: t.member.0,
                })
                .collect(),
        })
        .collect();
    let bands = planned
        .input
        .items
        .iter()
        .filter(|i| i.pause)
        .map(|i| Band {
            start: i.start,
            end: i.end,
            time: ctx.time_range(i.start, i.end),
            label: ctx.t("timeline-break", &[]),
        })
        .collect();
    let caption = match mine {
        Some(b) => ctx.t("timeline-legend", &[("booth", b.booth_code())]),
        None => ctx.t("timeline-legend-all", &[]),
    };
    Timeline {
        start,
        end,
        ticks,
        lanes,
        bands,
        caption,
    }
}

/// Every person, host and glossary term of the meeting in each
/// interpretation language, side by side, the booth's language first.
fn names_and_terms<'a>(
    ctx: &Ctx<'a>,
    ctx_for: &dyn Fn(Lang) -> Ctx<'a>,
    planned: &Planned,
    booth: Booth,
) -> (Table, Columns) {
    let mut langs = vec![booth];
    langs.extend(planned.input.booths.iter().copied().filter(|&b| b != booth));
    let event = ctx.event;
    // The people on the programme, in the order they first speak (a set
    // of ids seen: a scan of the list per person was quadratic). People
    // listed but on no item are left out (the build warns about them).
    let mut people: Vec<&Person> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for item in &event.agenda {
        for (_, p) in event.people_of(item) {
            if seen.insert(p.id.as_str()) {
                people.push(p);
            }
        }
    }
    // A language without the meeting's text would show another language's
    // words under its name: its column is left out, unless the event file
    // writes names in it (then it stays, and a line says what it holds),
    // or unless no column with the meeting's own text would be left.
    let mut columns = Columns::default();
    let mut ctxs: Vec<Ctx> = Vec::new();
    for c in langs.iter().map(|&l| ctx_for(l)) {
        if !c.cat.text_absent() {
            ctxs.push(c);
        } else if people.iter().any(|p| p.names.contains_key(&c.lang)) {
            columns.names_only.push(c.lang);
            ctxs.push(c);
        } else {
            columns.left_out.push(c.lang);
        }
    }
    if ctxs.len() == columns.names_only.len() && !columns.left_out.is_empty() {
        ctxs = langs.iter().map(|&l| ctx_for(l)).collect();
        columns = Columns::default();
    }
    // Each column in its own language's direction.
    let own = |c: &Ctx, cell: Cell| Cell {
        direction: Some(c.lang.direction()),
        ..cell
    };
    let header = ctxs
        .iter()
        .map(|c| Cell::text(vec![Inline::bold(ctx.language(c.lang))]))
        .collect();
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    for p in people {
        rows.push(
            ctxs.iter()
                .map(|c| own(c, Cell::text(person_line(c, p))))
                .collect(),
        );
    }
    for h in &event.hosts {
        let id = format!("org-{}", h.id);
        rows.push(
            ctxs.iter()
                .map(|c| own(c, Cell::text(vec![c.text_inline(&id)])))
                .collect(),
        );
    }
    for term in ctx.cat.term_ids() {
        rows.push(
            ctxs.iter()
                .map(|c| {
                    own(
                        c,
                        Cell::text(vec![Inline {
                            text: c.cat.term(&term),
                            source: Some(format!("-{term}")),
                            ..Inline::default()
                        }]),
                    )
                })
                .collect(),
        );
    }
    let table = Table {
        widths: vec![1.0; ctxs.len()],
        header,
        rows,
    };
    (table, columns)
}

/// The names sheet's languages without the meeting's text: those left
/// out, and those kept for the names the event file writes in them.
#[derive(Default)]
struct Columns {
    left_out: Vec<Lang>,
    names_only: Vec<Lang>,
}

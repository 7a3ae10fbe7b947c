//! The planner's findings in words: each finding's message in the reader's
//! language with its figures, and the rule it rests on with its source.

use crate::doc::Inline;
use crate::plan::{Finding, LimitBreach, Plan, Severity};

use super::{Arg, Ctx};

/// The sentence for one finding.
pub fn text(ctx: &Ctx, plan: &Plan, f: &Finding) -> String {
    let code = |b: crate::lang::Lang| b.booth_code();
    let member = |booth, m| {
        plan.booth(booth)
            .map(|bp| ctx.member(bp, m))
            .unwrap_or_default()
    };
    match f {
        Finding::TeamTooSmall {
            booth, has, needs, ..
        } => ctx.t(
            "plan-team-too-small",
            &[
                ("booth", code(*booth)),
                ("has", ctx.num(has)),
                ("needs", ctx.num(needs)),
            ],
        ),
        Finding::TwoStepRelay {
            booth, floor, from, ..
        } => ctx.t(
            "plan-two-step-relay",
            &[
                ("booth", code(*booth)),
                ("floor", ctx.language(*floor)),
                ("from", code(*from)),
            ],
        ),
        Finding::PartialLanguage { booth, floor, .. } => ctx.t(
            "plan-partial-language",
            &[("booth", code(*booth)), ("floor", ctx.language(*floor))],
        ),
        Finding::IdleBooth { booth, served_by } if served_by.is_empty() => {
            ctx.t("plan-idle-booth", &[("booth", code(*booth))])
        }
        Finding::IdleBooth { booth, served_by } => ctx.t(
            "plan-idle-booth-served",
            &[
                ("booth", code(*booth)),
                (
                    "from",
                    ctx.and_list(&served_by.iter().map(|b| code(*b)).collect::<Vec<_>>()),
                ),
            ],
        ),
        Finding::NoFloorLanguage { item, .. } => ctx.t(
            "plan-no-floor-language",
            &[("item", ctx.item_title(*item).text)],
        ),
        Finding::DailyLimit {
            booth,
            member: m,
            breach,
            ..
        } => {
            let who = ("interpreter", member(*booth, *m));
            match breach {
                LimitBreach::LongSession {
                    minutes,
                    start,
                    end,
                    max,
                } => ctx.t(
                    "plan-daily-limit-session",
                    &[
                        who,
                        ("minutes", ctx.num(minutes)),
                        ("start", ctx.time(*start)),
                        ("end", ctx.time(*end)),
                        ("max", ctx.num(max)),
                    ],
                ),
                LimitBreach::TooManySessions { count, max } => ctx.t(
                    "plan-daily-limit-sessions",
                    &[who, ("count", ctx.num(count)), ("max", ctx.num(max))],
                ),
                LimitBreach::LongDay { minutes, max } => ctx.t(
                    "plan-daily-limit-day",
                    &[who, ("minutes", ctx.num(minutes)), ("max", ctx.num(max))],
                ),
            }
        }
        Finding::HighLiveShare {
            booth,
            live,
            meeting,
            max_percent,
        } => ctx.t(
            "plan-high-live-share",
            &[
                ("booth", code(*booth)),
                ("live", ctx.num(live)),
                ("meeting", ctx.num(meeting)),
                ("max", ctx.num(max_percent)),
            ],
        ),
        Finding::SoloTooLong {
            booth,
            member: m,
            minutes,
            max,
            ..
        } => ctx.t(
            "plan-solo-too-long",
            &[
                ("interpreter", member(*booth, *m)),
                ("minutes", ctx.num(minutes)),
                ("max", ctx.num(max)),
            ],
        ),
    }
}

/// Where the finding's rule comes from, in the reader's language.
pub fn source(ctx: &Ctx, f: &Finding) -> String {
    ctx.t(&format!("rule-source-{}", f.rule().id()), &[])
}

/// "Rule broken: <finding> (Source: <source>)", the severity in bold.
pub fn line(ctx: &Ctx, plan: &Plan, f: &Finding) -> Vec<Inline> {
    let kind = match f.severity() {
        Severity::Error => "finding-error",
        Severity::Warning => "finding-warning",
    };
    ctx.styled(
        "finding-line",
        &[
            ("severity", Arg::Bold(ctx.t(kind, &[]))),
            ("finding", Arg::Plain(text(ctx, plan, f))),
            (
                "source",
                Arg::Plain(ctx.t("rule-source", &[("source", source(ctx, f))])),
            ),
        ],
    )
}

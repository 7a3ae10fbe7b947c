//! The whole interpretation plan in one document, for `tarjama plan`: the
//! meeting, then each booth's team and turns, then every finding. Built from
//! the same pieces as the booth schedules, in the language asked for.

use crate::doc::{Block, Document, Inline, Paragraph};
use crate::plan::Planned;

use super::booth_schedule::{findings_blocks, heading, meeting_facts, rota_table, team_blocks};
use super::Ctx;

pub fn compose(ctx: &Ctx, planned: &Planned) -> Document {
    let plan = &planned.plan;
    let title = ctx.t("plan-overview-title", &[]);
    let full_title = ctx.t(
        "full-title",
        &[
            ("series", ctx.text("event-series")),
            ("title", ctx.text("event-title")),
        ],
    );
    let mut doc = super::document(ctx, title.clone(), String::new());
    let b = &mut doc.blocks;
    b.push(Block::Title(vec![Inline::plain(title)]));
    b.push(Block::Subtitle(vec![Inline::plain(full_title)]));
    let arrival = plan
        .booths
        .iter()
        .flat_map(|bp| bp.team.iter().filter_map(|m| m.arrival))
        .min();
    b.extend(meeting_facts(ctx, planned, arrival, None));
    let booths: Vec<String> = planned
        .input
        .booths
        .iter()
        .map(|b| b.booth_code())
        .collect();
    b.push(Block::Paragraph(Paragraph::new(vec![Inline::plain(
        ctx.t("plan-booths", &[("booths", ctx.and_list(&booths))]),
    )])));
    for bp in &plan.booths {
        b.push(Block::Heading {
            level: 2,
            content: vec![Inline::plain(super::capitalised(&ctx.booth(bp.booth)))],
        });
        b.extend(team_blocks(ctx, planned, bp));
        b.push(Block::Table(rota_table(ctx, planned, bp)));
    }
    b.push(heading(ctx, "findings-heading"));
    b.extend(findings_blocks(ctx, plan, None));
    doc
}

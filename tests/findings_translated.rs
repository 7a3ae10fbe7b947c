//! The planner's findings appear in each booth schedule in the booth's own
//! language, never in English, and every finding and rule has a message in
//! every language.

mod common;

use common::Scratch;
use tarjama::compose::{findings, Ctx};
use tarjama::doc::plain_text;
use tarjama::event::ItemId;
use tarjama::lang::Lang;
use tarjama::plan::{Finding, LimitBreach, MemberId, RuleId};

/// A scratch copy of the example meeting with one interpreter, Samira
/// Haddad, alone in the Arabic booth: the AR team is too small.
fn short_staffed_example() -> Scratch {
    let s = Scratch::example();
    s.append(
        "event.toml",
        "[[interpreters]]\nname = \"Samira Haddad\"\nbooth = \"ar\"\na = \"ar\"\nb = [\"en\"]\nc = [\"fr\"]",
    );
    s
}

/// The booth schedule of `lang`, composed strictly (no fallback to English).
fn booth_schedule(s: &Scratch, lang: Lang) -> (String, tarjama::pipeline::Meeting) {
    let m = common::load(&s.event, Some(&[lang]));
    let outputs = common::compose_strict(&m);
    let text = plain_text(common::document(
        &outputs,
        &format!("booth-schedule.{lang}"),
    ));
    (text, m)
}

fn findings_of(m: &tarjama::pipeline::Meeting) -> &[Finding] {
    &m.planned
        .as_ref()
        .expect("the meeting is planned")
        .plan
        .findings
}

#[test]
fn the_planner_reports_the_short_arabic_team() {
    let (_, m) = booth_schedule(&short_staffed_example(), Lang::Ar);
    assert!(
        findings_of(&m).iter().any(|f| matches!(
            f,
            Finding::TeamTooSmall {
                booth: Lang::Ar,
                has: 1,
                ..
            }
        )),
        "{:?}",
        findings_of(&m)
    );
}

#[test]
fn arabic_schedule_states_findings_in_arabic() {
    let (text, m) = booth_schedule(&short_staffed_example(), Lang::Ar);
    let needs = findings_of(&m)
        .iter()
        .find_map(|f| match f {
            Finding::TeamTooSmall { needs, .. } => Some(*needs),
            _ => None,
        })
        .expect("team-too-small finding");
    let expected = format!(
        "عدد المترجمين الشفويين في المقصورة AR أقل من المطلوب: العدد المتاح 1، والعدد المطلوب {needs}"
    );
    assert!(text.contains(&expected), "missing {expected:?} in:\n{text}");
    // Samira's long solo turns are named in Arabic too, her name kept apart
    // from the right-to-left sentence.
    assert!(
        text.contains("ستبلغ مدة عمل \u{2066}Samira Haddad\u{2069} أمام الميكروفون دون تناوب"),
        "{text}"
    );
    // The English wording of the same findings is nowhere.
    let en = common::load(&short_staffed_example().event, Some(&[Lang::En]));
    let en_ctx = Ctx::new(&en.event, en.catalogs.get(Lang::En).unwrap());
    let plan = &en.planned.as_ref().unwrap().plan;
    for f in plan.findings.iter().filter(|f| f.booth() == Some(Lang::Ar)) {
        let english = findings::text(&en_ctx, plan, f);
        assert!(!text.contains(&english), "English {english:?} in:\n{text}");
    }
    assert!(!text.contains("interpreter(s)"), "{text}");
    assert!(!text.contains("alone at the microphone"), "{text}");
    // The rule's source is cited in Arabic as well.
    assert!(text.contains("المعايير المهنية للرابطة"), "{text}");
    assert!(!text.contains("AIIC Professional Standards"), "{text}");
}

#[test]
fn french_schedule_states_findings_in_french() {
    let (text, m) = booth_schedule(&short_staffed_example(), Lang::Fr);
    let mine: Vec<_> = findings_of(&m)
        .iter()
        .filter(|f| f.booth().is_none_or(|b| b == Lang::Fr))
        .collect();
    // The French booth only sees its own findings and the meeting's.
    if mine.is_empty() {
        assert!(text.contains("Aucune règle n’est enfreinte"), "{text}");
    }
    assert!(!text.contains("la cabine AR ne compte que"), "{text}");
    assert!(!text.contains("interpreter(s)"), "{text}");
}

#[test]
fn french_wording_of_the_short_team() {
    // The Arabic booth's finding, as the French catalog words it.
    let s = short_staffed_example();
    let m = common::load(&s.event, Some(&[Lang::Fr]));
    let ctx = Ctx::new(&m.event, m.catalogs.get(Lang::Fr).unwrap());
    let plan = &m.planned.as_ref().unwrap().plan;
    let f = plan
        .findings
        .iter()
        .find(|f| matches!(f, Finding::TeamTooSmall { .. }))
        .unwrap();
    let text = findings::text(&ctx, plan, f);
    assert!(
        text.starts_with("la cabine AR ne compte que 1 interprète alors qu’il en faut"),
        "{text}"
    );
    assert!(m.catalogs.sink().take(true).0.is_empty());
}

/// One finding of every kind, for the message checks below.
fn every_finding() -> Vec<Finding> {
    let t = (540, 600);
    vec![
        Finding::TeamTooSmall {
            booth: Lang::Ar,
            has: 1,
            needs: 3,
            rule: RuleId::RetourRelayTeam,
        },
        Finding::TwoStepRelay {
            booth: Lang::Ar,
            floor: Lang::Es,
            from: Lang::Fr,
            time: t,
        },
        Finding::PartialLanguage {
            booth: Lang::Ar,
            floor: Lang::Es,
            time: t,
        },
        Finding::IdleBooth {
            booth: Lang::Fr,
            served_by: vec![],
        },
        Finding::IdleBooth {
            booth: Lang::En,
            served_by: vec![Lang::Ar],
        },
        Finding::NoFloorLanguage {
            item: Some(ItemId::new(1)),
            time: t,
        },
        Finding::DailyLimit {
            booth: Lang::Ar,
            member: MemberId(0),
            breach: LimitBreach::LongSession {
                minutes: 270,
                start: 540,
                end: 810,
                max: 240,
            },
            time: t,
        },
        Finding::DailyLimit {
            booth: Lang::Ar,
            member: MemberId(0),
            breach: LimitBreach::TooManySessions { count: 3, max: 2 },
            time: t,
        },
        Finding::DailyLimit {
            booth: Lang::Ar,
            member: MemberId(0),
            breach: LimitBreach::LongDay {
                minutes: 480,
                max: 420,
            },
            time: t,
        },
        Finding::SoloTooLong {
            booth: Lang::Ar,
            member: MemberId(0),
            minutes: 80,
            max: 40,
            time: t,
        },
    ]
}

#[test]
fn every_finding_and_rule_source_has_a_message_in_every_language() {
    let m = common::example();
    let plan = &m.planned.as_ref().unwrap().plan;
    for lang in [Lang::Ar, Lang::En, Lang::Fr, Lang::Es] {
        let ctx = Ctx::new(&m.event, m.catalogs.get(lang).unwrap());
        for f in every_finding() {
            let text = findings::text(&ctx, plan, &f);
            assert!(!text.is_empty() && !text.starts_with('['), "{lang}: {f:?}");
            let source = findings::source(&ctx, &f);
            assert!(!source.starts_with('['), "{lang}: source of {f:?}");
        }
        // A fallback to English or a missing message shows up here.
        let problems = m.catalogs.sink().take(true);
        assert!(problems.0.is_empty(), "{lang}: {problems}");
    }
}

#[test]
fn floor_languages_are_named_and_booth_codes_kept() {
    // Two in the Arabic booth, only one of them with Spanish: the planner
    // warns that the booth takes relay for Spanish speeches.
    let s = short_staffed_example();
    s.edit("event.toml", "c = [\"fr\"]\n", "c = [\"fr\", \"es\"]\n");
    s.append(
        "event.toml",
        "[[interpreters]]\nname = \"Karim Mansour\"\nbooth = \"ar\"\na = \"ar\"\nb = [\"en\"]\nc = [\"fr\"]",
    );
    let (text, m) = booth_schedule(&s, Lang::Ar);
    assert!(
        findings_of(&m).iter().any(|f| matches!(
            f,
            Finding::PartialLanguage {
                booth: Lang::Ar,
                floor: Lang::Es,
                ..
            }
        )),
        "{:?}",
        findings_of(&m)
    );
    assert!(
        text.contains("لا يفهم اللغة الإسبانية إلا بعض المترجمين الشفويين في المقصورة AR؛"),
        "{text}"
    );
    assert!(text.contains("المداخلات باللغة الإسبانية"), "{text}");
    assert!(!text.contains("اللغة es"), "{text}");
}

//! The planner's findings appear in each booth schedule in the booth's own
//! language, never in the planner's English, and every finding id has a
//! message in every language.

use std::path::{Path, PathBuf};

use tarjama::cmd::build::{compose_all, Composition, Options};
use tarjama::doc::plain_text;
use tarjama::lang::Lang;

/// A scratch copy of the example meeting with one interpreter, Samira
/// Haddad, alone in the Arabic booth: the AR team is too small.
fn short_staffed_example() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let src = Path::new("examples/gcm-talk-2023");
    for entry in std::fs::read_dir(src).expect("example folder") {
        let entry = entry.expect("example file");
        std::fs::copy(entry.path(), dir.path().join(entry.file_name())).expect("copy");
    }
    let event = dir.path().join("event.toml");
    let mut toml = std::fs::read_to_string(&event).expect("event.toml");
    toml.push_str(
        "\n[[interpreters]]\n\
         name = \"Samira Haddad\"\n\
         booth = \"ar\"\n\
         a = \"ar\"\n\
         b = [\"en\"]\n\
         c = [\"fr\"]\n",
    );
    std::fs::write(&event, toml).expect("write event.toml");
    (dir, event)
}

fn compose(event: &Path, langs: &[Lang]) -> Composition {
    let opts = Options {
        event: event.to_path_buf(),
        out: event.parent().unwrap().join("out"),
        langs: Some(langs.to_vec()),
        formats: None,
        // Any message falling back to English is an error.
        strict: true,
        font_dir: None,
    };
    match compose_all(&opts) {
        Ok(c) => c,
        Err(d) => panic!("composition failed (a message fell back to English?):\n{d}"),
    }
}

fn booth_schedule(c: &Composition, lang: Lang) -> String {
    let composed = c
        .docs
        .iter()
        .find(|d| d.stem == "booth-schedule" && d.lang == lang)
        .unwrap_or_else(|| panic!("no {lang} booth schedule"));
    plain_text(&composed.doc)
}

#[test]
fn the_planner_reports_the_short_arabic_team() {
    let (_dir, event) = short_staffed_example();
    let c = compose(&event, &[Lang::Ar]);
    let plan = &c.planned.as_ref().expect("the meeting is planned").plan;
    assert!(
        plan.findings
            .iter()
            .any(|f| f.id == "plan-team-too-small" && f.booth.as_deref() == Some("ar")),
        "{:?}",
        plan.findings
    );
}

#[test]
fn arabic_schedule_states_findings_in_arabic() {
    let (_dir, event) = short_staffed_example();
    let c = compose(&event, &[Lang::Ar]);
    let text = booth_schedule(&c, Lang::Ar);
    let plan = &c.planned.as_ref().unwrap().plan;
    let f = plan
        .findings
        .iter()
        .find(|f| f.id == "plan-team-too-small")
        .expect("team-too-small finding");
    let needs = &f.args.iter().find(|(k, _)| *k == "needs").unwrap().1;
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
    for f in plan
        .findings
        .iter()
        .filter(|f| f.booth.as_deref() == Some("ar"))
    {
        assert!(
            !text.contains(&f.message),
            "English finding {:?} in the Arabic schedule:\n{text}",
            f.message
        );
    }
    assert!(!text.contains("interpreter(s)"), "{text}");
    assert!(!text.contains("alone at the microphone"), "{text}");
    // The rule's source is cited in Arabic as well.
    assert!(text.contains("المعايير المهنية للرابطة"), "{text}");
    assert!(!text.contains("AIIC Professional Standards"), "{text}");
}

#[test]
fn french_schedule_states_findings_in_french() {
    let (_dir, event) = short_staffed_example();
    let c = compose(&event, &[Lang::Fr]);
    let text = booth_schedule(&c, Lang::Fr);
    let plan = &c.planned.as_ref().unwrap().plan;
    let findings: Vec<_> = plan
        .findings
        .iter()
        .filter(|f| f.booth.as_deref().is_none_or(|b| b == "fr"))
        .collect();
    for f in &findings {
        assert!(
            !text.contains(&f.message),
            "English finding {:?} in the French schedule:\n{text}",
            f.message
        );
    }
    // The French booth only sees its own findings and the meeting's; when
    // it has some, they are in French.
    if findings.is_empty() {
        assert!(text.contains("Aucune règle n’est enfreinte"), "{text}");
    }
    assert!(!text.contains("interpreter(s)"), "{text}");
}

#[test]
fn french_wording_of_the_short_team() {
    // The Arabic booth's finding, as the French catalog words it.
    let (_dir, event) = short_staffed_example();
    let c = compose(&event, &[Lang::Fr]);
    let f = c
        .planned
        .as_ref()
        .unwrap()
        .plan
        .findings
        .iter()
        .find(|f| f.id == "plan-team-too-small")
        .unwrap()
        .clone();
    let ev_dir = event.parent().unwrap();
    let cat = tarjama::i18n::Catalog::load(Lang::Fr, ev_dir, &event).unwrap();
    let args: Vec<(&str, String)> = f.args.iter().map(|(k, v)| (*k, v.clone())).collect();
    let text = cat.get(f.id, &args);
    assert!(
        text.starts_with("la cabine AR ne compte que 1 interprète(s) alors qu’il en faut"),
        "{text}"
    );
    assert!(cat.take_problems(true).0.is_empty());
}

#[test]
fn every_finding_id_has_a_message_in_every_language() {
    let ids = [
        "plan-team-too-small",
        "plan-two-step-relay",
        "plan-partial-language",
        "plan-idle-booth",
        "plan-assumed-profile",
        "plan-no-floor-language",
        "plan-daily-limit-session",
        "plan-daily-limit-sessions",
        "plan-daily-limit-day",
        "plan-solo-too-long",
    ];
    let args: Vec<(&str, String)> = [
        ("booth", "AR"),
        ("from", "FR"),
        ("floor", "Spanish"),
        ("item", "3"),
        ("has", "1"),
        ("needs", "2"),
        ("minutes", "80"),
        ("max", "40"),
        ("interpreter", "Samira Haddad"),
        ("start", "09:00"),
        ("end", "13:30"),
        ("count", "3"),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_string()))
    .collect();
    let dir = Path::new("examples/gcm-talk-2023");
    for lang in [Lang::Ar, Lang::En, Lang::Fr, Lang::Es] {
        let cat = tarjama::i18n::Catalog::load(lang, dir, &dir.join("event.toml")).unwrap();
        for id in ids {
            let text = cat.get(id, &args);
            assert!(!text.starts_with('['), "{lang}: {id} missing");
        }
        let problems = cat.take_problems(true);
        assert!(problems.0.is_empty(), "{lang}: {problems}");
    }
}

#[test]
fn floor_languages_are_named_and_booth_codes_kept() {
    // Two in the Arabic booth, only one of them with Spanish: the planner
    // warns (floor = "es") that the booth takes relay for Spanish speeches.
    let (dir, event) = short_staffed_example();
    let mut toml = std::fs::read_to_string(&event).unwrap();
    toml = toml.replace("c = [\"fr\"]\n", "c = [\"fr\", \"es\"]\n");
    toml.push_str(
        "\n[[interpreters]]\n\
         name = \"Karim Mansour\"\n\
         booth = \"ar\"\n\
         a = \"ar\"\n\
         b = [\"en\"]\n\
         c = [\"fr\"]\n",
    );
    std::fs::write(&event, toml).unwrap();
    let c = compose(&event, &[Lang::Ar]);
    let plan = &c.planned.as_ref().unwrap().plan;
    let f = plan
        .findings
        .iter()
        .find(|f| f.id == "plan-partial-language")
        .unwrap_or_else(|| panic!("no partial-language finding: {:?}", plan.findings));
    assert!(
        f.args.contains(&("floor", "es".to_string())),
        "{:?}",
        f.args
    );
    let text = booth_schedule(&c, Lang::Ar);
    assert!(
        text.contains("لا يفهم اللغة الإسبانية إلا بعض المترجمين الشفويين في المقصورة AR؛"),
        "{text}"
    );
    assert!(text.contains("المداخلات باللغة الإسبانية"), "{text}");
    assert!(!text.contains("اللغة es"), "{text}");
    drop(dir);
}

#[test]
fn every_rule_source_has_a_message_in_every_language() {
    let rules = [
        "team-size",
        "retour-relay-team",
        "remote-reinforced",
        "solo",
        "turn-length",
        "daily-limit",
        "two-step-relay",
        "partial-language",
        "no-floor-language",
        "assumed-profile",
        "idle-booth",
    ];
    let dir = Path::new("examples/gcm-talk-2023");
    for lang in [Lang::Ar, Lang::En, Lang::Fr, Lang::Es] {
        let cat = tarjama::i18n::Catalog::load(lang, dir, &dir.join("event.toml")).unwrap();
        for id in rules {
            // A fallback to English shows up as a problem below.
            let text = cat.get(&format!("rule-source-{id}"), &[]);
            assert!(!text.starts_with('['), "{lang}: rule-source-{id} missing");
        }

        let problems = cat.take_problems(true);
        assert!(problems.0.is_empty(), "{lang}: {problems}");
    }
}

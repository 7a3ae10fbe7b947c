//! Relay: for every agenda item and floor language, what each booth does — off
//! microphone, direct, retour, or relay through a pivot booth — and errors when no route exists.

use super::teams::BoothProfile;
use super::{finding, Finding, Item, ItemKind, ItemModes, Mode, PlanError, RuleId, Severity};

/// Modes per booth (outer, in `Input::booths` order) per interpreted item.
pub(crate) fn route_all(
    items: &[Item],
    profiles: &[BoothProfile],
    findings: &mut Vec<Finding>,
) -> Result<Vec<Vec<ItemModes>>, PlanError> {
    let mut out: Vec<Vec<ItemModes>> = vec![Vec::new(); profiles.len()];
    let mut partial_warned: Vec<(usize, String)> = Vec::new();
    for it in items {
        if it.kind == ItemKind::Break {
            continue;
        }
        if it.floor_languages.is_empty() {
            findings.push(finding(
                Severity::Warning,
                None,
                Some((it.start, it.end)),
                RuleId::NoFloorLanguage,
                "plan-no-floor-language",
                vec![("item", it.index.to_string())],
                format!(
                    "agenda item {} lists no floor language, so no booth is planned on microphone",
                    it.index
                ),
            ));
            continue;
        }
        let mut per_booth: Vec<Vec<(String, Mode)>> = vec![Vec::new(); profiles.len()];
        for floor in &it.floor_languages {
            let modes = route_floor(it, floor, profiles)?;
            for (bi, m) in modes.into_iter().enumerate() {
                if let Mode::Relay { steps, from, .. } = &m {
                    if *steps >= 2 {
                        findings.push(finding(
                            Severity::Warning,
                            Some(&profiles[bi].lang),
                            Some((it.start, it.end)),
                            RuleId::TwoStepRelay,
                            "plan-two-step-relay",
                            vec![
                                ("booth", profiles[bi].lang.to_uppercase()),
                                ("floor", floor.clone()),
                                ("from", from.to_uppercase()),
                            ],
                            format!(
                                "when {floor} is spoken the {} booth takes relay from {}, \
                                 which itself works from relay (two-step relay)",
                                profiles[bi].lang.to_uppercase(),
                                from.to_uppercase()
                            ),
                        ));
                    }
                    let p = &profiles[bi];
                    if p.some_understand.contains(floor)
                        && !partial_warned.contains(&(bi, floor.clone()))
                    {
                        partial_warned.push((bi, floor.clone()));
                        findings.push(finding(
                            Severity::Warning,
                            Some(&p.lang),
                            Some((it.start, it.end)),
                            RuleId::PartialLanguage,
                            "plan-partial-language",
                            vec![("booth", p.lang.to_uppercase()), ("floor", floor.clone())],
                            format!(
                                "only some interpreters of the {} booth understand {floor}; \
                                 the plan has the booth take relay (the chief interpreter may \
                                 arrange for them to take {floor} speeches directly)",
                                p.lang.to_uppercase()
                            ),
                        ));
                    }
                }
                per_booth[bi].push((floor.clone(), m));
            }
        }
        for (bi, floor) in per_booth.into_iter().enumerate() {
            out[bi].push(ItemModes {
                item: it.index,
                floor,
            });
        }
    }
    Ok(out)
}

/// Which items (aligned with `items`) the booth is on microphone for.
pub(crate) fn live_items(items: &[Item], modes: &[ItemModes]) -> Vec<bool> {
    items
        .iter()
        .map(|it| {
            it.kind != ItemKind::Break && modes.iter().any(|m| m.item == it.index && m.live())
        })
        .collect()
}

/// Route one floor language of one item to every booth.
fn route_floor(it: &Item, floor: &str, profiles: &[BoothProfile]) -> Result<Vec<Mode>, PlanError> {
    let own = profiles.iter().find(|p| p.lang == floor);
    // Try without retour first, then each retour the floor language's booth
    // can give; keep the option that reaches most booths, with fewest
    // two-step relays, preferring no retour (it needs a larger booth).
    let mut options: Vec<Option<&str>> = vec![None];
    if let Some(o) = own {
        options.extend(o.retour.iter().map(|r| Some(r.as_str())));
    }
    let (_, modes) = options
        .iter()
        .enumerate()
        .map(|(k, opt)| {
            let modes = route_with(floor, profiles, *opt);
            let unreached = modes.iter().filter(|m| m.is_none()).count();
            let two_step = modes
                .iter()
                .filter(|m| matches!(m, Some(Mode::Relay { steps, .. }) if *steps >= 2))
                .count();
            ((unreached, two_step, k), modes)
        })
        .min_by_key(|(score, _)| *score)
        .expect("at least the no-retour option");
    if let Some(bi) = modes.iter().position(Option::is_none) {
        return Err(PlanError::NoRelayRoute {
            item: it.index,
            floor: floor.to_string(),
            booth: profiles[bi].lang.clone(),
            hint: no_route_hint(floor, own, &profiles[bi]),
        });
    }
    Ok(modes.into_iter().map(|m| m.expect("checked")).collect())
}

fn no_route_hint(floor: &str, own: Option<&BoothProfile>, taker: &BoothProfile) -> String {
    let up = floor.to_uppercase();
    match own {
        None => format!(
            "there is no {up} booth and no interpreter understands {floor}: add an interpreter \
             who understands {floor}, or a {up} booth with retour"
        ),
        Some(o) if o.retour.is_empty() && !o.some_retour.is_empty() => format!(
            "only some interpreters of the {up} booth give retour; the plan needs all of them to, \
             or someone in the {} booth who understands {floor}",
            taker.lang.to_uppercase()
        ),
        Some(o) if o.retour.is_empty() => format!(
            "no one in the {up} booth gives retour and no other booth understands {floor}: \
             recruit {floor} interpreters with retour (e.g. into English), or interpreters \
             who understand {floor} for the other booths"
        ),
        Some(_) => format!(
            "the {} booth understands none of the languages the other booths work into",
            taker.lang.to_uppercase()
        ),
    }
}

/// Breadth-first: booths that understand the floor go live first; every
/// other booth takes relay from a live booth whose output it knows best.
fn route_with(
    floor: &str,
    profiles: &[BoothProfile],
    retour_into: Option<&str>,
) -> Vec<Option<Mode>> {
    let n = profiles.len();
    let mut mode: Vec<Option<Mode>> = vec![None; n];
    // (booth, language it puts out, steps from the floor)
    let mut live: Vec<(usize, String, usize)> = Vec::new();
    for (i, p) in profiles.iter().enumerate() {
        if p.lang == floor {
            mode[i] = Some(match retour_into {
                Some(r) => {
                    live.push((i, r.to_string(), 1));
                    Mode::Retour {
                        into: r.to_string(),
                    }
                }
                None => Mode::Own,
            });
        }
    }
    for (i, p) in profiles.iter().enumerate() {
        if mode[i].is_none() && p.understands.iter().any(|l| l == floor) {
            mode[i] = Some(Mode::Direct);
            live.push((i, p.lang.clone(), 1));
        }
    }
    if let Some(r) = retour_into {
        // The retour goes out on this booth's channel, so it stays silent.
        for (i, p) in profiles.iter().enumerate() {
            if mode[i].is_none() && p.lang == r {
                mode[i] = Some(Mode::ServedByRetour {
                    from: floor.to_string(),
                });
            }
        }
    }
    let mut depth = 1;
    loop {
        let frontier: Vec<(usize, String)> = live
            .iter()
            .filter(|l| l.2 == depth)
            .map(|l| (l.0, l.1.clone()))
            .collect();
        if frontier.is_empty() {
            break;
        }
        let mut newly = Vec::new();
        for (i, p) in profiles.iter().enumerate() {
            if mode[i].is_some() {
                continue;
            }
            // Prefer the pivot whose output the taker knows best (its B over its C).
            let pick = frontier
                .iter()
                .filter(|(_, out)| p.command(out) < 3)
                .min_by_key(|(pi, out)| (p.command(out), *pi));
            if let Some((pi, out)) = pick {
                mode[i] = Some(Mode::Relay {
                    from: profiles[*pi].lang.clone(),
                    via: out.clone(),
                    steps: depth,
                });
                newly.push((i, p.lang.clone(), depth + 1));
            }
        }
        live.extend(newly);
        depth += 1;
    }
    mode
}

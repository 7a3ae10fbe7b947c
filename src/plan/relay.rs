//! Relay: for every agenda item and floor language, what each booth does — off
//! microphone, direct, retour, or relay through a pivot booth — and errors when no route exists.

use super::teams::BoothProfile;
use super::{Finding, Item, ItemModes, Mode, NoRoute, PlanError};
use crate::lang::Lang;

/// Modes per booth (outer, in `Input::booths` order) per interpreted item.
pub(crate) fn route_all(
    items: &[Item],
    profiles: &[BoothProfile],
    findings: &mut Vec<Finding>,
) -> Result<Vec<Vec<ItemModes>>, PlanError> {
    let mut out: Vec<Vec<ItemModes>> = vec![Vec::new(); profiles.len()];
    let mut partial_warned: Vec<(usize, Lang)> = Vec::new();
    for it in items {
        if it.pause {
            continue;
        }
        if it.floor_languages.is_empty() {
            findings.push(Finding::NoFloorLanguage {
                item: it.id,
                time: (it.start, it.end),
            });
            continue;
        }
        let mut per_booth: Vec<Vec<(Lang, Mode)>> = vec![Vec::new(); profiles.len()];
        for &floor in &it.floor_languages {
            let modes = route_floor(it, floor, profiles)?;
            for (bi, m) in modes.into_iter().enumerate() {
                if let Mode::Relay { steps, from, .. } = &m {
                    let p = &profiles[bi];
                    if *steps >= 2 {
                        findings.push(Finding::TwoStepRelay {
                            booth: p.lang,
                            floor,
                            from: *from,
                            time: (it.start, it.end),
                        });
                    }
                    if p.some_understand.contains(&floor) && !partial_warned.contains(&(bi, floor))
                    {
                        partial_warned.push((bi, floor));
                        findings.push(Finding::PartialLanguage {
                            booth: p.lang,
                            floor,
                            time: (it.start, it.end),
                        });
                    }
                }
                per_booth[bi].push((floor, m));
            }
        }
        for (bi, floor) in per_booth.into_iter().enumerate() {
            out[bi].push(ItemModes { item: it.id, floor });
        }
    }
    Ok(out)
}

/// Which items (aligned with `items`) the booth is on microphone for.
pub(crate) fn live_items(items: &[Item], modes: &[ItemModes]) -> Vec<bool> {
    items
        .iter()
        .map(|it| !it.pause && modes.iter().any(|m| m.item == it.id && m.live()))
        .collect()
}

/// Route one floor language of one item to every booth.
fn route_floor(it: &Item, floor: Lang, profiles: &[BoothProfile]) -> Result<Vec<Mode>, PlanError> {
    let own = profiles.iter().find(|p| p.lang == floor);
    // Try without retour first, then each retour the floor language's booth
    // can give; keep the option that reaches most booths, with fewest
    // two-step relays, preferring no retour (it needs a larger booth).
    let mut options: Vec<Option<Lang>> = vec![None];
    if let Some(o) = own {
        options.extend(o.retour.iter().map(|&r| Some(r)));
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
    let mut routed = Vec::with_capacity(modes.len());
    for (bi, m) in modes.into_iter().enumerate() {
        match m {
            Some(m) => routed.push(m),
            None => {
                return Err(PlanError::NoRelayRoute {
                    item: it.id,
                    floor,
                    booth: profiles[bi].lang,
                    why: no_route(own),
                })
            }
        }
    }
    Ok(routed)
}

fn no_route(own: Option<&BoothProfile>) -> NoRoute {
    match own {
        None => NoRoute::NoBoothNoOne,
        Some(o) if o.retour.is_empty() && !o.some_retour.is_empty() => NoRoute::PartialRetour,
        Some(o) if o.retour.is_empty() => NoRoute::NoRetour,
        Some(_) => NoRoute::NoCommonLanguage,
    }
}

/// Breadth-first: booths that understand the floor go live first; every
/// other booth takes relay from a live booth whose output it knows best.
fn route_with(
    floor: Lang,
    profiles: &[BoothProfile],
    retour_into: Option<Lang>,
) -> Vec<Option<Mode>> {
    let n = profiles.len();
    let mut mode: Vec<Option<Mode>> = vec![None; n];
    // (booth, language it puts out, steps from the floor)
    let mut live: Vec<(usize, Lang, usize)> = Vec::new();
    for (i, p) in profiles.iter().enumerate() {
        if p.lang == floor {
            mode[i] = Some(match retour_into {
                Some(r) => {
                    live.push((i, r, 1));
                    Mode::Retour { into: r }
                }
                None => Mode::Own,
            });
        }
    }
    for (i, p) in profiles.iter().enumerate() {
        if mode[i].is_none() && p.understands.contains(&floor) {
            mode[i] = Some(Mode::Direct);
            live.push((i, p.lang, 1));
        }
    }
    if let Some(r) = retour_into {
        // The retour goes out on this booth's channel, so it stays silent.
        for (i, p) in profiles.iter().enumerate() {
            if mode[i].is_none() && p.lang == r {
                mode[i] = Some(Mode::ServedByRetour { from: floor });
            }
        }
    }
    let mut depth = 1;
    loop {
        let frontier: Vec<(usize, Lang)> = live
            .iter()
            .filter(|l| l.2 == depth)
            .map(|l| (l.0, l.1))
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
                .filter(|(_, out)| p.command(*out) < 3)
                .min_by_key(|(pi, out)| (p.command(*out), *pi));
            if let Some(&(pi, out)) = pick {
                mode[i] = Some(Mode::Relay {
                    from: profiles[pi].lang,
                    via: out,
                    steps: depth,
                });
                newly.push((i, p.lang, depth + 1));
            }
        }
        live.extend(newly);
        depth += 1;
    }
    mode
}

//! Text preparation for DOCX runs: directional isolates become marks Word can
//! show, and right-to-left paragraphs are cut into right-to-left and left-to-right runs.

use crate::bidi_class::bidi_class;
use unicode_bidi::BidiClass;

const LRI: char = '\u{2066}';
const RLI: char = '\u{2067}';
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';
pub const LRM: char = '\u{200E}';
pub const RLM: char = '\u{200F}';

/// Replaces isolates (LRI/RLI/FSI ... PDI) with implicit marks.
///
/// Word ignores isolates and fonts without their glyphs draw boxes, while a
/// mark on both sides of a left-to-right island keeps it in reading order
/// (e.g. "14:30–17:30" in Arabic: the leading LRM turns the digits into
/// left-to-right text, the trailing one keeps following neutrals outside).
pub fn resolve_isolates(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    // The mark each open isolate stands for (None: no strong text inside).
    let mut open: Vec<Option<char>> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let mark = match c {
            LRI => Some(Some(lri_mark(&chars[i + 1..]))),
            RLI => Some(Some(RLM)),
            FSI => Some(first_strong(&chars[i + 1..])),
            PDI => {
                // An unmatched PDI is dropped, like the bidi algorithm ignores it.
                if let Some(Some(m)) = open.pop() {
                    out.push(m);
                }
                continue;
            }
            _ => None,
        };
        match mark {
            Some(m) => {
                open.push(m);
                out.extend(m);
            }
            None => out.push(c),
        }
    }
    out
}

/// Mark for an LRI: an LRM, but for a time range in Arabic-Indic digits
/// (nothing left-to-right inside, only digits of class AN), which an LRM
/// would split: the bidi algorithm takes the dash between two such numbers
/// for right-to-left, and the end time and what follows the trailing LRM
/// ("١٣:٠٠ (EET") for one left-to-right run. An RLM on both sides keeps the
/// range whole, drawn as the PDF's isolate draws it.
fn lri_mark(rest: &[char]) -> char {
    let mut depth = 0usize;
    let mut arabic_digits = false;
    for &c in rest {
        match c {
            LRI | RLI | FSI => depth += 1,
            PDI if depth == 0 => break,
            PDI => depth -= 1,
            _ if depth == 0 => match bidi_class(c) {
                BidiClass::L | BidiClass::EN => return LRM,
                BidiClass::AN => arabic_digits = true,
                _ => {}
            },
            _ => {}
        }
    }
    if arabic_digits {
        RLM
    } else {
        LRM
    }
}

/// Direction mark for an FSI: that of the first strong character before the
/// matching PDI, skipping nested isolates.
fn first_strong(rest: &[char]) -> Option<char> {
    let mut depth = 0usize;
    for &c in rest {
        match c {
            LRI | RLI | FSI => depth += 1,
            PDI if depth == 0 => return None,
            PDI => depth -= 1,
            _ if depth == 0 => match bidi_class(c) {
                BidiClass::L => return Some(LRM),
                BidiClass::R | BidiClass::AL => return Some(RLM),
                _ => {}
            },
            _ => {}
        }
    }
    None
}

/// How a character joins a run in a right-to-left paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Latin letters, European digits, LRM: a left-to-right run.
    Ltr,
    /// Arabic letters and digits, RLM: a right-to-left run.
    Rtl,
    /// Spaces and punctuation: take the direction around them.
    Neutral,
}

fn class(c: char) -> Class {
    match bidi_class(c) {
        BidiClass::L | BidiClass::EN => Class::Ltr,
        BidiClass::R | BidiClass::AL | BidiClass::AN => Class::Rtl,
        _ => Class::Neutral,
    }
}

/// Marks each character of a paragraph's text as belonging to a
/// right-to-left run (true) or not.
///
/// In a right-to-left paragraph, neutrals between two left-to-right
/// characters stay in the left-to-right run ("14:30–17:30", "World Bank");
/// all others follow the paragraph. Word treats neutrals inside a `w:rtl`
/// run as right-to-left, so this keeps Latin phrases and time ranges whole.
/// A left-to-right paragraph is the mirror image: neutrals between two
/// right-to-left characters join their run (an Arabic name of several words
/// in an English sentence), all others follow the paragraph. A bracket pair
/// whose content is of the other direction joins its content's run
/// ("(CEST)", "(UNHCR)"): split across runs of two directions, LibreOffice
/// and Word move the pair away from what precedes it.
pub fn rtl_flags(text: &str, paragraph_rtl: bool) -> Vec<bool> {
    let chars: Vec<char> = text.chars().collect();
    let mut flags = neutral_flags(&chars, paragraph_rtl);
    let other = if paragraph_rtl {
        Class::Ltr
    } else {
        Class::Rtl
    };
    let mut open: Vec<(usize, char)> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '(' | '[' | '{' | '«' => open.push((i, c)),
            ')' | ']' | '}' | '»' => {
                let want = match c {
                    ')' => '(',
                    ']' => '[',
                    '}' => '{',
                    _ => '«',
                };
                let Some(k) = open.iter().rposition(|&(_, o)| o == want) else {
                    continue;
                };
                let (start, _) = open[k];
                open.truncate(k);
                let inner = &chars[start + 1..i];
                let strong: Vec<Class> = inner
                    .iter()
                    .map(|&c| class(c))
                    .filter(|&c| c != Class::Neutral)
                    .collect();
                if !strong.is_empty() && strong.iter().all(|&c| c == other) {
                    flags[start..=i]
                        .iter_mut()
                        .for_each(|f| *f = !paragraph_rtl);
                }
            }
            _ => {}
        }
    }
    flags
}

fn neutral_flags(chars: &[char], paragraph_rtl: bool) -> Vec<bool> {
    let classes: Vec<Class> = chars.iter().map(|&c| class(c)).collect();
    let other = if paragraph_rtl {
        Class::Ltr
    } else {
        Class::Rtl
    };
    let mut flags = vec![paragraph_rtl; classes.len()];
    let mut last_strong: Option<(usize, Class)> = None;
    for (i, &c) in classes.iter().enumerate() {
        if c == Class::Neutral {
            continue;
        }
        flags[i] = c == Class::Rtl;
        if let Some((j, last)) = last_strong {
            if last == other && c == other {
                flags[j + 1..i].iter_mut().for_each(|f| *f = !paragraph_rtl);
            }
        }
        last_strong = Some((i, c));
    }
    flags
}

/// Whether `text` holds a right-to-left letter or digit (Arabic).
pub fn has_rtl(text: &str) -> bool {
    text.chars().any(|c| class(c) == Class::Rtl)
}

/// Cuts a paragraph's pieces (each one inline's text) into (text, rtl)
/// runs; neutrals are resolved over the whole paragraph, not per piece.
pub fn split_runs(pieces: &[String], paragraph_rtl: bool) -> Vec<Vec<(String, bool)>> {
    let all: String = pieces.concat();
    let flags = rtl_flags(&all, paragraph_rtl);
    let mut at = 0;
    pieces
        .iter()
        .map(|piece| {
            let mut runs: Vec<(String, bool)> = Vec::new();
            for c in piece.chars() {
                let rtl = flags[at];
                at += 1;
                match runs.last_mut() {
                    Some((s, r)) if *r == rtl => s.push(c),
                    _ => runs.push((c.to_string(), rtl)),
                }
            }
            runs
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn isolates_become_marks() {
        let indic = "الجلسة \u{2066}١٠:٠٠–١٣:٠٠\u{2069} (EET)";
        assert_eq!(
            resolve_isolates(indic),
            "الجلسة \u{200F}١٠:٠٠–١٣:٠٠\u{200F} (EET)"
        );
        let ar = "الجلسة \u{2066}14:30–17:30\u{2069} القاعة";
        let out = resolve_isolates(ar);
        assert_eq!(out, "الجلسة \u{200E}14:30–17:30\u{200E} القاعة");
        assert!(!out.chars().any(|c| ('\u{2066}'..='\u{2069}').contains(&c)));
        assert_eq!(
            resolve_isolates("a \u{2067}ب\u{2069}"),
            "a \u{200F}ب\u{200F}"
        );
        assert_eq!(
            resolve_isolates("\u{2068}UNHCR\u{2069}"),
            "\u{200E}UNHCR\u{200E}"
        );
        assert_eq!(
            resolve_isolates("\u{2068}مرحبا\u{2069}"),
            "\u{200F}مرحبا\u{200F}"
        );
        // Nothing strong inside an FSI: no mark at all; a stray PDI vanishes.
        assert_eq!(resolve_isolates("\u{2068}12\u{2069}\u{2069}"), "12");
        // Nested: the outer FSI looks past the inner isolate.
        assert_eq!(
            resolve_isolates("\u{2068}\u{2067}ب\u{2069} x\u{2069}"),
            "\u{200E}\u{200F}ب\u{200F} x\u{200E}"
        );
    }

    #[test]
    fn time_range_and_latin_phrase_stay_one_ltr_run() {
        let pieces = vec![
            "الاجتماع \u{200E}14:30–17:30\u{200E} في ".to_string(),
            "World Bank".into(),
        ];
        let runs = split_runs(&pieces, true);
        assert_eq!(
            runs[0],
            vec![
                ("الاجتماع ".to_string(), true),
                ("\u{200E}14:30–17:30\u{200E}".to_string(), false),
                (" في ".to_string(), true),
            ]
        );
        assert_eq!(runs[1], vec![("World Bank".to_string(), false)]);
    }

    #[test]
    fn neutrals_at_edges_follow_the_paragraph() {
        // The bracket pair joins its Latin content; the space after it
        // follows the paragraph.
        let flags = rtl_flags("(UNHCR) ب", true);
        assert_eq!(
            flags,
            vec![false, false, false, false, false, false, false, true, true]
        );
        // A pair around Arabic stays right-to-left.
        assert!(rtl_flags("(ب) x", true).iter().take(3).all(|f| *f));
        assert!(rtl_flags(" - ", true).iter().all(|f| *f));
    }

    #[test]
    fn an_arabic_name_in_a_latin_paragraph_is_one_rtl_run() {
        let pieces = vec![
            "Moderator: محمد علي الحسن, Middle East (".to_string(),
            "عمّان".into(),
            ")".into(),
        ];
        let runs = split_runs(&pieces, false);
        assert_eq!(
            runs[0],
            vec![
                ("Moderator: ".to_string(), false),
                ("محمد علي الحسن".to_string(), true),
                (", Middle East ".to_string(), false),
                ("(".to_string(), true),
            ]
        );
        // The bracket pair joins the Arabic word it holds.
        assert_eq!(runs[1], vec![("عمّان".to_string(), true)]);
        assert_eq!(runs[2], vec![(")".to_string(), true)]);
        // Neutrals at the edges follow the paragraph.
        assert_eq!(rtl_flags(" ب ", false), vec![false, true, false]);
        assert!(!has_rtl("Ana María, 14:30") && has_rtl("x ب"));
    }
}

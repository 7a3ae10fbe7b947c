//! Stage 4 of text layout: choose line breaks at Unicode line-break
//! opportunities (UAX #14), measuring with the shaped advances, in logical order.

use std::ops::Range;

use unicode_linebreak::{linebreaks, BreakOpportunity};

use super::bidi::is_control;
use super::shape::ShapedRun;

/// One line of a paragraph, in logical order.
#[derive(Debug, Clone, PartialEq)]
pub struct LineRange {
    /// The characters drawn on the line (trailing spaces and newlines cut).
    pub range: Range<usize>,
    /// Their natural width in points.
    pub width: f32,
    /// The paragraph's last line, or one ended by a newline: never justified.
    pub hard_end: bool,
}

/// Advance of every byte of the text: a cluster's advance counts at its
/// first byte, so any byte range measures the glyphs whose cluster it holds.
pub fn advances(text: &str, shaped: &[ShapedRun]) -> Vec<f32> {
    let mut adv = vec![0.0f32; text.len() + 1];
    for run in shaped {
        for g in &run.glyphs {
            adv[g.cluster] += g.advance;
        }
    }
    adv
}

/// Where a line may end inside a word that alone is wider than the line:
/// the start of any cluster (so a letter keeps its marks).
fn cluster_starts(shaped: &[ShapedRun]) -> Vec<usize> {
    let mut v: Vec<usize> = shaped
        .iter()
        .flat_map(|r| r.glyphs.iter().map(|g| g.cluster))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// Break opportunities (UAX #14), except after the hyphen of a compound
/// ("child-sensitive"): text extractors take a hyphen at a line end for a
/// soft one and drop it; and not right after a web address's "https://",
/// which would leave the scheme alone at a line's end.
///
/// An opportunity inside a cluster moves to the cluster's end: the shaper
/// may put a joiner or a mark that follows a space into the space's
/// cluster, and a line ending at the space would drop it (found by the
/// fuzz tests). Controls between clusters belong to neither side.
fn opportunities(text: &str, clusters: &[usize]) -> Vec<(usize, BreakOpportunity)> {
    let mut out: Vec<(usize, BreakOpportunity)> = Vec::new();
    for (pos, kind) in linebreaks(text) {
        let before = &text[..pos];
        // Not after a hyphen inside a word, nor inside a range of times or
        // numbers ("10:00–12:30", "14 h 00–15 h 10", "2019–2024"): a
        // reader looks for a range whole, and a line ending in "10:00–"
        // reads as an open end.
        let in_range = before
            .strip_suffix('–')
            .is_some_and(|b| b.ends_with(char::is_numeric))
            && text[pos..].starts_with(char::is_numeric);
        // Nor at the space inside French guillemets written with ordinary
        // spaces, "« Voix de Funafuti »": a line must not end with "«"
        // nor start with "»" (the breaking rules, older than UAX 14's
        // LB15a/b, allow both after a space).
        let spaced = before.ends_with(char::is_whitespace);
        let in_quotes = spaced
            && (before.trim_end().ends_with(['«', '‹']) || text[pos..].starts_with(['»', '›']));
        if kind != BreakOpportunity::Mandatory
            && ((before.ends_with('-') && text[pos..].starts_with(char::is_alphanumeric))
                || before.ends_with("://")
                || in_range
                || in_quotes)
        {
            continue;
        }
        let i = clusters.partition_point(|&c| c < pos);
        let next = clusters.get(i).copied().unwrap_or(text.len());
        let inside = i > 0 && next != pos && text[pos..next].chars().any(|c| !is_control(c));
        let pos = if inside { next } else { pos };
        match out.last_mut() {
            Some(last) if last.0 == pos => {
                if kind == BreakOpportunity::Mandatory {
                    last.1 = kind;
                }
            }
            _ => out.push((pos, kind)),
        }
    }
    out
}

/// The widest piece of text between two break opportunities: the narrowest
/// a box can be without cutting a word (trailing spaces not counted).
pub fn min_content_width(text: &str, shaped: &[ShapedRun]) -> f32 {
    let adv = advances(text, shaped);
    let mut widest: f32 = 0.0;
    let mut start = 0;
    for (pos, _) in opportunities(text, &cluster_starts(shaped)) {
        let end = start + text[start..pos].trim_end().len();
        widest = widest.max(adv[start..end].iter().sum());
        start = pos;
    }
    widest
}

/// Greedy line filling: each line takes as many break-separated pieces as
/// fit in `max_width`; a piece wider than a line is cut between clusters.
pub fn break_lines(text: &str, shaped: &[ShapedRun], max_width: f32) -> Vec<LineRange> {
    let adv = advances(text, shaped);
    // prefix[i] = width of text[..i]
    let mut prefix = Vec::with_capacity(adv.len() + 1);
    let mut acc = 0.0f32;
    prefix.push(0.0);
    for a in &adv {
        acc += a;
        prefix.push(acc);
    }
    let trimmed_end = |start: usize, end: usize| -> usize {
        let t = text[start..end].trim_end_matches(|c: char| c.is_whitespace());
        start + t.len()
    };
    let width = |start: usize, end: usize| prefix[end] - prefix[start];
    let clusters = cluster_starts(shaped);

    let mut lines = Vec::new();
    let mut start = 0usize;
    // The furthest break seen so far that still fits the current line.
    let mut fit: Option<usize> = None;
    let opportunities = opportunities(text, &clusters);
    let mut i = 0;
    while i < opportunities.len() {
        let (pos, kind) = opportunities[i];
        if pos <= start {
            i += 1;
            continue;
        }
        let end = trimmed_end(start, pos);
        let w = width(start, end);
        if w > max_width + 0.01 {
            if let Some(f) = fit {
                // Break at the last fitting opportunity, then look at this one
                // again from the new line start.
                let e = trimmed_end(start, f);
                lines.push(LineRange {
                    range: start..e,
                    width: width(start, e),
                    hard_end: false,
                });
                start = f;
                fit = None;
                continue;
            }
            // Nothing fits: cut the overlong piece between clusters.
            // Widths grow with the cut's position: bisect the clusters
            // between the line start and the piece's end (a scan of all
            // of them per line made a long word quadratic).
            let lo = clusters.partition_point(|&c| c <= start);
            let hi = clusters.partition_point(|&c| c < end);
            let fitting =
                clusters[lo..hi.max(lo)].partition_point(|&c| width(start, c) <= max_width);
            let cut = fitting.checked_sub(1).map(|i| clusters[lo + i]);
            if let Some(c) = cut {
                lines.push(LineRange {
                    range: start..c,
                    width: width(start, c),
                    hard_end: false,
                });
                start = c;
                continue;
            }
            // A single cluster wider than the line: let it overflow.
        }
        match kind {
            BreakOpportunity::Mandatory => {
                lines.push(LineRange {
                    range: start..end,
                    width: width(start, end),
                    hard_end: true,
                });
                start = pos;
                fit = None;
            }
            BreakOpportunity::Allowed => fit = Some(pos),
        }
        i += 1;
    }
    if lines.is_empty() {
        lines.push(LineRange {
            range: 0..0,
            width: 0.0,
            hard_end: true,
        });
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{Direction, Inline};
    use crate::render::pdf::bidi::{Bidi, ParaText};
    use crate::render::pdf::fonts::FontSet;
    use crate::render::pdf::itemize::itemize;
    use crate::render::pdf::shape::shape_runs;

    fn lines(text: &str, dir: Direction, width: f32) -> Vec<String> {
        let set = FontSet::bundled();
        let fonts = set.load().unwrap();
        let para = ParaText::collect(&[Inline::plain(text)], false);
        let bidi = Bidi::new(&para.text, dir);
        let runs = itemize(&para, &bidi, &fonts).unwrap();
        let shaped = shape_runs(&para.text, &runs, &fonts, 10.0, 1.0, "en");
        break_lines(&para.text, &shaped, width)
            .into_iter()
            .map(|l| {
                assert!(l.width <= width || !para.text[l.range.clone()].contains(' '));
                para.text[l.range].to_string()
            })
            .collect()
    }

    #[test]
    fn short_text_is_one_line() {
        assert_eq!(
            lines("Concept note", Direction::Ltr, 400.0),
            ["Concept note"]
        );
    }

    #[test]
    fn paragraph_wraps_at_spaces_and_keeps_every_word() {
        let text = "The fourth Global Online Peer Learning Exchange brings together \
                    governments, experts and civil society to share practice.";
        let got = lines(text, Direction::Ltr, 150.0);
        assert!(got.len() >= 3, "{got:?}");
        for l in &got {
            assert!(!l.ends_with(' ') && !l.starts_with(' '), "{l:?}");
        }
        assert_eq!(got.join(" "), text);
    }

    #[test]
    fn arabic_wraps_in_logical_order() {
        let text = "عقد في 24 أيار/مايو 2023 في جنيف (UNHCR) اجتماع لتبادل الخبرات بين الحكومات";
        let got = lines(text, Direction::Rtl, 120.0);
        assert!(got.len() >= 2, "{got:?}");
        // Lines are logical slices: joined back, they give the text (a line
        // may also end after the slash of "أيار/مايو").
        assert_eq!(got.concat().replace(' ', ""), text.replace(' ', ""));
        assert!(got[0].starts_with("عقد"));
    }

    #[test]
    fn overlong_word_is_cut() {
        let got = lines("Supercalifragilisticexpialidocious", Direction::Ltr, 40.0);
        assert!(got.len() > 1, "{got:?}");
        assert_eq!(got.concat(), "Supercalifragilisticexpialidocious");
    }

    #[test]
    fn compounds_are_not_split_at_their_hyphen() {
        let got = lines("a child-sensitive approach", Direction::Ltr, 70.0);
        assert!(got.iter().any(|l| l.contains("child-sensitive")), "{got:?}");
    }

    #[test]
    fn a_range_of_times_is_not_split_at_its_dash() {
        // Narrow enough that "10:00–12:30" cannot stay on the first line.
        for dir in [Direction::Ltr, Direction::Rtl] {
            let got = lines("on duty 10:00–12:30 and 14:00–16:00", dir, 60.0);
            for range in ["10:00–12:30", "14:00–16:00"] {
                assert!(got.iter().any(|l| l.contains(range)), "{dir:?}: {got:?}");
            }
        }
        // A dash between words still breaks.
        let got = lines("Geneva–Nairobi–Bogotá–Manila", Direction::Ltr, 60.0);
        assert!(got.len() > 1, "{got:?}");
    }

    #[test]
    fn guillemets_stay_with_their_words() {
        for width in [70.0, 90.0, 110.0, 130.0, 150.0] {
            let got = lines(
                "Vidéo : « Voix de Funafuti » (15 minutes, en anglais)",
                Direction::Ltr,
                width,
            );
            for l in &got {
                assert!(
                    !l.trim_end().ends_with('«') && !l.trim_start().starts_with('»'),
                    "{width}: {got:?}"
                );
            }
        }
    }

    #[test]
    fn min_content_width_is_the_longest_word() {
        let set = FontSet::bundled();
        let fonts = set.load().unwrap();
        let measure = |t: &str| {
            let para = ParaText::collect(&[Inline::plain(t)], false);
            let bidi = Bidi::new(&para.text, Direction::Ltr);
            let runs = itemize(&para, &bidi, &fonts).unwrap();
            let shaped = shape_runs(&para.text, &runs, &fonts, 10.0, 1.0, "en");
            min_content_width(&para.text, &shaped)
        };
        let long = measure("microphone");
        assert!(long > 0.0);
        assert!((measure("On microphone now") - long).abs() < 0.01);
        assert!(measure("On a mic") < long);
    }

    #[test]
    fn a_web_address_keeps_its_scheme() {
        let text = "see https://migrationnetwork.un.org/thematic-working-group-2 now";
        for width in [60.0, 90.0, 120.0, 150.0] {
            let got = lines(text, Direction::Ltr, width);
            assert!(
                !got.iter().any(|l| l.ends_with("https://")),
                "{width}: {got:?}"
            );
            assert_eq!(got.concat().replace(' ', ""), text.replace(' ', ""));
        }
    }

    #[test]
    fn newline_forces_a_break() {
        assert_eq!(lines("one\ntwo", Direction::Ltr, 400.0), ["one", "two"]);
    }
}

//! Stage 2 of text layout: cut a paragraph into runs of one level, script,
//! font and weight, choosing each character's font along a fallback chain.

use std::ops::Range;

use unicode_bidi::Level;
use unicode_script::{Script, UnicodeScript};

use super::bidi::{is_control, Bidi, ParaText};
use super::fonts::{FontKey, Fonts};
use crate::render::RenderError;

/// A stretch of text that is shaped in one go.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    /// Byte range in the paragraph text (may include bidi controls, which
    /// are skipped when shaping).
    pub range: Range<usize>,
    pub level: Level,
    pub font: FontKey,
    pub script: Script,
    pub italic: bool,
    /// The address the run's text links to (a link is never cut into one
    /// run with unlinked text, so its extent on the page is known).
    pub link: Option<String>,
}

/// Splits `para` into runs. Fails on the first character no font can draw.
pub(crate) fn itemize(
    para: &ParaText,
    bidi: &Bidi,
    fonts: &Fonts,
) -> Result<Vec<Run>, RenderError> {
    let text = &para.text;
    let mut runs: Vec<Run> = Vec::new();
    // Script of the last strong character: digits, spaces and punctuation
    // belong to the script around them (and so, where possible, its font).
    let mut context_script = Script::Common;
    let mut prev_font: Option<FontKey> = None;
    // The spans are walked along with the text, not searched per character.
    let mut next_span = 0;
    for (pos, c) in text.char_indices() {
        if is_control(c) {
            // Controls ride along with the run they sit in; a control before
            // any run joins the first one.
            if let Some(run) = runs.last_mut() {
                run.range.end = pos + c.len_utf8();
            }
            continue;
        }
        // `span_at(pos)`: the spans before `next_span` end by `pos`, so the
        // first span holding it, if any, is `next_span`'s.
        while para
            .spans
            .get(next_span)
            .is_some_and(|s| s.range.end <= pos)
        {
            next_span += 1;
        }
        let span = match para.spans.get(next_span) {
            Some(s) if s.range.contains(&pos) => Some(s),
            _ => para.span_at(pos),
        };
        let bold = span.is_some_and(|s| s.bold);
        let italic = span.is_some_and(|s| s.italic);
        let link = span.and_then(|s| s.link.as_ref());
        let own_script = script_of(c);
        let script = match own_script {
            Script::Common | Script::Inherited | Script::Unknown => context_script,
            s => {
                context_script = s;
                s
            }
        };
        let font = choose_font(c, own_script, script, bold, prev_font, fonts)
            .ok_or_else(|| missing_glyph(para, pos, c))?;
        prev_font = Some(font);
        let level = bidi.level(pos);
        // Shaping script: what the run's font is for, so that Arabic digits
        // and spaces between Arabic words are shaped as Arabic.
        let run_script = if font.is_arabic() {
            Script::Arabic
        } else if script == Script::Common || script == Script::Arabic {
            Script::Latin
        } else {
            script
        };
        match runs.last_mut() {
            Some(run)
                if run.font == font
                    && run.level == level
                    && run.script == run_script
                    && run.italic == italic
                    && run.link.as_ref() == link =>
            {
                run.range.end = pos + c.len_utf8();
            }
            _ => {
                // A control that opened the text belongs to the first run.
                let start = if runs.is_empty() { 0 } else { pos };
                runs.push(Run {
                    range: start..pos + c.len_utf8(),
                    level,
                    font,
                    script: run_script,
                    italic,
                    link: link.cloned(),
                });
            }
        }
    }
    Ok(runs)
}

/// `c`'s script; ASCII without the table search (letters are Latin, the
/// rest Common).
fn script_of(c: char) -> Script {
    match c {
        'a'..='z' | 'A'..='Z' => Script::Latin,
        _ if c.is_ascii() => Script::Common,
        _ => c.script(),
    }
}

/// The first font of the chain that has `c`. Marks and neutral characters
/// first try the font before them, so that a space between Arabic words or
/// a vowel mark stays in Naskh and shapes with its neighbours.
fn choose_font(
    c: char,
    own_script: Script,
    script: Script,
    bold: bool,
    prev: Option<FontKey>,
    fonts: &Fonts,
) -> Option<FontKey> {
    let neutral = matches!(
        own_script,
        Script::Common | Script::Inherited | Script::Unknown
    );
    if neutral {
        if let Some(p) = prev {
            let p = p.with_bold(bold);
            if fonts.get(p).has_char(c) {
                return Some(p);
            }
        }
    }
    let chain: [FontKey; 2] = if script == Script::Arabic {
        [FontKey::Naskh, FontKey::Sans]
    } else {
        [FontKey::Sans, FontKey::Naskh]
    };
    chain
        .into_iter()
        .map(|k| k.with_bold(bold))
        .find(|&k| fonts.get(k).has_char(c))
}

fn missing_glyph(para: &ParaText, pos: usize, c: char) -> RenderError {
    let source = para.span_at(pos).and_then(|s| s.source.clone());
    let place = match source {
        Some(id) => format!("in message `{id}`"),
        None => {
            let snippet: String = para.text.chars().take(40).collect();
            format!("in the text \"{snippet}\"")
        }
    };
    RenderError {
        message: format!(
            "no font can draw the character '{c}' (U+{:04X}) {place}",
            c as u32
        ),
        help: Some(
            "change the text, or give a font directory with a font that has this character \
             (same file names as the bundled Noto fonts)"
                .into(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{Direction, Inline};
    use crate::render::pdf::fonts::FontSet;

    #[test]
    fn ascii_scripts_are_the_tables() {
        for c in (0..128u8).map(char::from) {
            assert_eq!(script_of(c), c.script(), "{c:?}");
        }
    }

    fn runs_of(text: &str, dir: Direction) -> (String, Vec<Run>) {
        let set = FontSet::bundled();
        let fonts = set.load().unwrap();
        let para = ParaText::collect(&[Inline::plain(text)], false);
        let bidi = Bidi::new(&para.text, dir);
        let runs = itemize(&para, &bidi, &fonts).unwrap();
        (para.text.clone(), runs)
    }

    fn font_of(text: &str, runs: &[Run], needle: &str) -> FontKey {
        let pos = text.find(needle).unwrap();
        let run = runs.iter().find(|r| r.range.contains(&pos)).unwrap();
        assert!(
            run.range.contains(&(pos + needle.len() - 1)),
            "{needle:?} is split across runs"
        );
        run.font
    }

    #[test]
    fn mixed_arabic_line_picks_fonts_per_script() {
        let (text, runs) = runs_of("عقد في 24 أيار/مايو 2023 في جنيف (UNHCR)", Direction::Rtl);
        assert_eq!(font_of(&text, &runs, "عقد في"), FontKey::Naskh);
        assert_eq!(font_of(&text, &runs, "UNHCR"), FontKey::Sans);
        // Naskh has no brackets and no slash: they fall back to Noto Sans.
        assert_eq!(font_of(&text, &runs, "("), FontKey::Sans);
        assert_eq!(font_of(&text, &runs, "/"), FontKey::Sans);
        // Naskh has Western digits designed to sit in Arabic text.
        assert_eq!(font_of(&text, &runs, "2023"), FontKey::Naskh);
        // The digits are their own left-to-right run.
        let pos = text.find("2023").unwrap();
        let run = runs.iter().find(|r| r.range.contains(&pos)).unwrap();
        assert_eq!(&text[run.range.clone()], "2023");
        assert!(run.level.is_ltr());
        // Runs tile the text.
        assert_eq!(runs[0].range.start, 0);
        assert_eq!(runs.last().unwrap().range.end, text.len());
        for w in runs.windows(2) {
            assert_eq!(w[0].range.end, w[1].range.start);
        }
    }

    #[test]
    fn english_stays_in_one_run() {
        let (_, runs) = runs_of("Held in Geneva on 24 May 2023 (UNHCR).", Direction::Ltr);
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].font, FontKey::Sans);
    }

    #[test]
    fn bold_inline_uses_bold_face() {
        let set = FontSet::bundled();
        let fonts = set.load().unwrap();
        let para = ParaText::collect(&[Inline::plain("مرحبا "), Inline::bold("بالعالم")], false);
        let bidi = Bidi::new(&para.text, Direction::Rtl);
        let runs = itemize(&para, &bidi, &fonts).unwrap();
        assert_eq!(runs.last().unwrap().font, FontKey::NaskhBold);
        assert_eq!(runs[0].font, FontKey::Naskh);
    }

    #[test]
    fn character_without_font_is_an_error_naming_it_and_its_message() {
        let set = FontSet::bundled();
        let fonts = set.load().unwrap();
        for (text, code) in [("Snow ☃ today", "U+2603"), ("会议", "U+4F1A")] {
            let inline = Inline {
                text: text.into(),
                source: Some("agenda-item-title".into()),
                ..Inline::default()
            };
            let para = ParaText::collect(&[inline], false);
            let bidi = Bidi::new(&para.text, Direction::Ltr);
            let err = itemize(&para, &bidi, &fonts).unwrap_err();
            assert!(err.message.contains(code), "{}", err.message);
            assert!(err.message.contains("agenda-item-title"), "{}", err.message);
        }
    }

    #[test]
    fn isolates_are_not_looked_up_in_fonts() {
        let (text, runs) = runs_of("\u{2068}Ms. Ana\u{2069} قالت", Direction::Rtl);
        assert_eq!(runs[0].range.start, 0);
        assert_eq!(runs.last().unwrap().range.end, text.len());
    }
}

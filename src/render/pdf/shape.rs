//! Stage 3 of text layout: shape each run with rustybuzz (joining, lam-alef,
//! mark positioning, mirroring in right-to-left runs) into positioned glyphs.

use rustc_hash::FxHashMap as HashMap;
use std::str::FromStr;
use std::sync::{Arc, Mutex};

use rustybuzz::{Direction as HbDirection, Language, ShapePlan, UnicodeBuffer};

use super::bidi::is_control;
use super::fonts::{FontKey, Fonts};
use super::itemize::Run;

/// One glyph, in points, relative to the pen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Glyph {
    pub gid: u16,
    pub advance: f32,
    pub dx: f32,
    /// Upwards.
    pub dy: f32,
    /// Byte offset in the paragraph of the first character of its cluster.
    pub cluster: usize,
}

/// A shaped run: glyphs in visual order (right-to-left runs come out of
/// the shaper already reversed).
#[derive(Debug, Clone)]
pub struct ShapedRun {
    pub run: Run,
    pub size: f32,
    pub glyphs: Vec<Glyph>,
}

impl ShapedRun {
    pub fn font(&self) -> FontKey {
        self.run.font
    }
    pub fn rtl(&self) -> bool {
        self.run.level.is_rtl()
    }
}

/// Shapes every run at `size` points (Arabic faces scaled by `arabic_scale`).
pub(crate) fn shape_runs(
    text: &str,
    runs: &[Run],
    fonts: &Fonts,
    size: f32,
    arabic_scale: f32,
    lang: &str,
) -> Vec<ShapedRun> {
    let language = Language::from_str(lang).ok();
    runs.iter()
        .map(|run| {
            let size = if run.font.is_arabic() {
                size * arabic_scale
            } else {
                size
            };
            shape_run(text, run, fonts, size, language.clone())
        })
        .collect()
}

fn shape_run(
    text: &str,
    run: &Run,
    fonts: &Fonts,
    size: f32,
    language: Option<Language>,
) -> ShapedRun {
    let font = fonts.get(run.font);
    let rtl = run.level.is_rtl();
    // A run is shaped in pieces between its controls (hard line breaks,
    // bidi marks and isolates): the shaper never sees a control, and would
    // otherwise merge a mark after one into the cluster of the letter
    // before it, on the line before or in another bidi run, where its text
    // is lost (found by the fuzz tests). Letters still join across a
    // piece's ends: the neighbours are passed as context.
    // A mark after a space starts a piece too: the shaper would put it in
    // the space's cluster, which a line break there drops with the space.
    let mut pieces = Vec::new();
    let mut start = run.range.start;
    let mut prev = None;
    for (i, c) in text[run.range.clone()].char_indices() {
        let at = run.range.start + i;
        if is_control(c) {
            pieces.push(start..at);
            start = at + c.len_utf8();
        } else if prev.is_some_and(char::is_whitespace)
            && crate::bidi_class::bidi_class(c) == unicode_bidi::BidiClass::NSM
        {
            pieces.push(start..at);
            start = at;
        }
        prev = Some(c);
    }
    pieces.push(start..run.range.end);
    // About a glyph per byte of Latin text, fewer in Arabic.
    let mut glyphs: Vec<Glyph> = Vec::with_capacity(run.range.len());
    let scale = size / font.upem;
    // Right to left, the last piece comes first (glyphs in visual order).
    let ordered: Box<dyn Iterator<Item = &std::ops::Range<usize>>> = if rtl {
        Box::new(pieces.iter().rev())
    } else {
        Box::new(pieces.iter())
    };
    for piece in ordered.filter(|p| !p.is_empty()) {
        let words = words(text, piece.clone());
        let ordered: Box<dyn Iterator<Item = &std::ops::Range<usize>>> = if rtl {
            Box::new(words.iter().rev())
        } else {
            Box::new(words.iter())
        };
        for word in ordered {
            // Inside a piece a word's neighbours are spaces, which neither
            // join nor kern: the word is shaped without them, as it is
            // wherever it recurs. At the piece's ends the real neighbours
            // are the context.
            let pre = if word.start > piece.start {
                ""
            } else {
                tail(&text[..piece.start], 5)
            };
            let post = if word.end < piece.end {
                ""
            } else {
                head(&text[piece.end..], 5)
            };
            let raw = shape_piece(
                text,
                word.clone(),
                (pre, post),
                run,
                fonts,
                language.as_ref(),
            );
            glyphs.extend(raw.iter().map(|g| Glyph {
                gid: g.gid,
                advance: g.advance as f32 * scale,
                dx: g.dx as f32 * scale,
                dy: g.dy as f32 * scale,
                cluster: word.start + g.cluster as usize,
            }));
        }
    }
    ShapedRun {
        run: run.clone(),
        size,
        glyphs,
    }
}

/// `piece` cut into words, each with the spaces after it: the unit of
/// shaping, so that a word recurring anywhere is shaped once. A word keeps
/// its spaces, so its last letter's kerning with a space stays.
fn words(text: &str, piece: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = piece.start;
    let mut after_space = false;
    for (i, c) in text[piece.clone()].char_indices() {
        let at = piece.start + i;
        if c == ' ' {
            after_space = true;
        } else if after_space {
            out.push(start..at);
            start = at;
            after_space = false;
        }
    }
    out.push(start..piece.end);
    out
}

/// Shapes `text[range]` (part of `run`), with the text around it as
/// context: glyphs in font units, clusters relative to the range's start.
fn shape_piece(
    text: &str,
    range: std::ops::Range<usize>,
    (pre, post): (&str, &str),
    run: &Run,
    fonts: &Fonts,
    language: Option<&Language>,
) -> Arc<[RawGlyph]> {
    let font = fonts.get(run.font);
    // Context lets Arabic letters join across a run boundary (e.g. a bold
    // word glued to a regular suffix).
    let own = &text[range];
    let rtl = run.level.is_rtl();
    let tag = rustybuzz::ttf_parser::Tag(run.script.as_iso15924_tag());
    let script = rustybuzz::Script::from_iso15924_tag(tag);
    // One string holds the language, the context and the word: one
    // allocation per word looked up (the formatter and a second string
    // for the language were a third of this function's own time).
    // A language the face has no language system for shapes as no
    // language: the word is shaped once for all such (37 % fewer words
    // shaped in the example meeting, whose words recur across languages).
    let lang = language
        .map(|l| l.as_str())
        .filter(|l| font.language_matters(l))
        .unwrap_or("");
    let mut text = String::with_capacity(lang.len() + pre.len() + own.len() + post.len() + 3);
    for part in [lang, "\0", pre, "\0", own, "\0", post] {
        text.push_str(part);
    }
    let key = ShapeKey {
        font: run.font,
        rtl,
        script: tag.0,
        text,
    };
    fonts.shapes.get_or_shape(key, || {
        // The thread's buffer, reused: `GlyphBuffer::clear` resets it all
        // but keeps its allocations (a new one grew them for every word).
        thread_local! {
            static BUFFER: std::cell::Cell<Option<UnicodeBuffer>> = const { std::cell::Cell::new(None) };
        }
        let mut buffer = BUFFER.take().unwrap_or_default();
        // Bidi controls are left out (no font should draw them); every
        // other character keeps its byte offset in the piece as cluster, so
        // glyphs map back to the text.
        for (i, c) in own.char_indices() {
            if !is_control(c) {
                buffer.add(c, i as u32);
            }
        }
        buffer.set_pre_context(pre);
        buffer.set_post_context(post);
        buffer.set_direction(if rtl {
            HbDirection::RightToLeft
        } else {
            HbDirection::LeftToRight
        });
        if let Some(script) = script {
            buffer.set_script(script);
        }
        if let Some(lang) = language {
            buffer.set_language(lang.clone());
        }
        buffer.guess_segment_properties();
        let plan = fonts.shapes.plan(run.font, &font.face, &buffer);
        let out = rustybuzz::shape_with_plan(&font.face, &plan, buffer);
        let glyphs = out
            .glyph_infos()
            .iter()
            .zip(out.glyph_positions())
            .map(|(info, pos)| RawGlyph {
                gid: info.glyph_id as u16,
                advance: pos.x_advance,
                dx: pos.x_offset,
                dy: pos.y_offset,
                cluster: info.cluster,
            })
            .collect();
        BUFFER.set(Some(out.clear()));
        glyphs
    })
}

/// A glyph as the shaper gives it: font units, cluster relative to its run.
#[derive(Debug, Clone, Copy)]
struct RawGlyph {
    gid: u16,
    advance: i32,
    dx: i32,
    dy: i32,
    cluster: u32,
}

/// What a shaping result depends on: the face, direction, script, and the
/// language, the run's context and text, NUL-separated in `text` (the size
/// only scales it).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct ShapeKey {
    font: FontKey,
    rtl: bool,
    script: u32,
    text: String,
}

/// The plan key: a rustybuzz shape plan is costly to build (a quarter of
/// shaping time when built per run) and depends only on these.
type PlanKey = (FontKey, bool, u32, Option<String>);

/// Shaping results and plans, shared by every document drawn with one font
/// set. The same words are shaped many times (a table cell is measured and
/// then laid out, a timeline label measured three times, the same labels
/// recur in every booth schedule); shaping is deterministic, so a cached
/// result is the result.
#[derive(Default)]
pub(crate) struct ShapeCache {
    runs: Mutex<CacheMap>,
    plans: Mutex<HashMap<PlanKey, Arc<ShapePlan>>>,
}

#[derive(Default)]
struct CacheMap {
    map: HashMap<ShapeKey, Arc<[RawGlyph]>>,
    /// Bytes of text held, to keep the cache bounded.
    bytes: usize,
}

/// Longer runs are shaped each time: they are rarely repeated, and keeping
/// a long paragraph's glyphs would double its memory.
const CACHE_RUN_MAX: usize = 4096;
/// Past this much text the cache starts afresh (a batch of many events).
const CACHE_BYTES_MAX: usize = 8 << 20;

impl ShapeCache {
    fn get_or_shape(
        &self,
        key: ShapeKey,
        shape: impl FnOnce() -> Vec<RawGlyph>,
    ) -> Arc<[RawGlyph]> {
        let cacheable = key.text.len() <= CACHE_RUN_MAX;
        if cacheable {
            if let Some(hit) = self.lock_runs().map.get(&key) {
                return hit.clone();
            }
        }
        let glyphs: Arc<[RawGlyph]> = shape().into();
        if cacheable {
            let mut runs = self.lock_runs();
            if runs.bytes > CACHE_BYTES_MAX {
                runs.map.clear();
                runs.bytes = 0;
            }
            runs.bytes += key.text.len();
            runs.map.insert(key, glyphs.clone());
        }
        glyphs
    }

    fn lock_runs(&self) -> std::sync::MutexGuard<'_, CacheMap> {
        self.runs.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The plan for `buffer`'s direction, script and language in `font`.
    fn plan(
        &self,
        font: FontKey,
        face: &rustybuzz::Face,
        buffer: &UnicodeBuffer,
    ) -> Arc<ShapePlan> {
        let language = buffer.language();
        let script = buffer.script();
        let key: PlanKey = (
            font,
            buffer.direction() == HbDirection::RightToLeft,
            script.tag().0,
            language.as_ref().map(|l| l.as_str().to_string()),
        );
        let mut plans = self.plans.lock().unwrap_or_else(|e| e.into_inner());
        plans
            .entry(key)
            .or_insert_with(|| {
                Arc::new(ShapePlan::new(
                    face,
                    buffer.direction(),
                    Some(script),
                    language.as_ref(),
                    &[],
                ))
            })
            .clone()
    }
}

fn tail(s: &str, chars: usize) -> &str {
    let start = s.char_indices().rev().nth(chars - 1).map_or(0, |(i, _)| i);
    &s[start..]
}

fn head(s: &str, chars: usize) -> &str {
    let end = s.char_indices().nth(chars).map_or(s.len(), |(i, _)| i);
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{Direction, Inline};
    use crate::render::pdf::bidi::{Bidi, ParaText};
    use crate::render::pdf::fonts::FontSet;
    use crate::render::pdf::itemize::itemize;

    fn shape(text: &str, dir: Direction) -> Vec<ShapedRun> {
        let set = FontSet::bundled();
        let fonts = set.load().unwrap();
        let para = ParaText::collect(&[Inline::plain(text)], false);
        let bidi = Bidi::new(&para.text, dir);
        let runs = itemize(&para, &bidi, &fonts).unwrap();
        shape_runs(&para.text, &runs, &fonts, 10.0, 1.0, "ar")
    }

    /// A word's glyphs in a face, shaped by rustybuzz in `lang` or none.
    fn raw(face: &rustybuzz::Face, text: &str, lang: Option<&str>) -> Vec<(u32, i32, i32)> {
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        if let Some(l) = lang {
            buffer.set_language(Language::from_str(l).unwrap());
        }
        buffer.guess_segment_properties();
        let out = rustybuzz::shape(face, &[], buffer);
        out.glyph_infos()
            .iter()
            .zip(out.glyph_positions())
            .map(|(i, p)| (i.glyph_id, p.x_advance, p.y_offset))
            .collect()
    }

    /// The shaping cache keys a word by its language only where the face
    /// has a language system for it: elsewhere the shaper gives what it
    /// gives for no language.
    #[test]
    fn a_language_the_face_has_no_system_for_shapes_as_none() {
        let set = FontSet::bundled();
        let fonts = set.load().unwrap();
        let naskh = fonts.get(FontKey::Naskh);
        assert!(naskh.language_matters("ur") && naskh.language_matters("fa"));
        // Persian has its own guillemets and decimal separators.
        assert_ne!(
            raw(&naskh.face, "«\u{66B}\u{66C}»", Some("fa")),
            raw(&naskh.face, "«\u{66B}\u{66C}»", None)
        );
        // A language whose tag is not known here may matter.
        assert!(fonts.get(FontKey::Sans).language_matters("ro"));
        assert!(fonts.get(FontKey::Sans).language_matters("en-GB"));
        for key in FontKey::ALL {
            let f = fonts.get(key);
            let text = if key.is_arabic() {
                "اَلْعَرَبِيَّةُ لا ١٢٣ \u{6F4}\u{6F6}\u{6F7} ﷲ"
            } else {
                "Affiche ﬁnale: ffl ŞţȘț ĳ Ꞌ 1/2 №"
            };
            for lang in ["ar", "en", "es", "fr", "ru"] {
                assert!(!f.language_matters(lang), "{key:?} {lang}");
                assert_eq!(raw(&f.face, text, Some(lang)), raw(&f.face, text, None));
            }
        }
    }

    #[test]
    fn arabic_letters_join() {
        // The same letter takes different (joined) forms at the start, middle
        // and end of a word, and an isolated form on its own.
        let runs = shape("ببب ب", Direction::Rtl);
        assert_eq!(runs.len(), 1);
        let g = &runs[0].glyphs;
        // Visual order: the isolated beh (last logically) comes first.
        assert_eq!(g.len(), 5);
        let isolated = g[0].gid;
        let (fin, medi, init) = (g[2].gid, g[3].gid, g[4].gid);
        assert_eq!(g[4].cluster, 0, "rightmost glyph is the first letter");
        let distinct: std::collections::BTreeSet<u16> = [isolated, fin, medi, init].into();
        assert_eq!(distinct.len(), 4, "four contextual forms: {g:?}");
    }

    #[test]
    fn marks_are_positioned_on_their_base() {
        let runs = shape("بَ", Direction::Rtl);
        let g = &runs[0].glyphs;
        assert_eq!(g.len(), 2);
        // The fatha has no advance of its own and sits above the letter.
        let mark = g
            .iter()
            .find(|g| g.advance == 0.0)
            .expect("a zero-width mark");
        assert!(mark.dy > 0.0 || mark.dx != 0.0, "{g:?}");
    }

    #[test]
    fn brackets_are_mirrored_in_rtl_runs() {
        let set = FontSet::bundled();
        let fonts = set.load().unwrap();
        let sans = fonts.get(FontKey::Sans);
        let open = sans.face.glyph_index('(').unwrap().0;
        let close = sans.face.glyph_index(')').unwrap().0;
        let runs = shape("قال (نعم)", Direction::Rtl);
        let text = "قال (نعم)";
        let open_pos = text.find('(').unwrap();
        let g = runs
            .iter()
            .flat_map(|r| &r.glyphs)
            .find(|g| g.cluster == open_pos)
            .unwrap();
        assert_eq!(g.gid, close, "an opening bracket in RTL shows as ')'");
        let ltr = shape("say (yes)", Direction::Ltr);
        assert_eq!(ltr[0].glyphs[4].gid, open);
    }

    #[test]
    fn controls_are_not_shaped() {
        let runs = shape("\u{2068}abc\u{2069}", Direction::Ltr);
        let n: usize = runs.iter().map(|r| r.glyphs.len()).sum();
        assert_eq!(n, 3);
    }
}

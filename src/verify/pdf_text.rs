//! The text of a PDF page in logical order, read back in-process: the one
//! seam `verify` reads PDF text through, so a new text layer changes only this.
//!
//! What it relies on (tarjama's writer, see render/pdf/textlayer.rs and
//! docs/pdf-text-layer.md):
//! - lines come in reading order in the content stream, and in a line its
//!   level runs in logical order, each run's glyphs from left to right;
//! - each glyph's text is its font's ToUnicode entry (a marked-content
//!   `/Span` with `/ActualText` still replaces the text inside it);
//! - helper glyphs for other readers are off the page or clipped away, and
//!   their text is a control character: all three are left out here.
//!
//! A line is cut where the stream steps back to the left (a new run of a
//! right-to-left line, or the next cell of a row); a run holding Arabic
//! and no Latin or digits is read backwards, a run mixing both has its
//! Arabic stretches turned back. The structure tree is not read.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::bidi_class::bidi_class;
use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};
use unicode_bidi::BidiClass;

/// One font of a page as the extractor needs it.
#[derive(Debug, Default)]
pub struct FontMap {
    /// Code → text, from the ToUnicode CMap; `None` without one.
    pub to_unicode: Option<HashMap<u16, String>>,
    /// Code → advance in 1/1000 em (/W), `default_width` otherwise.
    widths: HashMap<u16, f32>,
    default_width: f32,
}

/// A piece of text placed on the page: one glyph, or one ActualText span.
#[derive(Debug, Clone)]
struct Item {
    x0: f32,
    x1: f32,
    y: f32,
    size: f32,
    text: String,
    /// The first glyph of a text object (BT): a line of its own in the
    /// layout, maybe a cell or a bullet on a baseline already used.
    first: bool,
}

/// What reading one page gives: its lines in logical order, and per font
/// resource name the codes it shows (for the font checks).
#[derive(Debug, Default)]
pub struct PageRead {
    pub lines: Vec<String>,
    pub shown: BTreeMap<String, BTreeSet<u16>>,
    /// Codes shown whose font has no text for them.
    pub unmapped: BTreeMap<String, BTreeSet<u16>>,
}

/// Graphics state the extractor follows: whether clipping hides everything.
#[derive(Debug, Clone, Copy, Default)]
struct Gs {
    clipped: bool,
    /// Text rendering mode 3: glyphs not painted.
    invisible: bool,
}

/// Reads page `page_id` of `doc`. `rtl`: the page's direction, from the
/// document's language (each run says its own; the page's decides only
/// where punctuation at a right-to-left run's end belongs).
pub fn read_page(doc: &Document, page_id: ObjectId, rtl: bool) -> Result<PageRead, String> {
    let fonts = page_fonts(doc, page_id)?;
    let (width, height) = page_size(doc, page_id);
    // A generous limit: a page of text decompresses to well under 10 MB.
    let content = doc
        .get_page_content_with_limit(page_id, 64 << 20)
        .map_err(|e| format!("cannot read the page's content: {e}"))?;
    let content =
        Content::decode(&content).map_err(|e| format!("cannot decode the page's content: {e}"))?;
    let mut read = PageRead::default();
    let mut items: Vec<Item> = Vec::new();
    let (mut font, mut tf) = (String::new(), 0.0f32);
    // Text matrix scale (a), and the pen and line start in user space.
    let mut scale = 1.0f32;
    let (mut x, mut y) = (0.0f32, 0.0f32);
    let (mut line_x, mut line_y) = (0.0f32, 0.0f32);
    let mut gs = Gs::default();
    let mut stack: Vec<Gs> = Vec::new();
    let mut last_rect_empty = false;
    let mut new_object = false;
    // Open marked-content sequences: the ActualText of a span, if any, and
    // where its first glyph started.
    let mut marks: Vec<Option<(String, Option<f32>)>> = Vec::new();
    let num = |o: &Object| {
        o.as_float()
            .or_else(|_| o.as_i64().map(|i| i as f32))
            .unwrap_or(0.0)
    };
    for op in &content.operations {
        let args = &op.operands;
        match op.operator.as_str() {
            "q" => stack.push(gs),
            "Q" => gs = stack.pop().unwrap_or_default(),
            "re" if args.len() == 4 => {
                last_rect_empty = num(&args[2]) == 0.0 || num(&args[3]) == 0.0;
            }
            // A clip to an empty rectangle hides what follows (helpers
            // meant for one reader only).
            "W" | "W*" if last_rect_empty => gs.clipped = true,
            "Tr" => gs.invisible = args.first().map(num) == Some(3.0),
            "BT" => {
                (x, y, line_x, line_y, scale) = (0.0, 0.0, 0.0, 0.0, 1.0);
                new_object = true;
            }
            "Tf" => {
                font = args
                    .first()
                    .and_then(|o| o.as_name().ok())
                    .map(|n| String::from_utf8_lossy(n).into_owned())
                    .unwrap_or_default();
                tf = args.get(1).map(num).unwrap_or(0.0);
            }
            "Tm" if args.len() == 6 => {
                scale = num(&args[0]);
                (x, y) = (num(&args[4]), num(&args[5]));
                (line_x, line_y) = (x, y);
            }
            "Td" | "TD" if args.len() == 2 => {
                line_x += num(&args[0]) * scale;
                line_y += num(&args[1]) * scale;
                (x, y) = (line_x, line_y);
            }
            "Tj" | "TJ" | "'" | "\"" => {
                let size = tf * scale;
                let parts: Vec<&Object> = match (op.operator.as_str(), args.first()) {
                    ("TJ", Some(Object::Array(a))) => a.iter().collect(),
                    _ => args.iter().filter(|o| o.as_str().is_ok()).collect(),
                };
                let f = fonts.get(&font);
                for part in parts {
                    let Ok(bytes) = part.as_str() else {
                        // A number in a TJ array moves the pen back.
                        x -= num(part) / 1000.0 * size;
                        continue;
                    };
                    for pair in bytes.chunks(2) {
                        let code = match pair {
                            [a, b] => u16::from_be_bytes([*a, *b]),
                            [a] => *a as u16,
                            _ => continue,
                        };
                        read.shown.entry(font.clone()).or_default().insert(code);
                        let text = f
                            .and_then(|f| f.to_unicode.as_ref())
                            .and_then(|m| m.get(&code).cloned());
                        let w = f.map_or(0.0, |f| f.width(code)) / 1000.0 * size;
                        let on_page = x + w >= 0.0 && x <= width && y >= 0.0 && y <= height;
                        let in_span = marks.iter_mut().rev().find_map(|m| m.as_mut());
                        match in_span {
                            Some((_, start)) => {
                                start.get_or_insert(x);
                            }
                            None => {
                                // A glyph neither painted nor seen needs no
                                // text (pdf.js's opener; PDF/UA asks it of
                                // painted glyphs).
                                if text.is_none() && !(gs.clipped && gs.invisible) {
                                    read.unmapped.entry(font.clone()).or_default().insert(code);
                                }
                                if on_page && !gs.clipped {
                                    items.push(Item {
                                        x0: x,
                                        x1: x + w,
                                        y,
                                        size,
                                        text: text.unwrap_or_default(),
                                        first: std::mem::take(&mut new_object),
                                    });
                                }
                            }
                        }
                        x += w;
                    }
                }
            }
            "BDC" => {
                let props = match args.get(1) {
                    Some(Object::Dictionary(d)) => Some(d.clone()),
                    _ => None,
                };
                let actual = props
                    .as_ref()
                    .and_then(|d| d.get(b"ActualText").ok())
                    .and_then(|o| o.as_str().ok())
                    .map(decode_text_string);
                marks.push(actual.map(|t| (t, None)));
            }
            "BMC" => marks.push(None),
            "EMC" => {
                if let Some(Some((text, start))) = marks.pop() {
                    let x0 = start.unwrap_or(x);
                    items.push(Item {
                        x0,
                        x1: x.max(x0),
                        y,
                        size: tf * scale,
                        text,
                        first: std::mem::take(&mut new_object),
                    });
                }
            }
            _ => {}
        }
    }
    read.lines = lines(&items, rtl);
    Ok(read)
}

/// The page's MediaBox size (US Letter without one).
fn page_size(doc: &Document, page_id: ObjectId) -> (f32, f32) {
    let media = doc
        .get_dictionary(page_id)
        .ok()
        .and_then(|p| p.get(b"MediaBox").ok())
        .and_then(|m| doc.dereference(m).ok())
        .and_then(|(_, m)| m.as_array().ok().cloned());
    let n = |o: &Object| o.as_float().or_else(|_| o.as_i64().map(|i| i as f32)).ok();
    match media.as_deref() {
        Some([x0, y0, x1, y1]) => match (n(x0), n(y0), n(x1), n(y1)) {
            (Some(a), Some(b), Some(c), Some(d)) => ((c - a).abs(), (d - b).abs()),
            _ => (612.0, 792.0),
        },
        _ => (612.0, 792.0),
    }
}

/// A stretch of a line as the stream gives it, left to right.
struct Segment {
    text: String,
    x0: f32,
    x1: f32,
}

/// Groups items into lines (one baseline; a raised mark stays on its
/// letter's line) and each line into segments, each turned into logical order.
fn lines(items: &[Item], rtl: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut segs: Vec<Segment> = Vec::new();
    let mut line_y: Option<(f32, f32)> = None;
    let mut prev: Option<&Item> = None;
    for it in items {
        let text: String = it
            .text
            .chars()
            .filter(|c| !crate::check::text::is_bidi_control(*c) && !c.is_control())
            .collect();
        if text.is_empty() {
            continue;
        }
        let same_line =
            line_y.is_some_and(|(y, size)| (it.y - y).abs() < 0.35 * size.max(it.size).max(1.0));
        if !same_line {
            if !segs.is_empty() {
                out.push(join(&segs, rtl));
            }
            segs.clear();
            line_y = Some((it.y, it.size));
        }
        let back = same_line && (it.first || prev.is_some_and(|p| it.x0 < p.x0 - 0.5));
        match segs.last_mut() {
            Some(s) if same_line && !back => {
                if it.x0 - s.x1 > 0.15 * it.size.max(1.0) {
                    // Two cells on one baseline: keep their words apart.
                    s.text.push(' ');
                }
                s.text.push_str(&text);
                s.x1 = s.x1.max(it.x1);
            }
            _ => segs.push(Segment {
                text,
                x0: it.x0,
                x1: it.x1,
            }),
        }
        prev = Some(it);
    }
    if !segs.is_empty() {
        out.push(join(&segs, rtl));
    }
    out.into_iter().filter(|l| !l.trim().is_empty()).collect()
}

/// A line's segments in logical order, joined; a gap between two of them
/// (another table cell) becomes a space.
fn join(segs: &[Segment], rtl: bool) -> String {
    let several = segs.len() > 1;
    // Runs come in logical order: a line whose second run starts left of
    // its first reads from the right (an Arabic cell on an English page),
    // where a comma at a run's right end is the run's first character.
    let rtl = rtl || (several && segs[1].x0 < segs[0].x0);
    let mut out = String::new();
    for (i, s) in segs.iter().enumerate() {
        if i > 0 {
            let p = &segs[i - 1];
            let gap = if s.x0 < p.x0 {
                p.x0 - s.x1
            } else {
                s.x0 - p.x1
            };
            if gap > 1.0 && !out.ends_with(' ') {
                out.push(' ');
            }
        }
        out.push_str(&segment(&s.text, several, rtl));
    }
    out
}

/// One segment (glyphs left to right) in logical order; `page_rtl`: the
/// page's direction.
fn segment(visual: &str, several: bool, page_rtl: bool) -> String {
    let rtl = visual
        .chars()
        .any(|c| matches!(bidi_class(c), BidiClass::R | BidiClass::AL));
    let ltr = visual
        .chars()
        .any(|c| matches!(bidi_class(c), BidiClass::L | BidiClass::EN | BidiClass::AN));
    match (rtl, ltr) {
        // A right-to-left run, or neutrals between runs of such a line.
        // On a left-to-right page, punctuation at the run's right end that
        // no paragraph starts with (an Arabic name followed by a comma at a
        // line's end) belongs to the paragraph around it, after the run.
        (true, false) if !page_rtl => {
            let body = visual.trim_end_matches([',', ';', ':', '.', ' ', '\u{a0}']);
            let after = &visual[body.len()..];
            body.chars().rev().chain(after.chars()).collect()
        }
        (true, false) => visual.chars().rev().collect(),
        (false, false) if several => visual.chars().rev().collect(),
        _ => logical(visual, false),
    }
}

/// A visual line (left to right) in logical order: on a right-to-left page
/// the line is reversed, then every run against the page's direction is
/// turned back. A run is its strong characters and the neutrals between
/// two of them.
pub fn logical(visual: &str, rtl: bool) -> String {
    let mut chars: Vec<char> = visual.chars().collect();
    if rtl {
        chars.reverse();
    }
    // Digits run left to right in either direction, Arabic-Indic (AN) as
    // European (EN) ones: they are turned back with the Latin.
    let against = |c: char| match bidi_class(c) {
        BidiClass::L | BidiClass::EN | BidiClass::AN => rtl,
        BidiClass::R | BidiClass::AL => !rtl,
        _ => false,
    };
    let strong = |c: char| {
        matches!(
            bidi_class(c),
            BidiClass::L | BidiClass::EN | BidiClass::R | BidiClass::AL | BidiClass::AN
        )
    };
    let mut i = 0;
    while i < chars.len() {
        if !against(chars[i]) {
            i += 1;
            continue;
        }
        // Extend over neutrals up to the last against-character before the
        // next strong character of the page's direction.
        let mut end = i;
        let mut j = i + 1;
        while j < chars.len() {
            if against(chars[j]) {
                end = j;
            } else if strong(chars[j]) {
                break;
            }
            j += 1;
        }
        chars[i..=end].reverse();
        i = end + 1;
    }
    chars
        .into_iter()
        .filter(|c| !crate::check::text::is_bidi_control(*c))
        .collect()
}

impl FontMap {
    fn width(&self, code: u16) -> f32 {
        self.widths
            .get(&code)
            .copied()
            .unwrap_or(self.default_width)
    }
}

/// The fonts of a page's resources by resource name.
pub fn page_fonts(doc: &Document, page_id: ObjectId) -> Result<BTreeMap<String, FontMap>, String> {
    let fonts = doc
        .get_page_fonts(page_id)
        .map_err(|e| format!("cannot read the page's fonts: {e}"))?;
    Ok(fonts
        .into_iter()
        .map(|(name, dict)| {
            (
                String::from_utf8_lossy(&name).into_owned(),
                font_map(doc, dict),
            )
        })
        .collect())
}

/// The CIDFont under a Type0 font, if it is one.
pub fn descendant_font<'a>(doc: &'a Document, font: &'a Dictionary) -> Option<&'a Dictionary> {
    font.get_deref(b"DescendantFonts", doc)
        .ok()
        .and_then(|o| o.as_array().ok())
        .and_then(|a| a.first())
        .and_then(|o| doc.dereference(o).ok())
        .and_then(|(_, o)| o.as_dict().ok())
}

fn font_map(doc: &Document, font: &Dictionary) -> FontMap {
    let mut map = FontMap {
        default_width: 1000.0,
        ..FontMap::default()
    };
    map.to_unicode = font
        .get_deref(b"ToUnicode", doc)
        .ok()
        .and_then(|o| o.as_stream().ok())
        .and_then(|s| {
            s.decompressed_content()
                .or_else(|_| Ok::<_, ()>(s.content.clone()))
                .ok()
        })
        .map(|bytes| parse_cmap(&String::from_utf8_lossy(&bytes)));
    if let Some(d) = descendant_font(doc, font) {
        if let Ok(dw) = d.get(b"DW") {
            map.default_width = dw
                .as_float()
                .or_else(|_| dw.as_i64().map(|i| i as f32))
                .unwrap_or(1000.0);
        }
        if let Some(w) = d.get_deref(b"W", doc).ok().and_then(|o| o.as_array().ok()) {
            map.widths = widths(w);
        }
    }
    map
}

/// A CIDFont's /W array: `c [w1 w2 …]` or `c_first c_last w`.
fn widths(w: &[Object]) -> HashMap<u16, f32> {
    let num = |o: &Object| o.as_float().or_else(|_| o.as_i64().map(|i| i as f32)).ok();
    let mut out = HashMap::new();
    let mut i = 0;
    while i < w.len() {
        let Some(first) = num(&w[i]) else { break };
        match w.get(i + 1) {
            Some(Object::Array(list)) => {
                for (k, v) in list.iter().enumerate() {
                    if let Some(v) = num(v) {
                        out.insert(first as u16 + k as u16, v);
                    }
                }
                i += 2;
            }
            Some(last) => {
                let (Some(last), Some(v)) = (num(last), w.get(i + 2).and_then(num)) else {
                    break;
                };
                for c in first as u32..=last as u32 {
                    out.insert(c as u16, v);
                }
                i += 3;
            }
            None => break,
        }
    }
    out
}

/// A ToUnicode CMap's `bfchar` and `bfrange` entries.
pub fn parse_cmap(cmap: &str) -> HashMap<u16, String> {
    let mut out = HashMap::new();
    let hex = |t: &str| -> Option<Vec<u8>> {
        let t = t.trim_start_matches('<').trim_end_matches('>');
        (0..t.len())
            .step_by(2)
            .map(|i| t.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()))
            .collect()
    };
    let code = |t: &str| hex(t).map(|b| b.iter().fold(0u32, |acc, x| acc << 8 | *x as u32) as u16);
    let utf16 = |b: &[u8]| {
        let units: Vec<u16> = b
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
            .collect();
        String::from_utf16_lossy(&units)
    };
    // Tokens: <hex>, [, ], words.
    let mut tokens: Vec<String> = Vec::new();
    let mut cur = String::new();
    for c in cmap.chars() {
        match c {
            '<' => {
                if !cur.is_empty() {
                    tokens.push(std::mem::take(&mut cur));
                }
                cur.push(c);
            }
            '>' => {
                cur.push(c);
                tokens.push(std::mem::take(&mut cur));
            }
            '[' | ']' => {
                if !cur.is_empty() {
                    tokens.push(std::mem::take(&mut cur));
                }
                tokens.push(c.to_string());
            }
            c if c.is_whitespace() && !cur.starts_with('<') => {
                if !cur.is_empty() {
                    tokens.push(std::mem::take(&mut cur));
                }
            }
            c if c.is_whitespace() => {}
            c => cur.push(c),
        }
    }
    let mut i = 0;
    let mut section = "";
    while i < tokens.len() {
        let t = tokens[i].as_str();
        match t {
            "beginbfchar" | "beginbfrange" => {
                section = if t == "beginbfchar" { "char" } else { "range" }
            }
            "endbfchar" | "endbfrange" => section = "",
            _ if section == "char" && t.starts_with('<') => {
                if let (Some(c), Some(d)) = (code(t), tokens.get(i + 1).and_then(|d| hex(d))) {
                    out.insert(c, utf16(&d));
                }
                i += 1;
            }
            _ if section == "range" && t.starts_with('<') => {
                let (Some(lo), Some(hi)) = (code(t), tokens.get(i + 1).and_then(|h| code(h)))
                else {
                    i += 1;
                    continue;
                };
                match tokens.get(i + 2).map(String::as_str) {
                    Some("[") => {
                        let mut k = i + 3;
                        let mut c = lo;
                        while k < tokens.len() && tokens[k] != "]" {
                            if let Some(d) = hex(&tokens[k]) {
                                out.insert(c, utf16(&d));
                            }
                            c = c.wrapping_add(1);
                            k += 1;
                        }
                        i = k;
                    }
                    Some(d) => {
                        if let Some(mut d) = hex(d) {
                            for c in lo..=hi {
                                out.insert(c, utf16(&d));
                                if let Some(last) = d.last_mut() {
                                    *last = last.wrapping_add(1);
                                }
                            }
                        }
                        i += 2;
                    }
                    None => {}
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// A PDF text string: UTF-16BE with a byte order mark, or PDFDocEncoding
/// (read as Latin-1, which it is for the printable range).
pub fn decode_text_string(b: &[u8]) -> String {
    match b {
        [0xFE, 0xFF, rest @ ..] => {
            let units: Vec<u16> = rest
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                .collect();
            String::from_utf16_lossy(&units)
        }
        _ => b.iter().map(|&c| c as char).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cmap_chars_and_ranges() {
        let m = parse_cmap(
            "2 beginbfchar\n<0001> <0020>\n<0002> <200F0028>\nendbfchar\n1 beginbfrange\n<0010> <0012> <0041>\nendbfrange\n1 beginbfrange\n<0020> <0021> [<0627> <0644>]\nendbfrange",
        );
        assert_eq!(m[&1], " ");
        assert_eq!(m[&2], "\u{200F}(");
        assert_eq!(m[&0x12], "C");
        assert_eq!(m[&0x21], "ل");
    }

    #[test]
    fn visual_lines_become_logical() {
        // "في 24 أيار (UNHCR)" drawn right to left: the visual string, read
        // left to right, has the Arabic reversed and the Latin and digits
        // in reading order.
        let logical_text = "في 24 أيار (UNHCR)";
        // The brackets keep their logical characters (write.rs).
        let visual = ")UNHCR( رايأ 24 يف";
        assert_eq!(logical(visual, true), logical_text);
        assert_eq!(
            logical("14:30–17:30 ،ءاعبرألا", true),
            "الأربعاء، 14:30–17:30"
        );
        // English pages are left alone, an Arabic word in them turned back.
        assert_eq!(logical("Held in 2023", false), "Held in 2023");
        assert_eq!(logical("the word ةمجرت here", false), "the word ترجمة here");
    }

    #[test]
    fn an_arabic_name_ending_a_latin_line_keeps_its_comma_after_it() {
        // "• محمد علي الحسن," at the end of a line of a French cell: the
        // run's glyphs left to right, then the paragraph's comma.
        let name = "محمد علي الحسن";
        let visual: String = name.chars().rev().chain([',']).collect();
        assert_eq!(segment(&visual, false, false), format!("{name},"));
        // On an Arabic page the same glyphs are a right-to-left line whose
        // start is on the right.
        let arabic: String = "،محمد".chars().rev().collect();
        assert_eq!(segment(&arabic, false, true), "،محمد");
    }
}

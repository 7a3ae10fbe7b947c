//! Stage 7: pages of shapes and glyphs into PDF bytes with printpdf: subset
//! fonts, ToUnicode and ActualText so text extracts in logical order, fixed metadata.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use printpdf::{
    Actions, BorderArray, Codepoint, Color, ColorArray, CurTransMat, DictItem, FontId,
    HighlightingMode, Line, LinePoint, LinkAnnotation, Op, PaintMode, ParsedFont, PdfDocument,
    PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem, TextMatrix,
    XObjectId, XObjectTransform,
};

use unicode_bidi::{bidi_class, BidiClass};

use super::fonts::{FontKey, Fonts};
use super::paginate::{Draw, PageOut};
use super::reorder::{ClusterText, LineBox, Piece};
use super::subset::subset;
use crate::doc::{Direction, Document};
use crate::render::style::{self, Rgb};
use crate::render::RenderError;

/// Directional marks added to the extracted text (never drawn). poppler
/// rebuilds logical order from a line's characters in visual order with a
/// simple rule: on a right-to-left page it takes every character that is not
/// Latin or a digit as right-to-left, so a space, comma or bracket next to a
/// number or a Latin word lands on the wrong side of it ("24أيار"). A mark
/// at each end of such a run pins the neighbours where they belong; readers
/// drop the marks (and the bidi test strips them).
const LRM: char = '\u{200E}';
const RLM: char = '\u{200F}';

/// A cluster's characters in the order an extractor meets them: left to
/// right, so reversed in a right-to-left piece (poppler reverses them back).
/// A mirrored bracket keeps its logical character: after reordering it
/// must read as the bracket the sentence means.
fn visual_text(c: &ClusterText, rtl: bool) -> String {
    if rtl {
        c.text.chars().rev().collect()
    } else {
        c.text.clone()
    }
}

/// Whether poppler could take a cluster of right-to-left text for part of
/// a number or a Latin word: it has no strong right-to-left character
/// (punctuation such as "." "،" ":" "/" counts as a number separator).
fn weak_in_rtl(text: &str) -> bool {
    !text.chars().all(char::is_whitespace)
        && !text
            .chars()
            .any(|c| matches!(bidi_class(c), BidiClass::R | BidiClass::AL))
}

/// The text to extract for every cluster of a line (per piece, per
/// cluster): `visual_text`, plus RLM before and LRM after each run of
/// pieces that goes against the page's direction, and on a right-to-left
/// page RLM around punctuation inside right-to-left text.
fn line_texts(line: &LineBox, page_rtl: bool) -> Vec<Vec<String>> {
    let pieces = &line.pieces;
    let mut out: Vec<Vec<String>> = pieces
        .iter()
        .map(|p| {
            p.clusters
                .iter()
                .map(|c| {
                    let t = visual_text(c, p.rtl);
                    if page_rtl && p.rtl && weak_in_rtl(&t) {
                        format!("{RLM}{t}{RLM}")
                    } else {
                        t
                    }
                })
                .collect()
        })
        .collect();
    let mut i = 0;
    while i < pieces.len() {
        if pieces[i].rtl == page_rtl {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < pieces.len() && pieces[j + 1].rtl != page_rtl {
            j += 1;
        }
        if let Some(first) = out[i].first_mut() {
            first.insert(0, RLM);
        }
        if let Some(last) = out[j].last_mut() {
            last.push(LRM);
        }
        i = j + 1;
    }
    out
}

/// Per font: the glyphs drawn and the one Unicode text each glyph id maps to
/// in the ToUnicode CMap (a PDF font has one entry per glyph).
#[derive(Default)]
struct GlyphTexts {
    used: BTreeSet<u16>,
    text: HashMap<u16, String>,
    /// An invisible glyph (the space) that anchors ActualText spans. Not
    /// ZWJ: Noto draws a visible symbol for it.
    strut: Option<u16>,
}

fn lines(pages: &[PageOut]) -> impl Iterator<Item = &LineBox> {
    pages.iter().flat_map(|p| &p.draws).filter_map(|d| match d {
        Draw::Text { line, .. } => Some(line),
        _ => None,
    })
}

/// Decides every glyph's ToUnicode text: a glyph that alone draws a
/// cluster maps to that cluster's text (first use wins); glyphs only ever
/// seen inside bigger clusters map to their character in the font's cmap.
fn glyph_texts(pages: &[PageOut], fonts: &Fonts) -> [GlyphTexts; 4] {
    let mut out: [GlyphTexts; 4] = Default::default();
    for line in lines(pages) {
        for piece in &line.pieces {
            let gt = &mut out[piece.font.index()];
            for c in &piece.clusters {
                let glyphs = &piece.glyphs[c.glyphs.clone()];
                for g in glyphs {
                    gt.used.insert(g.gid);
                }
                if let [g] = glyphs {
                    gt.text
                        .entry(g.gid)
                        .or_insert_with(|| visual_text(c, piece.rtl));
                }
            }
        }
    }
    for key in FontKey::ALL {
        let gt = &mut out[key.index()];
        if gt.used.is_empty() {
            continue;
        }
        gt.strut = fonts.get(key).face.glyph_index(' ').map(|g| g.0);
        if let Some(z) = gt.strut {
            gt.used.insert(z);
            gt.text.entry(z).or_insert_with(|| " ".into());
        }
        if gt.used.iter().all(|g| gt.text.contains_key(g)) {
            continue;
        }
        let reverse = reverse_cmap(fonts, key);
        for g in &gt.used {
            if !gt.text.contains_key(g) {
                if let Some(c) = reverse.get(g) {
                    gt.text.insert(*g, c.to_string());
                }
            }
        }
    }
    out
}

fn reverse_cmap(fonts: &Fonts, key: FontKey) -> HashMap<u16, char> {
    let mut map = HashMap::new();
    let face = &fonts.get(key).face;
    if let Some(cmap) = face.tables().cmap {
        for sub in cmap.subtables {
            if !sub.is_unicode() {
                continue;
            }
            sub.codepoints(|cp| {
                if let (Some(c), Some(g)) = (char::from_u32(cp), sub.glyph_index(cp)) {
                    // Prefer the lowest code point (the base character).
                    map.entry(g.0)
                        .and_modify(|o: &mut char| *o = (*o).min(c))
                        .or_insert(c);
                }
            });
        }
    }
    map
}

/// Whether a cluster needs `/ActualText`: whenever its glyphs, read one by
/// one through the ToUnicode map, would not give back `text` — several
/// glyphs (a letter and its marks, a split ligature), a glyph that maps to
/// something else elsewhere in the document, or added directional marks.
fn needs_actual_text(text: &str, glyphs: &[u16], texts: &HashMap<u16, String>) -> bool {
    match glyphs {
        [g] => texts.get(g).map(String::as_str) != Some(text),
        _ => true,
    }
}

/// Orders a span's glyphs for poppler, which places an ActualText where
/// the span's first glyph starts and its last glyph ends: both must sit on
/// the baseline, or a raised mark (fatha, tanween) shifts the whole cluster
/// off the line and splits the word. With one base glyph, an invisible
/// strut at the base's origin opens the span.
fn order_for_span(glyphs: &mut Vec<OutGlyph>, baseline: f32, strut: Option<OutGlyph>) {
    if glyphs.iter().all(|g| g.y == baseline) {
        return;
    }
    let (mut base, raised): (Vec<OutGlyph>, Vec<OutGlyph>) =
        glyphs.drain(..).partition(|g| g.y == baseline);
    base.sort_by(|a, b| a.x.total_cmp(&b.x));
    let first = match (base.len(), strut) {
        (0, _) => None,
        (1, Some(mut s)) => {
            s.x = base[0].x;
            Some(s)
        }
        (1, None) => None,
        _ => Some(base.remove(0)),
    };
    glyphs.extend(first);
    glyphs.extend(raised);
    glyphs.extend(base);
}

/// A PDF text string: UTF-16BE with a byte order mark.
fn text_string(s: &str) -> Vec<u8> {
    let mut v = vec![0xFE, 0xFF];
    for u in s.encode_utf16() {
        v.extend(u.to_be_bytes());
    }
    v
}

fn colour(c: Rgb) -> Color {
    let (r, g, b) = c.unit();
    Color::Rgb(printpdf::Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}

fn font_id(key: FontKey) -> FontId {
    FontId(format!("F{}", key.index() + 1))
}

/// A glyph ready for the content stream.
struct OutGlyph {
    gid: u16,
    x: f32,
    y: f32,
    /// The advance the viewer applies after it, in 1/1000 em (/W).
    width: i64,
    text: Option<String>,
}

/// Builds one page's operators, tracking text state to avoid repeats.
struct PageWriter<'a> {
    ops: Vec<Op>,
    fonts: &'a Fonts<'a>,
    texts: &'a [GlyphTexts; 4],
    new_gid: &'a [HashMap<u16, u16>; 4],
    in_text: bool,
    font: Option<(FontKey, f32)>,
    fill: Option<(f32, f32, f32)>,
    page_height: f32,
    page_rtl: bool,
    /// The XObject of each picture, by its bytes' address.
    images: &'a HashMap<usize, XObjectId>,
    /// Linked text on this page: (address, rectangle in PDF coordinates).
    links: Vec<(String, [f32; 4])>,
}

impl PageWriter<'_> {
    fn begin_text(&mut self) {
        if !self.in_text {
            self.ops.push(Op::StartTextSection);
            self.in_text = true;
            // Text state does not survive ET/BT for our purposes: reset.
            self.font = None;
        }
    }

    fn end_text(&mut self) {
        if self.in_text {
            self.ops.push(Op::EndTextSection);
            self.in_text = false;
        }
    }

    fn set_fill(&mut self, c: Rgb) {
        let u = c.unit();
        if self.fill != Some(u) {
            self.ops.push(Op::SetFillColor { col: colour(c) });
            self.fill = Some(u);
        }
    }

    fn draw(&mut self, d: &Draw) {
        match d {
            Draw::Text {
                x,
                baseline,
                colour,
                line,
            } => {
                self.begin_text();
                let cluster_texts = line_texts(line, self.page_rtl);
                for (piece, texts) in line.pieces.iter().zip(&cluster_texts) {
                    let y = self.page_height - baseline;
                    match &piece.link {
                        Some(url) => {
                            self.set_fill(style::get().link);
                            self.link_box(url, x + piece.x, y, piece);
                        }
                        None => self.set_fill(*colour),
                    }
                    self.piece(piece, texts, x + piece.x, y);
                }
            }
            Draw::Image { x, y, w, h, image } => {
                self.end_text();
                let Some(id) = self.images.get(&image_key(image)) else {
                    return;
                };
                self.ops.push(Op::SaveGraphicsState);
                self.ops.push(Op::SetTransformationMatrix {
                    matrix: CurTransMat::Raw([*w, 0.0, 0.0, *h, *x, self.page_height - y - h]),
                });
                self.ops.push(Op::UseXobject {
                    id: id.clone(),
                    transform: XObjectTransform {
                        no_auto_scale: true,
                        ..XObjectTransform::default()
                    },
                });
                self.ops.push(Op::RestoreGraphicsState);
            }
            Draw::Fill { x, y, w, h, colour } => {
                self.end_text();
                self.set_fill(*colour);
                self.ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(*x),
                        y: Pt(self.page_height - y - h),
                        width: Pt(*w),
                        height: Pt(*h),
                        mode: Some(PaintMode::Fill),
                        winding_order: None,
                    },
                });
            }
            Draw::Stroke {
                x1,
                y1,
                x2,
                y2,
                colour: c,
                width,
            } => {
                self.end_text();
                self.ops.push(Op::SetOutlineColor { col: colour(*c) });
                self.ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                let p = |x: f32, y: f32| LinePoint {
                    p: Point {
                        x: Pt(x),
                        y: Pt(self.page_height - y),
                    },
                    bezier: false,
                };
                self.ops.push(Op::DrawLine {
                    line: Line {
                        points: vec![p(*x1, *y1), p(*x2, *y2)],
                        is_closed: false,
                    },
                });
            }
        }
    }

    /// Records where a linked piece lies: one box per line for each link,
    /// widened as the line's pieces of that link follow one another.
    fn link_box(&mut self, url: &str, x: f32, baseline: f32, piece: &Piece) {
        let width: f32 = piece.glyphs.iter().map(|g| g.advance).sum();
        let (bottom, top) = (baseline - piece.size * 0.25, baseline + piece.size * 0.9);
        if let Some((u, r)) = self.links.last_mut() {
            let touches = (r[0] - (x + width)).abs() < 1.0 || (r[2] - x).abs() < 1.0;
            if u == url && r[1] == bottom && touches {
                r[0] = r[0].min(x);
                r[2] = r[2].max(x + width);
                return;
            }
        }
        self.links
            .push((url.to_string(), [x, bottom, x + width, top]));
    }

    /// Draws a piece; `cluster_texts` is what each cluster must extract as.
    fn piece(&mut self, piece: &Piece, cluster_texts: &[String], x0: f32, y0: f32) {
        let key = piece.font;
        if self.font != Some((key, piece.size)) {
            self.ops.push(Op::SetFont {
                font: PdfFontHandle::External(font_id(key)),
                size: Pt(piece.size),
            });
            self.font = Some((key, piece.size));
        }
        let font = self.fonts.get(key);
        let texts = &self.texts[key.index()].text;
        let remap = &self.new_gid[key.index()];
        let mut batch: Vec<OutGlyph> = Vec::new();
        for (c, text) in piece.clusters.iter().zip(cluster_texts) {
            let glyphs = &piece.glyphs[c.glyphs.clone()];
            let ids: Vec<u16> = glyphs.iter().map(|g| g.gid).collect();
            let actual = needs_actual_text(text, &ids, texts);
            let out = glyphs.iter().map(|g| OutGlyph {
                gid: remap.get(&g.gid).copied().unwrap_or(0),
                x: x0 + g.x,
                y: y0 + g.y,
                width: font.pdf_width(g.gid),
                text: texts.get(&g.gid).cloned(),
            });
            if actual {
                self.glyphs(&mut batch, piece.size, piece.oblique);
                let mut map = BTreeMap::new();
                map.insert(
                    "ActualText".to_string(),
                    DictItem::String {
                        data: text_string(text),
                        literal: false,
                    },
                );
                self.ops.push(Op::BeginMarkedContentWithProperties {
                    tag: "Span".into(),
                    properties: DictItem::Dict { map },
                });
                let mut own: Vec<OutGlyph> = out.collect();
                let strut = self.texts[key.index()].strut.map(|z| OutGlyph {
                    gid: remap.get(&z).copied().unwrap_or(0),
                    x: 0.0,
                    y: y0,
                    width: font.pdf_width(z),
                    text: texts.get(&z).cloned(),
                });
                order_for_span(&mut own, y0, strut);
                self.glyphs(&mut own, piece.size, piece.oblique);
                self.ops.push(Op::EndMarkedContentWithProperties);
            } else {
                batch.extend(out);
            }
        }
        self.glyphs(&mut batch, piece.size, piece.oblique);
    }

    /// Shows glyphs at their positions: one text matrix per baseline, and a
    /// TJ adjustment only where the viewer's pen (which advances by /W)
    /// drifts from the layout by more than a trace. `oblique` slants the
    /// glyphs by about 12° (synthetic italic).
    fn glyphs(&mut self, glyphs: &mut Vec<OutGlyph>, size: f32, oblique: bool) {
        let mut i = 0;
        while i < glyphs.len() {
            let y = glyphs[i].y;
            let mut pen = glyphs[i].x;
            let start = i;
            let mut items: Vec<Codepoint> = Vec::new();
            while i < glyphs.len() && glyphs[i].y == y {
                let g = &glyphs[i];
                if i > start {
                    let drift = (g.x - pen) * 1000.0 / size;
                    if drift.abs() >= 1.5 {
                        let units = drift.round();
                        if let Some(last) = items.last_mut() {
                            last.offset = -units;
                        }
                        pen += units * size / 1000.0;
                    }
                }
                items.push(Codepoint {
                    gid: g.gid,
                    offset: 0.0,
                    cid: g.text.clone(),
                });
                pen += g.width as f32 * size / 1000.0;
                i += 1;
            }
            let x = glyphs[start].x;
            let matrix = if oblique {
                TextMatrix::Raw([1.0, 0.0, 0.21, 1.0, x, y])
            } else {
                TextMatrix::Translate(Pt(x), Pt(y))
            };
            self.ops.push(Op::SetTextMatrix { matrix });
            self.ops.push(Op::ShowText {
                items: vec![TextItem::GlyphIds(items)],
            });
        }
        glyphs.clear();
    }
}

/// Identifies a picture by where its bytes live: documents share them.
fn image_key(image: &crate::doc::Image) -> usize {
    image.data.as_ptr() as usize
}

/// Writes the laid-out pages as a PDF file.
pub(crate) fn write(
    doc: &Document,
    pages: &[PageOut],
    fonts: &Fonts,
) -> Result<Vec<u8>, RenderError> {
    let texts = glyph_texts(pages, fonts);
    let mut pdf = PdfDocument::new(&doc.title);
    pdf.metadata.info.producer = "tarjama".into();
    pdf.metadata.info.creator = "tarjama".into();

    let mut new_gid: [HashMap<u16, u16>; 4] = Default::default();
    for key in FontKey::ALL {
        let gt = &texts[key.index()];
        if gt.used.is_empty() {
            continue;
        }
        let loaded = fonts.get(key);
        let name = loaded.postscript_name();
        let sub = subset(loaded.data, &gt.used, &name)?;
        let mut warnings = Vec::new();
        let mut parsed =
            ParsedFont::from_bytes(&sub.bytes, 0, &mut warnings).ok_or_else(|| RenderError {
                message: format!("cannot read back the subset of {name}"),
                help: None,
            })?;
        // printpdf embeds these bytes as they are (its own subsetting needs
        // its text_layout feature); the subset tag goes into the font name.
        parsed.font_name = Some(format!("{}+{}", sub.tag, name));
        pdf.resources
            .fonts
            .map
            .insert(font_id(key), PdfFont::new(parsed));
        new_gid[key.index()] = sub.new_gid;
    }

    // Each picture once, however often it is drawn.
    let mut images: HashMap<usize, XObjectId> = HashMap::new();
    for page in pages {
        for d in &page.draws {
            if let Draw::Image { image, .. } = d {
                let key = image_key(image);
                if !images.contains_key(&key) {
                    let id = XObjectId(format!("Im{}", images.len() + 1));
                    pdf.resources
                        .xobjects
                        .map
                        .insert(id.clone(), super::image::xobject(image)?);
                    images.insert(key, id);
                }
            }
        }
    }

    let (w, h) = (doc.page.width, doc.page.height);
    for page in pages {
        let mut pw = PageWriter {
            ops: Vec::new(),
            fonts,
            texts: &texts,
            new_gid: &new_gid,
            in_text: false,
            font: None,
            fill: None,
            page_height: h,
            page_rtl: doc.direction == Direction::Rtl,
            images: &images,
            links: Vec::new(),
        };
        for d in &page.draws {
            pw.draw(d);
        }
        pw.end_text();
        // Links: a clickable box over each line's linked text.
        for (url, [x1, y1, x2, y2]) in std::mem::take(&mut pw.links) {
            pw.ops.push(Op::LinkAnnotation {
                link: LinkAnnotation::new(
                    Rect {
                        x: Pt(x1),
                        y: Pt(y1),
                        width: Pt(x2 - x1),
                        height: Pt(y2 - y1),
                        mode: None,
                        winding_order: None,
                    },
                    Actions::Uri(url),
                    Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                    Some(ColorArray::Transparent),
                    Some(HighlightingMode::Invert),
                ),
            });
        }
        let rect = Rect::from_wh(Pt(w), Pt(h));
        pdf.pages.push(PdfPage {
            media_box: rect.clone(),
            trim_box: rect.clone(),
            crop_box: rect,
            ops: pw.ops,
        });
    }

    let opts = PdfSaveOptions {
        optimize: false,
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = pdf.to_lopdf_document(&opts, &mut warnings);
    // printpdf reports misuse (text outside BT/ET, colours out of range) as
    // errors in this list: a bug here, so loud in tests.
    debug_assert!(
        !warnings
            .iter()
            .any(|w| w.severity == printpdf::PdfParseErrorSeverity::Error),
        "printpdf: {warnings:?}"
    );
    finish(&mut lo, doc)?;
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes).map_err(|e| RenderError {
        message: format!("cannot write the PDF: {e}"),
        help: None,
    })?;
    Ok(bytes)
}

/// What printpdf does not set: the language, a reading direction hint, an
/// info dictionary without dates, and a file ID that depends only on the
/// content — so the same document gives the same bytes on every run.
fn finish(lo: &mut lopdf::Document, doc: &Document) -> Result<(), RenderError> {
    use lopdf::{Dictionary, Object, StringFormat};
    let err = |e: lopdf::Error| RenderError {
        message: format!("PDF structure: {e}"),
        help: None,
    };
    // ActualText marked content and /Lang are PDF 1.4-1.5 features.
    lo.version = "1.7".into();
    let catalog = lo.catalog_mut().map_err(err)?;
    catalog.set("Lang", Object::string_literal(doc.lang.as_str()));
    if doc.direction == Direction::Rtl {
        catalog.set(
            "ViewerPreferences",
            Dictionary::from_iter(vec![("Direction", Object::Name(b"R2L".to_vec()))]),
        );
    }
    let pdf_text = |s: &str| Object::String(text_string(s), StringFormat::Hexadecimal);
    let info = Dictionary::from_iter(vec![
        ("Title", pdf_text(&doc.title)),
        ("Producer", pdf_text("tarjama")),
        ("Creator", pdf_text("tarjama")),
    ]);
    let info_id = lo.add_object(info);
    lo.trailer.set("Info", Object::Reference(info_id));
    // Unreferenced now: the info dictionary printpdf wrote (with its dates).
    lo.prune_objects();

    // The ID hashes every stream before compression (FNV-1a, 128 bits as two
    // 64-bit lanes): identical documents, identical IDs.
    let mut h = [0xcbf2_9ce4_8422_2325u64, 0x6c62_272e_07bb_0142u64];
    for obj in lo.objects.values() {
        if let Object::Stream(s) = obj {
            for (lane, hv) in h.iter_mut().enumerate() {
                for &b in s.content.iter().chain(&[lane as u8]) {
                    *hv ^= b as u64;
                    *hv = hv.wrapping_mul(0x0000_0100_0000_01b3);
                }
            }
        }
    }
    let id: Vec<u8> = h.iter().flat_map(|v| v.to_be_bytes()).collect();
    lo.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(id.clone(), StringFormat::Hexadecimal),
            Object::String(id, StringFormat::Hexadecimal),
        ]),
    );
    super::deflate::compress_streams(lo);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{Align, Inline};
    use crate::render::pdf::bidi::ParaText;
    use crate::render::pdf::paragraph::layout;
    use crate::render::pdf::paragraph::test_ctx;
    use crate::render::style;

    fn line(text: &str, dir: Direction) -> LineBox {
        let ctx = test_ctx("ar", dir);
        let para = ParaText::collect(&[Inline::plain(text)], false);
        let laid = layout(&ctx, &para, &style::get().body, 1000.0, Align::Start).unwrap();
        laid.lines[0].line.clone()
    }

    #[test]
    fn extracted_text_marks_runs_against_the_page_direction() {
        let l = line("عقد في 24 أيار/مايو (UNHCR).", Direction::Rtl);
        let texts = line_texts(&l, true);
        let flat: Vec<&String> = texts.iter().flatten().collect();
        // Latin and digits open with RLM and close with LRM.
        assert!(
            flat.iter().any(|t| t.starts_with(RLM) && t.contains('U')),
            "{flat:?}"
        );
        assert!(
            flat.iter().any(|t| t.ends_with(LRM) && t.contains('R')),
            "{flat:?}"
        );
        assert!(
            flat.iter().any(|t| t.as_str() == format!("{RLM}2")),
            "{flat:?}"
        );
        // Punctuation inside Arabic is held by RLM on both sides.
        for p in ["/", ".", "("] {
            assert!(
                flat.iter().any(|t| t.as_str() == format!("{RLM}{p}{RLM}")),
                "{p} {flat:?}"
            );
        }
        // Arabic letters carry no marks; English lines carry none at all.
        assert!(flat.iter().any(|t| t.as_str() == "ع"));
        let en = line("Held on 24 May (UNHCR).", Direction::Ltr);
        assert!(line_texts(&en, false)
            .iter()
            .flatten()
            .all(|t| !t.contains([LRM, RLM])));
    }

    #[test]
    fn arabic_cluster_text_is_stored_in_visual_order() {
        let l = line("بَ", Direction::Rtl);
        let texts = line_texts(&l, true);
        // Letter then fatha logically; poppler reads them left to right and
        // reverses them, so the stored text is fatha then letter.
        assert_eq!(texts[0][0], "\u{64E}\u{628}");
    }

    #[test]
    fn span_starts_and_ends_on_the_baseline() {
        let g = |x: f32, y: f32| OutGlyph {
            gid: 1,
            x,
            y,
            width: 500,
            text: None,
        };
        // A mark (raised) drawn before its base, as the shaper orders RTL.
        let mut v = vec![g(12.0, 105.0), g(10.0, 100.0)];
        order_for_span(&mut v, 100.0, Some(g(0.0, 100.0)));
        assert_eq!(v.len(), 3);
        assert_eq!(
            (v[0].x, v[0].y),
            (10.0, 100.0),
            "strut at the base's origin"
        );
        assert_eq!(v[1].y, 105.0);
        assert_eq!(v.last().unwrap().y, 100.0);
        // Nothing raised: untouched.
        let mut w = vec![g(20.0, 100.0), g(10.0, 100.0)];
        order_for_span(&mut w, 100.0, None);
        assert_eq!(w[0].x, 20.0);
    }

    #[test]
    fn italic_latin_is_slanted_and_arabic_is_not() {
        let ctx = test_ctx("en", Direction::Ltr);
        let italic = Inline {
            text: "Closed meeting اجتماع".into(),
            italic: true,
            ..Inline::default()
        };
        let para = ParaText::collect(&[italic], false);
        let laid = layout(&ctx, &para, &style::get().body, 1000.0, Align::Start).unwrap();
        let pieces = &laid.lines[0].line.pieces;
        assert!(pieces.iter().any(|p| p.oblique && !p.font.is_arabic()));
        assert!(pieces
            .iter()
            .filter(|p| p.font.is_arabic())
            .all(|p| !p.oblique));
    }
}

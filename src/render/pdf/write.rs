//! Stage 7: pages of shapes and glyphs into PDF bytes. printpdf writes the
//! document: pages, their content streams (from `content::ops`), pictures
//! and the mark glyphs' forms. What printpdf has no model for is added to
//! its lopdf document afterwards: the text layer's fonts (several
//! ToUnicode maps over one embedded subset, carrier codes, see
//! docs/pdf-text-layer.md), the structure tree, outline, language, XMP
//! metadata (PDF/UA-1) and fixed bytes for fixed input.

use std::collections::BTreeMap;

use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};

use super::bidi::is_control;
use super::content::{num, text_string, Content};
use super::fontres::{to_unicode, w_array, FaceRes};
use super::fonts::{FontKey, Fonts};
use super::paginate::{Draw, PageOut};
use super::reorder::LineBox;
use super::structure::{Artifact, Role, Structure, Tag};
use super::textlayer::{resource_name, used_glyphs, LineJob, MarkPath, Marks, Naturals, TextLayer};
use crate::doc::{Direction, Document};
use crate::render::style::{self, Rgb};
use crate::render::RenderError;

fn name(n: &str) -> Object {
    Object::Name(n.as_bytes().to_vec())
}

fn text_obj(s: &str) -> Object {
    Object::String(text_string(s), StringFormat::Hexadecimal)
}

fn real(v: f32) -> Object {
    Object::Real(v)
}

fn refs(ids: impl IntoIterator<Item = ObjectId>) -> Object {
    Object::Array(ids.into_iter().map(Object::Reference).collect())
}

/// Identifies a picture by where its bytes live: documents share them.
fn image_key(image: &crate::doc::Image) -> usize {
    image.data.as_ptr() as usize
}

fn lines(pages: &[PageOut]) -> impl Iterator<Item = &LineBox> {
    pages.iter().flat_map(|p| &p.draws).filter_map(|d| match d {
        Draw::Text { line, .. } => Some(&**line),
        _ => None,
    })
}

/// What is open in a page's content: nothing, an artifact, or a marked
/// content sequence of an element.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Open {
    None,
    Artifact(Option<Artifact>),
    Mcid(usize),
}

/// A page's marked content: which element each MCID belongs to.
struct Marked {
    open: Open,
    /// Element of each MCID of this page, in order.
    mcids: Vec<usize>,
    roles: Vec<Role>,
    /// Inside BT … ET, and whether what is open was opened there.
    in_text: bool,
    opened_in_text: bool,
}

impl Marked {
    fn close(&mut self, c: &mut Content) {
        if self.open != Open::None {
            c.raw("EMC");
            self.open = Open::None;
        }
    }

    fn enter(&mut self, c: &mut Content, tag: Tag) {
        match tag {
            Tag::Artifact(a) => self.artifact(c, Some(a)),
            Tag::Node(n) => {
                if self.open != Open::Mcid(n) {
                    self.close(c);
                    let role = self.roles[n].name();
                    c.begin_mcid(role, self.mcids.len());
                    self.mcids.push(n);
                    self.open = Open::Mcid(n);
                    self.opened_in_text = self.in_text;
                }
            }
        }
    }

    fn artifact(&mut self, c: &mut Content, kind: Option<Artifact>) {
        if self.open == Open::Artifact(kind) {
            return;
        }
        self.close(c);
        c.raw(match kind {
            Some(Artifact::Layout) => "/Artifact <</Type /Layout>> BDC",
            Some(Artifact::Header) => "/Artifact <</Type /Pagination /Subtype /Header>> BDC",
            Some(Artifact::Footer) => "/Artifact <</Type /Pagination /Subtype /Footer>> BDC",
            Some(Artifact::Repeated) => "/Artifact <</Type /Pagination>> BDC",
            None => "/Artifact BMC",
        });
        self.open = Open::Artifact(kind);
        self.opened_in_text = self.in_text;
    }
}

/// The line's side of `Marks`: its own content under its tag, helpers
/// as artifacts (an artifact inside an element's content is not allowed).
struct LineMarks<'m> {
    marked: &'m mut Marked,
    tag: Tag,
}

impl Marks for LineMarks<'_> {
    fn content(&mut self, c: &mut Content) {
        self.marked.enter(c, self.tag);
    }
    fn helper(&mut self, c: &mut Content) {
        match self.tag {
            // Inside page furniture a helper is furniture too.
            Tag::Artifact(a) => self.marked.artifact(c, Some(a)),
            Tag::Node(_) => self.marked.artifact(c, None),
        }
    }
    fn begin_text(&mut self, c: &mut Content) {
        c.raw("BT");
        self.marked.in_text = true;
    }
    fn end_text(&mut self, c: &mut Content) {
        if self.marked.opened_in_text {
            self.marked.close(c);
        }
        c.raw("ET");
        self.marked.in_text = false;
        self.marked.opened_in_text = false;
    }
}

/// A mark glyph as a Form XObject: its outline in font units, scaled to
/// a 1-point em by the form's matrix (the page scales it to the size).
fn mark_form(fonts: &Fonts, key: FontKey, gid: u16) -> printpdf::XObject {
    struct Pen(String, (f32, f32));
    impl ttf_parser::OutlineBuilder for Pen {
        fn move_to(&mut self, x: f32, y: f32) {
            self.0 += &format!("{} {} m\n", num(x), num(y));
            self.1 = (x, y);
        }
        fn line_to(&mut self, x: f32, y: f32) {
            self.0 += &format!("{} {} l\n", num(x), num(y));
            self.1 = (x, y);
        }
        fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
            // A quadratic Bézier as the cubic PDF draws.
            let (x0, y0) = self.1;
            let c1 = (x0 + 2.0 / 3.0 * (x1 - x0), y0 + 2.0 / 3.0 * (y1 - y0));
            let c2 = (x + 2.0 / 3.0 * (x1 - x), y + 2.0 / 3.0 * (y1 - y));
            self.curve_to(c1.0, c1.1, c2.0, c2.1, x, y);
        }
        fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
            self.0 += &format!(
                "{} {} {} {} {} {} c\n",
                num(x1),
                num(y1),
                num(x2),
                num(y2),
                num(x),
                num(y)
            );
            self.1 = (x, y);
        }
        fn close(&mut self) {
            self.0 += "h\n";
        }
    }
    let face = &fonts.get(key).face;
    let upem = fonts.get(key).upem;
    let mut pen = Pen(String::new(), (0.0, 0.0));
    let bbox = face.outline_glyph(ttf_parser::GlyphId(gid), &mut pen);
    if !pen.0.is_empty() {
        pen.0 += "f\n";
    }
    let b = bbox.map_or([0, 0, 0, 0], |r| {
        [
            r.x_min as i64,
            r.y_min as i64,
            r.x_max as i64,
            r.y_max as i64,
        ]
    });
    use printpdf::{DictItem, ExternalStream, ExternalXObject, XObject};
    let scale = DictItem::Real(1.0 / upem);
    let dict = BTreeMap::from([
        ("Type".to_string(), DictItem::Name(b"XObject".to_vec())),
        ("Subtype".to_string(), DictItem::Name(b"Form".to_vec())),
        (
            "BBox".to_string(),
            DictItem::Array(b.iter().map(|v| DictItem::Int(*v)).collect()),
        ),
        (
            "Matrix".to_string(),
            DictItem::Array(vec![
                scale.clone(),
                DictItem::Int(0),
                DictItem::Int(0),
                scale,
                DictItem::Int(0),
                DictItem::Int(0),
            ]),
        ),
        (
            "Resources".to_string(),
            DictItem::Dict {
                map: BTreeMap::new(),
            },
        ),
    ]);
    XObject::External(ExternalXObject {
        stream: ExternalStream {
            dict,
            content: pen.0.into_bytes(),
            // Deflated with the rest at the end.
            compress: true,
        },
        width: None,
        height: None,
        dpi: None,
    })
}

/// A link on a page: its address, rectangle, and the element of its text.
type LinkBox = (String, [f32; 4], Option<usize>);

/// Everything the pages share: pictures, mark forms, and what tagging and
/// links collect.
struct Shared {
    /// Resource name of each picture.
    images: BTreeMap<usize, String>,
    marks: BTreeMap<(FontKey, u16), String>,
    /// Per page: each MCID's element.
    mcids: Vec<Vec<usize>>,
    /// Per element: (page, MCID) of its content.
    content: Vec<Vec<(usize, usize)>>,
    /// Per heading element: page and top of its first line.
    dests: BTreeMap<usize, (usize, f32)>,
    /// Per page: (address, rectangle, element of the text).
    links: Vec<Vec<LinkBox>>,
}

/// Writes one page's content.
struct PageWriter<'a, 'b> {
    c: Content,
    layer: &'b mut TextLayer<'a>,
    shared: &'b mut Shared,
    marked: Marked,
    tag: Tag,
    page: usize,
    page_height: f32,
    page_rtl: bool,
    lang_of: Option<(&'static str, &'static str)>,
    /// Baselines of the text drawn so far, and the leftmost x on each.
    prev_base: Option<f32>,
    rows: Vec<(f32, f32)>,
    links: Vec<LinkBox>,
    /// The stroke colour and line width set so far on this page (no
    /// drawing between q and Q changes them).
    stroke: Option<((f32, f32, f32), f32)>,
}

impl PageWriter<'_, '_> {
    fn set_fill(&mut self, c: Rgb) {
        self.layer.set_fill(&mut self.c, c.unit());
    }

    fn enter(&mut self) {
        self.marked.enter(&mut self.c, self.tag);
    }

    fn draw(&mut self, d: &Draw) {
        match d {
            Draw::Tag(t) => self.tag = *t,
            Draw::Text {
                x,
                baseline,
                colour,
                line,
            } => self.text(*x, *baseline, *colour, line),
            Draw::Image { x, y, w, h, image } => {
                let Some(id) = self.shared.images.get(&image_key(image)).cloned() else {
                    return;
                };
                self.enter();
                self.c.raw("q");
                self.c
                    .nums(&[*w, 0.0, 0.0, *h, *x, self.page_height - y - h], "cm");
                self.c.op(&[&format!("/{id}")], "Do");
                self.c.raw("Q");
            }
            Draw::Fill { x, y, w, h, colour } => {
                self.enter();
                self.set_fill(*colour);
                self.c.nums(&[*x, self.page_height - y - h, *w, *h], "re");
                self.c.raw("f");
            }
            Draw::Stroke {
                x1,
                y1,
                x2,
                y2,
                colour,
                width,
            } => {
                self.enter();
                let u = colour.unit();
                if self.stroke != Some((u, *width)) {
                    self.c.nums(&[u.0, u.1, u.2], "RG");
                    self.c.nums(&[*width], "w");
                    self.stroke = Some((u, *width));
                }
                self.c.nums(&[*x1, self.page_height - y1], "m");
                self.c.nums(&[*x2, self.page_height - y2], "l");
                self.c.raw("S");
            }
        }
    }

    fn text(&mut self, x: f32, baseline: f32, colour: Rgb, line: &LineBox) {
        if line.pieces.is_empty() {
            return;
        }
        let base = self.page_height - baseline;
        let cell = self.prev_base.is_some_and(|b| (b - baseline).abs() < 1.0);
        self.prev_base = Some(baseline);
        let row_min = self
            .rows
            .iter()
            .find(|(b, _)| (b - baseline).abs() < 1.0)
            .map(|r| r.1);
        if let Tag::Node(n) = self.tag {
            self.shared
                .dests
                .entry(n)
                .or_insert((self.page, base + line_top(line)));
        }
        let job = LineJob {
            line,
            x,
            base,
            cell,
            row_min,
            page_rtl: self.page_rtl,
            lang_of: matches!(self.tag, Tag::Node(_))
                .then_some(self.lang_of)
                .flatten(),
            colour: colour.unit(),
            link_colour: style::get().link.unit(),
        };
        let mut marks = LineMarks {
            marked: &mut self.marked,
            tag: self.tag,
        };
        let paths = self.layer.line(&mut self.c, &job, &mut marks);
        self.links_of(line, x, base);
        self.mark_paths(&paths);
    }

    /// The link rectangles of a line: one per run of linked pieces.
    fn links_of(&mut self, line: &LineBox, x0: f32, base: f32) {
        let node = match self.tag {
            Tag::Node(n) => Some(n),
            Tag::Artifact(_) => None,
        };
        for p in &line.pieces {
            let Some(url) = &p.link else { continue };
            let width: f32 = p.glyphs.iter().map(|g| g.advance).sum();
            let x = x0 + p.x;
            let (bottom, top) = (base - 0.25 * p.size, base + 0.9 * p.size);
            if let Some((u, r, _)) = self.links.last_mut() {
                let touches = (r[0] - (x + width)).abs() < 1.0 || (r[2] - x).abs() < 1.0;
                if u == url && r[1] == bottom && touches {
                    r[0] = r[0].min(x);
                    r[2] = r[2].max(x + width);
                    continue;
                }
            }
            self.links
                .push((url.clone(), [x, bottom, x + width, top], node));
        }
    }

    fn mark_paths(&mut self, paths: &[MarkPath]) {
        if paths.is_empty() {
            return;
        }
        self.enter();
        for m in paths {
            self.layer.set_fill(&mut self.c, m.colour);
            let n = self.shared.marks.len();
            let id = self
                .shared
                .marks
                .entry((m.font, m.gid))
                .or_insert_with(|| format!("Mk{}", n + 1))
                .clone();
            self.c.raw("q");
            let skew = if m.oblique { 0.21 * m.size } else { 0.0 };
            self.c.nums(&[m.size, 0.0, skew, m.size, m.x, m.y], "cm");
            self.c.op(&[&format!("/{id}")], "Do");
            self.c.raw("Q");
        }
    }
}

/// Height of a line's tallest glyphs above its baseline, roughly (for
/// outline destinations).
fn line_top(line: &LineBox) -> f32 {
    line.pieces.iter().map(|p| p.size).fold(0.0, f32::max)
}

/// Writes the laid-out pages as a PDF file.
pub(crate) fn write(
    doc: &Document,
    pages: &[PageOut],
    st: &Structure,
    fonts: &Fonts,
) -> Result<Vec<u8>, RenderError> {
    let nat = Naturals::new(lines(pages), fonts);
    let used = used_glyphs(lines(pages), &nat, fonts);
    let mut faces: [Option<FaceRes>; 4] = Default::default();
    for key in FontKey::ALL {
        if !used[key.index()].is_empty() {
            faces[key.index()] = Some(FaceRes::new(fonts.get(key), &used[key.index()])?);
        }
    }
    let (w, h) = (doc.page.width, doc.page.height);
    let mut layer = TextLayer::new(fonts, faces, nat, w);
    let mut pdf = printpdf::PdfDocument::new(&doc.title);

    let mut shared = Shared {
        images: BTreeMap::new(),
        marks: BTreeMap::new(),
        mcids: Vec::new(),
        content: vec![Vec::new(); st.nodes.len()],
        dests: BTreeMap::new(),
        links: Vec::new(),
    };
    // Each picture once, however often it is drawn.
    for page in pages {
        for d in &page.draws {
            if let Draw::Image { image, .. } = d {
                let key = image_key(image);
                if !shared.images.contains_key(&key) {
                    let id = format!("Im{}", shared.images.len() + 1);
                    pdf.resources.xobjects.map.insert(
                        printpdf::XObjectId(id.clone()),
                        super::image::xobject(image)?,
                    );
                    shared.images.insert(key, id);
                }
            }
        }
    }
    let lang_of = match doc.direction {
        Direction::Rtl => ("", "en"),
        Direction::Ltr => ("ar", ""),
    };
    let roles: Vec<Role> = st.nodes.iter().map(|n| n.role).collect();
    let mut contents = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        layer.new_page();
        let mut rows: Vec<(f32, f32)> = Vec::new();
        for d in &page.draws {
            if let Draw::Text {
                x, baseline, line, ..
            } = d
            {
                let xs = line
                    .pieces
                    .iter()
                    .flat_map(|p| p.glyphs.iter().map(move |g| x + p.x + g.x));
                let Some(min) = xs.reduce(f32::min) else {
                    continue;
                };
                match rows.iter_mut().find(|(b, _)| (b - baseline).abs() < 1.0) {
                    Some(r) => r.1 = r.1.min(min),
                    None => rows.push((*baseline, min)),
                }
            }
        }
        let mut pw = PageWriter {
            c: Content::default(),
            layer: &mut layer,
            shared: &mut shared,
            marked: Marked {
                open: Open::None,
                mcids: Vec::new(),
                roles: roles.clone(),
                in_text: false,
                opened_in_text: false,
            },
            // Untagged drawings are layout.
            tag: Tag::Artifact(Artifact::Layout),
            page: i,
            page_height: h,
            page_rtl: poppler_rtl(page, doc.direction),
            lang_of: Some(lang_of),
            prev_base: None,
            rows,
            links: Vec::new(),
            stroke: None,
        };
        for d in &page.draws {
            pw.draw(d);
        }
        if pw.page_rtl {
            let surplus = latin_surplus(page) + pw.layer.page_marks;
            if surplus >= 0 {
                let mut marks = LineMarks {
                    marked: &mut pw.marked,
                    tag: Tag::Artifact(Artifact::Layout),
                };
                pw.layer
                    .poppler_direction(&mut pw.c, &mut marks, surplus as usize);
            }
        }
        pw.marked.close(&mut pw.c);
        let mcids = std::mem::take(&mut pw.marked.mcids);
        let links = std::mem::take(&mut pw.links);
        contents.push(std::mem::take(&mut pw.c.bytes));
        for (m, &n) in mcids.iter().enumerate() {
            shared.content[n].push((i, m));
        }
        shared.mcids.push(mcids);
        shared.links.push(links);
    }
    for ((key, gid), id) in &shared.marks {
        pdf.resources.xobjects.map.insert(
            printpdf::XObjectId(id.clone()),
            mark_form(fonts, *key, *gid),
        );
    }
    // printpdf lays out the pages around content streams tarjama writes.
    let media = printpdf::Rect::from_wh(printpdf::Pt(w), printpdf::Pt(h));
    for _ in &contents {
        pdf.pages.push(printpdf::PdfPage {
            media_box: media.clone(),
            trim_box: media.clone(),
            crop_box: media.clone(),
            ops: Vec::new(),
        });
    }
    let opts = printpdf::PdfSaveOptions {
        optimize: false,
        subset_fonts: false,
        // Not "secure": the text layer's own operators must be written.
        secure: false,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut pdf = pdf.to_lopdf_document(&opts, &mut warnings);
    // printpdf reports misuse (text outside BT/ET, colours out of range) as
    // errors in this list: a bug here, so loud in tests.
    debug_assert!(
        !warnings
            .iter()
            .any(|w| w.severity == printpdf::PdfParseErrorSeverity::Error),
        "printpdf: {warnings:?}"
    );
    for (page, bytes) in pdf.get_pages().into_values().zip(contents) {
        let stream = pdf
            .get_dictionary(page)
            .and_then(|d| d.get(b"Contents"))
            .and_then(|c| c.as_reference());
        if let Ok(Ok(stream)) =
            stream.map(|id| pdf.get_object_mut(id).and_then(|o| o.as_stream_mut()))
        {
            stream.set_content(bytes);
        }
    }
    finish(&mut pdf, doc, st, &layer, &shared, fonts)?;
    // Object streams: the structure tree's many small dictionaries
    // compress to a fraction.
    let bytes = super::serialize::save(&pdf);
    Ok(bytes)
}

/// Whether poppler should read a page right to left. It reads a whole page
/// in one direction and gets a line of the other direction right only if
/// the line holds nothing but letters of that direction: an Arabic line
/// with a comma, digits or a Latin name on a left-to-right page comes out
/// in pieces. So a page of a left-to-right document whose Arabic lines are
/// mixed (a names table with an Arabic column) reads right to left, where
/// the Latin lines (pure left-to-right) still come out whole.
fn poppler_rtl(page: &PageOut, direction: Direction) -> bool {
    use crate::bidi_class::bidi_class;
    use unicode_bidi::BidiClass;
    if direction == Direction::Rtl {
        return true;
    }
    let (mut rtl_mixed, mut ltr_mixed) = (0usize, 0usize);
    for line in lines(std::slice::from_ref(page)) {
        let chars = || {
            line.pieces
                .iter()
                .flat_map(|p| &p.clusters)
                .flat_map(|c| c.text.chars())
        };
        if line.rtl {
            let mixed = chars().any(|c| {
                matches!(bidi_class(c), BidiClass::L | BidiClass::EN | BidiClass::AN)
                    || super::textlayer::shared_punctuation(c)
            });
            rtl_mixed += mixed as usize;
        } else {
            ltr_mixed +=
                chars().any(|c| matches!(bidi_class(c), BidiClass::R | BidiClass::AL)) as usize;
        }
    }
    rtl_mixed > ltr_mixed
}

/// Latin letters minus Arabic ones on a page, as poppler counts them to
/// choose its reading direction.
fn latin_surplus(page: &PageOut) -> i64 {
    use crate::bidi_class::bidi_class;
    use unicode_bidi::BidiClass;
    let mut n = 0i64;
    for line in lines(std::slice::from_ref(page)) {
        for p in &line.pieces {
            for c in p.clusters.iter().flat_map(|c| c.text.chars()) {
                match bidi_class(c) {
                    BidiClass::L => n += 1,
                    BidiClass::R | BidiClass::AL => n -= 1,
                    _ => {}
                }
            }
        }
    }
    n
}

/// Six capital letters from a hash of `s` (a subset tag).
fn tag_of(s: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (0..6)
        .map(|i| (b'A' + ((h >> (i * 8)) % 26) as u8) as char)
        .collect()
}

/// The font objects of every face and variant; returns the resource
/// dictionary entries.
fn font_objects(pdf: &mut lopdf::Document, layer: &TextLayer, fonts: &Fonts) -> Dictionary {
    let mut res = Dictionary::new();
    // One FontName for every face: pdf.js splits its text items wherever
    // the font's name changes, and a run mixes Naskh and Sans.
    let all_tags: String = layer
        .faces
        .iter()
        .flatten()
        .map(|f| f.sub.tag.as_str())
        .collect();
    let font_name = format!("{}+Tarjama", tag_of(&all_tags));
    for face in layer.faces.iter().flatten() {
        let loaded = fonts.get(face.key);
        let ps = loaded.postscript_name();
        let base = format!("{}+{}", face.sub.tag, ps);
        let mut file = Stream::new(
            Dictionary::from_iter([("Length1", Object::Integer(face.sub.bytes.len() as i64))]),
            face.sub.bytes.clone(),
        );
        file.dict
            .set("Length1", Object::Integer(face.sub.bytes.len() as i64));
        let file_id = pdf.add_object(file);
        let f = &loaded.face;
        let scale = |v: i16| (v as f32 * 1000.0 / loaded.upem).round() as i64;
        let bbox = f.global_bounding_box();
        let descriptor = Dictionary::from_iter([
            ("Type", name("FontDescriptor")),
            ("FontName", name(&font_name)),
            ("Flags", Object::Integer(4)),
            (
                "FontBBox",
                Object::Array(
                    [bbox.x_min, bbox.y_min, bbox.x_max, bbox.y_max]
                        .iter()
                        .map(|v| Object::Integer(scale(*v)))
                        .collect(),
                ),
            ),
            ("ItalicAngle", Object::Integer(0)),
            ("Ascent", Object::Integer(scale(f.ascender()))),
            ("Descent", Object::Integer(scale(f.descender()))),
            (
                "CapHeight",
                Object::Integer(scale(f.capital_height().unwrap_or(f.ascender()))),
            ),
            ("StemV", Object::Integer(80)),
            ("FontFile2", Object::Reference(file_id)),
        ]);
        let descriptor_id = pdf.add_object(descriptor);
        let map_id = pdf.add_object(Stream::new(Dictionary::new(), face.cid_to_gid()));
        for (v, map) in face.variants.iter().enumerate() {
            let cid_font = Dictionary::from_iter([
                ("Type", name("Font")),
                ("Subtype", name("CIDFontType2")),
                ("BaseFont", name(&font_name)),
                (
                    "CIDSystemInfo",
                    Object::Dictionary(Dictionary::from_iter([
                        ("Registry", Object::string_literal("Adobe")),
                        ("Ordering", Object::string_literal("Identity")),
                        ("Supplement", Object::Integer(0)),
                    ])),
                ),
                ("FontDescriptor", Object::Reference(descriptor_id)),
                ("W", Object::Array(w_array(map))),
                ("CIDToGIDMap", Object::Reference(map_id)),
            ]);
            let cid_id = pdf.add_object(cid_font);
            let tu = pdf.add_object(Stream::new(Dictionary::new(), to_unicode(map)));
            let type0 = Dictionary::from_iter([
                ("Type", name("Font")),
                ("Subtype", name("Type0")),
                ("BaseFont", name(&base)),
                ("Encoding", name("Identity-H")),
                ("DescendantFonts", refs([cid_id])),
                ("ToUnicode", Object::Reference(tu)),
            ]);
            let id = pdf.add_object(type0);
            res.set(&resource_name(face.key, v)[1..], Object::Reference(id));
        }
    }
    res
}

/// The XMP packet: title, language, producer, PDF/UA-1.
fn xmp(doc: &Document, date: Option<&str>) -> Vec<u8> {
    let esc = |s: &str| {
        s.chars()
            .filter(|c| !is_control(*c))
            .collect::<String>()
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let dates = date
        .map(|d| format!("   <xmp:CreateDate>{d}</xmp:CreateDate>\n   <xmp:ModifyDate>{d}</xmp:ModifyDate>\n"))
        .unwrap_or_default();
    format!(
        "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n\
<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n\
 <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n\
  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n\
   <dc:format>application/pdf</dc:format>\n\
   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{title}</rdf:li></rdf:Alt></dc:title>\n\
   <dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>\n\
   <pdf:Producer>tarjama</pdf:Producer>\n\
   <xmp:CreatorTool>tarjama</xmp:CreatorTool>\n\
{dates}   <pdfuaid:part>1</pdfuaid:part>\n\
  </rdf:Description>\n\
 </rdf:RDF>\n\
</x:xmpmeta>\n\
<?xpacket end=\"w\"?>",
        title = esc(&doc.title),
        lang = esc(&doc.lang),
    )
    .into_bytes()
}

/// The build date from SOURCE_DATE_EPOCH, if set (reproducible builds):
/// the XMP form and the PDF form. Never the clock.
fn source_date() -> Option<(String, String)> {
    let secs: i64 = std::env::var("SOURCE_DATE_EPOCH")
        .ok()?
        .trim()
        .parse()
        .ok()?;
    let t = jiff::Timestamp::from_second(secs).ok()?;
    Some((
        t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
        t.strftime("D:%Y%m%d%H%M%SZ").to_string(),
    ))
}

/// Everything after the pages' content: fonts, pages, structure tree,
/// outline, links, catalog, metadata, a content-derived file ID.
fn finish(
    pdf: &mut lopdf::Document,
    doc: &Document,
    st: &Structure,
    layer: &TextLayer,
    shared: &Shared,
    fonts: &Fonts,
) -> Result<(), RenderError> {
    let err = |e: lopdf::Error| RenderError {
        message: format!("PDF structure: {e}"),
        help: None,
    };
    pdf.version = "1.7".into();
    let font_res = font_objects(pdf, layer, fonts);
    let font_res = pdf.add_object(font_res);
    // printpdf's pages, in order; their resources get the fonts.
    let page_ids: Vec<ObjectId> = pdf.get_pages().into_values().collect();
    for &id in &page_ids {
        let res = pdf
            .get_dictionary(id)
            .and_then(|p| p.get(b"Resources"))
            .and_then(Object::as_reference)
            .map_err(err)?;
        pdf.get_dictionary_mut(res)
            .map_err(err)?
            .set("Font", Object::Reference(font_res));
    }
    let node_ids: Vec<ObjectId> = st.nodes.iter().map(|_| pdf.new_object_id()).collect();
    let tree_id = pdf.new_object_id();

    // Links: an annotation each, under a Link element in the element of
    // the text it covers.
    let mut link_elems: Vec<(usize, ObjectId)> = Vec::new(); // (parent node, elem)
    let mut parent_nums: Vec<Object> = Vec::new();
    let mut annots: Vec<Vec<ObjectId>> = vec![Vec::new(); page_ids.len()];
    let mut next_key = page_ids.len() as i64;
    for (pi, links) in shared.links.iter().enumerate() {
        for (url, r, node) in links {
            let annot_id = pdf.new_object_id();
            let elem_id = pdf.new_object_id();
            let parent = node.unwrap_or(Structure::ROOT);
            let annot = Dictionary::from_iter([
                ("Type", name("Annot")),
                ("Subtype", name("Link")),
                ("Rect", Object::Array(r.iter().map(|v| real(*v)).collect())),
                ("Border", Object::Array(vec![0.into(), 0.into(), 0.into()])),
                ("F", Object::Integer(4)),
                ("Contents", text_obj(url)),
                (
                    "A",
                    Object::Dictionary(Dictionary::from_iter([
                        ("S", name("URI")),
                        ("URI", Object::string_literal(url.as_str())),
                    ])),
                ),
                ("StructParent", Object::Integer(next_key)),
            ]);
            pdf.set_object(annot_id, annot);
            let elem = Dictionary::from_iter([
                ("Type", name("StructElem")),
                ("S", name("Link")),
                ("P", Object::Reference(node_ids[parent])),
                ("Pg", Object::Reference(page_ids[pi])),
                (
                    "K",
                    Object::Dictionary(Dictionary::from_iter([
                        ("Type", name("OBJR")),
                        ("Obj", Object::Reference(annot_id)),
                    ])),
                ),
                ("Alt", text_obj(url)),
            ]);
            pdf.set_object(elem_id, elem);
            parent_nums.push(Object::Integer(next_key));
            parent_nums.push(Object::Reference(elem_id));
            next_key += 1;
            link_elems.push((parent, elem_id));
            annots[pi].push(annot_id);
        }
    }

    // Structure elements.
    let children = st.children();
    for (n, node) in st.nodes.iter().enumerate() {
        let mut kids: Vec<Object> = Vec::new();
        let first_page = shared.content[n].first().map(|(p, _)| *p);
        for &(p, m) in &shared.content[n] {
            if Some(p) == first_page {
                kids.push(Object::Integer(m as i64));
            } else {
                kids.push(Object::Dictionary(Dictionary::from_iter([
                    ("Type", name("MCR")),
                    ("Pg", Object::Reference(page_ids[p])),
                    ("MCID", Object::Integer(m as i64)),
                ])));
            }
        }
        kids.extend(children[n].iter().map(|&c| Object::Reference(node_ids[c])));
        kids.extend(
            link_elems
                .iter()
                .filter(|(p, _)| *p == n)
                .map(|(_, e)| Object::Reference(*e)),
        );
        let parent = if n == Structure::ROOT {
            tree_id
        } else {
            node_ids[node.parent]
        };
        let mut d = Dictionary::from_iter([
            ("Type", name("StructElem")),
            ("S", name(node.role.name())),
            ("P", Object::Reference(parent)),
            ("K", Object::Array(kids)),
        ]);
        if let Some(p) = first_page {
            d.set("Pg", Object::Reference(page_ids[p]));
        }
        if let Some(alt) = &node.alt {
            d.set("Alt", text_obj(alt));
        }
        if node.role == Role::TH {
            d.set(
                "A",
                Object::Dictionary(Dictionary::from_iter([
                    ("O", name("Table")),
                    ("Scope", name("Column")),
                ])),
            );
        }
        if n == Structure::ROOT {
            d.set("Lang", Object::string_literal(doc.lang.as_str()));
        }
        pdf.set_object(node_ids[n], d);
    }
    // The parent tree: per page, the element of each MCID; per link, its element.
    let mut nums: Vec<Object> = Vec::new();
    for (p, mcids) in shared.mcids.iter().enumerate() {
        nums.push(Object::Integer(p as i64));
        let arr = pdf.add_object(Object::Array(
            mcids
                .iter()
                .map(|&n| Object::Reference(node_ids[n]))
                .collect(),
        ));
        nums.push(Object::Reference(arr));
    }
    nums.extend(parent_nums);
    let parent_tree = pdf.add_object(Dictionary::from_iter([("Nums", Object::Array(nums))]));
    pdf.set_object(
        tree_id,
        Dictionary::from_iter([
            ("Type", name("StructTreeRoot")),
            ("K", Object::Reference(node_ids[Structure::ROOT])),
            ("ParentTree", Object::Reference(parent_tree)),
            ("ParentTreeNextKey", Object::Integer(next_key)),
        ]),
    );

    // Pages: their place in the structure, tab order, links.
    for (i, &id) in page_ids.iter().enumerate() {
        let page = pdf.get_dictionary_mut(id).map_err(err)?;
        page.set("StructParents", Object::Integer(i as i64));
        page.set("Tabs", name("S"));
        if annots[i].is_empty() {
            page.remove(b"Annots");
        } else {
            page.set("Annots", refs(annots[i].iter().copied()));
        }
    }

    // Outline: headings of level 1, and level 2 under the one before.
    let heads: Vec<(u8, String, usize, f32)> = st
        .nodes
        .iter()
        .enumerate()
        .filter_map(|(n, node)| {
            let (level, text) = node.outline.as_ref()?;
            let (page, y) = *shared.dests.get(&n)?;
            let text: String = text.chars().filter(|c| !is_control(*c)).collect();
            Some((*level, text, page, y))
        })
        .collect();
    let outline_id = (!heads.is_empty()).then(|| outline(pdf, &heads, &page_ids));

    let (xmp_date, pdf_date) = source_date().unzip();
    let mut meta = Stream::new(
        Dictionary::from_iter([("Type", name("Metadata")), ("Subtype", name("XML"))]),
        xmp(doc, xmp_date.as_deref()),
    );
    meta.allows_compression = false;
    let meta_id = pdf.add_object(meta);
    // printpdf's catalog, with what tagging and viewers need.
    let catalog = pdf.catalog_mut().map_err(err)?;
    for (key, value) in [
        ("Lang", Object::string_literal(doc.lang.as_str())),
        (
            "MarkInfo",
            Object::Dictionary(Dictionary::from_iter([("Marked", Object::Boolean(true))])),
        ),
        ("StructTreeRoot", Object::Reference(tree_id)),
        (
            "ViewerPreferences",
            Object::Dictionary(Dictionary::from_iter([(
                "DisplayDocTitle",
                Object::Boolean(true),
            )])),
        ),
        ("Metadata", Object::Reference(meta_id)),
    ] {
        catalog.set(key, value);
    }
    if let Some(o) = outline_id {
        catalog.set("Outlines", Object::Reference(o));
        catalog.set("PageMode", name("UseOutlines"));
    }
    let mut info = Dictionary::from_iter([
        ("Title", text_obj(&doc.title)),
        ("Producer", text_obj("tarjama")),
        ("Creator", text_obj("tarjama")),
    ]);
    if let Some(d) = pdf_date {
        info.set("CreationDate", Object::string_literal(d.as_str()));
        info.set("ModDate", Object::string_literal(d.as_str()));
    }
    let info_id = pdf.add_object(info);
    pdf.trailer.set("Info", Object::Reference(info_id));
    // Unreferenced now: printpdf's info dictionary and metadata (with the
    // clock's dates and random ids).
    prune_unreachable(pdf);

    super::deflate::compress_streams(pdf);
    // The ID hashes every stream as written (FNV-1a on 64-bit words, two
    // lanes, rotated so every bit reaches every other): identical documents,
    // identical IDs.
    let mut hv = [0xcbf2_9ce4_8422_2325u64, 0x6c62_272e_07bb_0142u64];
    for obj in pdf.objects.values() {
        if let Object::Stream(s) = obj {
            let words = s.content.chunks(8).map(|w| {
                let mut b = [0u8; 8];
                b[..w.len()].copy_from_slice(w);
                u64::from_le_bytes(b)
            });
            for w in words.chain([s.content.len() as u64]) {
                for (lane, v) in hv.iter_mut().enumerate() {
                    *v = (*v ^ w ^ lane as u64)
                        .wrapping_mul(0x0000_0100_0000_01b3)
                        .rotate_left(29);
                }
            }
        }
    }
    let id: Vec<u8> = hv.iter().flat_map(|v| v.to_be_bytes()).collect();
    pdf.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(id.clone(), StringFormat::Hexadecimal),
            Object::String(id, StringFormat::Hexadecimal),
        ]),
    );
    Ok(())
}

/// Removes the objects the trailer does not reach. lopdf's own
/// `prune_objects` keeps the reached ids in a list it searches for every
/// reference: quadratic in a document's objects, 12 % of a build with
/// 1,000 agenda items.
fn prune_unreachable(pdf: &mut lopdf::Document) {
    fn refs(object: &Object, out: &mut Vec<ObjectId>) {
        match object {
            Object::Reference(id) => out.push(*id),
            Object::Array(items) => items.iter().for_each(|o| refs(o, out)),
            Object::Dictionary(d) => d.iter().for_each(|(_, o)| refs(o, out)),
            Object::Stream(s) => s.dict.iter().for_each(|(_, o)| refs(o, out)),
            _ => {}
        }
    }
    let mut seen = std::collections::HashSet::new();
    let mut todo = Vec::new();
    pdf.trailer.iter().for_each(|(_, o)| refs(o, &mut todo));
    while let Some(id) = todo.pop() {
        if seen.insert(id) {
            if let Some(object) = pdf.objects.get(&id) {
                refs(object, &mut todo);
            }
        }
    }
    pdf.objects.retain(|id, _| seen.contains(id));
}

/// The outline (bookmarks): level-1 headings at the top, level-2 ones under
/// the level-1 heading before them. Returns the outline dictionary's id.
fn outline(
    pdf: &mut lopdf::Document,
    heads: &[(u8, String, usize, f32)],
    page_ids: &[ObjectId],
) -> ObjectId {
    let root = pdf.new_object_id();
    // (item, children) with parents resolved.
    let mut top: Vec<(usize, Vec<usize>)> = Vec::new();
    for (i, (level, ..)) in heads.iter().enumerate() {
        match top.last_mut() {
            Some((t, kids)) if *level >= 2 && heads[*t].0 <= 1 => kids.push(i),
            _ => top.push((i, Vec::new())),
        }
    }
    let ids: Vec<ObjectId> = heads.iter().map(|_| pdf.new_object_id()).collect();
    let item =
        |i: usize, parent: ObjectId, prev: Option<usize>, next: Option<usize>, kids: &[usize]| {
            let (_, text, page, y) = &heads[i];
            let mut d = Dictionary::from_iter([
                ("Title", text_obj(text)),
                ("Parent", Object::Reference(parent)),
                (
                    "Dest",
                    Object::Array(vec![
                        Object::Reference(page_ids[*page]),
                        name("XYZ"),
                        Object::Null,
                        real(*y),
                        Object::Null,
                    ]),
                ),
            ]);
            if let Some(p) = prev {
                d.set("Prev", Object::Reference(ids[p]));
            }
            if let Some(n) = next {
                d.set("Next", Object::Reference(ids[n]));
            }
            if let (Some(f), Some(l)) = (kids.first(), kids.last()) {
                d.set("First", Object::Reference(ids[*f]));
                d.set("Last", Object::Reference(ids[*l]));
                d.set("Count", Object::Integer(kids.len() as i64));
            }
            d
        };
    for (t, (i, kids)) in top.iter().enumerate() {
        let prev = t.checked_sub(1).map(|p| top[p].0);
        let next = top.get(t + 1).map(|n| n.0);
        let d = item(*i, root, prev, next, kids);
        pdf.set_object(ids[*i], d);
        for (k, &c) in kids.iter().enumerate() {
            let prev = k.checked_sub(1).map(|p| kids[p]);
            let next = kids.get(k + 1).copied();
            let d = item(c, ids[*i], prev, next, &[]);
            pdf.set_object(ids[c], d);
        }
    }
    let total = heads.len() as i64;
    pdf.set_object(
        root,
        Dictionary::from_iter([
            ("Type", name("Outlines")),
            ("First", Object::Reference(ids[top[0].0])),
            ("Last", Object::Reference(ids[top[top.len() - 1].0])),
            ("Count", Object::Integer(total)),
        ]),
    );
    root
}

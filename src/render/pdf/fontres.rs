//! The fonts of the text layer. Each face is embedded once as a subset; over
//! it sit as many PDF fonts ("variants") as it takes for every code to have
//! one ToUnicode text and one width. Codes past the subset's glyphs are
//! carriers: an empty glyph of no width (the zero width space's) that only
//! adds text, such as the harakat of a letter whose marks are drawn as paths.

use std::collections::{BTreeMap, BTreeSet};

use super::fonts::{FontKey, LoadedFont};
use super::subset::{subset, Subset};
use crate::render::RenderError;

/// Every code (CID) pdf.js applies word spacing to: the space's must be it.
pub const SPACE_CID: u16 = 32;

/// The code of the empty glyph, so that pdf.js, which reads a code without
/// a ToUnicode entry as the character of its number, reads `<`: a
/// character it leaves out of a line holding right-to-left text (see
/// `TextLayer::opener`).
pub const OPENER_CID: u16 = 0x3C;

/// A carrier's text, advance (1/1000 em) and the full-font glyph it draws
/// (`None`: the empty glyph).
pub type Carrier = (String, i64, Option<u16>);

/// One face's subset and the PDF fonts over it.
pub struct FaceRes {
    pub key: FontKey,
    pub sub: Subset,
    /// Glyphs in the subset program.
    pub glyphs: u16,
    /// Full-font glyph id of the space, if the face has one.
    pub space_gid: Option<u16>,
    /// The subset glyph of the space.
    space_sub: Option<u16>,
    /// The subset glyph carriers draw: empty and of no width, so the
    /// widths in the font and in /W agree (PDF/UA).
    empty_sub: Option<u16>,
    /// Default advances (1/1000 em) of the full font's glyphs used.
    widths: Vec<i64>,
    /// The code of each full-font glyph used, by glyph id: asked for every
    /// glyph drawn (the subset's hash map took a twentieth of the text
    /// layer's time).
    codes: Vec<u16>,
    /// First carrier code.
    pub carrier_base: u16,
    /// (text, width, glyph drawn) of each carrier, by code - carrier_base;
    /// the glyph is the empty one unless a subset glyph is named.
    pub carriers: Vec<Carrier>,
    carrier_of: BTreeMap<Carrier, u16>,
    /// Per variant: by code, its (text, width). Indexed by code: asked
    /// for every glyph drawn.
    pub variants: Vec<Variant>,
}

impl FaceRes {
    /// Subsets `font` to `used` glyphs (full-font ids; the space is added).
    pub fn new(font: &LoadedFont, used: &BTreeSet<u16>) -> Result<FaceRes, RenderError> {
        let space_gid = font.face.glyph_index(' ').map(|g| g.0);
        let empty_gid = empty_glyph(font);
        let mut used = used.clone();
        used.extend(space_gid);
        used.extend(empty_gid);
        used.insert(0);
        let name = font.postscript_name();
        let sub = subset(font.data, &used, &name)?;
        let glyphs = ttf_parser::Face::parse(&sub.bytes, 0)
            .map(|f| f.number_of_glyphs())
            .unwrap_or_else(|_| sub.new_gid.values().copied().max().unwrap_or(0) + 1);
        let space_sub = space_gid.and_then(|g| sub.new_gid.get(&g).copied());
        let empty_sub = empty_gid.and_then(|g| sub.new_gid.get(&g).copied());
        // By glyph id (a face has a few thousand): looked up for every glyph drawn.
        let mut widths = vec![0; used.last().map_or(0, |&g| g as usize + 1)];
        for &g in &used {
            widths[g as usize] = font.pdf_width(g);
        }
        let mut res = FaceRes {
            key: font.key,
            carrier_base: glyphs.max(SPACE_CID + 1).max(OPENER_CID + 1),
            sub,
            glyphs,
            space_gid,
            space_sub,
            empty_sub,
            widths,
            codes: Vec::new(),
            carriers: Vec::new(),
            carrier_of: BTreeMap::new(),
            variants: Vec::new(),
        };
        // A glyph outside the subset draws as its glyph 0.
        let missing = res.opener_swap(res.space_swap(0));
        res.codes = vec![missing; res.widths.len()];
        for &g in &used {
            res.codes[g as usize] = res.code_of(g);
        }
        Ok(res)
    }

    /// Whether carriers can be drawn (the face has an empty glyph of no
    /// width, and a space for pdf.js's word spacing).
    pub fn has_carriers(&self) -> bool {
        self.empty_sub.is_some() && self.space_sub.is_some()
    }

    /// The code of full-font glyph `gid`: its subset glyph id, with the
    /// space and code 32, then the empty glyph and code 60, swapped
    /// (`cid_to_gid` undoes it).
    pub fn code(&self, gid: u16) -> u16 {
        match self.codes.get(gid as usize) {
            Some(&c) => c,
            None => self.code_of(gid),
        }
    }

    /// `code`, worked out from the subset's numbering.
    fn code_of(&self, gid: u16) -> u16 {
        let sub = self.sub.new_gid.get(&gid).copied().unwrap_or(0);
        self.opener_swap(self.space_swap(sub))
    }

    fn space_swap(&self, x: u16) -> u16 {
        swap(x, self.space_sub, SPACE_CID)
    }

    fn opener_swap(&self, x: u16) -> u16 {
        swap(x, self.empty_sub.map(|e| self.space_swap(e)), OPENER_CID)
    }

    /// The advance of full-font glyph `gid` in 1/1000 em (its hmtx width).
    pub fn width(&self, gid: u16) -> i64 {
        self.widths.get(gid as usize).copied().unwrap_or(0)
    }

    /// The code of a carrier with this text and advance, drawing the
    /// empty glyph or (`ink`, a full-font glyph of no advance in the subset)
    /// another.
    pub fn carrier(&mut self, text: &str, width: i64, ink: Option<u16>) -> u16 {
        let key = (text.to_string(), width, ink);
        if let Some(&c) = self.carrier_of.get(&key) {
            return c;
        }
        let c = self.carrier_base + self.carriers.len() as u16;
        self.carriers.push(key.clone());
        self.carrier_of.insert(key, c);
        c
    }

    /// The first variant where `code` has (or can take) this text and width.
    pub fn variant(&mut self, code: u16, text: &str, width: i64) -> usize {
        let at = code as usize;
        for (i, v) in self.variants.iter_mut().enumerate() {
            match v.get(at) {
                Some(Some((t, w))) if *w == width && t == text => return i,
                Some(Some(_)) => {}
                _ => {
                    *slot(v, code, None) = Some((text.to_string(), width));
                    return i;
                }
            }
        }
        let mut v = Vec::new();
        *slot(&mut v, code, None) = Some((text.to_string(), width));
        self.variants.push(v);
        self.variants.len() - 1
    }

    /// The CIDToGIDMap stream: codes to subset glyphs, 2 bytes each.
    pub fn cid_to_gid(&self) -> Vec<u8> {
        let n = self.carrier_base as usize + self.carriers.len();
        let mut out = Vec::with_capacity(2 * n);
        for cid in 0..n {
            let cid = cid as u16;
            let gid = if cid >= self.carrier_base {
                let ink = self.carriers[(cid - self.carrier_base) as usize].2;
                ink.and_then(|g| self.sub.new_gid.get(&g).copied())
                    .or(self.empty_sub)
                    .unwrap_or(0)
            } else {
                match self.space_swap(self.opener_swap(cid)) {
                    sub if sub < self.glyphs => sub,
                    _ => 0,
                }
            };
            out.extend(gid.to_be_bytes());
        }
        out
    }
}

/// One PDF font of a face: by code, the text and width it has there.
pub type Variant = Vec<Option<(String, i64)>>;

/// `v[i]`, growing `v` with `fill` to reach it: the tables by glyph id or
/// code of the text layer.
pub fn slot<T: Clone>(v: &mut Vec<T>, i: u16, fill: T) -> &mut T {
    let i = i as usize;
    if v.len() <= i {
        v.resize(i + 1, fill);
    }
    &mut v[i]
}

/// The codes a variant has, in order, with their text and width.
fn entries(v: &Variant) -> impl Iterator<Item = (u16, &String, i64)> {
    v.iter()
        .enumerate()
        .filter_map(|(c, e)| e.as_ref().map(|(t, w)| (c as u16, t, *w)))
}

/// `x` with `a` and `b` exchanged (nothing if `a` is `None`).
fn swap(x: u16, a: Option<u16>, b: u16) -> u16 {
    match a {
        Some(a) if x == a => b,
        Some(a) if x == b => a,
        _ => x,
    }
}

/// A glyph with no outline and no advance (that of a zero width space or
/// a byte order mark), if the face has one.
pub fn empty_glyph(font: &LoadedFont) -> Option<u16> {
    struct Any(bool);
    impl ttf_parser::OutlineBuilder for Any {
        fn move_to(&mut self, _: f32, _: f32) {
            self.0 = true;
        }
        fn line_to(&mut self, _: f32, _: f32) {}
        fn quad_to(&mut self, _: f32, _: f32, _: f32, _: f32) {}
        fn curve_to(&mut self, _: f32, _: f32, _: f32, _: f32, _: f32, _: f32) {}
        fn close(&mut self) {}
    }
    ['\u{200B}', '\u{FEFF}', '\u{200C}', '\u{200D}']
        .iter()
        .find_map(|&c| {
            let g = font.face.glyph_index(c)?;
            let mut ink = Any(false);
            font.face.outline_glyph(g, &mut ink);
            (font.face.glyph_hor_advance(g) == Some(0) && !ink.0).then_some(g.0)
        })
}

/// Whether a face can take carriers (see `FaceRes::has_carriers`).
pub fn carriers_possible(font: &LoadedFont) -> bool {
    font.face.glyph_index(' ').is_some() && empty_glyph(font).is_some()
}

/// A ToUnicode CMap for one variant.
pub fn to_unicode(map: &Variant) -> Vec<u8> {
    let mut s = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    // A code with no text has no entry (pdf.js then reads its number).
    let entries: Vec<(u16, &String)> = entries(map)
        .filter(|(_, t, _)| !t.is_empty())
        .map(|(c, t, _)| (c, t))
        .collect();
    for chunk in entries.chunks(100) {
        s.push_str(&format!("{} beginbfchar\n", chunk.len()));
        for (code, text) in chunk {
            s.push_str(&format!("<{code:04X}> <"));
            for u in text.encode_utf16() {
                s.push_str(&format!("{u:04X}"));
            }
            s.push_str(">\n");
        }
        s.push_str("endbfchar\n");
    }
    s.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    s.into_bytes()
}

/// A CIDFont /W array: runs of consecutive codes as `c [w1 w2 …]`.
pub fn w_array(map: &Variant) -> Vec<lopdf::Object> {
    use lopdf::Object;
    let mut out = Vec::new();
    let mut run: Vec<Object> = Vec::new();
    let mut start = 0u16;
    let mut next = None;
    for (code, _, w) in entries(map) {
        if next != Some(code) && !run.is_empty() {
            out.push(Object::Integer(start as i64));
            out.push(Object::Array(std::mem::take(&mut run)));
        }
        if run.is_empty() {
            start = code;
        }
        run.push(Object::Integer(w));
        next = code.checked_add(1);
    }
    if !run.is_empty() {
        out.push(Object::Integer(start as i64));
        out.push(Object::Array(run));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::pdf::fonts::FontSet;

    #[test]
    fn space_is_code_32_and_variants_keep_one_text_per_code() {
        let set = FontSet::bundled();
        let fonts = set.load().unwrap();
        let f = fonts.get(FontKey::Sans);
        let a = f.face.glyph_index('a').unwrap().0;
        let used: BTreeSet<u16> = [a].into();
        let mut r = FaceRes::new(f, &used).unwrap();
        assert!(r.has_carriers());
        let sp = r.space_gid.unwrap();
        assert_eq!(r.code(sp), SPACE_CID);
        let code = r.code(a);
        assert_eq!(r.variant(code, "a", 500), 0);
        assert_eq!(r.variant(code, "a", 500), 0);
        assert_eq!(
            r.variant(code, "\u{e1}", 500),
            1,
            "another text: another font"
        );
        assert_eq!(r.variant(code, "a", 1), 2, "another width: another font");
        let c1 = r.carrier("\u{64E}", 0, None);
        assert!(c1 >= r.carrier_base && c1 > SPACE_CID);
        assert_eq!(r.carrier("\u{64E}", 0, None), c1);
        assert_ne!(r.carrier("\u{64F}", 0, None), c1);
        let map = r.cid_to_gid();
        let gid_of =
            |cid: u16| u16::from_be_bytes([map[2 * cid as usize], map[2 * cid as usize + 1]]);
        assert_eq!(gid_of(SPACE_CID), r.sub.new_gid[&sp]);
        assert_eq!(gid_of(code), r.sub.new_gid[&a]);
        let zwsp = f.face.glyph_index('\u{200B}').unwrap().0;
        assert_eq!(
            gid_of(c1),
            r.sub.new_gid[&zwsp],
            "a carrier draws an empty glyph of no width"
        );
        let tu = String::from_utf8(to_unicode(&r.variants[0])).unwrap();
        assert!(tu.contains(&format!("<{code:04X}> <0061>")), "{tu}");
        let w = w_array(&r.variants[0]);
        assert_eq!(w[0], lopdf::Object::Integer(code as i64));
    }
}

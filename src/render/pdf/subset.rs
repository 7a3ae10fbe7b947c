//! Font subsetting for embedding: keep only the glyphs a document draws
//! (with `subsetter`), renumber them, and name the subset the PDF way (ABCDEF+Name).

use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeSet;

use crate::render::RenderError;

/// A subset font program and how its glyph ids relate to the full font's.
pub struct Subset {
    pub bytes: Vec<u8>,
    /// Full-font glyph id to subset glyph id.
    pub new_gid: HashMap<u16, u16>,
    /// Six capital letters that identify this subset (PDF 9.6.4).
    pub tag: String,
}

/// Subsets `font` to `used` glyph ids (ascending, so the renumbering is
/// stable from run to run).
pub fn subset(font: &[u8], used: &BTreeSet<u16>, name: &str) -> Result<Subset, RenderError> {
    let mut remapper = subsetter::GlyphRemapper::new();
    for &gid in used {
        remapper.remap(gid);
    }
    let bytes = subsetter::subset(font, 0, &remapper).map_err(|e| RenderError {
        message: format!("cannot subset font {name}: {e}"),
        help: None,
    })?;
    let bytes = strip_hinting(&bytes);
    let new_gid = used
        .iter()
        .filter_map(|&g| remapper.get(g).map(|n| (g, n)))
        .collect();
    Ok(Subset {
        tag: tag_for(name, used),
        bytes,
        new_gid,
    })
}

/// Removes what a PDF viewer does not need from a subset TrueType font:
/// hinting (the `cvt `, `fpgm`, `prep` tables and every glyph's
/// instructions, about 40 % of a Noto subset) and glyph names (`post`
/// becomes version 3). Returns the font unchanged if it is not `glyf`-based
/// or does not parse.
pub fn strip_hinting(font: &[u8]) -> Vec<u8> {
    strip(font).unwrap_or_else(|| font.to_vec())
}

fn be16(d: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(d.get(at..at + 2)?.try_into().ok()?))
}

fn be32(d: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(d.get(at..at + 4)?.try_into().ok()?))
}

fn strip(font: &[u8]) -> Option<Vec<u8>> {
    let count = be16(font, 4)? as usize;
    let mut tables: Vec<([u8; 4], Vec<u8>)> = Vec::with_capacity(count);
    for i in 0..count {
        let rec = 12 + 16 * i;
        let tag: [u8; 4] = font.get(rec..rec + 4)?.try_into().ok()?;
        let off = be32(font, rec + 8)? as usize;
        let len = be32(font, rec + 12)? as usize;
        tables.push((tag, font.get(off..off + len)?.to_vec()));
    }
    let find =
        |tables: &[([u8; 4], Vec<u8>)], t: &[u8; 4]| tables.iter().position(|(tag, _)| tag == t);
    let head = find(&tables, b"head")?;
    let loca = find(&tables, b"loca")?;
    let glyf = find(&tables, b"glyf")?;
    let maxp = find(&tables, b"maxp")?;
    let long = be16(&tables[head].1, 50)? == 1;
    let glyphs = be16(&tables[maxp].1, 4)? as usize;
    let old_loca = std::mem::take(&mut tables[loca].1);
    let offset = |i: usize| -> Option<usize> {
        let l = &old_loca;
        Some(if long {
            be32(l, 4 * i)? as usize
        } else {
            be16(l, 2 * i)? as usize * 2
        })
    };

    // New glyf without instructions, with a long loca.
    let old = std::mem::take(&mut tables[glyf].1);
    let mut new_glyf = Vec::with_capacity(old.len());
    let mut new_loca = Vec::with_capacity(4 * (glyphs + 1));
    for i in 0..glyphs {
        new_loca.extend((new_glyf.len() as u32).to_be_bytes());
        let g = old.get(offset(i)?..offset(i + 1)?)?;
        if g.is_empty() {
            continue;
        }
        let contours = be16(g, 0)? as i16;
        if contours >= 0 {
            let n = contours as usize;
            let il_at = 10 + 2 * n;
            let il = be16(g, il_at)? as usize;
            new_glyf.extend_from_slice(g.get(..il_at)?);
            new_glyf.extend([0, 0]);
            new_glyf.extend_from_slice(g.get(il_at + 2 + il..)?);
        } else {
            // Composite: keep the components, clear WE_HAVE_INSTRUCTIONS,
            // drop the instructions after them.
            let mut at = 10;
            new_glyf.extend_from_slice(g.get(..10)?);
            loop {
                let flags = be16(g, at)?;
                let mut len = 4 + if flags & 0x0001 != 0 { 4 } else { 2 };
                len += if flags & 0x0008 != 0 {
                    2
                } else if flags & 0x0040 != 0 {
                    4
                } else if flags & 0x0080 != 0 {
                    8
                } else {
                    0
                };
                let comp = g.get(at..at + len)?;
                new_glyf.extend((flags & !0x0100).to_be_bytes());
                new_glyf.extend_from_slice(&comp[2..]);
                at += len;
                if flags & 0x0020 == 0 {
                    break;
                }
            }
        }
        while new_glyf.len() % 4 != 0 {
            new_glyf.push(0);
        }
    }
    new_loca.extend((new_glyf.len() as u32).to_be_bytes());
    tables[glyf].1 = new_glyf;
    tables[loca].1 = new_loca;
    tables[head]
        .1
        .get_mut(50..52)?
        .copy_from_slice(&1u16.to_be_bytes());
    if let Some(post) = find(&tables, b"post") {
        let p = &mut tables[post].1;
        if p.len() >= 32 {
            p.truncate(32);
            p[..4].copy_from_slice(&0x0003_0000u32.to_be_bytes());
        }
    }
    tables.retain(|(tag, _)| !matches!(tag, b"cvt " | b"fpgm" | b"prep"));
    Some(assemble(tables))
}

/// Writes an sfnt from its tables (sorted by tag), with checksums and
/// `head.checkSumAdjustment` as the OpenType spec asks.
fn assemble(mut tables: Vec<([u8; 4], Vec<u8>)>) -> Vec<u8> {
    fn checksum(d: &[u8]) -> u32 {
        d.chunks(4).fold(0u32, |acc, c| {
            let mut w = [0u8; 4];
            w[..c.len()].copy_from_slice(c);
            acc.wrapping_add(u32::from_be_bytes(w))
        })
    }
    tables.sort_by_key(|t| t.0);
    if let Some((_, head)) = tables.iter_mut().find(|(t, _)| t == b"head") {
        if head.len() >= 12 {
            head[8..12].fill(0);
        }
    }
    let n = tables.len() as u16;
    let pow = 1u16 << (15 - n.max(1).leading_zeros());
    let mut out = Vec::new();
    out.extend(0x0001_0000u32.to_be_bytes());
    out.extend(n.to_be_bytes());
    out.extend((pow * 16).to_be_bytes());
    out.extend((pow.trailing_zeros() as u16).to_be_bytes());
    out.extend((n * 16 - pow * 16).to_be_bytes());
    let mut offset = 12 + 16 * tables.len();
    let mut head_at = None;
    for (tag, data) in &tables {
        if tag == b"head" {
            head_at = Some(offset);
        }
        out.extend(tag);
        out.extend(checksum(data).to_be_bytes());
        out.extend((offset as u32).to_be_bytes());
        out.extend((data.len() as u32).to_be_bytes());
        offset += data.len().div_ceil(4) * 4;
    }
    for (_, data) in &tables {
        out.extend(data);
        out.resize(out.len().div_ceil(4) * 4, 0);
    }
    if let Some(at) = head_at {
        let adj = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
        out[at + 8..at + 12].copy_from_slice(&adj.to_be_bytes());
    }
    out
}

/// A tag derived from the font and its glyph set (FNV-1a), so the same
/// document always gets the same name and different subsets differ.
fn tag_for(name: &str, used: &BTreeSet<u16>) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    };
    name.bytes().for_each(&mut eat);
    for g in used {
        g.to_be_bytes().into_iter().for_each(&mut eat);
    }
    (0..6)
        .map(|i| (b'A' + ((h >> (i * 8)) % 26) as u8) as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::pdf::fonts::{FontKey, FontSet};

    #[test]
    fn subset_is_small_and_renumbered() {
        let set = FontSet::bundled();
        let full = set.bytes(FontKey::Sans);
        let face = ttf_parser::Face::parse(full, 0).unwrap();
        let used: BTreeSet<u16> = "Geneva"
            .chars()
            .map(|c| face.glyph_index(c).unwrap().0)
            .collect();
        let s = subset(full, &used, "NotoSans-Regular").unwrap();
        assert!(s.bytes.len() < full.len() / 50, "{} bytes", s.bytes.len());
        // New ids are 1..=n in the order of the old ones (0 is .notdef).
        let mut news: Vec<u16> = used.iter().map(|g| s.new_gid[g]).collect();
        news.sort();
        assert_eq!(news, (1..=used.len() as u16).collect::<Vec<_>>());
        // The subset still draws the same glyph under its new id.
        let sub = ttf_parser::Face::parse(&s.bytes, 0).unwrap();
        let e = face.glyph_index('e').unwrap();
        assert_eq!(
            sub.glyph_hor_advance(ttf_parser::GlyphId(s.new_gid[&e.0])),
            face.glyph_hor_advance(e)
        );
        // Hinting and glyph names are gone, outlines stay.
        for t in ["fpgm", "prep", "cvt "] {
            let tag = ttf_parser::Tag::from_bytes(t.as_bytes().try_into().unwrap());
            assert!(sub.raw_face().table(tag).is_none(), "{t} kept");
        }
        let g = ttf_parser::GlyphId(s.new_gid[&e.0]);
        assert_eq!(sub.glyph_bounding_box(g), face.glyph_bounding_box(e));
        struct Count(usize);
        impl ttf_parser::OutlineBuilder for Count {
            fn move_to(&mut self, _: f32, _: f32) {
                self.0 += 1
            }
            fn line_to(&mut self, _: f32, _: f32) {
                self.0 += 1
            }
            fn quad_to(&mut self, _: f32, _: f32, _: f32, _: f32) {
                self.0 += 1
            }
            fn curve_to(&mut self, _: f32, _: f32, _: f32, _: f32, _: f32, _: f32) {
                self.0 += 1
            }
            fn close(&mut self) {}
        }
        let (mut a, mut b) = (Count(0), Count(0));
        face.outline_glyph(e, &mut a);
        sub.outline_glyph(g, &mut b);
        assert!(a.0 > 0);
        assert_eq!(a.0, b.0);
        assert_eq!(s.tag.len(), 6);
        assert!(s.tag.chars().all(|c| c.is_ascii_uppercase()));
        assert_eq!(s.tag, subset(full, &used, "NotoSans-Regular").unwrap().tag);
    }
}

//! Font subsetting for embedding: keep only the glyphs a document draws
//! (with `subsetter`), renumber them, and name the subset the PDF way (ABCDEF+Name).

use std::collections::{BTreeSet, HashMap};

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
        assert!(s.bytes.len() < full.len() / 20, "{} bytes", s.bytes.len());
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
        assert_eq!(s.tag.len(), 6);
        assert!(s.tag.chars().all(|c| c.is_ascii_uppercase()));
        assert_eq!(s.tag, subset(full, &used, "NotoSans-Regular").unwrap().tag);
    }
}

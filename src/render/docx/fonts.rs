//! Fonts embedded in the DOCX, so that Word and LibreOffice on a machine
//! without Noto show the document as the PDF does: each face subset to the
//! characters the document uses (its layout tables kept, so Arabic still
//! joins), obfuscated as ECMA-376 requires (part 1, 17.8.1).

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, LazyLock, Mutex};

use read_fonts::collections::IntSet;
use read_fonts::types::{GlyphId, NameId, Tag};
use read_fonts::FontRef;

use super::archive::Packed;
use crate::render::pdf::{FontKey, FontSet};
use crate::render::RenderError;

/// One embedded face: the family it belongs to, whether it is the bold one,
/// its obfuscation key and its obfuscated bytes, compressed.
#[derive(Clone)]
pub struct EmbeddedFont {
    pub family: String,
    pub bold: bool,
    /// "{8-4-4-4-12}" hex GUID, also written in the font table.
    pub key: String,
    /// The obfuscated face, deflated once and copied as it is into every
    /// DOCX that embeds the same cut.
    pub packed: Arc<Packed>,
}

/// What a cut depends on: the font file (its bytes live as long as the
/// process), the face, the family and the characters outside the fixed
/// repertoire.
type CutKey = (usize, usize, FontKey, String, Vec<char>);

/// Cuts made so far in this process: most documents of a build (and of a
/// batch) need the same ones, and subsetting and deflating a face costs
/// more than writing the rest of a DOCX.
static CUTS: LazyLock<Mutex<HashMap<CutKey, EmbeddedFont>>> = LazyLock::new(Default::default);
/// Bounded, as the shaping cache is: a batch of many events whose names
/// need other characters starts afresh past this many cuts.
const CUTS_MAX: usize = 64;

/// The faces the document's text needs, subset and obfuscated. `latin`
/// and `arabic` are the family names the styles use.
pub fn embed(
    text: &BTreeSet<char>,
    fonts: &FontSet,
    latin: &str,
    arabic: &str,
) -> Result<Vec<EmbeddedFont>, RenderError> {
    let has_arabic = text
        .iter()
        .any(|c| matches!(*c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF));
    let mut out = Vec::new();
    for key in FontKey::ALL {
        if key.is_arabic() && !has_arabic {
            continue;
        }
        let family = if key.is_arabic() { arabic } else { latin };
        let bytes = fonts.bytes(key);
        let extras: Vec<char> = text
            .iter()
            .copied()
            .filter(|&c| !COMMON_REPERTOIRE.iter().any(|r| r.contains(&(c as u32))))
            .collect();
        let cut_key = (
            bytes.as_ptr() as usize,
            bytes.len(),
            key,
            family.to_string(),
            extras,
        );
        if let Some(f) = lock(&CUTS).get(&cut_key) {
            out.push(f.clone());
            continue;
        }
        let subset = subset(bytes, text).map_err(|why| RenderError {
            message: format!("cannot embed {} in the DOCX: {why}", key.file_name()),
            help: Some("the font file may be damaged; try the bundled fonts".into()),
        })?;
        let key_guid = guid(&subset, family, key.is_bold());
        let packed = Packed::deflated(&obfuscate(subset, &key_guid)).map_err(|e| RenderError {
            message: format!("cannot compress {} for the DOCX: {e}", key.file_name()),
            help: None,
        })?;
        let font = EmbeddedFont {
            family: family.to_string(),
            bold: key.is_bold(),
            key: key_guid,
            packed: Arc::new(packed),
        };
        let mut cuts = lock(&CUTS);
        if cuts.len() >= CUTS_MAX {
            cuts.clear();
        }
        cuts.insert(cut_key, font.clone());
        drop(cuts);
        out.push(font);
    }
    Ok(out)
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A panic elsewhere cannot leave a half-written entry: insert is whole.
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Characters every embedded face keeps (those the face has).
const COMMON_REPERTOIRE: &[std::ops::RangeInclusive<u32>] = &[
    0x20..=0x7E,     // Basic Latin
    0xA0..=0x17F,    // Latin-1 Supplement, Latin Extended-A
    0x200B..=0x200F, // zero-width space, (non-)joiners, direction marks
    0x2010..=0x2027, // dashes, quotes, bullet, ellipsis
    0x202F..=0x202F, // narrow no-break space (French)
    0x2039..=0x203A, // single guillemets
    0x2066..=0x2069, // direction isolates
    0x20AC..=0x20AC, // euro sign
    0x060C..=0x06FF, // Arabic: punctuation, letters, harakat, digits
];

/// OpenType features applied by default in Latin and Arabic shaping.
const SHAPING_FEATURES: &[&[u8; 4]] = &[
    b"ccmp", b"locl", b"rlig", b"liga", b"clig", b"calt", b"rclt", b"kern", b"mark", b"mkmk",
    b"curs", b"dist", b"isol", b"init", b"medi", b"med2", b"fina", b"fin2", b"fin3", b"mset",
    b"stch",
];

/// The face cut down to `text`'s characters (and everything the layout
/// tables reach from them: joining forms, ligatures, marks).
fn subset(font: &[u8], text: &BTreeSet<char>) -> Result<Vec<u8>, String> {
    let font = FontRef::new(font).map_err(|e| e.to_string())?;
    let mut unicodes = IntSet::<u32>::empty();
    for c in text {
        unicodes.insert(*c as u32);
    }
    // Every face is also cut to the same fixed repertoire, whatever the
    // document: LibreOffice keeps the first embedded "Noto Sans" it meets
    // in a session for every later document, so subsets that differ from
    // document to document lose characters when several are open. The
    // repertoire covers what the four languages' documents use and what
    // an editor types (no-break and thin spaces, dashes, quotes).
    for range in COMMON_REPERTOIRE {
        unicodes.insert_range(range.clone());
    }
    let mut drop_tables = IntSet::<Tag>::empty();
    drop_tables.extend(skera::DEFAULT_DROP_TABLES.iter().copied());
    let mut scripts = IntSet::<Tag>::empty();
    scripts.invert();
    // The features a shaper applies on its own (Word and LibreOffice offer
    // no others for these fonts): small capitals, old-style figures and
    // the like would only add glyphs.
    let mut features = IntSet::<Tag>::empty();
    features.extend(SHAPING_FEATURES.iter().map(|t| Tag::new(t)));
    let mut name_ids = IntSet::<NameId>::empty();
    name_ids.insert_range(NameId::from(0)..=NameId::from(6));
    let mut languages = IntSet::<u16>::empty();
    languages.insert(0x0409);
    let plan = skera::Plan::new(
        &IntSet::<GlyphId>::empty(),
        &unicodes,
        &font,
        skera::SubsetFlags::SUBSET_FLAGS_DEFAULT,
        &drop_tables,
        &scripts,
        &features,
        &name_ids,
        &languages,
    );
    skera::subset_font(&font, &plan).map_err(|e| e.to_string())
}

/// A GUID that depends only on the face: the same document, the same bytes.
fn guid(data: &[u8], family: &str, bold: bool) -> String {
    let mut h = [0xcbf2_9ce4_8422_2325u64, 0x6c62_272e_07bb_0142u64];
    for (lane, hv) in h.iter_mut().enumerate() {
        for &b in family
            .as_bytes()
            .iter()
            .chain(&[bold as u8, lane as u8])
            .chain(data)
        {
            *hv ^= b as u64;
            *hv = hv.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    let hex: String = h.iter().map(|v| format!("{v:016X}")).collect();
    format!(
        "{{{}-{}-{}-{}-{}}}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// ECMA-376 font obfuscation: the first 32 bytes XORed with the key, the
/// key being the GUID's 16 bytes read from its last hex pair to its first.
fn obfuscate(mut data: Vec<u8>, guid: &str) -> Vec<u8> {
    let hex: Vec<u8> = guid
        .chars()
        .filter(char::is_ascii_hexdigit)
        .collect::<String>()
        .as_bytes()
        .chunks(2)
        .map(|p| u8::from_str_radix(std::str::from_utf8(p).unwrap_or("00"), 16).unwrap_or(0))
        .collect();
    let key: Vec<u8> = hex.iter().rev().copied().collect();
    for (i, b) in data.iter_mut().take(32).enumerate() {
        *b ^= key[i % 16];
    }
    data
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn obfuscation_is_its_own_inverse_and_keys_are_stable() {
        let g = guid(b"font", "Noto Sans", false);
        assert_eq!(g, guid(b"font", "Noto Sans", false));
        assert_ne!(g, guid(b"font", "Noto Sans", true));
        assert_eq!(g.len(), 38);
        let data: Vec<u8> = (0..64).collect();
        let once = obfuscate(data.clone(), &g);
        assert_ne!(once[..32], data[..32]);
        assert_eq!(once[32..], data[32..]);
        assert_eq!(obfuscate(once, &g), data);
    }

    #[test]
    fn arabic_subset_keeps_joining_forms() {
        let fonts = FontSet::bundled();
        let text: BTreeSet<char> = "بين".chars().collect();
        let full = fonts.bytes(FontKey::Naskh);
        let small = subset(full, &text).unwrap();
        assert!(small.len() < full.len() / 2, "{} bytes", small.len());
        let face = ttf_parser::Face::parse(&small, 0).unwrap();
        // The characters map, and the substitution table that joins them is kept.
        assert!(face.glyph_index('ب').is_some());
        assert!(face.tables().gsub.is_some());
        assert!(face.glyph_index('Z').is_none());
    }
}

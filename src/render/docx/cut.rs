//! How a face is cut for the DOCX: subset to a fixed repertoire and the
//! document's characters, keyed by a GUID that depends only on the cut,
//! and obfuscated as ECMA-376 requires (part 1, 17.8.1). Used by the DOCX
//! writer and by `build.rs`, which cuts the bundled faces once, when
//! tarjama is compiled (this file may use std, read-fonts and skera only).

use read_fonts::collections::IntSet;
use read_fonts::types::{GlyphId, NameId, Tag};
use read_fonts::FontRef;
use std::collections::BTreeSet;

/// The deflate level of the embedded fonts, here so that build.rs packs
/// the bundled cuts as the writer packs a cut of other faces.
pub const LEVEL: u32 = 6;

/// A face cut for one document: its GUID (also written in the font table)
/// and its obfuscated bytes.
pub fn cut(
    font: &[u8],
    text: &BTreeSet<char>,
    family: &str,
    bold: bool,
) -> Result<(String, Vec<u8>), String> {
    let subset = subset(font, text)?;
    let key = guid(&subset, family, bold);
    let bytes = obfuscate(subset, &key);
    Ok((key, bytes))
}

/// Whether every cut keeps `c` (when the face has it): a document whose
/// characters all are gets the same cut as any other.
pub fn in_repertoire(c: char) -> bool {
    COMMON_REPERTOIRE.iter().any(|r| r.contains(&(c as u32)))
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
pub fn subset(font: &[u8], text: &BTreeSet<char>) -> Result<Vec<u8>, String> {
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
pub fn guid(data: &[u8], family: &str, bold: bool) -> String {
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
pub fn obfuscate(mut data: Vec<u8>, guid: &str) -> Vec<u8> {
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

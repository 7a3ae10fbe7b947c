//! Fonts embedded in the DOCX, so that Word and LibreOffice on a machine
//! without Noto show the document as the PDF does: each face subset to the
//! characters the document uses (its layout tables kept, so Arabic still
//! joins), obfuscated as ECMA-376 requires (part 1, 17.8.1).

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, LazyLock, Mutex};

use super::archive::Packed;
use super::cut;
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
/// A bundled face cut to the fixed repertoire by build.rs, deflated.
struct Precut {
    file: &'static str,
    family: &'static str,
    guid: &'static str,
    /// CRC-32 and length of the obfuscated face.
    crc: u32,
    size: u32,
    data: &'static [u8],
}

const PRECUT: [Precut; 4] = include!(concat!(env!("OUT_DIR"), "/precut.rs"));

/// The build-time cuts as embedded fonts, per `FontKey::index`, made once
/// per process (`None` for a face build.rs did not cut).
static PRECUT_FONTS: LazyLock<[Option<EmbeddedFont>; 4]> = LazyLock::new(|| {
    FontKey::ALL.map(|key| {
        let p = PRECUT.iter().find(|p| p.file == key.file_name())?;
        let packed = Packed::from_deflated(p.crc, p.size, p.data.to_vec());
        Some(EmbeddedFont {
            family: p.family.to_string(),
            bold: key.is_bold(),
            key: p.guid.to_string(),
            packed: Arc::new(packed),
        })
    })
});

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
    // The document's characters outside the repertoire, the same for
    // every face.
    let extras: Vec<char> = text
        .iter()
        .copied()
        .filter(|&c| !cut::in_repertoire(c))
        .collect();
    let mut out = Vec::new();
    for key in FontKey::ALL {
        if key.is_arabic() && !has_arabic {
            continue;
        }
        let family = if key.is_arabic() { arabic } else { latin };
        let bytes = fonts.bytes(key);
        if extras.is_empty() && fonts.is_bundled(key) {
            if let Some(f) = &PRECUT_FONTS[key.index()] {
                if f.family == family {
                    out.push(f.clone());
                    continue;
                }
            }
        }
        let cut_key = (
            bytes.as_ptr() as usize,
            bytes.len(),
            key,
            family.to_string(),
            extras.clone(),
        );
        if let Some(f) = lock(&CUTS).get(&cut_key) {
            out.push(f.clone());
            continue;
        }
        let (key_guid, bytes) =
            cut::cut(bytes, text, family, key.is_bold()).map_err(|why| RenderError {
                message: format!("cannot embed {} in the DOCX: {why}", key.file_name()),
                help: Some("the font file may be damaged; try the bundled fonts".into()),
            })?;
        let packed = Packed::deflated(&bytes, super::cut::LEVEL).map_err(|e| RenderError {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn obfuscation_is_its_own_inverse_and_keys_are_stable() {
        let g = cut::guid(b"font", "Noto Sans", false);
        assert_eq!(g, cut::guid(b"font", "Noto Sans", false));
        assert_ne!(g, cut::guid(b"font", "Noto Sans", true));
        assert_eq!(g.len(), 38);
        let data: Vec<u8> = (0..64).collect();
        let once = cut::obfuscate(data.clone(), &g);
        assert_ne!(once[..32], data[..32]);
        assert_eq!(once[32..], data[32..]);
        assert_eq!(cut::obfuscate(once, &g), data);
    }

    #[test]
    fn arabic_subset_keeps_joining_forms() {
        let fonts = FontSet::bundled();
        let text: BTreeSet<char> = "بين".chars().collect();
        let full = fonts.bytes(FontKey::Naskh);
        let small = cut::subset(full, &text).unwrap();
        assert!(small.len() < full.len() / 2, "{} bytes", small.len());
        let face = ttf_parser::Face::parse(&small, 0).unwrap();
        // The characters map, and the substitution table that joins them is kept.
        assert!(face.glyph_index('ب').is_some());
        assert!(face.tables().gsub.is_some());
        assert!(face.glyph_index('Z').is_none());
    }

    /// build.rs cuts the bundled faces with the writer's code: what it
    /// wrote into the binary is what the writer would cut at run time.
    #[test]
    fn the_build_time_cuts_are_the_writers_own() {
        let fonts = FontSet::bundled();
        let st = crate::render::style::get();
        for key in FontKey::ALL {
            let pre = PRECUT_FONTS[key.index()]
                .as_ref()
                .expect("build.rs cuts every bundled face");
            let family = if key.is_arabic() {
                &st.arabic_font
            } else {
                &st.latin_font
            };
            assert_eq!(&pre.family, family);
            let (guid, bytes) =
                cut::cut(fonts.bytes(key), &BTreeSet::new(), family, key.is_bold()).unwrap();
            assert_eq!(pre.key, guid, "{key:?}");
            assert_eq!(
                *pre.packed,
                Packed::deflated(&bytes, super::cut::LEVEL).unwrap(),
                "{key:?}"
            );
        }
    }

    /// A document with a character outside the repertoire gets a cut of
    /// its own, which has it; one without gets the build-time cut.
    #[test]
    fn a_character_outside_the_repertoire_gets_its_own_cut() {
        let fonts = FontSet::bundled();
        let plain: BTreeSet<char> = "Geneva".chars().collect();
        let romanian: BTreeSet<char> = "Bucure\u{219}ti".chars().collect();
        let pre = &embed(&plain, &fonts, "Noto Sans", "Noto Naskh Arabic").unwrap()[0];
        let own = &embed(&romanian, &fonts, "Noto Sans", "Noto Naskh Arabic").unwrap()[0];
        assert_eq!(pre.key, PRECUT_FONTS[0].as_ref().unwrap().key);
        assert_ne!(own.key, pre.key);
        assert!(own.packed.data_len() > pre.packed.data_len());
    }
}

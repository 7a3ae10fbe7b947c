//! The four fonts the PDF writer draws with (Noto Sans and Noto Naskh Arabic,
//! regular and bold): bundled in the binary, or overridden from a directory.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, OnceLock};

use super::layout_cache::LayoutCache;
use super::shape::ShapeCache;
use crate::render::RenderError;

/// One of the four faces. The order is the order of the PDF font resources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FontKey {
    Sans,
    SansBold,
    Naskh,
    NaskhBold,
}

impl FontKey {
    pub const ALL: [FontKey; 4] = [
        FontKey::Sans,
        FontKey::SansBold,
        FontKey::Naskh,
        FontKey::NaskhBold,
    ];

    /// The file name in `fonts/` and in a user font directory.
    pub fn file_name(self) -> &'static str {
        match self {
            FontKey::Sans => "NotoSans-Regular.ttf",
            FontKey::SansBold => "NotoSans-Bold.ttf",
            FontKey::Naskh => "NotoNaskhArabic-Regular.ttf",
            FontKey::NaskhBold => "NotoNaskhArabic-Bold.ttf",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn is_arabic(self) -> bool {
        matches!(self, FontKey::Naskh | FontKey::NaskhBold)
    }

    pub fn is_bold(self) -> bool {
        matches!(self, FontKey::SansBold | FontKey::NaskhBold)
    }

    /// The face of the same family with the given weight.
    pub fn with_bold(self, bold: bool) -> FontKey {
        match (self.is_arabic(), bold) {
            (false, false) => FontKey::Sans,
            (false, true) => FontKey::SansBold,
            (true, false) => FontKey::Naskh,
            (true, true) => FontKey::NaskhBold,
        }
    }
}

/// The four fonts: their bytes, where each came from, and the faces parsed
/// from them, once per process however many documents are drawn.
#[derive(Clone)]
pub struct FontSet {
    data: [&'static [u8]; 4],
    /// The file a face was read from (`None`: bundled), named in errors.
    origin: [Option<PathBuf>; 4],
    parsed: Arc<OnceLock<Arc<Fonts<'static>>>>,
}

impl std::fmt::Debug for FontSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FontSet")
            .field("origin", &self.origin)
            .finish_non_exhaustive()
    }
}

/// The bundled set, shared so that its faces are parsed once per process.
static BUNDLED: LazyLock<FontSet> = LazyLock::new(|| FontSet {
    data: [
        include_bytes!("../../../fonts/NotoSans-Regular.ttf"),
        include_bytes!("../../../fonts/NotoSans-Bold.ttf"),
        include_bytes!("../../../fonts/NotoNaskhArabic-Regular.ttf"),
        include_bytes!("../../../fonts/NotoNaskhArabic-Bold.ttf"),
    ],
    origin: Default::default(),
    parsed: Arc::default(),
});

impl FontSet {
    /// The fonts compiled into the binary (from the repository's `fonts/`).
    pub fn bundled() -> FontSet {
        BUNDLED.clone()
    }

    /// The bundled fonts, with every file of the same name found in `dir`
    /// used instead (so a user can swap one face without supplying all four).
    pub fn from_dir(dir: &Path) -> Result<FontSet, RenderError> {
        if !dir.is_dir() {
            return Err(RenderError {
                message: format!("font directory {} does not exist", dir.display()),
                help: Some(format!(
                    "it may hold any of {}",
                    FontKey::ALL.map(FontKey::file_name).join(", ")
                )),
            });
        }
        let mut set = FontSet {
            parsed: Arc::default(),
            ..FontSet::bundled()
        };
        for key in FontKey::ALL {
            let path = dir.join(key.file_name());
            if !path.exists() {
                continue;
            }
            let bytes = std::fs::read(&path).map_err(|e| RenderError {
                message: format!("cannot read font {}: {e}", path.display()),
                help: None,
            })?;
            if let Err(why) = check_font(&bytes) {
                return Err(RenderError {
                    message: format!("{} is not a usable font: {why}", path.display()),
                    help: Some(
                        "use a complete .ttf or .otf file (a truncated download or a font \
                         collection gives this), or remove it to use the bundled face"
                            .into(),
                    ),
                });
            }
            // Fonts are read once per process and drawn with until it ends:
            // their bytes live as long as the bundled ones.
            set.data[key.index()] = Box::leak(bytes.into_boxed_slice());
            set.origin[key.index()] = Some(path);
        }
        Ok(set)
    }

    pub fn bytes(&self, key: FontKey) -> &'static [u8] {
        self.data[key.index()]
    }

    /// Whether `key` is the bundled face (no file of a font folder replaced it).
    pub fn is_bundled(&self, key: FontKey) -> bool {
        self.origin[key.index()].is_none()
    }

    /// Where `key` was read from, for messages: its path, or the bundled name.
    pub fn origin(&self, key: FontKey) -> String {
        match &self.origin[key.index()] {
            Some(p) => p.display().to_string(),
            None => format!("{} (bundled)", key.file_name()),
        }
    }

    /// The four parsed faces, parsed on first use.
    pub(crate) fn load(&self) -> Result<Arc<Fonts<'static>>, RenderError> {
        if let Some(f) = self.parsed.get() {
            return Ok(f.clone());
        }
        let load = |key: FontKey| -> Result<LoadedFont<'static>, RenderError> {
            let face =
                rustybuzz::Face::from_slice(self.bytes(key), 0).ok_or_else(|| RenderError {
                    message: format!("cannot parse font {}", self.origin(key)),
                    help: None,
                })?;
            Ok(LoadedFont::new(key, self.bytes(key), face))
        };
        let fonts = Fonts {
            faces: [
                load(FontKey::Sans)?,
                load(FontKey::SansBold)?,
                load(FontKey::Naskh)?,
                load(FontKey::NaskhBold)?,
            ],
            shapes: ShapeCache::default(),
            layouts: LayoutCache::default(),
        };
        // Two threads may parse at once; the first one's faces are kept.
        let _ = self.parsed.set(Arc::new(fonts));
        Ok(self.parsed.get().expect("just set").clone())
    }
}

/// Why font bytes cannot be drawn with: what the parser, and the subsetter
/// the PDF writer uses, say about them (a truncated file passes the first).
fn check_font(bytes: &[u8]) -> Result<(), String> {
    let face = ttf_parser::Face::parse(bytes, 0).map_err(|e| e.to_string())?;
    let gid = face
        .glyph_index('a')
        .or_else(|| face.glyph_index('\u{0628}'));
    let used = std::iter::once(0u16).chain(gid.map(|g| g.0));
    let mut remapper = subsetter::GlyphRemapper::new();
    for g in used {
        remapper.remap(g);
    }
    subsetter::subset(bytes, 0, &remapper)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// A parsed face, with what layout and writing need from it.
pub(crate) struct LoadedFont<'a> {
    pub key: FontKey,
    /// The font file, for subsetting.
    pub data: &'a [u8],
    pub face: rustybuzz::Face<'a>,
    pub upem: f32,
    /// Each glyph's character in the cmap, worked out once per process.
    base_chars: OnceLock<Arc<BTreeMap<u16, char>>>,
    /// Which characters of the Basic Multilingual Plane the face has, a
    /// bit each: asked for every character laid out (font fallback), where
    /// a cmap search cost a fortieth of a build.
    coverage: OnceLock<Box<[u64]>>,
    /// The language systems (OpenType tags) of every script of the face's
    /// GSUB and GPOS tables.
    lang_systems: OnceLock<Vec<[u8; 4]>>,
}

impl<'a> LoadedFont<'a> {
    fn new(key: FontKey, data: &'a [u8], face: rustybuzz::Face<'a>) -> LoadedFont<'a> {
        let upem = face.units_per_em() as f32;
        LoadedFont {
            key,
            data,
            upem,
            face,
            base_chars: OnceLock::new(),
            coverage: OnceLock::new(),
            lang_systems: OnceLock::new(),
        }
    }

    /// Whether text in `lang` (a BCP 47 tag) may shape differently in this
    /// face than text of no language. The shaper uses the language only to
    /// pick a language system of the script; where the face has none for
    /// the language's OpenType tag, it uses the script's default, as for no
    /// language. Only a bare primary subtag whose tag is known here is
    /// answered "no" (rustybuzz's own mapping is private): any other may
    /// matter.
    pub fn language_matters(&self, lang: &str) -> bool {
        let tag: &[u8; 4] = match lang {
            "" => return false,
            "ar" => b"ARA ",
            "en" => b"ENG ",
            "es" => b"ESP ",
            "fa" => b"FAR ",
            "fr" => b"FRA ",
            "ru" => b"RUS ",
            "ur" => b"URD ",
            _ => return true,
        };
        let systems = self.lang_systems.get_or_init(|| {
            let tables = self.face.tables();
            let mut tags = Vec::new();
            for table in [tables.gsub, tables.gpos].into_iter().flatten() {
                for script in table.scripts {
                    tags.extend(script.languages.into_iter().map(|l| l.tag.to_bytes()));
                }
            }
            tags
        });
        systems.contains(tag)
    }

    /// Each glyph's character in the font's cmap (the lowest code point
    /// mapped to it: the base character).
    pub fn base_chars(&self) -> Arc<BTreeMap<u16, char>> {
        self.base_chars
            .get_or_init(|| {
                let mut map = BTreeMap::new();
                let face = &self.face;
                if let Some(cmap) = face.tables().cmap {
                    for sub in cmap.subtables {
                        if !sub.is_unicode() {
                            continue;
                        }
                        sub.codepoints(|cp| {
                            if let (Some(c), Some(g)) = (char::from_u32(cp), sub.glyph_index(cp)) {
                                map.entry(g.0)
                                    .and_modify(|o: &mut char| *o = (*o).min(c))
                                    .or_insert(c);
                            }
                        });
                    }
                }
                Arc::new(map)
            })
            .clone()
    }

    pub fn has_char(&self, c: char) -> bool {
        let cp = c as usize;
        // U+FFFF ends every format 4 table (some map it), and no subtable
        // lists it: asked directly, as characters past the plane are.
        if cp >= 0xFFFF {
            return self.face.glyph_index(c).is_some();
        }
        let bits = self.coverage.get_or_init(|| {
            let mut bits = vec![0u64; 0x10000 / 64].into_boxed_slice();
            // Every code point a subtable lists, kept if the face's own
            // lookup (which picks the subtable) finds a glyph for it.
            let face = &self.face;
            for sub in face.tables().cmap.iter().flat_map(|c| c.subtables) {
                if sub.is_unicode() {
                    sub.codepoints(|cp| {
                        if let Some(ch) = char::from_u32(cp).filter(|_| cp <= 0xFFFF) {
                            if face.glyph_index(ch).is_some() {
                                bits[cp as usize / 64] |= 1 << (cp % 64);
                            }
                        }
                    });
                }
            }
            bits
        });
        bits[cp / 64] & (1 << (cp % 64)) != 0
    }

    /// The advance the PDF viewer will use for `gid`: the /W entry the writer
    /// writes, i.e. the advance in 1/1000 em truncated to an integer.
    pub fn pdf_width(&self, gid: u16) -> i64 {
        let adv = self
            .face
            .glyph_hor_advance(ttf_parser::GlyphId(gid))
            .unwrap_or(0);
        (adv as f32 * 1000.0 / self.upem) as i64
    }

    /// The PostScript name, used as the PDF /BaseFont.
    pub fn postscript_name(&self) -> String {
        self.face
            .names()
            .into_iter()
            .find(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME && n.is_unicode())
            .and_then(|n| n.to_string())
            .filter(|s| !s.is_empty() && s.is_ascii() && !s.contains(' '))
            .unwrap_or_else(|| self.key.file_name().trim_end_matches(".ttf").to_string())
    }
}

/// The four parsed faces, with the shaping and layout caches of everything
/// drawn with them.
pub(crate) struct Fonts<'a> {
    faces: [LoadedFont<'a>; 4],
    pub shapes: ShapeCache,
    pub layouts: LayoutCache,
}

impl<'a> Fonts<'a> {
    pub fn get(&self, key: FontKey) -> &LoadedFont<'a> {
        &self.faces[key.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The coverage bitmap answers as the face's own cmap lookup, for
    /// every character of the Basic Multilingual Plane.
    #[test]
    fn coverage_is_the_cmap_lookup() {
        let set = FontSet::bundled();
        let fonts = set.load().unwrap();
        for key in FontKey::ALL {
            let f = fonts.get(key);
            let differ: Vec<char> = (0..=0xFFFFu32)
                .filter_map(char::from_u32)
                .filter(|&c| f.has_char(c) != f.face.glyph_index(c).is_some())
                .collect();
            assert!(differ.is_empty(), "{key:?}: {differ:?}");
            assert!(f.has_char(if key.is_arabic() { '\u{0628}' } else { 'a' }));
        }
    }

    #[test]
    fn bundled_fonts_parse_and_cover_their_scripts() {
        let set = FontSet::bundled();
        let fonts = set.load().unwrap();
        assert!(fonts.get(FontKey::Naskh).has_char('ب'));
        assert!(!fonts.get(FontKey::Naskh).has_char('A'));
        assert!(!fonts.get(FontKey::Naskh).has_char('('));
        assert!(fonts.get(FontKey::Sans).has_char('('));
        assert!(fonts.get(FontKey::SansBold).has_char('A'));
        assert_eq!(
            fonts.get(FontKey::Sans).postscript_name(),
            "NotoSans-Regular"
        );
    }

    #[test]
    fn missing_font_dir_is_an_error() {
        assert!(FontSet::from_dir(Path::new("/nonexistent/fonts")).is_err());
    }

    #[test]
    fn font_dir_overrides_by_file_name() {
        let dir = tempfile::tempdir().unwrap();
        // A Sans-Bold file that is really the regular face: the override must win.
        std::fs::write(
            dir.path().join("NotoSans-Bold.ttf"),
            FontSet::bundled().bytes(FontKey::Sans),
        )
        .unwrap();
        let set = FontSet::from_dir(dir.path()).unwrap();
        assert_eq!(set.bytes(FontKey::SansBold), set.bytes(FontKey::Sans));
        assert_ne!(set.bytes(FontKey::NaskhBold), set.bytes(FontKey::Naskh));
        std::fs::write(dir.path().join("NotoNaskhArabic-Bold.ttf"), b"not a font").unwrap();
        assert!(FontSet::from_dir(dir.path()).is_err());
    }
}

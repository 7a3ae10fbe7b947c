//! Cuts the bundled fonts for the DOCX once, when tarjama is compiled: a
//! document whose characters all lie in the fixed repertoire (most do)
//! embeds these cuts as they are, where subsetting, obfuscating and
//! deflating four faces took a twentieth of a build. The cut is the
//! writer's own (`src/render/docx/cut.rs`); a test checks that the
//! writer's cut of each face at run time is this one, byte for byte.

use std::collections::BTreeSet;
use std::path::Path;

#[allow(dead_code)]
#[path = "src/render/docx/cut.rs"]
mod cut;

/// The bundled faces, in `FontKey::ALL`'s order, and whether each is bold
/// and Arabic (which family of the style it belongs to).
const FACES: [(&str, bool, bool); 4] = [
    ("NotoSans-Regular.ttf", false, false),
    ("NotoSans-Bold.ttf", true, false),
    ("NotoNaskhArabic-Regular.ttf", false, true),
    ("NotoNaskhArabic-Bold.ttf", true, true),
];

fn main() {
    for path in [
        "build.rs",
        "fonts",
        "src/render/docx/cut.rs",
        "templates/style.toml",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let style = std::fs::read_to_string("templates/style.toml").expect("templates/style.toml");
    let latin = style_value(&style, "latin_font");
    let arabic = style_value(&style, "arabic_font");
    let mut table = String::from("[\n");
    for (i, (file, bold, is_arabic)) in FACES.iter().enumerate() {
        let family = if *is_arabic { &arabic } else { &latin };
        let font = std::fs::read(Path::new("fonts").join(file)).expect("bundled font");
        let (guid, bytes) = cut::cut(&font, &BTreeSet::new(), family, *bold)
            .unwrap_or_else(|e| panic!("cannot cut {file}: {e}"));
        let level = libdeflater::CompressionLvl::new(cut::LEVEL as i32).expect("a level");
        let mut enc = libdeflater::Compressor::new(level);
        let mut packed = vec![0; enc.deflate_compress_bound(bytes.len())];
        let n = enc.deflate_compress(&bytes, &mut packed).expect("deflate");
        packed.truncate(n);
        assert!(packed.len() < bytes.len(), "{file} does not deflate");
        let bin = format!("precut-{i}.bin");
        std::fs::write(Path::new(&out).join(&bin), &packed).expect("write OUT_DIR");
        table.push_str(&format!(
            "    Precut {{ file: {file:?}, family: {family:?}, guid: {guid:?}, crc: {crc:#010x}, size: {size}, data: include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{bin}\")) }},\n",
            crc = crc32fast::hash(&bytes),
            size = bytes.len(),
        ));
    }
    table.push_str("]\n");
    std::fs::write(Path::new(&out).join("precut.rs"), table).expect("write OUT_DIR");
}

/// A top-level `key = "value"` of the style template ("" if it is not
/// there: the writer then cuts the faces itself).
fn style_value(style: &str, key: &str) -> String {
    style
        .lines()
        .filter_map(|l| l.split_once('='))
        .find(|(k, _)| k.trim() == key)
        .map(|(_, v)| v.trim().trim_matches('"').to_string())
        .unwrap_or_default()
}

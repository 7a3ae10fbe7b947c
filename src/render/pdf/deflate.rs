//! Compressing a PDF's streams at a level chosen by measurement (lopdf's
//! own `compress` always uses the slowest, level 9).

use lopdf::{Document, Object};

/// zlib level 6. Measured on the example's eight PDFs (CPU time of the whole
/// `--format pdf` build, median of 7; total size): level 9 0.28 s, 403 KB;
/// 6 0.23 s, 408 KB; 4 0.23 s, 433 KB; 1 0.22 s, 609 KB. Level 6 keeps
/// the files within 1.3 % of the smallest for 18 % less time.
pub const LEVEL: u32 = 6;

/// zlib level 2 for font programs, which compress as well at 2 as at 6 or
/// 9 (the example's eight PDFs: 6 → 482.5 KB, 2 → 485.8 KB, 1 → 510.0 KB)
/// in 0.95 of the CPU time of the whole `--format pdf` build (median of 15).
pub const FONT_LEVEL: u32 = 2;

/// Deflates every stream that allows it and has no filter yet, keeping the
/// raw bytes where compression would not save anything.
pub fn compress_streams(doc: &mut Document) {
    compress_at(doc, LEVEL)
}

/// As `compress_streams`, at `level` (0–9).
pub fn compress_at(doc: &mut Document, level: u32) {
    for object in doc.objects.values_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        // A font program: the stream says its length uncompressed.
        let level = if stream.dict.get(b"Length1").is_ok() {
            FONT_LEVEL.min(level)
        } else {
            level
        };
        let Some(packed) = deflate(&stream.content, level) else {
            continue;
        };
        // The same rule as lopdf's own: a filter only where it pays.
        if packed.len() + 19 < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(packed);
        }
    }
}

/// `bytes` in zlib format at `level` (`None` if the encoder fails).
pub fn deflate(bytes: &[u8], level: u32) -> Option<Vec<u8>> {
    crate::render::deflate::compress(bytes, level, true)
}

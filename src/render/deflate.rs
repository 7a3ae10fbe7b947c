//! Deflate with one reused encoder per thread, level and format: setting
//! an encoder up allocates and clears its window and hash tables, which
//! costs as much as compressing a small stream (a PDF's page, a DOCX part).

use flate2::{Compress, Compression, FlushCompress, Status};
use std::cell::RefCell;

/// `bytes` deflated at `level` (0-9), in zlib format (`zlib`: as PDF
/// streams are) or raw (as ZIP entries are); `None` if the encoder fails.
pub fn compress(bytes: &[u8], level: u32, zlib: bool) -> Option<Vec<u8>> {
    thread_local! {
        static ENCODERS: RefCell<Vec<(u32, bool, Compress)>> = const { RefCell::new(Vec::new()) };
    }
    ENCODERS.with_borrow_mut(|encoders| {
        let at = match encoders
            .iter()
            .position(|(l, z, _)| *l == level && *z == zlib)
        {
            Some(at) => at,
            None => {
                encoders.push((level, zlib, Compress::new(Compression::new(level), zlib)));
                encoders.len() - 1
            }
        };
        let enc = &mut encoders[at].2;
        enc.reset();
        let mut out = Vec::with_capacity(bytes.len() / 2 + 64);
        let done = loop {
            if out.len() == out.capacity() {
                out.reserve(out.capacity().max(64));
            }
            let read = enc.total_in() as usize;
            match enc.compress_vec(&bytes[read..], &mut out, FlushCompress::Finish) {
                Ok(Status::StreamEnd) => break true,
                Ok(_) => continue,
                Err(_) => break false,
            }
        };
        done.then_some(out)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};

    /// A reused encoder writes what a fresh one does, and the bytes inflate
    /// back (small, empty and larger-than-the-first-guess inputs), in both
    /// formats.
    #[test]
    fn a_reused_encoder_writes_what_a_fresh_one_does() {
        let big: Vec<u8> = (0..300_000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        for bytes in [&b"BT /F1 10 Tf (Hello) Tj ET"[..], b"", &big, b"again"] {
            for level in [6, 2] {
                let level_of = flate2::Compression::new(level);
                let zlib = compress(bytes, level, true).expect("deflates");
                let mut fresh = flate2::write::ZlibEncoder::new(Vec::new(), level_of);
                fresh.write_all(bytes).unwrap();
                assert_eq!(
                    zlib,
                    fresh.finish().unwrap(),
                    "level {level}, {} bytes",
                    bytes.len()
                );
                let mut back = Vec::new();
                flate2::read::ZlibDecoder::new(&zlib[..])
                    .read_to_end(&mut back)
                    .unwrap();
                assert_eq!(back, bytes);

                let raw = compress(bytes, level, false).expect("deflates");
                let mut fresh = flate2::write::DeflateEncoder::new(Vec::new(), level_of);
                fresh.write_all(bytes).unwrap();
                assert_eq!(raw, fresh.finish().unwrap());
            }
        }
    }
}

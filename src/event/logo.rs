//! Logo files named by the event: read once, their format and size taken
//! from the file's header, shared by every document that shows them.

use std::path::Path;
use std::sync::Arc;

use crate::doc::ImageFormat;

/// A picture file as the event names it.
#[derive(Debug, Clone, PartialEq)]
pub struct Logo {
    pub format: ImageFormat,
    pub data: Arc<[u8]>,
    pub width_px: u32,
    pub height_px: u32,
}

impl Logo {
    /// Reads `path`, a PNG or JPEG file; says why not otherwise.
    pub fn read(path: &Path) -> Result<Logo, String> {
        let data =
            std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let (format, width_px, height_px) =
            sniff(&data).ok_or_else(|| "not a PNG or JPEG image".to_string())?;
        if width_px == 0 || height_px == 0 {
            return Err("the image has no pixels".into());
        }
        Ok(Logo {
            format,
            data: data.into(),
            width_px,
            height_px,
        })
    }
}

/// The format and pixel size of a PNG (its IHDR) or a JPEG (its first
/// start-of-frame segment).
pub fn sniff(data: &[u8]) -> Option<(ImageFormat, u32, u32)> {
    if data.starts_with(b"\x89PNG\r\n\x1a\n") && data.len() >= 24 && &data[12..16] == b"IHDR" {
        let w = u32::from_be_bytes(data[16..20].try_into().ok()?);
        let h = u32::from_be_bytes(data[20..24].try_into().ok()?);
        return Some((ImageFormat::Png, w, h));
    }
    if let Some((w, h, _)) = crate::doc::jpeg_frame(data) {
        return Some((ImageFormat::Jpeg, w, h));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_png_and_jpeg_sizes() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        png.extend(300u32.to_be_bytes());
        png.extend(120u32.to_be_bytes());
        assert_eq!(sniff(&png), Some((ImageFormat::Png, 300, 120)));
        // SOI, an APP0 of 4 bytes, then SOF0 with height 50, width 80.
        let jpeg = [
            0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8, 0, 50, 0, 80, 3, 0, 0,
        ];
        assert_eq!(sniff(&jpeg), Some((ImageFormat::Jpeg, 80, 50)));
        assert_eq!(sniff(b"GIF89a"), None);
    }
}

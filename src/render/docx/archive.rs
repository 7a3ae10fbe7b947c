//! The DOCX's ZIP container, written in one pass. zip's writer sets up a
//! new deflate encoder for every entry, which cost more than compressing a
//! DOCX's many small parts (7 % of a whole build); here each part is
//! deflated by the thread's reused encoder (`render::deflate`). Dates and
//! modes are fixed, so the same parts make the same bytes.

use std::io;

/// Deflate level 1 for the XML parts: measured on the example's eight
/// DOCX, libdeflate's fastest level takes 2.4 % fewer instructions of the
/// whole build than level 6 and makes the files 1.1 % larger (the embedded
/// fonts, most of a file, are packed at `cut::LEVEL` when tarjama is built).
const XML_LEVEL: u32 = 1;
/// 1980-01-01 00:00, the first date ZIP can say (MS-DOS format).
const DOS_DATE: u16 = (1 << 5) | 1;
const DOS_TIME: u16 = 0;
const STORED: u16 = 0;
const DEFLATED: u16 = 8;
/// A regular file, rw-r--r--, in the high half of the external attributes.
const UNIX_FILE: u32 = 0o100644 << 16;
/// Made by: Unix (3), ZIP 2.0; needed to extract: ZIP 2.0 (deflate).
const MADE_BY: u16 = (3 << 8) | 20;
const NEEDED: u16 = 20;

/// An entry's data ready to write: compressed or stored, with the CRC-32
/// and size of what it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Packed {
    method: u16,
    crc: u32,
    size: u32,
    data: Vec<u8>,
}

impl Packed {
    /// `bytes` deflated at `level`, or stored if deflating does not make
    /// them smaller.
    pub fn deflated(bytes: &[u8], level: u32) -> io::Result<Packed> {
        let packed = crate::render::deflate::compress(bytes, level, false)
            .ok_or_else(|| io::Error::other("the deflate encoder failed"))?;
        if packed.len() < bytes.len() {
            Packed::new(DEFLATED, bytes, packed)
        } else {
            Packed::stored(bytes)
        }
    }

    /// Bytes deflated elsewhere (build.rs), with the CRC-32 and length of
    /// what they inflate to.
    pub fn from_deflated(crc: u32, size: u32, data: Vec<u8>) -> Packed {
        Packed {
            method: DEFLATED,
            crc,
            size,
            data,
        }
    }

    /// How many bytes it takes in the archive.
    #[cfg(test)]
    pub fn data_len(&self) -> usize {
        self.data.len()
    }

    /// `bytes` as they are (pictures, already compressed).
    pub fn stored(bytes: &[u8]) -> io::Result<Packed> {
        Packed::new(STORED, bytes, bytes.to_vec())
    }

    fn new(method: u16, bytes: &[u8], data: Vec<u8>) -> io::Result<Packed> {
        Ok(Packed {
            method,
            crc: crc32fast::hash(bytes),
            size: small(bytes.len())?,
            data,
        })
    }
}

/// The archive being written: entries, then the central directory.
#[derive(Default)]
pub struct Archive {
    out: Vec<u8>,
    central: Vec<u8>,
    entries: u16,
}

impl Archive {
    /// Adds `name` holding `bytes`, deflated.
    pub fn add(&mut self, name: &str, bytes: &[u8]) -> io::Result<()> {
        self.add_packed(name, &Packed::deflated(bytes, XML_LEVEL)?)
    }

    pub fn add_packed(&mut self, name: &str, p: &Packed) -> io::Result<()> {
        let offset = small(self.out.len())?;
        let name_len = u16::try_from(name.len()).map_err(|_| too_big())?;
        self.entries = self.entries.checked_add(1).ok_or_else(too_big)?;
        let packed_size = small(p.data.len())?;
        // Bit 11: the name is UTF-8.
        let flags: u16 = if name.is_ascii() { 0 } else { 1 << 11 };
        // The fields a local header and its central record share.
        let mut common = Vec::with_capacity(26);
        for v in [NEEDED, flags, p.method, DOS_TIME, DOS_DATE] {
            common.extend_from_slice(&v.to_le_bytes());
        }
        for v in [p.crc, packed_size, p.size] {
            common.extend_from_slice(&v.to_le_bytes());
        }
        common.extend_from_slice(&name_len.to_le_bytes());
        common.extend_from_slice(&0u16.to_le_bytes()); // no extra field

        self.out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        self.out.extend_from_slice(&common);
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(&p.data);

        let c = &mut self.central;
        c.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        c.extend_from_slice(&MADE_BY.to_le_bytes());
        c.extend_from_slice(&common);
        // No comment, disk 0, no internal attributes.
        c.extend_from_slice(&[0; 6]);
        c.extend_from_slice(&UNIX_FILE.to_le_bytes());
        c.extend_from_slice(&offset.to_le_bytes());
        c.extend_from_slice(name.as_bytes());
        Ok(())
    }

    /// The whole archive.
    pub fn finish(mut self) -> io::Result<Vec<u8>> {
        let at = small(self.out.len())?;
        let size = small(self.central.len())?;
        self.out.append(&mut self.central);
        self.out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
        self.out.extend_from_slice(&[0; 4]); // this disk, the directory's disk
        self.out.extend_from_slice(&self.entries.to_le_bytes());
        self.out.extend_from_slice(&self.entries.to_le_bytes());
        self.out.extend_from_slice(&size.to_le_bytes());
        self.out.extend_from_slice(&at.to_le_bytes());
        self.out.extend_from_slice(&0u16.to_le_bytes()); // no comment
        Ok(self.out)
    }
}

/// A size or offset as ZIP's 32 bits (tarjama's input limits keep a
/// document far below 4 GiB).
fn small(n: usize) -> io::Result<u32> {
    u32::try_from(n).map_err(|_| too_big())
}

fn too_big() -> io::Error {
    io::Error::other(
        "the DOCX would pass 4 GiB or 65,535 parts, more than a ZIP without ZIP64 holds",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn zip_reads_back_every_entry() {
        let xml = "<w:document>".to_string() + &"<w:p/>".repeat(500) + "</w:document>";
        let mut a = Archive::default();
        a.add("[Content_Types].xml", b"<Types/>").unwrap();
        a.add("word/document.xml", xml.as_bytes()).unwrap();
        a.add_packed(
            "word/media/image1.png",
            &Packed::stored(b"\x89PNG..").unwrap(),
        )
        .unwrap();
        a.add("docProps/é.xml", b"").unwrap();
        let bytes = a.finish().unwrap();
        let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes.clone())).unwrap();
        let mut got = Vec::new();
        for i in 0..z.len() {
            let mut e = z.by_index(i).unwrap();
            let mut s = Vec::new();
            e.read_to_end(&mut s).unwrap(); // checks the CRC
            got.push((e.name().to_string(), e.compression(), e.unix_mode(), s));
        }
        use zip::CompressionMethod::{Deflated, Stored};
        assert_eq!(got[0].0, "[Content_Types].xml");
        assert_eq!((got[1].1, got[1].3.as_slice()), (Deflated, xml.as_bytes()));
        assert_eq!((got[2].1, got[2].3.as_slice()), (Stored, &b"\x89PNG.."[..]));
        assert_eq!((got[3].0.as_str(), got[3].1), ("docProps/é.xml", Stored));
        assert_eq!(got[1].2, Some(0o100644));
        // Same parts, same bytes.
        let mut again = Archive::default();
        again.add("[Content_Types].xml", b"<Types/>").unwrap();
        again.add("word/document.xml", xml.as_bytes()).unwrap();
        again
            .add_packed(
                "word/media/image1.png",
                &Packed::stored(b"\x89PNG..").unwrap(),
            )
            .unwrap();
        again.add("docProps/é.xml", b"").unwrap();
        assert_eq!(again.finish().unwrap(), bytes);
    }
}

//! The PDF file of a finished lopdf document, in one pass: every object
//! that may be (not a stream) packed into object streams, and a
//! cross-reference stream. lopdf's own `save_with_options` did the same
//! at 8-9 % of a build: it cloned every object, wrote each twice, escaped
//! a string byte by byte through a formatter and set up a zlib encoder per
//! object stream; here each object is written once into a byte buffer and
//! the streams go through the thread's reused libdeflate encoder.

use lopdf::{Dictionary, Document, Object, ObjectId, StringFormat};

/// Objects per object stream (lopdf's figure): a reader that wants one
/// object inflates at most this many.
const PER_STREAM: usize = 100;

/// Writes `doc` as a PDF file.
pub fn save(doc: &Document) -> Vec<u8> {
    let mut out = Vec::with_capacity(64 << 10);
    let version = if doc.version.as_str() < "1.5" {
        "1.5"
    } else {
        doc.version.as_str()
    };
    out.extend_from_slice(b"%PDF-");
    out.extend_from_slice(version.as_bytes());
    // Four bytes over 127: the file is binary (ISO 32000-1, 7.5.2).
    out.extend_from_slice(b"\n%\xB5\xED\xAE\xFB\n");

    // Where each object is: offset in the file, or (stream, index).
    let max_id = doc.objects.keys().map(|k| k.0).fold(doc.max_id, u32::max);
    let mut xref: Vec<Entry> = vec![Entry::Free(0); max_id as usize + 1];
    // Object 0 heads the (empty) list of free objects.
    xref[0] = Entry::Free(65535);
    let mut packed: Vec<(u32, &Object)> = Vec::new();
    for (&(id, generation), object) in &doc.objects {
        if packable((id, generation), object, doc) {
            packed.push((id, object));
        } else {
            xref[id as usize] = Entry::At(out.len(), generation);
            indirect(&mut out, id, generation, object);
        }
    }
    let mut next = max_id + 1;
    let mut body = Vec::new();
    let mut offsets = Vec::new();
    for chunk in packed.chunks(PER_STREAM) {
        body.clear();
        offsets.clear();
        for (index, &(id, object)) in chunk.iter().enumerate() {
            offsets.push((id, body.len()));
            object_into(&mut body, object);
            body.push(b'\n');
            xref[id as usize] = Entry::Packed(next, index as u16);
        }
        let mut head = Vec::with_capacity(offsets.len() * 10);
        for (id, at) in &offsets {
            int(&mut head, *id as i64);
            head.push(b' ');
            int(&mut head, *at as i64);
            head.push(b' ');
        }
        let first = head.len();
        head.extend_from_slice(&body);
        let mut dict = Dictionary::new();
        dict.set("Type", Object::Name(b"ObjStm".to_vec()));
        dict.set("N", Object::Integer(chunk.len() as i64));
        dict.set("First", Object::Integer(first as i64));
        xref.push(Entry::At(out.len(), 0));
        stream_object(&mut out, next, dict, &head);
        next += 1;
    }

    // The cross-reference stream, itself the last object (type 1 at its
    // own offset), with the trailer's entries.
    let id = next;
    let start = out.len();
    xref.push(Entry::At(start, 0));
    let mut rows = Vec::with_capacity(xref.len() * 7);
    for entry in &xref {
        let (kind, a, b) = match *entry {
            Entry::Free(generation) => (0u8, 0u32, generation),
            Entry::At(offset, generation) => (1, offset as u32, generation),
            Entry::Packed(stream, index) => (2, stream, index),
        };
        rows.push(kind);
        rows.extend_from_slice(&a.to_be_bytes());
        rows.extend_from_slice(&b.to_be_bytes());
    }
    let mut dict = Dictionary::new();
    for (key, value) in &doc.trailer {
        if !matches!(
            key.as_slice(),
            b"Size" | b"Prev" | b"XRefStm" | b"Type" | b"W" | b"Index" | b"Filter" | b"Length"
        ) {
            dict.set(key.clone(), value.clone());
        }
    }
    dict.set("Type", Object::Name(b"XRef".to_vec()));
    dict.set("Size", Object::Integer(xref.len() as i64));
    dict.set("W", Object::Array(vec![1.into(), 4.into(), 2.into()]));
    stream_object(&mut out, id, dict, &rows);
    out.extend_from_slice(b"startxref\n");
    int(&mut out, start as i64);
    out.extend_from_slice(b"\n%%EOF");
    out
}

#[derive(Debug, Clone, Copy)]
enum Entry {
    /// Generation.
    Free(u16),
    /// Offset in the file, generation.
    At(usize, u16),
    /// Object stream's number, index in it.
    Packed(u32, u16),
}

/// Whether an object may go into an object stream (ISO 32000-1, 7.5.7):
/// not a stream, generation 0, not the encryption dictionary.
fn packable(id: ObjectId, object: &Object, doc: &Document) -> bool {
    if matches!(object, Object::Stream(_)) || id.1 != 0 {
        return false;
    }
    !matches!(doc.trailer.get(b"Encrypt"), Ok(Object::Reference(r)) if *r == id)
}

/// `N G obj … endobj`.
fn indirect(out: &mut Vec<u8>, id: u32, generation: u16, object: &Object) {
    int(out, id as i64);
    out.push(b' ');
    int(out, generation as i64);
    out.extend_from_slice(b" obj\n");
    object_into(out, object);
    out.extend_from_slice(b"\nendobj\n");
}

/// A stream object of `content`, deflated where that saves anything.
fn stream_object(out: &mut Vec<u8>, id: u32, mut dict: Dictionary, content: &[u8]) {
    let packed = super::deflate::deflate(content, super::deflate::LEVEL)
        .filter(|p| p.len() + 19 < content.len());
    let bytes = match &packed {
        Some(p) => {
            dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
            p.as_slice()
        }
        None => content,
    };
    dict.set("Length", Object::Integer(bytes.len() as i64));
    int(out, id as i64);
    out.extend_from_slice(b" 0 obj\n");
    dictionary(out, &dict);
    out.extend_from_slice(b"\nstream\n");
    out.extend_from_slice(bytes);
    out.extend_from_slice(b"\nendstream\nendobj\n");
}

/// One object in PDF syntax; names and strings escaped as ISO 32000-1
/// 7.3.4-5 asks.
pub(crate) fn object_into(out: &mut Vec<u8>, object: &Object) {
    match object {
        Object::Null => out.extend_from_slice(b"null"),
        Object::Boolean(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Object::Integer(i) => int(out, *i),
        Object::Real(r) => real(out, *r),
        Object::Name(n) => name(out, n),
        Object::String(s, StringFormat::Literal) => literal(out, s),
        Object::String(s, StringFormat::Hexadecimal) => {
            out.reserve(s.len() * 2 + 2);
            out.push(b'<');
            for &b in s {
                out.extend_from_slice(&hex2(b));
            }
            out.push(b'>');
        }
        Object::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b' ');
                }
                object_into(out, item);
            }
            out.push(b']');
        }
        Object::Dictionary(d) => dictionary(out, d),
        Object::Stream(s) => {
            // The dictionary with its length set to the content's.
            entries(
                out,
                s.dict.iter().filter(|(k, _)| k.as_slice() != b"Length"),
            );
            out.extend_from_slice(b"/Length ");
            int(out, s.content.len() as i64);
            out.extend_from_slice(b">>\nstream\n");
            out.extend_from_slice(&s.content);
            out.extend_from_slice(b"\nendstream");
        }
        Object::Reference((id, generation)) => {
            int(out, *id as i64);
            out.push(b' ');
            int(out, *generation as i64);
            out.extend_from_slice(b" R");
        }
    }
}

fn dictionary(out: &mut Vec<u8>, d: &Dictionary) {
    entries(out, d.iter());
    out.extend_from_slice(b">>");
}

/// `<<` and the entries, left open for a stream's length.
fn entries<'a>(out: &mut Vec<u8>, items: impl Iterator<Item = (&'a Vec<u8>, &'a Object)>) {
    out.extend_from_slice(b"<<");
    for (key, value) in items {
        name(out, key);
        out.push(b' ');
        object_into(out, value);
    }
}

use super::content::{hex2, integer as int, literal_byte};

/// A real as the shortest decimal that reads back as the same `f32`
/// (Rust's `Display` never uses an exponent, which PDF does not allow).
fn real(out: &mut Vec<u8>, r: f32) {
    use std::io::Write;
    let r = if r.is_finite() { r } else { 0.0 };
    let _ = write!(out, "{r}");
}

/// A name: `#xx` for a delimiter, white space, `#` and bytes outside `!`–`~`.
pub(crate) fn name(out: &mut Vec<u8>, n: &[u8]) {
    out.push(b'/');
    for &b in n {
        if b"()<>[]{}/%#".contains(&b) || !(b'!'..=b'~').contains(&b) {
            out.push(b'#');
            out.extend_from_slice(&hex2(b));
        } else {
            out.push(b);
        }
    }
}

/// A literal string: every parenthesis and backslash escaped (balanced ones
/// need not be, but escaping them is always right), and CR and LF as `\r`
/// and `\n` (a reader would read an unescaped CR as a line feed).
fn literal(out: &mut Vec<u8>, s: &[u8]) {
    out.push(b'(');
    for &b in s {
        literal_byte(out, b);
    }
    out.push(b')');
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::{dictionary, Stream};

    fn written(o: &Object) -> String {
        let mut out = Vec::new();
        object_into(&mut out, o);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn objects_are_written_in_pdf_syntax() {
        assert_eq!(
            written(&Object::Name(b"A B#(x)".to_vec())),
            "/A#20B#23#28x#29"
        );
        assert_eq!(
            written(&Object::string_literal(b"a(b\\c)\rd".to_vec())),
            "(a\\(b\\\\c\\)\\rd)"
        );
        assert_eq!(
            written(&Object::String(
                vec![0xFE, 0xFF, 0, 0x41],
                StringFormat::Hexadecimal
            )),
            "<FEFF0041>"
        );
        assert_eq!(written(&Object::Real(0.85)), "0.85");
        assert_eq!(written(&Object::Real(1e-7)), "0.0000001");
        assert_eq!(written(&Object::Real(f32::NAN)), "0");
        assert_eq!(
            written(&Object::Array(vec![
                1.into(),
                Object::Reference((3, 0)),
                true.into()
            ])),
            "[1 3 0 R true]"
        );
        assert_eq!(
            written(&Object::Dictionary(
                dictionary! { "K" => vec![Object::Null] }
            )),
            "<</K [null]>>"
        );
    }

    /// lopdf reads back every object of a saved document, the packed ones
    /// through the object streams and the cross-reference stream.
    #[test]
    fn a_saved_document_reads_back_object_for_object() {
        let mut doc = Document::with_version("1.7");
        let mut ids = Vec::new();
        for i in 0..250 {
            let o = Object::Dictionary(dictionary! {
                "Type" => "StructElem",
                "T" => Object::string_literal(format!("item ({i})\r")),
                "Alt" => Object::String(format!("é{i}").into_bytes(), StringFormat::Hexadecimal),
                // Reals with a fraction (a whole one reads back as an integer).
                "A" => vec![Object::Real(i as f32 + 0.375), Object::Integer(-(i as i64))],
            });
            ids.push(doc.add_object(o));
        }
        let content = b"BT /F1 10 Tf (x) Tj ET".repeat(40);
        let stream = doc.add_object(Stream::new(dictionary! {}, content.clone()));
        let root = doc.add_object(dictionary! { "Type" => "Catalog", "K" => ids.iter().map(|&id| Object::Reference(id)).collect::<Vec<_>>() });
        doc.trailer.set("Root", root);
        let bytes = save(&doc);
        let back = Document::load_mem(&bytes).expect("lopdf reads the file");
        for id in ids.iter().chain([&root]) {
            assert_eq!(
                back.get_object(*id).unwrap(),
                doc.get_object(*id).unwrap(),
                "{id:?}"
            );
        }
        let s = back.get_object(stream).unwrap().as_stream().unwrap();
        assert_eq!(s.content, content);
        assert_eq!(back.trailer.get(b"Root").unwrap(), &Object::Reference(root));
    }
}

//! A page's content stream, written as bytes directly in the form lopdf
//! writes content (one operation per line; names, numbers, strings, arrays
//! and dictionaries as `lopdf::Writer` spells them), so that printpdf only
//! lays out the document around it. Numbers have at most three decimals
//! (the same document always gives the same bytes).

use std::io::Write;

#[derive(Default)]
pub struct Content {
    pub bytes: Vec<u8>,
}

/// `v` rounded to three decimals (0 if not finite).
fn rounded(v: f32) -> f64 {
    let v = if v.is_finite() { v } else { 0.0 };
    (v as f64 * 1000.0).round() / 1000.0
}

/// A number with at most three decimals and no trailing zeros.
pub fn num(v: f32) -> String {
    let r = rounded(v);
    if r == r.trunc() {
        format!("{}", r as i64)
    } else {
        let s = format!("{r:.3}");
        s.trim_end_matches('0').to_string()
    }
}

/// An operand of a line given as text (see `Content::raw`).
#[derive(Debug, Clone, PartialEq)]
enum Operand {
    Name(Vec<u8>),
    Number(f32),
    Literal(Vec<u8>),
    Dict(Vec<(Vec<u8>, Operand)>),
}

impl Content {
    /// Starts an operation: operations are separated by a line break.
    fn begin(&mut self) {
        if !self.bytes.is_empty() {
            self.bytes.push(b'\n');
        }
    }

    fn end(&mut self, operator: &str) {
        self.bytes.extend_from_slice(operator.as_bytes());
    }

    /// A number: an integer when it is one, else at most three decimals.
    fn number(&mut self, v: f32) {
        let r = rounded(v);
        if r == r.trunc() && r.abs() < 1e15 {
            integer(&mut self.bytes, r as i64);
        } else if r.abs() < 8192.0 {
            // Thousandths written as digits: the same text as `r as f32`
            // prints (an f32 this small tells three decimals apart), without
            // the float formatter, which was a twentieth of a PDF build.
            let m = (r * 1000.0).round() as i64;
            if m < 0 {
                self.bytes.push(b'-');
            }
            let (whole, frac) = (m.abs() / 1000, m.abs() % 1000);
            integer(&mut self.bytes, whole);
            self.bytes.push(b'.');
            let digits = [frac / 100, frac / 10 % 10, frac % 10];
            let used = if frac % 100 == 0 {
                1
            } else if frac % 10 == 0 {
                2
            } else {
                3
            };
            self.bytes
                .extend(digits[..used].iter().map(|&d| b'0' + d as u8));
        } else {
            let _ = write!(self.bytes, "{}", r as f32);
        }
    }

    fn name(&mut self, name: &[u8]) {
        super::serialize::name(&mut self.bytes, name);
    }

    fn operand(&mut self, o: &Operand) {
        match o {
            Operand::Name(n) => self.name(n),
            Operand::Number(v) => self.number(*v),
            Operand::Literal(data) => {
                // tarjama's literals hold no parentheses or backslashes.
                self.bytes.push(b'(');
                self.bytes.extend_from_slice(data);
                self.bytes.push(b')');
            }
            Operand::Dict(entries) => {
                self.bytes.extend_from_slice(b"<<");
                for (k, v) in entries {
                    self.name(k);
                    if matches!(v, Operand::Number(_)) {
                        self.bytes.push(b' ');
                    }
                    self.operand(v);
                }
                self.bytes.extend_from_slice(b">>");
            }
        }
    }

    /// `operands` (names such as `/T1_0`, or numbers) and the operator.
    pub fn op(&mut self, operands: &[&str], operator: &str) {
        self.begin();
        for o in operands {
            match o.strip_prefix('/') {
                Some(name) => self.name(name.as_bytes()),
                None => self.number(o.parse().unwrap_or(0.0)),
            }
            self.bytes.push(b' ');
        }
        self.end(operator);
    }

    /// Numbers and the operator.
    pub fn nums(&mut self, operands: &[f32], operator: &str) {
        self.begin();
        for &v in operands {
            self.number(v);
            self.bytes.push(b' ');
        }
        self.end(operator);
    }

    /// Operations written as content-stream text, e.g. `/Artifact BMC` or
    /// `/P <</MCID 3>> BDC`: tarjama's own short lines (numbers, names,
    /// literal strings without parentheses inside, flat dictionaries).
    pub fn raw(&mut self, line: &str) {
        if !line.contains(' ') {
            // One operator alone (`EMC`, `q`, `BT`): most lines.
            self.begin();
            return self.end(line);
        }
        // The few other lines recur on every line of text (a span's
        // language, an invisible clip): each is tokenized once per thread.
        thread_local! {
            static WRITTEN: std::cell::RefCell<rustc_hash::FxHashMap<String, Vec<u8>>> =
                Default::default();
        }
        WRITTEN.with_borrow_mut(|written| {
            if !written.contains_key(line) {
                if written.len() >= 1024 {
                    written.clear();
                }
                let mut alone = Content::default();
                alone.tokenized(line);
                written.insert(line.to_string(), alone.bytes);
            }
            self.begin();
            self.bytes.extend_from_slice(&written[line]);
        });
    }

    /// `raw`'s work: `line` cut into operations, each written in turn.
    fn tokenized(&mut self, line: &str) {
        let mut operands = Vec::new();
        for tok in tokens(line) {
            match tok {
                Token::Operand(o) => operands.push(o),
                Token::Operator(op) => {
                    self.begin();
                    for o in std::mem::take(&mut operands) {
                        self.operand(&o);
                        self.bytes.push(b' ');
                    }
                    self.end(op);
                }
            }
        }
    }

    /// `/role <</MCID n>> BDC`: the start of marked content of a structure
    /// element (one per line of text, so built directly).
    pub fn begin_mcid(&mut self, role: &str, mcid: usize) {
        self.begin();
        self.name(role.as_bytes());
        let _ = write!(self.bytes, " <</MCID {mcid}>> BDC");
    }

    /// A TJ array of 2-byte codes and position adjustments. The codes go in
    /// literal strings, two bytes a glyph where hex takes four: the largest
    /// part of a page's content, so less to write and to deflate.
    pub fn tj(&mut self, items: &[TjItem]) {
        self.begin();
        self.bytes.push(b'[');
        let mut in_string = false;
        for (i, it) in items.iter().enumerate() {
            match it {
                TjItem::Code(c) => {
                    if !in_string {
                        self.bytes.push(b'(');
                        in_string = true;
                    }
                    for b in c.to_be_bytes() {
                        literal_byte(&mut self.bytes, b);
                    }
                }
                TjItem::Adjust(n) => {
                    if in_string {
                        self.bytes.push(b')');
                        in_string = false;
                    }
                    // lopdf puts a space before every number but the first.
                    if i > 0 {
                        self.bytes.push(b' ');
                    }
                    integer(&mut self.bytes, *n);
                }
            }
        }
        if in_string {
            self.bytes.push(b')');
        }
        self.bytes.extend_from_slice(b"] TJ");
    }
}

/// One byte of a literal string: parentheses and backslash escaped, and
/// CR and LF too (a reader turns an unescaped CR into LF).
pub(crate) fn literal_byte(out: &mut Vec<u8>, b: u8) {
    match b {
        b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', b]),
        b'\r' => out.extend_from_slice(b"\\r"),
        b'\n' => out.extend_from_slice(b"\\n"),
        _ => out.push(b),
    }
}

/// `n` in decimal digits.
pub(crate) fn integer(out: &mut Vec<u8>, n: i64) {
    if n < 0 {
        out.push(b'-');
    }
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    let mut m = n.unsigned_abs();
    loop {
        i -= 1;
        digits[i] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[i..]);
}

/// Upper-case hex digits, for hex strings and `#xx` in names.
const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// A byte as two upper-case hex digits.
pub(crate) fn hex2(b: u8) -> [u8; 2] {
    [HEX[(b >> 4) as usize], HEX[(b & 15) as usize]]
}

enum Token<'a> {
    Operand(Operand),
    Operator(&'a str),
}

/// The tokens of a line of content-stream text (see `Content::raw`).
fn tokens(line: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut rest = line.trim_start();
    while !rest.is_empty() {
        let (tok, after) = if let Some(body) = rest.strip_prefix("<<") {
            let end = body.find(">>").unwrap_or(body.len());
            // Keys in order, as lopdf writes a dictionary built from a map.
            let mut map = std::collections::BTreeMap::new();
            let mut items = tokens(&body[..end]).into_iter();
            while let (Some(Token::Operand(Operand::Name(k))), Some(Token::Operand(v))) =
                (items.next(), items.next())
            {
                map.insert(k, v);
            }
            (
                Token::Operand(Operand::Dict(map.into_iter().collect())),
                body.get(end + 2..).unwrap_or(""),
            )
        } else if let Some(body) = rest.strip_prefix('(') {
            let end = body.find(')').unwrap_or(body.len());
            let data = body.as_bytes()[..end].to_vec();
            (
                Token::Operand(Operand::Literal(data)),
                body.get(end + 1..).unwrap_or(""),
            )
        } else {
            let end = rest
                .find(|c: char| c.is_whitespace() || "<(".contains(c))
                .filter(|&e| e > 0)
                .unwrap_or(rest.len());
            let (word, after) = rest.split_at(end);
            let tok = match (word.strip_prefix('/'), word.parse::<f32>()) {
                (Some(name), _) => Token::Operand(Operand::Name(name.as_bytes().to_vec())),
                (None, Ok(v)) => Token::Operand(Operand::Number(v)),
                _ => Token::Operator(word),
            };
            (tok, after)
        };
        out.push(tok);
        rest = after.trim_start();
    }
    out
}

/// One element of a TJ array.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TjItem {
    Code(u16),
    /// Thousandths of an em, moving the pen left when positive.
    Adjust(i64),
}

/// A PDF text string in a dictionary: UTF-16BE with a byte order mark.
pub fn text_string(s: &str) -> Vec<u8> {
    let mut v = vec![0xFE, 0xFF];
    for u in s.encode_utf16() {
        v.extend(u.to_be_bytes());
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_spelled_as_the_float_formatter_spells_them() {
        let mut v = -9000.0f32;
        let mut seen = 0;
        while v < 9000.0 {
            for x in [v, v + 0.0004, v + 0.0005, v - 0.0005, v * 0.001] {
                let mut c = Content::default();
                c.number(x);
                let r = rounded(x);
                let want = if r == r.trunc() {
                    format!("{}", r as i64)
                } else {
                    format!("{}", r as f32)
                };
                assert_eq!(String::from_utf8(c.bytes).unwrap(), want, "{x}");
                seen += 1;
            }
            v += 0.0137;
        }
        assert!(seen > 1_000_000);
        let mut c = Content::default();
        c.tj(&[
            TjItem::Code(0xBEEF),
            TjItem::Adjust(-1234567),
            TjItem::Code(7),
        ]);
        assert_eq!(c.bytes, b"[(\xBE\xEF) -1234567(\x00\x07)] TJ");
    }

    /// Codes whose bytes are parentheses, a backslash, CR or LF read back
    /// as the same bytes (lopdf's parser, as a PDF reader reads them).
    #[test]
    fn glyph_codes_in_literal_strings_read_back() {
        let codes = [0x2829, 0x5C0D, 0x0A5C, 0x0028, 0x2900, 0xFFFF, 0x0D0A];
        let items: Vec<TjItem> = codes.iter().map(|&c| TjItem::Code(c)).collect();
        let mut c = Content::default();
        c.tj(&items);
        let ops = lopdf::content::Content::decode(&c.bytes).expect("parses");
        let want: Vec<u8> = codes.iter().flat_map(|c: &u16| c.to_be_bytes()).collect();
        match &ops.operations[..] {
            [op] if op.operator == "TJ" => match &op.operands[..] {
                [lopdf::Object::Array(a)] => match &a[..] {
                    [lopdf::Object::String(s, _)] => assert_eq!(s, &want),
                    other => panic!("one string expected: {other:?}"),
                },
                other => panic!("one array expected: {other:?}"),
            },
            other => panic!("one TJ expected: {other:?}"),
        }
    }

    #[test]
    fn operations_are_written_as_lopdf_writes_them() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(-0.5), "-0.5");
        assert_eq!(num(12.34567), "12.346");
        assert_eq!(num(f32::NAN), "0");
        let mut c = Content::default();
        c.tj(&[
            TjItem::Adjust(33375),
            TjItem::Code(0x20),
            TjItem::Code(1),
            TjItem::Adjust(-12),
            TjItem::Code(0x1F),
        ]);
        c.nums(&[1.0, 0.0, 0.21, 1.0, 12.34567, 5.0], "Tm");
        c.raw("/P <</MCID 3>> BDC");
        c.begin_mcid("P", 3);
        c.raw("/Span <</Lang (en-GB)>> BDC q 0 0 0 0 re W n");
        c.op(&["/T1_0", "10"], "Tf");
        let text = String::from_utf8(c.bytes).unwrap();
        assert_eq!(
            text,
            "[33375(\0 \0\x01) -12(\0\x1F)] TJ\n1 0 0.21 1 12.346 5 Tm\n\
             /P <</MCID 3>> BDC\n/P <</MCID 3>> BDC\n/Span <</Lang(en-GB)>> BDC\nq\n\
             0 0 0 0 re\nW\nn\n/T1_0 10 Tf"
        );
    }
}

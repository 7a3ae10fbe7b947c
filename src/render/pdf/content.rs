//! A page's content stream written as bytes: operators with numbers in a
//! short, fixed format (the same document always gives the same bytes).

use std::io::Write;

#[derive(Default)]
pub struct Content {
    pub buf: Vec<u8>,
}

/// A number with at most three decimals and no trailing zeros.
pub fn num(v: f32) -> String {
    let v = if v.is_finite() { v } else { 0.0 };
    let r = (v as f64 * 1000.0).round() / 1000.0;
    if r == r.trunc() {
        format!("{}", r as i64)
    } else {
        let s = format!("{r:.3}");
        s.trim_end_matches('0').to_string()
    }
}

impl Content {
    /// Writes `operands` (already formatted) and the operator, one line.
    pub fn op(&mut self, operands: &[&str], operator: &str) {
        for o in operands {
            self.buf.extend_from_slice(o.as_bytes());
            self.buf.push(b' ');
        }
        self.buf.extend_from_slice(operator.as_bytes());
        self.buf.push(b'\n');
    }

    /// Writes numbers and the operator.
    pub fn nums(&mut self, operands: &[f32], operator: &str) {
        for &o in operands {
            self.buf.extend_from_slice(num(o).as_bytes());
            self.buf.push(b' ');
        }
        self.buf.extend_from_slice(operator.as_bytes());
        self.buf.push(b'\n');
    }

    /// A raw line, e.g. `/Artifact BMC`.
    pub fn raw(&mut self, line: &str) {
        self.buf.extend_from_slice(line.as_bytes());
        self.buf.push(b'\n');
    }

    /// A TJ array of 2-byte codes and position adjustments.
    pub fn tj(&mut self, items: &[TjItem]) {
        self.buf.push(b'[');
        let mut in_str = false;
        for it in items {
            match it {
                TjItem::Code(c) => {
                    if !in_str {
                        self.buf.push(b'<');
                        in_str = true;
                    }
                    let _ = write!(self.buf, "{c:04X}");
                }
                TjItem::Adjust(n) => {
                    if in_str {
                        self.buf.push(b'>');
                        in_str = false;
                    }
                    let _ = write!(self.buf, " {n} ");
                }
            }
        }
        if in_str {
            self.buf.push(b'>');
        }
        self.buf.extend_from_slice(b"] TJ\n");
    }
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
    fn numbers_are_short_and_stable() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(-0.5), "-0.5");
        assert_eq!(num(12.34567), "12.346");
        assert_eq!(num(f32::NAN), "0");
        let mut c = Content::default();
        c.tj(&[
            TjItem::Code(0x20),
            TjItem::Code(1),
            TjItem::Adjust(-12),
            TjItem::Code(0x1F),
        ]);
        assert_eq!(
            String::from_utf8(c.buf).unwrap(),
            "[<00200001> -12 <001F>] TJ\n"
        );
    }
}

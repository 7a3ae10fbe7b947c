//! A page's content stream written as bytes: operators with numbers in a
//! short, fixed format (the same document always gives the same bytes),
//! handed to printpdf as its operations (`ops`).

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

/// The operations of a content stream for printpdf: those printpdf has
/// its own operation for as that operation, the text layer's own (`TJ` of
/// raw codes in fonts tarjama embeds itself, `Tf`, marked content with
/// properties, clipping) as `Op::Unknown`, written as they are.
pub fn ops(buf: &[u8]) -> Result<Vec<printpdf::Op>, String> {
    use printpdf::{Color, CurTransMat, Op, Pt, Rgb, TextMatrix};
    let content = lopdf::content::Content::decode(buf).map_err(|e| e.to_string())?;
    let n = |o: &lopdf::Object| o.as_float().unwrap_or(0.0);
    let rgb = |a: &[lopdf::Object]| {
        Color::Rgb(Rgb {
            r: n(&a[0]),
            g: n(&a[1]),
            b: n(&a[2]),
            icc_profile: None,
        })
    };
    let six = |a: &[lopdf::Object]| [n(&a[0]), n(&a[1]), n(&a[2]), n(&a[3]), n(&a[4]), n(&a[5])];
    Ok(content
        .operations
        .into_iter()
        .map(|o| {
            let a = &o.operands;
            match (o.operator.as_str(), a.len()) {
                ("q", 0) => Op::SaveGraphicsState,
                ("Q", 0) => Op::RestoreGraphicsState,
                ("BT", 0) => Op::StartTextSection,
                ("ET", 0) => Op::EndTextSection,
                ("rg", 3) => Op::SetFillColor { col: rgb(a) },
                ("RG", 3) => Op::SetOutlineColor { col: rgb(a) },
                ("w", 1) => Op::SetOutlineThickness { pt: Pt(n(&a[0])) },
                ("Tw", 1) => Op::SetWordSpacing { pt: Pt(n(&a[0])) },
                ("cm", 6) => Op::SetTransformationMatrix {
                    matrix: CurTransMat::Raw(six(a)),
                },
                ("Tm", 6) => Op::SetTextMatrix {
                    matrix: TextMatrix::Raw(six(a)),
                },
                _ => Op::Unknown {
                    key: o.operator,
                    value: o.operands.iter().map(dict_item).collect(),
                },
            }
        })
        .collect())
}

/// A content stream operand as printpdf holds it.
fn dict_item(o: &lopdf::Object) -> printpdf::DictItem {
    use lopdf::Object;
    use printpdf::DictItem;
    match o {
        Object::Null => DictItem::Null,
        Object::Boolean(b) => DictItem::Bool(*b),
        Object::Integer(i) => DictItem::Int(*i),
        Object::Real(r) => DictItem::Real(*r),
        Object::Name(n) => DictItem::Name(n.clone()),
        Object::String(data, f) => DictItem::String {
            data: data.clone(),
            literal: *f == lopdf::StringFormat::Literal,
        },
        Object::Array(a) => DictItem::Array(a.iter().map(dict_item).collect()),
        Object::Dictionary(d) => DictItem::Dict {
            map: d
                .iter()
                .map(|(k, v)| (String::from_utf8_lossy(k).into_owned(), dict_item(v)))
                .collect(),
        },
        Object::Reference((obj, gen)) => DictItem::Ref {
            obj: *obj,
            gen: *gen,
        },
        Object::Stream(_) => DictItem::Null,
    }
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

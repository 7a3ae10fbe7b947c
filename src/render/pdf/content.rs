//! A page's content as printpdf operations, built directly (no content
//! bytes parsed back): those printpdf has its own operation for as that
//! operation, the text layer's own (`TJ` of raw codes in fonts tarjama
//! embeds itself, `Tf`, marked content with properties, clipping) as
//! `Op::Unknown`, written as they are. Numbers have at most three decimals
//! (the same document always gives the same bytes).

use printpdf::{DictItem, Op};

#[derive(Default)]
pub struct Content {
    pub ops: Vec<Op>,
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

/// A number operand: an integer when it is one.
fn number(v: f32) -> DictItem {
    let r = rounded(v);
    if r == r.trunc() && r.abs() < 1e15 {
        DictItem::Int(r as i64)
    } else {
        DictItem::Real(r as f32)
    }
}

impl Content {
    /// `operands` (names such as `/T1_0`, or numbers) and the operator.
    pub fn op(&mut self, operands: &[&str], operator: &str) {
        let items = operands
            .iter()
            .map(|o| match o.strip_prefix('/') {
                Some(name) => DictItem::Name(name.as_bytes().to_vec()),
                None => number(o.parse().unwrap_or(0.0)),
            })
            .collect();
        self.push(operator, items);
    }

    /// Numbers and the operator.
    pub fn nums(&mut self, operands: &[f32], operator: &str) {
        self.push(operator, operands.iter().map(|&v| number(v)).collect());
    }

    /// Operations written as content-stream text, e.g. `/Artifact BMC` or
    /// `/P <</MCID 3>> BDC`: tarjama's own short lines (numbers, names,
    /// literal strings without parentheses inside, flat dictionaries).
    pub fn raw(&mut self, line: &str) {
        if !line.contains(' ') {
            // One operator alone (`EMC`, `q`, `BT`): most lines.
            return self.push(line, Vec::new());
        }
        let mut operands = Vec::new();
        for tok in tokens(line) {
            match tok {
                Token::Operand(o) => operands.push(o),
                Token::Operator(op) => self.push(op, std::mem::take(&mut operands)),
            }
        }
    }

    /// `/role <</MCID n>> BDC`: the start of marked content of a structure
    /// element (one per line of text, so built directly).
    pub fn begin_mcid(&mut self, role: &str, mcid: usize) {
        let map = [("MCID".to_string(), DictItem::Int(mcid as i64))].into();
        let role = DictItem::Name(role.as_bytes().to_vec());
        self.push("BDC", vec![role, DictItem::Dict { map }]);
    }

    /// A TJ array of 2-byte codes and position adjustments.
    pub fn tj(&mut self, items: &[TjItem]) {
        let mut array = Vec::new();
        let mut run: Vec<u8> = Vec::new();
        for it in items {
            match it {
                TjItem::Code(c) => run.extend(c.to_be_bytes()),
                TjItem::Adjust(n) => {
                    if !run.is_empty() {
                        array.push(hex(std::mem::take(&mut run)));
                    }
                    array.push(DictItem::Int(*n));
                }
            }
        }
        if !run.is_empty() {
            array.push(hex(run));
        }
        self.push("TJ", vec![DictItem::Array(array)]);
    }

    fn push(&mut self, operator: &str, a: Vec<DictItem>) {
        self.ops.push(typed(operator, a));
    }
}

enum Token<'a> {
    Operand(DictItem),
    Operator(&'a str),
}

/// The tokens of a line of content-stream text (see `Content::raw`).
fn tokens(line: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut rest = line.trim_start();
    while !rest.is_empty() {
        let (tok, after) = if let Some(body) = rest.strip_prefix("<<") {
            let end = body.find(">>").unwrap_or(body.len());
            let mut map = std::collections::BTreeMap::new();
            let mut items = tokens(&body[..end]).into_iter();
            while let (Some(Token::Operand(DictItem::Name(k))), Some(Token::Operand(v))) =
                (items.next(), items.next())
            {
                map.insert(String::from_utf8_lossy(&k).into_owned(), v);
            }
            (
                Token::Operand(DictItem::Dict { map }),
                body.get(end + 2..).unwrap_or(""),
            )
        } else if let Some(body) = rest.strip_prefix('(') {
            let end = body.find(')').unwrap_or(body.len());
            let data = body.as_bytes()[..end].to_vec();
            (
                Token::Operand(DictItem::String {
                    data,
                    literal: true,
                }),
                body.get(end + 1..).unwrap_or(""),
            )
        } else {
            let end = rest
                .find(|c: char| c.is_whitespace() || "<(".contains(c))
                .filter(|&e| e > 0)
                .unwrap_or(rest.len());
            let (word, after) = rest.split_at(end);
            let tok = match (word.strip_prefix('/'), word.parse::<f32>()) {
                (Some(name), _) => Token::Operand(DictItem::Name(name.as_bytes().to_vec())),
                (None, Ok(v)) => Token::Operand(number(v)),
                _ => Token::Operator(word),
            };
            (tok, after)
        };
        out.push(tok);
        rest = after.trim_start();
    }
    out
}

fn hex(data: Vec<u8>) -> DictItem {
    DictItem::String {
        data,
        literal: false,
    }
}

/// printpdf's own operation for `operator`, where it has one.
fn typed(operator: &str, a: Vec<DictItem>) -> Op {
    use printpdf::{Color, CurTransMat, Pt, Rgb, TextMatrix};
    let n = |d: &DictItem| match d {
        DictItem::Int(i) => *i as f32,
        DictItem::Real(r) | DictItem::Float(r) => *r,
        _ => 0.0,
    };
    let rgb = |a: &[DictItem]| {
        Color::Rgb(Rgb {
            r: n(&a[0]),
            g: n(&a[1]),
            b: n(&a[2]),
            icc_profile: None,
        })
    };
    let six = |a: &[DictItem]| [n(&a[0]), n(&a[1]), n(&a[2]), n(&a[3]), n(&a[4]), n(&a[5])];
    match (operator, a.len()) {
        ("q", 0) => Op::SaveGraphicsState,
        ("Q", 0) => Op::RestoreGraphicsState,
        ("BT", 0) => Op::StartTextSection,
        ("ET", 0) => Op::EndTextSection,
        ("rg", 3) => Op::SetFillColor { col: rgb(&a) },
        ("RG", 3) => Op::SetOutlineColor { col: rgb(&a) },
        ("w", 1) => Op::SetOutlineThickness { pt: Pt(n(&a[0])) },
        ("Tw", 1) => Op::SetWordSpacing { pt: Pt(n(&a[0])) },
        ("cm", 6) => Op::SetTransformationMatrix {
            matrix: CurTransMat::Raw(six(&a)),
        },
        ("Tm", 6) => Op::SetTextMatrix {
            matrix: TextMatrix::Raw(six(&a)),
        },
        _ => Op::Unknown {
            key: operator.to_string(),
            value: a,
        },
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
        c.nums(&[1.0, 0.0, 0.21, 1.0, 12.34567, 5.0], "Tm");
        c.raw("/P <</MCID 3>> BDC");
        let mut d = Content::default();
        d.begin_mcid("P", 3);
        assert_eq!(format!("{:?}", d.ops[0]), format!("{:?}", c.ops[2]));
        c.raw("/Span <</Lang (en-GB)>> BDC q 0 0 0 0 re W n");
        let Op::Unknown { key, value } = &c.ops[0] else {
            panic!("TJ is printpdf's Unknown: {:?}", c.ops[0]);
        };
        assert_eq!(key, "TJ");
        assert_eq!(
            value,
            &[DictItem::Array(vec![
                hex(vec![0, 0x20, 0, 1]),
                DictItem::Int(-12),
                hex(vec![0, 0x1F])
            ])]
        );
        assert!(matches!(
            c.ops[1],
            Op::SetTextMatrix { matrix: printpdf::TextMatrix::Raw(m) } if m[4] == 12.346 && m[2] == 0.21
        ));
        assert!(
            matches!(&c.ops[2], Op::Unknown { key, value } if key == "BDC" && value.len() == 2)
        );
    }
}

//! Characters no input file may hold, found before anything is parsed:
//! control characters (C0, C1, NUL, DEL) and bidi controls that override
//! direction or are left open. They are invisible in editors, arrive by
//! copy and paste, and would reach the documents silently (an override
//! shows "Working dnE ot Child"); each is an error at its line and column.

use std::path::Path;

use crate::diag::{Diagnostic, Diagnostics, LineIndex};

/// At most this many problems are listed per file (a binary file given as
/// an event file would otherwise print thousands).
const SHOWN: usize = 10;

/// The text of an input file: valid UTF-8 (or an error at the first bad
/// byte's line and column), without a leading byte-order mark.
pub fn decode(file: &Path, bytes: Vec<u8>) -> Result<String, Box<Diagnostic>> {
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    String::from_utf8(bytes).map_err(|e| {
        let good = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&e.as_bytes()[..good]).into_owned();
        Box::new(
            Diagnostic::error("the file is not UTF-8 text".to_string())
                .in_file(file)
                .at_offset(&text, good)
                .help("save it as UTF-8 (in most editors: Save As, encoding UTF-8); a byte-order mark is fine"),
        )
    })
}

/// The same for a text already read: a leading byte-order mark removed.
pub fn strip_bom(source: String) -> String {
    match source.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => source,
    }
}

/// Every forbidden character of `source` (the text of `file`), as errors
/// at their line and column.
pub fn check(file: &Path, source: &str) -> Diagnostics {
    let mut diags = Diagnostics::default();
    let problems = scan(source);
    if problems.is_empty() {
        return diags;
    }
    let lines = LineIndex::new(source);
    for p in problems.iter().take(SHOWN) {
        let loc = lines.loc(p.offset);
        let snippet = source[line_bounds(source, p.offset)].to_string();
        let mut d = Diagnostic::error(p.message())
            .in_file(file)
            .at(loc)
            .help(p.help());
        // The line as shown must not carry the character itself: a terminal
        // would obey it (reverse the rest of the line, ring the bell).
        d.snippet = Some(snippet.chars().map(visible).collect());
        diags.push(d);
    }
    if problems.len() > SHOWN {
        diags.push(
            Diagnostic::error(format!(
                "{} more characters of this kind in the file",
                problems.len() - SHOWN
            ))
            .in_file(file)
            .help("remove them all; a text editor's search for the code point finds them"),
        );
    }
    diags
}

/// One forbidden character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Problem {
    pub offset: usize,
    pub c: char,
    pub kind: Kind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A C0 or C1 control, NUL or DEL.
    Control,
    /// U+202D or U+202E: shows the text after it in forced order.
    Override,
    /// An embedding or isolate not closed on its line, or a closing one
    /// with nothing open.
    Unpaired,
}

impl Problem {
    fn message(&self) -> String {
        let code = format!("U+{:04X} ({})", self.c as u32, name(self.c));
        match self.kind {
            Kind::Control => format!("control character {code} in the text"),
            Kind::Override => format!("bidi override {code} in the text"),
            Kind::Unpaired => format!("unpaired bidi control {code}"),
        }
    }

    fn help(&self) -> String {
        match self.kind {
            Kind::Control => "delete it: it is invisible in most editors and has no place in a \
                              document (copying from a PDF or a word processor often brings it)"
                .into(),
            Kind::Override => "delete it: tarjama sets the direction of every text itself, and an \
                               override shows the letters after it in reverse order"
                .into(),
            Kind::Unpaired => {
                if closes(self.c) {
                    "delete it: nothing on its line opens what it closes".into()
                } else {
                    format!(
                        "delete it, or close it on the same line with U+{:04X} ({})",
                        closer(self.c) as u32,
                        name(closer(self.c))
                    )
                }
            }
        }
    }
}

/// The forbidden characters of `source`, in order. Tabs, newlines and a
/// carriage return before a newline are fine; an isolate or embedding
/// closed on its own line is fine.
pub fn scan(source: &str) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut open: Vec<(usize, char)> = Vec::new();
    let mut chars = source.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let kind = match c {
            '\n' => {
                out.extend(open.drain(..).map(|(offset, c)| Problem {
                    offset,
                    c,
                    kind: Kind::Unpaired,
                }));
                None
            }
            '\t' => None,
            '\r' if chars.peek().is_some_and(|&(_, n)| n == '\n') => None,
            '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' => Some(Kind::Control),
            '\u{202D}' | '\u{202E}' => Some(Kind::Override),
            '\u{202A}' | '\u{202B}' | '\u{2066}'..='\u{2068}' => {
                open.push((i, c));
                None
            }
            '\u{202C}' | '\u{2069}' => match open.iter().rposition(|&(_, o)| closer(o) == c) {
                Some(k) => {
                    // Closing an isolate also closes embeddings opened in it.
                    open.truncate(k);
                    None
                }
                None => Some(Kind::Unpaired),
            },
            _ => None,
        };
        if let Some(kind) = kind {
            out.push(Problem { offset: i, c, kind });
        }
    }
    out.extend(open.into_iter().map(|(offset, c)| Problem {
        offset,
        c,
        kind: Kind::Unpaired,
    }));
    out.sort_by_key(|p| p.offset);
    out
}

fn closes(c: char) -> bool {
    matches!(c, '\u{202C}' | '\u{2069}')
}

fn closer(c: char) -> char {
    match c {
        '\u{2066}'..='\u{2068}' => '\u{2069}',
        _ => '\u{202C}',
    }
}

/// The Unicode name (or usual abbreviation) of a control character.
pub fn name(c: char) -> &'static str {
    match c {
        '\u{0}' => "NUL",
        '\u{7}' => "BELL",
        '\u{8}' => "BACKSPACE",
        '\u{B}' => "LINE TABULATION",
        '\u{C}' => "FORM FEED",
        '\r' => "CARRIAGE RETURN without a line feed",
        '\u{1B}' => "ESCAPE",
        '\u{7F}' => "DELETE",
        '\u{85}' => "NEXT LINE",
        '\u{200E}' => "LEFT-TO-RIGHT MARK",
        '\u{200F}' => "RIGHT-TO-LEFT MARK",
        '\u{061C}' => "ARABIC LETTER MARK",
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        '\u{0}'..='\u{1F}' => "C0 control",
        '\u{80}'..='\u{9F}' => "C1 control",
        _ => "control",
    }
}

/// A character as a snippet may show it: controls as "�".
fn visible(c: char) -> char {
    match c {
        '\t' => '\t',
        '\u{0}'..='\u{1F}'
        | '\u{7F}'..='\u{9F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}' => '\u{FFFD}',
        c => c,
    }
}

fn line_bounds(source: &str, offset: usize) -> std::ops::Range<usize> {
    let start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = source[offset..]
        .find('\n')
        .map_or(source.len(), |i| offset + i);
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<(usize, Kind)> {
        scan(s).into_iter().map(|p| (p.offset, p.kind)).collect()
    }

    #[test]
    fn controls_are_found_and_ordinary_whitespace_is_not() {
        assert!(kinds("a\tb\r\nc\n").is_empty());
        assert_eq!(kinds("a\u{0}b"), [(1, Kind::Control)]);
        assert_eq!(kinds("a\rb"), [(1, Kind::Control)]);
        assert_eq!(kinds("\u{85}"), [(0, Kind::Control)]);
        assert_eq!(kinds("x\u{7F}"), [(1, Kind::Control)]);
    }

    #[test]
    fn overrides_always_and_unpaired_controls_are_problems() {
        assert_eq!(kinds("Working \u{202E}End"), [(8, Kind::Override)]);
        assert!(kinds("a \u{2067}نعم\u{2069} b\n").is_empty());
        assert!(kinds("\u{202B}x\u{202C}").is_empty());
        assert_eq!(kinds("a \u{2067}نعم\nb"), [(2, Kind::Unpaired)]);
        assert_eq!(kinds("b\u{2069}"), [(1, Kind::Unpaired)]);
        // An isolate closes the embedding opened inside it.
        assert!(kinds("\u{2066}\u{202B}x\u{2069}").is_empty());
    }

    #[test]
    fn errors_name_the_character_line_and_column_and_hide_it() {
        let d = check(Path::new("ar.ftl"), "a = 1\nb = x\u{202E}y\n");
        assert_eq!(d.0.len(), 1);
        let e = &d.0[0];
        assert_eq!((e.line, e.column), (Some(2), Some(6)));
        assert!(
            e.message.contains("U+202E (RIGHT-TO-LEFT OVERRIDE)"),
            "{}",
            e.message
        );
        assert!(!e.snippet.as_ref().unwrap().contains('\u{202E}'));
    }

    #[test]
    fn bom_is_removed_and_bad_utf8_located() {
        let s = decode(Path::new("e.toml"), b"\xEF\xBB\xBFid = 1".to_vec()).unwrap();
        assert_eq!(s, "id = 1");
        let e = decode(Path::new("e.toml"), b"a = 1\nb = \xFF".to_vec()).unwrap_err();
        assert_eq!((e.line, e.column), (Some(2), Some(5)));
    }

    #[test]
    fn long_lists_are_cut() {
        let src = "\u{0}".repeat(50);
        let d = check(Path::new("x"), &src);
        assert_eq!(d.0.len(), SHOWN + 1);
        assert!(d.0.last().unwrap().message.contains("40 more"));
    }
}

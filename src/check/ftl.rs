//! One Fluent file read for checking: its messages and terms through
//! fluent-syntax's AST, with what each pattern holds and where it starts.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use crate::lang::Lang;
use crate::report::{Code, Finding};

/// A parsed .ftl file.
#[derive(Debug, Clone)]
pub struct FtlFile {
    pub path: PathBuf,
    pub lang: Lang,
    /// The text as read (a byte-order mark removed).
    pub source: String,
    /// Messages and terms by id (terms with their leading `-`), in file order.
    pub entries: BTreeMap<String, Entry>,
    /// Syntax errors: byte offset and what the parser expected.
    pub syntax_errors: Vec<(usize, String)>,
}

/// A message or a term.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    /// Byte offset of the line defining it.
    pub offset: usize,
    /// Where the entry ends (the next entry's start), for locating text.
    pub end: usize,
    pub value: Option<PatternInfo>,
    pub attributes: BTreeMap<String, PatternInfo>,
    /// The translator marked it the same as the source on purpose, with a
    /// comment `# untranslated on purpose` right above it.
    pub same_on_purpose: bool,
}

/// The comment that tells `check` a text is the same as the source by choice.
pub const SAME_ON_PURPOSE: &str = "untranslated on purpose";

/// What one pattern (a value or an attribute) holds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PatternInfo {
    /// The literal text, every variant's included, placeables left out.
    pub text: String,
    /// Each text element on its own (variants included), for per-piece checks.
    pub pieces: Vec<String>,
    /// `$name` variables used anywhere in the pattern.
    pub variables: BTreeSet<String>,
    /// Messages referenced, as `id` or `id.attribute`.
    pub messages: BTreeSet<String>,
    /// Terms referenced, as `-id`.
    pub terms: BTreeSet<String>,
    pub selects: Vec<Select>,
    /// Whether the pattern has a placeable other than a string literal.
    pub has_placeables: bool,
}

/// A select expression: its selector and its variant keys.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Select {
    /// The selector as written, e.g. "$count" or "NUMBER($count)".
    pub selector: String,
    /// Whether the selector is a `NUMBER()` call.
    pub number_call: bool,
    pub keys: Vec<String>,
}

impl Select {
    /// Whether this select chooses by plural category: a NUMBER() selector,
    /// or a key that is a CLDR plural category other than the catch-all
    /// "other", or a number.
    pub fn is_plural(&self) -> bool {
        self.number_call
            || self.keys.iter().any(|k| {
                matches!(k.as_str(), "zero" | "one" | "two" | "few" | "many")
                    || k.parse::<f64>().is_ok()
            })
    }
}

impl FtlFile {
    /// Parses `source` (the text of `path`, in `lang`).
    pub fn parse(path: &Path, lang: Lang, source: &str) -> FtlFile {
        let source = source
            .strip_prefix('\u{feff}')
            .unwrap_or(source)
            .to_string();
        let (resource, errors) = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(r) => (r, Vec::new()),
            Err((r, e)) => (r, e),
        };
        // Where each unparsed block starts: the parser reports where it gave
        // up (often the end of the file), the reader wants the entry's line.
        let junk: Vec<(usize, usize)> = resource
            .body
            .iter()
            .filter_map(|e| match e {
                ast::Entry::Junk { content } => {
                    let start = content.as_ptr() as usize - source.as_ptr() as usize;
                    Some((start, start + content.len()))
                }
                _ => None,
            })
            .collect();
        let syntax_errors = errors
            .iter()
            .map(|e| {
                let start = junk
                    .iter()
                    .find(|(a, b)| (*a..=*b).contains(&e.pos.start))
                    .map_or(e.pos.start, |j| j.0);
                let what = e.kind.to_string();
                let what = if start == e.pos.start {
                    what
                } else {
                    let loc = crate::diag::Loc::from_offset(&source, e.pos.start);
                    format!("{what} (at line {}, column {})", loc.line, loc.column)
                };
                (start, what)
            })
            .collect();
        let starts = entry_starts(&source);
        let mut entries = BTreeMap::new();
        for entry in &resource.body {
            let (id, value, attributes, comment) = match entry {
                ast::Entry::Message(m) => (
                    m.id.name.to_string(),
                    m.value.as_ref(),
                    &m.attributes,
                    &m.comment,
                ),
                ast::Entry::Term(t) => (
                    format!("-{}", t.id.name),
                    Some(&t.value),
                    &t.attributes,
                    &t.comment,
                ),
                _ => continue,
            };
            let same_on_purpose = comment.as_ref().is_some_and(|c| {
                c.content
                    .iter()
                    .any(|l| l.to_lowercase().contains(SAME_ON_PURPOSE))
            });
            let (offset, end) = starts.get(&id).copied().unwrap_or((0, source.len()));
            entries.insert(
                id,
                Entry {
                    offset,
                    end,
                    value: value.map(PatternInfo::of),
                    attributes: attributes
                        .iter()
                        .map(|a| (a.id.name.to_string(), PatternInfo::of(&a.value)))
                        .collect(),
                    same_on_purpose,
                },
            );
        }
        FtlFile {
            path: path.to_path_buf(),
            lang,
            source,
            entries,
            syntax_errors,
        }
    }

    /// Whether `id` (or `id.attribute`) exists with a value.
    pub fn has(&self, id: &str) -> bool {
        match id.split_once('.') {
            Some((m, a)) => self
                .entries
                .get(m)
                .is_some_and(|e| e.attributes.contains_key(a)),
            None => self.entries.get(id).is_some_and(|e| e.value.is_some()),
        }
    }

    /// A finding about message `full` (of entry `id`) of this file, placed
    /// at `needle` inside the entry's definition.
    pub fn finding(&self, code: Code, id: &str, full: &str, needle: &str, text: String) -> Finding {
        Finding::new(code, &self.path, text)
            .lang(self.lang)
            .message(full)
            .at_offset(&self.source, self.locate(id, needle))
    }

    /// A finding at byte `within` of `needle`: the caret on the
    /// punctuation of "after it?", not on its first word.
    pub fn finding_at(
        &self,
        code: Code,
        id: &str,
        full: &str,
        needle: (&str, usize),
        text: String,
    ) -> Finding {
        let start = self.locate(id, needle.0);
        let at = if self.source[start..].starts_with(needle.0) {
            start + needle.1
        } else {
            start
        };
        Finding::new(code, &self.path, text)
            .lang(self.lang)
            .message(full)
            .at_offset(&self.source, at)
    }

    /// Byte offset of `needle` inside the definition of `id` (from the
    /// `from`-th byte of the entry on), or the entry's start.
    pub fn locate(&self, id: &str, needle: &str) -> usize {
        let Some(e) = self.entries.get(id) else {
            return 0;
        };
        let end = e.end.min(self.source.len());
        self.source
            .get(e.offset..end)
            .and_then(|s| s.find(needle))
            .map_or(e.offset, |i| e.offset + i)
    }
}

impl PatternInfo {
    fn of(p: &ast::Pattern<&str>) -> PatternInfo {
        let mut info = PatternInfo::default();
        info.pattern(p);
        info
    }

    fn pattern(&mut self, p: &ast::Pattern<&str>) {
        for el in &p.elements {
            match el {
                ast::PatternElement::TextElement { value } => {
                    self.text.push_str(value);
                    self.pieces.push(value.to_string());
                }
                ast::PatternElement::Placeable { expression } => self.expression(expression),
            }
        }
    }

    fn expression(&mut self, e: &ast::Expression<&str>) {
        match e {
            ast::Expression::Inline(i) => self.inline(i),
            ast::Expression::Select { selector, variants } => {
                self.has_placeables = true;
                self.inline(selector);
                let number_call = matches!(selector,
                    ast::InlineExpression::FunctionReference { id, .. } if id.name == "NUMBER");
                self.selects.push(Select {
                    selector: selector_text(selector),
                    number_call,
                    keys: variants
                        .iter()
                        .map(|v| match &v.key {
                            ast::VariantKey::Identifier { name } => name.to_string(),
                            ast::VariantKey::NumberLiteral { value } => value.to_string(),
                        })
                        .collect(),
                });
                for v in variants {
                    // Variants are alternatives: keep their texts apart.
                    self.text.push('\n');
                    self.pattern(&v.value);
                }
            }
        }
    }

    fn inline(&mut self, i: &ast::InlineExpression<&str>) {
        use ast::InlineExpression as I;
        // A string literal is text written another way; all else shows
        // something only known when formatting.
        if !matches!(i, I::StringLiteral { .. } | I::Placeable { .. }) {
            self.has_placeables = true;
        }
        match i {
            I::StringLiteral { value } => {
                self.text.push_str(value);
                self.pieces.push(value.to_string());
            }
            I::NumberLiteral { value } => self.text.push_str(value),
            I::VariableReference { id } => {
                self.variables.insert(id.name.to_string());
            }
            I::MessageReference { id, attribute } => {
                self.messages.insert(match attribute {
                    Some(a) => format!("{}.{}", id.name, a.name),
                    None => id.name.to_string(),
                });
            }
            I::TermReference {
                id,
                attribute: _,
                arguments,
            } => {
                self.terms.insert(format!("-{}", id.name));
                if let Some(args) = arguments {
                    self.arguments(args);
                }
            }
            I::FunctionReference { arguments, .. } => self.arguments(arguments),
            I::Placeable { expression } => self.expression(expression),
        }
    }

    fn arguments(&mut self, args: &ast::CallArguments<&str>) {
        for a in &args.positional {
            self.inline(a);
        }
        for a in &args.named {
            self.inline(&a.value);
        }
    }

    /// Whether the pattern shows nothing: no text but white space and no
    /// placeable.
    pub fn is_empty(&self) -> bool {
        !self.has_placeables && self.text.trim().is_empty()
    }
}

fn selector_text(s: &ast::InlineExpression<&str>) -> String {
    use ast::InlineExpression as I;
    match s {
        I::VariableReference { id } => format!("${}", id.name),
        I::FunctionReference { id, arguments } => {
            let args: Vec<String> = arguments.positional.iter().map(selector_text).collect();
            format!("{}({})", id.name, args.join(", "))
        }
        I::MessageReference { id, .. } => id.name.to_string(),
        I::TermReference { id, attribute, .. } => match attribute {
            Some(a) => format!("-{}.{}", id.name, a.name),
            None => format!("-{}", id.name),
        },
        I::StringLiteral { value } => format!("\"{value}\""),
        I::NumberLiteral { value } => value.to_string(),
        I::Placeable { .. } => "{ … }".into(),
    }
}

/// Where each entry's definition starts and ends, by id: a line that
/// begins with an identifier (or `-` and one, for terms) and `=`.
fn entry_starts(source: &str) -> BTreeMap<String, (usize, usize)> {
    let starts = crate::i18n::definitions(source);
    let mut out = BTreeMap::new();
    for (i, (id, start)) in starts.iter().enumerate() {
        let end = starts.get(i + 1).map_or(source.len(), |n| n.1);
        out.entry(id.clone()).or_insert((*start, end));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_terms_placeables_and_selects() {
        let src = "\u{feff}-brand = tarjama\nhello = Hi { $name }, see { -brand } and { other.title }\n    .title = T { $n }\ncount = { NUMBER($n) ->\n    [one] one item\n   *[other] { $n } items\n}\nbroken = {\n";
        let f = FtlFile::parse(Path::new("x.ftl"), Lang::En, src);
        assert!(f.entries.contains_key("-brand"));
        let hello = &f.entries["hello"];
        let v = hello.value.as_ref().unwrap();
        assert_eq!(v.variables, BTreeSet::from(["name".to_string()]));
        assert_eq!(v.terms, BTreeSet::from(["-brand".to_string()]));
        assert_eq!(v.messages, BTreeSet::from(["other.title".to_string()]));
        assert!(hello.attributes["title"].variables.contains("n"));
        assert!(f.has("hello.title") && !f.has("hello.nope"));
        let count = f.entries["count"].value.as_ref().unwrap();
        assert_eq!(count.selects[0].keys, vec!["one", "other"]);
        assert!(count.selects[0].is_plural());
        assert_eq!(count.selects[0].selector, "NUMBER($n)");
        assert_eq!(f.syntax_errors.len(), 1, "{:?}", f.syntax_errors);
        // Offsets point at the defining line (the BOM is gone).
        assert!(f.source[hello.offset..].starts_with("hello ="));
        assert_eq!(f.locate("hello", "see"), f.source.find("see").unwrap());
    }

    #[test]
    fn a_string_select_is_not_plural() {
        let s = Select {
            selector: "$recruit".into(),
            number_call: false,
            keys: vec!["yes".into(), "no".into()],
        };
        assert!(!s.is_plural());
    }
}

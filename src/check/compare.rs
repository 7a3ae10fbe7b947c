//! A translation against its source, message by message: messages and
//! attributes missing or obsolete, variables and references that differ,
//! references that resolve nowhere, plural variants CLDR asks for.

use std::collections::BTreeSet;

use icu::locale::Locale;
use icu::plurals::{PluralCategory, PluralRules};

use super::ftl::{FtlFile, PatternInfo};
use super::text;
use crate::report::{Code, Finding};

/// The findings of `tr` compared with `src` (the same kind of file in the
/// source language). `scope` is every file of the translation's language,
/// where its references must resolve.
pub fn compare(src: &FtlFile, tr: &FtlFile, scope: &[&FtlFile]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (id, s) in &src.entries {
        let Some(t) = tr.entries.get(id) else {
            let english = s.value.as_ref().map(|v| v.text.trim()).unwrap_or("");
            out.push(
                Finding::new(
                    Code::MissingMessage,
                    &tr.path,
                    format!("message `{id}` is missing in {}", tr.lang),
                )
                .lang(tr.lang)
                .message(id.as_str())
                .help(format!(
                    "add `{id} = …` (the source says: {})",
                    shorten(english, 60)
                )),
            );
            continue;
        };
        let here = |code: Code, text: String| {
            Finding::new(code, &tr.path, text)
                .lang(tr.lang)
                .message(id.as_str())
                .at_offset(&tr.source, t.offset)
        };
        match (&s.value, &t.value) {
            (Some(_), None) => out.push(
                here(
                    Code::MissingMessage,
                    format!("message `{id}` has no value in {}", tr.lang),
                )
                .help("give it a value, as the source does"),
            ),
            (None, Some(_)) => out.push(
                here(
                    Code::ObsoleteAttribute,
                    format!("message `{id}` has a value the source does not have"),
                )
                .help("remove the value, or ask for it in the source"),
            ),
            _ => {}
        }
        for a in s.attributes.keys() {
            if !t.attributes.contains_key(a) {
                out.push(
                    here(
                        Code::MissingAttribute,
                        format!("attribute `.{a}` of `{id}` is missing in {}", tr.lang),
                    )
                    .help(format!("add `    .{a} = …` under `{id}`")),
                );
            }
        }
        for a in t.attributes.keys() {
            if !s.attributes.contains_key(a) {
                out.push(
                    here(
                        Code::ObsoleteAttribute,
                        format!("attribute `.{a}` of `{id}` is not in the source"),
                    )
                    .help("remove it (nothing reads it)"),
                );
            }
        }
        let pairs = s
            .value
            .iter()
            .zip(t.value.iter())
            .map(|(a, b)| (id.clone(), a, b))
            .chain(s.attributes.iter().filter_map(|(name, a)| {
                t.attributes
                    .get(name)
                    .map(|b| (format!("{id}.{name}"), a, b))
            }));
        for (full, sp, tp) in pairs {
            out.extend(placeables(src, tr, id, &full, sp, tp));
            out.extend(
                text::compared(src.lang, tr, id, &full, sp, tp)
                    .into_iter()
                    .filter(|f| !(t.same_on_purpose && f.code == Code::Untranslated)),
            );
        }
    }
    for (id, t) in &tr.entries {
        if !src.entries.contains_key(id) {
            out.push(
                Finding::new(
                    Code::ObsoleteMessage,
                    &tr.path,
                    format!("message `{id}` is not in the source ({})", src.lang),
                )
                .lang(tr.lang)
                .message(id.as_str())
                .at_offset(&tr.source, t.offset)
                .help(format!(
                    "remove it, or add it to {} if it is needed",
                    src.path.display()
                )),
            );
        }
    }
    out.extend(references(tr, scope));
    out
}

/// Variables and references of one pattern against its source pattern.
fn placeables(
    src: &FtlFile,
    tr: &FtlFile,
    id: &str,
    full: &str,
    sp: &PatternInfo,
    tp: &PatternInfo,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let at = |code: Code, text: String, needle: &str| tr.finding(code, id, full, needle, text);
    for v in sp.variables.difference(&tp.variables) {
        out.push(
            at(
                Code::VariableMissing,
                format!("`{{ ${v} }}` of the source is missing in `{full}`"),
                "=",
            )
            .help(format!(
                "put `{{ ${v} }}` where it belongs in the {} sentence",
                tr.lang
            )),
        );
    }
    for v in tp.variables.difference(&sp.variables) {
        out.push(
            at(
                Code::VariableUnknown,
                format!(
                    "`{full}` uses `{{ ${v} }}`, which the source does not have: it will show as an error"
                ),
                &format!("${v}"),
            )
            .help(format!(
                "use only the source's variables: {}",
                list(&sp.variables, "$")
            )),
        );
    }
    let refs = |p: &PatternInfo| -> BTreeSet<String> {
        p.messages.iter().chain(&p.terms).cloned().collect()
    };
    let (sr, trf) = (refs(sp), refs(tp));
    for r in sr.symmetric_difference(&trf) {
        let (what, needle) = if sr.contains(r) {
            ("the source references", "=")
        } else {
            ("only the translation references", r.as_str())
        };
        out.push(
            at(
                Code::ReferenceDiffers,
                format!("{what} `{{ {r} }}` in `{full}`"),
                needle,
            )
            .help(format!(
                "check it is meant: the source ({}) has {}",
                src.lang,
                if sr.is_empty() {
                    "no references".to_string()
                } else {
                    list(&sr, "")
                }
            )),
        );
    }
    let needed = plural_categories(tr.lang.code());
    for sel in tp.selects.iter().filter(|s| {
        s.is_plural()
            || sp
                .selects
                .iter()
                .any(|o| o.selector == s.selector && o.is_plural())
    }) {
        let missing: Vec<&str> = needed
            .iter()
            .copied()
            .filter(|c| !sel.keys.iter().any(|k| k == c))
            .collect();
        if !missing.is_empty() {
            out.push(
                at(
                    Code::PluralCategories,
                    format!(
                        "the selector `{}` in `{full}` has no variant for the {} plural categor{} {} needs (CLDR: {})",
                        sel.selector,
                        missing.join(", "),
                        if missing.len() == 1 { "y" } else { "ies" },
                        tr.lang,
                        needed.join(", "),
                    ),
                    &sel.selector,
                )
                .help(format!(
                    "add {} (the default variant is used for them now)",
                    missing
                        .iter()
                        .map(|c| format!("`[{c}]`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            );
        }
    }
    out
}

/// References to messages, attributes and terms that exist in none of the
/// language's files: Fluent shows them as errors, with no fallback.
fn references(tr: &FtlFile, scope: &[&FtlFile]) -> Vec<Finding> {
    let mut out = Vec::new();
    let exists = |r: &str| scope.iter().any(|f| f.has(r));
    for (id, e) in &tr.entries {
        let patterns = e.value.iter().chain(e.attributes.values());
        for p in patterns {
            for r in p.messages.iter().chain(&p.terms) {
                if exists(r) {
                    continue;
                }
                let known: Vec<&str> = scope
                    .iter()
                    .flat_map(|f| f.entries.keys().map(String::as_str))
                    .collect();
                let help = match crate::diag::closest(r, &known) {
                    Some(k) => format!("did you mean `{k}`? Otherwise define `{r}`"),
                    None => format!("define `{r}` in this language's messages, or remove it"),
                };
                let base = r.split('.').next().unwrap_or(r);
                out.push(
                    tr.finding(
                        Code::UnknownReference,
                        id,
                        id,
                        base,
                        format!(
                            "`{id}` references `{r}`, which does not exist in {}",
                            tr.lang
                        ),
                    )
                    .help(help),
                );
            }
        }
    }
    out
}

/// The cardinal plural categories CLDR gives the language `tag`.
pub fn plural_categories(tag: &str) -> Vec<&'static str> {
    let locale: Locale = tag.parse().unwrap_or(Locale::UNKNOWN);
    let Ok(rules) = PluralRules::try_new_cardinal(locale.into()) else {
        return vec!["other"];
    };
    rules
        .categories()
        .map(|c| match c {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        })
        .collect()
}

fn list(set: &BTreeSet<String>, prefix: &str) -> String {
    if set.is_empty() {
        return "none".into();
    }
    set.iter()
        .map(|v| format!("`{{ {prefix}{v} }}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The first `n` characters of `s`, with an ellipsis if cut.
pub fn shorten(s: &str, n: usize) -> String {
    let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= n {
        format!("“{one_line}”")
    } else {
        format!("“{}…”", one_line.chars().take(n).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use std::path::Path;

    fn files(en: &str, ar: &str) -> (FtlFile, FtlFile) {
        (
            FtlFile::parse(Path::new("en.ftl"), Lang::En, en),
            FtlFile::parse(Path::new("ar.ftl"), Lang::Ar, ar),
        )
    }

    fn codes(v: &[Finding]) -> Vec<Code> {
        let mut c: Vec<Code> = v.iter().map(|f| f.code).collect();
        c.sort();
        c
    }

    #[test]
    fn cldr_categories() {
        assert_eq!(
            plural_categories("ar"),
            ["zero", "one", "two", "few", "many", "other"]
        );
        assert_eq!(plural_categories("en"), ["one", "other"]);
        assert!(plural_categories("fr").contains(&"many"));
    }

    #[test]
    fn missing_obsolete_and_attributes() {
        let (en, ar) = files(
            "a = A\n    .title = T\nb = B\n",
            "a = أ\n    .tip = ت\nc = ج\n",
        );
        let f = compare(&en, &ar, &[&ar]);
        assert_eq!(
            codes(&f),
            [
                Code::MissingMessage,
                Code::MissingAttribute,
                Code::ObsoleteMessage,
                Code::ObsoleteAttribute
            ]
        );
        let obsolete = f.iter().find(|x| x.code == Code::ObsoleteMessage).unwrap();
        assert_eq!(obsolete.line, Some(3));
        assert_eq!(obsolete.message_id.as_deref(), Some("c"));
    }

    #[test]
    fn variables_references_and_plurals() {
        let (en, ar) = files(
            "n = { $count ->\n    [one] one day\n   *[other] { $count } days\n}\nm = See { n } for { $x }\n",
            "n = { $count ->\n    [one] يوم\n   *[other] { $count } أيام\n}\nm = انظر { nn } { $y }\n",
        );
        let f = compare(&en, &ar, &[&ar]);
        let c = codes(&f);
        assert!(c.contains(&Code::VariableMissing), "{f:#?}");
        assert!(c.contains(&Code::VariableUnknown), "{f:#?}");
        assert!(c.contains(&Code::UnknownReference), "{f:#?}");
        assert!(c.contains(&Code::ReferenceDiffers), "{f:#?}");
        let plural = f.iter().find(|x| x.code == Code::PluralCategories).unwrap();
        for cat in ["zero", "two", "few", "many"] {
            assert!(plural.text.contains(cat), "{}", plural.text);
        }
        let unknown = f.iter().find(|x| x.code == Code::UnknownReference).unwrap();
        assert!(
            unknown.help.as_deref().unwrap().contains("`n`"),
            "{unknown:?}"
        );
        assert_eq!(unknown.line, Some(5));
    }
}

//! Checks on the words of a message: bidi controls typed in, empty values,
//! typography of the language; and against the source text: untranslated
//! text, numbers and web addresses that went missing.

use std::collections::{BTreeMap, BTreeSet};

use super::ftl::{FtlFile, PatternInfo};
use crate::doc::{western_digit, Digits};
use crate::lang::Lang;
use crate::report::{Code, Finding};

/// Checks of one pattern of `file` on its own (any language, source too);
/// `digits`: the digits the meeting's documents in this language use.
pub fn own(file: &FtlFile, id: &str, full: &str, p: &PatternInfo, digits: Digits) -> Vec<Finding> {
    let mut out = Vec::new();
    let at = |code: Code, text: String, needle: &str| file.finding(code, id, full, needle, text);
    if p.is_empty() {
        out.push(
            at(Code::EmptyValue, format!("`{full}` is empty"), "=")
                .help("write the text, or remove the message to fall back to the source"),
        );
    }
    for piece in &p.pieces {
        for c in piece.chars().filter(|&c| is_bidi_control(c)) {
            out.push(
                at(
                    Code::BidiControl,
                    format!(
                        "`{full}` holds the invisible bidi control U+{:04X} ({})",
                        c as u32,
                        control_name(c)
                    ),
                    &c.to_string(),
                )
                .help("delete it: tarjama sets the direction of mixed text itself"),
            );
        }
        for line in piece.lines() {
            if line.trim_start().contains("  ") {
                let needle = line.trim_start();
                let needle = &needle[..needle.find("  ").unwrap_or(0) + 2];
                out.push(
                    at(
                        Code::DoubleSpace,
                        format!("`{full}` has two spaces in a row"),
                        needle,
                    )
                    .help("write one space"),
                );
            }
        }
        out.extend(quotes(file.lang, piece).into_iter().map(|(bad, want)| {
            at(
                Code::Quotes,
                format!(
                    "`{full}` has a straight {} where {} typography writes {want}",
                    if bad == '\'' { "apostrophe" } else { "quote" },
                    language_name(file.lang)
                ),
                &bad.to_string(),
            )
            .help(format!("write {want}"))
        }));
        if file.lang == Lang::Ar {
            for (i, latin, arabic) in latin_punctuation(piece) {
                let before: String = piece[..i]
                    .chars()
                    .rev()
                    .take(10)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                let needle = format!("{}{latin}", before.trim_start());
                out.push(
                    file.finding_at(
                        Code::LatinPunctuation,
                        id,
                        full,
                        (&needle, needle.len() - latin.len_utf8()),
                        format!("`{full}` has a Latin `{latin}` in Arabic text (after “{before}”)"),
                    )
                    .help(format!("write the Arabic `{arabic}`")),
                );
            }
            for (offset, word) in other_digits(piece, digits) {
                // Located with what follows it on its line: "20" alone
                // would be found inside an earlier "2026".
                let context: String = piece[offset..]
                    .lines()
                    .next()
                    .unwrap_or(word)
                    .chars()
                    .take(word.chars().count() + 12)
                    .collect();
                let (typed, want, setting) = match digits {
                    Digits::ArabicIndic => ("Western", "Arabic-Indic", "arabic-indic"),
                    Digits::Western => ("Arabic-Indic", "Western", "western"),
                };
                out.push(
                    file.finding_at(
                        Code::OtherDigits,
                        id,
                        full,
                        (&context, 0),
                        format!(
                            "`{full}` writes “{word}” in {typed} digits; this meeting's Arabic documents use {want} digits (arabic_digits = \"{setting}\")"
                        ),
                    )
                    .help(format!(
                        "write “{}”, or change arabic_digits in event.toml",
                        convert_digits(word, digits)
                    )),
                );
            }
        }
        if file.lang == Lang::Fr {
            for (i, mark) in ordinary_space_in_guillemets(piece) {
                let near: String = piece[i..].chars().take(12).collect();
                out.push(
                    file.finding_at(
                        Code::BreakingSpace,
                        id,
                        full,
                        (&near, 0),
                        format!("`{full}` has an ordinary space inside `{mark}` (“{near}”): Word and LibreOffice may break the line there"),
                    )
                    .help("write a narrow no-break space (U+202F) or a no-break space (U+00A0) inside « »"),
                );
            }
            for (i, punct) in missing_space_before(piece) {
                let before: String = piece[..i].chars().rev().take(12).collect();
                let before: String = before.chars().rev().collect();
                let needle = format!("{}{punct}", before.trim_start());
                out.push(
                    file.finding_at(
                        Code::SpaceBeforePunctuation,
                        id,
                        full,
                        (&needle, needle.len() - punct.len_utf8()),
                        format!("`{full}` has no space before `{punct}` (after “{before}”)"),
                    )
                    .help(format!(
                        "French puts a (narrow) no-break space before `{punct}`: write U+202F or U+00A0 before it"
                    )),
                );
            }
        }
    }
    out
}

/// The words of Arabic text `piece` whose digits are not `digits`, with
/// their byte offsets: a document then mixes both kinds. A word holding
/// Latin letters (COVID-19, an address, A/RES/73/195) or a sign (a phone
/// number "+20 2 2735 1100"), and numbers right after one ("SDG 10.7"),
/// are Latin text and keep Western digits.
fn other_digits(piece: &str, digits: Digits) -> Vec<(usize, &str)> {
    let other = |c: char| match digits {
        Digits::ArabicIndic => c.is_ascii_digit(),
        Digits::Western => western_digit(c).is_some(),
    };
    let latin =
        |w: &str| w.starts_with('+') || w.chars().any(|c| c.is_ascii_alphabetic() || c == '@');
    let numeric = |w: &str| {
        w.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '–'))
    };
    let mut out = Vec::new();
    let mut after_latin = false;
    for raw in
        piece.split(|c: char| c.is_whitespace() || matches!(c, '،' | '؛' | '(' | ')' | '«' | '»'))
    {
        // Without the markup and punctuation around it: "**15" is "15".
        let w = raw.trim_matches(|c: char| !(c.is_alphanumeric() || matches!(c, '%' | '٪' | '+')));
        if w.is_empty() {
            continue;
        }
        let is_latin = latin(w) || (after_latin && numeric(w));
        if !is_latin && w.chars().any(other) {
            out.push((w.as_ptr() as usize - piece.as_ptr() as usize, w));
        }
        after_latin = is_latin;
    }
    out
}

/// `word` with its digits written in `digits`, and the signs that go with
/// them: Arabic-Indic digits take the Arabic decimal and thousands
/// separators and per cent sign (٢٬٤٠٠ ، ٧١٫٣٪).
fn convert_digits(word: &str, digits: Digits) -> String {
    const SIGNS: [(char, char); 3] = [('.', '٫'), (',', '٬'), ('%', '٪')];
    let chars: Vec<char> = word.chars().collect();
    let digit_at = |i: Option<usize>| {
        i.and_then(|i| chars.get(i))
            .is_some_and(|&c| c.is_ascii_digit() || western_digit(c).is_some())
    };
    (0..chars.len())
        .map(|i| {
            let c = chars[i];
            // A separator between digits, a per cent sign after one.
            let sign = c != '%' && digit_at(i.checked_sub(1)) && digit_at(Some(i + 1))
                || (c == '%' || c == '٪') && digit_at(i.checked_sub(1));
            match digits {
                Digits::ArabicIndic => match SIGNS.iter().find(|s| s.0 == c) {
                    Some(&(_, ar)) if sign => ar,
                    _ => digits.convert(&c.to_string()).chars().next().unwrap_or(c),
                },
                Digits::Western => match (c, SIGNS.iter().find(|s| s.1 == c)) {
                    (_, Some(&(latin, _))) if sign => latin,
                    _ => western_digit(c).unwrap_or(c),
                },
            }
        })
        .collect()
}

/// Checks of a translated pattern against its source pattern.
pub fn compared(
    src_lang: Lang,
    tr: &FtlFile,
    id: &str,
    full: &str,
    sp: &PatternInfo,
    tp: &PatternInfo,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let at = |code: Code, text: String, needle: &str| tr.finding(code, id, full, needle, text);
    let same = normalise(&sp.text) == normalise(&tp.text);
    if same && tr.lang != src_lang && sp.text.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
        out.push(
            at(
                Code::Untranslated,
                format!("`{full}` is the same as in {src_lang}: probably untranslated"),
                "=",
            )
            .help(format!(
                "translate it into {}, or if it is the same on purpose, put the comment `# {}` right above it",
                language_name(tr.lang),
                super::ftl::SAME_ON_PURPOSE
            )),
        );
    }
    let (sn, tn) = (numbers(&sp.text), numbers(&tp.text));
    for (n, &count) in &sn {
        let here = tn.get(n).copied().unwrap_or(0);
        if here >= count {
            continue;
        }
        let text = if here == 0 {
            format!("`{full}`: the number {n} of the source is not in the translation")
        } else {
            format!("`{full}`: the number {n} is {count} times in the source, {here} in the translation")
        };
        out.push(at(Code::NumberMissing, text, "=").help(format!(
            "check the translation says {n} (in Western or Arabic-Indic digits)"
        )));
    }
    let (su, tu) = (urls(&sp.text), urls(&tp.text));
    // A language version of the same page (/en/ and /ar/, lang=en and
    // lang=ar) is the address the translation should give.
    let (sk, tk): (BTreeSet<String>, BTreeSet<String>) = (
        su.iter().map(|u| page_key(u)).collect(),
        tu.iter().map(|u| page_key(u)).collect(),
    );
    for u in su.difference(&tu).filter(|u| !tk.contains(&page_key(u))) {
        out.push(
            at(
                Code::UrlDiffers,
                format!("`{full}`: the source's address {u} is not in the translation"),
                "=",
            )
            .help("copy the address exactly (or a language version of the same page)"),
        );
    }
    for u in tu.difference(&su).filter(|u| !sk.contains(&page_key(u))) {
        out.push(
            at(
                Code::UrlDiffers,
                format!("`{full}`: the address {u} is not in the source"),
                u,
            )
            .help("check the address is the one the source means"),
        );
    }
    out
}

/// `url` with each part that is a UN language code ("/en/", "lang=ar",
/// "fr.example.org") replaced by one mark, and a path segment that is one
/// left out (UN sites serve English without "/en/", Arabic under "/ar/"):
/// the same for every language version of a page.
fn page_key(url: &str) -> String {
    let key = marked_codes(url);
    let key = key.replace("/{lang}/", "/");
    key.strip_suffix("/{lang}")
        .map_or(key.clone(), str::to_owned)
}

fn marked_codes(url: &str) -> String {
    const SEPARATORS: [char; 8] = ['/', '?', '&', '=', '.', '#', '-', '_'];
    let mut out = String::with_capacity(url.len());
    for part in url.split_inclusive(SEPARATORS) {
        let (word, sep) = match part.strip_suffix(SEPARATORS) {
            Some(word) => part.split_at(word.len()),
            None => (part, ""),
        };
        let code = word.to_ascii_lowercase();
        if matches!(code.as_str(), "ar" | "zh" | "en" | "fr" | "ru" | "es") {
            out.push_str("{lang}");
        } else {
            out.push_str(word);
        }
        out.push_str(sep);
    }
    out
}

/// Directional formatting characters a translator may paste in unseen.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn control_name(c: char) -> &'static str {
    match c {
        '\u{200E}' => "left-to-right mark",
        '\u{200F}' => "right-to-left mark",
        '\u{061C}' => "Arabic letter mark",
        '\u{202A}' => "left-to-right embedding",
        '\u{202B}' => "right-to-left embedding",
        '\u{202C}' => "pop directional formatting",
        '\u{202D}' => "left-to-right override",
        '\u{202E}' => "right-to-left override",
        '\u{2066}' => "left-to-right isolate",
        '\u{2067}' => "right-to-left isolate",
        '\u{2068}' => "first strong isolate",
        _ => "pop directional isolate",
    }
}

fn language_name(l: Lang) -> &'static str {
    match l {
        Lang::Ar => "Arabic",
        Lang::Zh => "Chinese",
        Lang::En => "English",
        Lang::Fr => "French",
        Lang::Ru => "Russian",
        Lang::Es => "Spanish",
    }
}

/// Straight quotes a language's typography replaces: (character, what to
/// write instead), once per kind.
fn quotes(lang: Lang, text: &str) -> Vec<(char, &'static str)> {
    let rules: &[(char, &str)] = match lang {
        Lang::Fr => &[('\'', "’"), ('"', "« » (with no-break spaces inside)")],
        Lang::Ar => &[('"', "« »")],
        Lang::Es => &[('"', "« » or “ ”")],
        _ => &[],
    };
    rules
        .iter()
        .copied()
        .filter(|(c, _)| text.contains(*c))
        .collect()
}

/// French `:` `;` `?` `!` not preceded by a space: (byte offset, mark).
/// Times (14:30), addresses (https://) and a mark at the start of a piece
/// (after a placeable, where the space may be in the variable) are left alone.
fn missing_space_before(text: &str) -> Vec<(usize, char)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, ':' | ';' | '?' | '!') || k == 0 {
            continue;
        }
        let prev = chars[k - 1].1;
        let next = chars.get(k + 1).map(|x| x.1);
        let spaced = prev.is_whitespace() || matches!(prev, '\u{A0}' | '\u{202F}');
        let time = c == ':' && prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit());
        let address = c == ':' && next == Some('/');
        let doubled = matches!(prev, '?' | '!');
        if !(spaced || time || address || doubled || in_address(text, i)) {
            out.push((i, c));
        }
    }
    out
}

/// Latin commas, semicolons and question marks right after an Arabic
/// letter: byte offset, the mark, and the Arabic one (، ؛ ؟).
fn latin_punctuation(text: &str) -> Vec<(usize, char, char)> {
    let arabic_letter = |c: char| {
        c.is_alphabetic() && matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}')
    };
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    // In a text mostly in Arabic, a mark between a Latin word and Arabic
    // (or ending the line) is Arabic punctuation too: "مكتب UNHCR, لدول",
    // "الغاية SDG 10.7?". Between two Latin words ("UNHCR, IOM") it is not.
    let letters = text.chars().filter(|c| c.is_alphabetic());
    let (ar, all) = letters.fold((0, 0), |(a, n), c| {
        (a + usize::from(arabic_letter(c)), n + 1)
    });
    let mostly_arabic = ar * 2 > all;
    // The last letter before: a number in Arabic text ("لعام 2025?")
    // takes Arabic punctuation too, unless it is a thousands comma.
    let mut last_letter: Option<char> = None;
    for (i, c) in text.char_indices() {
        let arabic = match c {
            ',' => Some('،'),
            ';' => Some('؛'),
            '?' => Some('؟'),
            _ => None,
        };
        if let (Some(a), Some(p)) = (arabic, prev) {
            let next_digit = text[i + 1..].starts_with(|n: char| n.is_ascii_digit());
            let after_number = p.is_numeric()
                && last_letter.is_some_and(arabic_letter)
                && !(c == ',' && next_digit);
            let rest = text[i + 1..].trim_start_matches([' ', '\u{a0}']);
            let ends_clause =
                rest.is_empty() || rest.starts_with('\n') || rest.starts_with(arabic_letter);
            let latin_word = p.is_alphanumeric() && !(c == ',' && next_digit);
            if arabic_letter(p)
                || after_number
                || (mostly_arabic && latin_word && ends_clause && !in_address(text, i))
            {
                out.push((i, c, a));
            }
        }
        if c.is_alphabetic() {
            last_letter = Some(c);
        }
        prev = Some(c);
    }
    out
}

/// Where an ordinary space stands right after « or right before »: byte
/// offset of the guillemet, and which one.
fn ordinary_space_in_guillemets(text: &str) -> Vec<(usize, char)> {
    let mut out = Vec::new();
    for (i, c) in text.char_indices() {
        let spaced = match c {
            '«' => text[i + c.len_utf8()..].starts_with(' '),
            '»' => text[..i].ends_with(' '),
            _ => false,
        };
        if spaced {
            out.push((if c == '»' { i - 1 } else { i }, c));
        }
    }
    out
}

/// Whether byte `i` of `text` lies in a web or mail address (the `?` of a
/// query string is no French question mark).
fn in_address(text: &str, i: usize) -> bool {
    let start = text[..i]
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '<')
        .map_or(0, |j| j + 1);
    let end = text[i..]
        .find(|c: char| c.is_whitespace() || c == ')' || c == '>')
        .map_or(text.len(), |j| i + j);
    let word = &text[start..end];
    word.contains("://") || word.starts_with("www.") || word.contains('@')
}

/// The numbers in a text and how often each occurs, Arabic-Indic digits
/// read as Western ones.
pub fn numbers(text: &str) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    let mut cur = String::new();
    for c in text.chars().chain([' ']) {
        let d = if c.is_ascii_digit() {
            Some(c)
        } else {
            western_digit(c)
        };
        match d {
            Some(d) => cur.push(d),
            None if !cur.is_empty() => {
                // "07:30" and "7.30" give the same hour: compare values.
                let n = std::mem::take(&mut cur);
                let n = match n.trim_start_matches('0') {
                    "" => "0".to_string(),
                    v => v.to_string(),
                };
                *out.entry(n).or_default() += 1;
            }
            None => {}
        }
    }
    out
}

/// Web addresses in a text (http, https, www.), without trailing punctuation.
pub fn urls(text: &str) -> BTreeSet<String> {
    text.split_whitespace()
        .filter_map(|w| {
            let start = ["https://", "http://", "www."]
                .iter()
                .filter_map(|p| w.find(p))
                .min()?;
            let u = w[start..].trim_end_matches(|c: char| {
                matches!(c, '.' | ',' | ';' | ':' | ')' | '»' | '”' | '"' | '’' | '،')
            });
            Some(u.to_string())
        })
        .collect()
}

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// `own`'s findings for message `m` of `src`, in a meeting with
    /// Western digits.
    fn own_findings(lang: Lang, src: &str) -> Vec<Finding> {
        let f = FtlFile::parse(Path::new("x.ftl"), lang, src);
        let e = &f.entries["m"];
        own(&f, "m", "m", e.value.as_ref().unwrap(), Digits::Western)
    }

    fn own_codes(lang: Lang, src: &str) -> Vec<Code> {
        own_findings(lang, src).iter().map(|x| x.code).collect()
    }

    #[test]
    fn numbers_are_rewritten_with_their_signs() {
        assert_eq!(convert_digits("2,400", Digits::ArabicIndic), "٢٬٤٠٠");
        assert_eq!(convert_digits("71.3%", Digits::ArabicIndic), "٧١٫٣٪");
        assert_eq!(convert_digits("2018.", Digits::ArabicIndic), "٢٠١٨.");
        assert_eq!(convert_digits("١٢–١٩", Digits::Western), "12–19");
        assert_eq!(convert_digits("٧١٫٣٪", Digits::Western), "71.3%");
    }

    #[test]
    fn typography_per_language() {
        assert_eq!(
            own_codes(Lang::Fr, "m = l'ordre du jour: voir \"ceci\"\n"),
            [Code::Quotes, Code::Quotes, Code::SpaceBeforePunctuation]
        );
        assert!(own_codes(Lang::Fr, "m = l’ordre du jour : 14:30, https://x.org\n").is_empty());
        assert_eq!(
            own_codes(Lang::Fr, "m = Vidéo : « Voix de Funafuti »\n"),
            [Code::BreakingSpace, Code::BreakingSpace]
        );
        assert!(own_codes(Lang::Fr, "m = Vidéo : «\u{202F}Voix\u{202F}»\n").is_empty());
        // The `?` of a query string and the `!` of an address are no
        // French punctuation; the caret sits on the mark itself.
        assert!(own_codes(
            Lang::Fr,
            "m = [page](https://x.org/a?lang=fr) et a!b@x.org\n"
        )
        .is_empty());
        let found = own_findings(Lang::Fr, "m = Pourquoi venir?\n");
        assert_eq!(found[0].column, Some(19), "{found:?}");
        assert_eq!(own_codes(Lang::Ar, "m = \"حوار\"\n"), [Code::Quotes]);
        assert_eq!(
            own_codes(
                Lang::Ar,
                "m = مرحبا, كيف الحال? نعم; لعام 2025? UNHCR, IOM 2,400 و2,500\n"
            ),
            [Code::LatinPunctuation; 4]
        );
        assert!(own_codes(Lang::Ar, "m = مرحبا، كيف الحال؟\n").is_empty());
        // After a Latin word, before Arabic or at the end: Arabic marks;
        // between Latin words, or in an address: not.
        assert_eq!(
            own_codes(Lang::Ar, "m = مكتب UNHCR, لدول الخليج والغاية SDG 10.7?\n"),
            [Code::LatinPunctuation; 2]
        );
        assert!(own_codes(
            Lang::Ar,
            "m = مكتب UNHCR, IOM وصفحة https://x.org/a?lang=ar والمزيد\n"
        )
        .is_empty());
        assert!(own_codes(Lang::En, "m = the \"talk\" isn't\n").is_empty());
        assert_eq!(
            own_codes(Lang::Es, "m = dos  espacios\n"),
            [Code::DoubleSpace]
        );
    }

    #[test]
    fn bidi_controls_and_empty_values() {
        let found = own_findings(Lang::Ar, "m = نص \u{200F}(UNHCR)\n");
        assert_eq!(found[0].code, Code::BidiControl);
        assert!(found[0].text.contains("U+200F"), "{}", found[0].text);
        assert_eq!(found[0].column, Some(8));
        assert_eq!(own_codes(Lang::En, "m = { \"\" }\n"), [Code::EmptyValue]);
    }

    #[test]
    fn numbers_read_arabic_indic_digits() {
        assert_eq!(numbers("في ٢٠٢٣ و13"), numbers("13 in 2023"));
        assert!(!numbers("في عام").contains_key("2023"));
        assert_eq!(numbers("2023 and 2023")["2023"], 2);
    }

    #[test]
    fn numbers_compare_by_value() {
        assert_eq!(numbers("from 07:30"), numbers("a partir de las 7.30 horas"));
        assert_eq!(numbers("00 and 0")["0"], 2);
    }

    #[test]
    fn a_language_version_of_a_page_is_the_same_address() {
        let key = page_key;
        assert_eq!(
            key("https://un.org/en/migration"),
            key("https://un.org/ar/migration")
        );
        assert_eq!(
            key("https://x.org/page?lang=fr"),
            key("https://x.org/page?lang=es")
        );
        assert_eq!(
            key("https://fr.example.org/a"),
            key("https://en.example.org/a")
        );
        assert_ne!(
            key("https://un.org/en/migration"),
            key("https://un.org/en/detention")
        );
        assert_ne!(key("https://un.org/entry"), key("https://un.org/arrival"));
        // English without a language segment, Arabic with one.
        assert_eq!(
            key("https://www.unescwa.org/publications/migration-report"),
            key("https://www.unescwa.org/ar/publications/migration-report")
        );
    }

    #[test]
    fn urls_lose_trailing_punctuation() {
        let u = urls("See https://migrationnetwork.un.org/atd. Or www.un.org,");
        assert!(u.contains("https://migrationnetwork.un.org/atd"));
        assert!(u.contains("www.un.org"));
    }
}

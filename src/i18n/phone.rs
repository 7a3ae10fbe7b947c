//! Phone numbers written in right-to-left prose. The bidi algorithm lays
//! out digit groups separated by spaces right to left in an Arabic line,
//! so "+966 11 218 4455" is drawn "4455 218 11 966+"; isolated left to
//! right it keeps its order, as values typed in the event file do.

/// `text` with each phone number in it wrapped in LRI…PDI: a `+` and two
/// or more groups of digits, or three or more groups without the `+`,
/// the groups separated by one space, hyphen or dot. Digits may be
/// Western or Arabic-Indic.
pub fn isolate(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let digit = |c: char| c.is_ascii_digit() || ('\u{660}'..='\u{669}').contains(&c);
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let boundary = i == 0
            || !(chars[i - 1].is_alphanumeric() || matches!(chars[i - 1], '.' | ',' | '-' | '/'));
        let plus = chars[i] == '+';
        let first = if plus { i + 1 } else { i };
        if !boundary || !chars.get(first).is_some_and(|&c| digit(c)) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // Groups of digits, one separator apart.
        let (mut end, mut groups, mut j) = (first, 0, first);
        loop {
            let start = j;
            while j < chars.len() && digit(chars[j]) {
                j += 1;
            }
            if j == start {
                break;
            }
            groups += 1;
            end = j;
            let sep = chars
                .get(j)
                .is_some_and(|&c| matches!(c, ' ' | '-' | '.' | '\u{a0}'));
            if !(sep && chars.get(j + 1).is_some_and(|&c| digit(c))) {
                break;
            }
            j += 1;
        }
        // A number followed by letters or more digits is not a phone's end.
        let ends_clean = chars.get(end).is_none_or(|&c| !c.is_alphanumeric());
        if ends_clean && groups >= if plus { 2 } else { 3 } {
            // Arabic-Indic digits stay Arabic numbers inside the isolate,
            // and a space between two of them resolves right to left: a
            // left-to-right mark after each separator keeps the groups in
            // order (Western digits turn left to right after the LRI).
            out.push('\u{2066}');
            for (k, &c) in chars[i..end].iter().enumerate() {
                out.push(c);
                let next_arabic = chars
                    .get(i + k + 1)
                    .is_some_and(|&n| ('\u{660}'..='\u{669}').contains(&n));
                if !digit(c) && c != '+' && next_arabic {
                    out.push('\u{200E}');
                }
            }
            out.push('\u{2069}');
        } else {
            out.extend(&chars[i..end]);
        }
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::isolate;

    #[test]
    fn phone_numbers_are_isolated_and_other_numbers_are_not() {
        let lri = |s: &str| format!("\u{2066}{s}\u{2069}");
        assert_eq!(
            isolate("الهاتف +966 11 218 4455."),
            format!("الهاتف {}.", lri("+966 11 218 4455"))
        );
        assert_eq!(
            isolate("هاتف: 022 917 1234"),
            format!("هاتف: {}", lri("022 917 1234"))
        );
        assert_eq!(isolate("+٩٦٦ ١١ ٢١٨"), lri("+٩٦٦ \u{200E}١١ \u{200E}٢١٨"));
        assert_eq!(isolate("+41-22-917-1234"), lri("+41-22-917-1234"));
        // Not phone numbers: a year, a range, a decimal, two numbers.
        for s in [
            "في عام 2023 وما بعده",
            "من 2022 إلى 2025",
            "4.5 في المائة",
            "الفقرتان 3 و4",
            "SDG 10.7",
            "https://x.org/?a=+1",
            "المادة 6 7",
        ] {
            assert_eq!(isolate(s), s, "{s}");
        }
    }
}

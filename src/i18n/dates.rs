//! Dates, times and lists as UN editors write them in each language, using
//! ICU4X (CLDR) data for the names and UN patterns around them.

use icu::calendar::{Date as IcuDate, Gregorian};
use icu::datetime::fieldsets;
use icu::datetime::FixedCalendarDateTimeFormatter;
use icu::list::options::{ListFormatterOptions, ListLength};
use icu::list::ListFormatter;
use icu::locale::Locale;
use jiff::civil::Date;

use crate::doc::Digits;
use crate::event::Minutes;
use crate::lang::Lang;

fn locale(tag: &str) -> Locale {
    tag.parse().unwrap_or(Locale::UNKNOWN)
}

fn icu_date(date: Date) -> IcuDate<Gregorian> {
    IcuDate::try_new_gregorian(date.year().into(), date.month() as u8, date.day() as u8)
        .expect("a jiff date is a valid Gregorian date")
}

fn weekday(tag: &str, date: Date) -> String {
    FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(
        locale(tag).into(),
        fieldsets::E::long(),
    )
    .map(|f| f.format(&icu_date(date)).to_string())
    .unwrap_or_default()
}

fn month(tag: &str, date: Date) -> String {
    FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(
        locale(tag).into(),
        fieldsets::M::long(),
    )
    .map(|f| f.format(&icu_date(date)).to_string())
    .unwrap_or_default()
}

/// The UN Arabic month: the Levantine name, a slash, and the name taken
/// from the Western calendar, e.g. "أيار/مايو". CLDR has both names (ar-SY
/// and ar), but the UN spells June and July يونيه and يوليه where CLDR has
/// يونيو and يوليو.
fn arabic_month(date: Date) -> String {
    let western = match date.month() {
        6 => "يونيه".to_string(),
        7 => "يوليه".to_string(),
        _ => month("ar", date),
    };
    format!("{}/{}", month("ar-SY", date), western)
}

/// A date as in the heading of a UN document: "Wednesday, 24 May 2023",
/// "mercredi 24 mai 2023", "miércoles 24 de mayo de 2023",
/// "الأربعاء، 24 أيار/مايو 2023".
///
/// ```
/// use tarjama::{doc::Digits, i18n::dates::long_date, lang::Lang};
/// let d = jiff::civil::Date::constant(2023, 7, 3);
/// assert_eq!(long_date(Lang::Es, d, Digits::Western), "lunes 3 de julio de 2023");
/// assert_eq!(long_date(Lang::Ar, d, Digits::Western), "الاثنين، 3 تموز/يوليه 2023");
/// ```
///
/// CLDR's own long patterns differ from UN style (en-GB drops the comma, es
/// adds one after the weekday, ar uses the Egyptian month names only), so
/// the names come from ICU and the order from UN editorial practice.
pub fn long_date(lang: Lang, date: Date, digits: Digits) -> String {
    let day = date.day();
    let year = date.year();
    let s = match lang {
        Lang::Ar => format!(
            "{}، {} {} {}",
            weekday("ar", date),
            day,
            arabic_month(date),
            year
        ),
        Lang::Fr => {
            // French writes the first day of a month as an ordinal: 1er.
            let d = if day == 1 {
                "1er".to_string()
            } else {
                day.to_string()
            };
            format!("{} {d} {} {year}", weekday("fr", date), month("fr", date))
        }
        Lang::Es => format!(
            "{} {day} de {} de {year}",
            weekday("es", date),
            month("es", date)
        ),
        Lang::En => format!(
            "{}, {day} {} {year}",
            weekday("en", date),
            month("en", date)
        ),
        Lang::Ru | Lang::Zh => format!(
            "{} {day} {} {year}",
            weekday(lang.code(), date),
            month(lang.code(), date)
        ),
    };
    digits.convert(&s)
}

/// A clock time: "14:30"; UN French writes "14 h 30" (with no-break
/// spaces, so a time never splits across lines).
pub fn time(lang: Lang, m: Minutes, digits: Digits) -> String {
    let s = match lang {
        Lang::Fr => format!("{}\u{a0}h\u{a0}{:02}", m / 60, m % 60),
        _ => format!("{:02}:{:02}", m / 60, m % 60),
    };
    digits.convert(&s)
}

/// A time range "14:30–17:30". In right-to-left text the range is wrapped
/// in a left-to-right isolate so it is not displayed as "17:30–14:30".
pub fn time_range(lang: Lang, start: Minutes, end: Minutes, digits: Digits) -> String {
    let s = format!("{}–{}", time(lang, start, digits), time(lang, end, digits));
    isolate_ltr(lang, s)
}

/// Wraps left-to-right text (a time range, a URL) in LRI…PDI when it
/// appears in a right-to-left language; left-to-right text is unchanged.
pub fn isolate_ltr(lang: Lang, s: String) -> String {
    match lang.direction() {
        crate::doc::Direction::Rtl => format!("\u{2066}{s}\u{2069}"),
        crate::doc::Direction::Ltr => s,
    }
}

/// Wraps text of either direction in FSI…PDI when it appears in a
/// right-to-left language (its first strong letter sets its direction);
/// left-to-right text is unchanged.
pub fn isolate_first_strong(lang: Lang, s: String) -> String {
    match lang.direction() {
        crate::doc::Direction::Rtl => format!("\u{2068}{s}\u{2069}"),
        crate::doc::Direction::Ltr => s,
    }
}

/// `items` in the alphabetical order of `lang` (CLDR collation): UN texts
/// list languages in the order of the language they are written in.
pub fn sorted(lang: Lang, items: &[String]) -> Vec<String> {
    use icu::collator::{options::CollatorOptions, Collator};
    let mut v = items.to_vec();
    if let Ok(c) = Collator::try_new(locale(lang.code()).into(), CollatorOptions::default()) {
        v.sort_by(|a, b| c.compare(a, b));
    }
    v
}

/// `s` with a capital first letter, as a line that begins with a date or
/// a label needs in French and Spanish ("Mercredi 24 mai 2023").
pub fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "Arabic, English, French and Spanish"; Arabic joins with و.
pub fn and_list(lang: Lang, items: &[String]) -> String {
    // UN English has no serial comma: CLDR's en-GB, not en (US).
    let tag = if lang == Lang::En {
        "en-GB"
    } else {
        lang.code()
    };
    match ListFormatter::try_new_and(
        locale(tag).into(),
        ListFormatterOptions::default().with_length(ListLength::Wide),
    ) {
        Ok(f) => f.format_to_string(items.iter()),
        Err(_) => items.join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn may24() -> Date {
        Date::constant(2023, 5, 24)
    }

    #[test]
    fn un_style_long_dates() {
        let w = Digits::Western;
        assert_eq!(long_date(Lang::En, may24(), w), "Wednesday, 24 May 2023");
        assert_eq!(long_date(Lang::Fr, may24(), w), "mercredi 24 mai 2023");
        assert_eq!(
            long_date(Lang::Es, may24(), w),
            "miércoles 24 de mayo de 2023"
        );
        assert_eq!(
            long_date(Lang::Ar, may24(), w),
            "الأربعاء، 24 أيار/مايو 2023"
        );
    }

    #[test]
    fn un_arabic_june_and_indic_digits() {
        let d = Date::constant(2023, 6, 1);
        assert_eq!(
            long_date(Lang::Ar, d, Digits::ArabicIndic),
            "الخميس، ١ حزيران/يونيه ٢٠٢٣"
        );
        assert_eq!(
            long_date(Lang::Fr, d, Digits::Western),
            "jeudi 1er juin 2023"
        );
    }

    #[test]
    fn times_and_ranges() {
        assert_eq!(time(Lang::Fr, 870, Digits::Western), "14\u{a0}h\u{a0}30");
        assert_eq!(
            time_range(Lang::Ar, 870, 1050, Digits::Western),
            "\u{2066}14:30–17:30\u{2069}"
        );
        assert_eq!(
            time_range(Lang::En, 870, 1050, Digits::Western),
            "14:30–17:30"
        );
    }

    #[test]
    fn language_names_sort_in_each_language() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            sorted(Lang::Fr, &s(&["arabe", "anglais", "français", "espagnol"])),
            s(&["anglais", "arabe", "espagnol", "français"])
        );
        assert_eq!(
            sorted(Lang::Es, &s(&["árabe", "inglés", "francés", "español"])),
            s(&["árabe", "español", "francés", "inglés"])
        );
        assert_eq!(
            sorted(
                Lang::Ar,
                &s(&["العربية", "الإنكليزية", "الفرنسية", "الإسبانية"])
            ),
            s(&["الإسبانية", "الإنكليزية", "العربية", "الفرنسية"])
        );
        assert_eq!(capitalize("mercredi 24 mai"), "Mercredi 24 mai");
        assert_eq!(capitalize("état"), "État");
    }

    #[test]
    fn lists_follow_cldr() {
        let v: Vec<String> = ["A", "B", "C"].iter().map(|s| s.to_string()).collect();
        assert_eq!(and_list(Lang::En, &v), "A, B and C");
        assert_eq!(and_list(Lang::Fr, &v), "A, B et C");
        assert_eq!(and_list(Lang::Es, &v), "A, B y C");
    }
}

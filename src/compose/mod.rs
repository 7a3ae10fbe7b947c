//! Composition: what goes into each output and in what order, once, so the
//! PDF and the DOCX of a document can never say different things. Every
//! word comes from the catalogs; this layer only chooses and orders.

pub mod booth_schedule;
pub mod calendar;
pub mod concept_note;
pub mod findings;
pub mod markup;
pub mod plan_overview;
pub mod proof;
pub mod rota;

use std::sync::LazyLock;

use crate::doc::{Digits, Direction, Document, FooterPart, Image, Inline, Page};
use crate::event::{Event, Gender, Honorific, ItemId, ItemKind, Logo, Minutes, Person};
use crate::i18n::{dates, Catalog, Origin};
use crate::lang::Lang;
use crate::plan::{BoothPlan, MemberId, Who};

/// The message giving the meeting's place (building, room, city), in each
/// language: under the concept note's date, in the booth schedules' facts
/// and as the calendars' location.
pub const VENUE: &str = "event-venue";

/// What every composer needs: the meeting, the catalog of the output's
/// language, and that language's digits.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub event: &'a Event,
    pub cat: &'a Catalog,
    pub lang: Lang,
    pub digits: Digits,
}

impl<'a> Ctx<'a> {
    pub fn new(event: &'a Event, cat: &'a Catalog) -> Ctx<'a> {
        Ctx {
            event,
            cat,
            lang: cat.lang,
            digits: event.digits(cat.lang),
        }
    }

    /// The meeting's venue (message `event-venue`), where it has one.
    pub fn venue(&self) -> Option<String> {
        self.cat.has_text(VENUE).then(|| self.text(VENUE))
    }

    /// A tarjama label or sentence pattern.
    pub fn t(&self, id: &str, args: &[(&str, String)]) -> String {
        self.cat.get(id, args)
    }

    /// A message of the meeting's own text (the event's .ftl files).
    pub fn text(&self, id: &str) -> String {
        self.cat.text(id, &[])
    }

    /// The meeting's message `id` as an inline that remembers its source.
    pub fn text_inline(&self, id: &str) -> Inline {
        Inline {
            text: self.text(id),
            source: Some(id.to_string()),
            ..Inline::default()
        }
    }

    /// `s` as the start of a line: capitalised in French and Spanish, where
    /// a date or label that opens a line takes a capital.
    pub fn line_start(&self, s: String) -> String {
        match self.lang {
            Lang::Fr | Lang::Es => dates::capitalize(&s),
            _ => s,
        }
    }

    /// Emphasised text: italic in Latin scripts; in Arabic, which has no
    /// tradition of italics (W3C, Arabic & Persian Layout Requirements),
    /// bold instead.
    pub fn emphasised(&self, mut inline: Inline) -> Inline {
        match self.lang.direction() {
            Direction::Rtl => inline.bold = true,
            Direction::Ltr => inline.italic = true,
        }
        inline
    }

    /// The time zone as readers see it: "CEST, UTC+2".
    pub fn zone(&self) -> String {
        let label = self.event.time_zone_label.clone();
        // Many zones have no letters in the time zone database, only a
        // number ("+07" for Asia/Bangkok): the offset alone says it.
        let numeric = label.starts_with(['+', '-']) || label.is_empty();
        match &self.event.utc_offset {
            Some(off) if numeric => self.t("zone-offset", &[("offset", off.clone())]),
            Some(off) => self.t(
                "zone-with-offset",
                &[("zone", label), ("offset", off.clone())],
            ),
            None => label,
        }
    }

    /// A message with some arguments in bold: the translator keeps control
    /// of the order, and the bold pieces come back as their own inlines.
    pub fn styled(&self, id: &str, args: &[(&str, Arg)]) -> Vec<Inline> {
        let plain: Vec<(&str, String)> = args
            .iter()
            .map(|(k, v)| {
                let text = match v {
                    Arg::Plain(s) => s.clone(),
                    Arg::Bold(s) => format!("{BOLD_ON}{s}{BOLD_OFF}"),
                };
                (*k, text)
            })
            .collect();
        split_bold(&self.t(id, &plain), id)
    }

    /// A number in this language's digits.
    pub fn num(&self, n: impl ToString) -> String {
        self.digits.convert(&n.to_string())
    }

    /// "14:30", "14 h 30".
    pub fn time(&self, m: Minutes) -> String {
        dates::time(self.lang, m, self.digits)
    }

    /// "14:30–15:00", isolated in right-to-left text.
    pub fn time_range(&self, start: Minutes, end: Minutes) -> String {
        dates::time_range(self.lang, start, end, self.digits)
    }

    /// "Wednesday, 24 May 2023", or "to be confirmed".
    pub fn long_date(&self) -> String {
        match self.event.date {
            Some(d) => dates::long_date(self.lang, d, self.digits),
            None => self.t("date-tbc-short", &[]),
        }
    }

    /// "A, B and C" in this language.
    pub fn and_list(&self, items: &[String]) -> String {
        dates::and_list(self.lang, items)
    }

    /// Language names as a list in this language's alphabetical order
    /// ("anglais, arabe, espagnol et français").
    pub fn language_list(&self, langs: &[Lang]) -> String {
        let names: Vec<String> = langs.iter().map(|&l| self.language(l)).collect();
        self.and_list(&dates::sorted(self.lang, &names))
    }

    /// "English", "الإنكليزية".
    pub fn language(&self, l: Lang) -> String {
        self.t(&format!("language-{l}"), &[])
    }

    /// "Arabic booth", "cabine arabe" (its own message: the adjective agrees
    /// with "booth" in French and Spanish).
    pub fn booth(&self, b: Lang) -> String {
        self.t(&format!("booth-{b}"), &[])
    }

    /// A value typed in the event file (a name, a link, a meeting ID, a
    /// contact) inside a right-to-left document, isolated so that the
    /// sentence around it keeps its order: left to right when it holds
    /// Latin letters or digits and no right-to-left letter ("812 3456
    /// 7890" would otherwise read 7890 3456 812); in the direction of its
    /// first strong letter when it mixes both ("رنا الخطيب، rana@…" reads
    /// from the right, its address inside from the left), its numbers
    /// isolated left to right in every document (see `isolate_numbers`).
    /// Right-to-left text alone needs nothing.
    pub fn typed_value(&self, s: &str) -> String {
        use unicode_bidi::BidiClass::{AL, R};
        let rtl = s
            .chars()
            .any(|c| matches!(crate::bidi_class::bidi_class(c), R | AL));
        let latin = s.chars().any(|c| c.is_ascii_alphanumeric());
        match (rtl, latin) {
            (false, true) => dates::isolate_ltr(self.lang, s.to_string()),
            (true, true) => dates::isolate_first_strong(self.lang, isolate_numbers(s)),
            _ => s.to_string(),
        }
    }

    /// An interpreter as readers see them: the name, or "AR 1" for one still
    /// to be recruited.
    pub fn member(&self, booth: &BoothPlan, m: MemberId) -> String {
        match booth.member(m).map(|m| &m.who) {
            Some(Who::Named(name)) => self.typed_value(name),
            Some(Who::Placeholder(n)) => self.t(
                "placeholder-interpreter",
                &[("booth", booth.booth.booth_code()), ("n", self.num(n))],
            ),
            None => String::new(),
        }
    }

    /// A person's name as protocol writes it in this language: honorific
    /// (with "H.E." for an excellency) and the name, in this language's
    /// script when the event gives one; "" for a speaker not yet named.
    pub fn person_name(&self, p: &Person) -> String {
        let Some(name) = p.names.get(&self.lang).or(p.name.as_ref()) else {
            return String::new();
        };
        let gender = match p.gender {
            Some(Gender::Female) => "female",
            Some(Gender::Male) => "male",
            None => "other",
        };
        let title = p.honorific.map(|h| {
            let key = match h {
                Honorific::Mr => "mr",
                Honorific::Ms => "ms",
                Honorific::Mrs => "mrs",
                Honorific::Dr => "dr",
                Honorific::Prof => "prof",
            };
            self.t(
                "honorific",
                &[("title", key.into()), ("gender", gender.into())],
            )
        });
        let title = match (p.excellency, title) {
            (true, Some(t)) => {
                Some(self.t("excellency", &[("title", t), ("gender", gender.into())]))
            }
            (true, None) => Some(self.t("excellency-alone", &[("gender", gender.into())])),
            (false, t) => t,
        };
        let name = self.typed_value(name);
        match title {
            Some(t) => self.t("person-name", &[("title", t), ("name", name)]),
            None => name,
        }
    }

    /// A logo as a picture, with its alternative text.
    pub fn logo(&self, logo: &Logo, alt: String) -> Image {
        Image {
            format: logo.format,
            data: logo.data.clone(),
            width_px: logo.width_px,
            height_px: logo.height_px,
            alt,
        }
    }

    /// The title of an agenda item (`None`: the whole meeting, when the
    /// event has no agenda).
    pub fn item_title(&self, item: Option<ItemId>) -> Inline {
        match item.and_then(|id| self.event.item(id)) {
            Some(it) => item_title(self.cat, it),
            None => Inline {
                text: self.t("item-whole-meeting", &[]),
                source: Some("item-whole-meeting".into()),
                ..Inline::default()
            },
        }
    }
}

/// An argument of `Ctx::styled`.
pub enum Arg {
    Plain(String),
    Bold(String),
}

const BOLD_ON: char = '\u{E010}';
const BOLD_OFF: char = '\u{E011}';

/// Cuts text marked with BOLD_ON/OFF into plain and bold inlines.
fn split_bold(text: &str, source: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut bold = false;
    let mut rest = text;
    loop {
        let marker = rest.find([BOLD_ON, BOLD_OFF]);
        let piece = &rest[..marker.unwrap_or(rest.len())];
        if !piece.is_empty() {
            out.push(Inline {
                text: piece.to_string(),
                bold,
                source: Some(source.to_string()),
                ..Inline::default()
            });
        }
        let Some(at) = marker else { break };
        bold = rest[at..].starts_with(BOLD_ON);
        // Both markers are one character of the same length.
        rest = &rest[at + BOLD_ON.len_utf8()..];
    }
    out
}

/// The page footer "Page X of Y" in the catalog's language, split around
/// the two numbers the renderers fill in.
pub fn footer(cat: &Catalog) -> Vec<FooterPart> {
    const PAGE: &str = "\u{E000}";
    const PAGES: &str = "\u{E001}";
    let text = cat.get(
        "page-footer",
        &[("page", PAGE.to_string()), ("pages", PAGES.to_string())],
    );
    let mut parts = Vec::new();
    let mut rest = text.as_str();
    while !rest.is_empty() {
        let next = [
            (PAGE, FooterPart::PageNumber),
            (PAGES, FooterPart::PageCount),
        ]
        .into_iter()
        .filter_map(|(mark, part)| rest.find(mark).map(|i| (i, mark, part)))
        .min_by_key(|(i, _, _)| *i);
        match next {
            Some((i, mark, part)) => {
                if i > 0 {
                    parts.push(FooterPart::Text(rest[..i].to_string()));
                }
                parts.push(part);
                rest = &rest[i + mark.len()..];
            }
            None => {
                parts.push(FooterPart::Text(rest.to_string()));
                rest = "";
            }
        }
    }
    parts
}

/// A new, empty document in the context's language.
pub fn document(ctx: &Ctx, title: String, header: String) -> Document {
    Document {
        lang: ctx.lang.code().to_string(),
        direction: ctx.lang.direction(),
        digits: ctx.digits,
        title,
        header,
        footer: footer(ctx.cat),
        page: page(),
        blocks: Vec::new(),
    }
}

/// The page geometry of `templates/page.toml`, in millimetres there.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PageTemplate {
    width_mm: f32,
    height_mm: f32,
    margin_top_mm: f32,
    margin_bottom_mm: f32,
    margin_start_mm: f32,
    margin_end_mm: f32,
}

const PAGE_TEMPLATE: &str = include_str!("../../templates/page.toml");

static PAGE: LazyLock<Page> = LazyLock::new(|| {
    // Built in and checked by a unit test.
    let t: PageTemplate = toml::from_str(PAGE_TEMPLATE).expect("templates/page.toml is valid");
    let pt = |mm: f32| mm * 72.0 / 25.4;
    Page {
        width: pt(t.width_mm),
        height: pt(t.height_mm),
        margin_top: pt(t.margin_top_mm),
        margin_bottom: pt(t.margin_bottom_mm),
        margin_start: pt(t.margin_start_mm),
        margin_end: pt(t.margin_end_mm),
    }
});

/// The page every document is laid out on (`templates/page.toml`).
pub fn page() -> Page {
    *PAGE
}

/// An agenda item's title in the catalog's language: its own message, or
/// the default label of its kind (sessions always have their own).
pub fn item_title(cat: &Catalog, item: &crate::event::AgendaItem) -> Inline {
    let (text, id) = match &item.title {
        Some((id, at)) => (cat.text_from(id, &[], Origin::EventFile(*at)), id.as_str()),
        None => {
            let id = match item.kind {
                ItemKind::Opening => "agenda-opening-default",
                ItemKind::Qa => "agenda-qa-default",
                ItemKind::Break => "agenda-break",
                ItemKind::Closing => "agenda-closing-default",
                // Validation requires a title for these.
                ItemKind::Session | ItemKind::Other => "agenda-item",
            };
            (cat.get(id, &[]), id)
        }
    };
    Inline {
        text,
        source: Some(id.to_string()),
        ..Inline::default()
    }
}

/// "Mr. Jonathan Prentice, Head of Secretariat, UN Network on Migration":
/// the name in bold, then the person's description from person-<id>.
pub fn person_line(ctx: &Ctx, p: &Person) -> Vec<Inline> {
    let msg = format!("person-{}", p.id);
    let description = ctx.text(&msg);
    let name = ctx.person_name(p);
    if name.is_empty() {
        return vec![Inline {
            text: description,
            source: Some(msg),
            ..Inline::default()
        }];
    }
    let mut line = ctx.styled(
        "person-line",
        &[
            ("name", Arg::Bold(name)),
            ("description", Arg::Plain(description)),
        ],
    );
    for i in &mut line {
        i.source = Some(msg.clone());
    }
    line
}

/// `s` with each stretch of Latin letters, digits and the signs between
/// them that holds a digit ("+212 537 67 00 00", "Room 4B") isolated left
/// to right. After Arabic letters, digits count as Arabic numbers in the
/// bidi algorithm, so a phone number read "00 00 67 537 212+" even in an
/// English document.
fn isolate_numbers(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let starts = |c: char| c.is_ascii_alphanumeric() || c == '+';
    let inside = |c: char| {
        c.is_ascii_alphanumeric()
            || matches!(
                c,
                ' ' | '+'
                    | '-'
                    | '.'
                    | '/'
                    | '@'
                    | ':'
                    | '_'
                    | '('
                    | ')'
                    | '#'
                    | '%'
                    | '&'
                    | '?'
                    | '='
                    | '~'
            )
    };
    let mut out = String::with_capacity(s.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        if !starts(chars[i]) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && inside(chars[j]) {
            j += 1;
        }
        // The stretch ends at its last letter or digit.
        while j > i + 1 && !chars[j - 1].is_ascii_alphanumeric() {
            j -= 1;
        }
        let island: String = chars[i..j].iter().collect();
        if island.chars().any(|c| c.is_ascii_digit()) {
            out.push('\u{2066}');
            out.push_str(&island);
            out.push('\u{2069}');
        } else {
            out.push_str(&island);
        }
        i = j;
    }
    out
}

/// "árabe" → "Árabe", "cabina árabe" → "Cabina árabe": a text that reads
/// mid-sentence, made a heading or a column header.
pub(crate) fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_template_is_a4_with_25mm_margins() {
        let p = page();
        let a4 = Page::a4();
        assert!((p.width - a4.width).abs() < 0.01 && (p.height - a4.height).abs() < 0.01);
        assert!((p.margin_start - 70.866).abs() < 0.01, "{p:?}");
    }

    #[test]
    fn bold_markers_become_inlines() {
        let v = split_bold(&format!("a {BOLD_ON}b{BOLD_OFF} c"), "m");
        let got: Vec<(&str, bool)> = v.iter().map(|i| (i.text.as_str(), i.bold)).collect();
        assert_eq!(got, vec![("a ", false), ("b", true), (" c", false)]);
    }
}

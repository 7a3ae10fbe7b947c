//! Composition: what goes into each document and in what order, once, so
//! the PDF and the DOCX of a document can never say different things.

pub mod booth_schedule;
pub mod concept_note;
pub mod markup;

use std::sync::LazyLock;

use crate::doc::{Digits, Document, FooterPart, Inline, Page};
use crate::event::{AgendaItem, ArabicDigits, Event, Honorific, ItemKind, Person};
use crate::i18n::{Catalog, Origin};
use crate::lang::Lang;

/// The digits generated numbers use in `lang` for this event.
pub fn digits(event: &Event, lang: Lang) -> Digits {
    match (lang, event.arabic_digits) {
        (Lang::Ar, ArabicDigits::ArabicIndic) => Digits::ArabicIndic,
        _ => Digits::Western,
    }
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

/// A new, empty document in the catalog's language.
pub fn document(event: &Event, cat: &Catalog, title: String, header: String) -> Document {
    Document {
        lang: cat.lang.code().to_string(),
        direction: cat.lang.direction(),
        digits: digits(event, cat.lang),
        title,
        header,
        footer: footer(cat),
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
pub fn item_title(cat: &Catalog, item: &AgendaItem) -> Inline {
    let (text, id) = match &item.title {
        Some((id, at)) => (cat.get_from(id, &[], Origin::EventFile(*at)), id.as_str()),
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

/// "Mr. Jonathan Prentice", or "" for a speaker not yet named.
pub fn person_name(cat: &Catalog, p: &Person) -> String {
    let Some(name) = &p.name else {
        return String::new();
    };
    match p.honorific {
        Some(Honorific::Mr) => format!("{} {name}", cat.get("honorific-mr", &[])),
        Some(Honorific::Ms) => format!("{} {name}", cat.get("honorific-ms", &[])),
        None => name.clone(),
    }
}

/// "Mr. Jonathan Prentice, Head of Secretariat, UN Network on Migration":
/// the name in bold, then the person's description from person-<id>.
pub fn person_line(cat: &Catalog, p: &Person) -> Vec<Inline> {
    let msg = format!("person-{}", p.id);
    let description = cat.get(&msg, &[]);
    let name = person_name(cat, p);
    if name.is_empty() {
        return vec![Inline {
            text: description,
            source: Some(msg),
            ..Inline::default()
        }];
    }
    // Split the localised "name, description" pattern around the name so
    // the name alone can be bold.
    const NAME: &str = "\u{E002}";
    let line = cat.get(
        "person-line",
        &[("name", NAME.to_string()), ("description", description)],
    );
    let (before, after) = line.split_once(NAME).unwrap_or(("", line.as_str()));
    let mut out = Vec::new();
    if !before.is_empty() {
        out.push(Inline::plain(before));
    }
    out.push(Inline {
        text: name,
        bold: true,
        source: Some(msg.clone()),
        ..Inline::default()
    });
    out.push(Inline {
        text: after.to_string(),
        source: Some(msg),
        ..Inline::default()
    });
    out
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
}

//! A written PDF read back: fonts embedded as subsets with ToUnicode, no
//! missing-glyph drawn, language and title set, the text of every page.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use lopdf::{Dictionary, Document as Pdf};

use super::pdf_text::{self, decode_text_string};
use super::text::Line;
use crate::lang::Lang;
use crate::report::{Code, Finding};

/// What reading a PDF gives: findings, and its lines for the text check.
pub struct Read {
    pub findings: Vec<Finding>,
    pub lines: Vec<Line>,
}

/// Checks the PDF `bytes` written as `file` in language `lang` (from its
/// name). `expected_title`: the composed document's title, if known.
pub fn read(file: &Path, bytes: &[u8], lang: Lang, expected_title: Option<&str>) -> Read {
    let mut findings = Vec::new();
    let mut lines = Vec::new();
    let pdf = match Pdf::load_mem(bytes) {
        Ok(p) => p,
        Err(e) => {
            findings.push(
                Finding::new(
                    Code::UnreadableFile,
                    file,
                    format!("not a readable PDF: {e}"),
                )
                .lang(lang)
                .help("rebuild it; a PDF is written whole or not at all"),
            );
            return Read { findings, lines };
        }
    };
    findings.extend(metadata(file, &pdf, lang, expected_title));
    let rtl = lang.direction() == crate::doc::Direction::Rtl;
    // Codes shown per font (by its name), over all pages.
    let mut shown: BTreeMap<String, (Dictionary, BTreeSet<u16>)> = BTreeMap::new();
    for (n, page_id) in pdf.get_pages() {
        let page = n as usize;
        let read = match pdf_text::read_page(&pdf, page_id, rtl) {
            Ok(r) => r,
            Err(e) => {
                findings.push(
                    Finding::new(Code::UnreadableFile, file, e)
                        .page(page)
                        .lang(lang),
                );
                continue;
            }
        };
        let fonts = resource_fonts(&pdf, page_id);
        for (res, codes) in &read.shown {
            let Some((base, dict)) = fonts.get(res) else {
                continue;
            };
            if codes.contains(&0) {
                let near = read.lines.first().cloned().unwrap_or_default();
                findings.push(
                    Finding::new(
                        Code::NotdefGlyph,
                        file,
                        format!("font {base} draws the missing-glyph box (.notdef, glyph 0) on this page (page text starts “{}”)", near.chars().take(40).collect::<String>()),
                    )
                    .page(page)
                    .lang(lang)
                    .help("a character has no glyph in the font it was drawn with: tarjama should have refused it; report it"),
                );
            }
            shown
                .entry(base.clone())
                .or_insert_with(|| (dict.clone(), BTreeSet::new()))
                .1
                .extend(codes);
        }
        for (res, codes) in &read.unmapped {
            let base = fonts.get(res).map_or(res.clone(), |f| f.0.clone());
            findings.push(
                Finding::new(
                    Code::NoToUnicode,
                    file,
                    format!(
                        "font {base}: {} glyph(s) have no Unicode text (e.g. code {:#06x}): copy and search lose them",
                        codes.len(),
                        codes.iter().next().copied().unwrap_or(0)
                    ),
                )
                .page(page)
                .lang(lang)
                .help("every glyph needs a ToUnicode entry or an ActualText span"),
            );
        }
        lines.extend(read.lines.into_iter().map(|text| Line { page, text }));
    }
    for (base, (font, codes)) in &shown {
        findings.extend(font_checks(file, &pdf, font, base, codes, lang));
    }
    Read { findings, lines }
}

/// The page's font resources: resource name → (/BaseFont, font dictionary).
fn resource_fonts(pdf: &Pdf, page_id: lopdf::ObjectId) -> BTreeMap<String, (String, Dictionary)> {
    let Ok(fonts) = pdf.get_page_fonts(page_id) else {
        return BTreeMap::new();
    };
    fonts
        .into_iter()
        .map(|(name, dict)| {
            let base = dict
                .get(b"BaseFont")
                .ok()
                .and_then(|b| b.as_name().ok())
                .map(|b| String::from_utf8_lossy(b).into_owned())
                .unwrap_or_else(|| "(unnamed)".into());
            (
                String::from_utf8_lossy(&name).into_owned(),
                (base, dict.clone()),
            )
        })
        .collect()
}

/// One font: embedded, as a subset (a tag in its name, and no more glyphs
/// than the document needs), with a ToUnicode map.
fn font_checks(
    file: &Path,
    pdf: &Pdf,
    font: &Dictionary,
    base: &str,
    codes: &BTreeSet<u16>,
    lang: Lang,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let at = |code: Code, text: String| Finding::new(code, file, text).lang(lang);
    if font.get(b"ToUnicode").is_err() {
        out.push(
            at(
                Code::NoToUnicode,
                format!("font {base} has no ToUnicode map"),
            )
            .help("without it, copying or searching the text gives nonsense"),
        );
    }
    let descendant = pdf_text::descendant_font(pdf, font);
    let descriptor = descendant
        .unwrap_or(font)
        .get_deref(b"FontDescriptor", pdf)
        .ok()
        .and_then(|o| o.as_dict().ok());
    let program = descriptor.and_then(|d| {
        [&b"FontFile2"[..], b"FontFile3", b"FontFile"]
            .iter()
            .find_map(|k| d.get_deref(k, pdf).ok())
            .and_then(|o| o.as_stream().ok())
    });
    let Some(program) = program else {
        out.push(
            at(Code::FontNotEmbedded, format!("font {base} is not embedded"))
                .help("a reader without the font shows other letters; tarjama embeds every font it draws with"),
        );
        return out;
    };
    let tagged = base
        .split_once('+')
        .is_some_and(|(tag, _)| tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()));
    if !tagged {
        out.push(
            at(
                Code::FontNotSubset,
                format!("font {base} has no subset tag (ABCDEF+Name): it is embedded whole"),
            )
            .help("embed only the glyphs used (tarjama subsets every font it writes)"),
        );
    }
    let data = program
        .decompressed_content()
        .unwrap_or_else(|_| program.content.clone());
    if let Ok(face) = ttf_parser::Face::parse(&data, 0) {
        let glyphs = face.number_of_glyphs() as usize;
        // A subset keeps the glyphs drawn, .notdef and the components of
        // composite glyphs: a few more than drawn, never thousands.
        let allowed = 2 * (codes.len() + 1) + 32;
        if glyphs > allowed {
            out.push(
                at(
                    Code::FontNotSubset,
                    format!(
                        "font {base} embeds {glyphs} glyphs for {} used: the whole font is embedded",
                        codes.len()
                    ),
                )
                .help("embed only the glyphs used (tarjama subsets every font it writes)"),
            );
        }
    }
    out
}

/// The catalog's /Lang against the file name's language, and the title.
fn metadata(file: &Path, pdf: &Pdf, lang: Lang, expected_title: Option<&str>) -> Vec<Finding> {
    let mut out = Vec::new();
    let at = |code: Code, text: String| Finding::new(code, file, text).lang(lang);
    let doc_lang = pdf
        .catalog()
        .ok()
        .and_then(|c| c.get(b"Lang").ok())
        .and_then(|l| l.as_str().ok())
        .map(decode_text_string);
    match doc_lang {
        None => out.push(
            at(Code::LanguageMismatch, "the PDF does not say its language (no /Lang)".into())
                .help(format!("screen readers and search need it: set /Lang ({lang})")),
        ),
        Some(l) if primary(&l) != lang.code() => out.push(
            at(
                Code::LanguageMismatch,
                format!("the PDF says it is in `{l}` but its name says `{lang}`"),
            )
            .help("a document of another language was written under this name: rebuild the output folder"),
        ),
        Some(_) => {}
    }
    let info = pdf
        .trailer
        .get(b"Info")
        .ok()
        .and_then(|i| pdf.dereference(i).ok())
        .and_then(|(_, o)| o.as_dict().ok());
    let title = info
        .and_then(|i| i.get(b"Title").ok())
        .and_then(|t| t.as_str().ok())
        .map(decode_text_string);
    match (title, expected_title) {
        (None, _) => out.push(
            at(Code::Metadata, "the PDF has no /Title".into())
                .help("readers show the title in their window and lists"),
        ),
        (Some(t), Some(want)) if t != want => out.push(
            at(
                Code::Metadata,
                format!("the PDF's title is “{t}”, the document's is “{want}”"),
            )
            .help("rebuild it"),
        ),
        _ => {}
    }
    out
}

/// "ar" of "ar-EG".
fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

//! Zips the fixed XML parts into a .docx whose bytes depend only on the
//! document: fixed entry times and permissions, no directory entries.

use std::io;

use super::archive::{Archive, Packed};
use docx_rs::XMLDocx;

/// The parts docx-rs made, under the names and in the order its own `pack`
/// gives them, then the theme, pictures and fonts, in one archive whose
/// settings do not depend on the clock (zip, with its `time` feature,
/// stamps entries with the current time). Written here, not by `pack` and
/// read back: that stored every part and checked it once more.
pub fn zip(mut parts: XMLDocx, extras: &Extras) -> io::Result<Vec<u8>> {
    add_theme_references(&mut parts);
    add_extras_references(&mut parts, extras);
    if !parts.media.is_empty() || parts.taskpanes.is_some() || !parts.custom_items.is_empty() {
        return Err(io::Error::other(
            "docx-rs made a part tarjama does not package (media, task panes or custom XML)",
        ));
    }
    let mut out = Archive::default();
    for (name, part) in [
        ("[Content_Types].xml", &parts.content_type),
        ("_rels/.rels", &parts.rels),
        ("docProps/app.xml", &parts.doc_props.app),
        ("docProps/core.xml", &parts.doc_props.core),
        ("docProps/custom.xml", &parts.doc_props.custom),
        ("word/_rels/document.xml.rels", &parts.document_rels),
        ("word/document.xml", &parts.document),
        ("word/styles.xml", &parts.styles),
        ("word/settings.xml", &parts.settings),
        ("word/fontTable.xml", &parts.font_table),
        ("word/comments.xml", &parts.comments),
        ("word/numbering.xml", &parts.numberings),
        ("word/commentsExtended.xml", &parts.comments_extended),
        ("word/footnotes.xml", &parts.footnotes),
    ] {
        out.add(name, part)?;
    }
    for (kind, parts, rels) in [
        ("header", &parts.headers, &parts.header_rels),
        ("footer", &parts.footers, &parts.footer_rels),
    ] {
        for (i, part) in parts.iter().enumerate() {
            out.add(&format!("word/{kind}{}.xml", i + 1), part)?;
            if let Some(rels) = rels.get(i) {
                out.add(&format!("word/_rels/{kind}{}.xml.rels", i + 1), rels)?;
            }
        }
    }
    out.add(THEME_PART, theme_xml().as_bytes())?;
    for (n, image) in extras.images.iter().enumerate() {
        // Already compressed.
        let name = format!("word/{}", media_name(n + 1, image));
        out.add_packed(&name, &Packed::stored(&image.data)?)?;
    }
    if !extras.fonts.is_empty() {
        let rels: String = (1..=extras.fonts.len())
            .map(|n| {
                format!(
                    r#"<Relationship Id="{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/font" Target="fonts/font{n}.odttf" />"#,
                    super::xml_fix::font_rid(n)
                )
            })
            .collect();
        out.add(
            "word/_rels/fontTable.xml.rels",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>"#
            )
            .as_bytes(),
        )?;
        for (n, f) in extras.fonts.iter().enumerate() {
            // Deflated once per process (`fonts::embed`), copied as it is.
            out.add_packed(&format!("word/fonts/font{}.odttf", n + 1), &f.packed)?;
        }
    }
    out.finish()
}

/// What the document refers to besides docx-rs's parts: external links and
/// pictures, numbered from 1 in the order `xml_fix` refers to them.
pub struct Extras {
    pub links: Vec<String>,
    pub images: Vec<crate::doc::Image>,
    pub fonts: Vec<super::fonts::EmbeddedFont>,
}

fn media_name(n: usize, image: &crate::doc::Image) -> String {
    let ext = match image.format {
        crate::doc::ImageFormat::Png => "png",
        crate::doc::ImageFormat::Jpeg => "jpeg",
    };
    format!("media/tarjama{n}.{ext}")
}

/// The relationships of the document's links and pictures, and the
/// content types of the pictures.
fn add_extras_references(parts: &mut XMLDocx, extras: &Extras) {
    use super::xml::escape;
    let mut rels = String::new();
    for (n, url) in extras.links.iter().enumerate() {
        rels += &format!(
            r#"<Relationship Id="{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="{}" TargetMode="External" />"#,
            super::xml_fix::link_rid(n + 1),
            escape(url)
        );
    }
    for (n, image) in extras.images.iter().enumerate() {
        rels += &format!(
            r#"<Relationship Id="{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="{}" />"#,
            super::xml_fix::image_rid(n + 1),
            media_name(n + 1, image)
        );
    }
    insert_before(&mut parts.document_rels, "</Relationships>", &rels);
    let types = String::from_utf8_lossy(&parts.content_type).into_owned();
    let mut defaults = String::new();
    for (ext, mime) in [("png", "image/png"), ("jpeg", "image/jpeg")] {
        let used = extras
            .images
            .iter()
            .any(|i| media_name(0, i).ends_with(ext));
        if used && !types.contains(&format!("Extension=\"{ext}\"")) {
            defaults += &format!(r#"<Default Extension="{ext}" ContentType="{mime}" />"#);
        }
    }
    if !extras.fonts.is_empty() && !types.contains("Extension=\"odttf\"") {
        defaults += r#"<Default Extension="odttf" ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont" />"#;
    }
    insert_before(&mut parts.content_type, "</Types>", &defaults);
}

/// Inserts `what` before the last `closing` tag of an XML part.
fn insert_before(xml: &mut Vec<u8>, closing: &str, what: &str) {
    let s = String::from_utf8_lossy(xml).into_owned();
    if let Some(at) = s.rfind(closing) {
        let mut s = s;
        s.insert_str(at, what);
        *xml = s.into_bytes();
    }
}

const THEME_PART: &str = "word/theme/theme1.xml";

/// The main document must have a theme part (openxml-audit reports its
/// absence); docx-rs writes none, so we add the relationship and content
/// type here and the part itself in `zip`.
fn add_theme_references(parts: &mut XMLDocx) {
    insert_before(
        &mut parts.document_rels,
        "</Relationships>",
        r#"<Relationship Id="rIdTheme1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml" />"#,
    );
    insert_before(
        &mut parts.content_type,
        "</Types>",
        r#"<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml" />"#,
    );
}

/// A small DrawingML theme: plain colours, our fonts as the theme fonts
/// (from templates/style.toml: Latin and complex-script fonts), and the
/// three fill, line, effect and background styles the schema requires.
fn theme_xml() -> String {
    let st = crate::render::style::get();
    let heading = st.title.colour.hex();
    let colours = [
        ("dk1", "000000"),
        ("lt1", "FFFFFF"),
        ("dk2", heading.as_str()),
        ("lt2", "E7E6E6"),
        ("accent1", "2F5597"),
        ("accent2", "C55A11"),
        ("accent3", "7F7F7F"),
        ("accent4", "BF9000"),
        ("accent5", "2E75B6"),
        ("accent6", "548235"),
        ("hlink", "0563C1"),
        ("folHlink", "954F72"),
    ];
    let clr: String = colours
        .iter()
        .map(|(name, rgb)| format!(r#"<a:{name}><a:srgbClr val="{rgb}"/></a:{name}>"#))
        .collect();
    let font = format!(
        r#"<a:latin typeface="{}"/><a:ea typeface=""/><a:cs typeface="{}"/>"#,
        st.latin_font, st.arabic_font
    );
    let fill = r#"<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>"#;
    let fills = fill.repeat(3);
    let lines: String = [6350, 12700, 19050]
        .iter()
        .map(|w| format!(r#"<a:ln w="{w}">{fill}</a:ln>"#))
        .collect();
    let effects = "<a:effectStyle><a:effectLst/></a:effectStyle>".repeat(3);
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="tarjama">"#,
            r#"<a:themeElements><a:clrScheme name="tarjama">{clr}</a:clrScheme>"#,
            r#"<a:fontScheme name="tarjama"><a:majorFont>{font}</a:majorFont><a:minorFont>{font}</a:minorFont></a:fontScheme>"#,
            r#"<a:fmtScheme name="tarjama"><a:fillStyleLst>{fills}</a:fillStyleLst><a:lnStyleLst>{lines}</a:lnStyleLst>"#,
            r#"<a:effectStyleLst>{effects}</a:effectStyleLst><a:bgFillStyleLst>{fills}</a:bgFillStyleLst></a:fmtScheme>"#,
            r#"</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"#
        ),
        clr = clr,
        font = font,
        fills = fills,
        lines = lines,
        effects = effects
    )
}

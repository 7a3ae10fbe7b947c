//! Post-processing of the XML parts docx-rs writes: puts children into schema
//! order and adds what docx-rs cannot express (run `w:rtl`, `w:lang`, `w:bidiVisual`, ...).

use super::xml::{Element, Node, Part};

/// Run style ids the builder puts on runs that docx-rs cannot express: a
/// right-to-left run gets `w:rtl` and the complex-script language, the runs
/// of one link are wrapped in a `w:hyperlink` with the Hyperlink style.
const RUN_MARKER: &str = "TarjamaRun";

/// The marker style for a run, if it needs one: "TarjamaRun-rtl-link3".
pub fn run_marker(rtl: bool, link: Option<usize>) -> Option<String> {
    if !rtl && link.is_none() {
        return None;
    }
    let mut m = RUN_MARKER.to_string();
    if rtl {
        m.push_str("-rtl");
    }
    if let Some(n) = link {
        m.push_str(&format!("-link{n}"));
    }
    Some(m)
}

/// What a run's marker says: (right-to-left, link number).
fn read_marker(run: &Element) -> Option<(bool, Option<usize>)> {
    let style = run.child("w:rPr")?.child("w:rStyle")?.get_attr("w:val")?;
    let rest = style.strip_prefix(RUN_MARKER)?;
    let link = rest
        .split_once("-link")
        .and_then(|(_, n)| n.parse::<usize>().ok());
    Some((rest.contains("-rtl"), link))
}

/// The text standing in for picture `n` (1-based) until `xml_fix` puts the
/// drawing in its place. Private-use characters: no document contains them.
pub fn image_marker(n: usize) -> String {
    format!("\u{E030}{n}\u{E031}")
}

/// What the relationship id and the drawing of a picture need.
#[derive(Debug, Clone)]
pub struct ImageRef {
    /// Size in EMU (914400 per inch).
    pub cx: u64,
    pub cy: u64,
    pub alt: String,
}

/// Relationship id of link `n` and of picture `n`.
pub fn link_rid(n: usize) -> String {
    format!("rIdTjLink{n}")
}
pub fn image_rid(n: usize) -> String {
    format!("rIdTjImage{n}")
}

/// Suffix the builder puts on the paragraph style of a left-to-right
/// paragraph in a right-to-left document; removed here, leaving the style
/// and `w:bidi w:val="0"`.
pub const LTR_PARAGRAPH_MARKER: &str = "TarjamaLtr";

/// What the fixes need to know about the document.
#[derive(Debug, Clone)]
pub struct Fixes<'a> {
    /// BCP 47 language of the document, e.g. "ar".
    pub lang: &'a str,
    pub rtl: bool,
    /// For each table of the body, in document order: repeat its first row
    /// as a header on every page.
    pub header_rows: &'a [bool],
    /// Page numbers in Arabic-Indic digits.
    pub arabic_indic_pages: bool,
    /// The document's pictures, in order.
    pub images: &'a [ImageRef],
}

/// The kinds of part this module rewrites.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    /// document.xml, header*.xml, footer*.xml
    Content,
    Styles,
    Settings,
    Numbering,
}

/// Rewrites one XML part. `para_ids` numbers paragraphs (`w14:paraId`)
/// across all parts: docx-rs takes them from a per-thread counter, so the
/// same document would get other ids on a second render in one process.
pub fn fix_part(
    kind: PartKind,
    xml: &[u8],
    fixes: &Fixes,
    para_ids: &mut u32,
) -> Result<Vec<u8>, String> {
    let src = std::str::from_utf8(xml).map_err(|e| format!("part is not UTF-8: {e}"))?;
    let mut part = Part::parse(src)?;
    match kind {
        PartKind::Content => {
            let mut tables = 0;
            fix_content(&mut part.root, fixes, &mut tables, para_ids);
        }
        PartKind::Styles => fix_styles(&mut part.root, fixes),
        PartKind::Settings => fix_settings(&mut part.root, fixes),
        PartKind::Numbering => {}
    }
    drop_misplaced(&mut part.root);
    sort_children(&mut part.root);
    Ok(part.to_xml().into_bytes())
}

/// Removes what docx-rs writes where the schema forbids it, in any part:
/// an empty `w:rPr` in the paragraph properties of styles, numbering
/// levels and document defaults (only a paragraph's own `w:pPr` may hold
/// one), and the table alignment `left`, which is the default anyway and
/// would be read as "start" in right-to-left tables by some programs but
/// not others.
fn drop_misplaced(el: &mut Element) {
    let is_paragraph = el.name == "w:p";
    let is_table = el.name == "w:tbl";
    for child in el.elements_mut() {
        if child.name == "w:pPr" && !is_paragraph {
            child.children.retain(
                |n| !matches!(n, Node::Element(e) if e.name == "w:rPr" && e.children.is_empty()),
            );
        }
        if child.name == "w:tblPr" && is_table {
            child.children.retain(|n| {
                !matches!(n, Node::Element(e) if e.name == "w:jc"
                    && e.get_attr("w:val").as_deref() == Some("left"))
            });
        }
        drop_misplaced(child);
    }
}

/// The `w:lang` for this document: the language for Latin text, and in
/// right-to-left documents also for complex-script (Arabic) text.
fn lang_element(fixes: &Fixes) -> Element {
    let lang = Element::new("w:lang").attr("w:val", fixes.lang);
    if fixes.rtl {
        lang.attr("w:bidi", fixes.lang)
    } else {
        lang
    }
}

fn fix_content(el: &mut Element, fixes: &Fixes, tables: &mut usize, para_ids: &mut u32) {
    match el.name.as_str() {
        "w:p" => {
            for (name, value) in el.attrs.iter_mut() {
                if name == "w14:paraId" {
                    *para_ids += 1;
                    *value = format!("{:08X}", *para_ids);
                }
            }
            wrap_links(el);
        }
        "w:r" => {
            mark_run(el, fixes);
            place_image(el, fixes);
        }
        "w:pPr" => mark_ltr_paragraph(el),
        // docx-rs writes a `w:type` the schema does not allow on grid columns.
        "w:gridCol" => el.attrs.retain(|(n, _)| n != "w:type"),
        "w:sectPr" => {
            if fixes.rtl {
                el.ensure_child(Element::new("w:bidi"));
            }
            if fixes.arabic_indic_pages {
                let pg = el.child_or_insert("w:pgNumType", usize::MAX);
                pg.attrs.retain(|(n, _)| n != "w:fmt");
                pg.attrs.push(("w:fmt".into(), "hindiNumbers".into()));
            }
        }
        "w:tbl" => {
            let index = *tables;
            *tables += 1;
            if fixes.rtl {
                // Mirrors the columns: the first logical column goes right.
                el.child_or_insert("w:tblPr", 0)
                    .ensure_child(Element::new("w:bidiVisual"));
            }
            if fixes.header_rows.get(index).copied().unwrap_or(false) {
                if let Some(row) = el.child_mut("w:tr") {
                    row.child_or_insert("w:trPr", 0)
                        .ensure_child(Element::new("w:tblHeader"));
                }
            }
        }
        _ => {}
    }
    for child in el.elements_mut() {
        fix_content(child, fixes, tables, para_ids);
    }
}

/// Turns the marker on a paragraph style into the style itself plus an
/// explicit left-to-right `w:bidi w:val="0"`: a left-to-right cell in a
/// right-to-left document, whose style would otherwise make it right to left.
fn mark_ltr_paragraph(ppr: &mut Element) {
    let marked = ppr.child_mut("w:pStyle").and_then(|s| {
        let val = s.get_attr("w:val")?;
        let base = val.strip_suffix(LTR_PARAGRAPH_MARKER)?.to_string();
        s.attrs.retain(|(n, _)| n != "w:val");
        s.attrs.push(("w:val".into(), super::xml::escape(&base)));
        Some(())
    });
    if marked.is_some() {
        ppr.children
            .retain(|n| !matches!(n, Node::Element(e) if e.name == "w:bidi"));
        ppr.children
            .push(Node::Element(Element::new("w:bidi").attr("w:val", "0")));
    }
}

/// Turns a run's marker style into `w:rtl` plus the complex-script
/// language, and into the Hyperlink character style for a link.
fn mark_run(run: &mut Element, fixes: &Fixes) {
    let Some((rtl, link)) = read_marker(run) else {
        return;
    };
    let Some(rpr) = run.child_mut("w:rPr") else {
        return;
    };
    rpr.children
        .retain(|n| !matches!(n, Node::Element(e) if e.name == "w:rStyle"));
    if link.is_some() {
        rpr.children.insert(
            0,
            Node::Element(Element::new("w:rStyle").attr("w:val", "Hyperlink")),
        );
    }
    if rtl {
        // Right-to-left text in a left-to-right document is Arabic (a
        // name), not text in the document's language.
        let bidi = if fixes.rtl { fixes.lang } else { "ar" };
        rpr.ensure_child(Element::new("w:rtl"));
        rpr.ensure_child(Element::new("w:lang").attr("w:bidi", bidi));
    }
}

/// Wraps each run of consecutive runs marked with one link in a
/// `w:hyperlink` pointing at that link's relationship.
fn wrap_links(p: &mut Element) {
    let mut out: Vec<Node> = Vec::with_capacity(p.children.len());
    for node in std::mem::take(&mut p.children) {
        let link = match &node {
            Node::Element(e) if e.name == "w:r" => read_marker(e).and_then(|m| m.1),
            _ => None,
        };
        let Some(n) = link else {
            out.push(node);
            continue;
        };
        let rid = link_rid(n);
        match out.last_mut() {
            Some(Node::Element(h))
                if h.name == "w:hyperlink" && h.get_attr("r:id").as_deref() == Some(&rid) =>
            {
                h.children.push(node)
            }
            _ => {
                let mut h = Element::new("w:hyperlink")
                    .attr("r:id", &rid)
                    .attr("w:history", "1");
                h.children.push(node);
                out.push(Node::Element(h));
            }
        }
    }
    p.children = out;
}

/// Replaces a picture's marker text in a run by its inline drawing.
fn place_image(run: &mut Element, fixes: &Fixes) {
    let Some(pos) = run.children.iter().position(
        |n| matches!(n, Node::Element(e) if e.name == "w:t" && e.text().starts_with('\u{E030}')),
    ) else {
        return;
    };
    let Node::Element(t) = &run.children[pos] else {
        return;
    };
    let text = t.text();
    let Some(n) = text
        .trim_start_matches('\u{E030}')
        .trim_end_matches('\u{E031}')
        .parse::<usize>()
        .ok()
    else {
        return;
    };
    let Some(img) = fixes.images.get(n.wrapping_sub(1)) else {
        return;
    };
    let alt = super::xml::escape(&img.alt);
    let (cx, cy, rid) = (img.cx, img.cy, image_rid(n));
    let xml = format!(
        concat!(
            r#"<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">"#,
            r#"<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>"#,
            r#"<wp:docPr id="{n}" name="Picture {n}" descr="{alt}"/>"#,
            r#"<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>"#,
            r#"<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">"#,
            r#"<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">"#,
            r#"<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">"#,
            r#"<pic:nvPicPr><pic:cNvPr id="{n}" name="Picture {n}" descr="{alt}"/><pic:cNvPicPr/></pic:nvPicPr>"#,
            r#"<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"#,
            r#"<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>"#,
            r#"<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>"#,
            r#"</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>"#
        ),
        cx = cx,
        cy = cy,
        n = n,
        alt = alt,
        rid = rid
    );
    if let Ok(part) = super::xml::Part::parse(&xml) {
        run.children[pos] = Node::Element(part.root);
    }
}

fn fix_styles(root: &mut Element, fixes: &Fixes) {
    if let Some(defaults) = root.child_mut("w:docDefaults") {
        let rpr = defaults
            .child_or_insert("w:rPrDefault", 0)
            .child_or_insert("w:rPr", 0);
        rpr.children
            .retain(|n| !matches!(n, Node::Element(e) if e.name == "w:lang"));
        rpr.children.push(Node::Element(lang_element(fixes)));
    }
}

fn fix_settings(root: &mut Element, fixes: &Fixes) {
    // Tells Word which language the theme fonts are chosen for.
    let mut lang = lang_element(fixes);
    lang.name = "w:themeFontLang".into();
    root.children
        .retain(|n| !matches!(n, Node::Element(e) if e.name == "w:themeFontLang"));
    root.children.push(Node::Element(lang));
    // The fonts travel with the document, as subsets.
    root.ensure_child(Element::new("w:embedTrueTypeFonts"));
    root.ensure_child(Element::new("w:saveSubsetFonts"));
}

/// The font table with an entry for each embedded family, pointing at its
/// embedded faces (regular, bold) and their obfuscation keys.
pub fn font_table(xml: &[u8], fonts: &[super::fonts::EmbeddedFont]) -> Result<Vec<u8>, String> {
    let src = std::str::from_utf8(xml).map_err(|e| format!("part is not UTF-8: {e}"))?;
    let mut part = Part::parse(src)?;
    let mut families: Vec<&str> = Vec::new();
    for f in fonts {
        if !families.contains(&f.family.as_str()) {
            families.push(&f.family);
        }
    }
    for family in families {
        let mut font = Element::new("w:font").attr("w:name", family);
        font.children
            .push(Node::Element(Element::new("w:charset").attr("w:val", "00")));
        font.children.push(Node::Element(
            Element::new("w:family").attr("w:val", "auto"),
        ));
        font.children.push(Node::Element(
            Element::new("w:pitch").attr("w:val", "variable"),
        ));
        for (n, f) in fonts.iter().enumerate().filter(|(_, f)| f.family == family) {
            let name = if f.bold {
                "w:embedBold"
            } else {
                "w:embedRegular"
            };
            font.children.push(Node::Element(
                Element::new(name)
                    .attr("r:id", &font_rid(n + 1))
                    .attr("w:fontKey", &f.key),
            ));
        }
        part.root.children.push(Node::Element(font));
    }
    Ok(part.to_xml().into_bytes())
}

/// Relationship id (in the font table's relationships) of embedded face `n`.
pub fn font_rid(n: usize) -> String {
    format!("rIdTjFont{n}")
}

/// Children in the order of the WordprocessingML schema (ECMA-376 part 1,
/// transitional), for every container docx-rs writes out of order or that
/// we add to. Elements not listed here are left alone.
const SCHEMA_ORDER: &[(&str, &[&str])] = &[
    (
        "w:rPr",
        &[
            "w:ins",
            "w:del",
            "w:moveFrom",
            "w:moveTo",
            "w:rStyle",
            "w:rFonts",
            "w:b",
            "w:bCs",
            "w:i",
            "w:iCs",
            "w:caps",
            "w:smallCaps",
            "w:strike",
            "w:dstrike",
            "w:outline",
            "w:shadow",
            "w:emboss",
            "w:imprint",
            "w:noProof",
            "w:snapToGrid",
            "w:vanish",
            "w:webHidden",
            "w:color",
            "w:spacing",
            "w:w",
            "w:kern",
            "w:position",
            "w:sz",
            "w:szCs",
            "w:highlight",
            "w:u",
            "w:effect",
            "w:bdr",
            "w:shd",
            "w:fitText",
            "w:vertAlign",
            "w:rtl",
            "w:cs",
            "w:em",
            "w:lang",
            "w:eastAsianLayout",
            "w:specVanish",
            "w:oMath",
            "w:rPrChange",
        ],
    ),
    (
        "w:pPr",
        &[
            "w:pStyle",
            "w:keepNext",
            "w:keepLines",
            "w:pageBreakBefore",
            "w:framePr",
            "w:widowControl",
            "w:numPr",
            "w:suppressLineNumbers",
            "w:pBdr",
            "w:shd",
            "w:tabs",
            "w:suppressAutoHyphens",
            "w:kinsoku",
            "w:wordWrap",
            "w:overflowPunct",
            "w:topLinePunct",
            "w:autoSpaceDE",
            "w:autoSpaceDN",
            "w:bidi",
            "w:adjustRightInd",
            "w:snapToGrid",
            "w:spacing",
            "w:ind",
            "w:contextualSpacing",
            "w:mirrorIndents",
            "w:suppressOverlap",
            "w:jc",
            "w:textDirection",
            "w:textAlignment",
            "w:textboxTightWrap",
            "w:outlineLvl",
            "w:divId",
            "w:cnfStyle",
            "w:rPr",
            "w:sectPr",
            "w:pPrChange",
        ],
    ),
    (
        "w:sectPr",
        &[
            "w:headerReference",
            "w:footerReference",
            "w:footnotePr",
            "w:endnotePr",
            "w:type",
            "w:pgSz",
            "w:pgMar",
            "w:paperSrc",
            "w:pgBorders",
            "w:lnNumType",
            "w:pgNumType",
            "w:cols",
            "w:formProt",
            "w:vAlign",
            "w:noEndnote",
            "w:titlePg",
            "w:textDirection",
            "w:bidi",
            "w:rtlGutter",
            "w:docGrid",
            "w:printerSettings",
            "w:sectPrChange",
        ],
    ),
    (
        "w:tblPr",
        &[
            "w:tblStyle",
            "w:tblpPr",
            "w:tblOverlap",
            "w:bidiVisual",
            "w:tblStyleRowBandSize",
            "w:tblStyleColBandSize",
            "w:tblW",
            "w:jc",
            "w:tblCellSpacing",
            "w:tblInd",
            "w:tblBorders",
            "w:shd",
            "w:tblLayout",
            "w:tblCellMar",
            "w:tblLook",
            "w:tblCaption",
            "w:tblDescription",
            "w:tblPrChange",
        ],
    ),
    (
        // A choice in the schema; a fixed order is still easier to read.
        "w:trPr",
        &[
            "w:cnfStyle",
            "w:divId",
            "w:gridBefore",
            "w:gridAfter",
            "w:wBefore",
            "w:wAfter",
            "w:cantSplit",
            "w:trHeight",
            "w:tblHeader",
            "w:tblCellSpacing",
            "w:jc",
            "w:hidden",
            "w:ins",
            "w:del",
            "w:trPrChange",
        ],
    ),
    (
        "w:tcPr",
        &[
            "w:cnfStyle",
            "w:tcW",
            "w:gridSpan",
            "w:hMerge",
            "w:vMerge",
            "w:tcBorders",
            "w:shd",
            "w:noWrap",
            "w:tcMar",
            "w:textDirection",
            "w:tcFitText",
            "w:vAlign",
            "w:hideMark",
            "w:headers",
            "w:cellIns",
            "w:cellDel",
            "w:cellMerge",
            "w:tcPrChange",
        ],
    ),
    (
        "w:tblBorders",
        &[
            "w:top",
            "w:left",
            "w:start",
            "w:bottom",
            "w:right",
            "w:end",
            "w:insideH",
            "w:insideV",
        ],
    ),
    (
        "w:tcBorders",
        &[
            "w:top",
            "w:left",
            "w:start",
            "w:bottom",
            "w:right",
            "w:end",
            "w:insideH",
            "w:insideV",
            "w:tl2br",
            "w:tr2bl",
        ],
    ),
    (
        "w:pBdr",
        &[
            "w:top",
            "w:left",
            "w:bottom",
            "w:right",
            "w:between",
            "w:bar",
        ],
    ),
    (
        "w:tblCellMar",
        &["w:top", "w:left", "w:start", "w:bottom", "w:right", "w:end"],
    ),
    (
        "w:tcMar",
        &["w:top", "w:left", "w:start", "w:bottom", "w:right", "w:end"],
    ),
    ("w:tbl", &["w:tblPr", "w:tblGrid", "w:tr"]),
    ("w:tr", &["w:tblPrEx", "w:trPr", "w:tc"]),
    (
        "w:style",
        &[
            "w:name",
            "w:aliases",
            "w:basedOn",
            "w:next",
            "w:link",
            "w:autoRedefine",
            "w:hidden",
            "w:uiPriority",
            "w:semiHidden",
            "w:unhideWhenUsed",
            "w:qFormat",
            "w:locked",
            "w:personal",
            "w:personalCompose",
            "w:personalReply",
            "w:rsid",
            "w:pPr",
            "w:rPr",
            "w:tblPr",
            "w:trPr",
            "w:tcPr",
            "w:tblStylePr",
        ],
    ),
    ("w:styles", &["w:docDefaults", "w:latentStyles", "w:style"]),
    ("w:docDefaults", &["w:rPrDefault", "w:pPrDefault"]),
    (
        "w:numbering",
        &[
            "w:numPicBullet",
            "w:abstractNum",
            "w:num",
            "w:numIdMacAtCleanup",
        ],
    ),
    (
        "w:abstractNum",
        &[
            "w:nsid",
            "w:multiLevelType",
            "w:tmpl",
            "w:name",
            "w:styleLink",
            "w:numStyleLink",
            "w:lvl",
        ],
    ),
    (
        "w:lvl",
        &[
            "w:start",
            "w:numFmt",
            "w:lvlRestart",
            "w:pStyle",
            "w:isLgl",
            "w:suff",
            "w:lvlText",
            "w:lvlPicBulletId",
            "w:legacy",
            "w:lvlJc",
            "w:pPr",
            "w:rPr",
        ],
    ),
    ("w:num", &["w:abstractNumId", "w:lvlOverride"]),
    (
        "w:numPr",
        &["w:ilvl", "w:numId", "w:numberingChange", "w:ins"],
    ),
    (
        "w:settings",
        &[
            "w:writeProtection",
            "w:view",
            "w:zoom",
            "w:removePersonalInformation",
            "w:removeDateAndTime",
            "w:doNotDisplayPageBoundaries",
            "w:displayBackgroundShape",
            "w:printPostScriptOverText",
            "w:printFractionalCharacterWidth",
            "w:printFormsData",
            "w:embedTrueTypeFonts",
            "w:embedSystemFonts",
            "w:saveSubsetFonts",
            "w:saveFormsData",
            "w:mirrorMargins",
            "w:alignBordersAndEdges",
            "w:bordersDoNotSurroundHeader",
            "w:bordersDoNotSurroundFooter",
            "w:gutterAtTop",
            "w:hideSpellingErrors",
            "w:hideGrammaticalErrors",
            "w:activeWritingStyle",
            "w:proofState",
            "w:formsDesign",
            "w:attachedTemplate",
            "w:linkStyles",
            "w:stylePaneFormatFilter",
            "w:stylePaneSortMethod",
            "w:documentType",
            "w:mailMerge",
            "w:revisionView",
            "w:trackRevisions",
            "w:doNotTrackMoves",
            "w:doNotTrackFormatting",
            "w:documentProtection",
            "w:autoFormatOverride",
            "w:styleLockTheme",
            "w:styleLockQFSet",
            "w:defaultTabStop",
            "w:autoHyphenation",
            "w:consecutiveHyphenLimit",
            "w:hyphenationZone",
            "w:doNotHyphenateCaps",
            "w:showEnvelope",
            "w:summaryLength",
            "w:clickAndTypeStyle",
            "w:defaultTableStyle",
            "w:evenAndOddHeaders",
            "w:bookFoldRevPrinting",
            "w:bookFoldPrinting",
            "w:bookFoldPrintingSheets",
            "w:drawingGridHorizontalSpacing",
            "w:drawingGridVerticalSpacing",
            "w:displayHorizontalDrawingGridEvery",
            "w:displayVerticalDrawingGridEvery",
            "w:doNotUseMarginsForDrawingGridOrigin",
            "w:drawingGridHorizontalOrigin",
            "w:drawingGridVerticalOrigin",
            "w:doNotShadeFormData",
            "w:noPunctuationKerning",
            "w:characterSpacingControl",
            "w:printTwoOnOne",
            "w:strictFirstAndLastChars",
            "w:noLineBreaksAfter",
            "w:noLineBreaksBefore",
            "w:savePreviewPicture",
            "w:doNotValidateAgainstSchema",
            "w:saveInvalidXml",
            "w:ignoreMixedContent",
            "w:alwaysShowPlaceholderText",
            "w:doNotDemarcateInvalidXml",
            "w:saveXmlDataOnly",
            "w:useXSLTWhenSaving",
            "w:saveThroughXslt",
            "w:showXMLTags",
            "w:alwaysMergeEmptyNamespace",
            "w:updateFields",
            "w:hdrShapeDefaults",
            "w:footnotePr",
            "w:endnotePr",
            "w:compat",
            "w:docVars",
            "w:rsids",
            "m:mathPr",
            "w:attachedSchema",
            "w:themeFontLang",
            "w:clrSchemeMapping",
            "w:doNotIncludeSubdocsInStats",
            "w:doNotAutoCompressPictures",
            "w:forceUpgrade",
            "w:captions",
            "w:readModeInkLockDown",
            "w:smartTagType",
            "w:schemaLibrary",
            "w:shapeDefaults",
            "w:doNotEmbedSmartTags",
            "w:decimalSymbol",
            "w:listSeparator",
        ],
    ),
];

fn order_of(parent: &str) -> Option<&'static [&'static str]> {
    SCHEMA_ORDER
        .iter()
        .find(|(p, _)| *p == parent)
        .map(|(_, order)| *order)
}

/// Stable-sorts the children of every known container into schema order.
/// A child the table does not know (and any text) keeps the rank of the
/// child before it, so it travels with its neighbour instead of jumping.
pub fn sort_children(el: &mut Element) {
    if let Some(order) = order_of(&el.name) {
        let mut rank = 0;
        let ranks: Vec<usize> = el
            .children
            .iter()
            .map(|n| {
                if let Node::Element(e) = n {
                    if let Some(r) = order.iter().position(|o| *o == e.name) {
                        rank = r;
                    }
                }
                rank
            })
            .collect();
        // Most containers are in order already: they are left as they are.
        if ranks.windows(2).any(|w| w[0] > w[1]) {
            let mut ranked: Vec<(usize, Node)> = ranks
                .into_iter()
                .zip(std::mem::take(&mut el.children))
                .collect();
            ranked.sort_by_key(|(r, _)| *r);
            el.children = ranked.into_iter().map(|(_, n)| n).collect();
        }
    }
    // In a cell, paragraph or run only the properties have a fixed place
    // (first); the content after them is free-form and keeps its order.
    if el.name == "w:tc" || el.name == "w:p" || el.name == "w:r" {
        let first = match el.name.as_str() {
            "w:tc" => "w:tcPr",
            "w:p" => "w:pPr",
            _ => "w:rPr",
        };
        if let Some(i) = el
            .children
            .iter()
            .position(|n| matches!(n, Node::Element(e) if e.name == first))
        {
            let props = el.children.remove(i);
            el.children.insert(0, props);
        }
    }
    for child in el.elements_mut() {
        sort_children(child);
    }
}

/// Children of known containers that the order table does not list; used by
/// tests to notice when docx-rs starts writing something new.
#[cfg(test)]
pub fn unknown_children(el: &Element, out: &mut Vec<String>) {
    if let Some(order) = order_of(&el.name) {
        for c in el.elements() {
            if !order.contains(&c.name.as_str()) {
                out.push(format!("{} in {}", c.name, el.name));
            }
        }
    }
    for c in el.elements() {
        unknown_children(c, out);
    }
}

/// docProps/core.xml written from scratch: docx-rs has no title or language
/// setters and would add 1970 timestamps; we want neither timestamps nor
/// anything that changes between runs.
pub fn core_xml(title: &str, lang: &str) -> Vec<u8> {
    let esc = super::xml::escape;
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties""#,
            r#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/""#,
            r#" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
            "<dc:title>{}</dc:title><dc:language>{}</dc:language>",
            "</cp:coreProperties>"
        ),
        esc(title),
        esc(lang)
    )
    .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixes(rtl: bool) -> Fixes<'static> {
        Fixes {
            lang: if rtl { "ar" } else { "en" },
            rtl,
            header_rows: &[true, false],
            arabic_indic_pages: false,
            images: &[],
        }
    }

    fn fix(kind: PartKind, xml: &str, rtl: bool) -> String {
        let mut ids = 0;
        String::from_utf8(fix_part(kind, xml.as_bytes(), &fixes(rtl), &mut ids).unwrap()).unwrap()
    }

    #[test]
    fn paragraph_properties_in_schema_order() {
        let out = fix(
            PartKind::Content,
            r#"<w:p><w:pPr><w:rPr /><w:pStyle w:val="X" /><w:jc w:val="center" /><w:bidi /></w:pPr><w:r><w:rPr><w:sz w:val="2" /><w:b /><w:rFonts w:ascii="A" /></w:rPr><w:t>x</w:t></w:r></w:p>"#,
            false,
        );
        assert_eq!(
            out,
            r#"<w:p><w:pPr><w:pStyle w:val="X"/><w:bidi/><w:jc w:val="center"/><w:rPr/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="A"/><w:b/><w:sz w:val="2"/></w:rPr><w:t>x</w:t></w:r></w:p>"#
        );
    }

    #[test]
    fn empty_run_properties_only_stay_in_paragraphs() {
        let xml = r#"<w:styles><w:style><w:pPr><w:rPr /><w:jc w:val="center" /></w:pPr></w:style></w:styles>"#;
        assert_eq!(
            fix(PartKind::Styles, xml, false),
            r#"<w:styles><w:style><w:pPr><w:jc w:val="center"/></w:pPr></w:style></w:styles>"#
        );
        let xml = r#"<w:p><w:pPr><w:rPr /></w:pPr></w:p>"#;
        assert_eq!(
            fix(PartKind::Content, xml, false),
            r#"<w:p><w:pPr><w:rPr/></w:pPr></w:p>"#
        );
    }

    #[test]
    fn table_alignment_left_is_dropped() {
        let xml = r#"<w:tbl><w:tblPr><w:jc w:val="left" /><w:tblW w:w="1" /></w:tblPr></w:tbl>"#;
        let out = fix(PartKind::Content, xml, true);
        assert_eq!(
            out,
            r#"<w:tbl><w:tblPr><w:bidiVisual/><w:tblW w:w="1"/></w:tblPr></w:tbl>"#
        );
    }

    #[test]
    fn runs_of_one_link_become_one_hyperlink() {
        let m = run_marker(false, Some(2)).unwrap();
        let r =
            |t: &str| format!(r#"<w:r><w:rPr><w:rStyle w:val="{m}"/></w:rPr><w:t>{t}</w:t></w:r>"#);
        let xml = format!(
            r#"<w:p><w:r><w:t>See </w:t></w:r>{}{}</w:p>"#,
            r("the "),
            r("Charter")
        );
        let out = fix(PartKind::Content, &xml, false);
        assert_eq!(out.matches("<w:hyperlink ").count(), 1, "{out}");
        assert!(out.contains(r#"<w:hyperlink r:id="rIdTjLink2" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>the </w:t></w:r>"#), "{out}");
        assert!(!out.contains("TarjamaRun"), "{out}");
    }

    #[test]
    fn marker_style_becomes_rtl_and_language() {
        let marker = run_marker(true, None).unwrap();
        let xml = format!(
            r#"<w:r><w:rPr><w:b /><w:rStyle w:val="{marker}" /></w:rPr><w:t>ب</w:t></w:r>"#
        );
        let out = fix(PartKind::Content, &xml, true);
        assert_eq!(
            out,
            r#"<w:r><w:rPr><w:b/><w:rtl/><w:lang w:bidi="ar"/></w:rPr><w:t>ب</w:t></w:r>"#
        );
    }

    #[test]
    fn section_gets_bidi_after_page_setup_and_references_first() {
        let out = fix(
            PartKind::Content,
            r#"<w:sectPr><w:pgSz w:w="1" /><w:pgMar w:top="1" /><w:cols w:space="425" /><w:headerReference w:type="default" r:id="rId4" /><w:footerReference w:type="default" r:id="rId5" /></w:sectPr>"#,
            true,
        );
        assert_eq!(
            out,
            r#"<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:footerReference w:type="default" r:id="rId5"/><w:pgSz w:w="1"/><w:pgMar w:top="1"/><w:cols w:space="425"/><w:bidi/></w:sectPr>"#
        );
    }

    #[test]
    fn marked_paragraphs_become_left_to_right() {
        let out = fix(
            PartKind::Content,
            r#"<w:p><w:pPr><w:pStyle w:val="TableTextTarjamaLtr" /></w:pPr></w:p>"#,
            true,
        );
        assert_eq!(
            out,
            r#"<w:p><w:pPr><w:pStyle w:val="TableText"/><w:bidi w:val="0"/></w:pPr></w:p>"#
        );
    }

    #[test]
    fn tables_mirrored_header_row_repeated_grid_fixed() {
        let one = r#"<w:tbl><w:tblPr><w:tblW w:w="5" /><w:tblStyle w:val="T" /></w:tblPr><w:tblGrid><w:gridCol w:w="5" w:type="dxa" /></w:tblGrid><w:tr><w:tc><w:p /></w:tc></w:tr><w:tr><w:trPr><w:cantSplit /></w:trPr><w:tc><w:p /></w:tc></w:tr></w:tbl>"#;
        let xml = format!("<w:body>{one}{one}</w:body>");
        let out = fix(PartKind::Content, &xml, true);
        let first = r#"<w:tbl><w:tblPr><w:tblStyle w:val="T"/><w:bidiVisual/><w:tblW w:w="5"/></w:tblPr><w:tblGrid><w:gridCol w:w="5"/></w:tblGrid><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p/></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:p/></w:tc></w:tr></w:tbl>"#;
        // The second table has no header row (header_rows[1] == false).
        let second = first.replace("<w:trPr><w:tblHeader/></w:trPr>", "");
        assert_eq!(out, format!("<w:body>{first}{second}</w:body>"));
        let ltr = fix(PartKind::Content, &xml, false);
        assert!(!ltr.contains("bidiVisual"));
    }

    #[test]
    fn styles_get_document_language() {
        let xml = r#"<w:styles><w:style w:styleId="A"><w:rPr /><w:pPr /><w:name w:val="A" /></w:style><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22" /></w:rPr></w:rPrDefault></w:docDefaults></w:styles>"#;
        assert_eq!(
            fix(PartKind::Styles, xml, true),
            r#"<w:styles><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/><w:lang w:val="ar" w:bidi="ar"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:styleId="A"><w:name w:val="A"/><w:pPr/><w:rPr/></w:style></w:styles>"#
        );
        assert!(fix(PartKind::Styles, xml, false).contains(r#"<w:lang w:val="en"/>"#));
    }

    #[test]
    fn settings_get_theme_font_language_in_place() {
        let xml = r#"<w:settings><w:defaultTabStop w:val="840" /><w:zoom w:percent="100" /><w:compat /><w:docVars /></w:settings>"#;
        assert_eq!(
            fix(PartKind::Settings, xml, false),
            r#"<w:settings><w:zoom w:percent="100"/><w:embedTrueTypeFonts/><w:saveSubsetFonts/><w:defaultTabStop w:val="840"/><w:compat/><w:docVars/><w:themeFontLang w:val="en"/></w:settings>"#
        );
    }

    #[test]
    fn paragraph_ids_are_renumbered_in_order() {
        let xml = r#"<w:body><w:p w14:paraId="0000abcd" /><w:tbl><w:tr><w:tc><w:p w14:paraId="00000007" /></w:tc></w:tr></w:tbl></w:body>"#;
        let mut ids = 5;
        let out = fix_part(PartKind::Content, xml.as_bytes(), &fixes(false), &mut ids).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains(r#"<w:p w14:paraId="00000006"/>"#));
        assert!(out.contains(r#"<w:p w14:paraId="00000007"/>"#));
        assert_eq!(ids, 7);
    }

    #[test]
    fn unknown_children_keep_their_neighbour() {
        let out = fix(
            PartKind::Content,
            r#"<w:pPr><w:jc /><w:x:unknown /><w:pStyle /></w:pPr>"#,
            false,
        );
        assert_eq!(out, r#"<w:pPr><w:pStyle/><w:jc/><w:x:unknown/></w:pPr>"#);
    }

    #[test]
    fn core_properties_escape_title() {
        let core = String::from_utf8(core_xml("Talks & <More>", "fr")).unwrap();
        assert!(core.contains("<dc:title>Talks &amp; &lt;More&gt;</dc:title>"));
        assert!(core.contains("<dc:language>fr</dc:language>"));
        assert!(!core.contains("dcterms:created"));
    }
}

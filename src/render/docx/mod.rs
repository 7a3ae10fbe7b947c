//! DOCX writer: `doc::Document` to a schema-valid WordprocessingML package.
//! docx-rs builds the parts, `xml_fix` corrects them, `package` zips them reproducibly.

mod archive;
mod cut;
mod fonts;
mod package;
mod text;
pub(crate) mod xml;
mod xml_fix;

use docx_rs::{
    AbstractNumbering, AlignmentType, Break, BreakType, Footer, Header, IndentLevel, Level,
    LevelJc, LevelText, LineSpacing, LineSpacingType, NumPages, NumberFormat, Numbering,
    NumberingId, PageMargin, PageNum, Paragraph, ParagraphBorder, ParagraphBorderPosition,
    ParagraphBorders, ParagraphChild, Run, RunChild, RunFonts, Shading, ShdType, SpecialIndentType,
    Start, Style, StyleType, Styles, SzCs, Tab, Table, TableBorder, TableBorderPosition,
    TableBorders, TableCell, TableCellMargins, TableLayoutType, TableRow, WidthType,
};

use crate::doc::{
    Align, Block, Cell, Digits, Direction, Document, FooterPart, Inline, Model, ParagraphStyle,
    Timeline,
};
use crate::render::style::{self, TextStyle};
use crate::render::{RenderError, Renderer, Resources};
use text::{has_rtl, resolve_isolates, split_runs};
use xml_fix::{run_marker, Fixes, PartKind, LTR_PARAGRAPH_MARKER};

pub struct Docx;

impl Renderer for Docx {
    fn name(&self) -> &'static str {
        "docx"
    }
    fn extension(&self) -> &'static str {
        "docx"
    }
    fn accepts(&self, model: &Model) -> bool {
        matches!(model, Model::Document(_))
    }
    fn cost_hint(&self) -> u32 {
        3
    }
    fn render(&self, model: &Model, resources: &Resources) -> Result<Vec<u8>, RenderError> {
        match model {
            Model::Document(d) => render_with_fonts(d, &resources.fonts),
            _ => Err(RenderError::wrong_model(self.name())),
        }
    }
}

/// numId (and abstractNumId) of the bullet list for body lists and for
/// bullets inside cells; docx-rs always writes a numbered list as 1.
const BODY_BULLETS: usize = 2;
const CELL_BULLETS: usize = 3;

/// Writes `doc` as the bytes of a .docx file.
pub fn render(doc: &Document) -> Result<Vec<u8>, RenderError> {
    render_with_fonts(doc, &crate::render::pdf::FontSet::bundled())
}

/// Writes `doc` as a .docx file with `fonts` embedded (subset to the
/// document's characters).
pub fn render_with_fonts(
    doc: &Document,
    fonts: &crate::render::pdf::FontSet,
) -> Result<Vec<u8>, RenderError> {
    let rtl = doc.direction == Direction::Rtl;
    let page = &doc.page;
    let text_width = twips(page.width - page.margin_start - page.margin_end);
    let (left, right) = if rtl {
        (page.margin_end, page.margin_start)
    } else {
        (page.margin_start, page.margin_end)
    };
    let margin = PageMargin::new()
        .top(twips(page.margin_top))
        .bottom(twips(page.margin_bottom))
        .left(twips(left))
        .right(twips(right))
        .header(709)
        .footer(709)
        .gutter(0);

    // Every character shown, once: the embedded faces are cut to them.
    let chars = doc_chars(doc);
    let mut w = Writer {
        rtl,
        text_width,
        header_rows: Vec::new(),
        links: Default::default(),
        images: Vec::new(),
        arabic_lacks: arabic_lacks(&chars, fonts)?,
        latin_font: style::get().latin_font.clone(),
    };
    let header = || {
        Header::new().add_paragraph(w.paragraph(
            "Header",
            Align::Start,
            &[Inline::plain(doc.header.clone())],
            false,
        ))
    };
    let footer = || Footer::new().add_paragraph(w.footer(&doc.footer));
    let mut docx = docx_rs::Docx::new()
        .page_size(twips(page.width) as u32, twips(page.height) as u32)
        .page_margin(margin)
        .default_tab_stop(720)
        .styles(styles(rtl))
        .add_abstract_numbering(bullets(BODY_BULLETS, twips(style::get().list_indent)))
        .add_numbering(Numbering::new(BODY_BULLETS, BODY_BULLETS))
        .add_abstract_numbering(bullets(CELL_BULLETS, 240))
        .add_numbering(Numbering::new(CELL_BULLETS, CELL_BULLETS))
        .header(header())
        .footer(footer());
    if !style::get().header_on_first_page {
        // As in the PDF: the first page shows the title block, no header.
        // An empty paragraph of the plain style: no header rule either.
        let blank = Header::new().add_paragraph(w.bidi(Paragraph::new()));
        docx = docx.first_header(blank).first_footer(footer());
    }
    for (i, block) in doc.blocks.iter().enumerate() {
        docx = w.block(docx, block);
        // A paragraph that introduces a table stays on its first page (as
        // in the PDF): Word's "keep with next".
        if let (Block::Paragraph(_), Some(Block::Table(_))) = (block, doc.blocks.get(i + 1)) {
            docx = keep_last_with_next(docx);
        }
    }

    // EMU: 12700 per point.
    let image_refs: Vec<xml_fix::ImageRef> = w
        .images
        .iter()
        .map(|i| xml_fix::ImageRef {
            cx: (i.width_at(style::get().logo_height) * 12700.0).round() as u64,
            cy: (style::get().logo_height * 12700.0).round() as u64,
            alt: i.alt.clone(),
        })
        .collect();
    let fixes = Fixes {
        lang: &doc.lang,
        rtl,
        header_rows: &w.header_rows,
        arabic_indic_pages: doc.digits == Digits::ArabicIndic,
        images: &image_refs,
    };
    let mut parts = docx.build();
    let fail = |part: &str, e: String| RenderError {
        message: format!("could not post-process the DOCX part {part}: {e}"),
        help: Some("this is a bug in tarjama's DOCX writer; please report it".into()),
    };
    // Paragraph ids count on from the body through headers and footers.
    let mut para_ids = 0;
    parts.document = xml_fix::fix_part(PartKind::Content, &parts.document, &fixes, &mut para_ids)
        .map_err(|e| fail("word/document.xml", e))?;
    // Header rows are counted over the body's tables only.
    let furniture = Fixes {
        header_rows: &[],
        ..fixes.clone()
    };
    for part in parts.headers.iter_mut().chain(parts.footers.iter_mut()) {
        *part = xml_fix::fix_part(PartKind::Content, part, &furniture, &mut para_ids)
            .map_err(|e| fail("header/footer", e))?;
    }
    parts.styles = xml_fix::fix_part(PartKind::Styles, &parts.styles, &fixes, &mut para_ids)
        .map_err(|e| fail("word/styles.xml", e))?;
    parts.settings = xml_fix::fix_part(PartKind::Settings, &parts.settings, &fixes, &mut para_ids)
        .map_err(|e| fail("word/settings.xml", e))?;
    parts.numberings = xml_fix::fix_part(
        PartKind::Numbering,
        &parts.numberings,
        &fixes,
        &mut para_ids,
    )
    .map_err(|e| fail("word/numbering.xml", e))?;
    parts.doc_props.core = xml_fix::core_xml(&doc.title, &doc.lang);
    let st = style::get();
    let embedded = fonts::embed(&chars, fonts, &st.latin_font, &st.arabic_font)?;
    parts.font_table = xml_fix::font_table(&parts.font_table, &embedded)
        .map_err(|e| fail("word/fontTable.xml", e))?;
    let extras = package::Extras {
        links: w.links.into_inner(),
        images: w.images,
        fonts: embedded,
    };
    package::zip(parts, &extras).map_err(|e| RenderError {
        message: format!("could not write the DOCX package: {e}"),
        help: None,
    })
}

/// Every character the document shows, for the embedded fonts' subsets.
fn doc_chars(doc: &Document) -> std::collections::BTreeSet<char> {
    let mut text = crate::doc::plain_text(doc);
    text.push_str(&doc.header);
    for part in &doc.footer {
        if let FooterPart::Text(t) = part {
            text.push_str(t);
        }
    }
    // Numbers Word or LibreOffice generate (page fields), and the bullet
    // the numbering part draws: they are not in the document's text.
    text.push_str("0123456789");
    text.push_str(BULLET);
    if doc.digits == Digits::ArabicIndic {
        text.push_str("٠١٢٣٤٥٦٧٨٩");
    }
    text.chars().filter(|c| !c.is_control()).collect()
}

/// The characters of a document (`chars`, other than spaces) that the
/// Arabic face lacks.
fn arabic_lacks(
    chars: &std::collections::BTreeSet<char>,
    fonts: &crate::render::pdf::FontSet,
) -> Result<std::collections::BTreeSet<char>, RenderError> {
    let key = crate::render::pdf::FontKey::Naskh;
    let face = ttf_parser::Face::parse(fonts.bytes(key), 0).map_err(|_| RenderError {
        message: format!("cannot parse font {}", key.file_name()),
        help: Some("the font file may be damaged; try the bundled fonts".into()),
    })?;
    Ok(chars
        .iter()
        .copied()
        .filter(|&c| !c.is_whitespace() && face.glyph_index(c).is_none())
        .collect())
}

/// Points to twentieths of a point, the unit of page geometry in DOCX.
fn twips(points: f32) -> i32 {
    (points * 20.0).round() as i32
}

/// Builds body content; remembers per table whether it has a header row,
/// which `xml_fix` turns into `w:tblHeader`, and the links and pictures
/// that `xml_fix` and `package` turn into relationships.
struct Writer {
    rtl: bool,
    text_width: i32,
    header_rows: Vec<bool>,
    /// Web addresses, in the order first linked; link n is `rIdTjLink{n+1}`.
    links: std::cell::RefCell<Vec<String>>,
    /// Pictures, in document order; picture n is `rIdTjImage{n+1}`.
    images: Vec<crate::doc::Image>,
    /// Characters of the document the Arabic face does not have.
    arabic_lacks: std::collections::BTreeSet<char>,
    latin_font: String,
}

impl Writer {
    fn block(&mut self, docx: docx_rs::Docx, block: &Block) -> docx_rs::Docx {
        match block {
            Block::Title(content) => {
                docx.add_paragraph(self.paragraph("Title", Align::Center, content, false))
            }
            Block::Subtitle(content) => {
                docx.add_paragraph(self.paragraph("Subtitle", Align::Center, content, false))
            }
            Block::Heading { level, content } => {
                let style = if *level <= 1 { "Heading1" } else { "Heading2" };
                docx.add_paragraph(self.paragraph(style, Align::Start, content, false))
            }
            Block::Paragraph(p) => {
                let style = match p.style {
                    ParagraphStyle::Body => "BodyText",
                    ParagraphStyle::Small => "Small",
                };
                docx.add_paragraph(self.paragraph(style, p.align, &p.content, false))
            }
            Block::List(items) => items.iter().fold(docx, |docx, item| {
                let p = self
                    .paragraph("ListParagraph", Align::Start, item, false)
                    .numbering(NumberingId::new(BODY_BULLETS), IndentLevel::new(0));
                docx.add_paragraph(p)
            }),
            Block::Table(t) => {
                let columns = t
                    .rows
                    .iter()
                    .map(Vec::len)
                    .chain([t.header.len(), t.widths.len()])
                    .max()
                    .unwrap_or(0);
                let widths = self.column_widths(&t.widths, columns);
                let mut rows = Vec::new();
                if !t.header.is_empty() {
                    rows.push(self.row(&t.header, &widths, true));
                }
                rows.extend(t.rows.iter().map(|r| self.row(r, &widths, false)));
                self.header_rows.push(!t.header.is_empty());
                docx.add_table(self.table(rows, &widths))
            }
            Block::Timeline(t) => {
                self.header_rows.push(false);
                let docx = docx.add_table(self.timeline(t));
                if t.caption.is_empty() {
                    docx
                } else {
                    let caption = [Inline::plain(t.caption.clone())];
                    docx.add_paragraph(self.paragraph("Small", Align::Start, &caption, false))
                }
            }
            Block::Images(images) => {
                // Each picture stands in as a marker run that xml_fix turns
                // into a drawing (docx-rs numbers pictures from a global
                // counter, which would change the bytes from run to run).
                // The line grows with the pictures: the body text's exact
                // line height would cut a logo taller than a line (Word and
                // LibreOffice show only its bottom).
                let mut p = self
                    .bidi(Paragraph::new().style("BodyText"))
                    .align(AlignmentType::Center)
                    .line_spacing(
                        LineSpacing::new()
                            .line(240)
                            .line_rule(LineSpacingType::Auto),
                    );
                for (k, image) in images.iter().enumerate() {
                    if k > 0 {
                        p = p.add_run(Run::new().add_text("\u{a0}\u{a0}\u{a0}"));
                    }
                    self.images.push(image.clone());
                    p = p.add_run(Run::new().add_text(xml_fix::image_marker(self.images.len())));
                }
                docx.add_paragraph(p)
            }
            Block::PageBreak => {
                let p = self.bidi(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)));
                docx.add_paragraph(p)
            }
        }
    }

    /// The number of `url` among the document's links (1-based).
    fn link_number(&self, url: &str) -> usize {
        let mut links = self.links.borrow_mut();
        match links.iter().position(|l| l == url) {
            Some(i) => i + 1,
            None => {
                links.push(url.to_string());
                links.len()
            }
        }
    }

    fn bidi(&self, p: Paragraph) -> Paragraph {
        self.bidi_in(self.rtl, p)
    }

    fn bidi_in(&self, rtl: bool, p: Paragraph) -> Paragraph {
        if rtl {
            let mut p = p;
            p.property = p.property.bidi(true);
            p
        } else {
            p
        }
    }

    /// A paragraph of `style` holding `content` as runs; in right-to-left
    /// documents each inline is cut into right-to-left and left-to-right runs.
    fn paragraph(&self, style: &str, align: Align, content: &[Inline], bold: bool) -> Paragraph {
        self.paragraph_in(self.rtl, style, align, content, bold)
    }

    /// `paragraph` in a given direction (a table cell in its own).
    fn paragraph_in(
        &self,
        rtl: bool,
        style: &str,
        align: Align,
        content: &[Inline],
        bold: bool,
    ) -> Paragraph {
        let paragraph_rtl = rtl;
        let mut p = self.bidi_in(rtl, Paragraph::new().style(style));
        match align {
            // No `w:jc`: the style's start alignment, which Word mirrors
            // itself in right-to-left paragraphs (an explicit left/right
            // would be flipped).
            Align::Start => {}
            Align::Center => p = p.align(AlignmentType::Center),
            // `Both`, not `Justified`: the latter writes an invalid value.
            Align::Justify => p = p.align(AlignmentType::Both),
        }
        let texts: Vec<String> = content.iter().map(|i| resolve_isolates(&i.text)).collect();
        for (inline, runs) in content.iter().zip(self.runs_in(rtl, &texts)) {
            let link = inline.link.as_deref().map(|u| self.link_number(u));
            for (text, rtl) in runs {
                let (bold, italic) = (inline.bold || bold, inline.italic);
                // Pushed in place: `add_run` moves the whole paragraph.
                let runs = self.run(&text, bold, italic, rtl, paragraph_rtl, link);
                p.children
                    .extend(runs.into_iter().map(|r| ParagraphChild::Run(Box::new(r))));
            }
        }
        p
    }

    /// (text, right-to-left) runs for each piece of a paragraph.
    fn runs(&self, pieces: &[String]) -> Vec<Vec<(String, bool)>> {
        self.runs_in(self.rtl, pieces)
    }

    fn runs_in(&self, rtl: bool, pieces: &[String]) -> Vec<Vec<(String, bool)>> {
        // A left-to-right paragraph needs right-to-left runs only for the
        // Arabic in it (a name in an English sentence or column).
        if rtl || pieces.iter().any(|t| has_rtl(t)) {
            split_runs(pieces, rtl)
        } else {
            pieces.iter().map(|t| vec![(t.clone(), false)]).collect()
        }
    }

    /// The runs of one piece of text. In a right-to-left run every
    /// character takes the complex-script font, and in a right-to-left
    /// paragraph so do brackets and other neutrals next to Arabic; so
    /// characters the Arabic face lacks (brackets, dashes, the slash) get
    /// runs of their own whose complex-script font is the Latin face, as
    /// the PDF draws them.
    fn run(
        &self,
        text: &str,
        bold: bool,
        italic: bool,
        rtl: bool,
        paragraph_rtl: bool,
        link: Option<usize>,
    ) -> Vec<Run> {
        if !rtl && !paragraph_rtl {
            return vec![self.run_piece(text, bold, italic, rtl, link)];
        }
        // Spaces and punctuation both faces have stay in the run they are
        // in: a Latin name or sentence in an Arabic paragraph is one run,
        // not one per word.
        let lacks = |d: char| self.arabic_lacks.contains(&d);
        let neutral = |d: char| !lacks(d) && (d.is_whitespace() || d.is_ascii_punctuation());
        let mut out = Vec::new();
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            let borrowed = lacks(c);
            let len = rest
                .find(|d: char| !neutral(d) && lacks(d) != borrowed)
                .unwrap_or(rest.len());
            let mut run = self.run_piece(&rest[..len], bold, italic, rtl, link);
            if borrowed {
                run = run.fonts(RunFonts::new().cs(&self.latin_font));
            }
            out.push(run);
            rest = &rest[len..];
        }
        out
    }

    fn run_piece(
        &self,
        text: &str,
        bold: bool,
        italic: bool,
        rtl: bool,
        link: Option<usize>,
    ) -> Run {
        // Children pushed in place: docx-rs's builder moves the whole run
        // for each one (a long text with many lines spent most of its time
        // copying it).
        let mut run = Run::new();
        let mut pending = String::new();
        for c in text.chars() {
            match c {
                '\n' | '\t' => {
                    if !pending.is_empty() {
                        let t = docx_rs::Text::new(std::mem::take(&mut pending));
                        run.children.push(RunChild::Text(t));
                    }
                    run.children.push(if c == '\n' {
                        RunChild::Break(Break::new(BreakType::TextWrapping))
                    } else {
                        RunChild::Tab(Tab::new())
                    });
                }
                // Other control characters are not allowed in XML 1.0.
                c if c.is_control() => {}
                c => pending.push(c),
            }
        }
        if !pending.is_empty() {
            run.children
                .push(RunChild::Text(docx_rs::Text::new(pending)));
        }
        if bold {
            run = run.bold();
        }
        if italic {
            run = run.italic();
        }
        if let Some(marker) = run_marker(rtl, link) {
            // Replaced in xml_fix by `w:rtl` and `w:lang w:bidi`, and by a
            // `w:hyperlink` around the runs of one link.
            run.run_property = run.run_property.style(&marker);
        }
        run
    }

    /// The footer line, e.g. "Page 3 of 7", with PAGE and NUMPAGES fields.
    fn footer(&self, parts: &[FooterPart]) -> Paragraph {
        let mut p = self
            .bidi(Paragraph::new().style("Footer"))
            .align(AlignmentType::Center);
        // Fields stand in as a digit, so neutrals around them resolve as
        // they will look once the number is shown.
        let pieces: Vec<String> = parts
            .iter()
            .map(|part| match part {
                FooterPart::Text(t) => resolve_isolates(t),
                FooterPart::PageNumber | FooterPart::PageCount => "1".into(),
            })
            .collect();
        for (part, runs) in parts.iter().zip(self.runs(&pieces)) {
            match part {
                FooterPart::Text(_) => {
                    for (text, rtl) in runs {
                        for run in self.run(&text, false, false, rtl, self.rtl, None) {
                            p = p.add_run(run);
                        }
                    }
                }
                FooterPart::PageNumber => p = p.add_page_num(PageNum::new()),
                FooterPart::PageCount => p = p.add_num_pages(NumPages::new()),
            }
        }
        p
    }

    /// Relative widths scaled to the text width, in twips; missing widths
    /// count as the average of the given ones.
    fn column_widths(&self, relative: &[f32], columns: usize) -> Vec<usize> {
        let given: Vec<f32> = relative.iter().copied().filter(|w| *w > 0.0).collect();
        let fallback = if given.is_empty() {
            1.0
        } else {
            given.iter().sum::<f32>() / given.len() as f32
        };
        let widths: Vec<f32> = (0..columns)
            .map(|i| {
                relative
                    .get(i)
                    .copied()
                    .filter(|w| *w > 0.0)
                    .unwrap_or(fallback)
            })
            .collect();
        let total: f32 = widths.iter().sum();
        widths
            .iter()
            .map(|w| (w / total * self.text_width as f32).round() as usize)
            .collect()
    }

    fn table(&self, rows: Vec<TableRow>, widths: &[usize]) -> Table {
        let st = style::get();
        let rule = st.rule.hex();
        let border = |pos| {
            TableBorder::new(pos)
                .size(eighths(st.rule_width))
                .color(&rule)
        };
        let borders = TableBorders::new()
            .set(border(TableBorderPosition::Top))
            .set(border(TableBorderPosition::Bottom))
            .set(border(TableBorderPosition::Left))
            .set(border(TableBorderPosition::Right))
            .set(border(TableBorderPosition::InsideH))
            .set(border(TableBorderPosition::InsideV));
        Table::new(rows)
            .style("TableGrid")
            .set_grid(widths.to_vec())
            .width(widths.iter().sum(), WidthType::Dxa)
            .layout(TableLayoutType::Fixed)
            .set_borders(borders)
            .margins(TableCellMargins::new().margin(
                twips(st.cell_pad_y) as usize,
                twips(st.cell_pad_x) as usize,
                twips(st.cell_pad_y) as usize,
                twips(st.cell_pad_x) as usize,
            ))
    }

    fn row(&self, cells: &[Cell], widths: &[usize], header: bool) -> TableRow {
        let mut tcs: Vec<TableCell> = cells
            .iter()
            .zip(widths)
            .map(|(cell, &width)| {
                let mut tc = TableCell::new().width(width, WidthType::Dxa);
                // A cell in its own direction is written as in a document
                // of it; a left-to-right one in a right-to-left document
                // marks its style, which xml_fix makes an explicit
                // left-to-right (the style itself is right to left).
                let rtl = cell.direction.map_or(self.rtl, |d| d == Direction::Rtl);
                let style = if self.rtl && !rtl {
                    format!("TableText{LTR_PARAGRAPH_MARKER}")
                } else {
                    "TableText".to_string()
                };
                for cp in &cell.paragraphs {
                    let mut p = self.paragraph_in(rtl, &style, Align::Start, &cp.content, header);
                    if cp.bullet {
                        p = p.numbering(NumberingId::new(CELL_BULLETS), IndentLevel::new(0));
                    }
                    tc = tc.add_paragraph(p);
                }
                if cell.paragraphs.is_empty() {
                    // A cell must hold at least one paragraph.
                    tc = tc.add_paragraph(self.bidi_in(rtl, Paragraph::new().style(&style)));
                }
                let st = style::get();
                let fill = if header {
                    Some(st.table_header_fill.hex())
                } else if cell.shaded {
                    Some(st.table_shaded_fill.hex())
                } else {
                    None
                };
                if let Some(fill) = fill {
                    tc = tc.shading(
                        Shading::new()
                            .shd_type(ShdType::Clear)
                            .color("auto")
                            .fill(&fill),
                    );
                }
                tc
            })
            .collect();
        // Short rows get empty cells so the grid stays rectangular.
        for &width in widths.iter().skip(cells.len()) {
            tcs.push(
                TableCell::new()
                    .width(width, WidthType::Dxa)
                    .add_paragraph(self.bidi(Paragraph::new().style("TableText"))),
            );
        }
        TableRow::new(tcs).cant_split()
    }

    /// The rota picture as a table: one row per lane, its turns listed as
    /// "HH:MM–HH:MM label" lines. In right-to-left documents the time ranges
    /// are isolated so they read left to right.
    fn timeline(&self, t: &Timeline) -> Table {
        let widths = self.column_widths(&[1.0, 3.0], 2);
        let mut rows: Vec<TableRow> = t
            .lanes
            .iter()
            .map(|lane| {
                // The reader's own booth is shaded, as in the PDF.
                let label = Cell {
                    shaded: lane.highlight,
                    ..Cell::text(vec![Inline::bold(lane.label.clone())])
                };
                let bars = Cell {
                    paragraphs: lane
                        .bars
                        .iter()
                        .map(|bar| crate::doc::CellParagraph {
                            content: vec![Inline::plain(format!("{} {}", bar.time, bar.label))],
                            bullet: false,
                        })
                        .collect(),
                    ..Cell::default()
                };
                self.row(&[label, bars], &widths, false)
            })
            .collect();
        // Breaks, as the PDF's shaded bands.
        for band in &t.bands {
            let shaded = |text: String| Cell {
                shaded: true,
                ..Cell::text(vec![Inline::plain(text)])
            };
            rows.push(self.row(
                &[shaded(band.label.clone()), shaded(band.time.clone())],
                &widths,
                false,
            ));
        }
        self.table(rows, &widths)
    }
}

/// The bullet of lists (also kept in the embedded fonts).
const BULLET: &str = "•";

/// A one-level bullet list; `indent` in twips for both the text and the
/// hanging bullet. Indents are logical: they sit on the right in Arabic.
fn bullets(id: usize, indent: i32) -> AbstractNumbering {
    AbstractNumbering::new(id).add_level(
        Level::new(
            0,
            Start::new(1),
            NumberFormat::new("bullet"),
            LevelText::new(BULLET),
            LevelJc::new("left"),
        )
        // The Arabic face has no bullet: the Latin one draws it everywhere.
        .fonts({
            let latin = &style::get().latin_font;
            RunFonts::new().ascii(latin).hi_ansi(latin).cs(latin)
        })
        .indent(
            Some(indent),
            Some(SpecialIndentType::Hanging(indent)),
            None,
            None,
        ),
    )
}

/// Points to half-points, the unit of font sizes in DOCX.
fn half_points(points: f32) -> usize {
    (points * 2.0).round() as usize
}

/// Points to eighths of a point, the unit of border widths in DOCX.
fn eighths(points: f32) -> usize {
    (points * 8.0).round().max(2.0) as usize
}

/// A paragraph style from one of the shared text styles: the same size,
/// colour, weight, space before and baseline distance as in the PDF.
fn paragraph_style(id: &str, name: &str, ts: &TextStyle, rtl: bool) -> Style {
    let st = style::get();
    let mut s = Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .next("BodyText")
        .size(half_points(ts.size))
        .color(ts.colour.hex())
        .line_spacing(
            LineSpacing::new()
                .before(twips(ts.space_before) as u32)
                .after(0)
                .line(twips(ts.size * ts.leading))
                .line_rule(LineSpacingType::Exact),
        );
    s.run_property.sz_cs = Some(SzCs::new(half_points(ts.size * st.arabic_scale)));
    if ts.bold {
        s = s.bold();
    }
    if rtl {
        s.paragraph_property = s.paragraph_property.bidi(true);
    }
    s
}

/// The document with its last paragraph kept with the next block.
fn keep_last_with_next(mut docx: docx_rs::Docx) -> docx_rs::Docx {
    if let Some(docx_rs::DocumentChild::Paragraph(p)) = docx.document.children.last_mut() {
        let taken = std::mem::take(&mut **p);
        **p = taken.keep_next(true);
    }
    docx
}

/// The style sheet, from `templates/style.toml`. Names are Word's built-in
/// ones ("heading 1", "Body Text", ...) so Word and LibreOffice map them
/// onto their own.
fn styles(rtl: bool) -> Styles {
    let st = style::get();
    let fonts = RunFonts::new()
        .ascii(&st.latin_font)
        .hi_ansi(&st.latin_font)
        .east_asia(&st.latin_font)
        .cs(&st.arabic_font);
    let keep = |s: Style| {
        let mut s = s;
        s.paragraph_property = s.paragraph_property.keep_next(true).keep_lines(true);
        s
    };
    let title = keep(paragraph_style("Title", "Title", &st.title, rtl));
    let subtitle = keep(paragraph_style("Subtitle", "Subtitle", &st.subtitle, rtl));
    let h1 = keep(paragraph_style("Heading1", "heading 1", &st.heading1, rtl)).outline_lvl(0);
    let h2 = keep(paragraph_style("Heading2", "heading 2", &st.heading2, rtl)).outline_lvl(1);
    let body = paragraph_style("BodyText", "Body Text", &st.body, rtl);
    let small = paragraph_style("Small", "Small Text", &st.small, rtl).based_on("BodyText");
    let list =
        paragraph_style("ListParagraph", "List Paragraph", &st.list_item, rtl).based_on("BodyText");
    let cell = paragraph_style("TableText", "Table Text", &st.table_cell, rtl);
    let rule = ParagraphBorder::new(ParagraphBorderPosition::Bottom)
        .size(eighths(st.rule_width))
        .space(4)
        .color(st.rule.hex());
    let mut header = paragraph_style("Header", "header", &st.page_header, rtl);
    header.paragraph_property = header
        .paragraph_property
        .set_borders(ParagraphBorders::with_empty().set(rule));
    let footer = paragraph_style("Footer", "footer", &st.page_footer, rtl);
    let table = Style::new("TableGrid", StyleType::Table).name("Table Grid");
    // Linked text: the link colour, as in the PDF.
    let link = Style::new("Hyperlink", StyleType::Character)
        .name("Hyperlink")
        .color(st.link.hex());
    Styles::new()
        .default_fonts(fonts)
        .default_size(half_points(st.body.size))
        .add_style(title)
        .add_style(subtitle)
        .add_style(h1)
        .add_style(h2)
        .add_style(body)
        .add_style(small)
        .add_style(list)
        .add_style(cell)
        .add_style(header)
        .add_style(footer)
        .add_style(table)
        .add_style(link)
}

#[cfg(test)]
mod tests;

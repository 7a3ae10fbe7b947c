//! Tests of the DOCX writer on two small hand-made documents, English and
//! Arabic, read back from the zip; and a schema check with openxml-audit.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use super::xml::Part;
use super::xml_fix::{sort_children, unknown_children};
use crate::doc::*;

fn cell(text: &str) -> Cell {
    Cell::text(vec![Inline::plain(text)])
}

fn english() -> Document {
    Document {
        lang: "en".into(),
        direction: Direction::Ltr,
        digits: Digits::Western,
        title: "Regional Consultation on Refugee Protection".into(),
        header: "Regional Consultation".into(),
        footer: vec![
            FooterPart::Text("Page ".into()),
            FooterPart::PageNumber,
            FooterPart::Text(" of ".into()),
            FooterPart::PageCount,
        ],
        page: Page::a4(),
        blocks: vec![
            Block::Title(vec![Inline::plain(
                "Regional Consultation on Refugee Protection",
            )]),
            Block::Subtitle(vec![Inline::plain("Concept note")]),
            Block::Heading {
                level: 1,
                content: vec![Inline::plain("Background")],
            },
            Block::Paragraph(Paragraph {
                content: vec![
                    Inline::plain("The meeting takes place on "),
                    Inline::bold("24 May 2023"),
                    Inline::plain(" in Amman & online, "),
                    Inline {
                        text: "closed".into(),
                        italic: true,
                        ..Inline::default()
                    },
                    Inline::plain("."),
                ],
                align: Align::Justify,
                style: ParagraphStyle::Body,
            }),
            Block::Heading {
                level: 2,
                content: vec![Inline::plain("Objectives")],
            },
            Block::List(vec![
                vec![Inline::plain("Share practice on registration.")],
                vec![
                    Inline::plain("Agree on "),
                    Inline::bold("next steps"),
                    Inline::plain("."),
                ],
            ]),
            Block::Table(Table {
                widths: vec![1.0, 3.0],
                header: vec![cell("Time"), cell("Item")],
                rows: (0..30)
                    .map(|i| {
                        vec![
                            cell(&format!("{:02}:00–{:02}:30", 9 + i % 8, 9 + i % 8)),
                            Cell {
                                paragraphs: vec![
                                    CellParagraph {
                                        content: vec![Inline::plain(format!("Session {i}"))],
                                        bullet: false,
                                    },
                                    CellParagraph {
                                        content: vec![Inline::plain("Moderator: A. Person")],
                                        bullet: true,
                                    },
                                ],
                                shaded: i % 5 == 4,
                                ..Cell::default()
                            },
                        ]
                    })
                    .collect(),
            }),
            Block::Paragraph(Paragraph {
                content: vec![Inline::plain(
                    "Interpretation is provided in four languages.",
                )],
                align: Align::Center,
                style: ParagraphStyle::Small,
            }),
            Block::PageBreak,
            Block::Heading {
                level: 1,
                content: vec![Inline::plain("Booth schedule")],
            },
            Block::Timeline(Timeline {
                bands: vec![],
                caption: String::new(),
                start: 9 * 60,
                end: 13 * 60,
                ticks: vec![(9 * 60, "09:00".into()), (13 * 60, "13:00".into())],
                lanes: vec![Lane {
                    highlight: false,
                    label: "Arabic booth".into(),
                    bars: vec![
                        Bar {
                            start: 9 * 60,
                            end: 9 * 60 + 30,
                            time: "09:00–09:30".into(),
                            label: "Interpreter A".into(),
                            colour: 0,
                        },
                        Bar {
                            start: 9 * 60 + 30,
                            end: 10 * 60,
                            time: "09:30–10:00".into(),
                            label: "Interpreter B".into(),
                            colour: 1,
                        },
                    ],
                }],
            }),
        ],
    }
}

fn arabic() -> Document {
    let time = "\u{2066}14:30–17:30\u{2069}";
    Document {
        lang: "ar".into(),
        direction: Direction::Rtl,
        digits: Digits::Western,
        title: "المشاورة الإقليمية بشأن حماية اللاجئين".into(),
        header: "المشاورة الإقليمية".into(),
        footer: vec![
            FooterPart::Text("الصفحة ".into()),
            FooterPart::PageNumber,
            FooterPart::Text(" من ".into()),
            FooterPart::PageCount,
        ],
        page: Page::a4(),
        blocks: vec![
            Block::Title(vec![Inline::plain("المشاورة الإقليمية بشأن حماية اللاجئين")]),
            Block::Subtitle(vec![Inline::plain("مذكرة مفاهيمية")]),
            Block::Heading {
                level: 1,
                content: vec![Inline::plain("معلومات أساسية")],
            },
            Block::Paragraph(Paragraph {
                content: vec![
                    Inline::plain("يُعقد الاجتماع يوم "),
                    Inline::bold("24 أيار/مايو 2023"),
                    Inline::plain(format!(
                        " من الساعة {time} في عمّان، بتنظيم من المفوضية (UNHCR)."
                    )),
                ],
                align: Align::Justify,
                style: ParagraphStyle::Body,
            }),
            Block::Heading {
                level: 2,
                content: vec![Inline::plain("الأهداف")],
            },
            Block::List(vec![
                vec![Inline::plain("تبادل الممارسات الجيدة في مجال التسجيل.")],
                vec![
                    Inline::plain("الاتفاق على "),
                    Inline::bold("الخطوات التالية"),
                    Inline::plain("."),
                ],
            ]),
            Block::Table(Table {
                widths: vec![1.0, 3.0],
                header: vec![cell("الوقت"), cell("البند")],
                rows: (0..30)
                    .map(|i| {
                        vec![
                            cell(&format!(
                                "\u{2066}{:02}:00–{:02}:30\u{2069}",
                                9 + i % 8,
                                9 + i % 8
                            )),
                            Cell {
                                paragraphs: vec![
                                    CellParagraph {
                                        content: vec![Inline::plain(format!("الجلسة {i}"))],
                                        bullet: false,
                                    },
                                    CellParagraph {
                                        content: vec![Inline::plain("مدير الجلسة: السيدة ألف")],
                                        bullet: true,
                                    },
                                ],
                                shaded: i % 5 == 4,
                                ..Cell::default()
                            },
                        ]
                    })
                    .collect(),
            }),
            Block::Paragraph(Paragraph {
                content: vec![Inline::plain("تتوفر الترجمة الفورية بأربع لغات.")],
                align: Align::Center,
                style: ParagraphStyle::Small,
            }),
            Block::PageBreak,
            Block::Heading {
                level: 1,
                content: vec![Inline::plain("جدول المقصورات")],
            },
            Block::Timeline(Timeline {
                bands: vec![],
                caption: String::new(),
                start: 9 * 60,
                end: 13 * 60,
                ticks: vec![],
                lanes: vec![Lane {
                    highlight: false,
                    label: "المقصورة العربية".into(),
                    bars: vec![Bar {
                        start: 9 * 60,
                        end: 9 * 60 + 30,
                        time: "\u{2066}09:00–09:30\u{2069}".into(),
                        label: "المترجم ألف".into(),
                        colour: 0,
                    }],
                }],
            }),
        ],
    }
}

/// The XML parts of a rendered document, by name.
fn parts(doc: &Document) -> BTreeMap<String, String> {
    let bytes = super::render(doc).expect("renders");
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    let mut out = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        // Embedded fonts and pictures are not XML.
        if !f.name().ends_with(".xml") && !f.name().ends_with(".rels") {
            continue;
        }
        let mut s = String::new();
        f.read_to_string(&mut s).unwrap();
        out.insert(f.name().to_string(), s);
    }
    out
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn english_document_parts() {
    let p = parts(&english());
    let doc = &p["word/document.xml"];
    for name in [
        "word/styles.xml",
        "word/numbering.xml",
        "word/header1.xml",
        "word/footer1.xml",
    ] {
        assert!(p.contains_key(name), "{name} missing");
    }
    assert!(!doc.contains("w:rtl") && !doc.contains("w:bidi"));
    assert!(doc.contains(r#"<w:pStyle w:val="Title"/>"#));
    assert!(doc.contains(r#"<w:pStyle w:val="Heading1"/>"#));
    assert!(doc.contains(r#"<w:jc w:val="both"/>"#));
    assert!(!doc.contains("justified"));
    assert!(doc.contains("Amman &amp; online"));
    // One header row per table with a header; the timeline has none.
    assert_eq!(count(doc, "<w:tblHeader/>"), 1);
    assert_eq!(count(doc, "<w:tbl>"), 2);
    let st = crate::render::style::get();
    let shaded = format!(
        r#"<w:shd w:val="clear" w:color="auto" w:fill="{}"/>"#,
        st.table_shaded_fill.hex()
    );
    assert!(doc.contains(&shaded), "{shaded}");
    assert!(doc.contains(r#"<w:numId w:val="2"/>"#) && doc.contains(r#"<w:numId w:val="3"/>"#));
    assert!(doc.contains(r#"<w:br w:type="page"/>"#));
    assert!(doc.contains(">09:00–09:30 Interpreter A<"));
    assert!(doc.contains(r#"<w:pgSz w:w="11906" w:h="16838"/>"#));
    let styles = &p["word/styles.xml"];
    assert!(styles.contains(r#"<w:lang w:val="en"/>"#));
    assert!(styles.contains(r#"w:ascii="Noto Sans""#));
    assert!(styles.contains(r#"<w:name w:val="heading 1"/>"#));
    // The DOCX takes its look from the same style table as the PDF: the
    // title's colour and size, the body's size.
    let title = &styles[styles.find(r#"w:styleId="Title""#).unwrap()..];
    let title = &title[..title.find("</w:style>").unwrap()];
    assert!(
        title.contains(&format!(r#"<w:color w:val="{}"/>"#, st.title.colour.hex())),
        "{title}"
    );
    assert!(
        title.contains(&format!(
            r#"<w:sz w:val="{}"/>"#,
            (st.title.size * 2.0).round()
        )),
        "{title}"
    );
    // No running header on the first page, as in the PDF.
    assert_eq!(!st.header_on_first_page, doc.contains("<w:titlePg/>"));
    let footer = &p["word/footer1.xml"];
    assert!(footer.contains(">PAGE<") && footer.contains(">NUMPAGES<"));
    assert!(footer.contains(">Page </w:t>") && footer.contains("> of </w:t>"));
    assert!(p["word/header1.xml"].contains("Regional Consultation"));
    let core = &p["docProps/core.xml"];
    assert!(core.contains("<dc:title>Regional Consultation on Refugee Protection</dc:title>"));
    assert!(core.contains("<dc:language>en</dc:language>"));
    assert!(p["word/settings.xml"].contains(r#"<w:themeFontLang w:val="en"/>"#));
}

#[test]
fn arabic_document_is_right_to_left() {
    let p = parts(&arabic());
    let doc = &p["word/document.xml"];
    assert!(doc.contains("<w:bidiVisual/>"));
    assert!(doc.contains("<w:rtl/><w:lang w:bidi=\"ar\"/>"));
    assert!(!doc.contains("TarjamaRun"));
    assert!(doc.contains("<w:bidi/></w:sectPr>"));
    // Every paragraph is right-to-left, and none is aligned left or right.
    assert_eq!(count(doc, "<w:p "), count(doc, "<w:bidi/>") - 1);
    assert!(!doc.contains(r#"<w:jc w:val="left"/>"#) && !doc.contains(r#"<w:jc w:val="right"/>"#));
    // The time range is a left-to-right run between marks; no isolate is left.
    // (The dash, which the Arabic face lacks, in a run of its own whose
    // complex-script face is the Latin one.)
    assert!(doc.contains(
        "<w:t xml:space=\"preserve\">\u{200E}14:30</w:t></w:r><w:r><w:rPr><w:rFonts w:cs=\"Noto Sans\"/></w:rPr><w:t xml:space=\"preserve\">–</w:t></w:r><w:r><w:rPr/><w:t xml:space=\"preserve\">17:30\u{200E}</w:t>"
    ), "{doc}");
    for part in p.values() {
        assert!(!part.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']));
    }
    // Bold Arabic: bold for both scripts.
    assert!(doc.contains("<w:b/><w:bCs/>"));
    // "(UNHCR)": Latin letters and the brackets around them are one
    // left-to-right run.
    let latin_run = doc.find(">(UNHCR)").expect("(UNHCR) in its own run");
    let run_start = doc[..latin_run].rfind("<w:r>").unwrap();
    assert!(!doc[run_start..latin_run].contains("w:rtl"));
    let styles = &p["word/styles.xml"];
    assert!(styles.contains(r#"<w:lang w:val="ar" w:bidi="ar"/>"#));
    assert!(styles.contains(r#"w:cs="Noto Naskh Arabic""#));
    assert!(styles.contains(r#"<w:szCs w:val="24"/>"#));
    assert!(p["word/header1.xml"].contains("<w:rtl/>"));
    assert!(p["word/footer1.xml"].contains("<w:bidi/>"));
    assert!(p["docProps/core.xml"].contains("<dc:language>ar</dc:language>"));
    assert!(p["word/settings.xml"].contains(r#"<w:themeFontLang w:val="ar" w:bidi="ar"/>"#));
    // The Arabic margins: start margin on the right.
    assert!(doc.contains(r#"w:right="1417""#));
}

#[test]
fn line_breaks_tabs_and_control_characters() {
    let mut doc = english();
    doc.blocks = vec![Block::Paragraph(Paragraph::new(vec![Inline::plain(
        "one\ntwo\tthree\u{1}\u{7f}",
    )]))];
    let d = &parts(&doc)["word/document.xml"];
    assert!(d.contains(
        r#"<w:t xml:space="preserve">one</w:t><w:br w:type="textWrapping"/><w:t xml:space="preserve">two</w:t><w:tab/><w:t xml:space="preserve">three</w:t>"#
    ), "{d}");
}

#[test]
fn arabic_indic_page_numbers() {
    let mut doc = arabic();
    doc.digits = Digits::ArabicIndic;
    let p = parts(&doc);
    assert!(p["word/document.xml"].contains(r#"<w:pgNumType w:fmt="hindiNumbers"/>"#));
    assert!(!parts(&arabic())["word/document.xml"].contains("pgNumType"));
}

#[test]
fn parts_are_in_schema_order() {
    for doc in [english(), arabic()] {
        for (name, xml) in parts(&doc) {
            if !name.ends_with(".xml") || name.contains("_rels") || name == "[Content_Types].xml" {
                continue;
            }
            let part = Part::parse(&xml).unwrap_or_else(|e| panic!("{name}: {e}"));
            let mut unknown = Vec::new();
            unknown_children(&part.root, &mut unknown);
            assert!(
                unknown.is_empty(),
                "{name}: not in the order table: {unknown:?}"
            );
            let mut sorted = part.root.clone();
            sort_children(&mut sorted);
            assert_eq!(sorted, part.root, "{name} is not in schema order");
            assert!(
                !xml.contains("<w:gridCol w:w=\"2268\" w:type"),
                "{name}: gridCol type"
            );
        }
    }
}

#[test]
fn same_document_same_bytes() {
    let a = super::render(&arabic()).unwrap();
    // Render something else in between: docx-rs counts paragraph ids per thread.
    super::render(&english()).unwrap();
    let b = super::render(&arabic()).unwrap();
    assert!(a == b, "two renders of one document differ");
    let mut zip = zip::ZipArchive::new(Cursor::new(a)).unwrap();
    for i in 0..zip.len() {
        let f = zip.by_index(i).unwrap();
        assert!(!f.is_dir());
        let t = f.last_modified().expect("a time");
        assert_eq!((t.year(), t.month(), t.day()), (1980, 1, 1), "{}", f.name());
    }
}

#[test]
fn empty_document_and_ragged_table_render() {
    let mut doc = english();
    doc.footer.clear();
    doc.blocks = vec![Block::Table(Table {
        widths: vec![],
        header: vec![],
        rows: vec![vec![cell("a"), cell("b")], vec![Cell::default()]],
    })];
    let p = parts(&doc);
    let d = &p["word/document.xml"];
    assert!(!d.contains("tblHeader"));
    // Both rows have two cells, each with a paragraph.
    assert_eq!(count(d, "<w:tc>"), 4);
    assert_eq!(count(d, "<w:p "), 4);
}

/// Finds openxml-audit on PATH or in the venv `inspect-outputs` makes.
fn audit_tool() -> Option<std::path::PathBuf> {
    let in_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join("openxml-audit"))
            .find(|p| p.is_file())
    });
    in_path.or_else(|| {
        let home = std::env::var_os("HOME")?;
        let p = std::path::Path::new(&home).join(".cache/tarjama-inspect-venv/bin/openxml-audit");
        p.is_file().then_some(p)
    })
}

/// Writes both samples and runs openxml-audit on them. Set
/// TARJAMA_DOCX_SAMPLES=DIR to keep the files (e.g. for inspect-outputs).
#[test]
fn samples_have_no_schema_violations() {
    let Some(tool) = audit_tool() else {
        if std::env::var("TARJAMA_SKIP_EXTERNAL").as_deref() == Ok("1") {
            eprintln!("openxml-audit not found; skipped (TARJAMA_SKIP_EXTERNAL=1)");
            return;
        }
        panic!(
            "openxml-audit not found on PATH or in ~/.cache/tarjama-inspect-venv; \
             install it (pip install openxml-audit) or set TARJAMA_SKIP_EXTERNAL=1"
        );
    };
    let tmp = tempfile::tempdir().unwrap();
    let keep = std::env::var_os("TARJAMA_DOCX_SAMPLES").map(std::path::PathBuf::from);
    let mut indic = arabic();
    indic.digits = Digits::ArabicIndic;
    for (name, doc) in [
        ("sample-en", english()),
        ("sample-ar", arabic()),
        ("sample-ar-indic", indic),
    ] {
        let bytes = super::render(&doc).unwrap();
        let path = tmp.path().join(format!("{name}.docx"));
        std::fs::write(&path, &bytes).unwrap();
        if let Some(dir) = &keep {
            std::fs::create_dir_all(dir).unwrap();
            std::fs::write(dir.join(format!("{name}.docx")), &bytes).unwrap();
        }
        let out = std::process::Command::new(&tool)
            .args(["-m", "0"])
            .arg(&path)
            .output()
            .expect("openxml-audit runs");
        let report = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.status.success(),
            "{name}: openxml-audit failed:\n{report}"
        );
    }
}

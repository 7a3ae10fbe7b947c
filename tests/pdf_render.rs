//! End-to-end checks of the PDF writer on hand-built English and Arabic
//! documents: text extraction through poppler, structure, size, determinism.
//!
//! `TARJAMA_PDF_SAMPLES=/some/dir` also writes the sample PDFs there to look at.
//! Without poppler-utils the extraction tests fail, unless TARJAMA_SKIP_EXTERNAL=1.

mod common;

use std::path::PathBuf;
use std::process::Command;

use tarjama::doc::{
    plain_text, Align, Bar, Block, Cell, CellParagraph, Digits, Direction, Document, FooterPart,
    Inline, Lane, Page, Paragraph, ParagraphStyle, Table, Timeline,
};
use tarjama::render::pdf::{render, render_with_fonts, FontSet};

fn p(text: &str) -> Block {
    Block::Paragraph(Paragraph::new(vec![Inline::plain(text)]))
}

fn h(level: u8, text: &str) -> Block {
    Block::Heading {
        level,
        content: vec![Inline::plain(text)],
    }
}

fn cell(text: &str) -> Cell {
    Cell::text(vec![Inline::plain(text)])
}

fn timeline(lanes: [&str; 3], names: [&str; 4]) -> Timeline {
    let t = |h: u32, m: u32| h * 60 + m;
    Timeline {
        bands: vec![],
        caption: String::new(),
        start: t(14, 30),
        end: t(17, 30),
        ticks: (0..=6)
            .map(|i| {
                (
                    t(14, 30) + i * 30,
                    format!("{}:{:02}", 14 + (30 + i * 30) / 60, (30 + i * 30) % 60),
                )
            })
            .collect(),
        lanes: lanes
            .iter()
            .enumerate()
            .map(|(l, label)| Lane {
                highlight: l == 0,
                label: label.to_string(),
                bars: (0..6)
                    .map(|k| Bar {
                        start: t(14, 30) + k * 30,
                        end: t(14, 30) + (k + 1) * 30,
                        time: String::new(),
                        label: names[(k as usize + l) % 2 + 2 * (l % 2)].to_string(),
                        colour: (k as usize + l) % 2 + 2 * (l % 2),
                    })
                    .collect(),
            })
            .collect(),
    }
}

fn english() -> Document {
    let agenda_rows: Vec<Vec<Cell>> = (0..36)
        .map(|i| {
            let start = 14 * 60 + 30 + i * 5;
            let time = format!("{}:{:02}–{}:{:02}", start / 60, start % 60, (start + 5) / 60, (start + 5) % 60);
            let mut item = Cell {
                paragraphs: vec![
                    CellParagraph { content: vec![Inline::bold(format!("Agenda item {}", i + 1))], bullet: false },
                    CellParagraph {
                        content: vec![Inline::plain("Moderator: Ms. Ana Pérez, Permanent Mission of Colombia to the United Nations Office at Geneva")],
                        bullet: true,
                    },
                ],
                ..Cell::default()
            };
            if i % 9 == 8 {
                item = Cell { paragraphs: vec![CellParagraph { content: vec![Inline::plain("Break")], bullet: false }], shaded: true, ..Cell::default() };
            }
            vec![cell(&time), item]
        })
        .collect();
    Document {
        lang: "en".into(),
        direction: Direction::Ltr,
        digits: Digits::Western,
        title: "Concept Note: Fourth Global Online Peer Learning Exchange".into(),
        header: "GCM Talk 2023 — Concept Note".into(),
        footer: vec![
            FooterPart::Text("Page ".into()),
            FooterPart::PageNumber,
            FooterPart::Text(" of ".into()),
            FooterPart::PageCount,
        ],
        page: Page::a4(),
        blocks: vec![
            Block::Title(vec![Inline::plain("Concept Note")]),
            Block::Subtitle(vec![Inline::plain("Fourth Global Online Peer Learning Exchange (“GCM Talk”)")]),
            Block::Paragraph(Paragraph {
                content: vec![Inline::bold("Wednesday, 24 May 2023, 14:30–17:30 (CEST)")],
                align: Align::Center,
                style: ParagraphStyle::Body,
            }),
            Block::Paragraph(Paragraph {
                content: vec![Inline { text: "Closed meeting".into(), italic: true, ..Inline::default() }],
                align: Align::Center,
                style: ParagraphStyle::Body,
            }),
            h(1, "Rationale"),
            Block::Paragraph(Paragraph {
                content: vec![
                    Inline::plain("The Global Compact for Safe, Orderly and Regular Migration (GCM) invites States to share "),
                    Inline::bold("practical experience"),
                    Inline::plain(" of its implementation. This exchange, held online on 24 May 2023 in Geneva (UNHCR), brings together governments, experts and civil society to learn from one another's practice, successes and setbacks."),
                ],
                align: Align::Justify,
                style: ParagraphStyle::Body,
            }),
            p("Interpreters work in teams of two per booth and take turns of thirty minutes, so that a long meeting never rests on one voice alone. Relay through English is used where no interpreter covers a language pair directly."),
            h(2, "Participation"),
            Block::List(vec![
                vec![Inline::plain("Member States and observers, at the level of experts;")],
                vec![Inline::plain("United Nations entities, including IOM, UNHCR and OHCHR;")],
                vec![Inline::plain("Civil society, academia and the private sector, as invited by the co-hosts of the meeting.")],
            ]),
            Block::Paragraph(Paragraph {
                content: vec![Inline::plain("The meeting is held under the Chatham House Rule.")],
                align: Align::Start,
                style: ParagraphStyle::Small,
            }),
            h(1, "Draft Agenda"),
            Block::Table(Table { widths: vec![1.0, 3.0], header: vec![cell("Time"), cell("Item")], rows: agenda_rows }),
            h(1, "Interpretation"),
            p("Simultaneous interpretation will be provided in Arabic, English, French and Spanish."),
            Block::Timeline(timeline(["Arabic booth", "French booth", "Spanish booth"], ["Amal", "Karim", "Lucie", "Pablo"])),
        ],
    }
}

fn arabic() -> Document {
    let agenda_rows: Vec<Vec<Cell>> = (0..36)
        .map(|i| {
            let start = 14 * 60 + 30 + i * 5;
            let time = format!("\u{2066}{}:{:02}–{}:{:02}\u{2069}", start / 60, start % 60, (start + 5) / 60, (start + 5) % 60);
            let item = if i % 9 == 8 {
                Cell { paragraphs: vec![CellParagraph { content: vec![Inline::plain("استراحة")], bullet: false }], shaded: true, ..Cell::default() }
            } else {
                Cell {
                    paragraphs: vec![
                        CellParagraph { content: vec![Inline::bold(format!("البند {} من جدول الأعمال", i + 1))], bullet: false },
                        CellParagraph {
                            content: vec![Inline::plain("مدير الجلسة: السيدة \u{2068}Ana Pérez\u{2069}، البعثة الدائمة لكولومبيا لدى مكتب الأمم المتحدة في جنيف")],
                            bullet: true,
                        },
                    ],
                    ..Cell::default()
                }
            };
            vec![cell(&time), item]
        })
        .collect();
    Document {
        lang: "ar".into(),
        direction: Direction::Rtl,
        digits: Digits::ArabicIndic,
        title: "مذكرة مفاهيمية: الحوار العالمي الرابع لتبادل الخبرات بين الأقران".into(),
        header: "الحوار العالمي 2023 — مذكرة مفاهيمية".into(),
        footer: vec![
            FooterPart::Text("الصفحة ".into()),
            FooterPart::PageNumber,
            FooterPart::Text(" من ".into()),
            FooterPart::PageCount,
        ],
        page: Page::a4(),
        blocks: vec![
            Block::Title(vec![Inline::plain("مذكرة مفاهيمية")]),
            Block::Subtitle(vec![Inline::plain("الحوار العالمي الرابع لتبادل الخبرات بين الأقران عبر الإنترنت")]),
            Block::Paragraph(Paragraph {
                content: vec![Inline::bold("الأربعاء، 24 أيار/مايو 2023، \u{2066}14:30–17:30\u{2069} (بتوقيت وسط أوروبا الصيفي)")],
                align: Align::Center,
                style: ParagraphStyle::Body,
            }),
            Block::Paragraph(Paragraph {
                content: vec![Inline { text: "اجتماع مغلق".into(), italic: true, ..Inline::default() }],
                align: Align::Center,
                style: ParagraphStyle::Body,
            }),
            h(1, "الأساس المنطقي"),
            Block::Paragraph(Paragraph {
                content: vec![
                    Inline::plain("عقد في 24 أيار/مايو 2023 في جنيف (UNHCR) اجتماع مغلق يدعو فيه "),
                    Inline::bold("الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية"),
                    Inline::plain(" الدول إلى تبادل الخبرات العملية في تنفيذه. ويجمع هذا الحوار الحكومات والخبراء والمجتمع المدني ليتعلم بعضهم من بعض، ولا سيما في مجال الهِجْرَة والتنقل."),
                ],
                align: Align::Justify,
                style: ParagraphStyle::Body,
            }),
            p("يعمل المترجمون الشفويون في فرق من اثنين لكل مقصورة، ويتناوبون كل ثلاثين دقيقة، حتى لا يعتمد اجتماع طويل على صوت واحد. وتستخدم الترجمة عبر لغة وسيطة (الإنكليزية) حيث لا يغطي أي مترجم زوج اللغات مباشرة."),
            h(2, "المشاركة"),
            Block::List(vec![
                vec![Inline::plain("الدول الأعضاء والمراقبون، على مستوى الخبراء؛")],
                vec![Inline::plain("كيانات الأمم المتحدة، بما فيها المنظمة الدولية للهجرة (IOM) ومفوضية اللاجئين (UNHCR)؛")],
                vec![Inline::plain("المجتمع المدني والأوساط الأكاديمية والقطاع الخاص، بدعوة من الجهات المشاركة في استضافة الاجتماع.")],
            ]),
            Block::Paragraph(Paragraph {
                content: vec![Inline::plain("يعقد الاجتماع وفقاً لقاعدة تشاتام هاوس.")],
                align: Align::Start,
                style: ParagraphStyle::Small,
            }),
            h(1, "مشروع جدول الأعمال"),
            Block::Table(Table { widths: vec![1.0, 3.0], header: vec![cell("الوقت"), cell("البند")], rows: agenda_rows }),
            h(1, "الترجمة الشفوية"),
            p("ستتاح الترجمة الشفوية الفورية باللغات العربية والإنكليزية والفرنسية والإسبانية."),
            Block::Timeline(timeline(["المقصورة العربية", "المقصورة الفرنسية", "المقصورة الإسبانية"], ["أمل", "كريم", "Lucie", "Pablo"])),
        ],
    }
}

fn samples_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(std::env::var_os("TARJAMA_PDF_SAMPLES")?);
    std::fs::create_dir_all(&dir).unwrap();
    Some(dir)
}

/// Runs an external tool, or says why the test cannot go on.
fn tool(name: &str, args: &[&str]) -> Option<std::process::Output> {
    match Command::new(name).args(args).output() {
        Ok(out) => Some(out),
        Err(_) if std::env::var("TARJAMA_SKIP_EXTERNAL").as_deref() == Ok("1") => None,
        Err(e) => panic!(
            "`{name}` is needed for this test ({e}); install poppler-utils and qpdf, \
             or set TARJAMA_SKIP_EXTERNAL=1 to skip"
        ),
    }
}

fn write_tmp(name: &str, bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    if let Some(samples) = samples_dir() {
        std::fs::write(samples.join(name), bytes).unwrap();
    }
    (dir, path)
}

fn roundtrip(doc: &Document, name: &str) {
    let bytes = render(doc).unwrap();
    let (_dir, path) = write_tmp(name, &bytes);
    let Some(text) = common::pdf_text(&path) else {
        return;
    };
    let want = plain_text(doc);
    let missing = common::missing_words(&want, &text);
    eprintln!(
        "{name}: {}/{} words back, {} bytes",
        common::words(&want).len() - missing.len(),
        common::words(&want).len(),
        bytes.len()
    );
    assert!(
        missing.is_empty(),
        "{name}: words not extracted: {missing:?}\n--- pdftotext ---\n{text}"
    );
}

#[test]
fn english_words_come_back_through_pdftotext() {
    roundtrip(&english(), "sample-en.pdf");
}

#[test]
fn arabic_words_come_back_through_pdftotext() {
    roundtrip(&arabic(), "sample-ar.pdf");
}

#[test]
fn pdf_structure_fonts_and_metadata() {
    for (doc, name, lang) in [
        (english(), "structure-en.pdf", "en"),
        (arabic(), "structure-ar.pdf", "ar"),
    ] {
        let bytes = render(&doc).unwrap();
        let (_dir, path) = write_tmp(name, &bytes);
        let path = path.to_str().unwrap();
        let Some(check) = tool("qpdf", &["--check", path]) else {
            return;
        };
        let report = String::from_utf8_lossy(&check.stdout);
        assert!(
            check.status.success() && !report.contains("WARNING"),
            "qpdf --check {name}:\n{report}"
        );

        let Some(fonts) = tool("pdffonts", &[path]) else {
            return;
        };
        let listing = String::from_utf8_lossy(&fonts.stdout).to_string();
        let rows: Vec<&str> = listing.lines().skip(2).collect();
        assert!(rows.len() >= 2, "{listing}");
        for row in &rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            let n = cols.len();
            // name ... emb sub uni object ID
            assert_eq!(&cols[n - 5..n - 2], ["yes", "yes", "yes"], "{name}: {row}");
            let font = cols[0];
            assert!(
                font.len() > 7 && font.as_bytes()[6] == b'+',
                "{name}: subset tag in {font}"
            );
            assert!(font[..6].chars().all(|c| c.is_ascii_uppercase()), "{font}");
        }
        let want_naskh = lang == "ar";
        assert_eq!(listing.contains("NotoNaskhArabic"), want_naskh, "{listing}");

        let Some(info) = tool("pdfinfo", &[path]) else {
            return;
        };
        let info = String::from_utf8_lossy(&info.stdout).to_string();
        assert!(
            info.contains(&format!("Title:           {}", doc.title)),
            "{info}"
        );
        assert!(info.contains("Producer:        tarjama"), "{info}");
        assert!(
            !info.contains("CreationDate"),
            "no wall-clock dates: {info}"
        );
        let pages: usize = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        assert!(
            pages >= 2,
            "the agenda table runs over a page: {pages} pages"
        );
        // The catalog sits in an object stream: read it back.
        let pdf = lopdf::Document::load_mem(&bytes).unwrap();
        let doc_lang = pdf
            .catalog()
            .unwrap()
            .get(b"Lang")
            .unwrap()
            .as_str()
            .unwrap();
        assert_eq!(doc_lang, lang.as_bytes(), "/Lang");
    }
}

#[test]
fn table_header_repeats_on_the_next_page() {
    let doc = english();
    let bytes = render(&doc).unwrap();
    let (_dir, path) = write_tmp("header-en.pdf", &bytes);
    let path = path.to_str().unwrap();
    // The agenda runs onto page 2, which must start with the header row.
    let page = "2";
    let Some(out) = tool("pdftotext", &["-f", page, "-l", page, "-layout", path, "-"]) else {
        return;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let first_rows: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(3)
        .collect();
    assert!(
        first_rows
            .iter()
            .any(|l| l.contains("Time") && l.contains("Item")),
        "page {page} does not start with the table header: {first_rows:?}"
    );
}

#[test]
fn output_is_byte_identical_from_run_to_run() {
    for doc in [english(), arabic()] {
        let a = render(&doc).unwrap();
        let b = render(&doc).unwrap();
        assert_eq!(a, b);
        assert!(a.starts_with(b"%PDF-1.7"));
    }
}

#[test]
fn concept_note_sized_documents_stay_small() {
    for doc in [english(), arabic()] {
        let bytes = render(&doc).unwrap();
        assert!(
            // Issue 10: under 70 KB with the tagged structure.
            bytes.len() < 70 * 1024,
            "{} bytes for {}",
            bytes.len(),
            doc.lang
        );
    }
}

#[test]
fn missing_glyph_names_character_and_message() {
    let mut doc = english();
    doc.blocks
        .push(Block::Paragraph(Paragraph::new(vec![Inline {
            text: "Snowman ☃".into(),
            source: Some("section-weather-body".into()),
            ..Inline::default()
        }])));
    let err = render(&doc).unwrap_err();
    assert!(err.message.contains("U+2603"), "{}", err.message);
    assert!(err.message.contains('☃'), "{}", err.message);
    assert!(
        err.message.contains("section-weather-body"),
        "{}",
        err.message
    );
}

#[test]
fn user_font_directory_overrides_bundled_fonts() {
    let dir = tempfile::tempdir().unwrap();
    // Put the regular face under the bold name: bold text then draws regular.
    std::fs::write(
        dir.path().join("NotoSans-Bold.ttf"),
        FontSet::bundled().bytes(tarjama::render::pdf::FontKey::Sans),
    )
    .unwrap();
    let set = FontSet::from_dir(dir.path()).unwrap();
    let doc = english();
    let a = render_with_fonts(&doc, &set).unwrap();
    let b = render(&doc).unwrap();
    assert_ne!(a, b);
}

/// The words of `s` (letters, digits and harakat), bidi controls removed.
fn word_seq(s: &str) -> Vec<String> {
    let clean: String = s
        .chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect();
    clean
        .split(|c: char| {
            !(c.is_alphanumeric() || ('\u{064B}'..='\u{065F}').contains(&c) || c == '\u{0670}')
        })
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// `w` with the Arabic marks on each letter in canonical order (their
/// combining classes rise with their code points, U+064B–U+0652 and
/// U+0670): the order marks come back in does not change the text.
fn canonical(w: &str) -> String {
    let mut out: Vec<char> = Vec::new();
    let mut run: Vec<char> = Vec::new();
    for c in w.chars().chain(['\0']) {
        if ('\u{64B}'..='\u{652}').contains(&c) || c == '\u{670}' {
            run.push(c);
            continue;
        }
        run.sort();
        out.append(&mut run);
        out.push(c);
    }
    out.pop();
    out.into_iter().collect()
}

fn contains_run(hay: &[String], needle: &[String]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// An Arabic column in an English table (the names sheet of an English
/// booth schedule): poppler reads a page in one direction, and an Arabic
/// line with a comma or a Latin name on a left-to-right page comes back in
/// pieces; such a page is read right to left, and both columns come back
/// in order.
#[test]
fn arabic_cells_in_an_english_table_come_back_in_order() {
    let ar = "السيد Edgar Arturo Olvera Canche، موظف في مكتب المدعي العام لحماية الطفل، تينوسيكي، تاباسكو، المكسيك";
    let en = "Mr. Edgar Arturo Olvera Canche, Officer of the Attorney General's Office for Child Protection, Tenosique, Tabasco, Mexico";
    let arabic_cell = Cell {
        direction: Some(Direction::Rtl),
        ..cell(ar)
    };
    let rows = (0..6)
        .map(|_| vec![cell(en), arabic_cell.clone()])
        .collect();
    let doc = Document {
        blocks: vec![
            h(1, "Names and terms"),
            Block::Table(Table {
                widths: vec![1.0, 1.0],
                header: vec![cell("English"), cell("Arabic")],
                rows,
            }),
        ],
        ..english()
    };
    let bytes = render(&doc).unwrap();
    let (_dir, path) = write_tmp("mixed-table.pdf", &bytes);
    let Some(text) = common::pdf_text(&path) else {
        return;
    };
    let got = word_seq(&text);
    for want in [ar, en] {
        assert!(
            contains_run(&got, &word_seq(want)),
            "not back in order: {want}\n--- pdftotext ---\n{text}"
        );
    }
}

/// A letter with two marks (shadda and fatha): each mark's text rides on
/// its own invisible text object, in the stream in the order poppler,
/// pdf.js and MuPDF reverse and by x in the order PDFium sorts, and
/// nothing more is painted.
#[test]
fn stacked_harakat_come_back_in_order() {
    let word = "متوقَّع"; // fatha then shadda, as typed in the catalogs
    let doc = Document {
        // The second line ends with a stacked letter: its carriers come
        // first in the line's stream (and MuPDF's primer before them must
        // stay an empty glyph, which PDFium skips).
        blocks: vec![
            p(&format!("اللغة الإنكليزية ({word}، يُؤكَّد لاحقاً)")),
            p("كلمة سرَّ"),
        ],
        ..arabic()
    };
    let bytes = render(&doc).unwrap();
    let pdf = lopdf::Document::load_mem(&bytes).unwrap();
    let page = *pdf.get_pages().values().next().unwrap();
    let content = lopdf::content::Content::decode(&pdf.get_page_content(page)).unwrap();
    let ops = &content.operations;
    // Each invisible carrier: `3 Tr`, one TJ of one glyph, `0 Tr`.
    let invisible: Vec<_> = (0..ops.len().saturating_sub(2))
        .filter(|&i| {
            ops[i].operator == "Tr"
                && ops[i].operands.first().and_then(|o| o.as_i64().ok()) == Some(3)
                && ops[i + 2].operator == "Tr"
        })
        .map(|i| (&ops[i + 1], &ops[i + 2]))
        .collect();
    assert_eq!(invisible.len(), 6, "three stacked clusters, two marks each");
    for (tj, back) in invisible {
        assert_eq!(tj.operator, "TJ");
        let glyphs = tj.operands[0]
            .as_array()
            .unwrap()
            .iter()
            .filter(|o| o.as_str().is_ok())
            .count();
        assert_eq!(glyphs, 1, "one carrier per text object");
        assert_eq!(
            (back.operator.as_str(), back.operands[0].as_i64().ok()),
            ("Tr", Some(0))
        );
    }
    let (_dir, path) = write_tmp("stacked.pdf", &bytes);
    let Some(text) = common::pdf_text(&path) else {
        return;
    };
    assert!(
        word_seq(&text).iter().any(|w| w == word),
        "{word} not back whole:\n{text}"
    );
}

/// A right-to-left line whose last letter carries a mark: that letter is
/// the first in the line's stream, and its marks' carrier would join the
/// line before in pdf.js (which puts a mark into whatever item is open)
/// and in MuPDF (which never starts a line at a mark). So an opener only
/// pdf.js reads (code 0x3C with no ToUnicode entry, clipped, in a text
/// object of its own) comes first, with no marked content between it and
/// the marks (pdf.js would end its item there), and a space starts the
/// line for MuPDF.
#[test]
fn marks_of_a_lines_last_letter_stay_on_their_line() {
    let doc = Document {
        blocks: vec![p("سرُّ الكلمةِ"), p("كلمةٌ أخرى"), p("سطرٌ ثالثٌ")],
        ..arabic()
    };
    let bytes = render(&doc).unwrap();
    let pdf = lopdf::Document::load_mem(&bytes).unwrap();
    let page = *pdf.get_pages().values().next().unwrap();
    let fonts = pdf.get_page_fonts(page).unwrap();
    let content = lopdf::content::Content::decode(&pdf.get_page_content(page)).unwrap();
    let ops = &content.operations;
    let shows = |op: &lopdf::content::Operation| -> Vec<Vec<u8>> {
        match op.operator.as_str() {
            "TJ" => op.operands[0]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|o| o.as_str().ok().map(<[u8]>::to_vec))
                .collect(),
            _ => Vec::new(),
        }
    };
    let openers: Vec<usize> = (0..ops.len())
        .filter(|&i| shows(&ops[i]) == [vec![0x00, 0x3C]])
        .collect();
    assert_eq!(
        openers.len(),
        2,
        "first and third lines end in a voweled letter"
    );
    for &i in &openers {
        let before: Vec<&str> = ops[i.saturating_sub(7)..i]
            .iter()
            .map(|o| o.operator.as_str())
            .collect();
        assert!(
            before.windows(5).any(|w| w == ["re", "W", "n", "BT", "Tr"])
                && !before.ends_with(&["ET"]),
            "clipped, not painted, its own text object: {before:?}"
        );
        let font = ops[..i]
            .iter()
            .rev()
            .find(|o| o.operator == "Tf")
            .and_then(|o| o.operands[0].as_name().ok())
            .unwrap();
        let dict = fonts.get(font).unwrap();
        let tu = dict.get(b"ToUnicode").unwrap().as_reference().unwrap();
        let tu = pdf.get_object(tu).unwrap().as_stream().unwrap();
        let tu = String::from_utf8(tu.decompressed_content().unwrap()).unwrap();
        assert!(!tu.contains("<003C> <"), "no text for the opener:\n{tu}");
        // Up to the line's letters: no marked content, and a space first.
        let mut k = i + 1;
        let mut space = false;
        while shows(&ops[k]).iter().all(|s| s.len() <= 2) {
            let op = ops[k].operator.as_str();
            assert!(
                !matches!(op, "BDC" | "BMC" | "EMC"),
                "marked content between the opener and the marks: {:?}",
                &ops[i..=k]
            );
            space |= shows(&ops[k]) == [vec![0x00, 0x20]];
            k += 1;
        }
        assert!(space, "a space starts the line for MuPDF");
    }
    let (dir, path) = write_tmp("last-letter.pdf", &bytes);
    let Some(text) = common::pdf_text(&path) else {
        return;
    };
    let words: Vec<String> = word_seq(&text).iter().map(|w| canonical(w)).collect();
    for w in ["سرُّ", "الكلمةِ", "كلمةٌ", "ثالثٌ"] {
        assert!(words.contains(&canonical(w)), "{w} not back whole:\n{text}");
    }
    // The same after a number or a Latin name in the line, and in a
    // left-to-right line (where poppler read the marks as Latin text).
    let doc = Document {
        blocks: vec![p("في عام 2023 فريقُ"), p("السيد Edgar Olvera فريقُ")],
        ..arabic()
    };
    let english = Document {
        blocks: vec![p("The team فريقُ works"), p("Words: سرُّ الكلمةِ and more")],
        ..english()
    };
    let mut kept = vec![(dir, path)];
    for (doc, name) in [(doc, "mid-line.pdf"), (english, "ltr-line.pdf")] {
        let bytes = render(&doc).unwrap();
        let (dir, path) = write_tmp(name, &bytes);
        kept.push((dir, path.clone()));
        let Some(text) = common::pdf_text(&path) else {
            return;
        };
        let words: Vec<String> = word_seq(&text).iter().map(|w| canonical(w)).collect();
        for w in ["فريقُ", "سرُّ", "الكلمةِ"] {
            let n = plain_text(&doc).matches(w).count();
            let got = words.iter().filter(|x| **x == canonical(w)).count();
            assert_eq!(got, n, "{w} in {name}:\n{text}");
        }
    }
    // A bold word's voweled last letter after a plain space: the space
    // (under word spacing only pdf.js applies, so that it sees one space)
    // comes right before the marks, with no second space (the next piece's
    // private space) between them, which pdf.js would read as "فريق ُ".
    let bold = Document {
        blocks: vec![Block::Paragraph(Paragraph::new(vec![
            Inline::plain("كلمة "),
            Inline::bold("فريقُ"),
            Inline::plain(" ثم "),
            Inline::bold("سرُّ"),
        ]))],
        ..arabic()
    };
    let bytes = render(&bold).unwrap();
    let pdf = lopdf::Document::load_mem(&bytes).unwrap();
    let page = *pdf.get_pages().values().next().unwrap();
    let ops = lopdf::content::Content::decode(&pdf.get_page_content(page))
        .unwrap()
        .operations;
    let mut tw = 0.0;
    let mut word_final = 0;
    for (i, op) in ops.iter().enumerate() {
        if op.operator == "Tw" {
            tw = op.operands[0].as_float().unwrap_or(0.0);
        }
        let only_space = op.operator == "TJ"
            && op.operands[0].as_array().unwrap().iter().all(|o| {
                o.as_str()
                    .map_or(o.as_i64().is_ok_and(|n| n.abs() < 1000), |s| s == [0, 0x20])
            });
        if only_space && tw < 0.0 {
            word_final += 1;
            let next = ops[i + 1..].iter().find(|o| o.operator == "TJ").unwrap();
            let shows_space = next.operands[0]
                .as_array()
                .unwrap()
                .iter()
                .any(|o| o.as_str().is_ok_and(|s| s == [0, 0x20]));
            assert!(
                !shows_space,
                "a second space after the word-final one: {next:?}"
            );
        }
    }
    assert_eq!(word_final, 1, "the space before the bold فريقُ");
    let (dir, path) = write_tmp("bold-marks.pdf", &bytes);
    kept.push((dir, path));

    // PDF/UA-1 still: the opener is not painted (every painted code needs
    // a ToUnicode entry), the breakers' full stops are in the subsets.
    let Some(py) = common::pdfua_python() else {
        return;
    };
    let script = "import sys, page\n\
        for f in sys.argv[1:]:\n    \
        r = page.validate_pdf(f, profile=page.ValidationProfile.PDF_UA_1)\n    \
        print(f, r.is_compliant, [x.message for x in r.failures])";
    let out = Command::new(py)
        .args(["-c", script])
        .args(kept.iter().map(|(_, p)| p))
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(report.lines().count(), kept.len(), "{report}");
    for line in report.lines() {
        assert!(line.contains(" True "), "PDF/UA-1: {line}");
    }
}

/// Arabic words with one, two and three marks on their letters (shadda with
/// a vowel, tanween, sukun), in a paragraph and in table cells: poppler
/// gives every word back with its marks in order.
#[test]
fn voweled_arabic_words_come_back_whole() {
    let letters: Vec<char> = "بتثجحخدذرزسشصضطظعغفقكلمنهوي".chars().collect();
    let marks = [
        '\u{64E}', '\u{64F}', '\u{650}', '\u{651}', '\u{652}', '\u{64B}', '\u{64C}', '\u{64D}',
    ];
    let mut seed: u32 = 7;
    let mut next = |n: usize| {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        (seed >> 16) as usize % n
    };
    let words: Vec<String> = (0..240)
        .map(|_| {
            let mut w = String::new();
            for _ in 0..3 + next(4) {
                w.push(letters[next(letters.len())]);
                match next(4) {
                    0 => {}
                    1 => w.push(marks[next(marks.len())]),
                    // Shadda with a vowel, as typed (vowel first or last).
                    2 => {
                        let v = marks[next(3)];
                        if next(2) == 0 {
                            w.extend(['\u{651}', v]);
                        } else {
                            w.extend([v, '\u{651}']);
                        }
                    }
                    _ => w.extend(['\u{651}', marks[next(3)], '\u{670}']),
                }
            }
            w
        })
        .collect();
    let text = words.join(" ");
    let doc = Document {
        blocks: vec![
            p(&text),
            Block::Table(Table {
                widths: vec![1.0, 1.0],
                header: vec![cell("أ"), cell("ب")],
                rows: words
                    .chunks(6)
                    .map(|c| vec![cell(&c[..3].join(" ")), cell(&c[3..].join(" "))])
                    .collect(),
            }),
        ],
        ..arabic()
    };
    let bytes = render(&doc).unwrap();
    let (_dir, path) = write_tmp("voweled.pdf", &bytes);
    let Some(got) = common::pdf_text(&path) else {
        return;
    };
    // poppler may give two stacked marks in the other, canonically
    // equivalent, order.
    let got: Vec<String> = word_seq(&got).iter().map(|w| canonical(w)).collect();
    let missing: Vec<&String> = words
        .iter()
        .filter(|w| !got.contains(&canonical(w)))
        .collect();
    assert!(
        missing.is_empty(),
        "{} of {} words not back whole, e.g. {:?}",
        missing.len(),
        words.len(),
        &missing[..missing.len().min(5)]
    );
}

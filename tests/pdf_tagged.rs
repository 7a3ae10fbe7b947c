//! The example's PDFs as tagged, accessible PDF (issue 10): a structure
//! tree in reading order tied to the page content by MCIDs, artifacts for
//! page furniture, an outline from the headings, language, title shown,
//! XMP metadata with PDF/UA-1 identification; and a text layer that
//! poppler reads back whole and in order, also for Latin with combining
//! marks and without ActualText tricks.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use lopdf::{Dictionary, Document as Pdf, Object, ObjectId};
use tarjama::doc::{plain_text, Block, Document, Inline, Model, Paragraph};
use tarjama::render::{pdf::Pdf as PdfRenderer, Renderer, Resources};

/// The example's eight PDFs: (stem, composed document, bytes).
fn example_pdfs() -> Vec<(String, Document, Vec<u8>)> {
    let m = common::example();
    let res = Resources::default();
    common::compose_strict(&m)
        .into_iter()
        .filter(|o| o.stem.starts_with("concept-note.") || o.stem.starts_with("booth-schedule."))
        .filter_map(|o| match &o.model {
            Model::Document(d) => {
                let bytes = PdfRenderer.render(&o.model, &res).expect("renders");
                Some((o.stem.clone(), d.clone(), bytes))
            }
            _ => None,
        })
        .collect()
}

fn dict<'a>(pdf: &'a Pdf, o: &'a Object) -> &'a Dictionary {
    match o {
        Object::Reference(id) => pdf.get_dictionary(*id).expect("a dictionary"),
        Object::Dictionary(d) => d,
        other => panic!("not a dictionary: {other:?}"),
    }
}

fn name(d: &Dictionary, key: &[u8]) -> String {
    d.get(key)
        .ok()
        .and_then(|n| n.as_name().ok())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .unwrap_or_default()
}

fn text(d: &Dictionary, key: &[u8]) -> Option<String> {
    d.get(key)
        .ok()
        .and_then(|t| t.as_str().ok())
        .map(tarjama::verify::pdf_text::decode_text_string)
}

/// One structure element as the tree gives it.
struct Elem {
    role: String,
    id: ObjectId,
    /// (page id, MCID) of the content it holds.
    mcids: Vec<(ObjectId, i64)>,
    alt: Option<String>,
    scope: Option<String>,
    depth: usize,
}

/// The structure tree in reading order (depth first).
fn walk(pdf: &Pdf) -> Vec<Elem> {
    let catalog = pdf.catalog().unwrap();
    let root = dict(
        pdf,
        catalog.get(b"StructTreeRoot").expect("a structure tree"),
    );
    assert_eq!(name(root, b"Type"), "StructTreeRoot");
    let mut out = Vec::new();
    let mut stack: Vec<(ObjectId, usize)> = vec![(
        root.get(b"K")
            .unwrap()
            .as_reference()
            .expect("the Document element"),
        0,
    )];
    while let Some((id, depth)) = stack.pop() {
        let d = pdf.get_dictionary(id).unwrap();
        assert_eq!(name(d, b"Type"), "StructElem");
        let page = d.get(b"Pg").ok().and_then(|p| p.as_reference().ok());
        let mut e = Elem {
            role: name(d, b"S"),
            id,
            mcids: Vec::new(),
            alt: text(d, b"Alt"),
            scope: d
                .get(b"A")
                .ok()
                .map(|a| dict(pdf, a))
                .map(|a| name(a, b"Scope"))
                .filter(|s| !s.is_empty()),
            depth,
        };
        let kids = match d.get(b"K") {
            Ok(Object::Array(a)) => a.clone(),
            Ok(o) => vec![o.clone()],
            Err(_) => Vec::new(),
        };
        let mut children = Vec::new();
        for k in kids {
            match k {
                Object::Integer(m) => e.mcids.push((page.expect("/Pg for MCIDs"), m)),
                Object::Reference(r) => children.push(r),
                Object::Dictionary(ref m) if name(m, b"Type") == "MCR" => e.mcids.push((
                    m.get(b"Pg").unwrap().as_reference().unwrap(),
                    m.get(b"MCID").unwrap().as_i64().unwrap(),
                )),
                Object::Dictionary(ref m) => assert_eq!(name(m, b"Type"), "OBJR"),
                other => panic!("odd kid {other:?}"),
            }
        }
        out.push(e);
        for c in children.into_iter().rev() {
            stack.push((c, depth + 1));
        }
    }
    out
}

/// Per page: the MCIDs its content marks, in order, with their tag.
fn content_mcids(pdf: &Pdf) -> BTreeMap<ObjectId, Vec<(String, i64)>> {
    let mut out = BTreeMap::new();
    for (_, page) in pdf.get_pages() {
        let content = lopdf::content::Content::decode(&pdf.get_page_content(page)).unwrap();
        let mut v = Vec::new();
        for op in &content.operations {
            if op.operator == "BDC" {
                let tag = op.operands[0]
                    .as_name()
                    .map(|n| String::from_utf8_lossy(n).into_owned())
                    .unwrap_or_default();
                if let Some(Object::Dictionary(p)) = op.operands.get(1) {
                    if let Ok(m) = p.get(b"MCID").and_then(|m| m.as_i64()) {
                        v.push((tag, m));
                    }
                }
            }
        }
        out.insert(page, v);
    }
    out
}

#[test]
fn the_structure_tree_holds_every_marked_content_in_reading_order() {
    for (stem, doc, bytes) in example_pdfs() {
        let pdf = Pdf::load_mem(&bytes).unwrap();
        let tree = walk(&pdf);
        assert_eq!(tree[0].role, "Document", "{stem}");
        let roles: BTreeSet<&str> = tree.iter().map(|e| e.role.as_str()).collect();
        // Every kind of block the document has, as its elements.
        let mut want = vec!["H1", "P"];
        for b in &doc.blocks {
            match b {
                Block::Heading { .. } => want.push("H2"),
                Block::List(_) => want.extend(["L", "LI", "Lbl", "LBody"]),
                Block::Table(t) => {
                    want.extend(["Table", "TR", "TD"]);
                    if !t.header.is_empty() {
                        want.push("TH");
                    }
                }
                Block::Timeline(_) | Block::Images(_) => want.push("Figure"),
                _ => {}
            }
        }
        for w in want {
            assert!(roles.contains(w), "{stem}: no {w} in {roles:?}");
        }
        // Every MCID of the content belongs to exactly one element, whose
        // role the content's tag names, and the parent tree agrees.
        let marked = content_mcids(&pdf);
        let mut owner: BTreeMap<(ObjectId, i64), &Elem> = BTreeMap::new();
        for e in &tree {
            for m in &e.mcids {
                assert!(owner.insert(*m, e).is_none(), "{stem}: MCID {m:?} twice");
            }
        }
        let root = dict(&pdf, pdf.catalog().unwrap().get(b"StructTreeRoot").unwrap());
        let nums = dict(&pdf, root.get(b"ParentTree").unwrap())
            .get(b"Nums")
            .unwrap()
            .as_array()
            .unwrap()
            .clone();
        let parents: BTreeMap<i64, Object> = nums
            .chunks(2)
            .map(|p| (p[0].as_i64().unwrap(), p[1].clone()))
            .collect();
        let mut total = 0;
        for (page, list) in &marked {
            let key = pdf
                .get_dictionary(*page)
                .unwrap()
                .get(b"StructParents")
                .unwrap()
                .as_i64()
                .unwrap();
            let arr = match &parents[&key] {
                Object::Reference(r) => pdf.get_object(*r).unwrap().as_array().unwrap().clone(),
                Object::Array(a) => a.clone(),
                o => panic!("{o:?}"),
            };
            assert_eq!(arr.len(), list.len(), "{stem}: parent tree of a page");
            for (tag, m) in list {
                let e = owner
                    .get(&(*page, *m))
                    .unwrap_or_else(|| panic!("{stem}: MCID {m} in no element"));
                assert_eq!(&e.role, tag, "{stem}: MCID {m}");
                assert_eq!(
                    arr[*m as usize].as_reference().unwrap(),
                    e.id,
                    "{stem}: parent of MCID {m}"
                );
                total += 1;
            }
        }
        assert_eq!(
            total,
            owner.len(),
            "{stem}: elements point at MCIDs the content lacks"
        );
        // Table header cells say what they head; figures say what they show.
        for e in &tree {
            if e.role == "TH" {
                assert_eq!(e.scope.as_deref(), Some("Column"), "{stem}");
            }
            if e.role == "Figure" {
                assert!(
                    e.alt.as_deref().is_some_and(|a| !a.trim().is_empty()),
                    "{stem}: figure without Alt"
                );
                assert!(!e.mcids.is_empty(), "{stem}: figure without content");
            }
        }
        // Headings in the tree in the document's order, never skipping a level.
        let heads: Vec<&Elem> = tree.iter().filter(|e| e.role.starts_with('H')).collect();
        let mut last = 0;
        for h in &heads {
            let level: usize = h.role[1..].parse().unwrap();
            assert!(level <= last + 1, "{stem}: {} after H{last}", h.role);
            assert_eq!(h.depth, 1, "{stem}: headings sit under the Document");
            last = level;
        }
        let composed = doc
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::Title(_) | Block::Heading { .. }))
            .count();
        assert_eq!(heads.len(), composed, "{stem}");
    }
}

/// The marked content sequences (BDC) of a content stream: tag and
/// properties (names and strings as text).
fn marked_content(content: &[u8]) -> Vec<(String, std::collections::BTreeMap<String, String>)> {
    let ops = lopdf::content::Content::decode(content).unwrap().operations;
    ops.iter()
        .filter(|o| o.operator == "BDC" && o.operands.len() == 2)
        .map(|o| {
            let tag = String::from_utf8_lossy(o.operands[0].as_name().unwrap()).into_owned();
            let props = match &o.operands[1] {
                Object::Dictionary(d) => d
                    .iter()
                    .map(|(k, v)| {
                        let v = match v {
                            Object::Name(n) | Object::String(n, _) => {
                                String::from_utf8_lossy(n).into_owned()
                            }
                            other => format!("{other:?}"),
                        };
                        (String::from_utf8_lossy(k).into_owned(), v)
                    })
                    .collect(),
                _ => Default::default(),
            };
            (tag, props)
        })
        .collect()
}

#[test]
fn page_furniture_is_artifact_and_helpers_stay_out_of_the_text() {
    for (stem, doc, bytes) in example_pdfs() {
        let pdf = Pdf::load_mem(&bytes).unwrap();
        let pages = pdf.get_pages();
        let (_, second) = pages.iter().nth(1).expect("two pages at least");
        let marked = marked_content(&pdf.get_page_content(*second));
        for part in ["Header", "Footer"] {
            assert!(
                marked.iter().any(|(tag, props)| tag == "Artifact"
                    && props.get("Type").map(String::as_str) == Some("Pagination")
                    && props.get("Subtype").map(String::as_str) == Some(part)),
                "{stem}: no {part} artifact on page 2"
            );
        }
        // No ActualText (three readers take it as visual text, pdf.js
        // drops it) and no reading-direction preference (PDFium would
        // reverse every Latin-only line).
        for obj in pdf.objects.values() {
            if let Object::Stream(s) = obj {
                let c = s
                    .decompressed_content()
                    .unwrap_or_else(|_| s.content.clone());
                assert!(
                    !String::from_utf8_lossy(&c).contains("ActualText"),
                    "{stem}"
                );
            }
            if let Object::Dictionary(d) = obj {
                assert!(d.get(b"ActualText").is_err(), "{stem}");
                assert!(d.get(b"Direction").is_err(), "{stem}");
            }
        }
        // /Lang spans around runs in the other script, in Arabic documents.
        if doc.lang == "ar" {
            let spans = pages
                .values()
                .flat_map(|p| marked_content(&pdf.get_page_content(*p)))
                .filter(|(tag, props)| {
                    tag == "Span" && props.get("Lang").map(String::as_str) == Some("en")
                })
                .count();
            assert!(spans > 0, "{stem}: no English span");
        }
    }
}

#[test]
fn catalog_outline_and_metadata_say_what_the_document_is() {
    for (stem, doc, bytes) in example_pdfs() {
        let pdf = Pdf::load_mem(&bytes).unwrap();
        let catalog = pdf.catalog().unwrap();
        assert_eq!(
            text(catalog, b"Lang").as_deref(),
            Some(doc.lang.as_str()),
            "{stem}"
        );
        let mark = dict(&pdf, catalog.get(b"MarkInfo").unwrap());
        assert!(mark.get(b"Marked").unwrap().as_bool().unwrap(), "{stem}");
        let prefs = dict(&pdf, catalog.get(b"ViewerPreferences").unwrap());
        assert!(
            prefs.get(b"DisplayDocTitle").unwrap().as_bool().unwrap(),
            "{stem}"
        );
        let info = dict(&pdf, pdf.trailer.get(b"Info").unwrap());
        assert_eq!(
            text(info, b"Title").as_deref(),
            Some(doc.title.as_str()),
            "{stem}"
        );
        assert!(info.get(b"CreationDate").is_err(), "{stem}: no clock time");
        // XMP: title, language, PDF/UA-1.
        let meta = pdf
            .get_object(catalog.get(b"Metadata").unwrap().as_reference().unwrap())
            .unwrap();
        let xmp = String::from_utf8(meta.as_stream().unwrap().content.clone()).unwrap();
        assert!(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), "{stem}");
        let clean = |s: &str| -> String {
            s.chars()
                .filter(|c| !('\u{2066}'..='\u{2069}').contains(c))
                .collect::<String>()
                .replace('&', "&amp;")
                .replace('<', "&lt;")
        };
        assert!(
            xmp.contains(&format!(
                ">{}</rdf:li></rdf:Alt></dc:title>",
                clean(&doc.title)
            )),
            "{stem}: {xmp}"
        );
        assert!(
            xmp.contains(&format!(
                "<dc:language><rdf:Bag><rdf:li>{}</rdf:li>",
                doc.lang
            )),
            "{stem}"
        );
        // The outline: one entry per heading, in order, titled as it.
        let headings: Vec<(u8, String)> = doc
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading { level, content } => Some((
                    *level,
                    content.iter().map(|i| i.text.as_str()).collect::<String>(),
                )),
                _ => None,
            })
            .map(|(l, t)| {
                (
                    l,
                    t.chars()
                        .filter(|c| !('\u{2066}'..='\u{2069}').contains(c))
                        .collect(),
                )
            })
            .collect();
        let outlines = dict(&pdf, catalog.get(b"Outlines").expect("an outline"));
        let mut got: Vec<(u8, String)> = Vec::new();
        let mut item = outlines
            .get(b"First")
            .ok()
            .and_then(|f| f.as_reference().ok());
        while let Some(id) = item {
            let d = pdf.get_dictionary(id).unwrap();
            got.push((1, text(d, b"Title").unwrap()));
            let dest = d.get(b"Dest").unwrap().as_array().unwrap();
            assert!(
                pdf.get_dictionary(dest[0].as_reference().unwrap()).is_ok(),
                "{stem}: destination page"
            );
            let mut kid = d.get(b"First").ok().and_then(|f| f.as_reference().ok());
            while let Some(k) = kid {
                let kd = pdf.get_dictionary(k).unwrap();
                got.push((2, text(kd, b"Title").unwrap()));
                kid = kd.get(b"Next").ok().and_then(|f| f.as_reference().ok());
            }
            item = d.get(b"Next").ok().and_then(|f| f.as_reference().ok());
        }
        let want: Vec<(u8, String)> = headings
            .iter()
            .map(|(l, t)| ((*l).min(2), t.clone()))
            .collect();
        let first_top = want.iter().position(|(l, _)| *l == 1).unwrap_or(want.len());
        // Level-2 headings before any level-1 one are at the top.
        let want: Vec<(u8, String)> = want
            .into_iter()
            .enumerate()
            .map(|(i, (l, t))| if i < first_top { (1, t) } else { (l, t) })
            .collect();
        assert_eq!(got, want, "{stem}");
    }
}

#[test]
fn a_build_date_only_from_source_date_epoch() {
    let s = common::Scratch::example();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_tarjama"))
        .args([
            "build",
            s.event.to_str().unwrap(),
            "--out",
            s.out.to_str().unwrap(),
            "--lang",
            "en",
            "--format",
            "pdf",
        ])
        .env("SOURCE_DATE_EPOCH", "1684929600")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let pdf = Pdf::load(s.out.join("concept-note.en.pdf")).unwrap();
    let info = dict(&pdf, pdf.trailer.get(b"Info").unwrap());
    assert_eq!(
        info.get(b"CreationDate").unwrap().as_str().unwrap(),
        b"D:20230524120000Z"
    );
    let meta = pdf
        .get_object(
            pdf.catalog()
                .unwrap()
                .get(b"Metadata")
                .unwrap()
                .as_reference()
                .unwrap(),
        )
        .unwrap();
    let xmp = String::from_utf8(meta.as_stream().unwrap().content.clone()).unwrap();
    assert!(
        xmp.contains("<xmp:CreateDate>2023-05-24T12:00:00Z</xmp:CreateDate>"),
        "{xmp}"
    );
}

/// pdftotext's words of `got` against `want`: share found (as a multiset)
/// and share of consecutive pairs on a line that follow each other in `want`.
fn figures(want: &str, got: &str) -> (f64, f64) {
    let w = common::words(want);
    let missing = common::missing_words(want, got).len();
    let pairs: BTreeSet<(String, String)> =
        w.iter().cloned().zip(w.iter().skip(1).cloned()).collect();
    let vocab: BTreeSet<&String> = w.iter().collect();
    let (mut n, mut ok) = (0, 0);
    for line in got.lines() {
        let lw = common::words(line);
        for (a, b) in lw.iter().zip(lw.iter().skip(1)) {
            if vocab.contains(a) && vocab.contains(b) {
                n += 1;
                ok += pairs.contains(&(a.clone(), b.clone())) as usize;
            }
        }
    }
    (
        100.0 * (w.len() - missing) as f64 / w.len() as f64,
        100.0 * ok as f64 / n.max(1) as f64,
    )
}

#[test]
fn pdftotext_gives_back_every_word_of_the_example_in_order() {
    let dir = tempfile::tempdir().unwrap();
    for (stem, doc, bytes) in example_pdfs() {
        let path = dir.path().join(format!("{stem}.pdf"));
        std::fs::write(&path, &bytes).unwrap();
        let Some(got) = common::pdf_text(&path) else {
            return;
        };
        // The page furniture is text of the document too.
        let want = format!("{}\n{}\n", plain_text(&doc), doc.header);
        let (_, pairs) = figures(&want, &got);
        // Every word (letters and digits; on the English names sheet
        // poppler moves commas beside Arabic cells, see nothing_lost.rs).
        let (want_l, got_l) = (common::letters_only(&want), common::letters_only(&got));
        let (words, _) = figures(&want_l, &got_l);
        eprintln!("{stem}: {words:.2} % words, {pairs:.2} % pairs");
        assert_eq!(
            words,
            100.0,
            "{stem}: {:?}",
            common::missing_words(&want_l, &got_l)
        );
        // Tables put cells of several columns on one line for poppler, and
        // Arabic names in an English table read left to right there: the
        // floor for booth schedules is lower (see the README's table; this
        // reference lacks the timeline's labels and the footers, so the
        // figures are below `cargo bench --bench readers`: 97.6 % measured
        // for the Arabic booth schedule).
        let floor = match stem.as_str() {
            s if s.starts_with("concept-note.") => 99.5,
            "booth-schedule.ar" => 97.0,
            _ => 92.0,
        };
        assert!(
            pairs >= floor,
            "{stem}: {pairs:.2} % of word pairs in order"
        );
        assert!(
            bytes.len() < 70 * 1024 || stem.starts_with("booth-schedule."),
            "{stem}: {} bytes",
            bytes.len()
        );
    }
}

/// `pdftotext -layout` sets each page on a grid of columns: the clipped
/// direction marks that tip poppler's reading direction on a names sheet
/// (one character a column) must not push the page's text to the right.
/// With them at the page's top left, every line of the English booth
/// schedule's names pages began after 1,200 columns of blanks.
#[test]
fn pdftotext_layout_keeps_the_text_at_the_margin() {
    let Some(tool) = common::pdftotext() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let marks = ['\u{200E}', '\u{200F}', '\u{202A}', '\u{202B}', '\u{202C}'];
    for (stem, _, bytes) in example_pdfs() {
        let path = dir.path().join(format!("{stem}.pdf"));
        std::fs::write(&path, &bytes).unwrap();
        let out = std::process::Command::new(&tool)
            .args(["-layout".as_ref(), path.as_os_str(), "-".as_ref()])
            .output()
            .unwrap();
        assert!(out.status.success(), "pdftotext -layout {stem}");
        let text = String::from_utf8_lossy(&out.stdout);
        // An A4 page is about 160 columns wide in this mode; a right-aligned
        // Arabic heading starts at about 150.
        let widest = text
            .lines()
            .map(|l| l.chars().filter(|c| !marks.contains(c)).collect::<String>())
            .filter(|l| l.chars().any(char::is_alphanumeric))
            .map(|l| (l.chars().take_while(|c| c.is_whitespace()).count(), l))
            .max_by_key(|(indent, _)| *indent)
            .expect("the page has text");
        assert!(
            widest.0 < 250,
            "{stem}: a line starts after {} columns: {:?}",
            widest.0,
            widest.1.trim()
        );
    }
}

#[test]
fn latin_with_combining_marks_comes_back_whole() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, text) in [
        ("en", "The Açı̇k Radyo team and Nguyễn Thị Minh Khai spoke."),
        ("ar", "تحدث فريق Açı̇k Radyo والسيدة Nguyễn Thị Minh Khai."),
    ] {
        let mut doc = Document::empty(lang);
        doc.title = "T".into();
        if lang == "ar" {
            doc.direction = tarjama::doc::Direction::Rtl;
        }
        doc.blocks
            .push(Block::Paragraph(Paragraph::new(vec![Inline::plain(text)])));
        let bytes = tarjama::render::pdf::render(&doc).unwrap();
        let path = dir.path().join(format!("marks-{lang}.pdf"));
        std::fs::write(&path, &bytes).unwrap();
        let Some(got) = common::pdf_text(&path) else {
            return;
        };
        let got: String = got
            .chars()
            .filter(|c| !tarjama::check::text::is_bidi_control(*c))
            .collect();
        for word in ["Açı̇k", "Nguyễn", "Thị"] {
            assert!(
                got.split_whitespace().any(|w| w.trim_matches(
                    |c: char| !c.is_alphanumeric() && !('\u{300}'..='\u{36f}').contains(&c)
                ) == word),
                "{lang}: {word} not whole in {got:?}"
            );
        }
    }
}

/// The PDF/UA-1 rules of page-validation (PyPI; 104 machine-checkable
/// rules of the Matterhorn protocol) on every PDF of the example: no
/// failure. The same PDF without its structure tree must fail, so the
/// validator is seen to check.
#[test]
fn a_pdf_ua_validator_passes_every_pdf_of_the_example() {
    let Some(py) = common::pdfua_python() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for (stem, _, bytes) in example_pdfs() {
        let path = dir.path().join(format!("{stem}.pdf"));
        std::fs::write(&path, &bytes).unwrap();
        files.push(path);
    }
    // The control: the Arabic concept note untagged.
    let mut pdf =
        Pdf::load_mem(&std::fs::read(dir.path().join("concept-note.ar.pdf")).unwrap()).unwrap();
    let catalog = pdf.catalog_mut().unwrap();
    catalog.remove(b"StructTreeRoot");
    catalog.remove(b"MarkInfo");
    let untagged = dir.path().join("untagged.pdf");
    pdf.save(&untagged).unwrap();
    let script = r#"
import sys, page
for f in sys.argv[1:]:
    r = page.validate_pdf(f, profile=page.ValidationProfile.PDF_UA_1)
    rules = sorted({getattr(x, "rule_id", str(x)) for x in r.failures})
    print(f, "ok" if r.is_compliant else "fail", len(r.failures), " ".join(map(str, rules[:5])))
"#;
    let out = std::process::Command::new(&py)
        .args(["-c", script])
        .args(&files)
        .arg(&untagged)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), files.len() + 1, "{text}");
    for line in &lines[..files.len()] {
        assert!(line.contains(" ok 0"), "PDF/UA-1: {line}");
    }
    assert!(
        lines[files.len()].contains(" fail "),
        "the untagged control passed: {text}"
    );
}

#[test]
fn dump() {
    let path = std::env::var("PDF").unwrap();
    let doc = lopdf::Document::load(&path).unwrap();
    for (n, id) in doc.get_pages() {
        let r = tarjama::verify::pdf_text::read_page(&doc, id, true).unwrap();
        for l in r.lines {
            println!("{n}: {l}");
        }
    }
}

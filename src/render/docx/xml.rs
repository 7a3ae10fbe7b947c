//! A tiny XML tree for the package parts docx-rs writes, so `xml_fix` can move
//! and add elements; text and attribute values stay escaped exactly as written.

/// One node of a part: an element or a piece of (still escaped) character data.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Element(Element),
    /// Raw text between tags, entities left as they are.
    Text(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    /// Qualified name as written, e.g. "w:pPr".
    pub name: String,
    /// Attributes in written order; values are escaped XML.
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Node>,
}

/// A parsed part: the prolog (XML declaration) kept verbatim, and the root.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub prolog: String,
    pub root: Element,
}

impl Element {
    pub fn new(name: &str) -> Element {
        Element {
            name: name.to_string(),
            attrs: Vec::new(),
            children: Vec::new(),
        }
    }

    /// Adds an attribute; `value` is plain text and gets escaped here.
    pub fn attr(mut self, name: &str, value: &str) -> Element {
        self.attrs.push((name.to_string(), escape(value)));
        self
    }

    /// The unescaped value of an attribute.
    pub fn get_attr(&self, name: &str) -> Option<String> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| unescape(v))
    }

    pub fn child(&self, name: &str) -> Option<&Element> {
        self.elements().find(|e| e.name == name)
    }

    pub fn child_mut(&mut self, name: &str) -> Option<&mut Element> {
        self.elements_mut().find(|e| e.name == name)
    }

    /// The child called `name`, created (empty, at the end) if missing.
    pub fn child_or_insert(&mut self, name: &str, at: usize) -> &mut Element {
        let pos = self
            .children
            .iter()
            .position(|n| matches!(n, Node::Element(e) if e.name == name));
        let pos = match pos {
            Some(p) => p,
            None => {
                let at = at.min(self.children.len());
                self.children.insert(at, Node::Element(Element::new(name)));
                at
            }
        };
        match &mut self.children[pos] {
            Node::Element(e) => e,
            Node::Text(_) => unreachable!("position() matched an element"),
        }
    }

    /// Appends `e` unless a child of that name already exists.
    pub fn ensure_child(&mut self, e: Element) {
        if self.child(&e.name).is_none() {
            self.children.push(Node::Element(e));
        }
    }

    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    pub fn elements_mut(&mut self) -> impl Iterator<Item = &mut Element> {
        self.children.iter_mut().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    /// All unescaped text below this element, in order.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for n in &self.children {
            match n {
                Node::Text(t) => out.push_str(&unescape(t)),
                Node::Element(e) => out.push_str(&e.text()),
            }
        }
        out
    }

    fn write(&self, out: &mut String) {
        out.push('<');
        out.push_str(&self.name);
        for (n, v) in &self.attrs {
            for part in [" ", n, "=\"", v, "\""] {
                out.push_str(part);
            }
        }
        if self.children.is_empty() {
            out.push_str("/>");
            return;
        }
        out.push('>');
        for c in &self.children {
            match c {
                Node::Text(t) => out.push_str(t),
                Node::Element(e) => e.write(out),
            }
        }
        for part in ["</", &self.name, ">"] {
            out.push_str(part);
        }
    }
}

impl Part {
    pub fn parse(src: &str) -> Result<Part, String> {
        let mut p = Parser { src, pos: 0 };
        let prolog_start = p.pos;
        // The prolog: declaration, comments and whitespace before the root.
        loop {
            p.skip_ws();
            if p.rest().starts_with("<?") {
                p.skip_past("?>")?;
            } else if p.rest().starts_with("<!--") {
                p.skip_past("-->")?;
            } else {
                break;
            }
        }
        let prolog = src[prolog_start..p.pos].to_string();
        let root = p.element()?;
        p.skip_ws();
        if p.pos != src.len() {
            return Err(format!("content after the root element at byte {}", p.pos));
        }
        Ok(Part { prolog, root })
    }

    pub fn to_xml(&self) -> String {
        let mut out = String::with_capacity(4096);
        out.push_str(&self.prolog);
        self.root.write(&mut out);
        out
    }
}

struct Parser<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }

    /// Skips XML white space (space, tab, CR, LF: the only kinds there are).
    fn skip_ws(&mut self) {
        let bytes = self.src.as_bytes();
        while bytes
            .get(self.pos)
            .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
        {
            self.pos += 1;
        }
    }

    fn skip_past(&mut self, end: &str) -> Result<(), String> {
        match self.rest().find(end) {
            Some(i) => {
                self.pos += i + end.len();
                Ok(())
            }
            None => Err(format!("unclosed `{end}` construct at byte {}", self.pos)),
        }
    }

    fn name(&mut self) -> Result<&'a str, String> {
        let rest = &self.src[self.pos..];
        // Bytes, not characters: every delimiter is ASCII, and a name's
        // other bytes (UTF-8 included) only continue it.
        let len = rest
            .bytes()
            .position(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'>' | b'/' | b'='))
            .unwrap_or(rest.len());
        if len == 0 {
            return Err(format!("expected a name at byte {}", self.pos));
        }
        self.pos += len;
        Ok(&rest[..len])
    }

    /// Parses one element starting at `<`.
    fn element(&mut self) -> Result<Element, String> {
        if !self.rest().starts_with('<') {
            return Err(format!("expected `<` at byte {}", self.pos));
        }
        self.pos += 1;
        let mut el = Element::new(self.name()?);
        loop {
            self.skip_ws();
            if self.rest().starts_with("/>") {
                self.pos += 2;
                return Ok(el);
            }
            if self.rest().starts_with('>') {
                self.pos += 1;
                break;
            }
            let name = self.name()?.to_string();
            self.skip_ws();
            if !self.rest().starts_with('=') {
                return Err(format!("expected `=` after attribute {name}"));
            }
            self.pos += 1;
            self.skip_ws();
            let quote = self
                .rest()
                .chars()
                .next()
                .filter(|c| *c == '"' || *c == '\'');
            let quote = quote.ok_or_else(|| format!("unquoted attribute {name}"))?;
            self.pos += 1;
            let end = self
                .rest()
                .find(quote)
                .ok_or_else(|| format!("unterminated attribute {name}"))?;
            let mut value = self.rest()[..end].to_string();
            if quote == '\'' {
                // We always write double quotes.
                value = value.replace('"', "&quot;");
            }
            el.attrs.push((name, value));
            self.pos += end + 1;
        }
        // Content until the matching end tag.
        loop {
            let rest = self.rest();
            if rest.is_empty() {
                return Err(format!("element {} is not closed", el.name));
            }
            if rest.starts_with("</") {
                self.pos += 2;
                let name = self.name()?;
                if name != el.name {
                    return Err(format!("</{name}> closes <{}>", el.name));
                }
                self.skip_ws();
                if !self.rest().starts_with('>') {
                    return Err(format!("malformed end tag </{name}>"));
                }
                self.pos += 1;
                return Ok(el);
            }
            if rest.starts_with("<!--") {
                self.skip_past("-->")?;
            } else if rest.starts_with("<![CDATA[") {
                let start = self.pos + "<![CDATA[".len();
                self.skip_past("]]>")?;
                let raw = &self.src[start..self.pos - 3];
                el.children.push(Node::Text(escape(raw)));
            } else if rest.starts_with("<?") {
                self.skip_past("?>")?;
            } else if rest.starts_with('<') {
                el.children.push(Node::Element(self.element()?));
            } else {
                let len = rest.find('<').unwrap_or(rest.len());
                el.children.push(Node::Text(rest[..len].to_string()));
                self.pos += len;
            }
        }
    }
}

/// Escapes text for use as character data or a double-quoted attribute value.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// Resolves the five predefined entities and numeric character references.
pub fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';') else { break };
        let entity = &rest[1..end];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .map(|h| u32::from_str_radix(h, 16).ok())
                .unwrap_or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_keeps_text_and_escapes() {
        let src = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="x"><w:body><w:p><w:r><w:t xml:space="preserve">A &amp; B &lt; "c"</w:t></w:r></w:p><w:sectPr /></w:body></w:document>"#;
        let part = Part::parse(src).unwrap();
        assert_eq!(part.root.name, "w:document");
        let out = part.to_xml();
        assert!(out.starts_with("<?xml version=\"1.0\""));
        assert!(out.contains(r#"<w:t xml:space="preserve">A &amp; B &lt; "c"</w:t>"#));
        assert!(out.contains("<w:sectPr/>"));
        assert_eq!(Part::parse(&out).unwrap(), part);
        assert_eq!(part.root.text(), "A & B < \"c\"");
    }

    #[test]
    fn single_quotes_and_cdata() {
        let part = Part::parse(r#"<a b='say "hi"'><![CDATA[x < y]]></a>"#).unwrap();
        assert_eq!(part.root.get_attr("b").unwrap(), "say \"hi\"");
        assert_eq!(part.root.text(), "x < y");
        assert_eq!(part.to_xml(), r#"<a b="say &quot;hi&quot;">x &lt; y</a>"#);
    }

    #[test]
    fn malformed_input_is_an_error() {
        assert!(Part::parse("<a><b></a>").is_err());
        assert!(Part::parse("<a>").is_err());
        assert!(Part::parse("<a x=1/>").is_err());
    }

    #[test]
    fn unescape_numeric_references() {
        assert_eq!(unescape("&#x627;&#1576;&amp;&bogus;"), "اب&&bogus;");
    }
}

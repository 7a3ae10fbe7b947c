//! The logical structure of a laid-out document (tagged PDF): elements in
//! reading order, and the tag each drawing carries (an element or an artifact).

/// Standard structure types (PDF 1.7, 14.8.4) tarjama's documents use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Document,
    H1,
    H2,
    H3,
    P,
    L,
    LI,
    Lbl,
    LBody,
    Table,
    TR,
    TH,
    TD,
    Figure,
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::Document => "Document",
            Role::H1 => "H1",
            Role::H2 => "H2",
            Role::H3 => "H3",
            Role::P => "P",
            Role::L => "L",
            Role::LI => "LI",
            Role::Lbl => "Lbl",
            Role::LBody => "LBody",
            Role::Table => "Table",
            Role::TR => "TR",
            Role::TH => "TH",
            Role::TD => "TD",
            Role::Figure => "Figure",
        }
    }
}

/// What a drawing is that no element holds: page furniture a screen reader skips.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Artifact {
    /// Rules, cell shading, grid lines.
    Layout,
    /// The running header.
    Header,
    /// The footer with the page number.
    Footer,
    /// A table's header row repeated on a new page.
    Repeated,
}

/// The tag of the drawings that follow it in a page's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    Artifact(Artifact),
    /// Index of an element of `Structure::nodes`.
    Node(usize),
}

/// One structure element.
#[derive(Debug, Clone)]
pub struct Node {
    pub role: Role,
    /// Index of the parent; the root (the Document) is its own parent.
    pub parent: usize,
    /// Alternative text (figures).
    pub alt: Option<String>,
    /// A heading's outline entry: its level (1, 2) and text.
    pub outline: Option<(u8, String)>,
}

/// Every element of a document, in reading order; node 0 is the Document.
#[derive(Debug, Clone)]
pub struct Structure {
    pub nodes: Vec<Node>,
}

impl Default for Structure {
    fn default() -> Self {
        Structure {
            nodes: vec![Node {
                role: Role::Document,
                parent: 0,
                alt: None,
                outline: None,
            }],
        }
    }
}

impl Structure {
    pub const ROOT: usize = 0;

    /// Adds an element under `parent`; returns its index.
    pub fn add(&mut self, role: Role, parent: usize) -> usize {
        self.nodes.push(Node {
            role,
            parent,
            alt: None,
            outline: None,
        });
        self.nodes.len() - 1
    }

    /// The children of every element, in reading order.
    pub fn children(&self) -> Vec<Vec<usize>> {
        let mut out = vec![Vec::new(); self.nodes.len()];
        for (i, n) in self.nodes.iter().enumerate().skip(1) {
            out[n.parent].push(i);
        }
        out
    }
}

//! The text layer of a line: the glyphs of each level run in the order
//! poppler, PDFium, pdf.js and MuPDF each read back as the logical text, with
//! the helper glyphs only one of them sees (docs/pdf-text-layer.md says
//! what each reader needs and why each part is here).
//!
//! In short: runs in logical order, glyphs left to right inside a run; one
//! ToUnicode text per glyph and no ActualText; harakat drawn as paths with
//! their text on an empty "carrier" glyph before the letter; for pdf.js a
//! word-spaced "private space" before each run (its geometry channel); for
//! MuPDF an off-page RLM "primer"; for poppler clipped RLMs around
//! left-to-right runs; for PDFium off-page line breakers around Latin islands.

use std::collections::{BTreeMap, BTreeSet};

use crate::bidi_class::bidi_class;
use unicode_bidi::BidiClass;

use super::content::{num, Content, TjItem};
use super::fontres::{carriers_possible, slot, FaceRes, OPENER_CID, SPACE_CID};
use super::fonts::{FontKey, Fonts};
use super::reorder::{ClusterText, LineBox, Piece};

/// Every font is set at this size; the real size goes into the text matrix
/// (pdf.js keeps pieces of one run in one item only at one Tf size).
const TF: f32 = 10.0;

/// Where helper glyphs go to be off the page (poppler, pdf.js and MuPDF drop
/// them; PDFium and pdf.js keep the private space's word spacing).
const OFF_PAGE: f32 = -300.0;

/// How far apart (points) the carriers of stacked marks are, for PDFium's
/// sort by x.
const STACK_STEP: f32 = 0.03;

/// ToUnicode of PDFium's line breaker: a control PDFium leaves out.
const BREAKER_TEXT: &str = "\u{2}";
const RLM: &str = "\u{200F}";

/// A glyph's or cluster's text: a character or two, kept inline.
type Text = compact_str::CompactString;
const LRM: &str = "\u{200E}";

/// Whether `s` is only combining marks.
fn is_mark(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| bidi_class(c) == BidiClass::NSM)
}

fn is_rtl_char(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::R | BidiClass::AL)
}

/// Text with no strong right-to-left character: a space, punctuation,
/// digits, Latin.
fn neutral_in_rtl(text: &str) -> bool {
    !text.chars().any(is_rtl_char)
}

/// What a glyph of the text layer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Glyph,
    Space,
    /// A carrier of marks (no glyph drawn).
    Mark,
    Breaker,
    Primer,
    Rlm,
    /// pdf.js's opener of a line (see `TextLayer::opener`).
    Opener,
}

/// One glyph in stream order, in PDF coordinates.
#[derive(Debug, Clone)]
struct G {
    font: FontKey,
    size: f32,
    oblique: bool,
    x: f32,
    y: f32,
    /// Full-font glyph id; `None` for a carrier.
    gid: Option<u16>,
    text: Text,
    kind: Kind,
    /// A carrier's advance, in points.
    width: f32,
    /// Word spacing pdf.js alone applies after this (space) glyph, in points.
    tw: f32,
    /// From this space's start to the next glyph (before it was moved).
    gap: f32,
    /// The piece it comes from (one TJ per piece).
    piece: usize,
    /// A carrier that draws this (full-font) mark glyph, invisibly, in a
    /// text object of its own: one of a letter's stacked marks.
    ink: Option<u16>,
}

impl G {
    /// A glyph of piece `piece`: upright, no word spacing, no advance of
    /// its own (helpers, a line's own space; a cluster's glyphs start so).
    #[allow(clippy::too_many_arguments)]
    fn helper(
        font: FontKey,
        size: f32,
        (x, y): (f32, f32),
        gid: Option<u16>,
        text: Text,
        kind: Kind,
        piece: usize,
    ) -> G {
        G {
            font,
            size,
            oblique: false,
            x,
            y,
            gid,
            text,
            kind,
            width: 0.0,
            tw: 0.0,
            gap: 0.0,
            piece,
            ink: None,
        }
    }
}

/// How `show` starts pdf.js's view of a run (see the module note).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Private {
    None,
    /// The first run of a line: pdf.js sees it at this x.
    Line(f32),
    /// A space separates it from the run before.
    Space,
    /// No space: a step back makes pdf.js start a new item.
    NoSpace,
    /// A later piece of the same run: keep the run's shift.
    Carry,
}

/// A mark glyph drawn as a path: font, glyph, size, place.
#[derive(Debug, Clone, Copy)]
pub struct MarkPath {
    pub font: FontKey,
    pub gid: u16,
    pub size: f32,
    pub x: f32,
    pub y: f32,
    /// Slanted like its (italic) letter.
    pub oblique: bool,
    pub colour: (f32, f32, f32),
}

/// Per face, each glyph's own text: the cluster it draws alone (first use),
/// else its character in the font's cmap. Indexed by glyph id (a face has
/// a few thousand glyphs): every glyph of every line is looked up here.
pub struct Naturals {
    primary: [Vec<Option<Text>>; 4],
    cmap: [std::sync::Arc<BTreeMap<u16, char>>; 4],
    /// Per glyph: `ZERO` if its shaped advance is 0 wherever it is drawn.
    advance: [Vec<u8>; 4],
}

/// A bracket whose glyph a right-to-left run mirrors. A `matches!`, not
/// `"…".contains(ch)`: for a character outside ASCII (every Arabic letter)
/// that sets up a substring search each time (1 % of a build).
fn mirrored(ch: char) -> bool {
    matches!(
        ch,
        '(' | ')' | '[' | ']' | '{' | '}' | '<' | '>' | '«' | '»'
    )
}

/// `، . , : / -`, which poppler counts as parts of numbers: in an Arabic
/// line they change sides with a space (`TextLayer::line`) or mix the line
/// (`write::poppler_rtl`).
pub(crate) fn shared_punctuation(ch: char) -> bool {
    matches!(ch, '،' | '.' | ',' | ':' | '/' | '-')
}
/// `Naturals::advance` states: not drawn, only ever with no advance, drawn
/// with one.
const UNSEEN: u8 = 0;
const ZERO: u8 = 1;
const ADVANCES: u8 = 2;

impl Naturals {
    pub fn new<'a>(lines: impl Iterator<Item = &'a LineBox>, fonts: &Fonts) -> Naturals {
        let mut primary: [Vec<Option<Text>>; 4] = Default::default();
        let mut advance: [Vec<u8>; 4] = Default::default();
        for line in lines {
            for p in &line.pieces {
                let k = p.font.index();
                for c in &p.clusters {
                    if c.glyphs.len() == 1 && !(p.rtl && c.text.chars().all(mirrored)) {
                        if let Some(g) = p.glyphs.get(c.glyphs.start) {
                            let t = slot(&mut primary[k], g.gid, None);
                            if t.is_none() {
                                *t = Some(c.text.clone());
                            }
                        }
                    }
                }
                for g in &p.glyphs {
                    let a = slot(&mut advance[k], g.gid, UNSEEN);
                    *a = if g.advance == 0.0 && *a != ADVANCES {
                        ZERO
                    } else {
                        ADVANCES
                    };
                }
            }
        }
        let cmap = FontKey::ALL.map(|k| fonts.get(k).base_chars());
        Naturals {
            primary,
            cmap,
            advance,
        }
    }

    fn text(&self, key: FontKey, gid: u16) -> Text {
        let k = key.index();
        if let Some(Some(t)) = self.primary[k].get(gid as usize) {
            return t.clone();
        }
        self.cmap[k]
            .get(&gid)
            .map(|&c| Text::from(c.encode_utf8(&mut [0; 4]) as &str))
            .unwrap_or_default()
    }

    /// Whether `gid` of `key` is drawn with no advance wherever it is.
    fn zero(&self, key: FontKey, gid: u16) -> bool {
        self.advance[key.index()].get(gid as usize) == Some(&ZERO)
    }
}

/// Each glyph's text in one cluster, such that reading the glyphs in
/// logical order gives the cluster's text: one base glyph gets the
/// letters, a zero-advance mark glyph the marks. Returns the texts and
/// whether they add up.
fn cluster_texts(p: &Piece, c: &ClusterText, nat: &Naturals) -> (Vec<Text>, bool) {
    let glyphs = &p.glyphs[c.glyphs.clone()];
    if glyphs.len() == 1 {
        return (vec![c.text.clone()], true);
    }
    let mut texts: Vec<Text> = glyphs.iter().map(|g| nat.text(p.font, g.gid)).collect();
    let order: Vec<usize> = if p.rtl {
        (0..glyphs.len()).rev().collect()
    } else {
        (0..glyphs.len()).collect()
    };
    let has_marks = c.text.chars().any(|ch| bidi_class(ch) == BidiClass::NSM);
    let mk: Vec<usize> = (0..glyphs.len())
        .filter(|&i| {
            glyphs[i].advance == 0.0
                && has_marks
                && texts[i]
                    .chars()
                    .next()
                    .is_none_or(|ch| bidi_class(ch) == BidiClass::NSM)
        })
        .collect();
    let bases: Vec<usize> = (0..glyphs.len()).filter(|i| !mk.contains(i)).collect();
    let letters: Text = c
        .text
        .chars()
        .filter(|&ch| bidi_class(ch) != BidiClass::NSM)
        .collect();
    let marks: Text = c
        .text
        .chars()
        .filter(|&ch| bidi_class(ch) == BidiClass::NSM)
        .collect();
    if let [b] = bases[..] {
        if !letters.is_empty() {
            texts[b] = letters.clone();
            if let [m] = mk[..] {
                texts[m] = marks.clone();
            }
        }
    }
    let joined = |sel: &dyn Fn(usize) -> bool| -> Text {
        order
            .iter()
            .filter(|&&i| sel(i))
            .map(|&i| texts[i].as_str())
            .collect()
    };
    if joined(&|_| true) == c.text {
        return (texts, true);
    }
    if bases.len() == 1
        && !letters.is_empty()
        && !mk.is_empty()
        && joined(&|i| mk.contains(&i)) != marks
    {
        // Several mark glyphs: the first (in reading order) carries them all.
        let mut in_order = order.iter().filter(|i| mk.contains(i));
        if let Some(&first) = in_order.next() {
            texts[first] = marks;
        }
        for &i in in_order {
            texts[i].clear();
        }
        return (texts, true);
    }
    (texts, false)
}

/// What the text layer makes of one cluster.
struct ClusterPlan {
    texts: Vec<Text>,
    /// For a right-to-left letter with marks: the marks' text, which a
    /// carrier holds, and the index of the base glyph (the others are marks).
    carrier: Option<(Text, usize)>,
    /// For stacked marks in a right-to-left run (one carrier each, see
    /// `cluster_glyphs`): the glyph (cluster index) their carriers draw.
    stacked_ink: Option<usize>,
}

fn plan_cluster(p: &Piece, c: &ClusterText, nat: &Naturals, carriers: bool) -> ClusterPlan {
    let (mut texts, ok) = cluster_texts(p, c, nat);
    if !ok {
        // Nothing adds up (no such cluster in tarjama's templates): the
        // first glyph in reading order says it all.
        let first = if p.rtl { texts.len() - 1 } else { 0 };
        for (i, t) in texts.iter_mut().enumerate() {
            *t = if i == first {
                c.text.clone()
            } else {
                Text::default()
            };
        }
    }
    // Mark glyphs: those with marks for text, and those of no advance whose
    // text another mark glyph of the cluster carries (a stack of three).
    let glyphs = &p.glyphs[c.glyphs.clone()];
    let marks: Vec<usize> = (0..texts.len())
        .filter(|&i| is_mark(&texts[i]) || (texts[i].is_empty() && glyphs[i].advance == 0.0))
        .collect();
    let bases: Vec<usize> = (0..texts.len()).filter(|i| !marks.contains(i)).collect();
    let carrier = match bases[..] {
        [b] if p.rtl && carriers && !marks.is_empty() => {
            // Readers reverse a glyph's text in a right-to-left run, so the
            // marks are stored reversed.
            let t: Text = marks
                .iter()
                .rev()
                .map(|&i| texts[i].as_str())
                .collect::<String>()
                .chars()
                .rev()
                .collect();
            Some((t, b))
        }
        // Latin with combining marks ("Açı̇k"): a raised mark glyph splits
        // the word for poppler; a carrier over the letter does not.
        [b] if carriers && !marks.is_empty() => {
            Some((marks.iter().map(|&i| texts[i].as_str()).collect(), b))
        }
        _ => None,
    };
    let stacked_ink = match &carrier {
        Some((marks, b)) if p.rtl && marks.chars().count() > 1 => (0..texts.len()).find(|i| i != b),
        _ => None,
    };
    ClusterPlan {
        texts,
        carrier,
        stacked_ink,
    }
}

/// The glyph ids each face draws as text (marks drawn as paths excluded).
pub fn used_glyphs<'a>(
    lines: impl Iterator<Item = &'a LineBox>,
    nat: &Naturals,
    fonts: &Fonts,
) -> [BTreeSet<u16>; 4] {
    // A bitmap per face while the lines are walked (a set insert per
    // cluster was a tenth of this function's callers' time).
    let mut used: [Vec<bool>; 4] = Default::default();
    let mut mark = |k: FontKey, gid: u16| *slot(&mut used[k.index()], gid, false) = true;
    // Breakers draw a full stop of the font of the line's first piece or
    // of a Latin island's.
    let stops = FontKey::ALL.map(|k| fonts.get(k).face.glyph_index('.').map(|g| g.0));
    // Asked once per face, not per piece (it looks glyphs up and outlines one).
    let carriers_in = FontKey::ALL.map(|k| carriers_possible(fonts.get(k)));
    for line in lines {
        for p in &line.pieces {
            let carriers = carriers_in[p.font.index()];
            for c in &p.clusters {
                let glyphs = &p.glyphs[c.glyphs.clone()];
                if let [g] = glyphs {
                    // One glyph: drawn as text, whatever it is.
                    mark(p.font, g.gid);
                    continue;
                }
                let plan = plan_cluster(p, c, nat, carriers);
                match plan.carrier {
                    Some((_, b)) => {
                        mark(p.font, glyphs[b].gid);
                        // Stacked marks' carriers draw a mark glyph.
                        if let Some(i) = plan.stacked_ink {
                            mark(p.font, glyphs[i].gid);
                        }
                    }
                    None => glyphs.iter().for_each(|g| mark(p.font, g.gid)),
                }
            }
            if let Some(g) = stops[p.font.index()] {
                mark(p.font, g);
            }
        }
    }
    used.map(|v| {
        v.iter()
            .enumerate()
            .filter(|(_, u)| **u)
            .map(|(g, _)| g as u16)
            .collect()
    })
}

/// A line to write, and what the page around it says about it.
pub struct LineJob<'l> {
    pub line: &'l LineBox,
    /// Left end of the line and its baseline, in PDF coordinates.
    pub x: f32,
    pub base: f32,
    /// Another line (a table cell) was drawn on this baseline before.
    pub cell: bool,
    /// The leftmost glyph of all text on this baseline.
    pub row_min: Option<f32>,
    /// Whether the page reads right to left (poppler's page direction).
    pub page_rtl: bool,
    /// The language a run in the other script gets (`/Lang`), if the line
    /// is tagged: for right-to-left runs, and for left-to-right ones.
    pub lang_of: Option<(&'static str, &'static str)>,
    /// Fill colour of the text, and of linked pieces.
    pub colour: (f32, f32, f32),
    pub link_colour: (f32, f32, f32),
}

/// What a line's writer asks of the page around it (marked content).
pub trait Marks {
    /// Before text or paths of the line's own content.
    fn content(&mut self, c: &mut Content);
    /// Before a helper glyph: an artifact, outside the line's content.
    fn helper(&mut self, c: &mut Content);
    /// `BT` and `ET`: a marked-content sequence begun inside a text
    /// object must end inside it.
    fn begin_text(&mut self, c: &mut Content);
    fn end_text(&mut self, c: &mut Content);
}

/// The text layer's state over a document.
pub struct TextLayer<'a> {
    pub fonts: &'a Fonts<'a>,
    pub faces: [Option<FaceRes>; 4],
    nat: Naturals,
    pub page_width: f32,
    /// Where pdf.js saw the end of the last inked glyph, and its shift there.
    pj_end: Option<f32>,
    lag_end: f32,
    breakers: u32,
    /// Text state of the current page's content.
    font: Option<(FontKey, usize)>,
    tw_on: bool,
    fill: Option<(f32, f32, f32)>,
    /// LRMs minus RLMs the helpers put on this page (poppler counts them
    /// as letters when it picks the page's direction).
    pub page_marks: i64,
}

impl<'a> TextLayer<'a> {
    pub fn new(
        fonts: &'a Fonts<'a>,
        faces: [Option<FaceRes>; 4],
        nat: Naturals,
        page_width: f32,
    ) -> Self {
        TextLayer {
            fonts,
            faces,
            nat,
            page_width,
            pj_end: None,
            lag_end: 0.0,
            breakers: 0,
            font: None,
            tw_on: false,
            fill: None,
            page_marks: 0,
        }
    }

    /// A new page's content: no text state yet.
    pub fn new_page(&mut self) {
        self.font = None;
        self.tw_on = false;
        self.fill = None;
        self.page_marks = 0;
    }

    /// Sets the fill colour (text and shapes share it).
    pub fn set_fill(&mut self, c: &mut Content, rgb: (f32, f32, f32)) {
        if self.fill != Some(rgb) {
            c.nums(&[rgb.0, rgb.1, rgb.2], "rg");
            self.fill = Some(rgb);
        }
    }

    /// After `Q`: the text state is what it was before `q`, so set it again.
    fn forget_font(&mut self) {
        self.font = None;
    }

    /// The glyphs of one cluster in stream order (and its mark paths).
    #[allow(clippy::too_many_arguments)]
    fn cluster_glyphs(
        &self,
        p: &Piece,
        pi: usize,
        c: &ClusterText,
        (x0, base): (f32, f32),
        colour: (f32, f32, f32),
        out: &mut Vec<G>,
        paths: &mut Vec<MarkPath>,
    ) {
        let glyphs = &p.glyphs[c.glyphs.clone()];
        let x = x0 + p.x;
        let g = |gid: Option<u16>, gx: f32, gy: f32, text: Text, kind: Kind| G {
            oblique: p.oblique,
            ..G::helper(p.font, p.size, (gx, gy), gid, text, kind, pi)
        };
        let kind = if c.text == " " {
            Kind::Space
        } else {
            Kind::Glyph
        };
        if let [gl] = glyphs {
            // One glyph, its text the cluster's (what `plan_cluster` says).
            out.push(g(Some(gl.gid), x + gl.x, base + gl.y, c.text.clone(), kind));
            return;
        }
        let face_ok = self.faces[p.font.index()]
            .as_ref()
            .is_some_and(FaceRes::has_carriers);
        let plan = plan_cluster(p, c, &self.nat, face_ok);
        if let Some((marks, b)) = plan.carrier {
            for (i, m) in glyphs.iter().enumerate() {
                if i != b {
                    paths.push(MarkPath {
                        font: p.font,
                        gid: m.gid,
                        size: p.size,
                        x: x + m.x,
                        y: base + m.y,
                        oblique: p.oblique,
                        colour,
                    });
                }
            }
            let bg = glyphs[b];
            let letter = g(
                Some(bg.gid),
                x + bg.x,
                base + bg.y,
                plan.texts[b].clone(),
                Kind::Glyph,
            );
            if let Some(ink) = plan.stacked_ink {
                // Stacked marks (shadda and fatha): poppler, pdf.js and
                // MuPDF reverse the run's characters, PDFium keeps a run of
                // marks as it is but sorts text objects by x. So one
                // carrier per mark, each its own (invisible, inked) text
                // object: in the stream the marks come reversed, by x in
                // logical order, and every reader gets them in order.
                let ink = Some(glyphs[ink].gid);
                for (k, m) in marks.chars().enumerate() {
                    let mut c = g(
                        None,
                        x + bg.x - STACK_STEP * (k + 1) as f32,
                        base,
                        Text::from(m.encode_utf8(&mut [0; 4]) as &str),
                        Kind::Mark,
                    );
                    c.ink = ink;
                    out.push(c);
                }
                out.push(letter);
            } else if p.rtl {
                // Before its letter: readers reverse the run.
                out.push(g(None, x + bg.x, base, marks, Kind::Mark));
                out.push(letter);
            } else {
                // After it, over its middle (poppler merges a combining
                // character into the one it overlaps).
                out.push(letter);
                let at = (bg.advance - 0.01 * p.size).max(bg.advance / 2.0);
                out.push(g(None, x + bg.x + at, base, marks, Kind::Mark));
            }
            return;
        }
        for (i, gl) in glyphs.iter().enumerate() {
            out.push(g(
                Some(gl.gid),
                x + gl.x,
                base + gl.y,
                plan.texts[i].clone(),
                kind,
            ));
        }
    }

    /// The advance of `g` in points as the viewer applies it.
    fn advance(&self, g: &G) -> f32 {
        match (g.gid, &self.faces[g.font.index()]) {
            (Some(gid), Some(f)) => {
                let w = if self.nat.zero(g.font, gid) {
                    1
                } else {
                    f.width(gid)
                };
                w as f32 * g.size / 1000.0
            }
            _ => g.width,
        }
    }

    /// Writes one line; returns the mark glyphs to draw as paths.
    pub fn line(&mut self, c: &mut Content, job: &LineJob, marks: &mut dyn Marks) -> Vec<MarkPath> {
        let rtl_para = job.line.rtl;
        let pieces = &job.line.pieces;
        // Level runs: maximal sequences of pieces of one direction, in
        // logical order (the reverse of the visual one in an RTL paragraph).
        let mut runs: Vec<Vec<usize>> = Vec::new();
        for (i, p) in pieces.iter().enumerate() {
            match runs.last_mut() {
                Some(r) if pieces[r[0]].rtl == p.rtl => r.push(i),
                _ => runs.push(vec![i]),
            }
        }
        if rtl_para {
            runs.reverse();
        }
        let mut paths = Vec::new();
        let mut seqs: Vec<Vec<G>> = Vec::with_capacity(runs.len());
        for r in &runs {
            // A glyph each, and a few helpers: sized once, not grown.
            let glyph_count: usize = r.iter().map(|&pi| pieces[pi].glyphs.len()).sum();
            let mut seq = Vec::with_capacity(glyph_count + 4);
            for &pi in r {
                let p = &pieces[pi];
                let colour = if p.link.is_some() {
                    job.link_colour
                } else {
                    job.colour
                };
                for cl in &p.clusters {
                    self.cluster_glyphs(p, pi, cl, (job.x, job.base), colour, &mut seq, &mut paths);
                }
            }
            seqs.push(seq);
        }
        let rtl: Vec<bool> = runs.iter().map(|r| pieces[r[0]].rtl).collect();
        // A space ends where the next glyph starts (MuPDF adds no space of
        // its own then); a mark right after a space is a word's last letter
        // for pdf.js, which must not see a second space there.
        for seq in &mut seqs {
            for k in 0..seq.len().saturating_sub(1) {
                // A space before a mark in the next piece (a bold word's last
                // letter after a plain space) is shown with that piece.
                let next = &seq[k + 1];
                if seq[k].kind == Kind::Space && next.kind == Kind::Mark {
                    seq[k].piece = next.piece;
                }
                if seq[k].kind == Kind::Space && seq[k + 1].piece == seq[k].piece {
                    let w = self.advance(&seq[k]);
                    seq[k].gap = seq[k + 1].x - seq[k].x;
                    seq[k].x = seq[k + 1].x - w;
                }
            }
            for k in 1..seq.len() {
                if seq[k].kind == Kind::Mark && seq[k - 1].kind == Kind::Space {
                    seq[k - 1].tw = -seq[k - 1].gap;
                }
            }
        }
        // Runs whose first glyph in the stream carries marks (in an RTL run,
        // its last letter): pdf.js would put the marks into the item before
        // and MuPDF on the line before, or on the run before.
        let opens: Vec<bool> = seqs
            .iter()
            .map(|s| s.first().is_some_and(|g| g.kind == Kind::Mark))
            .collect();
        // MuPDF: an RTL run starting (in the stream) with marks, or in an
        // RTL line with a neutral.
        let primer: Vec<bool> = seqs
            .iter()
            .zip(&rtl)
            .map(|(seq, &r)| {
                r && seq.first().is_some_and(|g| {
                    g.kind == Kind::Mark
                        || (rtl_para && (g.kind == Kind::Space || neutral_in_rtl(&g.text)))
                })
            })
            .collect();
        // pdf.js: does a space separate run k from the one before?
        let mut need = vec![false; seqs.len()];
        let ends_with_space = |k: usize| {
            let s = &seqs[k];
            let g = if rtl[k] { s.first() } else { s.last() };
            g.is_some_and(|g| g.kind == Kind::Space)
        };
        let starts_with_space = |k: usize| {
            let s = &seqs[k];
            let g = if rtl[k] { s.last() } else { s.first() };
            g.is_some_and(|g| g.kind == Kind::Space)
        };
        if rtl_para {
            for (k, n) in need.iter_mut().enumerate().skip(1) {
                *n = ends_with_space(k - 1) || starts_with_space(k);
            }
        }
        if job.cell && !seqs.is_empty() {
            need[0] = true;
        }
        // poppler: RLMs at the ends of an LTR run of an RTL line where a
        // neutral is the neighbour (only on a right-to-left page).
        let mut hidden: Vec<(usize, f32, &str)> = Vec::new();
        if rtl_para && job.page_rtl {
            for (k, seq) in seqs.iter().enumerate() {
                if rtl[k] || seq.is_empty() {
                    continue;
                }
                let left = seq.iter().map(|g| g.x).fold(f32::MAX, f32::min);
                let right = seq
                    .iter()
                    .filter(|g| g.gid.is_some())
                    .map(|g| g.x + self.advance(g))
                    .fold(f32::MIN, f32::max);
                let others = seqs
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| *j != k)
                    .flat_map(|(_, s)| s.iter())
                    .filter(|g| g.gid.is_some());
                let mut ln: Option<&G> = None;
                let mut rn: Option<&G> = None;
                for g in others {
                    if g.x < left - 0.01 && ln.is_none_or(|l| g.x > l.x) {
                        ln = Some(g);
                    }
                    if g.x >= right - 0.01 && rn.is_none_or(|r| g.x < r.x) {
                        rn = Some(g);
                    }
                }
                // Unless a letter of the line pins it: the end of the line
                // may meet another table cell on the same baseline.
                let pinned = |g: Option<&G>| {
                    g.is_some_and(|g| g.kind != Kind::Space && !neutral_in_rtl(&g.text))
                };
                let font = seq[0].piece;
                if !pinned(ln) {
                    hidden.push((font, left - 0.01, RLM));
                }
                if !pinned(rn) {
                    hidden.push((font, right + 0.01, RLM));
                }
            }
        }
        // poppler counts `، . , : / -` as parts of numbers: in Arabic text
        // such a mark would take the space beside it into a left-to-right
        // stretch and change sides with it ("هذا ،الذي"). An RLM between
        // the two holds it.
        if rtl_para && job.page_rtl {
            for (k, seq) in seqs.iter().enumerate() {
                if !rtl[k] {
                    continue;
                }
                for (i, g) in seq.iter().enumerate() {
                    if g.kind != Kind::Glyph || !g.text.chars().all(shared_punctuation) {
                        continue;
                    }
                    // Before a space, or ending the line (beside the
                    // next table cell on the same baseline).
                    let line_end = i == 0 && k + 1 == seqs.len();
                    if line_end || (i > 0 && seq[i - 1].kind == Kind::Space) {
                        hidden.push((g.piece, g.x - 0.01, RLM));
                    }
                    if seq.get(i + 1).is_some_and(|n| n.kind == Kind::Space) {
                        hidden.push((g.piece, g.x + self.advance(g) + 0.01, RLM));
                    }
                }
            }
        }
        // A line of the page's other direction as a whole (a Latin cell in
        // an Arabic table, an Arabic one in an English table): a strong
        // mark of its own direction at its far end keeps its closing
        // bracket or full stop with it.
        if !seqs.iter().all(|s| s.is_empty()) {
            let left = x_min_of(&seqs);
            let right = seqs
                .iter()
                .flatten()
                .filter(|g| g.gid.is_some())
                .map(|g| g.x + self.advance(g))
                .fold(f32::MIN, f32::max);
            if job.page_rtl && !rtl_para {
                hidden.push((0, right + 0.01, LRM));
            }
            if !job.page_rtl && rtl_para {
                hidden.push((0, left - 0.01, RLM));
            }
        }
        // poppler on a left-to-right page takes the neutrals right of an
        // RTL run (a space, the next table cell) into it: an LRM ends it.
        if !job.page_rtl {
            for (k, seq) in seqs.iter().enumerate() {
                if !rtl[k] || seq.is_empty() {
                    continue;
                }
                let right = seq
                    .iter()
                    .filter(|g| g.gid.is_some())
                    .map(|g| g.x + self.advance(g))
                    .fold(f32::MIN, f32::max);
                hidden.push((seq[0].piece, right + 0.01, LRM));
                // It reads the marks before the run's first letter as
                // left-to-right text: an RLM before them starts the run.
                if opens[k] {
                    hidden.push((
                        seq[0].piece,
                        x_min_of(std::slice::from_ref(seq)) - 0.01,
                        RLM,
                    ));
                }
            }
        }
        let x_min = seqs.iter().flatten().map(|g| g.x).fold(f32::MAX, f32::min);
        let x_max = seqs.iter().flatten().map(|g| g.x).fold(f32::MIN, f32::max);
        let first_piece = pieces.first();
        let em = pieces.iter().map(|p| p.size).fold(0.0, f32::max);
        // How pdf.js is to see each run start (see `show`).
        let modes: Vec<Private> = (0..seqs.len())
            .map(|k| {
                if !rtl_para {
                    return if need[k] {
                        Private::Space
                    } else {
                        Private::None
                    };
                }
                if k == 0 && job.cell {
                    Private::Space
                } else if k == 0 {
                    let total = (x_max - x_min)
                        + 10.0
                        + need.iter().filter(|n| **n).count() as f32 * 0.75 * em;
                    let start = job.row_min.unwrap_or(x_min);
                    Private::Line(start.min(self.page_width - 5.0 - total).max(5.0))
                } else if need[k] {
                    Private::Space
                } else {
                    Private::NoSpace
                }
            })
            .collect();
        // The line's first glyph in the stream carries marks: pdf.js and
        // MuPDF would put them on the line before.
        let first_seq = seqs.iter().position(|s| !s.is_empty());
        let lead = first_seq.filter(|&k| opens[k]);
        if lead.is_some() {
            // PDFium's line breaker goes first: pdf.js ends its item at
            // marked content, which may not come between opener and marks.
            if let (true, Some(p)) = (job.cell, first_piece) {
                marks.helper(c);
                marks.begin_text(c);
                self.breaker(c, p, job.base);
                marks.end_text(c);
            }
        } else {
            // The first sequence opens outside the text object, so that a
            // line of one element is one sequence.
            let first_helper = job.cell || first_seq.is_some_and(|k| primer[k]);
            if first_helper {
                marks.helper(c);
            } else {
                marks.content(c);
            }
            marks.begin_text(c);
            if let (true, Some(p)) = (job.cell, first_piece) {
                marks.helper(c);
                self.breaker(c, p, job.base);
                self.space_before(c, p, job.base, x_max);
            }
        }
        for (k, seq) in seqs.iter().enumerate() {
            if seq.is_empty() {
                continue;
            }
            let lang = job
                .lang_of
                .map(|(for_rtl, for_ltr)| if rtl[k] { for_rtl } else { for_ltr });
            let span = lang.filter(|l| {
                !l.is_empty() && seq.iter().any(|g| g.text.chars().any(char::is_alphabetic))
            });
            if opens[k] {
                // The opener needs a text object of its own, and what ends
                // pdf.js's item (marked content) before it: the run's
                // marked content begins outside the text object.
                if lead != Some(k) {
                    marks.end_text(c);
                }
                marks.content(c);
                if let Some(l) = span {
                    c.raw(&format!("/Span <</Lang ({l})>> BDC"));
                }
                self.opener(c, seq, modes[k]);
                marks.begin_text(c);
                if let (true, Some(p), true) = (job.cell, first_piece, lead == Some(k)) {
                    self.space_before(c, p, job.base, x_max);
                }
            }
            if primer[k] {
                if !opens[k] {
                    marks.helper(c);
                }
                let g0 = &seq[0];
                let g = G {
                    x: OFF_PAGE * 2.0,
                    y: job.base,
                    gid: None,
                    text: RLM.into(),
                    kind: Kind::Primer,
                    width: 0.0,
                    tw: 0.0,
                    // An empty glyph, which PDFium skips (never a mark's).
                    ink: None,
                    ..g0.clone()
                };
                self.show(c, &[g], Private::None);
            }
            if opens[k] {
                // MuPDF: a space ending where the letter starts takes the
                // marks, in the run's direction (after the primer).
                let letter = seq.iter().find(|g| g.kind != Kind::Mark).unwrap_or(&seq[0]);
                let p = &pieces[letter.piece];
                self.space_before(c, p, job.base, letter.x - self.space_width(p));
            }
            // PDFium reverses the words of a Latin island with spaces in
            // an RTL line unless it is a line of its own.
            let island = rtl_para
                && !rtl[k]
                && seq.len() > 2
                && seq[1..seq.len() - 1].iter().any(|g| {
                    g.kind == Kind::Space
                        || !g.text.chars().any(|ch| {
                            matches!(bidi_class(ch), BidiClass::L | BidiClass::EN | BidiClass::AN)
                        })
                });
            if island && k > 0 {
                marks.helper(c);
                self.breaker(c, &pieces[seq[0].piece], job.base);
            }
            marks.content(c);
            if let (Some(l), false) = (span, opens[k]) {
                c.raw(&format!("/Span <</Lang ({l})>> BDC"));
            }
            let mut first = modes[k];
            let mut start = 0;
            for i in 1..=seq.len() {
                if i < seq.len() && seq[i].piece == seq[i - 1].piece {
                    continue;
                }
                let chunk = &seq[start..i];
                let colour = if pieces[chunk[0].piece].link.is_some() {
                    job.link_colour
                } else {
                    job.colour
                };
                self.set_fill(c, colour);
                if first_inked(chunk).is_some() {
                    self.show(c, chunk, first);
                    first = Private::Carry;
                } else {
                    // A piece of spaces only: the private space waits.
                    self.show(c, chunk, Private::None);
                }
                start = i;
            }
            if span.is_some() {
                // A span begun outside the text object ends outside it.
                if opens[k] {
                    marks.end_text(c);
                    c.raw("EMC");
                    marks.begin_text(c);
                } else {
                    c.raw("EMC");
                }
            }
            if island && k + 1 < seqs.len() {
                marks.helper(c);
                self.breaker(c, &pieces[seq[0].piece], job.base);
            }
        }
        marks.end_text(c);
        if !hidden.is_empty() {
            marks.helper(c);
            let glyphs: Vec<G> = hidden
                .into_iter()
                .map(|(pi, x, mark)| {
                    self.page_marks += if mark == LRM { 1 } else { -1 };
                    let p = &pieces[pi];
                    G::helper(
                        p.font,
                        p.size,
                        (x, job.base),
                        None,
                        mark.into(),
                        Kind::Rlm,
                        pi,
                    )
                })
                .collect();
            self.clipped(c, &glyphs, false);
        }
        paths
    }

    /// poppler reads a whole page in one direction, the one most of its
    /// letters have: on a page of a right-to-left document where Latin
    /// letters outnumber Arabic ones (a names table), clipped RLMs that only
    /// poppler sees tip the count (`surplus`: Latin minus Arabic letters).
    /// They go in the page's bottom right corner, below everything: as the
    /// page's last line, which `pdftotext -layout` does not align the page's
    /// other lines to (at the top left, every line was pushed 1,200 columns
    /// right of the primer's characters).
    pub fn poppler_direction(&mut self, c: &mut Content, marks: &mut dyn Marks, surplus: usize) {
        let Some(key) = FontKey::ALL.into_iter().find(|k| {
            self.faces[k.index()]
                .as_ref()
                .is_some_and(FaceRes::has_carriers)
        }) else {
            return;
        };
        marks.helper(c);
        c.raw("q 0 0 0 0 re W n");
        marks.begin_text(c);
        // poppler takes at most 8 characters from one ToUnicode entry,
        // and drops a character repeated at the same place; PDFium skips a
        // text object of empty glyphs with no width (one TJ each).
        const PER_GLYPH: usize = 8;
        let count = (surplus + PER_GLYPH) / PER_GLYPH;
        let glyphs: Vec<G> = (0..count)
            .map(|i| {
                let at = (self.page_width - 2.0 - 0.5 * i as f32, 2.0);
                G::helper(
                    key,
                    1.0,
                    at,
                    None,
                    RLM.repeat(PER_GLYPH).into(),
                    Kind::Rlm,
                    0,
                )
            })
            .collect();
        for g in glyphs.chunks(1) {
            self.show(c, g, Private::None);
        }
        marks.end_text(c);
        c.raw("Q");
        self.forget_font();
    }

    /// PDFium's line breaker: an outlined glyph off the page, above the line,
    /// at a new place each time (PDFium drops a repeat of a recent object).
    fn breaker(&mut self, c: &mut Content, p: &Piece, base: f32) {
        let Some(gid) = self.fonts.get(p.font).face.glyph_index('.') else {
            return;
        };
        self.breakers = (self.breakers + 1) % 20;
        let at = (-60.0 - 25.0 * self.breakers as f32, base + 2.0 * p.size);
        let g = G::helper(
            p.font,
            p.size,
            at,
            Some(gid.0),
            BREAKER_TEXT.into(),
            Kind::Breaker,
            0,
        );
        self.show(c, &[g], Private::None);
    }

    /// The advance of piece `p`'s space, in points.
    fn space_width(&self, p: &Piece) -> f32 {
        let face = self.faces[p.font.index()].as_ref();
        let w = face.and_then(|f| Some(f.width(f.space_gid?))).unwrap_or(0);
        w as f32 * p.size / 1000.0
    }

    /// A space at `x`, alone in its text object (PDFium skips it; poppler
    /// and pdf.js give nothing for it), to start a line in MuPDF.
    fn space_before(&mut self, c: &mut Content, p: &Piece, base: f32, x: f32) {
        if let Some(sp) = self.faces[p.font.index()]
            .as_ref()
            .and_then(|f| f.space_gid)
        {
            let g = G::helper(
                p.font,
                p.size,
                (x, base),
                Some(sp),
                " ".into(),
                Kind::Space,
                0,
            );
            self.show(c, &[g], Private::None);
        }
    }

    /// Where pdf.js sees a run's first inked glyph (at `x` on the page)
    /// when `show` starts the run in `mode`, the text set at `scale`.
    fn pdfjs_x(&self, mode: Private, x: f32, scale: f32) -> f32 {
        match (mode, self.pj_end) {
            (Private::Line(s), _) => s,
            (Private::None, _) | (_, None) => x,
            (Private::Carry, _) => x + self.lag_end,
            (Private::NoSpace, Some(end)) => end - 0.5 * TF * scale,
            (_, Some(end)) => end + 0.75 * TF * scale,
        }
    }

    /// pdf.js puts a mark glyph into whatever item is open, without looking
    /// where it is: the marks of a line's first glyph in the stream (in a
    /// right-to-left line, its last letter) would go to the end of the line
    /// before. So a glyph pdf.js alone reads opens the line's item first,
    /// where pdf.js will see the letter: the code of the empty glyph with
    /// no ToUnicode entry (pdf.js then reads its number, `<`, which it
    /// leaves out of a line holding right-to-left text; poppler reads
    /// nothing), 1/1000 em wide (pdf.js goes on from the end of a glyph of
    /// some width only), in a clipped text object of its own before the
    /// line's (MuPDF drops clipped text, PDFium a text object of empty
    /// glyphs).
    fn opener(&mut self, c: &mut Content, seq: &[G], mode: Private) {
        let g0 = &seq[0];
        // The glyph `show` places pdf.js's view by: the first inked one of
        // the run's first piece.
        let piece = seq.iter().take_while(|g| g.piece == g0.piece).count();
        let reference = first_inked(&seq[..piece]).unwrap_or(g0);
        let at = self.pdfjs_x(mode, reference.x, g0.size / TF) - g0.size / 1000.0;
        let g = G::helper(
            g0.font,
            g0.size,
            (at, g0.y),
            None,
            Text::default(),
            Kind::Opener,
            g0.piece,
        );
        // Not painted either: PDF/UA asks a ToUnicode entry of every
        // code painted.
        self.clipped(c, &[g], true);
    }

    /// Glyphs MuPDF drops, each in its own TJ, in a clipped text object;
    /// after `Q` the text state is what it was before `q`.
    fn clipped(&mut self, c: &mut Content, glyphs: &[G], invisible: bool) {
        let tw_on = self.tw_on;
        c.raw("q 0 0 0 0 re W n BT");
        if invisible {
            c.raw("3 Tr");
        }
        for g in glyphs {
            self.show(c, std::slice::from_ref(g), Private::None);
        }
        c.raw("ET Q");
        self.tw_on = tw_on;
        self.forget_font();
    }

    fn set_font(&mut self, c: &mut Content, key: FontKey, var: usize) {
        if self.font != Some((key, var)) {
            c.op(&[&resource_name(key, var), &num(TF)], "Tf");
            self.font = Some((key, var));
        }
    }

    fn set_tw(&mut self, c: &mut Content, tw: f32) {
        if tw != 0.0 || self.tw_on {
            c.nums(&[tw], "Tw");
            self.tw_on = tw != 0.0;
        }
    }

    /// Shows glyphs (one TJ per baseline), after the private space `mode` asks for.
    fn show(&mut self, c: &mut Content, glyphs: &[G], mut mode: Private) {
        let mut pen: Option<(f32, f32, f32)> = None; // x, y, size
        let mut lag = 0.0f32;
        // A code and at most one adjustment a glyph.
        let mut items: Vec<TjItem> = Vec::with_capacity(2 * glyphs.len());
        let flush = |c: &mut Content, items: &mut Vec<TjItem>| {
            if !items.is_empty() {
                c.tj(items);
                items.clear();
            }
        };
        for g in glyphs {
            let k = g.font.index();
            let zero = g.gid.is_some_and(|gid| self.nat.zero(g.font, gid));
            let Some(face) = self.faces[k].as_mut() else {
                continue;
            };
            let (code, width) = match g.gid {
                None if g.kind == Kind::Opener => (OPENER_CID, 1),
                None => {
                    let w = (g.width * 1000.0 / g.size).round() as i64;
                    (face.carrier(&g.text, w, g.ink), w)
                }
                Some(gid) => (face.code(gid), if zero { 1 } else { face.width(gid) }),
            };
            let var = face.variant(code, &g.text, width);
            let wpt = width as f32 * g.size / 1000.0;
            let scale = g.size / TF;
            // A word-final mark's space opening a later piece (a bold word
            // after a plain space) carries the run's shift itself: a
            // private space too would be a second space to pdf.js.
            let mut tw = g.tw;
            if pen.is_none() && mode == Private::Carry && g.kind == Kind::Space && g.tw != 0.0 {
                tw += self.lag_end;
                mode = Private::None;
            }
            if self.font != Some((g.font, var)) {
                flush(c, &mut items);
                self.set_font(c, g.font, var);
            }
            if tw != 0.0 || self.tw_on {
                flush(c, &mut items);
                self.set_tw(c, tw / scale);
            }
            let new_line = match pen {
                None => true,
                Some((_, y, s)) => (g.y - y).abs() > 1e-3 || s != g.size,
            };
            if new_line {
                flush(c, &mut items);
                let skew = if g.oblique { 0.21 * scale } else { 0.0 };
                c.nums(&[scale, 0.0, skew, scale, g.x, g.y], "Tm");
                pen = Some((g.x, g.y, g.size));
                lag = 0.0;
                if mode == Private::Carry && self.lag_end.abs() < 0.01 {
                    mode = Private::None;
                }
                let wanted = matches!(mode, Private::Line(_))
                    || (mode != Private::None && self.pj_end.is_some() && g.kind != Kind::Breaker);
                let space = self.faces[k].as_ref().and_then(|f| f.space_gid);
                if let (true, Some(sp)) = (wanted, space) {
                    let m = mode;
                    mode = Private::None;
                    let reference = first_inked(glyphs).unwrap_or(g);
                    let shift = self.pdfjs_x(m, reference.x, scale) - reference.x;
                    let (var0, w_sp) = match self.faces[k].as_mut() {
                        Some(f) => {
                            let w = f.width(sp);
                            (f.variant(SPACE_CID, " ", w), w as f32 * g.size / 1000.0)
                        }
                        None => (0, 0.0),
                    };
                    self.set_font(c, g.font, var0);
                    c.nums(&[shift / scale], "Tw");
                    let to_off = (-(OFF_PAGE - g.x) * 1000.0 / g.size).round() as i64;
                    c.tj(&[TjItem::Adjust(to_off), TjItem::Code(SPACE_CID)]);
                    c.raw("0 Tw");
                    self.tw_on = false;
                    if tw != 0.0 {
                        self.set_tw(c, tw / scale);
                    }
                    if let Some(p) = pen.as_mut() {
                        p.0 = OFF_PAGE + w_sp;
                    }
                    lag = shift;
                    self.set_font(c, g.font, var);
                }
            }
            if g.ink.is_some() {
                // Its own text object (see below), moved to from the last.
                flush(c, &mut items);
            }
            if let Some(p) = pen.as_mut() {
                let drift = (g.x - p.0) * 1000.0 / g.size;
                if drift.abs() >= 0.5 {
                    let units = drift.round();
                    items.push(TjItem::Adjust(-(units as i64)));
                    p.0 += units * g.size / 1000.0;
                }
                items.push(TjItem::Code(code));
                if g.ink.is_some() {
                    // Its own text object, not painted.
                    c.raw("3 Tr");
                    flush(c, &mut items);
                    c.raw("0 Tr");
                }
                p.0 += wpt;
            }
            if tw != 0.0 {
                lag += tw;
                self.lag_end = lag;
            }
            if g.kind == Kind::Glyph && wpt > 0.0 {
                self.pj_end = Some(g.x + wpt + lag);
                self.lag_end = lag;
            }
        }
        flush(c, &mut items);
    }
}

/// The first glyph of `glyphs` with ink (not a space, not a carrier).
fn first_inked(glyphs: &[G]) -> Option<&G> {
    glyphs
        .iter()
        .find(|g| !matches!(g.kind, Kind::Space | Kind::Mark))
}

fn x_min_of(seqs: &[Vec<G>]) -> f32 {
    seqs.iter().flatten().map(|g| g.x).fold(f32::MAX, f32::min)
}

/// The page resource name of variant `var` of `key`'s face.
pub fn resource_name(key: FontKey, var: usize) -> String {
    format!("/T{}_{}", key.index() + 1, var)
}

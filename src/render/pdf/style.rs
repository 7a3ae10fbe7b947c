//! The PDF's look in one table: font sizes, line spacing, colours and gaps
//! for each kind of text, so no other stage hard-codes a number of points.

/// An RGB colour, 0-255 per channel.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn unit(self) -> (f32, f32, f32) {
        (
            self.0 as f32 / 255.0,
            self.1 as f32 / 255.0,
            self.2 as f32 / 255.0,
        )
    }
}

/// How one kind of text looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    /// Font size in points (Latin; Arabic is scaled by `ARABIC_SCALE`).
    pub size: f32,
    /// Baseline-to-baseline distance as a multiple of `size`.
    pub leading: f32,
    /// Every run bold, whatever the inline says (headings, table headers).
    pub bold: bool,
    pub colour: Rgb,
    /// Vertical space before the block, in points (dropped at a page top).
    pub space_before: f32,
}

const INK: Rgb = Rgb(0x1a, 0x1a, 0x1a);
const ACCENT: Rgb = Rgb(0x00, 0x4b, 0x87);
const GREY: Rgb = Rgb(0x59, 0x59, 0x59);

pub const TITLE: TextStyle = TextStyle {
    size: 18.0,
    leading: 1.35,
    bold: true,
    colour: ACCENT,
    space_before: 0.0,
};
pub const SUBTITLE: TextStyle = TextStyle {
    size: 12.5,
    leading: 1.4,
    bold: false,
    colour: ACCENT,
    space_before: 4.0,
};
pub const HEADING1: TextStyle = TextStyle {
    size: 13.5,
    leading: 1.35,
    bold: true,
    colour: ACCENT,
    space_before: 16.0,
};
pub const HEADING2: TextStyle = TextStyle {
    size: 11.5,
    leading: 1.35,
    bold: true,
    colour: INK,
    space_before: 12.0,
};
pub const BODY: TextStyle = TextStyle {
    size: 10.5,
    leading: 1.45,
    bold: false,
    colour: INK,
    space_before: 7.0,
};
pub const SMALL: TextStyle = TextStyle {
    size: 8.5,
    leading: 1.4,
    bold: false,
    colour: GREY,
    space_before: 4.0,
};
pub const LIST_ITEM: TextStyle = TextStyle {
    space_before: 3.0,
    ..BODY
};
pub const TABLE_CELL: TextStyle = TextStyle {
    size: 9.5,
    leading: 1.4,
    bold: false,
    colour: INK,
    space_before: 0.0,
};
pub const TABLE_HEADER: TextStyle = TextStyle {
    bold: true,
    ..TABLE_CELL
};
pub const PAGE_HEADER: TextStyle = TextStyle {
    size: 8.0,
    leading: 1.3,
    bold: false,
    colour: GREY,
    space_before: 0.0,
};
pub const PAGE_FOOTER: TextStyle = PAGE_HEADER;
pub const TIMELINE_LANE: TextStyle = TextStyle {
    size: 8.5,
    leading: 1.3,
    bold: true,
    colour: INK,
    space_before: 0.0,
};
pub const TIMELINE_TICK: TextStyle = TextStyle {
    size: 7.0,
    leading: 1.2,
    bold: false,
    colour: GREY,
    space_before: 0.0,
};
pub const TIMELINE_BAR: TextStyle = TextStyle {
    size: 7.5,
    leading: 1.2,
    bold: false,
    colour: Rgb(0xff, 0xff, 0xff),
    space_before: 0.0,
};

/// Naskh looks small next to Latin at the same nominal size.
pub const ARABIC_SCALE: f32 = 1.12;

/// Rules, borders and fills.
pub const RULE: Rgb = Rgb(0xa6, 0xa6, 0xa6);
pub const RULE_WIDTH: f32 = 0.5;
pub const TABLE_HEADER_FILL: Rgb = Rgb(0xdc, 0xe6, 0xf0);
pub const TABLE_SHADED_FILL: Rgb = Rgb(0xee, 0xee, 0xee);
pub const CELL_PAD_X: f32 = 4.0;
pub const CELL_PAD_Y: f32 = 3.0;
/// Space between a table or timeline and the block before it.
pub const FIGURE_SPACE: f32 = 10.0;
/// Bullet indent: where list text starts, from the start edge.
pub const LIST_INDENT: f32 = 16.0;
/// Header and footer baselines, from the page edge.
pub const HEADER_FROM_EDGE: f32 = 36.0;
pub const FOOTER_FROM_EDGE: f32 = 36.0;

/// Timeline geometry.
pub const LANE_HEIGHT: f32 = 20.0;
pub const BAR_INSET: f32 = 3.0;
pub const AXIS_HEIGHT: f32 = 16.0;
pub const TIMELINE_GRID: Rgb = Rgb(0xd9, 0xd9, 0xd9);

/// Bar colours; `Bar::colour` indexes this modulo its length. Dark enough
/// for white labels.
pub const PALETTE: [Rgb; 8] = [
    Rgb(0x1f, 0x5f, 0x99),
    Rgb(0xb3, 0x5c, 0x00),
    Rgb(0x2e, 0x7d, 0x32),
    Rgb(0x8e, 0x24, 0xaa),
    Rgb(0xc6, 0x28, 0x28),
    Rgb(0x00, 0x79, 0x6b),
    Rgb(0x5d, 0x40, 0x37),
    Rgb(0x45, 0x5a, 0x64),
];

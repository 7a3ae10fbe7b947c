//! The look of every document in one table, read from `templates/style.toml`:
//! fonts, sizes, line spacing, colours and gaps. The PDF and the DOCX writer
//! both read it, so the DOCX a secretariat edits looks like the PDF it sends.

use std::sync::LazyLock;

use serde::Deserialize;

/// An RGB colour, 0-255 per channel; written "#rrggbb" in the template.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// "1F3864", as DOCX writes colours.
    pub fn hex(self) -> String {
        format!("{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }

    pub fn unit(self) -> (f32, f32, f32) {
        (
            self.0 as f32 / 255.0,
            self.1 as f32 / 255.0,
            self.2 as f32 / 255.0,
        )
    }
}

impl<'de> Deserialize<'de> for Rgb {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Rgb, D::Error> {
        let s = String::deserialize(d)?;
        let hex = s
            .strip_prefix('#')
            .filter(|h| h.len() == 6)
            .ok_or_else(|| serde::de::Error::custom(format!("colour {s:?} is not #rrggbb")))?;
        let byte = |i: usize| {
            u8::from_str_radix(&hex[i..i + 2], 16)
                .map_err(|_| serde::de::Error::custom(format!("colour {s:?} is not #rrggbb")))
        };
        Ok(Rgb(byte(0)?, byte(2)?, byte(4)?))
    }
}

/// How one kind of text looks.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextStyle {
    /// Font size in points (Latin; Arabic is scaled by `arabic_scale`).
    pub size: f32,
    /// Baseline-to-baseline distance as a multiple of `size`.
    pub leading: f32,
    /// Every run bold, whatever the inline says (headings, table headers).
    pub bold: bool,
    pub colour: Rgb,
    /// Vertical space before the block, in points (dropped at a page top).
    pub space_before: f32,
}

/// Every style and measure of the document writers.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Styles {
    /// Font family for Latin text and digits (DOCX names it; the PDF embeds
    /// the bundled file of that family).
    pub latin_font: String,
    /// Font family for Arabic text.
    pub arabic_font: String,
    /// Whether the running header is printed on the first page too (the
    /// title block stands there instead).
    pub header_on_first_page: bool,
    pub title: TextStyle,
    pub subtitle: TextStyle,
    pub heading1: TextStyle,
    pub heading2: TextStyle,
    pub body: TextStyle,
    pub small: TextStyle,
    pub list_item: TextStyle,
    pub table_cell: TextStyle,
    pub table_header: TextStyle,
    pub page_header: TextStyle,
    pub page_footer: TextStyle,
    pub timeline_lane: TextStyle,
    pub timeline_tick: TextStyle,
    pub timeline_bar: TextStyle,
    /// Naskh looks small next to Latin at the same nominal size.
    pub arabic_scale: f32,
    pub rule: Rgb,
    pub rule_width: f32,
    pub table_header_fill: Rgb,
    pub table_shaded_fill: Rgb,
    pub cell_pad_x: f32,
    pub cell_pad_y: f32,
    pub figure_space: f32,
    /// Space between pictures side by side (logos), and under the row.
    pub image_gap: f32,
    /// Height of a host's logo in the letterhead.
    pub logo_height: f32,
    /// Colour of linked text.
    pub link: Rgb,
    pub list_indent: f32,
    pub header_from_edge: f32,
    pub footer_from_edge: f32,
    pub lane_height: f32,
    pub bar_inset: f32,
    pub axis_height: f32,
    pub timeline_grid: Rgb,
    /// Background of the reader's own booth in a timeline.
    pub timeline_highlight: Rgb,
    /// Bar colours; `Bar::colour` indexes this modulo its length.
    pub palette: Vec<Rgb>,
}

const TEMPLATE: &str = include_str!("../../templates/style.toml");

static STYLES: LazyLock<Styles> = LazyLock::new(|| {
    // The template is built in and checked by a unit test below.
    toml::from_str(TEMPLATE).expect("templates/style.toml is valid")
});

/// The styles of every document.
pub fn get() -> &'static Styles {
    &STYLES
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_parses_and_has_a_palette() {
        let s: Styles = toml::from_str(TEMPLATE).unwrap();
        assert!(!s.palette.is_empty());
        assert_eq!(s.table_header_fill, Rgb(0xdc, 0xe6, 0xf0));
        assert!(s.body.size > s.small.size && s.title.size > s.body.size);
    }

    #[test]
    fn colours_must_be_hex() {
        let bad = TEMPLATE.replace("rule = \"#a6a6a6\"", "rule = \"grey\"");
        let e = toml::from_str::<Styles>(&bad).unwrap_err();
        assert!(e.to_string().contains("not #rrggbb"), "{e}");
    }
}

//! Bidi classes of characters. unicode-bidi looks each one up by binary
//! search over the whole of Unicode, and layout asks for every character
//! several times (itemising, shaping, the text layer): a table answers for
//! the first 2,048 code points (Latin, Greek, Cyrillic, Hebrew, Arabic),
//! the search for the rest.

use std::sync::LazyLock;

use unicode_bidi::{BidiClass, BidiDataSource};

const LOW: usize = 0x800;

static TABLE: LazyLock<[BidiClass; LOW]> = LazyLock::new(|| {
    // Below U+0800 there are no surrogates: every index is a char.
    std::array::from_fn(|i| unicode_bidi::bidi_class(char::from_u32(i as u32).unwrap_or('\0')))
});

/// The bidi class of `c`.
pub fn bidi_class(c: char) -> BidiClass {
    match TABLE.get(c as usize) {
        Some(&class) => class,
        None => unicode_bidi::bidi_class(c),
    }
}

/// unicode-bidi's data with the table in front (brackets as it has them).
pub struct Classes;

impl BidiDataSource for Classes {
    fn bidi_class(&self, c: char) -> BidiClass {
        bidi_class(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_agrees_with_unicode_bidi() {
        for c in [
            'a',
            ' ',
            '1',
            '\u{5D0}',
            '\u{627}',
            '\u{64E}',
            '\u{660}',
            '،',
            '\u{7FF}',
            '\u{800}',
            '\u{FEFF}',
            '\u{1F600}',
        ] {
            assert_eq!(bidi_class(c), unicode_bidi::bidi_class(c), "{c:?}");
        }
        let all = (0..LOW as u32).filter_map(char::from_u32);
        assert!(all
            .into_iter()
            .all(|c| bidi_class(c) == unicode_bidi::bidi_class(c)));
    }
}

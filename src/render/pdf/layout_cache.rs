//! Memoised paragraph layout. A paragraph's lines depend only on its text
//! and spans, the language, direction, text size, leading, width and
//! alignment (and the font set, which owns this cache), so a result seen
//! before is the result. Labels are measured several times, and the
//! meetings of one series, built as a batch, share their boilerplate
//! paragraphs, headings and labels.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};

use super::bidi::ParaText;
use super::paragraph::Laid;
use super::reorder::{ClusterText, Piece, PlacedGlyph};
use crate::doc::{Align, Direction};

/// What a paragraph's lines depend on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct LaidKey {
    pub lang: String,
    pub dir: Direction,
    pub para: ParaText,
    /// `f32::to_bits` of the text size, the leading and the box's width.
    pub size: u32,
    pub leading: u32,
    pub width: u32,
    pub align: Align,
}

/// Longer paragraphs are laid out each time: they are rarely repeated, and
/// keeping them would double their memory.
const PARA_MAX: usize = 16 << 10;
/// Past this many bytes of laid-out lines held (about one and a half
/// times the example meeting's), the cache starts afresh: a batch of many
/// meetings stays within its memory.
const BYTES_MAX: usize = 24 << 20;

#[derive(Default)]
pub(crate) struct LayoutCache {
    maps: Mutex<Held>,
}

#[derive(Default)]
struct Held {
    laid: HashMap<LaidKey, Arc<Laid>>,
    /// What the entries take, estimated by `footprint`.
    bytes: usize,
}

impl LayoutCache {
    /// Bytes the entries take now (estimated).
    #[cfg(test)]
    pub fn held_bytes(&self) -> usize {
        self.lock().bytes
    }

    fn lock(&self) -> MutexGuard<'_, Held> {
        self.maps.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The lines for `key`, laid out by `lay_out` if not seen before. The
    /// lock is not held while laying out, so two threads may lay out one
    /// paragraph; both get the same lines.
    pub fn laid<E>(
        &self,
        key: LaidKey,
        lay_out: impl FnOnce() -> Result<Laid, E>,
    ) -> Result<Arc<Laid>, E> {
        let keep = key.para.text.len() <= PARA_MAX;
        if keep {
            if let Some(hit) = self.lock().laid.get(&key) {
                return Ok(hit.clone());
            }
        }
        let laid = Arc::new(lay_out()?);
        if keep {
            let size = footprint(&key, &laid);
            let mut held = self.lock();
            if held.bytes + size > BYTES_MAX {
                held.laid.clear();
                held.bytes = 0;
            }
            held.bytes += size;
            held.laid.insert(key, laid.clone());
        }
        Ok(laid)
    }
}

/// Bytes an entry takes: its key's text and the lines' pieces, glyphs and
/// cluster texts.
fn footprint(key: &LaidKey, laid: &Laid) -> usize {
    use std::mem::size_of;
    let pieces = laid.lines.iter().flat_map(|l| &l.line.pieces);
    let lines: usize = pieces
        .map(|p| {
            size_of::<Piece>()
                + p.glyphs.len() * size_of::<PlacedGlyph>()
                + p.clusters
                    .iter()
                    .map(|c| size_of::<ClusterText>() + c.text.len().max(8))
                    .sum::<usize>()
        })
        .sum();
    2 * key.para.text.len() + lines
}

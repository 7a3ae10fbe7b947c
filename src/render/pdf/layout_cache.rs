//! Memoised paragraph layout. A paragraph's glyphs depend only on its text
//! and spans, the language, direction and text size, and its lines on those
//! and the leading, width and alignment (and the font set, which owns this
//! cache), so a result seen before is the result. Labels are measured
//! several times, a table cell is shaped for its column's narrowest width
//! and then laid out at the width it gets, and the meetings of one series,
//! built as a batch, share their boilerplate paragraphs, headings and labels.

use rustc_hash::FxHashMap as HashMap;
use std::sync::{Arc, Mutex, MutexGuard};

use super::bidi::ParaText;
use super::paragraph::Laid;
use super::reorder::{ClusterText, Piece, PlacedGlyph};
use super::shape::{Glyph, ShapedRun};
use crate::doc::{Align, Direction};

/// What a paragraph's glyphs depend on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct ShapedKey {
    pub lang: String,
    pub dir: Direction,
    pub para: ParaText,
    /// `f32::to_bits` of the text size.
    pub size: u32,
}

/// What a paragraph's lines depend on: its glyphs, and the box.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct LaidKey {
    pub shaped: ShapedKey,
    /// `f32::to_bits` of the leading and the box's width.
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
    shaped: HashMap<ShapedKey, Arc<Vec<ShapedRun>>>,
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
        self.memo(
            key,
            |h| &mut h.laid,
            lay_out,
            |k, l| laid_bytes(&k.shaped, l),
        )
    }

    /// The glyphs for `key`, shaped by `shape` if not seen before.
    pub fn shaped<E>(
        &self,
        key: ShapedKey,
        shape: impl FnOnce() -> Result<Vec<ShapedRun>, E>,
    ) -> Result<Arc<Vec<ShapedRun>>, E> {
        self.memo(key, |h| &mut h.shaped, shape, |k, v| shaped_bytes(k, v))
    }

    /// The one memo behind both maps: look up, compute outside the lock,
    /// keep within the budget.
    fn memo<K, V, E>(
        &self,
        key: K,
        map: impl Fn(&mut Held) -> &mut HashMap<K, Arc<V>>,
        make: impl FnOnce() -> Result<V, E>,
        bytes: impl Fn(&K, &V) -> usize,
    ) -> Result<Arc<V>, E>
    where
        K: std::hash::Hash + Eq + AsRef<ShapedKey>,
    {
        let keep = key.as_ref().para.text.len() <= PARA_MAX;
        if keep {
            if let Some(hit) = map(&mut self.lock()).get(&key) {
                return Ok(hit.clone());
            }
        }
        let value = Arc::new(make()?);
        if keep {
            let size = bytes(&key, &value);
            let mut held = self.lock();
            if held.bytes + size > BYTES_MAX {
                held.shaped.clear();
                held.laid.clear();
                held.bytes = 0;
            }
            held.bytes += size;
            map(&mut held).insert(key, value.clone());
        }
        Ok(value)
    }
}

impl AsRef<ShapedKey> for ShapedKey {
    fn as_ref(&self) -> &ShapedKey {
        self
    }
}

impl AsRef<ShapedKey> for LaidKey {
    fn as_ref(&self) -> &ShapedKey {
        &self.shaped
    }
}

/// Bytes a shaped entry takes: its key's text and the glyphs.
fn shaped_bytes(key: &ShapedKey, runs: &[ShapedRun]) -> usize {
    use std::mem::size_of;
    let glyphs: usize = runs
        .iter()
        .map(|r| size_of::<ShapedRun>() + r.glyphs.len() * size_of::<Glyph>())
        .sum();
    2 * key.para.text.len() + glyphs
}

/// Bytes a laid-out entry takes: its key's text and the lines' pieces,
/// glyphs and cluster texts.
fn laid_bytes(key: &ShapedKey, laid: &Laid) -> usize {
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

//! A pass over a file's raw bytes before it is parsed. Parsing builds every value in memory,
//! and a file under the size limit can still cost far more than a phone has: one string of
//! 30 MB (copied several times on its way), or millions of tiny objects (a few hundred bytes
//! of map each). This pass allocates nothing and refuses such a file where it starts.

use super::problems::Rejection;
use super::{MAX_RECORDS, MAX_TEXT_CHARS};

/// The longest string token allowed, in bytes: the longest text a field may hold, with every
/// character written as a `\uXXXX\uXXXX` surrogate pair, and its quotes. No file the reader accepts has more.
pub const MAX_STRING_BYTES: usize = MAX_TEXT_CHARS * 12 + 2;
/// At most this many objects: two for each record a file may hold (the record and its fields;
/// `field_at` and `seen`, which few records carry, fit in the margin a file of fewer records
/// leaves) and a few for the top. Objects are what parsing costs most (a map node each).
pub const MAX_OBJECTS: usize = MAX_RECORDS * 2 + 16;
/// At most this many values (counted as the commas and brackets that separate them).
pub const MAX_VALUES: usize = MAX_RECORDS * 24;
/// At least this many bytes of file for each object beyond the first few. Parsing an object
/// costs a map node of about 650 bytes however small it is, so a file of tiny objects
/// (`{"":0},`, 7 bytes each) would cost a hundred times its size; the smallest record a
/// sound file holds — id, kind, stamp and one field, with `field_at` and `seen` — takes more
/// than 35 bytes per object.
pub const MIN_BYTES_PER_OBJECT: usize = 24;

/// What a pass over raw bytes lets through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub string_bytes: usize,
    pub objects: usize,
    pub values: usize,
    /// Objects beyond `objects_free` need this many bytes of file each.
    pub bytes_per_object: usize,
    pub objects_free: usize,
}

impl Limits {
    /// An ordinary exchange file.
    pub const FILE: Limits = Limits {
        string_bytes: MAX_STRING_BYTES,
        objects: MAX_OBJECTS,
        values: MAX_VALUES,
        bytes_per_object: MIN_BYTES_PER_OBJECT,
        // A small file may be dense: a thousand objects cost well under the 1 MiB every read
        // is allowed whatever its size.
        objects_free: 1_024,
    };
}

/// Refuses text whose parsing would cost more memory than any sound file needs.
pub fn scan(text: &[u8]) -> Result<(), Rejection> {
    scan_within(text, Limits::FILE)
}

/// Refuses text whose parsing would cost more than `limits` allow.
pub fn scan_within(text: &[u8], limits: Limits) -> Result<(), Rejection> {
    let objects_allowed = limits.objects.min(limits.objects_free + text.len() / limits.bytes_per_object.max(1));
    let (mut objects, mut values) = (0usize, 0usize);
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'"' => {
                let start = i;
                i += 1;
                while i < text.len() && text[i] != b'"' {
                    // An escape hides the next byte (perhaps a quote).
                    i += if text[i] == b'\\' { 2 } else { 1 };
                }
                if i - start > limits.string_bytes {
                    let (line, column) = position(text, start);
                    return Err(Rejection::ValueTooLong { line, column });
                }
            }
            b'{' => {
                objects += 1;
                values += 1;
                if objects > objects_allowed {
                    let (line, column) = position(text, i);
                    return Err(Rejection::TooManyValues { line, column });
                }
            }
            b'[' | b',' => {
                values += 1;
                if values > limits.values {
                    let (line, column) = position(text, i);
                    return Err(Rejection::TooManyValues { line, column });
                }
            }
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

/// Line and column (from 1, in characters) of a byte offset, as editors count them.
fn position(text: &[u8], offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let line_start = before.iter().rposition(|b| *b == b'\n').map_or(0, |p| p + 1);
    let column = before[line_start..].iter().filter(|b| (**b & 0xC0) != 0x80).count() + 1;
    (line, column)
}

#[cfg(test)]
#[path = "scan_tests.rs"]
mod tests;

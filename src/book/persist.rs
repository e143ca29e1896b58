//! How the book is laid out in a key–value store such as localStorage (5 Mi UTF-16 units).
//!
//! Records are split into chunks by kind and by the first characters of their id, so saving
//! one edit rewrites one small chunk, not the book. Each chunk is its records' JSON (the file
//! form, `wire`), deflated, and packed 15 bits to a UTF-16 unit (`packing`).
//!
//! ```text
//! ub1/meta                    {"layout":1}
//! ub1/r/<kind>/<bucket>      "2" + pack15(deflate(JSON array of records))
//! ub1/local/…                 this device's own notes (last export, import history)
//! ```
//!
//! Saving re-reads a chunk that changed under us (another tab) and joins it first, so two tabs
//! never overwrite each other's edits. A stored book that cannot be read is never overwritten.

use std::collections::BTreeMap;

use super::book::Book;
use super::id::RecordId;
use super::packing::{pack15, unpack15};
use super::record::Record;
use super::store::{KeyValueStore, StoreError};
use super::wire::WireRecord;

pub const PREFIX: &str = "ub1/";
pub const META_KEY: &str = "ub1/meta";
pub const LOCAL_PREFIX: &str = "ub1/local/";
const CHUNK_PREFIX: &str = "ub1/r/";
pub const LAYOUT_VERSION: u64 = 1;
/// Bits of the id that pick a chunk: 2⁷ = 128 chunks a kind at most, so the largest kind of
/// the reference data set (40,000 inspection scores) has about 310 records (10 KB) a chunk.
pub const BUCKET_BITS: u32 = 7;
/// The first character of every chunk names its codec.
const CODEC_DEFLATE_PACK15: char = '2';
/// Deflate's level: 6 packs the reference data set a third tighter than 1, at 30 µs a chunk.
const DEFLATE_LEVEL: u8 = 6;

/// Which chunk a record lives in.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ChunkKey {
    pub kind: String,
    pub bucket: u32,
}

impl ChunkKey {
    pub fn of(kind: &str, id: RecordId) -> ChunkKey {
        ChunkKey { kind: kind.to_owned(), bucket: id.top_bits(BUCKET_BITS) }
    }

    pub fn storage_key(&self) -> String {
        format!("{CHUNK_PREFIX}{}/{}", self.kind, self.bucket)
    }

    pub fn parse(key: &str) -> Option<ChunkKey> {
        let (kind, bucket) = key.strip_prefix(CHUNK_PREFIX)?.split_once('/')?;
        let number: u32 = bucket.parse().ok().filter(|b| *b < 1 << BUCKET_BITS)?;
        // One spelling per chunk: "7", never "07".
        (!kind.is_empty() && number.to_string() == bucket).then(|| ChunkKey { kind: kind.to_owned(), bucket: number })
    }
}

/// Why the stored book cannot be opened. In every case the stored text is left as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    Storage(StoreError),
    /// Stored by a newer Unionbook with a layout this one does not know.
    NewerLayout(u64),
    /// A chunk (or the meta key) is not what this app writes.
    Unreadable {
        key: String,
        reason: String,
    },
}

/// The text of a chunk: its records, compressed. `None` when the chunk has no records.
pub fn encode_chunk(book: &Book, key: &ChunkKey) -> Option<String> {
    let records: Vec<WireRecord> = book
        .in_bucket(key.bucket, BUCKET_BITS)
        .filter(|(_, r)| r.kind == key.kind)
        .map(|(id, r)| WireRecord::from_record(id, r))
        .collect();
    if records.is_empty() {
        return None;
    }
    let json = serde_json::to_vec(&records).expect("records serialise");
    let deflated = miniz_oxide::deflate::compress_to_vec(&json, DEFLATE_LEVEL);
    let mut text = String::from(CODEC_DEFLATE_PACK15);
    text.push_str(&pack15(&deflated));
    Some(text)
}

pub fn decode_chunk(text: &str) -> Result<Vec<(RecordId, Record)>, String> {
    let body = text.strip_prefix(CODEC_DEFLATE_PACK15).ok_or_else(|| "unknown chunk encoding".to_owned())?;
    let damaged = || "the compressed text is damaged".to_owned();
    let deflated = unpack15(body).ok_or_else(damaged)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, 64 << 20).map_err(|_| damaged())?;
    let records: Vec<WireRecord> = serde_json::from_slice(&json).map_err(|e| e.to_string())?;
    Ok(records.into_iter().map(WireRecord::into_record).collect())
}

/// A stable digest of a stored text, to notice when another tab has rewritten a chunk.
fn digest(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// Reads and writes the book's chunks, remembering what it last saw of each.
#[derive(Clone, Debug, Default)]
pub struct Persister {
    /// The digest of what each chunk held when this tab last read or wrote it; `None` once
    /// it is gone.
    known: BTreeMap<String, Option<u64>>,
    meta_written: bool,
}

/// What was found in storage.
#[derive(Debug)]
pub struct Loaded {
    pub book: Book,
    pub persister: Persister,
}

impl Persister {
    /// Opens the book kept in `store`.
    pub fn load(store: &impl KeyValueStore) -> Result<Loaded, LoadError> {
        let mut persister = Persister::default();
        match store.get(META_KEY).map_err(LoadError::Storage)? {
            None => {}
            Some(raw) => {
                let layout = serde_json::from_str::<serde_json::Value>(&raw)
                    .ok()
                    .and_then(|v| v.get("layout").and_then(|l| l.as_u64()))
                    .ok_or_else(|| LoadError::Unreadable {
                        key: META_KEY.into(),
                        reason: "not a layout marker".into(),
                    })?;
                if layout > LAYOUT_VERSION {
                    return Err(LoadError::NewerLayout(layout));
                }
                persister.meta_written = true;
            }
        }
        let mut book = Book::new();
        for key in store.keys().map_err(LoadError::Storage)? {
            if ChunkKey::parse(&key).is_none() {
                if key.starts_with(CHUNK_PREFIX) {
                    return Err(LoadError::Unreadable { key, reason: "not a chunk name".into() });
                }
                continue;
            }
            let Some(raw) = store.get(&key).map_err(LoadError::Storage)? else {
                continue;
            };
            let records = decode_chunk(&raw).map_err(|reason| LoadError::Unreadable { key: key.clone(), reason })?;
            for (id, record) in records {
                book.insert(id, record);
            }
            persister.known.insert(key, Some(digest(&raw)));
        }
        Ok(Loaded { book, persister })
    }

    /// Writes the dirty chunks, joining first whatever another tab wrote to them. Chunks written
    /// leave `dirty`; on a failed write the rest stay, and the book in memory is untouched.
    /// Returns the ids that changed because another tab had written them.
    pub fn save(
        &mut self,
        store: &mut impl KeyValueStore,
        book: &mut Book,
        dirty: &mut Vec<ChunkKey>,
    ) -> Result<Vec<RecordId>, StoreError> {
        if !self.meta_written {
            store.set(META_KEY, &format!("{{\"layout\":{LAYOUT_VERSION}}}"))?;
            self.meta_written = true;
        }
        let mut from_elsewhere = Vec::new();
        dirty.sort_unstable();
        dirty.dedup();
        while let Some(chunk) = dirty.last().cloned() {
            let key = chunk.storage_key();
            from_elsewhere.extend(self.absorb(store, book, &key)?);
            match encode_chunk(book, &chunk) {
                Some(text) => {
                    store.set(&key, &text)?;
                    self.known.insert(key, Some(digest(&text)));
                }
                None => {
                    store.remove(&key)?;
                    self.known.insert(key, None);
                }
            }
            dirty.pop();
        }
        Ok(from_elsewhere)
    }

    /// Joins a chunk another tab has written into the book. Returns the ids that changed here;
    /// the caller marks the chunk dirty if the book now holds more than storage does.
    pub fn absorb(
        &mut self,
        store: &impl KeyValueStore,
        book: &mut Book,
        key: &str,
    ) -> Result<Vec<RecordId>, StoreError> {
        let raw = store.get(key)?;
        let digest_now = raw.as_deref().map(digest);
        if digest_now == self.known.get(key).copied().flatten() {
            return Ok(Vec::new());
        }
        let Some(raw) = raw else {
            // Removed elsewhere: a chunk only disappears when it held nothing.
            self.known.insert(key.to_owned(), None);
            return Ok(Vec::new());
        };
        let changed = match decode_chunk(&raw) {
            Ok(records) => book.join_records(records),
            // What another tab wrote is unreadable: keep ours, which will replace it.
            Err(_) => Vec::new(),
        };
        self.known.insert(key.to_owned(), Some(digest(&raw)));
        Ok(changed)
    }

    /// Whether the stored text of `key` is what this book would write.
    pub fn matches(&self, book: &Book, chunk: &ChunkKey) -> bool {
        let key = chunk.storage_key();
        encode_chunk(book, chunk).map(|t| digest(&t)) == self.known.get(&key).copied().flatten()
    }
}

/// Every key of the stored book with its raw text, as JSON, so a user can keep what the app
/// could not read.
pub fn raw_dump(store: &impl KeyValueStore) -> Result<String, StoreError> {
    let mut out = serde_json::Map::new();
    for key in store.keys()? {
        if key.starts_with(PREFIX) {
            if let Some(raw) = store.get(&key)? {
                out.insert(key, serde_json::Value::String(raw));
            }
        }
    }
    Ok(serde_json::to_string_pretty(&serde_json::json!({
        "what": "Unionbook: the raw contents of this browser's stored book",
        "codec": "each ub1/r/… value is \"2\", the byte count, \":\", then the raw-deflated JSON array of records (file format) packed 15 bits per character from U+0100",
        "keys": out,
    }))
    .expect("JSON serialises"))
}

/// Removes every key of the stored book, for "start over" after the user kept a copy.
pub fn clear(store: &mut impl KeyValueStore) -> Result<(), StoreError> {
    for key in store.keys()? {
        if key.starts_with(PREFIX) && !key.starts_with(LOCAL_PREFIX) {
            store.remove(&key)?;
        }
    }
    Ok(())
}

/// The chunks a set of records lives in.
pub fn chunks_of<'a>(
    book: &'a Book,
    ids: impl IntoIterator<Item = RecordId> + 'a,
) -> impl Iterator<Item = ChunkKey> + 'a {
    ids.into_iter().filter_map(move |id| book.get(id).map(|r| ChunkKey::of(&r.kind, id)))
}

#[cfg(test)]
#[path = "persist_tests.rs"]
mod tests;

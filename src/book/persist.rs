//! How the book is laid out in a key–value store such as localStorage (5 Mi UTF-16 units).
//!
//! Records are split into chunks by kind and by the first characters of their id, so saving
//! one edit rewrites one small chunk, not the book. Each chunk is its records' JSON (the file
//! form, `wire`), compressed with lz-string into UTF-16, which stores about 15 bits per unit.
//!
//! ```text
//! ub1/meta                    {"layout":1}
//! ub1/r/<kind>/<id prefix>    "1" + lz-string(JSON array of records)
//! ub1/local/…                 this device's own notes (last export, import history)
//! ```
//!
//! Saving re-reads a chunk that changed under us (another tab) and joins it first, so two tabs
//! never overwrite each other's edits. A stored book that cannot be read is never overwritten.

use std::collections::{BTreeMap, BTreeSet};

use super::book::Book;
use super::id::RecordId;
use super::record::Record;
use super::store::{KeyValueStore, StoreError};
use super::wire::WireRecord;

pub const PREFIX: &str = "ub1/";
pub const META_KEY: &str = "ub1/meta";
pub const LOCAL_PREFIX: &str = "ub1/local/";
const CHUNK_PREFIX: &str = "ub1/r/";
pub const LAYOUT_VERSION: u64 = 1;
/// Characters of the id that pick a chunk: 32² = 1024 chunks a kind at most, so the largest
/// kind of the reference data set (40,000 inspection scores) has about 40 records a chunk.
pub const BUCKET_CHARS: usize = 2;
/// The first character of every chunk names its codec.
const CODEC_LZ_UTF16: char = '1';

/// Which chunk a record lives in.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ChunkKey {
    pub kind: String,
    pub prefix: String,
}

impl ChunkKey {
    pub fn of(kind: &str, id: RecordId) -> ChunkKey {
        ChunkKey {
            kind: kind.to_owned(),
            prefix: id.prefix(BUCKET_CHARS).to_owned(),
        }
    }

    pub fn storage_key(&self) -> String {
        format!("{CHUNK_PREFIX}{}/{}", self.kind, self.prefix)
    }

    pub fn parse(key: &str) -> Option<ChunkKey> {
        let (kind, prefix) = key.strip_prefix(CHUNK_PREFIX)?.split_once('/')?;
        (!kind.is_empty() && RecordId::prefix_bounds(prefix).is_some()).then(|| ChunkKey {
            kind: kind.to_owned(),
            prefix: prefix.to_owned(),
        })
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
        .with_id_prefix(&key.prefix)
        .filter(|(_, r)| r.kind == key.kind)
        .map(|(id, r)| WireRecord::from_record(id, r))
        .collect();
    if records.is_empty() {
        return None;
    }
    let json = serde_json::to_string(&records).expect("records serialise");
    let mut text = String::with_capacity(json.len() / 3);
    text.push(CODEC_LZ_UTF16);
    text.push_str(&lz_str::compress_to_utf16(&json));
    Some(text)
}

pub fn decode_chunk(text: &str) -> Result<Vec<(RecordId, Record)>, String> {
    let body = text
        .strip_prefix(CODEC_LZ_UTF16)
        .ok_or_else(|| "unknown chunk encoding".to_owned())?;
    let json = lz_str::decompress_from_utf16(body)
        .ok_or_else(|| "the compressed text is damaged".to_owned())?;
    let json =
        String::from_utf16(&json).map_err(|_| "the compressed text is damaged".to_owned())?;
    let records: Vec<WireRecord> = serde_json::from_str(&json).map_err(|e| e.to_string())?;
    Ok(records.into_iter().map(WireRecord::into_record).collect())
}

/// A stable digest of a stored text, to notice when another tab has rewritten a chunk.
fn digest(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Reads and writes the book's chunks, remembering what it last saw of each.
#[derive(Clone, Debug, Default)]
pub struct Persister {
    known: BTreeMap<String, u64>,
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
                    return Err(LoadError::Unreadable {
                        key,
                        reason: "not a chunk name".into(),
                    });
                }
                continue;
            }
            let Some(raw) = store.get(&key).map_err(LoadError::Storage)? else {
                continue;
            };
            let records = decode_chunk(&raw).map_err(|reason| LoadError::Unreadable {
                key: key.clone(),
                reason,
            })?;
            for (id, record) in records {
                book.insert(id, record);
            }
            persister.known.insert(key, digest(&raw));
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
        dirty: &mut BTreeSet<ChunkKey>,
    ) -> Result<Vec<RecordId>, StoreError> {
        if !self.meta_written {
            store.set(META_KEY, &format!("{{\"layout\":{LAYOUT_VERSION}}}"))?;
            self.meta_written = true;
        }
        let mut from_elsewhere = Vec::new();
        while let Some(chunk) = dirty.first().cloned() {
            let key = chunk.storage_key();
            from_elsewhere.extend(self.absorb(store, book, &key)?);
            match encode_chunk(book, &chunk) {
                Some(text) => {
                    store.set(&key, &text)?;
                    self.known.insert(key, digest(&text));
                }
                None => {
                    store.remove(&key)?;
                    self.known.remove(&key);
                }
            }
            dirty.remove(&chunk);
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
        if digest_now == self.known.get(key).copied() {
            return Ok(Vec::new());
        }
        let Some(raw) = raw else {
            // Removed elsewhere: a chunk only disappears when it held nothing.
            self.known.remove(key);
            return Ok(Vec::new());
        };
        let changed = match decode_chunk(&raw) {
            Ok(records) => book.join_records(records),
            // What another tab wrote is unreadable: keep ours, which will replace it.
            Err(_) => Vec::new(),
        };
        self.known.insert(key.to_owned(), digest(&raw));
        Ok(changed)
    }

    /// Whether the stored text of `key` is what this book would write.
    pub fn matches(&self, book: &Book, chunk: &ChunkKey) -> bool {
        let key = chunk.storage_key();
        encode_chunk(book, chunk).map(|t| digest(&t)) == self.known.get(&key).copied()
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
        "codec": "each ub1/r/… value is \"1\" followed by lz-string compressToUTF16 of a JSON array of records in the file format",
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
    ids.into_iter()
        .filter_map(move |id| book.get(id).map(|r| ChunkKey::of(&r.kind, id)))
}

#[cfg(test)]
#[path = "persist_tests.rs"]
mod tests;

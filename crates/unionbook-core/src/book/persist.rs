//! How the book is laid out in a key–value store such as localStorage (5 Mi UTF-16 units).
//!
//! Records are split into chunks by kind and by the first characters of their id, so saving
//! one edit rewrites one small chunk, not the book. Each chunk is its records' JSON (the file
//! form, `wire`), deflated, and packed 15 bits to a UTF-16 unit (`packing`).
//!
//! ```text
//! ub1/meta                    {"layout":1,"epoch":"<id>"}   (a new epoch on "start over")
//! ub1/r/<kind>/<bucket>      "2" + pack15(deflate(JSON array of records))
//! ub1/local/…                 this device's own notes (last export, import history)
//! ```
//!
//! Saving re-reads a chunk that changed under us (another tab) and joins it first, so two tabs
//! never overwrite each other's edits. A stored book that cannot be read is never overwritten:
//! a chunk that does not decode, or holds a record that fails the file reader's checks or does
//! not belong in it, makes the whole book unreadable (the app shows its rescue screen).

use std::collections::BTreeMap;

use super::book::{Book, Conflict};
use super::format::check_stored;
use super::id::RecordId;
use super::packing::{pack15, unpack15};
use super::record::Record;
use super::schema::KindSchema;
use super::store::{KeyValueStore, StoreError};
use super::wire::WireRecord;

pub const PREFIX: &str = "ub1/";
pub const META_KEY: &str = "ub1/meta";
pub const LOCAL_PREFIX: &str = "ub1/local/";
const CHUNK_PREFIX: &str = "ub1/r/";
pub const LAYOUT_VERSION: u64 = 1;
/// Bits of the id that pick a chunk: 2⁷ = 128 chunks a kind at most, so even a kind of 40,000
/// small records has about 310 records (10 KB) a chunk.
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

/// Why a save wrote nothing more. The book in memory is kept whole in every case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    Store(StoreError),
    /// A chunk in storage (written by another tab, or damaged) cannot be read. It is never
    /// written over: the book is unreadable until the user has kept a copy and started over.
    Damaged {
        key: String,
        reason: String,
    },
    /// Another tab started the stored book over: this tab's book is no longer the stored one
    /// and must not be written back.
    Replaced,
}

impl From<StoreError> for SaveError {
    fn from(e: StoreError) -> SaveError {
        SaveError::Store(e)
    }
}

/// What the fields of each known kind hold; stored records pass the same checks as imported
/// ones. The book knows no kind itself: the app passes `kinds::schema_of`.
pub type Schemas = fn(&str) -> Option<&'static KindSchema>;

/// For tests and tools: no kind is known, so only the shape of records is checked.
pub fn no_schemas(_: &str) -> Option<&'static KindSchema> {
    None
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
    Some(pack_local(&serde_json::to_vec(&records).expect("records serialise")))
}

/// The records of a stored chunk, if every one of them is sound and belongs in it. Stored
/// text is untrusted like a file: whatever it holds gives an error, never a panic.
pub fn decode_chunk(text: &str, chunk: &ChunkKey, schemas: Schemas) -> Result<Vec<(RecordId, Record)>, String> {
    let body = text.strip_prefix(CODEC_DEFLATE_PACK15).ok_or_else(|| "unknown chunk encoding".to_owned())?;
    let damaged = || "the compressed text is damaged".to_owned();
    let deflated = unpack15(body).ok_or_else(damaged)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_CHUNK_BYTES).map_err(|_| damaged())?;
    let records: Vec<WireRecord> = serde_json::from_slice(&json).map_err(|e| e.to_string())?;
    for wire in &records {
        check_stored(wire, &schemas)?;
    }
    let mut out = Vec::with_capacity(records.len());
    for wire in records {
        if ChunkKey::of(&wire.kind, wire.id) != *chunk {
            return Err(format!("record {} ({}) does not belong in this chunk", wire.id, wire.kind));
        }
        out.push(wire.into_record());
    }
    Ok(out)
}

/// The largest a chunk may inflate to: far above any real chunk (about 10 KB), far below
/// what would strain a phone.
const MAX_CHUNK_BYTES: usize = 64 << 20;

/// A stable digest of a stored text, to notice when another tab has rewritten a chunk.
fn digest(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// Reads and writes the book's chunks, remembering what it last saw of each.
#[derive(Clone, Debug)]
pub struct Persister {
    /// The digest of what each chunk held when this tab last read or wrote it; `None` once
    /// it is gone.
    known: BTreeMap<String, Option<u64>>,
    /// The stored book this tab works on: a new one begins when a tab starts over or undoes
    /// an import, and every other tab then opens it again from storage.
    epoch: Option<RecordId>,
    /// The epoch the next save begins (after an undone import).
    next_epoch: Option<RecordId>,
    /// Until every dirty chunk is written in the new epoch, write them without joining.
    overwriting: bool,
    schemas: Schemas,
}

impl Default for Persister {
    fn default() -> Persister {
        Persister { known: BTreeMap::new(), epoch: None, next_epoch: None, overwriting: false, schemas: no_schemas }
    }
}

/// What was found in storage.
#[derive(Debug)]
pub struct Loaded {
    pub book: Book,
    pub persister: Persister,
}

/// What another tab's writes brought into this book.
#[derive(Debug, Default, PartialEq)]
pub struct Absorbed {
    pub changed: Vec<RecordId>,
    /// Concurrent edits the join found: the other tab's value or ours was set aside.
    pub conflicts: Vec<Conflict>,
}

impl Absorbed {
    fn extend(&mut self, more: Absorbed) {
        self.changed.extend(more.changed);
        self.conflicts.extend(more.conflicts);
    }
}

/// What the stored meta key says.
struct Meta {
    layout: u64,
    epoch: Option<RecordId>,
}

fn read_meta(store: &dyn KeyValueStore) -> Result<Option<Meta>, LoadError> {
    let Some(raw) = store.get(META_KEY).map_err(LoadError::Storage)? else {
        return Ok(None);
    };
    let value = serde_json::from_str::<serde_json::Value>(&raw).ok();
    let layout = value
        .as_ref()
        .and_then(|v| v.get("layout")?.as_u64())
        .ok_or_else(|| LoadError::Unreadable { key: META_KEY.into(), reason: "not a layout marker".into() })?;
    let epoch = value.as_ref().and_then(|v| RecordId::parse(v.get("epoch")?.as_str()?));
    Ok(Some(Meta { layout, epoch }))
}

/// The epoch of the stored book, as its meta key says: `None` before the first save. An error
/// when the meta key is not what this app writes (or a newer one wrote it).
pub fn stored_epoch(store: &dyn KeyValueStore) -> Result<Option<RecordId>, LoadError> {
    match read_meta(store)? {
        Some(meta) if meta.layout > LAYOUT_VERSION => Err(LoadError::NewerLayout(meta.layout)),
        meta => Ok(meta.and_then(|m| m.epoch)),
    }
}

/// The meta key's text for a stored book of `epoch`.
pub fn meta_text(epoch: RecordId) -> String {
    format!("{{\"layout\":{LAYOUT_VERSION},\"epoch\":\"{epoch}\"}}")
}

impl Persister {
    /// Opens the book kept in `store`. Every chunk must decode and pass the checks, and every
    /// record be stored once: otherwise nothing is opened (and nothing will be written).
    pub fn load(store: &dyn KeyValueStore, schemas: Schemas) -> Result<Loaded, LoadError> {
        let mut persister = Persister { schemas, ..Persister::default() };
        if let Some(meta) = read_meta(store)? {
            if meta.layout > LAYOUT_VERSION {
                return Err(LoadError::NewerLayout(meta.layout));
            }
            persister.epoch = meta.epoch;
        }
        let mut book = Book::new();
        for key in store.keys().map_err(LoadError::Storage)? {
            let Some(chunk) = ChunkKey::parse(&key) else {
                if key.starts_with(CHUNK_PREFIX) {
                    return Err(LoadError::Unreadable { key, reason: "not a chunk name".into() });
                }
                continue;
            };
            let Some(raw) = store.get(&key).map_err(LoadError::Storage)? else {
                continue;
            };
            let unreadable = |reason: String| LoadError::Unreadable { key: key.clone(), reason };
            for (id, record) in decode_chunk(&raw, &chunk, schemas).map_err(unreadable)? {
                if book.get(id).is_some() {
                    return Err(unreadable(format!("record {id} is stored twice")));
                }
                book.insert(id, record);
            }
            persister.known.insert(key, Some(digest(&raw)));
        }
        Ok(Loaded { book, persister })
    }

    /// Clears the stored book to start over, under a new epoch written last: another tab learns
    /// of it by that write's `storage` event, when every removal before it is visible there.
    pub fn start_over(
        store: &mut dyn KeyValueStore,
        epoch: RecordId,
        schemas: Schemas,
    ) -> Result<Persister, StoreError> {
        clear(store)?;
        store.set(META_KEY, &meta_text(epoch))?;
        Ok(Persister { epoch: Some(epoch), schemas, ..Persister::default() })
    }

    pub fn schemas(&self) -> Schemas {
        self.schemas
    }

    /// The next save begins a new epoch and writes this tab's chunks as they are, without
    /// joining what storage holds: the book here is the one that must win (an undone import,
    /// which other tabs may still hold).
    pub fn begin_epoch(&mut self, epoch: RecordId) {
        self.next_epoch = Some(epoch);
        self.overwriting = true;
    }

    /// Whether the stored book is still the one this tab opened (no tab has started over).
    pub fn still_current(&mut self, store: &dyn KeyValueStore) -> Result<bool, SaveError> {
        let stored = read_meta(store).map_err(|e| match e {
            LoadError::Storage(e) => SaveError::Store(e),
            LoadError::Unreadable { key, reason } => SaveError::Damaged { key, reason },
            LoadError::NewerLayout(v) => SaveError::Damaged { key: META_KEY.into(), reason: format!("layout {v}") },
        })?;
        Ok(match (self.epoch, stored.and_then(|m| m.epoch)) {
            (Some(ours), stored) => stored == Some(ours),
            // Opened before any epoch was written: adopt the first one another tab writes.
            (None, stored) => {
                self.epoch = stored;
                true
            }
        })
    }

    /// Writes the dirty chunks, joining first whatever another tab wrote to them. Chunks written
    /// leave `dirty`; on a failed write the rest stay, and the book in memory is untouched.
    /// What was absorbed on the way is returned even when the save fails part-way: it is in
    /// the book now, and the caller must account for it.
    pub fn save(
        &mut self,
        store: &mut dyn KeyValueStore,
        book: &mut Book,
        dirty: &mut Vec<ChunkKey>,
        writer: RecordId,
    ) -> (Absorbed, Result<(), SaveError>) {
        let mut absorbed = Absorbed::default();
        let result = self.save_chunks(store, book, dirty, writer, &mut absorbed);
        (absorbed, result)
    }

    fn save_chunks(
        &mut self,
        store: &mut dyn KeyValueStore,
        book: &mut Book,
        dirty: &mut Vec<ChunkKey>,
        writer: RecordId,
        absorbed: &mut Absorbed,
    ) -> Result<(), SaveError> {
        if dirty.is_empty() {
            return Ok(());
        }
        if !self.still_current(store)? {
            return Err(SaveError::Replaced);
        }
        if self.epoch.is_none() {
            store.set(META_KEY, &meta_text(writer))?;
            self.epoch = Some(writer);
        }
        dirty.sort_unstable();
        dirty.dedup();
        while let Some(chunk) = dirty.last().cloned() {
            let key = chunk.storage_key();
            if !self.overwriting {
                absorbed.extend(self.absorb(store, book, &key)?);
            }
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
        // A new epoch is announced after every chunk of it is written: another tab learns of it
        // by this write's `storage` event, when the chunks before it are visible there too.
        if let Some(epoch) = self.next_epoch.take() {
            store.set(META_KEY, &meta_text(epoch))?;
            self.epoch = Some(epoch);
        }
        self.overwriting = false;
        Ok(())
    }

    /// Joins a chunk another tab has written into the book. Returns what changed here; the
    /// caller marks the chunk dirty if the book now holds more than storage does. A chunk that
    /// cannot be read is an error, and stays unread (so it is never written over).
    pub fn absorb(&mut self, store: &dyn KeyValueStore, book: &mut Book, key: &str) -> Result<Absorbed, SaveError> {
        let Some(chunk) = ChunkKey::parse(key) else {
            return Ok(Absorbed::default());
        };
        let raw = store.get(key)?;
        let digest_now = raw.as_deref().map(digest);
        if digest_now == self.known.get(key).copied().flatten() {
            return Ok(Absorbed::default());
        }
        let Some(raw) = raw else {
            // Removed elsewhere: a chunk only disappears when it held nothing.
            self.known.insert(key.to_owned(), None);
            return Ok(Absorbed::default());
        };
        let records = decode_chunk(&raw, &chunk, self.schemas)
            .map_err(|reason| SaveError::Damaged { key: key.to_owned(), reason })?;
        // A record's kind never changes: the same id under another kind is damage.
        if let Some((id, _)) = records.iter().find(|(id, r)| book.get(*id).is_some_and(|ours| ours.kind != r.kind)) {
            return Err(SaveError::Damaged { key: key.to_owned(), reason: format!("record {id} changed its kind") });
        }
        let (changed, conflicts) = book.join_records(records);
        self.known.insert(key.to_owned(), Some(digest(&raw)));
        Ok(Absorbed { changed, conflicts })
    }
}

/// A device's own note (such as the import history) compressed as chunks are.
pub fn pack_local(bytes: &[u8]) -> String {
    let deflated = miniz_oxide::deflate::compress_to_vec(bytes, DEFLATE_LEVEL);
    let mut text = String::from(CODEC_DEFLATE_PACK15);
    text.push_str(&pack15(&deflated));
    text
}

/// The bytes of a note `pack_local` wrote; `None` when it is damaged.
pub fn unpack_local(text: &str) -> Option<Vec<u8>> {
    let deflated = unpack15(text.strip_prefix(CODEC_DEFLATE_PACK15)?)?;
    miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_CHUNK_BYTES).ok()
}

/// Every key of the stored book with its raw text, as JSON, so a user can keep what the app
/// could not read.
pub fn raw_dump(store: &dyn KeyValueStore) -> Result<String, StoreError> {
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
/// The meta key stays: a start over writes its new epoch there last (see `start_over`).
pub fn clear(store: &mut dyn KeyValueStore) -> Result<(), StoreError> {
    for key in store.keys()? {
        if key.starts_with(PREFIX) && !key.starts_with(LOCAL_PREFIX) && key != META_KEY {
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

//! A second copy of what the book writes to its store, for a store that can lose its latest
//! writes. Chromium keeps localStorage writes in memory and commits them to disk seconds later
//! — minutes later after many or large writes (README, "Durability") — so a browser killed in
//! that time loses saves the screen had reported. The browser adapter (`browser::journal`) puts
//! each save's writes in IndexedDB in one transaction of strict durability, and at start
//! `replay` writes back into the store whatever the journal has and the store lacks.
//!
//! An entry is the whole text one writer (a tab's lane) last wrote to one key — a chunk or the
//! import history — so entries are replaced, never appended: the journal is at most a copy of
//! the keys the book has written, per writer. Replaying joins them like another tab's saves
//! (`Book::join_records`: commutative and idempotent, so replaying twice is harmless), then
//! folds each key's entries into one. Nothing is ever deleted because "the store has flushed
//! by now": that cannot be known (a tab closed a second ago leaves its writes in memory), so
//! the journal holds the latest text of every key it has seen, for as long as the store might
//! not.
//!
//! Epochs: undoing an import or starting over rewrites chunks without joining and begins a new
//! epoch (`persist`). Each such save leaves a meta entry, "epoch E replaced P", so replay
//! knows which of the journal's epochs are newer than the store's: a key written in a newer
//! epoch is rebuilt from that epoch's entries alone (so an undone import does not come back),
//! and entries of an epoch the store has left behind are dropped.

use super::book::Book;
use super::history::{HISTORY_KEY, ImportHistory};
use super::id::RecordId;
use super::persist::{self, ChunkKey, META_KEY, Schemas};
use super::store::{KeyValueStore, StoreError};

/// The writer name of an entry that replay folded from several.
pub const JOINED_LANE: &str = "joined";

/// One key's text as a writer last wrote it, or (for the meta key) the start of an epoch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JournalEntry {
    /// The store key: a chunk's, the import history's, or the meta key.
    pub key: String,
    /// Who wrote it: a writer id, `JOINED_LANE`, or for the meta key the epoch it began.
    pub lane: String,
    /// The stored book's epoch the text belongs to; for the meta key, the epoch that began.
    pub epoch: Option<RecordId>,
    /// For the meta key: the epoch the new one replaced (`None`: the first).
    pub replaces: Option<RecordId>,
    /// What the key held; `None` when it was removed.
    pub text: Option<String>,
}

/// The first line of an entry's stored text: its format.
const ENTRY_FORMAT: &str = "j1";

impl JournalEntry {
    /// The entry's key in the journal: a later write of the same key by the same writer
    /// replaces it.
    pub fn id(&self) -> String {
        format!("{}#{}", self.key, self.lane)
    }

    /// The entry as the journal stores it: lines of format, key, lane, epoch, replaced epoch,
    /// then "+" and the text (which may hold anything) or "-" when the key was removed. Plain
    /// lines rather than JSON: no serde code for it in the first load.
    pub fn to_stored(&self) -> String {
        let id = |e: Option<RecordId>| e.map(|e| e.to_string()).unwrap_or_default();
        let text = self.text.as_deref().map_or_else(|| "-".to_owned(), |t| format!("+{t}"));
        format!("{ENTRY_FORMAT}\n{}\n{}\n{}\n{}\n{text}", self.key, self.lane, id(self.epoch), id(self.replaces))
    }

    /// An entry read back from the journal, which is untrusted like any stored text.
    pub fn from_stored(stored: &str) -> Option<JournalEntry> {
        let mut lines = stored.splitn(6, '\n');
        let mut line = || lines.next();
        let id = |line: &str| if line.is_empty() { Some(None) } else { RecordId::parse(line).map(Some) };
        if line()? != ENTRY_FORMAT {
            return None;
        }
        let key = line().filter(|k| !k.is_empty())?.to_owned();
        let lane = line().filter(|l| !l.is_empty())?.to_owned();
        let epoch = id(line()?)?;
        let replaces = id(line()?)?;
        let text = match line()? {
            "-" => None,
            text => Some(text.strip_prefix('+')?.to_owned()),
        };
        Some(JournalEntry { key, lane, epoch, replaces, text })
    }

    fn is_meta(&self) -> bool {
        self.key == META_KEY
    }
}

/// A store that notes every write made through it, so that a save's writes can go to the
/// journal too. The app keeps its book in one of these over localStorage (also to read), so the
/// book's storage code is compiled for one store type only.
pub struct Recording<S: KeyValueStore> {
    store: S,
    epoch_before: Option<RecordId>,
    /// The last text written to each key (`None`: removed), in the order keys were first written.
    writes: Vec<(String, Option<String>)>,
}

impl<S: KeyValueStore> Recording<S> {
    pub fn new(store: S) -> Recording<S> {
        let epoch_before = persist::stored_epoch(&store).ok().flatten();
        Recording { store, epoch_before, writes: Vec::new() }
    }

    fn wrote(&mut self, key: &str, text: Option<String>) {
        match self.writes.iter_mut().find(|(k, _)| k == key) {
            Some(write) => write.1 = text,
            None => self.writes.push((key.to_owned(), text)),
        }
    }

    /// The journal entries for what was written, by `writer`: the last text of each key, and
    /// the start of a new epoch if one began.
    pub fn entries(self, writer: RecordId) -> Vec<JournalEntry> {
        let epoch = persist::stored_epoch(&self.store).ok().flatten();
        let mut entries = Vec::new();
        if let Some(began) = epoch.filter(|_| epoch != self.epoch_before) {
            entries.push(JournalEntry {
                key: META_KEY.to_owned(),
                lane: began.to_string(),
                epoch,
                replaces: self.epoch_before,
                text: None,
            });
        }
        for (key, text) in self.writes {
            if key == HISTORY_KEY || ChunkKey::parse(&key).is_some() {
                entries.push(JournalEntry { key, lane: writer.to_string(), epoch, replaces: None, text });
            }
        }
        entries
    }
}

impl<S: KeyValueStore> KeyValueStore for Recording<S> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.store.get(key)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.store.set(key, value)?;
        self.wrote(key, Some(value.to_owned()));
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.store.remove(key)?;
        self.wrote(key, None);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.store.keys()
    }
}

/// A store borrowed is a store, so a recording can wrap one its caller keeps (tests).
impl<S: KeyValueStore> KeyValueStore for &mut S {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        (**self).get(key)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        (**self).set(key, value)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        (**self).remove(key)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        (**self).keys()
    }
}

/// What `replay` did to the store, and what the journal should become.
#[derive(Debug, Default, PartialEq)]
pub struct Replay {
    /// Keys written back into the store, the meta key last: the app joins them as it joins
    /// another tab's writes.
    pub restored: Vec<String>,
    /// Entries to put into the journal (each key's entries folded into one) …
    pub put: Vec<JournalEntry>,
    /// … and the ids of the entries that fold replaces or that a newer epoch left behind.
    pub delete: Vec<String>,
    /// Entries that could not be read (kept as they are, for a later version to make sense of).
    pub unreadable: usize,
    /// A write back into the store failed: what was restored before it stays, and the journal
    /// is left as it is, to be replayed at the next start.
    pub failed: Option<StoreError>,
}

/// Writes back into `store` what the journal holds and the store lacks, and plans the folded
/// journal. A store whose meta key or chunk cannot be read is not written over (the app's own
/// load shows it for rescue).
pub fn replay(store: &mut dyn KeyValueStore, journal: &[JournalEntry], schemas: Schemas) -> Replay {
    let mut out = Replay::default();
    let Ok(stored_epoch) = persist::stored_epoch(store) else {
        return out;
    };
    let epochs = Epochs::of(journal, stored_epoch);
    let target = *epochs.path.last().expect("the path starts at the stored epoch");

    // Keys in the order first seen; a few thousand entries at most, so no map is needed.
    let mut keys: Vec<&str> = Vec::new();
    for entry in journal.iter().filter(|e| !e.is_meta()) {
        if !keys.contains(&entry.key.as_str()) {
            keys.push(&entry.key);
        }
    }
    let mut folds = Vec::new();
    for key in keys {
        let entries: Vec<&JournalEntry> = journal.iter().filter(|e| e.key == key).collect();
        let result = if key == HISTORY_KEY {
            replay_history(store, &entries)
        } else if let Some(chunk) = ChunkKey::parse(key) {
            replay_chunk(store, &chunk, &entries, &epochs, schemas)
        } else {
            continue;
        };
        match result {
            Ok(Some(KeyReplay { restored, text, folded, unreadable })) => {
                if restored {
                    out.restored.push(key.to_owned());
                }
                out.unreadable += unreadable;
                if folded.len() > 1 || folded.first().is_some_and(|e| e.epoch != target || e.text != text) {
                    folds.push((key, text, folded));
                }
            }
            Ok(None) => {}
            Err(e) => return Replay { restored: out.restored, failed: Some(e), ..Replay::default() },
        }
    }
    if let Some(began) = target.filter(|_| target != stored_epoch) {
        if let Err(e) = store.set(META_KEY, &persist::meta_text(began)) {
            return Replay { restored: out.restored, failed: Some(e), ..Replay::default() };
        }
        out.restored.push(META_KEY.to_owned());
    }
    for (key, text, folded) in folds {
        let joined =
            JournalEntry { key: key.to_owned(), lane: JOINED_LANE.to_owned(), epoch: target, replaces: None, text };
        let joined_id = joined.id();
        out.delete.extend(folded.iter().map(|e| e.id()).filter(|id| *id != joined_id));
        out.put.push(joined);
    }
    out
}

/// The epochs the journal knows, seen from the store's.
struct Epochs {
    /// The store's epoch, then each newer one the journal began after it (undos or start-overs
    /// the store lost with its last writes), oldest first.
    path: Vec<Option<RecordId>>,
    /// The epochs before the store's: what was written in them, a newer epoch replaced.
    left_behind: Vec<Option<RecordId>>,
}

impl Epochs {
    fn of(journal: &[JournalEntry], stored: Option<RecordId>) -> Epochs {
        let began: Vec<(RecordId, Option<RecordId>)> =
            journal.iter().filter(|e| e.is_meta()).filter_map(|e| Some((e.epoch?, e.replaces))).collect();
        let mut left_behind = Vec::new();
        let mut at = stored;
        while let Some(epoch) = at {
            match began.iter().find(|(e, _)| *e == epoch) {
                Some(&(_, before)) if before != stored && !left_behind.contains(&before) => {
                    left_behind.push(before);
                    at = before;
                }
                _ => break,
            }
        }
        let mut path = vec![stored];
        loop {
            let last = *path.last().expect("not empty");
            // Two tabs beginning an epoch from the same one at once: the larger id wins, the
            // same on every replay.
            let next =
                began.iter().filter(|(e, before)| *before == last && !path.contains(&Some(*e))).map(|(e, _)| *e).max();
            match next {
                Some(epoch) => path.push(Some(epoch)),
                None => break,
            }
        }
        Epochs { path, left_behind }
    }

    /// Where an entry's epoch stands on the path from the store's epoch (0: the store's own).
    fn position(&self, entry: &JournalEntry) -> Option<usize> {
        self.path.iter().position(|e| *e == entry.epoch)
    }
}

/// What replaying one key did.
struct KeyReplay {
    restored: bool,
    /// What the key holds now, as the folded entry keeps it.
    text: Option<String>,
    /// The entries folded into it.
    folded: Vec<JournalEntry>,
    unreadable: usize,
}

/// A chunk: the store's records joined with the entries of its epoch — or, if a newer epoch
/// wrote the chunk, that epoch's entries alone, as the store would have had them.
fn replay_chunk(
    store: &mut dyn KeyValueStore,
    chunk: &ChunkKey,
    entries: &[&JournalEntry],
    epochs: &Epochs,
    schemas: Schemas,
) -> Result<Option<KeyReplay>, StoreError> {
    let relevant: Vec<&JournalEntry> = entries
        .iter()
        .copied()
        .filter(|e| epochs.position(e).is_some() || epochs.left_behind.contains(&e.epoch))
        .collect();
    if relevant.is_empty() {
        return Ok(None);
    }
    let key = chunk.storage_key();
    let stored_text = store.get(&key)?;
    let newest = relevant.iter().filter_map(|e| epochs.position(e)).max();
    let from: Vec<&JournalEntry> = match newest {
        Some(newest) => relevant.iter().copied().filter(|e| epochs.position(e) == Some(newest)).collect(),
        None => Vec::new(),
    };
    let folded =
        |unreadable: usize| if unreadable == 0 { relevant.iter().map(|e| (*e).clone()).collect() } else { Vec::new() };
    // The common case, a store that has what the journal has: nothing to decode.
    if newest.is_none_or(|n| n == 0) && from.iter().all(|e| e.text == stored_text) {
        return Ok(Some(KeyReplay { restored: false, folded: folded(0), text: stored_text, unreadable: 0 }));
    }
    let stored = match &stored_text {
        Some(text) => match persist::decode_chunk(text, chunk, schemas) {
            Ok(records) => records,
            // Damaged in the store: left for the app's rescue screen, never written over.
            Err(_) => return Ok(None),
        },
        None => Vec::new(),
    };
    let mut content = Book::new();
    let mut changed = false;
    if newest == Some(0) {
        for (id, record) in stored {
            content.insert(id, record);
        }
    }
    let mut unreadable = 0;
    for text in from.iter().filter_map(|e| e.text.as_deref()) {
        let Ok(records) = persist::decode_chunk(text, chunk, schemas) else {
            unreadable += 1;
            continue;
        };
        if records.iter().any(|(id, r)| content.get(*id).is_some_and(|ours| ours.kind != r.kind)) {
            unreadable += 1;
            continue;
        }
        changed |= !content.join_records(records).0.is_empty();
    }
    // In the store's epoch a join that changed nothing leaves the stored text; in a newer one
    // the chunk is whatever that epoch's entries hold.
    let text = if newest == Some(0) && !changed { stored_text.clone() } else { persist::encode_chunk(&content, chunk) };
    let restored = text != stored_text;
    if restored {
        match &text {
            Some(text) => store.set(&key, text)?,
            None => store.remove(&key)?,
        }
    }
    Ok(Some(KeyReplay { restored, folded: folded(unreadable), text, unreadable }))
}

/// The import history: a log of this device's imports, joined whatever the epoch (a start over
/// keeps it too).
fn replay_history(store: &mut dyn KeyValueStore, entries: &[&JournalEntry]) -> Result<Option<KeyReplay>, StoreError> {
    let stored_text = store.get(HISTORY_KEY)?;
    let restored = entries.iter().any(|e| e.text.is_some() && e.text != stored_text);
    if restored {
        let mut joined = ImportHistory::from_stored(stored_text.as_deref().unwrap_or_default());
        for text in entries.iter().filter_map(|e| e.text.as_deref()) {
            joined.join(ImportHistory::from_stored(text));
        }
        joined.save(store)?;
    }
    let text = store.get(HISTORY_KEY)?;
    Ok(Some(KeyReplay { restored, text, folded: entries.iter().map(|e| (*e).clone()).collect(), unreadable: 0 }))
}

#[cfg(test)]
#[path = "journal_tests.rs"]
mod tests;

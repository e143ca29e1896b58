//! A device's working session with its book: edits stamped by its clock, imports with undo,
//! and saving only what changed. The browser shell holds one of these in a signal.

use serde_json::Value;

use super::book::{Book, Conflict, MergeReport, PendingMerge, Undo};
use super::clock::{Clock, Stamp};
use super::id::RecordId;
use super::persist::{Absorbed, ChunkKey, LoadError, Persister, SaveError, Schemas, chunks_of};
use super::schema::KindSchema;
use super::store::{KeyValueStore, StoreError};

#[derive(Debug)]
pub struct Session {
    book: Book,
    clock: Clock,
    persister: Persister,
    /// Chunks to write, in any order, perhaps twice (a save sorts them out).
    dirty: Vec<ChunkKey>,
    /// The last import, undoable while nothing else has changed since.
    last_import: Option<(Undo, u64)>,
    /// Goes up with every change, local or not.
    revision: u64,
    /// Concurrent edits found while joining other tabs' saves, not yet shown to the user.
    unreported: Vec<Conflict>,
}

impl Session {
    /// Opens the book stored in `store` for a writer: this device, or one tab of it (two tabs
    /// are two writers, so their concurrent edits are told apart). Stored records pass the
    /// checks `schemas` gives, like imported ones.
    pub fn open(store: &dyn KeyValueStore, writer: RecordId, schemas: Schemas) -> Result<Session, LoadError> {
        let loaded = Persister::load(store, schemas)?;
        Ok(Session::with(loaded.book, loaded.persister, writer))
    }

    /// Deletes the stored book (after the user kept a copy) and starts an empty one under a new
    /// epoch, so that no other tab writes the old one back.
    pub fn start_over(
        store: &mut dyn KeyValueStore,
        writer: RecordId,
        epoch: RecordId,
        schemas: Schemas,
    ) -> Result<Session, StoreError> {
        let persister = Persister::start_over(store, epoch, schemas)?;
        Ok(Session::with(Book::new(), persister, writer))
    }

    /// A session over a book that is not stored yet (tests, benchmarks).
    pub fn in_memory(book: Book, device: RecordId) -> Session {
        let dirty = chunks_of(&book, book.iter().map(|(id, _)| id).collect::<Vec<_>>()).collect();
        let mut session = Session::with(book, Persister::default(), device);
        session.dirty = dirty;
        session
    }

    fn with(book: Book, persister: Persister, device: RecordId) -> Session {
        let mut clock = Clock::new(device);
        if let Some(latest) = book.latest_stamp() {
            clock.observe(latest);
        }
        Session { book, clock, persister, dirty: Vec::new(), last_import: None, revision: 0, unreported: Vec::new() }
    }

    pub fn book(&self) -> &Book {
        &self.book
    }

    pub fn device(&self) -> RecordId {
        self.clock.device()
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn has_unsaved_changes(&self) -> bool {
        !self.dirty.is_empty()
    }

    fn changed(&mut self, ids: impl IntoIterator<Item = RecordId>) {
        let chunks: Vec<ChunkKey> = chunks_of(&self.book, ids).collect();
        self.dirty.extend(chunks);
        self.revision += 1;
    }

    /// A stamp for a local change now.
    pub fn stamp(&mut self, now_ms: u64) -> Stamp {
        self.clock.tick(now_ms)
    }

    /// Sets fields of a record, creating it if new. Returns whether anything changed.
    pub fn write(
        &mut self,
        now_ms: u64,
        id: RecordId,
        kind: &str,
        fields: impl IntoIterator<Item = (String, Value)>,
    ) -> bool {
        self.write_together(now_ms, id, kind, fields.into_iter().collect(), &|_| false)
    }

    /// Sets fields of a record, the fields `bound` names written as one value (see
    /// `Book::write_together`). Returns whether anything changed.
    pub fn write_together(
        &mut self,
        now_ms: u64,
        id: RecordId,
        kind: &str,
        fields: Vec<(String, Value)>,
        bound: &dyn Fn(&str) -> bool,
    ) -> bool {
        let stamp = self.clock.tick(now_ms);
        let changed = self.book.write_together(id, kind, stamp, fields, bound);
        if changed {
            self.changed([id]);
        }
        changed
    }

    /// Saves what a form changed: `changed`, with the fields bound to them in the kind's
    /// `together` groups at the values the form shows (`shown`), all under one stamp.
    pub fn write_form(
        &mut self,
        now_ms: u64,
        id: RecordId,
        kind: &str,
        schema: Option<&KindSchema>,
        changed: Vec<(String, Value)>,
        shown: &[(String, Value)],
    ) -> bool {
        let Some(schema) = schema else { return self.write(now_ms, id, kind, changed) };
        let record = self.book.get(id);
        let fields = schema.with_companions(changed, shown, &|name| record.and_then(|r| r.value(name)).cloned());
        self.write_together(now_ms, id, kind, fields, &|name| !schema.bound_with(name).is_empty())
    }

    pub fn set_deleted(&mut self, now_ms: u64, id: RecordId, deleted: bool) -> bool {
        let stamp = self.clock.tick(now_ms);
        let changed = self.book.set_deleted(id, deleted, stamp);
        if changed {
            self.changed([id]);
        }
        changed
    }

    pub fn plan_import(&self, incoming: &Book) -> PendingMerge {
        self.book.plan_merge(incoming)
    }

    /// Plans importing several files together: what importing them one by one would do.
    pub fn plan_import_all<'a>(&self, incoming: impl IntoIterator<Item = &'a Book>) -> PendingMerge {
        self.book.plan_merge_all(incoming)
    }

    /// Applies a planned import (made against the current book) and keeps its undo.
    pub fn apply_import(&mut self, plan: PendingMerge) -> MergeReport {
        let (report, undo) = self.book.apply(plan);
        if let Some(latest) = self.book.latest_stamp() {
            self.clock.observe(latest);
        }
        let ids: Vec<RecordId> = undo.ids().collect();
        self.changed(ids);
        self.last_import = Some((undo, self.revision));
        report
    }

    /// Whether "Undo this import" still applies: nothing has changed since the import.
    pub fn can_undo_import(&self) -> bool {
        self.last_import.as_ref().is_some_and(|(_, at)| *at == self.revision)
    }

    /// Returns the book exactly to its state before the last import. The undo is this phone's
    /// alone: nothing of it travels in exports (the import never happened here). So that no
    /// other open tab, which may hold the imported records, writes them back, the next save
    /// writes this book's chunks as they are and then a new `epoch`: every other tab then
    /// opens the stored book again (keeping its own unsaved edits, see `reopen`).
    pub fn undo_import(&mut self, epoch: RecordId) -> bool {
        if !self.can_undo_import() {
            return false;
        }
        let (undo, _) = self.last_import.take().expect("checked");
        let ids: Vec<RecordId> = undo.ids().collect();
        self.rewrite_without_joining(ids, epoch, |book| book.undo(undo));
        true
    }

    /// Takes records out of the book as if they had never been in it: no deletion is stamped,
    /// so nothing of them travels in exports. Only for records that never belonged to the
    /// union (the sample union); other tabs reopen the stored book under the new `epoch`, like
    /// after an undone import. Returns how many records went.
    pub fn remove_outright(&mut self, ids: &[RecordId], epoch: RecordId) -> usize {
        let present: Vec<RecordId> = ids.iter().copied().filter(|id| self.book.get(*id).is_some()).collect();
        if present.is_empty() {
            return 0;
        }
        self.last_import = None;
        let gone = present.clone();
        self.rewrite_without_joining(present, epoch, |book| book.remove_all(&gone));
        gone.len()
    }

    /// Changes records in a way a join would undo (their versions vanish or go back), so the
    /// next save writes their chunks as they are here and begins a new epoch.
    fn rewrite_without_joining(&mut self, ids: Vec<RecordId>, epoch: RecordId, change: impl FnOnce(&mut Book)) {
        // The chunks must be known before the records they hold may vanish.
        let chunks: Vec<ChunkKey> = chunks_of(&self.book, ids).collect();
        change(&mut self.book);
        self.dirty.extend(chunks);
        self.persister.begin_epoch(epoch);
        self.revision += 1;
    }

    /// Opens the stored book again after another tab started a new epoch (an undone import,
    /// a start over), keeping this tab's own edits that storage does not have yet — on records
    /// the stored book still holds, and records made here alone — so nothing the other tab
    /// removed comes back.
    pub fn reopen(&self, store: &dyn KeyValueStore) -> Result<Session, LoadError> {
        let schemas = self.persister.schemas();
        let mut fresh = Session::open(store, self.device(), schemas)?;
        let writer = self.device();
        let mut mine = Book::new();
        for chunk in &self.dirty {
            for (id, record) in self.book.in_bucket(chunk.bucket, super::persist::BUCKET_BITS) {
                let keep = match fresh.book.get(id) {
                    // Still stored: this tab's edits of it are kept.
                    Some(stored) => stored.kind == record.kind,
                    // Not stored: kept only if made here alone (not brought by an undone import).
                    None => record.fields.values().all(|e| e.at.device == writer),
                };
                if record.kind != chunk.kind || !keep {
                    continue;
                }
                let fields: std::collections::BTreeMap<_, _> = record
                    .fields
                    .iter()
                    .filter(|(_, e)| e.at.device == writer)
                    .map(|(k, e)| (k.clone(), e.clone()))
                    .collect();
                if !fields.is_empty() {
                    mine.insert(id, super::record::Record { kind: record.kind.clone(), fields });
                }
            }
        }
        let (changed, _) = fresh.book.join_records(mine.iter().map(|(id, r)| (id, r.clone())));
        fresh.changed(changed);
        if let Some(last) = self.clock.last() {
            fresh.clock.observe(last);
        }
        fresh.revision = self.revision + 1;
        Ok(fresh)
    }

    /// Writes what changed. On failure the book in memory stays as it is and the unsaved
    /// chunks are tried again on the next save; what was joined from other tabs on the way is
    /// kept and accounted for either way.
    pub fn save(&mut self, store: &mut dyn KeyValueStore) -> Result<(), SaveError> {
        let writer = self.device();
        let (absorbed, result) = self.persister.save(store, &mut self.book, &mut self.dirty, writer);
        self.absorbed(absorbed);
        result
    }

    /// Another tab wrote `key`: joins what it wrote. Returns whether this book changed.
    pub fn absorb(&mut self, store: &dyn KeyValueStore, key: &str) -> Result<bool, SaveError> {
        // Nothing is written back here: every save joins what storage holds before writing, so
        // storage already has this tab's saved edits, and what only this tab holds (records of
        // an import another tab has just undone) must not go back before that tab's new epoch
        // arrives.
        let absorbed = self.persister.absorb(store, &mut self.book, key)?;
        Ok(self.absorbed(absorbed))
    }

    /// Whether the stored book is still the one this session opened: false once another tab
    /// has started over, and this session must be opened again from storage.
    pub fn still_current(&mut self, store: &dyn KeyValueStore) -> Result<bool, SaveError> {
        self.persister.still_current(store)
    }

    fn absorbed(&mut self, absorbed: Absorbed) -> bool {
        if absorbed.changed.is_empty() && absorbed.conflicts.is_empty() {
            return false;
        }
        if let Some(latest) = self.book.latest_stamp() {
            self.clock.observe(latest);
        }
        self.unreported.extend(absorbed.conflicts);
        self.revision += 1;
        !absorbed.changed.is_empty()
    }

    /// The concurrent edits found while joining other tabs' saves since the last call: they
    /// go where the user sees an import's conflicts.
    pub fn take_conflicts(&mut self) -> Vec<Conflict> {
        std::mem::take(&mut self.unreported)
    }

    /// The wall time of the oldest change made on this device (by any of its tabs' writer
    /// lanes) after `since` (the last export),
    /// if any: the "you have not exported for a while" reminder is based on it.
    pub fn oldest_unexported_change(&self, since: Option<Stamp>, device: RecordId) -> Option<u64> {
        self.book
            .iter()
            .flat_map(|(_, r)| r.fields.values())
            .map(|e| e.at)
            .filter(|at| device.has_lane(at.device) && since.is_none_or(|s| *at > s))
            .map(|at| at.wall_ms)
            .min()
    }

    /// The latest stamp this device has issued or seen: an export made now includes everything
    /// up to it.
    pub fn now_stamp(&self) -> Option<Stamp> {
        self.book.latest_stamp()
    }
}

#[cfg(test)]
#[path = "session_tests.rs"]
mod tests;

//! The record book's exchange history on this device: the imports applied (with the values
//! their conflicts set aside, so either can be restored) and when this device last exported.
//! Pure; kept in the store under this device's own keys, compressed like the chunks.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::book::persist::{LOCAL_PREFIX, pack_local, unpack_local};
use crate::book::store::{KeyValueStore, StoreError};
use crate::book::{Conflict, MergeReport, RecordId, Stamp};

pub const HISTORY_KEY: &str = "ub1/local/imports";
pub const LAST_EXPORT_KEY: &str = "ub1/local/exported";
/// How many imports the history keeps.
pub const HISTORY_LEN: usize = 50;

const _: () = assert!(HISTORY_KEY.len() > LOCAL_PREFIX.len());

/// When this device last exported: the latest stamp the export held, and the time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastExport {
    pub stamp: Option<Stamp>,
    pub wall_ms: Option<u64>,
}

impl LastExport {
    pub fn load(store: &dyn KeyValueStore) -> LastExport {
        store.get(LAST_EXPORT_KEY).ok().flatten().and_then(|raw| serde_json::from_str(&raw).ok()).unwrap_or_default()
    }

    pub fn save(&self, store: &mut dyn KeyValueStore) -> Result<(), StoreError> {
        store.set(LAST_EXPORT_KEY, &serde_json::to_string(self).expect("serialises"))
    }
}

/// One file an import read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportedFile {
    pub name: String,
    pub device: RecordId,
    pub officer: String,
    pub exported_at: String,
}

/// A conflict as the history keeps it, with both values, so the other can be restored later.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConflictNote {
    pub record: RecordId,
    pub kind: String,
    pub field: String,
    pub kept: Value,
    pub kept_at: Stamp,
    pub other: Value,
    pub other_at: Stamp,
}

impl From<&Conflict> for ConflictNote {
    fn from(c: &Conflict) -> ConflictNote {
        ConflictNote {
            record: c.record,
            kind: c.kind.clone(),
            field: c.field.clone(),
            kept: c.kept.value.clone(),
            kept_at: c.kept.at,
            other: c.other.value.clone(),
            other_at: c.other.at,
        }
    }
}

/// One applied import, or the concurrent edits found when another tab's save was joined.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImportEntry {
    /// Tells entries apart when two tabs write the history: the writer and its stamp.
    #[serde(default)]
    pub id: String,
    pub at_ms: u64,
    pub files: Vec<ImportedFile>,
    pub added: usize,
    pub changed: usize,
    pub deleted: usize,
    pub restored: usize,
    pub conflicts: Vec<ConflictNote>,
    #[serde(default)]
    pub undone: bool,
    /// Not an import: edits made at once in two tabs of this phone.
    #[serde(default)]
    pub other_tab: bool,
}

impl ImportEntry {
    pub fn new(at: Stamp, files: Vec<ImportedFile>, report: &MergeReport) -> ImportEntry {
        ImportEntry {
            id: at.to_text(),
            at_ms: at.wall_ms,
            files,
            added: report.added.len(),
            changed: report.changed.len(),
            deleted: report.deleted.len(),
            restored: report.restored.len(),
            conflicts: report.conflicts.iter().map(ConflictNote::from).collect(),
            undone: false,
            other_tab: false,
        }
    }

    /// The values set aside when another tab's save was joined into this one's book.
    pub fn between_tabs(at: Stamp, conflicts: &[Conflict]) -> ImportEntry {
        ImportEntry {
            id: at.to_text(),
            at_ms: at.wall_ms,
            files: Vec::new(),
            added: 0,
            changed: 0,
            deleted: 0,
            restored: 0,
            conflicts: conflicts.iter().map(ConflictNote::from).collect(),
            undone: false,
            other_tab: true,
        }
    }
}

impl ConflictNote {
    /// What "use the other value" writes back: this field's set-aside value, and those of the
    /// fields `bound` with it (an amount's currency) that the same entry set aside from the
    /// same write, so that a pair is put back whole, never half.
    pub fn to_restore(&self, entry_conflicts: &[ConflictNote], bound: &[&str]) -> Vec<(String, Value)> {
        let mut out = vec![(self.field.clone(), self.other.clone())];
        let siblings = entry_conflicts.iter().filter(|c| {
            c.record == self.record
                && c.field != self.field
                && c.other_at == self.other_at
                && bound.contains(&c.field.as_str())
        });
        out.extend(siblings.map(|c| (c.field.clone(), c.other.clone())));
        out
    }
}

/// The imports made on this device, newest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportHistory(pub Vec<ImportEntry>);

impl ImportHistory {
    /// Reads the history, compressed (as chunks are) or as the plain JSON of earlier versions;
    /// an unreadable one is started afresh (it is a log, not records).
    pub fn load(store: &dyn KeyValueStore) -> ImportHistory {
        ImportHistory::from_stored(&store.get(HISTORY_KEY).ok().flatten().unwrap_or_default())
    }

    /// The history a stored text holds (not generic over the store, so compiled once).
    pub fn from_stored(raw: &str) -> ImportHistory {
        let json = if raw.starts_with('[') { Some(raw.as_bytes().to_vec()) } else { unpack_local(raw) };
        ImportHistory(json.and_then(|json| serde_json::from_slice(&json).ok()).unwrap_or_default())
    }

    /// Writes the history compressed. A failure is the caller's to report like any failed
    /// save: the values conflicts set aside live here.
    pub fn save(&self, store: &mut dyn KeyValueStore) -> Result<(), StoreError> {
        store.set(HISTORY_KEY, &pack_local(&serde_json::to_vec(&self.0).expect("serialises")))
    }

    pub fn push(&mut self, entry: ImportEntry) {
        self.0.insert(0, entry);
        self.0.truncate(HISTORY_LEN);
    }

    /// Marks the import `id` undone.
    pub fn mark_undone(&mut self, id: &str) {
        if let Some(entry) = self.0.iter_mut().find(|e| e.id == id) {
            entry.undone = true;
        }
    }

    /// Joins what another tab wrote into this history: entries either has, newest first.
    pub fn join(&mut self, other: ImportHistory) {
        for entry in other.0 {
            match self.0.iter_mut().find(|e| !e.id.is_empty() && e.id == entry.id) {
                Some(ours) => ours.undone |= entry.undone,
                None => self.0.push(entry),
            }
        }
        self.0.sort_by(|a, b| b.at_ms.cmp(&a.at_ms).then_with(|| b.id.cmp(&a.id)));
        self.0.dedup_by(|a, b| a.id.is_empty() && b.id.is_empty() && a == b);
        self.0.truncate(HISTORY_LEN);
    }
}

#[cfg(test)]
#[path = "history_tests.rs"]
mod tests;

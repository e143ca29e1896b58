//! The book: every record, by id. Local edits, merging another book in (with a preview and an
//! undo), and the queries the rest of the app builds on.

use serde_json::Value;
use std::collections::BTreeMap;

use super::clock::Stamp;
use super::id::RecordId;
use super::record::{DELETED, Entry, FieldConflict, Record, Version};
use super::schema::{FieldType, IdRule, KindSchema};

/// The kind of the record that names a device's officer; every device that edits is one.
pub const DEVICE_KIND: &str = "device";

/// A device, named by its officer: stamps say which device wrote a value; this says who.
pub static DEVICE_SCHEMA: KindSchema = KindSchema {
    kind: DEVICE_KIND,
    fields: &[("officer", FieldType::Text(40))],
    prefixed: &[],
    together: &[],
    ids: IdRule::Random,
};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Book {
    records: BTreeMap<RecordId, Record>,
}

/// What merging a book in would do, or did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MergeReport {
    pub added: Vec<RecordId>,
    pub changed: Vec<RecordId>,
    pub deleted: Vec<RecordId>,
    pub restored: Vec<RecordId>,
    pub unchanged: usize,
    pub conflicts: Vec<Conflict>,
}

impl MergeReport {
    pub fn changes_anything(&self) -> bool {
        !(self.added.is_empty() && self.changed.is_empty() && self.deleted.is_empty() && self.restored.is_empty())
    }
}

/// The same field of one record edited on two devices without either knowing of the other.
/// `kept` is in the book after the merge; `other` is kept here so the user can restore it.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub record: RecordId,
    pub kind: String,
    pub field: String,
    pub kept: Version,
    pub other: Version,
}

/// A merge worked out but not applied: the preview shows `report`; `apply` makes it so.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingMerge {
    pub report: MergeReport,
    updates: Vec<(RecordId, Record)>,
}

impl PendingMerge {
    /// For each record the merge changes in `book` (the book it was planned against), the
    /// fields that get a new value, in name order: none when only what a value knowingly
    /// replaced changes. For the preview, which names them ("张三: Phone").
    pub fn fields_changed(&self, book: &Book) -> Vec<(RecordId, Vec<String>)> {
        self.updates
            .iter()
            .filter_map(|(id, after)| {
                let before = book.get(*id)?;
                let fields = after.fields.iter().filter(|(name, entry)| before.value(name) != Some(&entry.value));
                Some((*id, fields.map(|(name, _)| name.clone()).collect()))
            })
            .collect()
    }
}

/// What `apply` replaced, to put it back exactly.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    before: Vec<(RecordId, Option<Record>)>,
}

impl Undo {
    pub fn ids(&self) -> impl Iterator<Item = RecordId> + '_ {
        self.before.iter().map(|(id, _)| *id)
    }
}

impl Book {
    pub fn new() -> Book {
        Book::default()
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    pub fn get(&self, id: RecordId) -> Option<&Record> {
        self.records.get(&id)
    }

    pub fn iter(&self) -> impl Iterator<Item = (RecordId, &Record)> {
        self.records.iter().map(|(id, r)| (*id, r))
    }

    /// Records whose ids start with the given bits: a contiguous range, since ids sort as text.
    pub fn in_bucket(&self, bucket: u32, bits: u32) -> impl Iterator<Item = (RecordId, &Record)> {
        let (lo, hi) = RecordId::bucket_bounds(bucket, bits);
        self.records.range(lo..=hi).map(|(id, r)| (*id, r))
    }

    /// Records of one kind that are not deleted.
    pub fn live(&self, kind: &str) -> impl Iterator<Item = (RecordId, &Record)> {
        self.iter().filter(move |(_, r)| r.kind == kind && !r.is_deleted())
    }

    /// Records of any kind that are deleted.
    pub fn deleted(&self) -> impl Iterator<Item = (RecordId, &Record)> {
        self.iter().filter(|(_, r)| r.is_deleted() && r.kind != DEVICE_KIND)
    }

    /// Puts a record in as it is, replacing any other version. For loading and tests; edits go
    /// through `write`, merges through `plan_merge`.
    pub fn insert(&mut self, id: RecordId, record: Record) {
        self.records.insert(id, record);
    }

    /// Takes records out entirely (no deletion stamped): see `Session::remove_outright`.
    pub fn remove_all(&mut self, ids: &[RecordId]) {
        for id in ids {
            self.records.remove(id);
        }
    }

    /// A local edit: sets fields of a record (creating it if new) at `stamp`. Fields whose value
    /// does not change are left alone. Returns whether anything changed.
    pub fn write(
        &mut self,
        id: RecordId,
        kind: &str,
        stamp: Stamp,
        fields: impl IntoIterator<Item = (String, Value)>,
    ) -> bool {
        self.write_together(id, kind, stamp, fields.into_iter().collect(), &|_| false)
    }

    /// A local edit in which the fields `bound` names are one value between them (an amount
    /// and its currency): when anything changes, each of them given is written at `stamp`
    /// even where its value stays, so that a merge takes them all from one writer.
    pub fn write_together(
        &mut self,
        id: RecordId,
        kind: &str,
        stamp: Stamp,
        fields: Vec<(String, Value)>,
        bound: &dyn Fn(&str) -> bool,
    ) -> bool {
        let record =
            self.records.entry(id).or_insert_with(|| Record { kind: kind.to_owned(), fields: BTreeMap::new() });
        debug_assert_eq!(record.kind, kind, "a record's kind never changes");
        let anything = fields.iter().any(|(name, value)| record.value(name) != Some(value));
        let mut changed = false;
        for (name, value) in fields {
            match record.fields.get_mut(&name) {
                Some(entry) if entry.value == value && !(anything && bound(&name)) => {}
                Some(entry) => {
                    *entry = entry.overwritten(value, stamp);
                    changed = true;
                }
                None => {
                    record.fields.insert(name, Entry::new(value, stamp));
                    changed = true;
                }
            }
        }
        if record.fields.is_empty() {
            self.records.remove(&id);
        }
        changed
    }

    pub fn set_deleted(&mut self, id: RecordId, deleted: bool, stamp: Stamp) -> bool {
        let Some(kind) = self.records.get(&id).map(|r| r.kind.clone()) else {
            return false;
        };
        self.write(id, &kind, stamp, [(DELETED.to_owned(), Value::Bool(deleted))])
    }

    /// Works out merging `incoming` into this book, without changing it.
    pub fn plan_merge(&self, incoming: &Book) -> PendingMerge {
        self.plan_merge_all([incoming])
    }

    /// Works out merging several books in, one after the other, without changing this one.
    /// Conflicts are those that importing them one by one, in this order, would report —
    /// including conflicts between two of the incoming books — and the counts compare the
    /// end result with this book.
    pub fn plan_merge_all<'a>(&self, incoming: impl IntoIterator<Item = &'a Book>) -> PendingMerge {
        let books: Vec<&Book> = incoming.into_iter().collect();
        let mut conflicts = Vec::new();
        // The records as they would be after each book so far: an overlay on this one. One book
        // (the usual import) needs none.
        let mut overlay: BTreeMap<RecordId, Record> = BTreeMap::new();
        let mut joined_one = Vec::new();
        for book in &books {
            for (&id, theirs) in &book.records {
                let ours = overlay.get(&id).or_else(|| self.records.get(&id));
                let after =
                    match ours {
                        None => theirs.clone(),
                        Some(ours) if ours == theirs => continue,
                        Some(ours) => {
                            let (joined, found) = ours.join(theirs);
                            conflicts.extend(found.into_iter().map(|(field, FieldConflict { kept, other })| {
                                Conflict { record: id, kind: joined.kind.clone(), field, kept, other }
                            }));
                            if &joined == ours {
                                continue;
                            }
                            joined
                        }
                    };
                if books.len() == 1 {
                    joined_one.push((id, after));
                } else {
                    overlay.insert(id, after);
                }
            }
        }
        let distinct_incoming = match books.as_slice() {
            [one] => one.len(),
            _ => books.iter().flat_map(|b| b.records.keys()).collect::<std::collections::BTreeSet<_>>().len(),
        };
        let mut report = MergeReport { conflicts, ..MergeReport::default() };
        let mut updates = Vec::with_capacity(joined_one.len() + overlay.len());
        for (id, after) in joined_one.into_iter().chain(overlay) {
            match self.records.get(&id) {
                None => report.added.push(id),
                Some(before) if *before == after => continue,
                Some(before) => match (before.is_deleted(), after.is_deleted()) {
                    (false, true) => report.deleted.push(id),
                    (true, false) => report.restored.push(id),
                    _ => report.changed.push(id),
                },
            }
            updates.push((id, after));
        }
        report.unchanged = distinct_incoming - updates.len();
        PendingMerge { report, updates }
    }

    /// Applies a planned merge, all of it, and returns how to undo it. Plan and apply against
    /// the same book: a plan made before other changes would overwrite them.
    pub fn apply(&mut self, merge: PendingMerge) -> (MergeReport, Undo) {
        let before = merge.updates.into_iter().map(|(id, record)| (id, self.records.insert(id, record))).collect();
        (merge.report, Undo { before })
    }

    /// Joins records that arrive from elsewhere (another tab's save). Returns the ids that
    /// changed here and the concurrent edits the join found, to be reported like an import's.
    pub fn join_records(
        &mut self,
        records: impl IntoIterator<Item = (RecordId, Record)>,
    ) -> (Vec<RecordId>, Vec<Conflict>) {
        let incoming = Book { records: records.into_iter().collect() };
        let plan = self.plan_merge(&incoming);
        let ids = plan.updates.iter().map(|(id, _)| *id).collect();
        let (report, _) = self.apply(plan);
        (ids, report.conflicts)
    }

    /// Merges another book in at once. `a.merge(b)` and `b.merge(a)` leave the same book.
    pub fn merge(&mut self, incoming: &Book) -> MergeReport {
        let plan = self.plan_merge(incoming);
        self.apply(plan).0
    }

    /// Returns the book exactly to its state before the merge `undo` came from.
    pub fn undo(&mut self, undo: Undo) {
        for (id, before) in undo.before.into_iter().rev() {
            match before {
                Some(record) => self.records.insert(id, record),
                None => self.records.remove(&id),
            };
        }
    }

    /// The latest stamp anywhere in the book, for the device clock to observe.
    pub fn latest_stamp(&self) -> Option<Stamp> {
        self.records.values().flat_map(|r| r.fields.values().flat_map(Entry::stamps)).max()
    }

    /// The officer name a device goes by, if the book knows it.
    pub fn officer_of(&self, device: RecordId) -> Option<&str> {
        self.get(device).map(|r| r.text("officer")).filter(|s| !s.is_empty())
    }

    /// A copy holding only the given records (and nothing else).
    pub fn subset(&self, ids: impl IntoIterator<Item = RecordId>) -> Book {
        let records = ids.into_iter().filter_map(|id| self.records.get(&id).map(|r| (id, r.clone()))).collect();
        Book { records }
    }
}

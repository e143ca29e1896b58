//! Records and their fields. Each field is a last-writer-wins register that also remembers
//! which writes it replaced, so a merge can tell a later edit from a concurrent one.

use serde_json::Value;
use std::collections::BTreeMap;

use super::clock::Stamp;

/// The reserved field that marks a record deleted. Deletion is a change like any other: it
/// travels in exports, and restoring the record is setting it back to `false`.
pub const DELETED: &str = "deleted";

/// One field's current value, when and where it was written, and what it knowingly replaced.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub value: Value,
    pub at: Stamp,
    /// The latest write from each *other* device that this value replaced (directly or through
    /// earlier merges), sorted by device, one per device. Writes from `at.device` up to `at`
    /// are implied. A list, not a map: a union has a handful of phones.
    pub seen: Vec<Stamp>,
}

/// Two different values of one field written without either writer knowing of the other.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldConflict {
    pub kept: Version,
    pub other: Version,
}

/// A value as it was written.
#[derive(Clone, Debug, PartialEq)]
pub struct Version {
    pub value: Value,
    pub at: Stamp,
}

impl Entry {
    /// A value written fresh, with no history.
    pub fn new(value: Value, at: Stamp) -> Entry {
        Entry { value, at, seen: Vec::new() }
    }

    /// A local write at `at` that replaces this entry, knowing it.
    pub fn overwritten(&self, value: Value, at: Stamp) -> Entry {
        let mut seen = self.seen.clone();
        raise(&mut seen, self.at);
        seen.retain(|s| s.device != at.device);
        Entry { value, at, seen }
    }

    /// Whether this value was written knowing of the write stamped `stamp`.
    pub fn covers(&self, stamp: Stamp) -> bool {
        (stamp.device == self.at.device && stamp <= self.at)
            || self.seen.iter().any(|s| s.device == stamp.device && stamp <= *s)
    }

    /// The join of two versions of a field: the later write wins, and the knowledge of both is
    /// kept. Commutative, associative and idempotent. Returns the conflict when the two were
    /// written concurrently with different values.
    pub fn join(&self, other: &Entry) -> (Entry, Option<FieldConflict>) {
        let (winner, loser) = match self.at.cmp(&other.at) {
            std::cmp::Ordering::Greater => (self, other),
            std::cmp::Ordering::Less => (other, self),
            // The same write; only a corrupt file gives one stamp two values. Decide anyway, the
            // same way everywhere.
            std::cmp::Ordering::Equal => {
                if canonical(&self.value) >= canonical(&other.value) {
                    (self, other)
                } else {
                    (other, self)
                }
            }
        };
        let concurrent = !winner.covers(loser.at) && !loser.covers(winner.at);
        let conflict = (concurrent && winner.value != loser.value).then(|| FieldConflict {
            kept: Version { value: winner.value.clone(), at: winner.at },
            other: Version { value: loser.value.clone(), at: loser.at },
        });
        let mut seen = winner.seen.clone();
        for stamp in loser.seen.iter().chain([&loser.at]) {
            raise(&mut seen, *stamp);
        }
        seen.retain(|s| s.device != winner.at.device);
        (Entry { value: winner.value.clone(), at: winner.at, seen }, conflict)
    }

    /// Every stamp this entry carries, for clocks to observe.
    pub fn stamps(&self) -> impl Iterator<Item = Stamp> + '_ {
        std::iter::once(self.at).chain(self.seen.iter().copied())
    }
}

/// Records that `stamp` was seen: the latest per device, kept sorted by device.
pub(crate) fn raise(seen: &mut Vec<Stamp>, stamp: Stamp) {
    match seen.binary_search_by_key(&stamp.device, |s| s.device) {
        Ok(i) => seen[i] = seen[i].max(stamp),
        Err(i) => seen.insert(i, stamp),
    }
}

fn canonical(value: &Value) -> String {
    value.to_string()
}

/// A record: its kind and its fields. The id is the key it is stored under in the book.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    pub kind: String,
    pub fields: BTreeMap<String, Entry>,
}

impl Record {
    pub fn is_deleted(&self) -> bool {
        self.flag(DELETED)
    }

    /// Whether a yes/no field is set to yes.
    pub fn flag(&self, field: &str) -> bool {
        self.value(field) == Some(&Value::Bool(true))
    }

    /// Part of the sample union, which never leaves the phone that loaded it.
    pub fn is_sample(&self) -> bool {
        self.flag(super::schema::SAMPLE_FIELD)
    }

    pub fn value(&self, field: &str) -> Option<&Value> {
        self.fields.get(field).map(|e| &e.value)
    }

    pub fn text(&self, field: &str) -> &str {
        self.value(field).and_then(Value::as_str).unwrap_or("")
    }

    /// A reference field's id, if it holds one.
    pub fn reference(&self, field: &str) -> Option<super::RecordId> {
        super::RecordId::parse(self.text(field))
    }

    /// A list-of-references field's ids; anything that is not an id is skipped.
    pub fn refs(&self, field: &str) -> Vec<super::RecordId> {
        self.value(field)
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(|v| v.as_str().and_then(super::RecordId::parse)).collect())
            .unwrap_or_default()
    }

    /// The ids named after `prefix` in this record's field names, with their values: the
    /// `score:<id>` or `mark:<id>` families of a kind's `prefixed` fields.
    pub fn prefixed<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (super::RecordId, &'a Value)> + 'a {
        self.fields
            .range::<str, _>((std::ops::Bound::Included(prefix), std::ops::Bound::Unbounded))
            .take_while(move |(name, _)| name.starts_with(prefix))
            .filter_map(move |(name, e)| Some((super::RecordId::parse(&name[prefix.len()..])?, &e.value)))
    }

    /// The latest change to any field.
    pub fn last_change(&self) -> Option<Stamp> {
        self.fields.values().map(|e| e.at).max()
    }

    /// Joins another version of the same record into this one, reporting concurrent edits of
    /// the same field. Fields only one side has are kept.
    pub fn join(&self, other: &Record) -> (Record, Vec<(String, FieldConflict)>) {
        let mut fields = self.fields.clone();
        let mut conflicts = Vec::new();
        for (name, theirs) in &other.fields {
            match fields.get_mut(name) {
                Some(ours) => {
                    if ours != theirs {
                        let (joined, conflict) = ours.join(theirs);
                        *ours = joined;
                        conflicts.extend(conflict.map(|c| (name.clone(), c)));
                    }
                }
                None => {
                    fields.insert(name.clone(), theirs.clone());
                }
            }
        }
        // A kind never changes; if two files disagree, settle on one the same way everywhere.
        let kind = self.kind.clone().min(other.kind.clone());
        (Record { kind, fields }, conflicts)
    }
}

#[cfg(test)]
#[path = "record_tests.rs"]
mod tests;

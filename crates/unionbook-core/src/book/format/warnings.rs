//! What a sound file holds that the app will keep but cannot use, for the import preview to
//! name before anything is applied: references to records that are neither in the book nor in
//! the files, and fields a known kind does not have (a file written from a guess at the
//! format). Neither is refused — a list exported on its own names people the receiving book
//! may lack, and a newer app may add a field — but neither is ever kept in silence.

use std::collections::BTreeMap;

use super::SchemaOf;
use crate::book::book::Book;
use crate::book::id::RecordId;
use crate::book::record::DELETED;
use crate::book::schema::{FieldType, SAMPLE_FIELD};

/// At most this many references are listed one by one; the rest are counted.
pub const MAX_LISTED: usize = 50;

/// A reference to a record in neither the book nor the files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dangling {
    pub record: RecordId,
    pub kind: String,
    pub field: String,
    pub missing: RecordId,
}

/// A field that records of a known kind do not have, and how many records of the files hold it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownField {
    pub kind: String,
    pub field: String,
    pub records: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Warnings {
    /// The first `MAX_LISTED`, in the order of the files and their records.
    pub dangling: Vec<Dangling>,
    pub dangling_total: usize,
    pub unknown_fields: Vec<UnknownField>,
}

impl Warnings {
    pub fn is_empty(&self) -> bool {
        self.dangling_total == 0 && self.unknown_fields.is_empty()
    }
}

/// What `files`, merged into `book`, would hold and the app could not use. Deleted records are
/// not looked at: nothing shows them.
pub fn warnings(book: &Book, files: &[&Book], schema_of: SchemaOf) -> Warnings {
    let exists = |id: RecordId| book.get(id).is_some() || files.iter().any(|f| f.get(id).is_some());
    let mut out = Warnings::default();
    let mut unknown: BTreeMap<(String, String), usize> = BTreeMap::new();
    for file in files {
        for (id, record) in file.iter().filter(|(_, r)| !r.is_deleted()) {
            let Some(schema) = schema_of(&record.kind) else { continue };
            for (name, entry) in &record.fields {
                let refs: Vec<RecordId> = match schema.field(name) {
                    Some(FieldType::Ref) => entry.value.as_str().and_then(RecordId::parse).into_iter().collect(),
                    Some(FieldType::Refs) => record.refs(name),
                    Some(_) => continue,
                    None if name == DELETED || name == SAMPLE_FIELD => continue,
                    None => {
                        *unknown.entry((record.kind.clone(), name.clone())).or_default() += 1;
                        continue;
                    }
                };
                for missing in refs.into_iter().filter(|r| !exists(*r)) {
                    out.dangling_total += 1;
                    if out.dangling.len() < MAX_LISTED {
                        out.dangling.push(Dangling {
                            record: id,
                            kind: record.kind.clone(),
                            field: name.clone(),
                            missing,
                        });
                    }
                }
            }
        }
    }
    out.unknown_fields =
        unknown.into_iter().map(|((kind, field), records)| UnknownField { kind, field, records }).collect();
    out
}

#[cfg(test)]
#[path = "warnings_tests.rs"]
mod tests;

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
mod tests {
    use super::*;
    use crate::book::clock::Clock;
    use crate::book::id::{Entropy, SeededEntropy};
    use crate::book::schema::{IdRule, KindSchema};
    use serde_json::json;

    static SCORE: KindSchema = KindSchema {
        kind: "room_score",
        fields: &[("round", FieldType::Ref), ("room", FieldType::Ref)],
        prefixed: &[],
        together: &[],
        ids: IdRule::Random,
    };
    static NAMED: KindSchema = KindSchema {
        kind: "named",
        fields: &[("name", FieldType::Text(40))],
        prefixed: &[],
        together: &[],
        ids: IdRule::Random,
    };

    fn schema_of(kind: &str) -> Option<&'static KindSchema> {
        match kind {
            "room_score" => Some(&SCORE),
            "inspection_round" | "room" | "unit" | "member" => Some(&NAMED),
            _ => None,
        }
    }

    #[test]
    fn a_reference_to_a_record_in_neither_the_book_nor_the_files_is_named() {
        let mut ids = SeededEntropy(1);
        let mut clock = Clock::new(ids.new_id());
        let (round, room, ghost) = (ids.new_id(), ids.new_id(), ids.new_id());
        let mut book = Book::new();
        book.write(round, "inspection_round", clock.tick(1), [("name".into(), json!("第一次检查"))]);
        let mut file = Book::new();
        file.write(room, "room", clock.tick(2), [("name".into(), json!("301"))]);
        for r in [room, ghost] {
            let fields = [("round".into(), json!(round.to_string())), ("room".into(), json!(r.to_string()))];
            file.write(round.derived(r), "room_score", clock.tick(3), fields);
        }
        let w = warnings(&book, &[&file], &schema_of);
        assert_eq!(
            w.dangling,
            vec![Dangling {
                record: round.derived(ghost),
                kind: "room_score".into(),
                field: "room".into(),
                missing: ghost
            }]
        );
        assert_eq!(w.dangling_total, 1);
        assert!(w.unknown_fields.is_empty());

        // Deleted, it is not shown anywhere: nothing to warn of.
        file.set_deleted(round.derived(ghost), true, clock.tick(4));
        assert!(warnings(&book, &[&file], &schema_of).is_empty());
    }

    #[test]
    fn a_field_a_known_kind_does_not_have_is_counted_per_kind() {
        let mut ids = SeededEntropy(2);
        let mut clock = Clock::new(ids.new_id());
        let (unit, mut file) = (ids.new_id(), Book::new());
        file.write(unit, "unit", clock.tick(1), [("name".into(), json!("学习部"))]);
        for name in ["张三", "李四"] {
            let fields = [("name".into(), json!(name)), ("unit".into(), json!(unit.to_string()))];
            file.write(ids.new_id(), "member", clock.tick(2), fields);
        }
        file.write(ids.new_id(), "hologram", clock.tick(3), [("unit".into(), json!("x"))]);
        let w = warnings(&Book::new(), &[&file], &schema_of);
        assert_eq!(w.unknown_fields, vec![UnknownField { kind: "member".into(), field: "unit".into(), records: 2 }]);
        assert_eq!(w.dangling_total, 0, "a kind this app does not know is kept as it is");
    }
}

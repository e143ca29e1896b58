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

use super::*;
use crate::book::id::{Entropy, RecordId, SeededEntropy};
use serde_json::json;

fn dev(n: u64) -> RecordId {
    SeededEntropy(n).new_id()
}
fn at(wall: u64, d: u64) -> Stamp {
    Stamp { wall_ms: wall, counter: 0, device: dev(d) }
}

#[test]
fn a_later_edit_made_knowing_the_earlier_is_not_a_conflict() {
    let first = Entry::new(json!("a"), at(1, 1));
    let second = first.overwritten(json!("b"), at(2, 2));
    let (joined, conflict) = first.join(&second);
    assert_eq!(joined.value, json!("b"));
    assert_eq!(conflict, None);
}

#[test]
fn concurrent_edits_keep_the_later_and_report_the_other() {
    let base = Entry::new(json!("a"), at(1, 1));
    let mine = base.overwritten(json!("mine"), at(5, 1));
    let theirs = base.overwritten(json!("theirs"), at(6, 2));
    let (joined, conflict) = mine.join(&theirs);
    assert_eq!(joined.value, json!("theirs"));
    let conflict = conflict.unwrap();
    assert_eq!(conflict.other.value, json!("mine"));
    assert_eq!(conflict.kept.value, json!("theirs"));
    // Once joined, the result knows both: joining either again is quiet.
    assert_eq!(joined.join(&mine).1, None);
    assert_eq!(joined.join(&theirs).1, None);
}

#[test]
fn an_edit_after_a_merge_supersedes_both_sides() {
    let mine = Entry::new(json!("mine"), at(5, 1));
    let theirs = Entry::new(json!("theirs"), at(6, 2));
    let (joined, _) = mine.join(&theirs);
    let resolved = joined.overwritten(json!("agreed"), at(7, 1));
    assert_eq!(resolved.join(&theirs), (resolved.clone(), None));
    assert_eq!(resolved.join(&mine), (resolved.clone(), None));
}

#[test]
fn equal_values_written_concurrently_are_not_a_conflict() {
    let a = Entry::new(json!(3), at(5, 1));
    let b = Entry::new(json!(3), at(6, 2));
    assert_eq!(a.join(&b).1, None);
}

#[test]
fn records_keep_fields_either_side_added() {
    let mk = |field: &str, value: Value, s: Stamp| Record {
        kind: "member".into(),
        fields: [(field.to_owned(), Entry::new(value, s))].into(),
    };
    let (joined, conflicts) = mk("name", json!("Li"), at(1, 1)).join(&mk("phone", json!("138"), at(2, 2)));
    assert_eq!(joined.text("name"), "Li");
    assert_eq!(joined.text("phone"), "138");
    assert!(conflicts.is_empty());
}

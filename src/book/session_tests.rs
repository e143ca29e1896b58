use super::*;
use crate::book::id::{Entropy, SeededEntropy};
use crate::book::store::MemoryStore;
use serde_json::json;

fn device(n: u64) -> RecordId {
    SeededEntropy(n).new_id()
}

fn field(name: &str, value: Value) -> [(String, Value); 1] {
    [(name.to_owned(), value)]
}

#[test]
fn an_import_can_be_undone_until_something_else_changes() {
    let mut mine = Session::in_memory(Book::new(), device(1));
    let id = SeededEntropy(10).new_id();
    mine.write(1_000, id, "unit", field("name_zh", json!("生活部")));
    let before = mine.book().clone();

    let mut theirs = Session::in_memory(Book::new(), device(2));
    theirs.write(2_000, SeededEntropy(11).new_id(), "unit", field("name_zh", json!("宣传部")));
    let plan = mine.plan_import(theirs.book());
    assert_eq!(plan.report.added.len(), 1);
    mine.apply_import(plan);
    assert!(mine.can_undo_import());
    assert!(mine.undo_import());
    assert_eq!(mine.book(), &before);
    assert!(!mine.can_undo_import());

    mine.apply_import(mine.plan_import(theirs.book()));
    mine.write(3_000, id, "unit", field("name_zh", json!("生活权益部")));
    assert!(!mine.can_undo_import(), "undoing now would lose the later edit");
}

#[test]
fn undoing_an_import_is_saved_too() {
    let mut store = MemoryStore::new();
    let mut mine = Session::in_memory(Book::new(), device(1));
    mine.write(1_000, SeededEntropy(10).new_id(), "unit", field("name_zh", json!("生活部")));
    mine.save(&mut store).unwrap();
    let mut theirs = Session::in_memory(Book::new(), device(2));
    theirs.write(2_000, SeededEntropy(11).new_id(), "unit", field("name_zh", json!("宣传部")));

    mine.apply_import(mine.plan_import(theirs.book()));
    mine.save(&mut store).unwrap();
    mine.undo_import();
    mine.save(&mut store).unwrap();
    assert_eq!(&Session::open(&store, device(1)).unwrap().book().clone(), mine.book());
    assert_eq!(mine.book().len(), 1);
}

#[test]
fn edits_after_an_import_are_stamped_after_everything_imported() {
    let mut mine = Session::in_memory(Book::new(), device(1));
    let mut theirs = Session::in_memory(Book::new(), device(2));
    let id = SeededEntropy(10).new_id();
    // Their clock is a day ahead of ours.
    theirs.write(86_400_000 + 5_000, id, "unit", field("name_zh", json!("他们的")));
    mine.apply_import(mine.plan_import(theirs.book()));
    mine.write(5_000, id, "unit", field("name_zh", json!("我们的")));
    assert_eq!(mine.book().get(id).unwrap().text("name_zh"), "我们的");
}

#[test]
fn the_export_reminder_looks_at_this_devices_own_changes_since_the_last_export() {
    let mut mine = Session::in_memory(Book::new(), device(1));
    assert_eq!(mine.oldest_unexported_change(None), None);
    mine.write(1_000, SeededEntropy(10).new_id(), "unit", field("name_zh", json!("生活部")));
    mine.write(2_000, SeededEntropy(11).new_id(), "unit", field("name_zh", json!("宣传部")));
    assert_eq!(mine.oldest_unexported_change(None), Some(1_000));
    let exported = mine.now_stamp();
    assert_eq!(mine.oldest_unexported_change(exported), None);
    mine.write(9_000, SeededEntropy(10).new_id(), "unit", field("name_zh", json!("生活权益部")));
    assert_eq!(mine.oldest_unexported_change(exported), Some(9_000));

    // Changes that arrive by import are not this device's to export.
    let mut theirs = Session::in_memory(Book::new(), device(2));
    theirs.write(20_000, SeededEntropy(12).new_id(), "unit", field("name_zh", json!("实践部")));
    mine.apply_import(mine.plan_import(theirs.book()));
    assert_eq!(mine.oldest_unexported_change(exported), Some(9_000));
}

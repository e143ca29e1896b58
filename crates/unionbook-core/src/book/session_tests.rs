use super::*;
use crate::book::id::{Entropy, SeededEntropy};
use crate::book::persist::no_schemas;
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
    assert!(mine.undo_import(SeededEntropy(50).new_id()));
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
    mine.undo_import(SeededEntropy(50).new_id());
    mine.save(&mut store).unwrap();
    assert_eq!(&Session::open(&store, device(1), no_schemas).unwrap().book().clone(), mine.book());
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
    assert_eq!(mine.oldest_unexported_change(None, device(1)), None);
    mine.write(1_000, SeededEntropy(10).new_id(), "unit", field("name_zh", json!("生活部")));
    mine.write(2_000, SeededEntropy(11).new_id(), "unit", field("name_zh", json!("宣传部")));
    assert_eq!(mine.oldest_unexported_change(None, device(1)), Some(1_000));
    let exported = mine.now_stamp();
    assert_eq!(mine.oldest_unexported_change(exported, device(1)), None);
    mine.write(9_000, SeededEntropy(10).new_id(), "unit", field("name_zh", json!("生活权益部")));
    assert_eq!(mine.oldest_unexported_change(exported, device(1)), Some(9_000));

    // Changes that arrive by import are not this device's to export.
    let mut theirs = Session::in_memory(Book::new(), device(2));
    theirs.write(20_000, SeededEntropy(12).new_id(), "unit", field("name_zh", json!("实践部")));
    mine.apply_import(mine.plan_import(theirs.book()));
    assert_eq!(mine.oldest_unexported_change(exported, device(1)), Some(9_000));
}

#[test]
fn changes_from_every_tab_of_this_device_count_for_the_export_reminder() {
    let mut second_tab = Session::in_memory(Book::new(), device(1).writer_lane(2));
    second_tab.write(4_000, SeededEntropy(10).new_id(), "unit", field("name_zh", json!("生活部")));
    assert_eq!(second_tab.oldest_unexported_change(None, device(1)), Some(4_000));
    assert_eq!(second_tab.oldest_unexported_change(None, device(2)), None);
}

/// Two tabs of one phone over one storage: distinct writer lanes of the same device.
fn two_tabs(store: &mut MemoryStore) -> (Session, Session, RecordId) {
    let id = SeededEntropy(10).new_id();
    let mut first = Session::in_memory(Book::new(), device(1));
    first.write(1_000, id, "member", field("name", json!("张三")));
    first.save(store).unwrap();
    let second = Session::open(store, device(1).writer_lane(1), no_schemas).unwrap();
    (first, second, id)
}

#[test]
fn two_tabs_editing_one_field_at_once_are_a_reported_conflict_not_a_silent_loss() {
    let mut store = MemoryStore::new();
    let (mut first, mut second, id) = two_tabs(&mut store);
    first.write(2_000, id, "member", field("phone", json!("138")));
    second.write(2_000, id, "member", field("phone", json!("139")));
    first.save(&mut store).unwrap();
    // The second tab saves before the first's storage event reaches it: the join finds both.
    second.save(&mut store).unwrap();
    let conflicts = second.take_conflicts();
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    let values = [conflicts[0].kept.value.clone(), conflicts[0].other.value.clone()];
    assert!(values.contains(&json!("138")) && values.contains(&json!("139")));
    assert!(second.take_conflicts().is_empty(), "reported once");

    // The first tab, on the event, holds the same book. The join it reads already knew both
    // values, so it reports nothing again: the tab that found the conflict recorded it in the
    // history both tabs share.
    let key = ChunkKey::of("member", id).storage_key();
    first.absorb(&store, &key).unwrap();
    assert_eq!(first.book(), second.book());
    assert!(first.take_conflicts().is_empty());
}

#[test]
fn an_undone_import_stays_undone_in_a_tab_that_had_already_absorbed_it() {
    let mut store = MemoryStore::new();
    let (mut first, mut second, member) = two_tabs(&mut store);
    let mut theirs = Session::in_memory(Book::new(), device(7));
    let unit = SeededEntropy(20).new_id();
    theirs.write(5_000, unit, "unit", field("name_zh", json!("外联部")));
    theirs.apply_import(theirs.plan_import(first.book()));
    theirs.write(5_001, member, "member", field("name", json!("张三丰")));

    let before = first.book().clone();
    first.apply_import(first.plan_import(theirs.book()));
    first.save(&mut store).unwrap();
    for key in store.keys().unwrap() {
        second.absorb(&store, &key).unwrap();
    }
    assert_eq!(second.book().get(member).unwrap().text("name"), "张三丰");

    assert!(first.undo_import(SeededEntropy(99).new_id()));
    assert_eq!(first.book(), &before, "the undo is exact, and nothing of it travels");
    first.save(&mut store).unwrap();
    // The other tab, which holds the import, saves an edit of its own before hearing of the
    // undo: it is told the stored book was replaced, and reopens it keeping that edit.
    second.write(6_001, member, "member", field("phone", json!("138")));
    second.write(6_001, unit, "unit", field("founded", json!("2026-09-01")));
    let made_here = SeededEntropy(21).new_id();
    second.write(6_002, made_here, "unit", field("name_zh", json!("实践部")));
    assert_eq!(second.save(&mut store), Err(SaveError::Replaced));
    let mut second = second.reopen(&store).unwrap();
    second.save(&mut store).unwrap();
    for key in store.keys().unwrap() {
        first.absorb(&store, &key).unwrap();
    }

    let stored = Session::open(&store, device(1), no_schemas).unwrap();
    for book in [first.book(), second.book(), stored.book()] {
        assert_eq!(book.get(member).unwrap().text("name"), "张三", "the undone rename came back");
        assert_eq!(book.get(member).unwrap().text("phone"), "138", "the other tab's own edit was lost");
        assert!(book.get(unit).is_none(), "the undone unit came back");
        assert_eq!(book.get(made_here).unwrap().text("name_zh"), "实践部", "a unit made in the other tab was lost");
    }
}

#[test]
fn what_a_failed_save_absorbed_from_another_tab_is_not_forgotten() {
    let mut store = MemoryStore::new();
    let (mut first, mut second, member) = two_tabs(&mut store);
    // The other tab renames the member; this tab has not heard yet.
    second.write(3_000, member, "member", field("name", json!("张三丰")));
    second.save(&mut store).unwrap();
    // This tab's save writes that chunk first (absorbing the rename), then a large one that
    // no longer fits.
    let units = store.used_units();
    let mut tight = MemoryStore::with_quota(units + 400);
    for key in store.keys().unwrap() {
        tight.set(&key, &store.get(&key).unwrap().unwrap()).unwrap();
    }
    let big = SeededEntropy(40).new_id();
    let noise: String = (0..3000).map(|i| char::from_u32(0x4e00 + (i * 7919) % 20000).unwrap()).collect();
    // Chunks are written last kind first: the member's, then the activity's, which fails.
    first.write(3_400, member, "member", field("email", json!("zs@example.cn")));
    first.write(3_500, big, "activity", field("text", json!(noise)));
    let revision = first.revision();
    assert!(matches!(first.save(&mut tight), Err(SaveError::Store(StoreError::QuotaExceeded))));
    assert_eq!(first.book().get(member).unwrap().text("name"), "张三丰");
    assert!(first.revision() > revision, "the views must hear of the absorbed rename");
    // And the clock observed it: an edit now orders after the other tab's.
    let stamp = first.stamp(1);
    assert!(stamp > first.book().get(member).unwrap().fields["name"].at);
}

#[test]
fn after_any_import_or_join_the_next_local_stamp_is_later_than_everything_in_the_book() {
    let mut store = MemoryStore::new();
    let (mut first, mut second, member) = two_tabs(&mut store);
    // A phone whose clock is a year ahead.
    let mut theirs = Session::in_memory(Book::new(), device(7));
    theirs.write(31_536_000_000, member, "member", field("phone", json!("139")));
    first.apply_import(first.plan_import(theirs.book()));
    let latest = first.book().latest_stamp().unwrap();
    assert!(first.stamp(2_000) > latest);

    first.save(&mut store).unwrap();
    second.absorb(&store, &ChunkKey::of("member", member).storage_key()).unwrap();
    assert!(second.stamp(2_000) > latest, "a join from another tab must be observed too");
}

/// A file whose stamps sit at the counter's limit, as late as this phone accepts: it imports, a
/// local edit after it saves under a stamp storage accepts, the book reopens, and the edit wins
/// on a third phone. The same file dated 2100 — the limit of what any clock could make — is
/// refused, and so is one a week ahead of this phone's time.
#[test]
fn stamps_at_the_clocks_limit_never_make_the_book_unreadable_or_lose_the_next_edit() {
    use crate::book::clock::{MAX_COUNTER, latest_importable_ms};
    use crate::book::format::{ExportMeta, Rejection, Selection, export, read_import};
    let now = 1_764_061_200_000;
    let member = SeededEntropy(10).new_id();
    let file_at = |wall_ms: u64| {
        let stamp = format!("{wall_ms}.{MAX_COUNTER}.{}", device(2));
        json!({
            "format": "unionbook", "version": 2, "exported_at": "2026-11-25T09:00:00Z",
            "exported_by": { "device": device(2).to_string(), "officer": "王五" },
            "selection": { "what": "all" },
            "records": [{ "id": member.to_string(), "kind": "member", "at": stamp, "fields": { "name": "张三" } }]
        })
        .to_string()
    };
    let read = |text: &str| read_import(text.as_bytes(), &|_| None, &|_| None, now);
    let meta = |device| ExportMeta {
        exported_at: "2026-11-25T09:00:00Z".into(),
        device,
        officer: String::new(),
        union: String::new(),
        selection: Selection::All,
    };

    for too_late in [crate::book::clock::LATEST_WALL_MS, now + 7 * 86_400_000, latest_importable_ms(now) + 1] {
        assert!(
            matches!(read(&file_at(too_late)), Err(Rejection::AheadOfClock { latest_ms, now_ms: n }) if latest_ms == too_late && n == now),
            "{too_late}"
        );
    }

    let mut store = MemoryStore::new();
    let mut mine = Session::in_memory(Book::new(), device(1));
    let incoming = read(&file_at(latest_importable_ms(now))).unwrap();
    mine.apply_import(mine.plan_import(&incoming.book));
    assert!(mine.write(now, member, "member", field("name", json!("张老三"))));
    mine.save(&mut store).unwrap();
    let reopened = Session::open(&store, device(1), no_schemas).expect("the book opens again");
    assert_eq!(reopened.book().get(member).unwrap().text("name"), "张老三");

    let mut third = Session::in_memory(Book::new(), device(3));
    third.apply_import(third.plan_import(&incoming.book));
    // A second later, as the edit's stamp is a millisecond past what the file held.
    let exported = export(reopened.book(), &meta(device(1)));
    let mine_file = read_import(exported.as_bytes(), &|_| None, &|_| None, now + 1_000).expect("others read it");
    third.apply_import(third.plan_import(&mine_file.book));
    assert_eq!(third.book().get(member).unwrap().text("name"), "张老三", "the edit made after the import wins");
}

#[test]
fn an_import_preview_says_which_fields_of_a_changed_record_get_new_values() {
    let mut mine = Session::in_memory(Book::new(), device(1));
    let member = SeededEntropy(10).new_id();
    mine.write(1_000, member, "member", [("name".to_owned(), json!("李明")), ("phone".to_owned(), json!("138"))]);
    let mut theirs = Session::in_memory(mine.book().clone(), device(2));
    theirs.write(2_000, member, "member", [("phone".to_owned(), json!("139")), ("dorm".to_owned(), json!("3-301"))]);
    let plan = mine.plan_import(theirs.book());
    assert_eq!(plan.report.changed, vec![member]);
    assert_eq!(plan.fields_changed(mine.book()), vec![(member, vec!["dorm".to_owned(), "phone".to_owned()])]);
}

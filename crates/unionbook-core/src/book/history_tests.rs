use super::*;
use crate::book::store::MemoryStore;
use crate::book::{Entropy, SeededEntropy};
use serde_json::json;

#[test]
fn using_a_set_aside_amount_puts_its_currency_back_too() {
    let (record, writer) = (SeededEntropy(1).new_id(), SeededEntropy(2).new_id());
    let at = |wall_ms| Stamp { wall_ms, counter: 0, device: writer };
    let note = |field: &str, other: Value, other_at| ConflictNote {
        record,
        kind: "expense".into(),
        field: field.into(),
        kept: json!(null),
        kept_at: at(1),
        other,
        other_at,
    };
    let entry = [
        note("amount", json!(15_000), at(5)),
        note("currency", json!("CNY"), at(5)),
        note("what", json!("海报"), at(5)),
        note("currency", json!("EUR"), at(4)),
    ];
    let bound = ["amount", "currency"];
    assert_eq!(
        entry[0].to_restore(&entry, &bound),
        vec![("amount".to_owned(), json!(15_000)), ("currency".to_owned(), json!("CNY"))]
    );
    assert_eq!(entry[2].to_restore(&entry, &[]), vec![("what".to_owned(), json!("海报"))]);
}

#[test]
fn the_history_keeps_the_newest_fifty() {
    let mut store = MemoryStore::new();
    let mut history = ImportHistory::load(&store);
    let writer = SeededEntropy(1).new_id();
    for n in 0..60 {
        let at = Stamp { wall_ms: n, counter: 0, device: writer };
        history.push(ImportEntry::new(at, vec![], &MergeReport::default()));
    }
    history.save(&mut store).unwrap();
    let loaded = ImportHistory::load(&store);
    assert_eq!(loaded.0.len(), HISTORY_LEN);
    assert_eq!(loaded.0[0].at_ms, 59);
}

fn conflict(value: &str) -> Conflict {
    let device = SeededEntropy(5).new_id();
    let version =
        |v: &str, wall_ms| crate::book::Version { value: json!(v), at: Stamp { wall_ms, counter: 0, device } };
    Conflict {
        record: SeededEntropy(6).new_id(),
        kind: "member".into(),
        field: "phone".into(),
        kept: version("138", 2),
        other: version(value, 1),
    }
}

#[test]
fn the_history_is_stored_compactly_and_old_plain_histories_still_load() {
    let mut store = MemoryStore::new();
    let at = |wall_ms| Stamp { wall_ms, counter: 0, device: SeededEntropy(1).new_id() };
    let mut history = ImportHistory::default();
    let conflicts: Vec<Conflict> = (0..200).map(|_| conflict("13900000000")).collect();
    history.push(ImportEntry::between_tabs(at(7), &conflicts));
    history.save(&mut store).unwrap();
    let plain = serde_json::to_string(&history.0).unwrap();
    let stored = store.get(HISTORY_KEY).unwrap().unwrap();
    assert!(stored.encode_utf16().count() * 10 < plain.len(), "{} units for {} bytes", stored.len(), plain.len());
    assert_eq!(ImportHistory::load(&store), history);

    store.set(HISTORY_KEY, &plain).unwrap();
    assert_eq!(ImportHistory::load(&store), history);
}

#[test]
fn two_tabs_histories_join_without_losing_an_entry() {
    let writer = |n| SeededEntropy(n).new_id();
    let at = |wall_ms, n| Stamp { wall_ms, counter: 0, device: writer(n) };
    let mut ours = ImportHistory::default();
    ours.push(ImportEntry::new(at(1, 1), vec![], &MergeReport::default()));
    let mut theirs = ours.clone();
    ours.push(ImportEntry::between_tabs(at(5, 1), &[conflict("a")]));
    theirs.push(ImportEntry::between_tabs(at(6, 2), &[conflict("b")]));
    theirs.mark_undone(&at(1, 1).to_text());
    ours.join(theirs);
    assert_eq!(ours.0.iter().map(|e| e.at_ms).collect::<Vec<_>>(), [6, 5, 1]);
    assert!(ours.0[2].undone);
}

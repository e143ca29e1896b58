use super::*;
use crate::book::Entropy;
use crate::book::format::{ExportMeta, Selection, check_stored, export, read_file};
use crate::book::wire::WireRecord;
use crate::kinds::schema_of;
use crate::people::model::{MEMBER, UNIT, members, units};
use crate::people::sample::{MEMBERS, UNITS};

fn session(n: u64) -> Session {
    Session::in_memory(Book::new(), SeededEntropy(n).new_id())
}

#[test]
fn the_sample_loads_and_goes_in_one_step() {
    let mut s = session(1);
    load_sample(&mut s, 1_000);
    assert_eq!(units(s.book()).len(), UNITS.len());
    assert_eq!(members(s.book(), "", &|_| String::new()).len(), MEMBERS.len());
    assert!(has_sample(s.book()));
    assert_eq!(remove_sample(&mut s, SeededEntropy(9).new_id()), sample_records().len());
    assert!(units(s.book()).is_empty() && members(s.book(), "", &|_| String::new()).is_empty());
    assert!(!has_sample(s.book()));
}

#[test]
fn samples_loaded_on_two_phones_merge_into_one() {
    let (mut a, mut b) = (session(1), session(2));
    load_sample(&mut a, 1_000);
    load_sample(&mut b, 5_000);
    let report = a.plan_import(b.book()).report;
    assert!(report.conflicts.is_empty());
    let mut merged = a.book().clone();
    merged.merge(b.book());
    assert_eq!(units(&merged).len(), UNITS.len());
}

fn meta(s: &Session) -> ExportMeta {
    ExportMeta {
        exported_at: "2026-11-25T09:00:00Z".into(),
        device: s.device(),
        officer: String::new(),
        union: String::new(),
        selection: Selection::All,
    }
}

#[test]
fn the_sample_is_valid_by_the_file_format() {
    let mut s = session(1);
    load_sample(&mut s, 1_700_000_000_000);
    for (id, record) in s.book().iter() {
        assert_eq!(check_stored(&WireRecord::from_record(id, record), &schema_of), Ok(()), "{id}");
    }
}

#[test]
fn removing_the_sample_leaves_no_trace_and_exports_never_carry_it() {
    let mut s = session(1);
    load_sample(&mut s, 1_000);
    let own = SeededEntropy(77).new_id();
    s.write(2_000, own, UNIT, [("name_zh".to_owned(), json!("实践部"))]);
    // While loaded, an export holds the officer's own unit and their device, nothing else.
    let file = export(s.book(), &meta(&s));
    assert!(file.contains(own.as_str()));
    assert!(sample_records().iter().all(|(id, _, _)| !file.contains(id.as_str())), "{file}");
    // Deleting one sample record first must not make it travel either.
    let (first, _, _) = sample_records().into_iter().next().unwrap();
    s.set_deleted(3_000, first, true);
    assert_eq!(remove_sample(&mut s, SeededEntropy(9).new_id()), sample_records().len());
    assert!(s.book().deleted().next().is_none(), "no deletion stamped");
    assert!(s.book().iter().all(|(id, _)| sample_records().iter().all(|(sid, _, _)| *sid != id)));
    assert!(s.book().get(own).is_some());
}

#[test]
fn a_sample_removed_in_one_tab_is_not_written_back_by_another() {
    use crate::book::persist::SaveError;
    use crate::book::store::MemoryStore;
    let mut store = MemoryStore::new();
    let device = SeededEntropy(1).new_id();
    let mut first = Session::in_memory(Book::new(), device);
    load_sample(&mut first, 1_000);
    first.save(&mut store).unwrap();
    let mut second = Session::open(&store, device.writer_lane(1), schema_of).unwrap();
    assert!(has_sample(second.book()));

    assert_eq!(remove_sample(&mut first, SeededEntropy(9).new_id()), sample_records().len());
    first.save(&mut store).unwrap();
    // The other tab, still holding the sample, edits a sample member and makes a unit of
    // its own before it hears of the removal.
    let (member, _, _) = sample_records().into_iter().find(|(_, kind, _)| *kind == MEMBER).unwrap();
    second.write(2_000, member, MEMBER, [("phone".to_owned(), json!("13800000000"))]);
    let own = SeededEntropy(78).new_id();
    second.write(2_001, own, UNIT, [("name_zh".to_owned(), json!("实践部"))]);
    assert_eq!(second.save(&mut store), Err(SaveError::Replaced));
    let mut second = second.reopen(&store).unwrap();
    second.save(&mut store).unwrap();

    let stored = Session::open(&store, device, schema_of).unwrap();
    for book in [second.book(), stored.book()] {
        assert!(book.iter().all(|(_, r)| !r.is_sample()), "the sample came back");
        assert!(book.get(member).is_none(), "an edit of a removed sample record brought it back");
        assert!(book.get(own).is_some(), "the other tab's own unit was lost");
    }
}

#[test]
fn a_file_that_carries_the_sample_brings_none_of_it() {
    // An export written before exports left the sample out: every record, the sample's too.
    let mut sender = session(2);
    load_sample(&mut sender, 1_000);
    remove_sample(&mut sender, SeededEntropy(3).new_id());
    load_sample(&mut sender, 2_000);
    let (first, _, _) = sample_records().into_iter().next().unwrap();
    sender.set_deleted(3_000, first, true);
    let lines: Vec<String> =
        sender.book().iter().map(|(id, r)| serde_json::to_string(&WireRecord::from_record(id, r)).unwrap()).collect();
    let old_file = format!(
        r#"{{"format":"unionbook","version":2,"exported_at":"2026-11-01T00:00:00Z","exported_by":{{"device":"{}","officer":""}},"union":"","selection":{{"what":"all"}},"records":[{}]}}"#,
        sender.device(),
        lines.join(",")
    );
    let incoming = read_file(old_file.as_bytes(), &schema_of).unwrap();
    assert!(incoming.book.iter().all(|(_, r)| !r.is_sample()), "no sample record, live or deleted");
}

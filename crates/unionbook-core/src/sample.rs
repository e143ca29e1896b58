//! The sample union a new user can explore: drawn from the semester in
//! shared/seed/student-union-work-summary.txt (the 6th Student Union of a department of
//! political science and public management). Every sample record is marked `sample`, and its
//! id is the same on every phone, so samples loaded on two phones merge instead of doubling.
//! Each area writes its own part (`<area>::sample`), on People's (`people::sample`); this module
//! puts them together, above every area.

use serde_json::{Value, json};

use crate::book::{Book, RecordId, SeededEntropy, Session};
use crate::people::model::SAMPLE;

/// The sample's records, as (id, kind, fields).
pub fn sample_records() -> SampleRecords {
    let mut ids = SeededEntropy(0x5a3d_1e00);
    let mut out: Vec<(RecordId, &'static str, Vec<(String, Value)>)> = Vec::new();
    let mut put = |id: RecordId, kind: &'static str, fields: Vec<(String, Value)>| {
        let mut fields = fields;
        fields.push((SAMPLE.to_owned(), json!(true)));
        out.push((id, kind, fields));
    };
    let mut people = crate::people::sample::records(&mut ids, &mut put);
    // Each later area draws its ids from a seed of its own, so one area's sample growing does
    // not renumber another's.
    let mut students = Vec::new();
    crate::people::students::sample::records(&people, &mut |id, kind, fields| {
        if kind == crate::people::students::model::STUDENT {
            let class = fields.iter().find(|(f, _)| f == "class").and_then(|(_, v)| v.as_str());
            students.push((id, class.unwrap_or_default().to_owned()));
        }
        put(id, kind, fields)
    });
    people.students = students;
    let mut activities = Vec::new();
    crate::activities::sample::records(&people, &mut |id, kind, fields| {
        if kind == crate::activities::model::ACTIVITY {
            let title = fields.iter().find(|(f, _)| f == "title").and_then(|(_, v)| v.as_str());
            activities.push((id, title.unwrap_or_default().to_owned()));
        }
        put(id, kind, fields)
    });
    people.activities = activities;
    crate::meetings::sample::records(&people, &mut put);
    crate::attendance::self_study::sample::records(&people, &mut put);
    crate::inspections::sample::records(&people, &mut put);
    crate::publications::sample::records(&people, &mut put);
    crate::reports::sample::records(&people, &mut put);
    crate::awards::sample::records(&people, &mut put);
    crate::awards::award_sample::records(&people, &mut put);
    crate::money::sample::records(&people, &mut put);
    crate::summary::sample::records(&people, &mut put);
    out
}

/// Whether any sample record is in the book and not deleted.
pub fn has_sample(book: &Book) -> bool {
    book.iter().any(|(_, r)| !r.is_deleted() && r.is_sample())
}

/// The sample's records, as `sample_records` gives them.
pub type SampleRecords = Vec<(RecordId, &'static str, Vec<(String, Value)>)>;

/// Writes the sample into the book (restoring it if it was removed before).
pub fn load_sample(session: &mut Session, now_ms: u64) {
    write_sample(session, now_ms, sample_records());
}

/// Writes the given sample records (restoring those removed before). Apart from
/// `sample_records` so that a page can fetch the sample's code only when asked for it.
pub fn write_sample(session: &mut Session, now_ms: u64, records: SampleRecords) {
    for (id, kind, fields) in records {
        session.write(now_ms, id, kind, fields);
        session.set_deleted(now_ms, id, false);
    }
}

/// Takes every sample record out of the book, live or deleted, as if it had never been
/// loaded; returns how many. The sample is this phone's alone: exports never carry it
/// (`format::export` leaves it out), so its removal must not travel either. `epoch` makes
/// other open tabs reopen the stored book rather than write the sample back.
pub fn remove_sample(session: &mut Session, epoch: RecordId) -> usize {
    let ids: Vec<RecordId> = session.book().iter().filter(|(_, r)| r.is_sample()).map(|(id, _)| id).collect();
    session.remove_outright(&ids, epoch)
}

#[cfg(test)]
mod tests {
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
        let lines: Vec<String> = sender
            .book()
            .iter()
            .map(|(id, r)| serde_json::to_string(&WireRecord::from_record(id, r)).unwrap())
            .collect();
        let old_file = format!(
            r#"{{"format":"unionbook","version":2,"exported_at":"2026-11-01T00:00:00Z","exported_by":{{"device":"{}","officer":""}},"union":"","selection":{{"what":"all"}},"records":[{}]}}"#,
            sender.device(),
            lines.join(",")
        );
        let incoming = read_file(old_file.as_bytes(), &schema_of).unwrap();
        assert!(incoming.book.iter().all(|(_, r)| !r.is_sample()), "no sample record, live or deleted");
    }
}

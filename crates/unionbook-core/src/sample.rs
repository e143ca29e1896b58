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
#[path = "sample_tests.rs"]
mod tests;

//! A week of self-study checks in the sample union (see `crate::sample`): both sample classes,
//! Monday 2026-11-09 to Friday 2026-11-13, the week the summary says attendance slipped — one
//! student absent three times (a repeat absentee), one late, one excused with a reason.

use serde_json::json;

use super::model::{Exception, SELF_STUDY, mark_fields};
use crate::book::{Entropy, RecordId, SeededEntropy};
use crate::people::sample::{Put, SamplePeople};

const DAYS: [&str; 5] = ["2026-11-09", "2026-11-10", "2026-11-11", "2026-11-12", "2026-11-13"];

/// Per class: (class, [(evening, nth student from the class list's end, what happened)]).
/// Counted from the end because the register's sample writes the members' own entries first:
/// the students at the end are no members, so they are marked under their student entry.
const EVENTS: [(&str, &[(usize, usize, &str)]); 2] = [
    (
        "行政管理 2401",
        &[(0, 1, "absent"), (2, 1, "absent"), (4, 1, "absent"), (1, 2, "late"), (3, 3, "校运动会志愿者")],
    ),
    ("政治学与行政学 2402", &[(1, 1, "absent"), (0, 2, "late"), (3, 3, "absent"), (4, 3, "absent")]),
];

pub fn records(people: &SamplePeople, put: &mut Put<'_>) {
    let mut ids = SeededEntropy(0x5a3d_5500);
    for (class, events) in EVENTS {
        let students: Vec<RecordId> = people.students.iter().filter(|(_, c)| c == class).map(|(id, _)| *id).collect();
        for (evening, day) in DAYS.iter().enumerate() {
            let mut fields = vec![
                ("date".to_owned(), json!(day)),
                ("class".to_owned(), json!(class)),
                ("expected".to_owned(), json!(students.len())),
            ];
            for (_, nth, what) in events.iter().filter(|(e, _, _)| *e == evening) {
                let Some(who) = students.len().checked_sub(*nth).map(|i| students[i]) else { continue };
                let exception = match *what {
                    "absent" => Exception::Absent,
                    "late" => Exception::Late,
                    reason => Exception::Excused(reason.to_owned()),
                };
                fields.extend(mark_fields(who, Some(&exception)).expect("a valid sample mark"));
            }
            fields.retain(|(_, v)| !v.is_null());
            put(ids.new_id(), SELF_STUDY, fields);
        }
    }
}

#[cfg(test)]
#[path = "sample_tests.rs"]
mod tests;

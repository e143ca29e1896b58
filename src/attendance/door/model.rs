//! Check-in at the door: one mechanism for every list that takes marks (activities, meetings,
//! trainings). A tap writes the person's mark on the list itself (so the list counts it like
//! any other mark) and their arrival time in this door's own log: each door (a device's writer
//! at that list) keeps a `check_in` record of its own, so two doors never write the same field,
//! their files merge without conflicts, the earliest arrival is found, and a person tapped at
//! both doors is seen.

use crate::book::schema::{FieldType, KindSchema};

pub const CHECK_IN: &str = "check_in";
pub const ARRIVAL_PREFIX: &str = "at:";
/// A saved expected list, to invite the same people again.
pub const PEOPLE_LIST: &str = "people_list";
/// Arrival times are milliseconds since 1970 (UTC), up to the year 2100.
pub const LAST_ARRIVAL_MS: i64 = 4_102_444_800_000;

pub static CHECK_IN_SCHEMA: KindSchema = KindSchema {
    kind: CHECK_IN,
    fields: &[
        // The list (activity, meeting, training) checked in to.
        ("list", FieldType::Ref),
        // The writer (device or tab) that keeps this door's log.
        ("device", FieldType::Ref),
        // The door's name, as the officer calls it: "东门".
        ("door", FieldType::Text(40)),
    ],
    prefixed: &[(ARRIVAL_PREFIX, FieldType::Integer(0, LAST_ARRIVAL_MS))],
};

pub static PEOPLE_LIST_SCHEMA: KindSchema = KindSchema {
    kind: PEOPLE_LIST,
    fields: &[("name", FieldType::Text(60)), ("people", FieldType::Refs)],
    prefixed: &[],
};

//! The students register: the department's students the union serves, from the class lists
//! the department hands out. A member is one of them, linked by student id (never typed twice).
//! Attendance lists, self-study checks and (later) rooms and selections draw people from here.

use crate::book::schema::{FieldType, KindSchema};
use crate::people::model::GENDERS;

pub const STUDENT: &str = "student";

pub static STUDENT_SCHEMA: KindSchema = KindSchema {
    kind: STUDENT,
    fields: &[
        ("name", FieldType::Text(40)),
        ("student_id", FieldType::Text(20)),
        // The administrative class, as the department's lists name it: "行政管理 2301".
        ("class", FieldType::Text(60)),
        ("major", FieldType::Text(60)),
        // The year of enrolment.
        ("year", FieldType::Integer(1950, 2100)),
        ("gender", FieldType::Choice(GENDERS)),
        // Building and room, as the dormitory office writes them: "6-512".
        ("dorm", FieldType::Text(30)),
        ("phone", FieldType::Text(30)),
        ("email", FieldType::Text(80)),
        ("wechat", FieldType::Text(40)),
        ("qq", FieldType::Text(20)),
        ("notes", FieldType::Text(2000)),
    ],
    prefixed: &[],
};

//! Tasks: an activity's checklist and a meeting's action items are one kind, each attached to
//! the record it belongs to, with an owner, a due date and whether it is done.

use crate::book::schema::{FieldType, KindSchema};

pub const TASK: &str = "task";

pub static TASK_SCHEMA: KindSchema = KindSchema {
    kind: TASK,
    fields: &[
        // The activity or meeting the task belongs to.
        ("of", FieldType::Ref),
        ("title", FieldType::Text(200)),
        ("owner", FieldType::Ref),
        ("due", FieldType::Date),
        ("done", FieldType::Bool),
        ("done_on", FieldType::Date),
        ("notes", FieldType::Text(500)),
    ],
    prefixed: &[],
};

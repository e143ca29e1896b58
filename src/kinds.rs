//! Every kind of record this app knows, for checking imports. A kind belongs to its area's
//! model; this list only gathers them. Records of kinds not listed are kept, not checked.

use crate::activities::model::{ACTIVITY_SCHEMA, PARTNER_SCHEMA, PUBLICITY_SCHEMA, SERIES_SCHEMA};
use crate::attendance::door::model::{CHECK_IN_SCHEMA, PEOPLE_LIST_SCHEMA};
use crate::attendance::self_study::model::SELF_STUDY_SCHEMA;
use crate::awards::model::{AWARD_SCHEMA, BALLOT_SCHEMA, SELECTION_SCHEMA};
use crate::book::schema::{FieldType, KindSchema};
use crate::book::{DEVICE_KIND, RecordId};
use crate::inspections::model::{
    APPRAISAL_SCHEMA, APPRAISAL_SHEET_SCHEMA, BUILDING_SCHEMA, INSPECTION_ROUND_SCHEMA, ROOM_SCHEMA, ROOM_SCORE_SCHEMA,
    RUBRIC_SCHEMA,
};
use crate::meetings::model::MEETING_SCHEMA;
use crate::money::model::{BUDGET_SCHEMA, EXPENSE_SCHEMA, INCOME_SCHEMA, SPONSORSHIP_SCHEMA};
use crate::people::evaluation::{CRITERION_SCHEMA, EVALUATION_SCHEMA};
use crate::people::model::{MEMBER_SCHEMA, UNIT_SCHEMA};
use crate::people::recruitment::{CANDIDATE_SCHEMA, ROUND_SCHEMA};
use crate::people::roles::ROLE_SCHEMA;
use crate::people::students::model::STUDENT_SCHEMA;
use crate::people::terms::{SEMESTER_SCHEMA, TERM_SCHEMA};
use crate::people::training::TRAINING_SCHEMA;
use crate::publications::model::{ARTICLE_SCHEMA, PERIODICAL_SCHEMA, PUBLICATION_ISSUE_SCHEMA};
use crate::reports::model::{FILED_DOCUMENT_SCHEMA, REPORT_CADENCE_SCHEMA, REPORT_SCHEMA};
use crate::summary::model::{GOAL_SCHEMA, SUMMARY_NOTE_SCHEMA};
use crate::tasks::model::TASK_SCHEMA;

/// A device, named by its officer: stamps say which device wrote a value; this says who.
pub static DEVICE_SCHEMA: KindSchema =
    KindSchema { kind: DEVICE_KIND, fields: &[("officer", FieldType::Text(40))], prefixed: &[] };

/// The union's own profile: one record, the same id in every book.
pub const UNION_KIND: &str = "union";
pub const UNION_PROFILE: RecordId = RecordId::well_known(1);
pub static UNION_SCHEMA: KindSchema = KindSchema {
    kind: UNION_KIND,
    fields: &[("name_zh", FieldType::Text(100)), ("name_en", FieldType::Text(120))],
    prefixed: &[],
};

pub static ALL: &[&KindSchema] = &[
    &DEVICE_SCHEMA,
    &UNION_SCHEMA,
    &TERM_SCHEMA,
    &SEMESTER_SCHEMA,
    &UNIT_SCHEMA,
    &MEMBER_SCHEMA,
    &ROLE_SCHEMA,
    &ROUND_SCHEMA,
    &CANDIDATE_SCHEMA,
    &CRITERION_SCHEMA,
    &EVALUATION_SCHEMA,
    &TRAINING_SCHEMA,
    &STUDENT_SCHEMA,
    &SERIES_SCHEMA,
    &ACTIVITY_SCHEMA,
    &PARTNER_SCHEMA,
    &PUBLICITY_SCHEMA,
    &TASK_SCHEMA,
    &MEETING_SCHEMA,
    &CHECK_IN_SCHEMA,
    &PEOPLE_LIST_SCHEMA,
    &SELF_STUDY_SCHEMA,
    &BUILDING_SCHEMA,
    &ROOM_SCHEMA,
    &RUBRIC_SCHEMA,
    &INSPECTION_ROUND_SCHEMA,
    &ROOM_SCORE_SCHEMA,
    &APPRAISAL_SCHEMA,
    &APPRAISAL_SHEET_SCHEMA,
    &PERIODICAL_SCHEMA,
    &PUBLICATION_ISSUE_SCHEMA,
    &ARTICLE_SCHEMA,
    &REPORT_CADENCE_SCHEMA,
    &REPORT_SCHEMA,
    &FILED_DOCUMENT_SCHEMA,
    &SELECTION_SCHEMA,
    &BALLOT_SCHEMA,
    &AWARD_SCHEMA,
    &BUDGET_SCHEMA,
    &SPONSORSHIP_SCHEMA,
    &EXPENSE_SCHEMA,
    &INCOME_SCHEMA,
    &SUMMARY_NOTE_SCHEMA,
    &GOAL_SCHEMA,
];

pub fn schema_of(kind: &str) -> Option<&'static KindSchema> {
    ALL.iter().copied().find(|s| s.kind == kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_listed_once_and_no_field_is_reserved() {
        for (i, a) in ALL.iter().enumerate() {
            assert!(ALL[i + 1..].iter().all(|b| b.kind != a.kind), "{} twice", a.kind);
            assert!(a.fields.iter().all(|(f, _)| *f != crate::book::DELETED), "{} uses the reserved field", a.kind);
        }
    }
}

/// A record's name for people: a unit's or member's name, a device's officer. `None` for
/// records without one (the caller shows the kind instead).
pub fn record_name(book: &crate::book::Book, id: RecordId) -> Option<String> {
    let record = book.get(id)?;
    let field = match record.kind.as_str() {
        "unit" | "union" | "criterion" | "series" => "name_zh",
        "member" | "candidate" | "student" | "partner" | "people_list" | "building" | "rubric" => "name",
        "room" => "number",
        "training" => "topic",
        "recruit_round" | "activity" | "meeting" | "task" | "publicity" | "inspection_round" | "appraisal"
        | "periodical" | "article" | "filed_document" | "selection" | "award" => "title",
        "goal" | "summary_note" => "text",
        "sponsorship" => "sponsor",
        "expense" => "what",
        "income" => "source",
        "publication_issue" => "number",
        "self_study" => "class",
        "check_in" => "door",
        DEVICE_KIND => "officer",
        _ => "name",
    };
    Some(record.text(field).to_owned()).filter(|s| !s.is_empty())
}

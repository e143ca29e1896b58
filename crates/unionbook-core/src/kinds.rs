//! Every kind of record this app knows, for checking imports. A kind belongs to its area's
//! model; this list only gathers them. Records of kinds not listed are kept, not checked.

use crate::activities::model::{ACTIVITY_SCHEMA, PARTNER_SCHEMA, PUBLICITY_SCHEMA, SERIES_SCHEMA};
use crate::attendance::door::model::{CHECK_IN_SCHEMA, PEOPLE_LIST_SCHEMA};
use crate::attendance::self_study::model::SELF_STUDY_SCHEMA;
use crate::awards::model::{AWARD_SCHEMA, BALLOT_SCHEMA, SELECTION_SCHEMA};
use crate::book::DEVICE_SCHEMA;
use crate::book::schema::KindSchema;
use crate::book::{DEVICE_KIND, RecordId};
use crate::inspections::model::{
    APPRAISAL_SCHEMA, APPRAISAL_SHEET_SCHEMA, BUILDING_SCHEMA, INSPECTION_ROUND_SCHEMA, ROOM_SCHEMA, ROOM_SCORE_SCHEMA,
    RUBRIC_SCHEMA,
};
use crate::meetings::model::MEETING_SCHEMA;
use crate::money::model::{BUDGET_SCHEMA, EXPENSE_SCHEMA, INCOME_SCHEMA, SPONSORSHIP_SCHEMA};
use crate::people::evaluation::{CRITERION_SCHEMA, EVALUATION_SCHEMA};
use crate::people::model::{MEMBER_SCHEMA, UNION_SCHEMA, UNIT_SCHEMA};
use crate::people::recruitment::{CANDIDATE_SCHEMA, ROUND_SCHEMA};
use crate::people::roles::ROLE_SCHEMA;
use crate::people::students::model::STUDENT_SCHEMA;
use crate::people::terms::{SEMESTER_SCHEMA, TERM_SCHEMA};
use crate::people::training::TRAINING_SCHEMA;
use crate::publications::model::{ARTICLE_SCHEMA, PERIODICAL_SCHEMA, PUBLICATION_ISSUE_SCHEMA};
use crate::reports::model::{FILED_DOCUMENT_SCHEMA, REPORT_CADENCE_SCHEMA, REPORT_SCHEMA};
use crate::summary::model::{GOAL_SCHEMA, SUMMARY_NOTE_SCHEMA};
use crate::tasks::model::TASK_SCHEMA;

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

/// What each kind is called, `(kind, English, Chinese)`, as a list of them is headed
/// ("Members"), wherever the app shows kinds (the import preview's counts, its warnings).
/// Apart from the schemas, which loading the book needs, so that these words load with the
/// pages that show them; a test holds it to `ALL`.
const KIND_NAMES: &[(&str, &str, &str)] = &[
    ("device", "Officers' phones", "干部的手机"),
    ("union", "Union profile", "学生会资料"),
    ("term", "Terms", "届"),
    ("semester", "Semesters", "学期"),
    ("unit", "Units", "部门"),
    ("member", "Members", "成员"),
    ("role", "Roles", "职务"),
    ("recruit_round", "Recruitment rounds", "招新轮次"),
    ("candidate", "Candidates", "候选人"),
    ("criterion", "Evaluation criteria", "考核标准"),
    ("evaluation", "Evaluations", "考核记录"),
    ("training", "Trainings", "培训"),
    ("student", "Students", "学生名册"),
    ("series", "Activity series", "系列活动"),
    ("activity", "Activities", "活动"),
    ("partner", "Partners", "合作单位"),
    ("publicity", "Publicity", "宣传"),
    ("task", "Tasks", "任务"),
    ("meeting", "Meetings", "会议"),
    ("check_in", "Check-in logs", "签到记录"),
    ("people_list", "Saved lists", "保存的名单"),
    ("self_study", "Self-study checks", "晚自习检查"),
    ("building", "Buildings", "宿舍楼"),
    ("room", "Rooms", "宿舍"),
    ("rubric", "Inspection rubrics", "检查标准"),
    ("inspection_round", "Inspection rounds", "宿舍检查"),
    ("room_score", "Room scores", "宿舍评分"),
    ("appraisal", "Culture appraisals", "宿舍文化评比"),
    ("appraisal_sheet", "Appraisal score sheets", "评比评分表"),
    ("periodical", "Periodicals", "刊物"),
    ("publication_issue", "Issues", "刊期"),
    ("article", "Articles", "文章"),
    ("report_cadence", "Reporting cadences", "汇报周期"),
    ("report", "Reports", "工作汇报"),
    ("filed_document", "Filed documents", "归档文件"),
    ("selection", "Selections", "评选"),
    ("ballot", "Judges' ballots", "评委评分"),
    ("award", "Awards", "获奖"),
    ("budget", "Budgets", "预算"),
    ("sponsorship", "Sponsorships", "赞助"),
    ("expense", "Expenses", "支出"),
    ("income", "Income", "收入"),
    ("summary_note", "Summary texts", "工作总结正文"),
    ("goal", "Plans", "工作计划"),
];

/// What a kind is called in `lang`; `None` for a kind this app does not know (a newer app's).
pub fn kind_name(kind: &str, lang: crate::locale::Lang) -> Option<&'static str> {
    KIND_NAMES.iter().find(|(k, ..)| *k == kind).map(|(_, en, zh)| lang.pick(zh, en))
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

#[cfg(test)]
#[path = "kinds_tests.rs"]
mod tests;

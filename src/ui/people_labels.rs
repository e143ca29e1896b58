//! Translated names for the choices of units and members, and form errors.

pub fn unit_kind_name(kind: &str) -> String {
    match kind {
        "ministry" => tr!(people.unit_kind.ministry),
        "association" => tr!(people.unit_kind.association),
        "office" => tr!(people.unit_kind.office),
        other => other.to_owned(),
    }
}

pub fn position_name(position: &str) -> String {
    match position {
        "president" => tr!(people.position.president),
        "vice_president" => tr!(people.position.vice_president),
        "minister" => tr!(people.position.minister),
        "vice_minister" => tr!(people.position.vice_minister),
        "association_head" => tr!(people.position.association_head),
        "assistant" => tr!(people.position.assistant),
        "member" => tr!(people.position.member),
        other => other.to_owned(),
    }
}

/// The label of a field of any People record, for conflicts, history and the roster preview;
/// the field's own name for fields this app does not know.
pub fn field_name(field: &str) -> String {
    match field {
        "name_zh" => tr!(people.unit_form.name_zh),
        "name_en" => tr!(people.unit_form.name_en),
        "unit_kind" => tr!(people.unit_form.kind),
        "description" => tr!(people.unit_form.description),
        "founded" => tr!(people.unit_form.founded),
        "active" => tr!(people.unit_form.active),
        "name" => tr!(people.member_form.name),
        "student_id" => tr!(people.member_form.student_id),
        "class_major" => tr!(people.member_form.class_major),
        "class" => tr!(students.form.class),
        "major" => tr!(students.form.major),
        "dorm" => tr!(students.form.dorm),
        "unit" => tr!(people.role.unit),
        "position" => tr!(people.role.position),
        "year" => tr!(people.member_form.year),
        "gender" => tr!(people.member_form.gender),
        "wechat" => tr!(people.member_form.wechat),
        "qq" => tr!(people.member_form.qq),
        "phone" => tr!(people.member_form.phone),
        "email" => tr!(people.member_form.email),
        "notes" => tr!(people.member_form.notes),
        "officer" => tr!(settings.officer_name),
        "deleted" => tr!(data.field_deleted),
        "title" => tr!(recruit.title),
        "opened" => tr!(recruit.opened),
        "applied" => tr!(recruit.applied),
        "stage" => tr!(recruit.stage_label),
        "test_score" => tr!(recruit.test_score),
        "interview_score" => tr!(recruit.interview_score),
        "interviewers" => tr!(recruit.interviewer),
        "interview_notes" => tr!(recruit.interview_notes),
        "decided" => tr!(recruit.decided),
        "reason" => tr!(recruit.reason),
        "topic" => tr!(training.topic),
        "date" => tr!(training.date),
        "trainer" => tr!(training.trainer),
        "invited" => tr!(training.invited),
        "subject" => tr!(eval.subject),
        "evaluator" => tr!(eval.evaluator),
        "comment" => tr!(eval.comment),
        "from" => tr!(people.role.from),
        "to" => tr!(people.role.to),
        "term" => tr!(terms.term),
        "semester" => tr!(terms.semester),
        "number" => tr!(terms.number),
        "starts" => tr!(terms.starts),
        "ends" => tr!(terms.ends),
        "start_year" => tr!(terms.start_year),
        "half" => tr!(terms.half),
        // Money's fields, so two treasurers' conflict over an amount says "Amount".
        "amount" => tr!(money.amount),
        "currency" => tr!(money.currency),
        "category" => tr!(money.category),
        "what" => tr!(money.what),
        "payee" => tr!(money.payee),
        "paid_by" => tr!(money.paid_by),
        "advanced_by" => tr!(money.advanced_by),
        "receipt_number" => tr!(money.receipt_number),
        "receipt_filed" => tr!(money.receipt_filed),
        "approved_by" => tr!(money.approved_by),
        "reimbursed_on" => tr!(money.reimbursed_on),
        "source" => tr!(money.source),
        "received_by" => tr!(money.received_by),
        "activity" => tr!(money.activity),
        "note" => tr!(money.note),
        other if other.starts_with("mark:") => tr!(training.attendance),
        other if other.starts_with("score:") => tr!(eval.scores),
        other => other.to_owned(),
    }
}

pub fn gender_name(gender: &str) -> String {
    match gender {
        "female" => tr!(people.gender.female),
        "male" => tr!(people.gender.male),
        "other" => tr!(people.gender.other),
        _ => tr!(people.gender.unstated),
    }
}

pub fn stage_name(stage: crate::people::recruitment::Stage) -> String {
    use crate::people::recruitment::Stage;
    match stage {
        Stage::Applied => tr!(recruit.stage.applied),
        Stage::InitialTest => tr!(recruit.stage.initial_test),
        Stage::Interview => tr!(recruit.stage.interview),
        Stage::Probation => tr!(recruit.stage.probation),
        Stage::Hired => tr!(recruit.stage.hired),
        Stage::NotHired => tr!(recruit.stage.not_hired),
    }
}

pub fn step_error(error: crate::people::recruitment::StepError) -> String {
    use crate::people::recruitment::StepError;
    match error {
        StepError::WrongStage => tr!(recruit.error.wrong_stage),
        StepError::ScoreOutOfRange => tr!(form.not_in_range, lo = 0, hi = 100),
        StepError::ReasonRequired => tr!(recruit.error.reason_required),
        StepError::NoUnit => tr!(recruit.error.no_unit),
        StepError::NothingBefore => tr!(recruit.error.nothing_before),
    }
}

/// The current term and semester, from Settings and the book: "The 6th Student Union" and
/// "First semester of 2026–2027".
pub fn current_term_and_semester(
    book: &crate::book::Book,
    chosen: Option<crate::book::RecordId>,
) -> (Option<String>, Option<String>) {
    use crate::people::terms::{semester, semester_of, terms};
    use crate::ui::labels::{semester_name, term_name};
    // The semester chosen in Settings, else the one whose dates hold today.
    let current =
        chosen.and_then(|id| semester(book, id)).or_else(|| semester_of(book, crate::browser::environment::today()));
    let Some(sem) = current else { return (None, None) };
    let term = terms(book).into_iter().find(|t| Some(t.id) == sem.term).map(|t| term_name(t.number));
    (term, Some(semester_name(sem.semester)))
}

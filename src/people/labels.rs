//! Translated names for the choices of units and members, and form errors.

use super::model::FormError;

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

pub fn form_error(error: FormError) -> String {
    match error {
        FormError::Required => tr!(form.required),
        FormError::TooLong(max) => tr!(form.too_long, max),
        FormError::NotADate => tr!(form.not_a_date),
        FormError::NotAChoice => tr!(form.not_a_choice),
        FormError::NotAnEmail => tr!(form.not_an_email),
        FormError::DuplicateStudentId => tr!(form.duplicate_student_id),
    }
}

/// The label of a field of a unit or member, for conflicts and history; the field's own name
/// for fields this app does not know.
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
        "unit" => tr!(people.member_form.unit),
        "position" => tr!(people.member_form.position),
        "phone" => tr!(people.member_form.phone),
        "email" => tr!(people.member_form.email),
        "notes" => tr!(people.member_form.notes),
        "officer" => tr!(settings.officer_name),
        "deleted" => tr!(data.field_deleted),
        other => other.to_owned(),
    }
}

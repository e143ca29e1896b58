//! The students register: the department's students the union serves, from the class lists
//! the department hands out. A member is one of them, linked by student id (never typed twice).
//! Attendance lists, self-study checks and (later) rooms and selections draw people from here.

use serde_json::{Value, json};

use crate::book::schema::{FieldType, IdRule, KindSchema};
use crate::book::{Book, Record, RecordId};
use crate::forms::{FieldErrors, FormError, choice, integer, looks_like_email, opt, optional, required};
use crate::people::model::{GENDERS, MEMBER, Member, member_with_student_id};

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
    together: &[],
    ids: IdRule::Random,
};

/// The longest text a student field holds; `None` for fields that are not text.
pub fn text_limit(field: &str) -> Option<usize> {
    match STUDENT_SCHEMA.field(field) {
        Some(FieldType::Text(max)) => Some(max),
        _ => None,
    }
}

/// A student of the register as the pages show it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Student {
    pub id: Option<RecordId>,
    pub name: String,
    pub student_id: String,
    pub class: String,
    pub major: String,
    pub year: Option<i64>,
    pub gender: String,
    pub dorm: String,
    pub phone: String,
    pub email: String,
    pub wechat: String,
    pub qq: String,
    pub notes: String,
    pub sample: bool,
}

impl Student {
    pub fn from_record(id: RecordId, r: &Record) -> Student {
        Student {
            id: Some(id),
            name: r.text("name").to_owned(),
            student_id: r.text("student_id").to_owned(),
            class: r.text("class").to_owned(),
            major: r.text("major").to_owned(),
            year: r.value("year").and_then(Value::as_i64),
            gender: r.text("gender").to_owned(),
            dorm: r.text("dorm").to_owned(),
            phone: r.text("phone").to_owned(),
            email: r.text("email").to_owned(),
            wechat: r.text("wechat").to_owned(),
            qq: r.text("qq").to_owned(),
            notes: r.text("notes").to_owned(),
            sample: r.is_sample(),
        }
    }

    /// A register entry for a member who has none, from what their member record already
    /// says (their "class and major" is the class as the department names it), so nothing
    /// is typed twice.
    pub fn of_member(m: &Member) -> Student {
        Student {
            name: m.name.clone(),
            student_id: m.student_id.clone(),
            class: m.class_major.clone(),
            major: major_of_class(&m.class_major).to_owned(),
            year: m.year,
            gender: m.gender.clone(),
            phone: m.phone.clone(),
            email: m.email.clone(),
            wechat: m.wechat.clone(),
            qq: m.qq.clone(),
            ..Student::default()
        }
    }
}

/// The major a class is of, as the department names classes: "行政管理 2301" is of 行政管理.
/// Empty when the name does not end in a class number.
pub fn major_of_class(class: &str) -> &str {
    let class = class.trim();
    let major = class.trim_end_matches(|c: char| c.is_ascii_digit()).trim_end();
    if major.len() == class.len() { "" } else { major }
}

/// The live student entry with this student id, if any.
pub fn student_with_id(book: &Book, student_id: &str) -> Option<RecordId> {
    let wanted = student_id.trim();
    if wanted.is_empty() {
        return None;
    }
    book.live(STUDENT).find(|(_, r)| r.text("student_id").trim() == wanted).map(|(id, _)| id)
}

/// A member's entry in the register, found by their student id.
pub fn student_of_member(book: &Book, member: RecordId) -> Option<Student> {
    let record = book.get(member).filter(|r| r.kind == MEMBER && !r.is_deleted())?;
    let id = student_with_id(book, record.text("student_id"))?;
    book.get(id).map(|r| Student::from_record(id, r))
}

/// The member a student of the register is, found by student id.
pub fn member_of_student(book: &Book, student: &Student) -> Option<RecordId> {
    member_with_student_id(book, &student.student_id)
}

/// A student's form, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StudentDraft {
    pub name: String,
    pub student_id: String,
    pub class: String,
    pub major: String,
    pub year: String,
    pub gender: String,
    pub dorm: String,
    pub phone: String,
    pub email: String,
    pub wechat: String,
    pub qq: String,
    pub notes: String,
}

impl StudentDraft {
    pub fn from_student(s: &Student) -> StudentDraft {
        StudentDraft {
            name: s.name.clone(),
            student_id: s.student_id.clone(),
            class: s.class.clone(),
            major: s.major.clone(),
            year: s.year.map(|y| y.to_string()).unwrap_or_default(),
            gender: s.gender.clone(),
            dorm: s.dorm.clone(),
            phone: s.phone.clone(),
            email: s.email.clone(),
            wechat: s.wechat.clone(),
            qq: s.qq.clone(),
            notes: s.notes.clone(),
        }
    }

    /// The fields to write, or what is wrong. The student id is the register's key, so it is
    /// needed and no other live entry (`editing` aside) may have it.
    pub fn validate(&self, book: &Book, editing: Option<RecordId>) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut errors = Vec::new();
        let texts = [
            ("name", &self.name, true),
            ("student_id", &self.student_id, true),
            ("class", &self.class, false),
            ("major", &self.major, false),
            ("dorm", &self.dorm, false),
            ("phone", &self.phone, false),
            ("email", &self.email, false),
            ("wechat", &self.wechat, false),
            ("qq", &self.qq, false),
            ("notes", &self.notes, false),
        ];
        let mut fields: Vec<(String, Value)> = texts
            .into_iter()
            .map(|(field, value, needed)| {
                let max = text_limit(field).unwrap_or(0);
                let value = if needed {
                    required(&mut errors, field, value, max)
                } else {
                    optional(&mut errors, field, value, max)
                };
                (field.to_owned(), json!(value))
            })
            .collect();
        let year = integer(&mut errors, "year", &self.year, 1950, 2100, false);
        let gender = choice(&mut errors, "gender", &self.gender, GENDERS, true);
        fields.push(("year".into(), opt(year)));
        fields.push(("gender".into(), opt(gender)));
        let email = self.email.trim();
        if !email.is_empty() && !looks_like_email(email) {
            errors.push(("email", FormError::NotAnEmail));
        }
        if student_with_id(book, &self.student_id).is_some_and(|id| Some(id) != editing) {
            errors.push(("student_id", FormError::Taken));
        }
        if errors.is_empty() { Ok(fields) } else { Err(errors) }
    }
}

/// The lists (trainings, activities, meetings, self-study checks…) that marked a person, by the
/// id lists mark them under.
pub fn marked_on(book: &Book, person: RecordId) -> Vec<RecordId> {
    let field = crate::attendance::marks::mark_field(person, None).0;
    book.iter()
        .filter(|(_, r)| !r.is_deleted() && r.value(&field).is_some_and(|v| !v.is_null()))
        .map(|(id, _)| id)
        .collect()
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;

//! Units (ministries, associations) and members: their kinds in the book, what a form may
//! hold, and the lists the pages show. Pure; the views beside it only display and collect.

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::book::schema::{FieldType, IdRule, KindSchema, parse_date};
use crate::book::{Book, Record, RecordId};
use crate::forms::{FieldErrors, FormError};
use crate::forms::{looks_like_email, optional, required};

pub const UNIT: &str = "unit";
pub const MEMBER: &str = "member";
/// Marks the records of the sample union, so they can be removed in one go.
pub const SAMPLE: &str = crate::book::schema::SAMPLE_FIELD;

pub const UNIT_KINDS: &[&str] = &["ministry", "association", "office"];
pub const POSITIONS: &[&str] =
    &["president", "vice_president", "minister", "vice_minister", "association_head", "assistant", "member"];

/// The union's own profile: one record, the same id in every book.
pub const UNION_KIND: &str = "union";
pub const UNION_PROFILE: RecordId = RecordId::well_known(1);
pub static UNION_SCHEMA: KindSchema = KindSchema {
    kind: UNION_KIND,
    fields: &[("name_zh", FieldType::Text(100)), ("name_en", FieldType::Text(120))],
    prefixed: &[],
    together: &[],
    ids: IdRule::Fixed(UNION_PROFILE),
};

pub static UNIT_SCHEMA: KindSchema = KindSchema {
    kind: UNIT,
    fields: &[
        ("name_zh", FieldType::Text(60)),
        ("name_en", FieldType::Text(80)),
        ("unit_kind", FieldType::Choice(UNIT_KINDS)),
        ("description", FieldType::Text(2000)),
        ("founded", FieldType::Date),
        ("active", FieldType::Bool),
    ],
    prefixed: &[],
    together: &[],
    ids: IdRule::Random,
};

pub const GENDERS: &[&str] = &["female", "male", "other"];

pub static MEMBER_SCHEMA: KindSchema = KindSchema {
    kind: MEMBER,
    fields: &[
        ("name", FieldType::Text(40)),
        ("student_id", FieldType::Text(20)),
        ("class_major", FieldType::Text(60)),
        ("year", FieldType::Integer(1950, 2100)),
        ("gender", FieldType::Choice(GENDERS)),
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

/// A unit as the pages show it.
#[derive(Clone, Debug, PartialEq)]
pub struct Unit {
    pub id: RecordId,
    pub name_zh: String,
    pub name_en: String,
    pub unit_kind: String,
    pub description: String,
    pub founded: Option<NaiveDate>,
    pub active: bool,
    pub sample: bool,
}

impl Unit {
    pub fn from_record(id: RecordId, r: &Record) -> Unit {
        Unit {
            id,
            name_zh: r.text("name_zh").to_owned(),
            name_en: r.text("name_en").to_owned(),
            unit_kind: r.text("unit_kind").to_owned(),
            description: r.text("description").to_owned(),
            founded: parse_date(r.text("founded")),
            active: r.value("active") != Some(&Value::Bool(false)),
            sample: r.is_sample(),
        }
    }

    /// The name to show: English when asked for and known, else Chinese.
    pub fn name(&self, english: bool) -> &str {
        if english && !self.name_en.is_empty() { &self.name_en } else { &self.name_zh }
    }

    /// Founded in the semester that starts on `semester_start` or later: shown as new.
    pub fn is_new_since(&self, semester_start: NaiveDate) -> bool {
        self.founded.is_some_and(|d| d >= semester_start)
    }
}

/// A member as the pages show it. Their units and positions are `roles`, over time.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    pub id: RecordId,
    pub name: String,
    pub student_id: String,
    pub class_major: String,
    pub year: Option<i64>,
    pub gender: String,
    pub phone: String,
    pub email: String,
    pub wechat: String,
    pub qq: String,
    pub notes: String,
    pub sample: bool,
}

impl Member {
    pub fn from_record(id: RecordId, r: &Record) -> Member {
        Member {
            id,
            name: r.text("name").to_owned(),
            student_id: r.text("student_id").to_owned(),
            class_major: r.text("class_major").to_owned(),
            year: r.value("year").and_then(Value::as_i64),
            gender: r.text("gender").to_owned(),
            phone: r.text("phone").to_owned(),
            email: r.text("email").to_owned(),
            wechat: r.text("wechat").to_owned(),
            qq: r.text("qq").to_owned(),
            notes: r.text("notes").to_owned(),
            sample: r.is_sample(),
        }
    }

    /// Whether a search finds this member: by name, student id, class, or the pinyin initials
    /// of the name (`initials`, worked out by the caller: "zs" for 张三).
    pub fn matches(&self, query: &str, initials: &str) -> bool {
        // Chinese has no case; Latin letters in pinyin and English names do.
        let q = query.trim().to_ascii_lowercase();
        q.is_empty()
            || self.name.to_ascii_lowercase().contains(&q)
            || self.student_id.contains(&q)
            || self.class_major.to_ascii_lowercase().contains(&q)
            || (q.chars().all(|c| c.is_ascii_alphabetic()) && initials.starts_with(&q))
    }
}

/// Every live unit, active first, then by name.
pub fn units(book: &Book) -> Vec<Unit> {
    let mut list: Vec<Unit> = book.live(UNIT).map(|(id, r)| Unit::from_record(id, r)).collect();
    list.sort_by(|a, b| (!a.active, &a.name_zh).cmp(&(!b.active, &b.name_zh)));
    list
}

/// Every live member, by name, optionally only those a search finds; `initials` gives the
/// pinyin initials of a name.
pub fn members(book: &Book, query: &str, initials: &dyn Fn(&str) -> String) -> Vec<Member> {
    let mut list: Vec<Member> = book
        .live(MEMBER)
        .map(|(id, r)| Member::from_record(id, r))
        .filter(|m| m.matches(query, &initials(&m.name)))
        .collect();
    list.sort_by(|a, b| (&a.name, &a.student_id).cmp(&(&b.name, &b.student_id)));
    list
}

/// A unit's form, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UnitDraft {
    pub name_zh: String,
    pub name_en: String,
    pub unit_kind: String,
    pub description: String,
    pub founded: String,
    pub active: bool,
}

impl UnitDraft {
    pub fn new() -> UnitDraft {
        UnitDraft { unit_kind: "ministry".into(), active: true, ..UnitDraft::default() }
    }

    pub fn from_unit(u: &Unit) -> UnitDraft {
        UnitDraft {
            name_zh: u.name_zh.clone(),
            name_en: u.name_en.clone(),
            unit_kind: u.unit_kind.clone(),
            description: u.description.clone(),
            founded: u.founded.map(|d| d.to_string()).unwrap_or_default(),
            active: u.active,
        }
    }

    /// The fields to write, or what is wrong.
    pub fn validate(&self) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut errors = Vec::new();
        let name_zh = required(&mut errors, "name_zh", &self.name_zh, 60);
        let name_en = optional(&mut errors, "name_en", &self.name_en, 80);
        let description = optional(&mut errors, "description", &self.description, 2000);
        if !UNIT_KINDS.contains(&self.unit_kind.as_str()) {
            errors.push(("unit_kind", FormError::NotAChoice));
        }
        let founded = self.founded.trim();
        if !founded.is_empty() && parse_date(founded).is_none() {
            errors.push(("founded", FormError::NotADate));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(vec![
            ("name_zh".into(), json!(name_zh)),
            ("name_en".into(), json!(name_en)),
            ("unit_kind".into(), json!(self.unit_kind)),
            ("description".into(), json!(description)),
            ("founded".into(), if founded.is_empty() { Value::Null } else { json!(founded) }),
            ("active".into(), json!(self.active)),
        ])
    }
}

/// A member's form, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MemberDraft {
    pub name: String,
    pub student_id: String,
    pub class_major: String,
    pub year: String,
    pub gender: String,
    pub phone: String,
    pub email: String,
    pub wechat: String,
    pub qq: String,
    pub notes: String,
}

impl MemberDraft {
    pub fn from_member(m: &Member) -> MemberDraft {
        MemberDraft {
            name: m.name.clone(),
            student_id: m.student_id.clone(),
            class_major: m.class_major.clone(),
            year: m.year.map(|y| y.to_string()).unwrap_or_default(),
            gender: m.gender.clone(),
            phone: m.phone.clone(),
            email: m.email.clone(),
            wechat: m.wechat.clone(),
            qq: m.qq.clone(),
            notes: m.notes.clone(),
        }
    }

    /// The fields to write, or what is wrong. `book` and `editing` catch a student id that
    /// another member already has.
    pub fn validate(&self, book: &Book, editing: Option<RecordId>) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut errors = Vec::new();
        let name = required(&mut errors, "name", &self.name, 40);
        let student_id = optional(&mut errors, "student_id", &self.student_id, 20);
        let class_major = optional(&mut errors, "class_major", &self.class_major, 60);
        let phone = optional(&mut errors, "phone", &self.phone, 30);
        let email = optional(&mut errors, "email", &self.email, 80);
        let wechat = optional(&mut errors, "wechat", &self.wechat, 40);
        let qq = optional(&mut errors, "qq", &self.qq, 20);
        let notes = optional(&mut errors, "notes", &self.notes, 2000);
        if !email.is_empty() && !looks_like_email(&email) {
            errors.push(("email", FormError::NotAnEmail));
        }
        let year = self.year.trim();
        let year_value = match year.parse::<i64>() {
            _ if year.is_empty() => Value::Null,
            Ok(y @ 1950..=2100) => json!(y),
            _ => {
                errors.push(("year", FormError::NotAYear));
                Value::Null
            }
        };
        if !self.gender.is_empty() && !GENDERS.contains(&self.gender.as_str()) {
            errors.push(("gender", FormError::NotAChoice));
        }
        if !student_id.is_empty() && member_with_student_id(book, &student_id).is_some_and(|id| Some(id) != editing) {
            errors.push(("student_id", FormError::DuplicateStudentId));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let gender = if self.gender.is_empty() { Value::Null } else { json!(self.gender) };
        Ok(vec![
            ("name".into(), json!(name)),
            ("student_id".into(), json!(student_id)),
            ("class_major".into(), json!(class_major)),
            ("year".into(), year_value),
            ("gender".into(), gender),
            ("phone".into(), json!(phone)),
            ("email".into(), json!(email)),
            ("wechat".into(), json!(wechat)),
            ("qq".into(), json!(qq)),
            ("notes".into(), json!(notes)),
        ])
    }
}

/// The live member who has this student id, if any.
pub fn member_with_student_id(book: &Book, student_id: &str) -> Option<RecordId> {
    let wanted = student_id.trim();
    if wanted.is_empty() {
        return None;
    }
    book.live(MEMBER).find(|(_, r)| r.text("student_id").trim() == wanted).map(|(id, _)| id)
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;

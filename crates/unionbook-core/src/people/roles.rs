//! Roles over time: who held which position in which unit, from when until when. A member's
//! units and positions are their roles; nothing else records them.

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::model::{MEMBER, POSITIONS, UNIT};
use crate::book::schema::{FieldType, IdRule, KindSchema, parse_date};
use crate::book::{Book, Record, RecordId};
use crate::forms::{self, FieldErrors, FormError};

pub const ROLE: &str = "role";

pub static ROLE_SCHEMA: KindSchema = KindSchema {
    kind: ROLE,
    fields: &[
        ("member", FieldType::Ref),
        ("unit", FieldType::Ref),
        ("position", FieldType::Choice(POSITIONS)),
        ("from", FieldType::Date),
        ("to", FieldType::Date),
    ],
    prefixed: &[],
    together: &[],
    ids: IdRule::Random,
};

#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    pub id: RecordId,
    pub member: RecordId,
    pub unit: Option<RecordId>,
    pub position: String,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Role {
    pub fn from_record(id: RecordId, r: &Record) -> Option<Role> {
        Some(Role {
            id,
            member: RecordId::parse(r.text("member"))?,
            unit: RecordId::parse(r.text("unit")),
            position: r.text("position").to_owned(),
            from: parse_date(r.text("from")),
            to: parse_date(r.text("to")),
        })
    }

    /// Held on that day: started by then (or with no start recorded) and not ended before.
    pub fn held_on(&self, day: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= day) && self.to.is_none_or(|t| day <= t)
    }

    /// Held at any time between the two days.
    pub fn overlaps(&self, first: NaiveDate, last: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= last) && self.to.is_none_or(|t| first <= t)
    }
}

/// A member's roles, the latest first.
pub fn roles_of(book: &Book, member: RecordId) -> Vec<Role> {
    let mut list: Vec<Role> =
        book.live(ROLE).filter_map(|(id, r)| Role::from_record(id, r)).filter(|r| r.member == member).collect();
    list.sort_by(|a, b| (b.to.is_none(), b.from).cmp(&(a.to.is_none(), a.from)));
    list
}

/// The roles a member holds on a day.
pub fn current_roles(book: &Book, member: RecordId, day: NaiveDate) -> Vec<Role> {
    roles_of(book, member).into_iter().filter(|r| r.held_on(day)).collect()
}

/// Everyone's roles held on a day, by member, in one pass over the roles (for lists, where
/// `current_roles` per member would read every role once per member).
pub fn roles_held_on(book: &Book, day: NaiveDate) -> std::collections::BTreeMap<RecordId, Vec<Role>> {
    let mut held: std::collections::BTreeMap<RecordId, Vec<Role>> = std::collections::BTreeMap::new();
    for role in book.live(ROLE).filter_map(|(id, r)| Role::from_record(id, r)).filter(|r| r.held_on(day)) {
        held.entry(role.member).or_default().push(role);
    }
    held
}

/// The members who held a role in `unit` at any time between the two days.
pub fn members_of_unit(book: &Book, unit: RecordId, first: NaiveDate, last: NaiveDate) -> Vec<RecordId> {
    let mut list: Vec<RecordId> = book
        .live(ROLE)
        .filter_map(|(id, r)| Role::from_record(id, r))
        .filter(|r| r.unit == Some(unit) && r.overlaps(first, last))
        .map(|r| r.member)
        .filter(|m| book.get(*m).is_some_and(|r| !r.is_deleted()))
        .collect();
    list.sort_unstable();
    list.dedup();
    list
}

/// A role's form, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RoleDraft {
    pub member: String,
    pub unit: String,
    pub position: String,
    pub from: String,
    pub to: String,
}

impl RoleDraft {
    /// The form as a role shows it, for editing.
    pub fn from_role(role: &Role) -> RoleDraft {
        RoleDraft {
            member: role.member.to_string(),
            unit: role.unit.map(|u| u.to_string()).unwrap_or_default(),
            position: role.position.clone(),
            from: role.from.map(|d| d.to_string()).unwrap_or_default(),
            to: role.to.map(|d| d.to_string()).unwrap_or_default(),
        }
    }

    /// The fields of a new role, or what is wrong.
    pub fn validate(&self, book: &Book) -> Result<Vec<(String, Value)>, FieldErrors> {
        self.check(book, None)
    }

    /// The fields of role `editing` as corrected, or what is wrong: the role itself is no
    /// duplicate of its own earlier dates.
    pub fn validate_edit(&self, book: &Book, editing: RecordId) -> Result<Vec<(String, Value)>, FieldErrors> {
        self.check(book, Some(editing))
    }

    fn check(&self, book: &Book, editing: Option<RecordId>) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let member = forms::reference(&mut e, "member", &self.member, book, MEMBER, true);
        let unit = forms::reference(&mut e, "unit", &self.unit, book, UNIT, true);
        let position = forms::choice(&mut e, "position", &self.position, POSITIONS, false);
        let from = forms::date(&mut e, "from", &self.from, true);
        let to = forms::date(&mut e, "to", &self.to, false);
        forms::ordered(&mut e, "to", from, to);
        if let (Some(member), Some(unit), Some(position), Some(from)) = (member, unit, &position, from) {
            let last = to.unwrap_or(NaiveDate::MAX);
            let twice = roles_of(book, member).iter().any(|r| {
                Some(r.id) != editing && r.unit == Some(unit) && r.position == *position && r.overlaps(from, last)
            });
            if twice {
                e.push(("position", FormError::SameRole));
            }
        }
        if !e.is_empty() {
            return Err(e);
        }
        Ok(vec![
            ("member".into(), json!(member.map(|m| m.to_string()))),
            ("unit".into(), json!(unit.map(|u| u.to_string()))),
            ("position".into(), json!(position)),
            ("from".into(), forms::date_value(from)),
            ("to".into(), forms::date_value(to)),
        ])
    }
}

/// The fields of a role starting on a day, for code that creates one (hiring, the sample).
pub fn role_fields(member: RecordId, unit: RecordId, position: &str, from: NaiveDate) -> Vec<(String, Value)> {
    vec![
        ("member".into(), json!(member.to_string())),
        ("unit".into(), json!(unit.to_string())),
        ("position".into(), json!(position)),
        ("from".into(), json!(from.to_string())),
        ("to".into(), Value::Null),
    ]
}

#[cfg(test)]
#[path = "roles_tests.rs"]
mod tests;

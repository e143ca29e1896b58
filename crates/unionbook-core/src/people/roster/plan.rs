//! What importing a roster would do, person by person: the members it adds or updates (by
//! student id), the roles it gives them in the units the file names (found by name, or created
//! when the officer agrees), what stays as it is and what is refused, and why; `roster::apply`
//! does it. Pure: today's date comes in.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::{Column, FALLBACK_POSITION, Sheet, gender, position_of, unit_key};
use crate::book::schema::FieldType;
use crate::book::{Book, RecordId};
use crate::forms::FormError;
use crate::people::model::{MEMBER_SCHEMA, UnitDraft, member_with_student_id, units};
use crate::people::roles::RoleDraft;

/// A unit a role is in: one the book has, or one the import creates (by its key).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnitRef {
    Known(RecordId),
    ToCreate(String),
}

/// A role the roster gives a person, from the import date with no end.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedRole {
    pub unit: UnitRef,
    pub position: &'static str,
    /// The member holds this position in this unit already: nothing to add.
    pub already_held: bool,
}

/// A field a known member's row changes.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub field: String,
    pub was: Option<Value>,
    pub becomes: Value,
}

/// Something about a row the officer should know, though the person is still imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// Not one of the app's positions: the role is a member's (`FALLBACK_POSITION`).
    UnknownPosition(String),
    /// A position with no unit: a role needs a unit, so there is none.
    PositionWithoutUnit(String),
    /// A unit the book lacks and the officer chose not to create: no role in it.
    UnitNotCreated(String),
    /// A unit name too long for a unit (60 characters): no role in it.
    UnitNameTooLong(String),
    /// A year or gender the app does not understand, left out.
    NotUnderstood { field: &'static str, cell: String },
}

/// Why a row is not imported at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    NoName,
    /// A cell longer than its member field may hold.
    TooLong {
        field: &'static str,
        max: usize,
    },
}

/// Who a person of the roster is in the book.
#[derive(Clone, Debug, PartialEq)]
pub enum Person {
    /// Not in the book: a new member with these fields.
    New(Vec<(String, Value)>),
    /// The member with the same student id, and what the roster changes.
    Known { id: RecordId, changes: Vec<Change> },
}

/// The groups the preview shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    New,
    Updated,
    Unchanged,
    Refused,
}

/// One person of the roster (several rows with one student id are one person), or one refused
/// row.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The file's rows, numbered from 2 (the heading being 1).
    pub rows: Vec<usize>,
    pub name: String,
    pub student_id: String,
    pub person: Result<Person, Refusal>,
    pub roles: Vec<PlannedRole>,
    pub notes: Vec<Note>,
}

impl Entry {
    pub fn group(&self) -> Group {
        match &self.person {
            Err(_) => Group::Refused,
            Ok(Person::New(_)) => Group::New,
            Ok(Person::Known { changes, .. }) if !changes.is_empty() => Group::Updated,
            Ok(Person::Known { .. }) if self.roles.iter().any(|r| !r.already_held) => Group::Updated,
            Ok(Person::Known { .. }) => Group::Unchanged,
        }
    }
}

/// What importing the roster would do.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RosterPlan {
    /// In the order of the file's first row of each person.
    pub entries: Vec<Entry>,
    /// Units the roster names that the book lacks, as first written, in file order (declined
    /// ones too, so the officer can change their mind).
    pub missing_units: Vec<String>,
    /// Rows merged into an earlier row of the file with the same student id.
    pub merged_in_file: usize,
}

impl RosterPlan {
    pub fn group(&self, group: Group) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(move |e| e.group() == group)
    }

    pub fn count(&self, group: Group) -> usize {
        self.group(group).count()
    }
}

/// A person's rows so far: their member fields (a later row fills what earlier ones left),
/// the unit and position cells of each row, and the notes.
struct Gathered {
    rows: Vec<usize>,
    student_id: Option<String>,
    fields: Vec<(String, Value)>,
    role_cells: Vec<(String, String)>,
    notes: Vec<Note>,
}

/// Works out the import. `mapping` gives a column for each heading; roles start on `today`;
/// `declined_units` holds the keys (`unit_key`) of missing units the officer does not want
/// created. Without a name column there is nothing to import: `None`.
pub fn plan(
    book: &Book,
    sheet: &Sheet,
    mapping: &[Column],
    today: NaiveDate,
    declined_units: &BTreeSet<String>,
) -> Option<RosterPlan> {
    let name_at = mapping.iter().position(|c| *c == Column::Name)?;
    let cell_of = |row: &[String], column: Column| {
        mapping.iter().position(|c| *c == column).and_then(|i| row.get(i)).cloned().unwrap_or_default()
    };
    let mut plan = RosterPlan::default();
    // Entries (refused rows) and people, in file order: `order` says which comes when.
    let mut people: Vec<Gathered> = Vec::new();
    let mut order: Vec<Result<usize, Entry>> = Vec::new();
    for (i, row) in sheet.rows.iter().enumerate() {
        let number = i + 2;
        let name = row.get(name_at).cloned().unwrap_or_default();
        let refused = |why| Entry {
            rows: vec![number],
            name: name.clone(),
            student_id: cell_of(row, Column::StudentId),
            person: Err(why),
            roles: Vec::new(),
            notes: Vec::new(),
        };
        if name.is_empty() {
            order.push(Err(refused(Refusal::NoName)));
            continue;
        }
        let (fields, notes) = match row_fields(row, mapping) {
            Ok(read) => read,
            Err(why) => {
                order.push(Err(refused(why)));
                continue;
            }
        };
        let role_cells = (cell_of(row, Column::Unit), cell_of(row, Column::Position));
        let sid = fields.iter().find(|(f, _)| f == "student_id").and_then(|(_, v)| v.as_str()).map(str::to_owned);
        match people.iter_mut().find(|p| sid.is_some() && p.student_id == sid) {
            Some(person) => {
                plan.merged_in_file += 1;
                person.rows.push(number);
                for (f, v) in fields {
                    match person.fields.iter_mut().find(|(ef, _)| *ef == f) {
                        Some(slot) => slot.1 = v,
                        None => person.fields.push((f, v)),
                    }
                }
                person.role_cells.push(role_cells);
                person.notes.extend(notes);
            }
            None => {
                order.push(Ok(people.len()));
                people.push(Gathered {
                    rows: vec![number],
                    student_id: sid,
                    fields,
                    role_cells: vec![role_cells],
                    notes,
                });
            }
        }
    }

    let known_units: Vec<(String, RecordId)> = units(book)
        .into_iter()
        .flat_map(|u| [(unit_key(&u.name_zh), u.id), (unit_key(&u.name_en), u.id)])
        .filter(|(key, _)| !key.is_empty())
        .collect();
    let mut people = people.into_iter().map(Some).collect::<Vec<_>>();
    for slot in order {
        let entry = match slot {
            Err(refused) => refused,
            Ok(at) => {
                let gathered = people[at].take().expect("each person once");
                person_entry(book, gathered, &known_units, today, declined_units, &mut plan.missing_units)
            }
        };
        plan.entries.push(entry);
    }
    Some(plan)
}

/// A person's entry: who they are in the book, what changes, and their roles.
fn person_entry(
    book: &Book,
    gathered: Gathered,
    known_units: &[(String, RecordId)],
    today: NaiveDate,
    declined_units: &BTreeSet<String>,
    missing_units: &mut Vec<String>,
) -> Entry {
    let Gathered { rows, student_id, fields, role_cells, mut notes } = gathered;
    let text = |field: &str| fields.iter().find(|(f, _)| f == field).and_then(|(_, v)| v.as_str()).unwrap_or("");
    let (name, student_id_text) = (text("name").to_owned(), text("student_id").to_owned());
    let known = student_id.as_deref().and_then(|s| member_with_student_id(book, s));
    let person = match known {
        Some(id) => {
            let record = book.get(id).expect("found in the book");
            let changes = fields
                .into_iter()
                .filter(|(f, v)| record.value(f) != Some(v))
                .map(|(field, becomes)| Change { was: record.value(&field).cloned(), field, becomes })
                .collect();
            Person::Known { id, changes }
        }
        None => Person::New(fields),
    };
    let mut roles: Vec<PlannedRole> = Vec::new();
    for (unit_cell, position_cell) in role_cells {
        let position = match (unit_cell.is_empty(), position_cell.is_empty(), position_of(&position_cell)) {
            (true, true, _) => continue,
            (true, false, _) => {
                notes.push(Note::PositionWithoutUnit(position_cell));
                continue;
            }
            (false, true, _) => FALLBACK_POSITION,
            (false, false, Some(position)) => position,
            (false, false, None) => {
                notes.push(Note::UnknownPosition(position_cell));
                FALLBACK_POSITION
            }
        };
        let key = unit_key(&unit_cell);
        let unit = match known_units.iter().find(|(k, _)| *k == key) {
            Some((_, id)) => UnitRef::Known(*id),
            None => {
                if new_unit_fields(&unit_cell).is_none() {
                    notes.push(Note::UnitNameTooLong(unit_cell));
                    continue;
                }
                if !missing_units.iter().any(|m| unit_key(m) == key) {
                    missing_units.push(unit_cell.clone());
                }
                if declined_units.contains(&key) {
                    notes.push(Note::UnitNotCreated(unit_cell));
                    continue;
                }
                UnitRef::ToCreate(key)
            }
        };
        let already_held = match (&person, &unit) {
            (Person::Known { id, .. }, UnitRef::Known(unit)) => holds_already(book, *id, *unit, position, today),
            _ => false,
        };
        let role = PlannedRole { unit, position, already_held };
        if !roles.contains(&role) {
            roles.push(role);
        }
    }
    Entry { rows, name, student_id: student_id_text, person: Ok(person), roles, notes }
}

/// Whether the role form would refuse this role as the same position in the same unit twice.
fn holds_already(book: &Book, member: RecordId, unit: RecordId, position: &str, today: NaiveDate) -> bool {
    let draft = role_draft(member, unit, position, today);
    draft.validate(book).is_err_and(|errors| errors.contains(&("position", FormError::SameRole)))
}

pub(super) fn role_draft(member: RecordId, unit: RecordId, position: &str, today: NaiveDate) -> RoleDraft {
    RoleDraft {
        member: member.to_string(),
        unit: unit.to_string(),
        position: position.to_owned(),
        from: today.to_string(),
        to: String::new(),
    }
}

/// A new unit's fields as the unit form would write them: a ministry, active, named as the
/// roster writes it. `None` when the unit form would refuse the name.
pub(super) fn new_unit_fields(name: &str) -> Option<Vec<(String, Value)>> {
    UnitDraft { name_zh: name.to_owned(), ..UnitDraft::new() }.validate().ok()
}

/// The member fields a row fills (only those with a value, so a roster never erases), with
/// notes on cells left out; refused when a cell is too long for its field.
fn row_fields(row: &[String], mapping: &[Column]) -> Result<(Vec<(String, Value)>, Vec<Note>), Refusal> {
    let mut fields = Vec::new();
    let mut notes = Vec::new();
    for (column, cell) in mapping.iter().zip(row) {
        let Some(field) = column.member_field() else { continue };
        if cell.is_empty() {
            continue;
        }
        let value = match column {
            Column::Year => match cell.chars().filter(char::is_ascii_digit).collect::<String>().parse::<i64>() {
                Ok(y) if (1950..=2100).contains(&y) => json!(y),
                _ => {
                    notes.push(Note::NotUnderstood { field, cell: cell.clone() });
                    continue;
                }
            },
            Column::Gender => match gender(cell) {
                Some(g) => json!(g),
                None => {
                    notes.push(Note::NotUnderstood { field, cell: cell.clone() });
                    continue;
                }
            },
            _ => {
                if let Some(FieldType::Text(max)) = MEMBER_SCHEMA.field(field)
                    && cell.chars().count() > max
                {
                    return Err(Refusal::TooLong { field, max });
                }
                json!(cell)
            }
        };
        fields.push((field.to_owned(), value));
    }
    Ok((fields, notes))
}

//! Class lists from the department, into the register: read as the member roster is read
//! (`people::roster`: UTF-8 with or without a BOM, or GBK decoded by the browser; commas or
//! tabs), columns matched to the register's fields, then a plan that merges students by student
//! id — an entry already in the register gets only the fields the list changes — and says what
//! happens to every row. Pure: the page shows the plan, `apply` does it.

use std::collections::HashMap;

use serde_json::{Value, json};

use super::model::{STUDENT, text_limit};
use crate::book::{Book, RecordId, Session};
use crate::people::roster::{Change, Group, Sheet, gender};

/// What a column of a class list holds: a field of the register, or nothing to import.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Ignore,
    Name,
    StudentId,
    Class,
    Major,
    Year,
    Gender,
    Dorm,
    Phone,
    Email,
    Wechat,
    Qq,
    Notes,
}

/// Headings as class lists write them, in the order they are tried: the student id before the
/// name ("学生姓名" is a name, "Student ID" is not), the class before the major ("专业班级" is a
/// class).
const HEADINGS: &[(Column, &[&str])] = &[
    (Column::StudentId, &["学号", "student id", "student no", "student_id", "id no"]),
    (Column::Name, &["姓名", "名字", "name"]),
    (Column::Class, &["班级", "行政班", "class"]),
    (Column::Major, &["专业", "major", "programme", "program"]),
    (Column::Year, &["年级", "入学", "year", "grade", "cohort"]),
    (Column::Gender, &["性别", "gender", "sex"]),
    (Column::Dorm, &["宿舍", "寝室", "dorm", "room"]),
    (Column::Phone, &["电话", "手机", "phone", "mobile", "tel"]),
    (Column::Email, &["邮箱", "e-mail", "email", "mail"]),
    (Column::Wechat, &["微信", "wechat", "weixin"]),
    (Column::Qq, &["qq"]),
    (Column::Notes, &["备注", "note", "remark"]),
];

impl Column {
    pub const ALL: [Column; 13] = [
        Column::Ignore,
        Column::Name,
        Column::StudentId,
        Column::Class,
        Column::Major,
        Column::Year,
        Column::Gender,
        Column::Dorm,
        Column::Phone,
        Column::Email,
        Column::Wechat,
        Column::Qq,
        Column::Notes,
    ];

    /// The register field the column fills.
    pub fn field(self) -> Option<&'static str> {
        Some(match self {
            Column::Ignore => return None,
            Column::Name => "name",
            Column::StudentId => "student_id",
            Column::Class => "class",
            Column::Major => "major",
            Column::Year => "year",
            Column::Gender => "gender",
            Column::Dorm => "dorm",
            Column::Phone => "phone",
            Column::Email => "email",
            Column::Wechat => "wechat",
            Column::Qq => "qq",
            Column::Notes => "notes",
        })
    }

    pub fn parse(field: &str) -> Column {
        Column::ALL.into_iter().find(|c| c.field() == Some(field)).unwrap_or(Column::Ignore)
    }

    /// A guess from a heading, in Chinese or English.
    pub fn guess(heading: &str) -> Column {
        let h = heading.trim().to_lowercase();
        HEADINGS
            .iter()
            .find(|(_, words)| words.iter().any(|w| h.contains(w)))
            .map_or(Column::Ignore, |(column, _)| *column)
    }
}

/// Guesses a column for each heading; a field is guessed for one column at most.
pub fn suggest(headers: &[String]) -> Vec<Column> {
    let mut taken = Vec::new();
    headers
        .iter()
        .map(|h| match Column::guess(h) {
            guess if guess == Column::Ignore || taken.contains(&guess) => Column::Ignore,
            guess => {
                taken.push(guess);
                guess
            }
        })
        .collect()
}

/// A column the list must have for anything to be imported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    Name,
    StudentId,
}

/// Why a row is not imported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    NoName,
    /// The register is keyed by student id: a row without one cannot be merged.
    NoStudentId,
    /// An earlier row of the file (this one) has the same student id.
    SameIdAs(usize),
    TooLong {
        field: &'static str,
        max: usize,
    },
}

/// A row's student in the register.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// Not in the register: a new entry with these fields.
    New(Vec<(String, Value)>),
    /// The entry with the same student id, and the fields the row changes.
    Known { id: RecordId, changes: Vec<Change> },
}

/// One row of the class list and what importing does with it.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Numbered as the spreadsheet numbers it: the heading is row 1.
    pub row: usize,
    pub name: String,
    pub student_id: String,
    pub outcome: Result<Outcome, Refusal>,
    /// Cells not understood (a year, a gender), left out though the row is imported.
    pub not_understood: Vec<(&'static str, String)>,
}

impl Row {
    pub fn group(&self) -> Group {
        match &self.outcome {
            Err(_) => Group::Refused,
            Ok(Outcome::New(_)) => Group::New,
            Ok(Outcome::Known { changes, .. }) if changes.is_empty() => Group::Unchanged,
            Ok(Outcome::Known { .. }) => Group::Updated,
        }
    }
}

/// What importing a class list would do, row by row in file order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClassListPlan {
    pub rows: Vec<Row>,
}

impl ClassListPlan {
    pub fn group(&self, group: Group) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(move |r| r.group() == group)
    }

    pub fn count(&self, group: Group) -> usize {
        self.group(group).count()
    }
}

/// Works out the import of `sheet` with a column for each heading (`mapping`).
pub fn plan(book: &Book, sheet: &Sheet, mapping: &[Column]) -> Result<ClassListPlan, Missing> {
    let at = |column| mapping.iter().position(|c| *c == column);
    let name_at = at(Column::Name).ok_or(Missing::Name)?;
    let id_at = at(Column::StudentId).ok_or(Missing::StudentId)?;
    let in_register: HashMap<&str, RecordId> =
        book.live(STUDENT).map(|(id, r)| (r.text("student_id").trim(), id)).filter(|(s, _)| !s.is_empty()).collect();
    let mut first_row: HashMap<String, usize> = HashMap::new();
    let rows = sheet
        .rows
        .iter()
        .enumerate()
        .map(|(i, cells)| {
            let row = i + 2;
            let cell = |at: usize| cells.get(at).cloned().unwrap_or_default();
            let (name, student_id) = (cell(name_at), cell(id_at));
            let mut not_understood = Vec::new();
            let outcome = if name.is_empty() {
                Err(Refusal::NoName)
            } else if student_id.is_empty() {
                Err(Refusal::NoStudentId)
            } else if let Some(first) = first_row.get(&student_id) {
                Err(Refusal::SameIdAs(*first))
            } else {
                row_fields(cells, mapping, &mut not_understood).map(|fields| {
                    first_row.insert(student_id.clone(), row);
                    match in_register.get(student_id.as_str()).and_then(|id| book.get(*id).map(|r| (*id, r))) {
                        None => Outcome::New(fields),
                        Some((id, record)) => {
                            let changes = fields
                                .into_iter()
                                .filter(|(f, v)| record.value(f) != Some(v))
                                .map(|(field, becomes)| Change { was: record.value(&field).cloned(), field, becomes })
                                .collect();
                            Outcome::Known { id, changes }
                        }
                    }
                })
            };
            Row { row, name, student_id, outcome, not_understood }
        })
        .collect();
    Ok(ClassListPlan { rows })
}

/// The fields a row fills: only cells with something in them, so a list never erases what
/// the register knows. A year or gender not understood is left out and noted.
fn row_fields(
    cells: &[String],
    mapping: &[Column],
    not_understood: &mut Vec<(&'static str, String)>,
) -> Result<Vec<(String, Value)>, Refusal> {
    let mut fields = Vec::new();
    for (column, cell) in mapping.iter().zip(cells) {
        let Some(field) = column.field() else { continue };
        if cell.is_empty() {
            continue;
        }
        let value = match column {
            Column::Year => year_of(cell).map(|y| json!(y)),
            Column::Gender => gender(cell).map(|g| json!(g)),
            _ => match text_limit(field) {
                Some(max) if cell.chars().count() > max => return Err(Refusal::TooLong { field, max }),
                _ => Some(json!(cell)),
            },
        };
        match value {
            Some(value) => fields.push((field.to_owned(), value)),
            None => not_understood.push((field, cell.clone())),
        }
    }
    Ok(fields)
}

/// A year of enrolment as lists write it: "2024", "2024级", "2024届".
fn year_of(cell: &str) -> Option<i64> {
    let digits: String = cell.chars().filter(char::is_ascii_digit).collect();
    digits.parse::<i64>().ok().filter(|y| (1950..=2100).contains(y))
}

/// What applying did: counts for the notice, and what an undo puts back (the entries it made,
/// the fields it overwrote with their values before).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Applied {
    pub new: usize,
    pub updated: usize,
    pub created: Vec<RecordId>,
    pub before: Vec<(RecordId, Vec<(String, Value)>)>,
}

/// Writes the plan: new entries, and on known ones only the fields that change.
pub fn apply(
    session: &mut Session,
    now_ms: u64,
    plan: &ClassListPlan,
    new_id: &mut dyn FnMut() -> RecordId,
) -> Applied {
    let mut applied = Applied::default();
    for row in &plan.rows {
        match &row.outcome {
            Ok(Outcome::New(fields)) => {
                let id = new_id();
                session.write(now_ms, id, STUDENT, fields.clone());
                applied.new += 1;
                applied.created.push(id);
            }
            Ok(Outcome::Known { id, changes }) if !changes.is_empty() => {
                let fields = changes.iter().map(|c| (c.field.clone(), c.becomes.clone()));
                if session.write(now_ms, *id, STUDENT, fields) {
                    applied.updated += 1;
                    let before = changes.iter().map(|c| (c.field.clone(), c.was.clone().unwrap_or(Value::Null)));
                    applied.before.push((*id, before.collect()));
                }
            }
            _ => {}
        }
    }
    applied
}

#[cfg(test)]
#[path = "class_list_tests.rs"]
mod tests;

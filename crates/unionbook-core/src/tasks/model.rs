//! Tasks: an activity's checklist and a meeting's action items are one kind, each attached to
//! the record it belongs to, with an owner, a due date and whether it is done. Pure: what is
//! open, what is overdue, in which order they are listed, and what ticking one writes.

use chrono::NaiveDate;
use serde_json::{Value, json};
use std::cmp::Ordering;

use crate::book::schema::{FieldType, IdRule, KindSchema, parse_date};
use crate::book::{Book, Record, RecordId};
use crate::forms::{self, FieldErrors};
use crate::people::model::MEMBER;

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
    together: &[],
    ids: IdRule::Random,
};

#[derive(Clone, Debug, PartialEq)]
pub struct Task {
    pub id: RecordId,
    pub of: Option<RecordId>,
    pub title: String,
    pub owner: Option<RecordId>,
    pub due: Option<NaiveDate>,
    pub done: bool,
    pub done_on: Option<NaiveDate>,
    pub notes: String,
}

impl Task {
    pub fn from_record(id: RecordId, r: &Record) -> Task {
        Task {
            id,
            of: RecordId::parse(r.text("of")),
            title: r.text("title").to_owned(),
            owner: RecordId::parse(r.text("owner")),
            due: parse_date(r.text("due")),
            done: r.flag("done"),
            done_on: parse_date(r.text("done_on")),
            notes: r.text("notes").to_owned(),
        }
    }

    pub fn is_open(&self) -> bool {
        !self.done
    }

    /// Not done, and its due day is past: due today is not overdue yet.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.is_open() && self.due.is_some_and(|d| d < today)
    }
}

/// How titles are ordered: pinyin in the app (`browser::pinyin::collate`), passed in.
pub type Collate<'a> = &'a dyn Fn(&str, &str) -> Ordering;

/// The order tasks are listed in: by due day, undated last, then by title. Overdue tasks are
/// thus first among open ones, since they are exactly those due before today.
fn by_due(a: &Task, b: &Task, collate: Collate<'_>) -> Ordering {
    (a.due.is_none(), a.due).cmp(&(b.due.is_none(), b.due)).then_with(|| collate(&a.title, &b.title))
}

/// Whether the record a task belongs to was deleted: its tasks go with it from every list.
fn parent_deleted(book: &Book, task: &Task) -> bool {
    task.of.and_then(|of| book.get(of)).is_some_and(Record::is_deleted)
}

fn live_tasks(book: &Book) -> impl Iterator<Item = Task> + '_ {
    book.live(TASK).map(|(id, r)| Task::from_record(id, r)).filter(|t| !parent_deleted(book, t))
}

/// The tasks of one activity or meeting: open ones first, each part by due day.
pub fn tasks_of(book: &Book, of: RecordId, collate: Collate<'_>) -> Vec<Task> {
    let mut list: Vec<Task> =
        book.live(TASK).map(|(id, r)| Task::from_record(id, r)).filter(|t| t.of == Some(of)).collect();
    list.sort_by(|a, b| a.done.cmp(&b.done).then_with(|| by_due(a, b, collate)));
    list
}

/// A member's open tasks, wherever they belong, by due day.
pub fn open_tasks_of(book: &Book, member: RecordId, collate: Collate<'_>) -> Vec<Task> {
    let mut list: Vec<Task> = live_tasks(book).filter(|t| t.is_open() && t.owner == Some(member)).collect();
    list.sort_by(|a, b| by_due(a, b, collate));
    list
}

/// What a task belongs to, as its list shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Parent {
    pub id: RecordId,
    /// The parent's kind: `meeting` or `activity`.
    pub kind: String,
    pub title: String,
    /// A meeting's kind (`departmental`…), which names a meeting without a title.
    pub meeting_kind: String,
    pub date: Option<NaiveDate>,
}

impl Parent {
    pub fn of(book: &Book, id: RecordId) -> Option<Parent> {
        let r = book.get(id).filter(|r| !r.is_deleted())?;
        Some(Parent {
            id,
            kind: r.kind.clone(),
            title: r.text("title").to_owned(),
            meeting_kind: r.text("meeting_kind").to_owned(),
            date: parse_date(r.text("date")),
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ActionItem {
    pub task: Task,
    pub parent: Option<Parent>,
}

/// Every open task in the book, overdue first, then by due day (undated last), each with
/// what it belongs to.
pub fn open_action_items(book: &Book, collate: Collate<'_>) -> Vec<ActionItem> {
    let mut list: Vec<Task> = live_tasks(book).filter(Task::is_open).collect();
    list.sort_by(|a, b| by_due(a, b, collate));
    list.into_iter().map(|t| ActionItem { parent: t.of.and_then(|of| Parent::of(book, of)), task: t }).collect()
}

/// What ticking a task done (or open again) writes, and what writes it back as it was.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub write: Vec<(String, Value)>,
    pub undo: Vec<(String, Value)>,
}

/// Done on `today`, or open again (its done day cleared).
pub fn tick(task: &Task, done: bool, today: NaiveDate) -> Tick {
    let done_on = if done { forms::date_value(Some(today)) } else { Value::Null };
    Tick {
        write: vec![("done".into(), json!(done)), ("done_on".into(), done_on)],
        undo: vec![("done".into(), json!(task.done)), ("done_on".into(), forms::date_value(task.done_on))],
    }
}

/// A task as its form shows it: what the officer typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TaskDraft {
    pub title: String,
    pub owner: String,
    pub due: String,
    pub notes: String,
}

impl TaskDraft {
    pub fn from_task(t: &Task) -> TaskDraft {
        TaskDraft {
            title: t.title.clone(),
            owner: t.owner.map(|o| o.to_string()).unwrap_or_default(),
            due: t.due.map(|d| d.to_string()).unwrap_or_default(),
            notes: t.notes.clone(),
        }
    }

    /// The fields of a task of `of`: a title, an owner who is a member (or none, for a
    /// checklist item anyone may do), a due day if any.
    pub fn validate(&self, book: &Book, of: RecordId) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let title = forms::required(&mut e, "title", &self.title, 200);
        let owner = forms::reference(&mut e, "owner", &self.owner, book, MEMBER, false);
        let due = forms::date(&mut e, "due", &self.due, false);
        let notes = forms::optional(&mut e, "notes", &self.notes, 500);
        if !e.is_empty() {
            return Err(e);
        }
        Ok(vec![
            ("of".into(), json!(of.to_string())),
            ("title".into(), json!(title)),
            ("owner".into(), forms::opt(owner.map(|o| o.to_string()))),
            ("due".into(), forms::date_value(due)),
            ("notes".into(), json!(notes)),
        ])
    }
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;

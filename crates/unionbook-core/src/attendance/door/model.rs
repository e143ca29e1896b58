//! Check-in at the door: one mechanism for every list that takes marks (activities, meetings,
//! trainings). A tap writes the person's mark on the list itself (so the list counts it like
//! any other mark) and their arrival time in this door's own log: each door (a device's writer
//! at that list) keeps a `check_in` record of its own, so two doors never write the same field,
//! their files merge without conflicts, the earliest arrival is found, and a person tapped at
//! both doors is seen.
//!
//! Everything a tap decides is here, pure: what it writes and what takes it back, whether the
//! person was already there, when "late" starts, the live counts. `arrivals` merges the logs;
//! `expected` builds who is expected.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde_json::{Value, json};

use crate::attendance::lists::AttendanceList;
use crate::attendance::marks::{Mark, mark_field, mark_of, marks};
use crate::book::schema::{FieldType, IdRule, KindSchema, parse_date};
use crate::book::{Book, RecordId};

pub const CHECK_IN: &str = "check_in";
pub const ARRIVAL_PREFIX: &str = "at:";
/// A saved expected list, to invite the same people again.
pub const PEOPLE_LIST: &str = "people_list";
/// Arrival times are milliseconds since 1970 (UTC), up to the year 2100.
pub const LAST_ARRIVAL_MS: i64 = 4_102_444_800_000;
/// The longest door name.
pub const DOOR_NAME_CHARS: usize = 40;

pub static CHECK_IN_SCHEMA: KindSchema = KindSchema {
    kind: CHECK_IN,
    fields: &[
        // The list (activity, meeting, training) checked in to.
        ("list", FieldType::Ref),
        // The writer (device or tab) that keeps this door's log.
        ("device", FieldType::Ref),
        // The door's name, as the officer calls it: "东门".
        ("door", FieldType::Text(40)),
    ],
    prefixed: &[(ARRIVAL_PREFIX, FieldType::Integer(0, LAST_ARRIVAL_MS))],
    together: &[],
    ids: IdRule::Random,
};

pub static PEOPLE_LIST_SCHEMA: KindSchema = KindSchema {
    kind: PEOPLE_LIST,
    fields: &[("name", FieldType::Text(60)), ("people", FieldType::Refs)],
    prefixed: &[],
    together: &[],
    ids: IdRule::Random,
};

/// Fields to write on one record.
#[derive(Clone, Debug, PartialEq)]
pub struct Write {
    pub record: RecordId,
    pub kind: String,
    pub fields: Vec<(String, Value)>,
}

/// A change as the book takes it: fields written, then records deleted (an undo deletes the
/// student a typed walk-in made).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Change {
    pub writes: Vec<Write>,
    pub delete: Vec<RecordId>,
}

/// One door's log at a list.
#[derive(Clone, Debug, PartialEq)]
pub struct DoorLog {
    pub id: RecordId,
    pub device: Option<RecordId>,
    /// The door's name; empty when the officer gave none.
    pub door: String,
    /// Who arrived, when (ms since 1970).
    pub arrivals: Vec<(RecordId, i64)>,
}

/// Every live door log of a list, in id order (the same on every phone).
pub fn logs_of(book: &Book, list: RecordId) -> Vec<DoorLog> {
    let list = list.to_string();
    book.live(CHECK_IN)
        .filter(|(_, r)| r.text("list") == list)
        .map(|(id, r)| DoorLog {
            id,
            device: RecordId::parse(r.text("device")),
            door: r.text("door").to_owned(),
            arrivals: r
                .fields
                .iter()
                .filter_map(|(name, e)| Some((RecordId::parse(name.strip_prefix(ARRIVAL_PREFIX)?)?, e.value.as_i64()?)))
                .collect(),
        })
        .collect()
}

/// This door: the list it checks in to, and the log this writer keeps there (made by the first
/// tap under the id given beforehand).
#[derive(Clone, Debug, PartialEq)]
pub struct Door {
    pub list: RecordId,
    pub list_kind: String,
    pub writer: RecordId,
    pub log: RecordId,
    pub log_exists: bool,
    /// The door's name as this log holds it, else the name the officer goes by.
    pub name: String,
}

impl Door {
    /// The door `writer` keeps at `list`; `new_log` is the id its log takes if it has none yet.
    /// `None` when the list is not a live record.
    pub fn at(book: &Book, list: RecordId, writer: RecordId, new_log: RecordId, officer: &str) -> Option<Door> {
        let record = book.get(list).filter(|r| !r.is_deleted())?;
        let mine = logs_of(book, list).into_iter().find(|l| l.device == Some(writer));
        Some(Door {
            list,
            list_kind: record.kind.clone(),
            writer,
            log: mine.as_ref().map_or(new_log, |l| l.id),
            log_exists: mine.is_some(),
            name: mine.map(|l| l.door).filter(|d| !d.is_empty()).unwrap_or_else(|| officer.trim().to_owned()),
        })
    }

    /// The fields that make this door's log, when it is still to be made.
    fn log_fields(&self) -> Vec<(String, Value)> {
        if self.log_exists {
            return Vec::new();
        }
        vec![
            ("list".into(), json!(self.list.to_string())),
            ("device".into(), json!(self.writer.to_string())),
            ("door".into(), json!(self.name)),
        ]
    }

    /// Renames this door (its log is made if needed); `None` for a name too long.
    pub fn rename(&self, name: &str) -> Option<Write> {
        let name = name.trim();
        if name.chars().count() > DOOR_NAME_CHARS {
            return None;
        }
        let mut fields = self.log_fields();
        fields.retain(|(f, _)| f != "door");
        fields.push(("door".into(), json!(name)));
        Some(Write { record: self.log, kind: CHECK_IN.into(), fields })
    }
}

pub fn arrival_field(person: RecordId, at_ms: Option<i64>) -> (String, Value) {
    (format!("{ARRIVAL_PREFIX}{person}"), at_ms.map_or(Value::Null, |t| json!(t)))
}

/// Where and when someone was already checked in: their earliest arrival over every door.
#[derive(Clone, Debug, PartialEq)]
pub struct Seen {
    pub at_ms: i64,
    pub door: String,
    /// At this door, not another.
    pub here: bool,
}

/// The person's earliest arrival at the list, at any door (ties go to the lower log id).
pub fn seen(book: &Book, door: &Door, person: RecordId) -> Option<Seen> {
    logs_of(book, door.list)
        .into_iter()
        .filter_map(|l| l.arrivals.iter().find(|(p, _)| *p == person).map(|(_, t)| (*t, l.id, l.door.clone())))
        .min_by_key(|(t, id, _)| (*t, *id))
        .map(|(at_ms, id, name)| Seen { at_ms, door: name, here: id == door.log })
}

/// What a tap on a person did.
#[derive(Clone, Debug, PartialEq)]
pub enum Tap {
    /// Marked (present or late) and their arrival logged: `change` does it, `undo` takes it back.
    Marked { mark: Mark, change: Change, undo: Change },
    /// Already checked in: nothing is written a second time.
    Already(Seen),
}

/// A tap on `person` at `now_ms`: marks them (`mark`, from `arrival_mark`) and logs their
/// arrival, unless some door already has them.
pub fn tap(book: &Book, door: &Door, person: RecordId, now_ms: i64, mark: Mark) -> Tap {
    if let Some(s) = seen(book, door, person) {
        return Tap::Already(s);
    }
    let before = book.get(door.list).and_then(|r| mark_of(r, person));
    let mut log = door.log_fields();
    log.push(arrival_field(person, Some(now_ms)));
    let change = Change {
        writes: vec![
            Write { record: door.list, kind: door.list_kind.clone(), fields: vec![mark_field(person, Some(mark))] },
            Write { record: door.log, kind: CHECK_IN.into(), fields: log },
        ],
        delete: Vec::new(),
    };
    let undo = Change {
        writes: vec![
            Write { record: door.list, kind: door.list_kind.clone(), fields: vec![mark_field(person, before)] },
            Write { record: door.log, kind: CHECK_IN.into(), fields: vec![arrival_field(person, None)] },
        ],
        delete: Vec::new(),
    };
    Tap::Marked { mark, change, undo }
}

/// A walk-in typed as a name: a new student entry with just that name (`student` is its new
/// id, `student_kind` the register's kind), checked in; the undo deletes the entry again.
pub fn walk_in(
    book: &Book,
    door: &Door,
    student: RecordId,
    student_kind: &str,
    name: &str,
    now_ms: i64,
    mark: Mark,
) -> Option<Tap> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 40 {
        return None;
    }
    match tap(book, door, student, now_ms, mark) {
        Tap::Marked { mark, mut change, mut undo } => {
            let entry =
                Write { record: student, kind: student_kind.into(), fields: vec![("name".into(), json!(name))] };
            change.writes.insert(0, entry);
            undo.delete.push(student);
            Some(Tap::Marked { mark, change, undo })
        }
        already => Some(already),
    }
}

/// Marks someone excused (a separate action from the tap: they are not there); refused with
/// where they were seen when some door checked them in.
pub fn excuse(book: &Book, door: &Door, person: RecordId) -> Result<(Change, Change), Seen> {
    if let Some(s) = seen(book, door, person) {
        return Err(s);
    }
    let before = book.get(door.list).and_then(|r| mark_of(r, person));
    let write = |mark| Change {
        writes: vec![Write { record: door.list, kind: door.list_kind.clone(), fields: vec![mark_field(person, mark)] }],
        delete: Vec::new(),
    };
    Ok((write(Some(Mark::Excused)), write(before)))
}

/// A start time that is not one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotATime;

/// A start time as typed ("19:00"); empty is none.
pub fn parse_start(text: &str) -> Result<Option<NaiveTime>, NotATime> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    crate::forms::parse_time(text).map(Some).ok_or(NotATime)
}

/// The list's start (its `starts_at`) and day (its `date`), for telling late from present.
pub fn start_of(book: &Book, list: RecordId) -> (Option<NaiveDate>, Option<NaiveTime>) {
    let Some(r) = book.get(list) else { return (None, None) };
    (parse_date(r.text("date")), parse_start(r.text("starts_at")).ok().flatten())
}

/// The mark an arrival gets: late once the start time has passed on the list's day (a later
/// day is late, an earlier one is not); present when the list has no start time.
pub fn arrival_mark(local: NaiveDateTime, day: Option<NaiveDate>, start: Option<NaiveTime>) -> Mark {
    let Some(start) = start else { return Mark::Present };
    let late = match day {
        Some(d) if local.date() != d => local.date() > d,
        _ => local.time() > start,
    };
    if late { Mark::Late } else { Mark::Present }
}

/// The live counts at the door: the one count of expected and arrived that the door's headline
/// and its "who is expected" panel both show, so the two never disagree (the panel once counted
/// only those invited, and said 0 under a headline of 10 walk-ins).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DoorCounts {
    pub present: usize,
    pub late: usize,
    pub excused: usize,
    /// Everyone the list expects: those invited, and anyone marked (walk-ins).
    pub expected: usize,
    /// Marked present or late without being invited.
    pub walk_ins: usize,
}

impl DoorCounts {
    /// Those there: present or late.
    pub fn arrived(&self) -> usize {
        self.present + self.late
    }
}

pub fn door_counts(book: &Book, list: RecordId) -> DoorCounts {
    let Some(record) = book.get(list) else { return DoorCounts::default() };
    let invited = invited(record);
    let mut counts = DoorCounts { expected: AttendanceList::expected(record).len(), ..DoorCounts::default() };
    for (person, mark) in marks(record) {
        match mark {
            Mark::Present => counts.present += 1,
            Mark::Late => counts.late += 1,
            Mark::Excused => counts.excused += 1,
            Mark::Absent => {}
        }
        if mark.attended() && !invited.contains(&person) {
            counts.walk_ins += 1;
        }
    }
    counts
}

/// The people a list invites.
pub fn invited(record: &crate::book::Record) -> Vec<RecordId> {
    record
        .value("invited")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|v| v.as_str().and_then(RecordId::parse)).collect())
        .unwrap_or_default()
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;

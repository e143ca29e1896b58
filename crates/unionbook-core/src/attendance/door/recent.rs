//! The door's last check-ins and the late mark taken there, read from the book rather than
//! kept by the screen: the officer who reloads the page, or closes the door and opens it again,
//! still sees who came through last and can still take a tap back or mark someone late. Pure.

use super::model::{Change, Door, Write, arrival_field, logs_of};
use crate::attendance::marks::{Mark, mark_field, mark_of};
use crate::book::{Book, RecordId};

/// One check-in at this door, as the book holds it now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedIn {
    pub person: RecordId,
    pub at_ms: i64,
    /// Their mark on the list now (late may have been set after the tap, here or on the
    /// list's own page); `None` once someone cleared it there.
    pub mark: Option<Mark>,
}

impl CheckedIn {
    /// Whether the late toggle shows pressed.
    pub fn is_late(&self) -> bool {
        self.mark == Some(Mark::Late)
    }
}

/// This door's last `limit` check-ins, newest first (ties by person id, the same on every
/// phone). Only this door's own log: the other doors' arrivals are the merged view's.
pub fn recent_check_ins(book: &Book, door: &Door, limit: usize) -> Vec<CheckedIn> {
    let Some(log) = logs_of(book, door.list).into_iter().find(|l| l.id == door.log) else { return Vec::new() };
    let list = book.get(door.list);
    let mut rows: Vec<CheckedIn> = log
        .arrivals
        .into_iter()
        .map(|(person, at_ms)| CheckedIn { person, at_ms, mark: list.and_then(|r| mark_of(r, person)) })
        .collect();
    rows.sort_by(|a, b| b.at_ms.cmp(&a.at_ms).then(a.person.cmp(&b.person)));
    rows.truncate(limit);
    rows
}

/// Takes back a check-in at this door when the tap's own undo is no longer at hand (the page
/// was reloaded since): the arrival leaves this door's log and the mark leaves the list, so the
/// person is as if never tapped. A tap made on this screen is undone by its own undo instead,
/// which also puts back a mark set before it (absent, excused).
pub fn take_back(door: &Door, person: RecordId) -> Change {
    Change {
        writes: vec![
            Write { record: door.list, kind: door.list_kind.clone(), fields: vec![mark_field(person, None)] },
            Write { record: door.log, kind: super::model::CHECK_IN.into(), fields: vec![arrival_field(person, None)] },
        ],
        delete: Vec::new(),
    }
}

/// Late at the door: the change that turns an arrival's mark from present to late, or back;
/// pressed again, it is its own undo. It writes the same `mark:` field the list's page sets,
/// so both screens show the one mark. `None` for someone not marked present or late: excused,
/// absent or cleared on the list's page is not the door's to flip.
pub fn toggle_late(book: &Book, door: &Door, person: RecordId) -> Option<(Mark, Change)> {
    let now = book.get(door.list).and_then(|r| mark_of(r, person))?;
    let next = match now {
        Mark::Present => Mark::Late,
        Mark::Late => Mark::Present,
        Mark::Excused | Mark::Absent => return None,
    };
    let write = Write { record: door.list, kind: door.list_kind.clone(), fields: vec![mark_field(person, Some(next))] };
    Some((next, Change { writes: vec![write], delete: Vec::new() }))
}

#[cfg(test)]
#[path = "recent_tests.rs"]
mod tests;

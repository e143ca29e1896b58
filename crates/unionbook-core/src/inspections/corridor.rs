//! The corridor walk, pure: a round's rooms in the order they are walked, which comes next,
//! how far the round is, and what each tap writes with what its undo writes back. Everything
//! here reads a room's scores by their derived id (`room_score_id`), never by scanning the
//! book, so a tap costs the same with 40,000 scores in it.

use serde_json::{Value, json};

use super::model::{InspectionRound, ROOM_SCORE, room_score_id};
use super::places::room_label;
use super::rubric::{RubricItem, ScoreSheet, fault_field, item_score_field};
use crate::book::{Book, Record, RecordId};
use crate::forms::Tenths;
use crate::people::model::MEMBER;

/// A room on the walk, with the name it is shown by.
#[derive(Clone, Debug, PartialEq)]
pub struct Stop {
    pub room: RecordId,
    pub label: String,
    pub floor: Option<i64>,
}

/// The round's rooms in the order they are walked (worked out once, when the screen opens).
pub fn stops(book: &Book, round: &InspectionRound) -> Vec<Stop> {
    round
        .covered_rooms(book)
        .into_iter()
        .map(|r| Stop { room: r.id, label: room_label(book, &r), floor: r.floor })
        .collect()
}

/// A room's scores in a round, if anyone has touched them.
pub fn score_record(book: &Book, round: RecordId, room: RecordId) -> Option<&Record> {
    book.get(room_score_id(round, room)).filter(|r| r.kind == ROOM_SCORE && !r.is_deleted())
}

pub fn sheet(book: &Book, round: RecordId, room: RecordId) -> ScoreSheet {
    score_record(book, round, room).map(ScoreSheet::from_record).unwrap_or_default()
}

pub fn is_scored(book: &Book, round: RecordId, room: RecordId) -> bool {
    score_record(book, round, room).is_some_and(|r| ScoreSheet::from_record(r).is_scored())
}

/// Rooms scored, of the rooms covered.
pub fn progress(book: &Book, round: RecordId, rooms: &[RecordId]) -> (usize, usize) {
    (rooms.iter().filter(|r| is_scored(book, round, **r)).count(), rooms.len())
}

/// The next room not scored yet after stop `from`, going on from the start after the last:
/// an inspector who began mid-corridor still reaches the rooms before. `None` when all are.
pub fn next_unscored(rooms: &[RecordId], from: Option<usize>, scored: &dyn Fn(RecordId) -> bool) -> Option<usize> {
    let n = rooms.len();
    let start = from.map_or(0, |f| f + 1);
    (0..n).map(|i| (start + i) % n).find(|&i| Some(i) != from && !scored(rooms[i]))
}

/// What one tap does to a room's scores.
#[derive(Clone, Debug, PartialEq)]
pub enum Touch {
    /// One more fault of an item; a veto item's fault is on or off.
    Fault {
        item: RecordId,
        veto: bool,
    },
    /// An item given a score directly (`None` clears it, so its faults count again).
    Score {
        item: RecordId,
        score: Option<Tenths>,
    },
    /// Seen: "no faults / next room".
    Inspected,
    Recheck(bool),
    Note(String),
}

/// The fields a tap writes, and those its undo writes back (the values they replace).
#[derive(Clone, Debug, PartialEq)]
pub struct Tap {
    pub fields: Vec<(String, Value)>,
    pub undo: Vec<(String, Value)>,
}

/// Who and where, written on a room's scores the first time anyone touches them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Where {
    pub round: RecordId,
    pub room: RecordId,
    pub inspector: Option<RecordId>,
}

/// What `touch` writes on the room's scores as they are now (`record`).
pub fn tap(record: Option<&Record>, touch: &Touch, at: Where) -> Tap {
    let sheet = record.map(ScoreSheet::from_record).unwrap_or_default();
    let was = |name: &str| record.and_then(|r| r.value(name)).cloned().unwrap_or(Value::Null);
    let mut fields: Vec<(String, Value)> = Vec::new();
    match touch {
        Touch::Fault { item, veto } => {
            let now = sheet.faults_of(*item);
            fields.push(fault_field(*item, if *veto { i64::from(now == 0) } else { now + 1 }));
            // A fault counts only when the item is not scored directly.
            if sheet.item_score(*item).is_some() {
                fields.push(item_score_field(*item, None));
            }
        }
        Touch::Score { item, score } => fields.push(item_score_field(*item, *score)),
        Touch::Inspected => fields.push(("inspected".into(), json!(true))),
        Touch::Recheck(on) => fields.push(("recheck".into(), if *on { json!(true) } else { Value::Null })),
        Touch::Note(text) => fields.push(("note".into(), json!(text.trim()))),
    }
    let undo = fields.iter().map(|(name, _)| (name.clone(), was(name))).collect();
    if record.and_then(|r| r.reference("round")).is_none() {
        fields.push(("round".into(), json!(at.round.to_string())));
        fields.push(("room".into(), json!(at.room.to_string())));
        if let Some(inspector) = at.inspector {
            fields.push(("inspector".into(), json!(inspector.to_string())));
        }
    }
    Tap { fields, undo }
}

/// The scores an item can be given directly, full marks down to nothing, a deduction apart
/// (a point apart when it has none); at most 21, so the choice fits a phone.
pub fn score_choices(item: &RubricItem) -> Vec<Tenths> {
    let step = if item.deduction.0 > 0 { item.deduction.0 } else { 10 };
    let step = step.max((item.points.0 + 19) / 20);
    let mut list: Vec<Tenths> = (0..).map(|i| item.points.0 - i * step).take_while(|t| *t > 0).map(Tenths).collect();
    list.push(Tenths(0));
    list
}

/// The member this device's officer is, when exactly one member has the officer's name.
pub fn officer_member(book: &Book, officer_name: &str) -> Option<RecordId> {
    let name = officer_name.trim();
    if name.is_empty() {
        return None;
    }
    let mut found = book.live(MEMBER).filter(|(_, r)| r.text("name").trim() == name).map(|(id, _)| id);
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

#[cfg(test)]
#[path = "corridor_tests.rs"]
mod tests;

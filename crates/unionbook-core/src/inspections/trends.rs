//! Each room's and building's totals over a semester's rounds, oldest first (a round that did
//! not score it is a gap, not a zero), and every round's progress. Pure.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::model::{InspectionRound, ROOM, Room, inspection_rounds, rooms_of};
use super::results::{is_scored, mean, sheet_of};
use super::rubric::Rubric;
use crate::book::{Book, RecordId};
use crate::calendar::Semester;
use crate::forms::Tenths;

/// One round of a trend: a room's total, or a building's mean; `None` when nothing was scored
/// there in that round (a gap, not a zero).
#[derive(Clone, Debug, PartialEq)]
pub struct TrendPoint {
    pub round: RecordId,
    pub title: String,
    pub date: NaiveDate,
    pub value: Option<Tenths>,
    /// The room's band's name (a room's trend only).
    pub band: Option<String>,
    /// How many rooms were scored (1 or 0 for a room).
    pub rooms: usize,
}

/// The rounds dated in a semester, oldest first.
pub fn semester_rounds(rounds: &[InspectionRound], semester: Semester) -> Vec<InspectionRound> {
    let (from, to) = (semester.first_day(), semester.last_day());
    let mut list: Vec<InspectionRound> =
        rounds.iter().filter(|r| r.date.is_some_and(|d| d >= from && d <= to)).cloned().collect();
    list.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.title.cmp(&b.title)));
    list
}

/// The semester of the latest dated round that covers what `covers` asks about.
pub fn latest_semester(rounds: &[InspectionRound], covers: impl Fn(&InspectionRound) -> bool) -> Option<Semester> {
    rounds.iter().filter(|r| covers(r)).filter_map(|r| r.date).max().map(Semester::containing)
}

/// Whether a round covers a room: its own list names it, or it covers the room's building.
pub fn covers_room(round: &InspectionRound, room: &Room) -> bool {
    if round.rooms.is_empty() {
        room.building.is_some_and(|b| round.buildings.contains(&b))
    } else {
        round.rooms.contains(&room.id)
    }
}

/// A room's totals over the rounds (oldest first) that cover it.
pub fn room_trend(book: &Book, room: &Room, rounds: &[InspectionRound]) -> Vec<TrendPoint> {
    rounds
        .iter()
        .filter(|r| covers_room(r, room))
        .filter_map(|round| {
            let rubric = Rubric::from_copy(&round.rubric_copy);
            let result = sheet_of(book, round.id, room.id).map(|s| rubric.score(&s));
            Some(TrendPoint {
                round: round.id,
                title: round.title.clone(),
                date: round.date?,
                value: result.as_ref().map(|r| r.total),
                band: result.as_ref().and_then(|r| r.band).map(|b| rubric.bands[b].name.clone()),
                rooms: usize::from(result.is_some()),
            })
        })
        .collect()
}

/// A building's mean total over the rounds (oldest first) that cover any of its rooms.
pub fn building_trend(book: &Book, building: RecordId, rounds: &[InspectionRound]) -> Vec<TrendPoint> {
    let rooms = rooms_of(book, building);
    rounds
        .iter()
        .filter_map(|round| {
            let covered: Vec<&Room> = rooms.iter().filter(|room| covers_room(round, room)).collect();
            if covered.is_empty() {
                return None;
            }
            let rubric = Rubric::from_copy(&round.rubric_copy);
            let totals: Vec<i64> = covered
                .iter()
                .filter_map(|room| sheet_of(book, round.id, room.id))
                .map(|s| rubric.score(&s).counted().0)
                .collect();
            Some(TrendPoint {
                round: round.id,
                title: round.title.clone(),
                date: round.date?,
                value: (!totals.is_empty()).then(|| mean(totals.iter().sum(), totals.len())),
                band: None,
                rooms: totals.len(),
            })
        })
        .collect()
}

/// Every round, newest first, with how many of the rooms it covers are scored and how many it
/// covers: the rooms are read once for all the rounds.
pub fn rounds_progress(book: &Book) -> Vec<(InspectionRound, usize, usize)> {
    let mut by_building: HashMap<RecordId, Vec<RecordId>> = HashMap::new();
    let mut live = std::collections::HashSet::new();
    for (id, r) in book.live(ROOM) {
        live.insert(id);
        if let Some(b) = r.reference("building") {
            by_building.entry(b).or_default().push(id);
        }
    }
    inspection_rounds(book)
        .into_iter()
        .map(|round| {
            let rooms: Vec<RecordId> = if round.rooms.is_empty() {
                round.buildings.iter().flat_map(|b| by_building.get(b).into_iter().flatten().copied()).collect()
            } else {
                round.rooms.iter().copied().filter(|id| live.contains(id)).collect()
            };
            let scored = rooms.iter().filter(|room| is_scored(book, round.id, **room)).count();
            (round, scored, rooms.len())
        })
        .collect()
}

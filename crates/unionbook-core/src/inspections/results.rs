//! A round's results. Pure: every scored room of a round with its total and band under the
//! round's own copy of the rubric, the rankings of rooms and buildings (ties share a rank),
//! the rooms to fix and to check again. The semester's trends are `trends`; the notice for a
//! chat group is `notice`.

use std::cmp::Ordering;
use std::collections::HashMap;

use super::model::{
    Building, FAULT_PREFIX, ITEM_SCORE_PREFIX, InspectionRound, ROOM, ROOM_SCORE, Room, building, natural_key,
    room_score_id,
};
use super::rubric::{Rubric, ScoreSheet, counted};
use crate::book::{Book, RecordId};
use crate::forms::Tenths;

/// The browser's pinyin collation, passed in so that this file stays pure.
pub type Collate<'a> = &'a dyn Fn(&str, &str) -> Ordering;

/// One scored room of a round.
#[derive(Clone, Debug, PartialEq)]
pub struct ScoredRoom {
    pub room: Room,
    /// Its building's name, for display.
    pub building: String,
    pub total: Tenths,
    /// An index into the round's rubric's bands.
    pub band: Option<usize>,
    pub vetoed: bool,
    /// The labels of the veto items found, in the rubric's order: a notice says why.
    pub vetoed_by: Vec<String>,
    pub recheck: bool,
    pub note: String,
    /// Its place in the round's walk (the rooms covered, building by building as chosen).
    pub stop: usize,
    /// Standard competition ranking: 1 + the number of rooms strictly better.
    pub rank: usize,
}

impl ScoredRoom {
    /// What the room adds to a mean: 0 when vetoed (`rubric::counted`).
    pub fn counted(&self) -> Tenths {
        counted(self.total, self.vetoed)
    }

    /// "学生公寓1号楼 305": the building's name and the room's number.
    pub fn label(&self) -> String {
        if self.building.is_empty() {
            self.room.number.clone()
        } else {
            format!("{} {}", self.building, self.room.number)
        }
    }
}

/// A building's part of a round: its scored rooms' totals, how many rooms fell in each band.
#[derive(Clone, Debug, PartialEq)]
pub struct BuildingResult {
    pub building: Building,
    pub rooms: usize,
    /// The sum of its rooms' counted totals (a vetoed room adds 0), in tenths: the mean is
    /// `sum / rooms`, compared exactly.
    pub sum: i64,
    pub bands: Vec<usize>,
    pub vetoed: usize,
    pub rank: usize,
}

impl BuildingResult {
    /// The mean total, to the nearest tenth (halves up), for display.
    pub fn mean(&self) -> Tenths {
        mean(self.sum, self.rooms)
    }
}

pub(super) fn mean(sum: i64, count: usize) -> Tenths {
    let count = count.max(1) as i64;
    Tenths((2 * sum + count).div_euclid(2 * count))
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct RoundResults {
    /// The rubric the round was scored with (its copy, not the rubric as it is now).
    pub rubric: Rubric,
    /// How many rooms the round covers, scored or not.
    pub covered: usize,
    /// The scored rooms in ranking order (ties by building and corridor order).
    pub rooms: Vec<ScoredRoom>,
    /// The buildings with a scored room, in ranking order.
    pub buildings: Vec<BuildingResult>,
}

/// A room's scores in a round, if it has any: read by the record's derived id.
pub fn sheet_of(book: &Book, round: RecordId, room: RecordId) -> Option<ScoreSheet> {
    book.get(room_score_id(round, room))
        .filter(|r| r.kind == ROOM_SCORE && !r.is_deleted())
        .map(ScoreSheet::from_record)
        .filter(ScoreSheet::is_scored)
}

/// Whether a room was scored in a round (as `ScoreSheet::is_scored` says), read without
/// building its sheet: for counting many rooms at once.
pub fn is_scored(book: &Book, round: RecordId, room: RecordId) -> bool {
    book.get(room_score_id(round, room)).filter(|r| r.kind == ROOM_SCORE && !r.is_deleted()).is_some_and(|r| {
        r.flag("inspected")
            || r.prefixed(FAULT_PREFIX).any(|(_, v)| v.as_i64().is_some_and(|n| n > 0))
            || r.prefixed(ITEM_SCORE_PREFIX).any(|(_, v)| Tenths::of(v).is_some())
    })
}

/// The rooms a round covers in the order it walks them, as `InspectionRound::covered_rooms`
/// has them, but with one pass over the book's rooms rather than one per building.
pub fn walk(book: &Book, round: &InspectionRound) -> Vec<Room> {
    if !round.rooms.is_empty() {
        return round.covered_rooms(book);
    }
    let mut rooms: Vec<(usize, Room)> = book
        .live(ROOM)
        .filter_map(|(id, r)| {
            let at = round.buildings.iter().position(|b| Some(*b) == r.reference("building"))?;
            Some((at, Room::from_record(id, r)))
        })
        .collect();
    rooms.sort_by_cached_key(|(at, room)| (*at, room.floor, natural_key(&room.number)));
    rooms.into_iter().map(|(_, room)| room).collect()
}

/// Orders rooms best first: any room that is not vetoed before any that is, then by total.
fn room_order(a: &ScoredRoom, b: &ScoredRoom) -> Ordering {
    a.vetoed.cmp(&b.vetoed).then(b.total.cmp(&a.total))
}

/// Orders buildings best first by their mean total, exactly: a/n > b/m when a·m > b·n.
fn building_order(a: &BuildingResult, b: &BuildingResult) -> Ordering {
    (i128::from(b.sum) * a.rooms as i128).cmp(&(i128::from(a.sum) * b.rooms as i128))
}

/// Gives each item of a list sorted best first its competition rank (1, 2, 2, 4).
fn rank_sorted<T>(items: &mut [T], order: impl Fn(&T, &T) -> Ordering, set: impl Fn(&mut T, usize)) {
    let mut rank = 1;
    for i in 0..items.len() {
        if i > 0 && order(&items[i - 1], &items[i]) != Ordering::Equal {
            rank = i + 1;
        }
        set(&mut items[i], rank);
    }
}

/// Where a room stands in its building's corridor, for ties shown in a stable order.
fn corridor(a: &Room, b: &Room) -> Ordering {
    (a.floor, natural_key(&a.number), a.id).cmp(&(b.floor, natural_key(&b.number), b.id))
}

/// Every scored room of the round, ranked, and its buildings ranked by their rooms' mean.
pub fn round_results(book: &Book, round: &InspectionRound, collate: Collate) -> RoundResults {
    let rubric = Rubric::from_copy(&round.rubric_copy);
    let covered = walk(book, round);
    let mut names: HashMap<RecordId, Option<Building>> = HashMap::new();
    let mut rooms: Vec<ScoredRoom> = Vec::new();
    for (stop, room) in covered.iter().enumerate() {
        let Some(sheet) = sheet_of(book, round.id, room.id) else { continue };
        let result = rubric.score(&sheet);
        let building = room.building.and_then(|b| names.entry(b).or_insert_with(|| building(book, b)).clone());
        rooms.push(ScoredRoom {
            room: room.clone(),
            building: building.map(|b| b.name).unwrap_or_default(),
            total: result.total,
            band: result.band,
            vetoed: !result.vetoed_by.is_empty(),
            vetoed_by: result
                .vetoed_by
                .iter()
                .filter_map(|key| rubric.item(*key))
                .map(|item| item.label.clone())
                .collect(),
            recheck: sheet.recheck,
            note: sheet.note,
            stop,
            rank: 0,
        });
    }
    rooms.sort_by(|a, b| {
        room_order(a, b)
            .then_with(|| collate(&a.building, &b.building))
            .then(a.room.building.cmp(&b.room.building))
            .then_with(|| corridor(&a.room, &b.room))
    });
    rank_sorted(&mut rooms, room_order, |r, n| r.rank = n);
    let buildings = rank_buildings(&rooms, &names, rubric.bands.len(), collate);
    RoundResults { rubric, covered: covered.len(), rooms, buildings }
}

fn rank_buildings(
    rooms: &[ScoredRoom],
    names: &HashMap<RecordId, Option<Building>>,
    bands: usize,
    collate: Collate,
) -> Vec<BuildingResult> {
    let mut by_building: HashMap<RecordId, BuildingResult> = HashMap::new();
    for r in rooms {
        let Some(Some(b)) = r.room.building.and_then(|id| names.get(&id)) else { continue };
        let entry = by_building.entry(b.id).or_insert_with(|| BuildingResult {
            building: b.clone(),
            rooms: 0,
            sum: 0,
            bands: vec![0; bands],
            vetoed: 0,
            rank: 0,
        });
        entry.rooms += 1;
        entry.sum += r.counted().0;
        entry.vetoed += usize::from(r.vetoed);
        if let Some(band) = r.band {
            entry.bands[band] += 1;
        }
    }
    let mut list: Vec<BuildingResult> = by_building.into_values().collect();
    list.sort_by(|a, b| {
        building_order(a, b)
            .then_with(|| collate(&a.building.name, &b.building.name))
            .then(a.building.id.cmp(&b.building.id))
    });
    rank_sorted(&mut list, building_order, |b, n| b.rank = n);
    list
}

impl RoundResults {
    /// Rooms that must be fixed: below the threshold, or vetoed; in the order the round walks.
    pub fn to_fix(&self, threshold: Option<i64>) -> Vec<&ScoredRoom> {
        self.in_corridor_order(|r| r.vetoed || threshold.is_some_and(|t| r.total.0 < t))
    }

    /// Rooms flagged to be seen again; in the order the round walks.
    pub fn rechecks(&self) -> Vec<&ScoredRoom> {
        self.in_corridor_order(|r| r.recheck)
    }

    fn in_corridor_order(&self, keep: impl Fn(&ScoredRoom) -> bool) -> Vec<&ScoredRoom> {
        let mut found: Vec<&ScoredRoom> = self.rooms.iter().filter(|r| keep(r)).collect();
        found.sort_by_key(|r| r.stop);
        found
    }

    /// How many scored rooms fell in each band.
    pub fn band_counts(&self) -> Vec<usize> {
        let mut counts = vec![0; self.rubric.bands.len()];
        for band in self.rooms.iter().filter_map(|r| r.band) {
            counts[band] += 1;
        }
        counts
    }
}

#[cfg(test)]
#[path = "results_tests.rs"]
mod tests;

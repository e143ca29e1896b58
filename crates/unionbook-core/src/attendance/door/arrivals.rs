//! The arrivals at a list over every door's log, as the secretary sees them once the doors'
//! files are imported: each person once, at their earliest arrival, and a person tapped at
//! two doors shown as such with both times, never hidden. Pure.

use std::collections::BTreeMap;

use super::model::DoorLog;
use crate::book::RecordId;

/// One person's arrival.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Arrival {
    pub person: RecordId,
    /// The earliest arrival over every door.
    pub first_ms: i64,
    /// Every door that tapped them (log id, door name, time), earliest first.
    pub doors: Vec<(RecordId, String, i64)>,
}

impl Arrival {
    /// Tapped at more than one door.
    pub fn is_double(&self) -> bool {
        self.doors.len() > 1
    }

    /// The door of the earliest arrival.
    pub fn first_door(&self) -> &str {
        &self.doors[0].1
    }
}

/// Everyone who arrived, earliest first (ties by person id, the same on every phone).
pub fn arrivals(logs: &[DoorLog]) -> Vec<Arrival> {
    let mut by_person: BTreeMap<RecordId, Vec<(RecordId, String, i64)>> = BTreeMap::new();
    for log in logs {
        for (person, at) in &log.arrivals {
            by_person.entry(*person).or_default().push((log.id, log.door.clone(), *at));
        }
    }
    let mut list: Vec<Arrival> = by_person
        .into_iter()
        .map(|(person, mut doors)| {
            doors.sort_by_key(|(log, _, at)| (*at, *log));
            Arrival { person, first_ms: doors[0].2, doors }
        })
        .collect();
    list.sort_by_key(|a| (a.first_ms, a.person));
    list
}

#[cfg(test)]
#[path = "arrivals_tests.rs"]
mod tests;

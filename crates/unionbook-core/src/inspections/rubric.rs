//! A rubric and what it makes of a room's scores. Pure. A rubric's items and bands are kept as
//! JSON text in the rubric record, and a round keeps the whole rubric as one JSON document
//! (`to_copy`), so a round is always scored by the rubric it began with.
//!
//! Points are exact tenths (`Tenths`): an item worth 10 with a deduction of 2.5 per fault.

use serde_json::{Value, json};

use super::model::{FAULT_PREFIX, ITEM_SCORE_PREFIX, MAX_FAULTS, MAX_POINTS};
use crate::book::schema::{tenths_of, tenths_value};
use crate::book::{Record, RecordId};
use crate::forms::Tenths;

/// One thing the inspectors look at. A veto item (banned appliance, smoking, pets) has no
/// points: one fault puts the room in the lowest band whatever its points.
#[derive(Clone, Debug, PartialEq)]
pub struct RubricItem {
    /// Stable across edits, so scores keep pointing at the item (`fault:<key>`).
    pub key: RecordId,
    /// The part of the room it belongs to ("公共区域", "床铺"), for grouping on the screen.
    pub section: String,
    pub label: String,
    pub points: Tenths,
    /// Taken off `points` per fault, never below zero.
    pub deduction: Tenths,
    pub veto: bool,
}

/// A band and the least total that reaches it ("优秀" from 90).
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub name: String,
    pub min: Tenths,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rubric {
    pub name: String,
    pub version: i64,
    pub items: Vec<RubricItem>,
    /// Highest first; the last is the lowest band, where a vetoed room goes.
    pub bands: Vec<Band>,
}

fn tenths(v: &Value, key: &str) -> Option<Tenths> {
    v.get(key).and_then(tenths_of).filter(|t| (0..=MAX_POINTS * 10).contains(t)).map(Tenths)
}

fn text(v: &Value, key: &str, max: usize) -> String {
    v.get(key).and_then(Value::as_str).unwrap_or("").chars().take(max).collect()
}

impl RubricItem {
    fn from_json(v: &Value) -> Option<RubricItem> {
        Some(RubricItem {
            key: v.get("key").and_then(Value::as_str).and_then(RecordId::parse)?,
            section: text(v, "section", 40),
            label: text(v, "label", 80),
            points: tenths(v, "points").unwrap_or(Tenths(0)),
            deduction: tenths(v, "deduction").unwrap_or(Tenths(0)),
            veto: v.get("veto").and_then(Value::as_bool).unwrap_or(false),
        })
    }

    fn to_json(&self) -> Value {
        json!({
            "key": self.key.to_string(),
            "section": self.section,
            "label": self.label,
            "points": tenths_value(self.points.0),
            "deduction": tenths_value(self.deduction.0),
            "veto": self.veto,
        })
    }
}

impl Band {
    fn from_json(v: &Value) -> Option<Band> {
        Some(Band { name: text(v, "name", 20), min: tenths(v, "min")? })
    }

    fn to_json(&self) -> Value {
        json!({ "name": self.name, "min": tenths_value(self.min.0) })
    }
}

/// Reads a JSON array of `T`, skipping what is not one: stored text may come from any file,
/// and a damaged item should cost that item, not the rubric.
fn list<T>(text: &str, read: fn(&Value) -> Option<T>) -> Vec<T> {
    serde_json::from_str::<Value>(text)
        .ok()
        .and_then(|v| v.as_array().map(|a| a.iter().filter_map(read).collect()))
        .unwrap_or_default()
}

impl Rubric {
    /// A rubric record as it is now.
    pub fn from_record(r: &Record) -> Rubric {
        let mut rubric = Rubric {
            name: r.text("name").to_owned(),
            version: r.value("version").and_then(Value::as_i64).unwrap_or(1),
            items: list(r.text("items"), RubricItem::from_json),
            bands: list(r.text("bands"), Band::from_json),
        };
        rubric.settle();
        rubric
    }

    /// The rubric a round keeps (`rubric_copy`); empty when the text is not one.
    pub fn from_copy(copy: &str) -> Rubric {
        let Ok(v) = serde_json::from_str::<Value>(copy) else { return Rubric::default() };
        let mut rubric = Rubric {
            name: text(&v, "name", 80),
            version: v.get("version").and_then(Value::as_i64).unwrap_or(1),
            items: v
                .get("items")
                .and_then(Value::as_array)
                .map_or_else(Vec::new, |a| a.iter().filter_map(RubricItem::from_json).collect()),
            bands: v
                .get("bands")
                .and_then(Value::as_array)
                .map_or_else(Vec::new, |a| a.iter().filter_map(Band::from_json).collect()),
        };
        rubric.settle();
        rubric
    }

    /// Bands highest first, one item per key (the first): what every reader may rely on.
    fn settle(&mut self) {
        self.bands.sort_by(|a, b| b.min.cmp(&a.min));
        let mut seen = std::collections::HashSet::new();
        self.items.retain(|item| seen.insert(item.key));
    }

    /// The items' JSON text, for the rubric record's `items` field.
    pub fn items_text(&self) -> String {
        Value::Array(self.items.iter().map(RubricItem::to_json).collect()).to_string()
    }

    /// The bands' JSON text, for the rubric record's `bands` field.
    pub fn bands_text(&self) -> String {
        Value::Array(self.bands.iter().map(Band::to_json).collect()).to_string()
    }

    /// The whole rubric as a round keeps it.
    pub fn to_copy(&self) -> String {
        json!({
            "name": self.name,
            "version": self.version,
            "items": self.items.iter().map(RubricItem::to_json).collect::<Vec<_>>(),
            "bands": self.bands.iter().map(Band::to_json).collect::<Vec<_>>(),
        })
        .to_string()
    }

    /// The most a room can score: every item with points at full marks.
    pub fn full_marks(&self) -> Tenths {
        Tenths(self.items.iter().filter(|i| !i.veto).map(|i| i.points.0).sum())
    }

    pub fn item(&self, key: RecordId) -> Option<&RubricItem> {
        self.items.iter().find(|i| i.key == key)
    }

    /// The band of a total: the highest band it reaches; a vetoed room, or a total below every
    /// band, is in the lowest. `None` when the rubric has no bands.
    pub fn band_of(&self, total: Tenths, vetoed: bool) -> Option<usize> {
        if self.bands.is_empty() {
            return None;
        }
        let lowest = self.bands.len() - 1;
        if vetoed {
            return Some(lowest);
        }
        Some(self.bands.iter().position(|b| total >= b.min).unwrap_or(lowest))
    }

    /// What a room's scores come to under this rubric.
    pub fn score(&self, sheet: &ScoreSheet) -> RoomResult {
        let mut total = 0;
        let mut vetoed_by = Vec::new();
        for item in &self.items {
            let faults = sheet.faults_of(item.key);
            if item.veto {
                if faults > 0 {
                    vetoed_by.push(item.key);
                }
                continue;
            }
            let points = match sheet.item_score(item.key) {
                Some(score) => score.0.clamp(0, item.points.0),
                None => (item.points.0 - faults * item.deduction.0).max(0),
            };
            total += points;
        }
        let vetoed = !vetoed_by.is_empty();
        RoomResult { total: Tenths(total), band: self.band_of(Tenths(total), vetoed), vetoed_by }
    }
}

/// A room's scores in a round as stored (`room_score`): faults counted per item, items scored
/// directly, the note, the re-check flag.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScoreSheet {
    pub faults: Vec<(RecordId, i64)>,
    pub scores: Vec<(RecordId, Tenths)>,
    pub inspected: bool,
    pub recheck: bool,
    pub note: String,
}

impl ScoreSheet {
    pub fn from_record(r: &Record) -> ScoreSheet {
        ScoreSheet {
            faults: r
                .prefixed(FAULT_PREFIX)
                .filter_map(|(id, v)| Some((id, v.as_i64()?.clamp(0, MAX_FAULTS))))
                .collect(),
            scores: r.prefixed(ITEM_SCORE_PREFIX).filter_map(|(id, v)| Some((id, Tenths::of(v)?))).collect(),
            inspected: r.flag("inspected"),
            recheck: r.flag("recheck"),
            note: r.text("note").to_owned(),
        }
    }

    pub fn faults_of(&self, item: RecordId) -> i64 {
        self.faults.iter().find(|(k, _)| *k == item).map_or(0, |(_, n)| *n)
    }

    pub fn item_score(&self, item: RecordId) -> Option<Tenths> {
        self.scores.iter().find(|(k, _)| *k == item).map(|(_, s)| *s)
    }

    /// Whether the room was scored at all: seen, or given any fault or score.
    pub fn is_scored(&self) -> bool {
        self.inspected || self.faults.iter().any(|(_, n)| *n > 0) || !self.scores.is_empty()
    }
}

/// A room's total, its band (an index into the rubric's bands) and the veto items it broke.
#[derive(Clone, Debug, PartialEq)]
pub struct RoomResult {
    pub total: Tenths,
    pub band: Option<usize>,
    pub vetoed_by: Vec<RecordId>,
}

impl RoomResult {
    /// What the room adds to a mean: its total, or nothing when a veto item was found.
    pub fn counted(&self) -> Tenths {
        counted(self.total, !self.vetoed_by.is_empty())
    }
}

/// A vetoed room counts as 0 in every mean (a building's, a round's, a semester's): a veto
/// fails the room whatever its points, so its raw total (say 80) must not lift an average
/// above buildings whose rooms all passed.
pub fn counted(total: Tenths, vetoed: bool) -> Tenths {
    if vetoed { Tenths(0) } else { total }
}

/// The field one fault tap writes: the item's new count of faults.
pub fn fault_field(item: RecordId, faults: i64) -> (String, Value) {
    let faults = faults.clamp(0, MAX_FAULTS);
    (format!("{FAULT_PREFIX}{item}"), if faults == 0 { Value::Null } else { json!(faults) })
}

/// The field an item scored directly writes; `None` clears it (faults count again).
pub fn item_score_field(item: RecordId, score: Option<Tenths>) -> (String, Value) {
    (format!("{ITEM_SCORE_PREFIX}{item}"), score.map_or(Value::Null, Tenths::value))
}

#[cfg(test)]
#[path = "rubric_tests.rs"]
mod tests;

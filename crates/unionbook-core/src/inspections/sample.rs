//! The sample union's inspections (see `crate::sample`): the Ministry of Life's rubric, two
//! buildings of four rooms with residents from the register, and the September and October
//! rounds, with a few faults, one veto and one re-check.

use serde_json::{Value, json};

use super::corridor::{Touch, Where, tap};
use super::model::{BUILDING, INSPECTION_ROUND, ROOM, ROOM_SCORE, RUBRIC, room_score_id};
use super::places::quick_room_fields;
use super::rubric::{Band, Rubric, RubricItem};
use super::rubric_drafts::rubric_fields;
use crate::book::{Entropy, Record, RecordId, SeededEntropy};
use crate::forms::Tenths;
use crate::people::sample::{Put, SamplePeople};

/// (section, label, points, deduction per fault); a veto item has no points.
const ITEMS: &[(&str, &str, i64, i64)] = &[
    ("公共区域", "地面", 15, 2),
    ("公共区域", "卫生间", 15, 3),
    ("公共区域", "阳台", 10, 2),
    ("公共区域", "门窗墙面", 10, 2),
    ("公共区域", "空气", 10, 2),
    ("个人区域", "床铺", 20, 2),
    ("个人区域", "书桌", 20, 2),
];
const VETOES: &[&str] = &["违规电器", "吸烟", "宠物"];

/// Per round, per room (in the order below): the faults as (item index, count), the veto item
/// found, and whether the room is to be seen again.
type Visit = (&'static [(usize, i64)], Option<usize>, bool);
const SEPTEMBER: [Visit; 8] = [
    (&[(0, 1)], None, false),
    (&[(1, 2), (5, 1)], None, false),
    (&[], None, false),
    (&[(2, 3), (6, 3), (1, 3)], None, true),
    (&[(4, 1)], None, false),
    (&[], Some(0), false),
    (&[(0, 2), (5, 2)], None, false),
    (&[(3, 1)], None, false),
];
const OCTOBER: [Visit; 8] = [
    (&[], None, false),
    (&[(5, 1)], None, false),
    (&[(0, 1)], None, false),
    (&[(6, 1)], None, false),
    (&[], None, false),
    (&[(1, 1)], None, false),
    (&[(0, 1)], None, false),
    (&[], None, false),
];

pub fn records(people: &SamplePeople, put: &mut Put<'_>) {
    let mut ids = SeededEntropy(0x1a5b_0010);
    let mut items: Vec<RubricItem> = ITEMS
        .iter()
        .map(|(section, label, points, deduction)| RubricItem {
            key: ids.new_id(),
            section: (*section).into(),
            label: (*label).into(),
            points: Tenths(points * 10),
            deduction: Tenths(deduction * 10),
            veto: false,
        })
        .collect();
    let vetoes: Vec<RecordId> = VETOES.iter().map(|_| ids.new_id()).collect();
    items.extend(VETOES.iter().zip(&vetoes).map(|(label, key)| RubricItem {
        key: *key,
        section: String::new(),
        label: (*label).into(),
        points: Tenths(0),
        deduction: Tenths(0),
        veto: true,
    }));
    let band = |name: &str, min: i64| Band { name: name.into(), min: Tenths(min * 10) };
    let rubric = Rubric {
        name: "宿舍卫生检查细则".into(),
        version: 1,
        items,
        bands: vec![band("优秀", 90), band("合格", 80), band("不合格", 0)],
    };
    let rubric_id = ids.new_id();
    put(rubric_id, RUBRIC, rubric_fields(&rubric, "生活部制定，每月检查一次。", None));

    let mut rooms = Vec::new();
    let mut residents = people.students.iter().map(|(id, _)| *id);
    for (name, floor, numbers) in
        [("东区3号楼", 3, ["301", "302", "303", "304"]), ("西区5号楼", 5, ["501", "502", "503", "504"])]
    {
        let building = ids.new_id();
        put(building, BUILDING, vec![("name".into(), json!(name))]);
        for number in numbers {
            let room = ids.new_id();
            let mut fields = quick_room_fields(building, Some(floor), number);
            let living: Vec<String> = residents.by_ref().take(2).map(|p| p.to_string()).collect();
            if living.is_empty() {
                fields.push(("residents_typed".into(), json!("张同学、李同学")));
            } else {
                fields.push(("residents".into(), json!(living)));
            }
            put(room, ROOM, fields);
            rooms.push((building, room));
        }
    }
    let inspectors: Vec<String> = people.members.iter().skip(3).step_by(2).take(2).map(|m| m.0.to_string()).collect();
    let buildings: Vec<String> = rooms.iter().map(|(b, _)| b.to_string()).fold(Vec::new(), |mut list, b| {
        if !list.contains(&b) {
            list.push(b);
        }
        list
    });
    for (title, date, fix_by, visits) in [
        ("九月宿舍常规检查", "2026-09-24", "2026-09-30", SEPTEMBER),
        ("十月宿舍常规检查", "2026-10-22", "2026-10-29", OCTOBER),
    ] {
        let round = ids.new_id();
        put(
            round,
            INSPECTION_ROUND,
            vec![
                ("title".into(), json!(title)),
                ("date".into(), json!(date)),
                ("rubric".into(), json!(rubric_id.to_string())),
                ("rubric_copy".into(), json!(rubric.to_copy())),
                ("buildings".into(), json!(buildings)),
                ("inspectors".into(), json!(inspectors)),
                ("threshold".into(), json!(80)),
                ("fix_by".into(), json!(fix_by)),
            ],
        );
        for ((_, room), (faults, veto, recheck)) in rooms.iter().zip(visits) {
            let mut touches: Vec<Touch> = faults
                .iter()
                .flat_map(|(item, n)| (0..*n).map(|_| Touch::Fault { item: rubric.items[*item].key, veto: false }))
                .collect();
            touches.extend(veto.map(|v| Touch::Fault { item: vetoes[v], veto: true }));
            if recheck {
                touches.push(Touch::Recheck(true));
            }
            touches.push(Touch::Inspected);
            put(room_score_id(round, *room), ROOM_SCORE, score_fields(round, *room, &touches));
        }
    }
}

/// The fields a room's scores end with after these taps, as the corridor screen writes them.
fn score_fields(round: RecordId, room: RecordId, touches: &[Touch]) -> Vec<(String, Value)> {
    let mut record: Option<Record> = None;
    let mut clock = crate::book::Clock::new(room);
    for (n, touch) in touches.iter().enumerate() {
        let t = tap(record.as_ref(), touch, Where { round, room, inspector: None });
        let mut book = crate::book::Book::new();
        if let Some(r) = record.take() {
            book.insert(room, r);
        }
        book.write(room, ROOM_SCORE, clock.tick(n as u64 + 1), t.fields);
        record = book.get(room).cloned();
    }
    record
        .map(|r| r.fields.into_iter().filter(|(_, e)| !e.value.is_null()).map(|(k, e)| (k, e.value)).collect())
        .unwrap_or_default()
}

#[cfg(test)]
#[path = "sample_tests.rs"]
mod tests;

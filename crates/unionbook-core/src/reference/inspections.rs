//! The reference data set's dormitory inspections, in the app's own kinds: 300 rooms in five
//! buildings, a rubric of ten items (seven scored, three veto items), and a semester of weekly
//! rounds whose rooms' scores are `score:<item>` fields (and `fault:<item>` for a broken veto
//! item), about 40,000 in all. A room left out of a round has no record for it, as in the app.

use serde_json::{Value, json};

use crate::book::{Book, Entropy, RecordId, SeededEntropy};

pub const BUILDINGS: usize = 5;
pub const FLOORS: usize = 6;
pub const ROOMS_PER_FLOOR: usize = 10;
pub const ROUNDS: usize = 20;

/// (section, label, points, deduction per fault); points 0 is a veto item.
const ITEMS: &[(&str, &str, i64, i64)] = &[
    ("公共区域", "地面", 15, 3),
    ("公共区域", "卫生间", 15, 3),
    ("公共区域", "阳台", 10, 2),
    ("公共区域", "门窗墙面", 10, 2),
    ("公共区域", "空气", 10, 2),
    ("床铺书桌", "床铺", 20, 4),
    ("床铺书桌", "书桌", 20, 4),
    ("一票否决", "违章电器", 0, 0),
    ("一票否决", "吸烟", 0, 0),
    ("一票否决", "宠物", 0, 0),
];

/// How `reference_book` writes a record: `at` is the record's own id when it has one.
pub type Put<'a> =
    dyn FnMut(&mut Book, &mut SeededEntropy, Option<RecordId>, &str, Vec<(&str, Value)>) -> RecordId + 'a;

/// Writes the buildings, rooms (four residents each, from `students`), the rubric and the
/// rounds of the autumn semester of 2025 with their rooms' scores.
pub fn write(book: &mut Book, rng: &mut SeededEntropy, put: &mut Put, students: &[RecordId], members: &[RecordId]) {
    let mut rooms = Vec::new();
    let mut buildings = Vec::new();
    for b in 0..BUILDINGS {
        let building = put(book, rng, None, "building", vec![("name", json!(format!("学生公寓{}号楼", b + 1)))]);
        buildings.push(building.to_string());
        for floor in 1..=FLOORS {
            for n in 1..=ROOMS_PER_FLOOR {
                let first = rooms.len() * 4 % students.len();
                let residents: Vec<String> = students[first..first + 4].iter().map(RecordId::to_string).collect();
                let fields = vec![
                    ("building", json!(building.to_string())),
                    ("floor", json!(floor)),
                    ("number", json!(format!("{floor}{n:02}"))),
                    ("residents", json!(residents)),
                ];
                rooms.push(put(book, rng, None, "room", fields));
            }
        }
    }
    let keys: Vec<RecordId> = ITEMS.iter().map(|_| rng.new_id()).collect();
    let items: Vec<Value> = ITEMS
        .iter()
        .zip(&keys)
        .map(|((section, label, points, deduction), key)| {
            json!({"key": key.to_string(), "section": section, "label": label, "points": points,
                   "deduction": deduction, "veto": *points == 0})
        })
        .collect();
    let bands = json!([{"name": "优秀", "min": 90}, {"name": "良好", "min": 80}, {"name": "合格", "min": 60},
                       {"name": "不合格", "min": 0}]);
    let name = "宿舍卫生检查细则";
    let rubric = put(
        book,
        rng,
        None,
        "rubric",
        vec![
            ("name", json!(name)),
            ("version", json!(1)),
            ("items", json!(Value::Array(items.clone()).to_string())),
            ("bands", json!(bands.to_string())),
        ],
    );
    let copy = json!({"name": name, "version": 1, "items": items, "bands": bands}).to_string();
    let names: Vec<String> = keys.iter().map(|k| format!("score:{k}")).collect();
    let first_monday = chrono::NaiveDate::from_ymd_opt(2025, 9, 8).expect("a date");
    for week in 0..ROUNDS {
        let date = first_monday + chrono::Days::new(7 * week as u64);
        let round = put(
            book,
            rng,
            None,
            "inspection_round",
            vec![
                ("title", json!(format!("第{}周宿舍卫生检查", week + 2))),
                ("date", json!(date.to_string())),
                ("rubric", json!(rubric.to_string())),
                ("rubric_copy", json!(copy)),
                ("buildings", json!(buildings)),
                ("inspectors", json!([members[week % members.len()].to_string()])),
                ("threshold", json!(60)),
                ("fix_by", json!((date + chrono::Days::new(3)).to_string())),
            ],
        );
        for (i, room) in rooms.iter().enumerate() {
            // One room in twenty is not seen in a round: a gap in its trend.
            if rng.next_u64() % 20 == 0 {
                continue;
            }
            let mut fields = vec![
                ("round", json!(round.to_string())),
                ("room", json!(room.to_string())),
                ("inspected", json!(true)),
                ("inspector", json!(members[week % members.len()].to_string())),
            ];
            let care = (i % 4) as u64 * 10;
            for ((_, _, points, deduction), field) in ITEMS.iter().zip(&names).filter(|((_, _, p, _), _)| *p > 0) {
                let r = rng.next_u64() % 100;
                let faults = [65 - care, 90 - care / 2, 97].iter().filter(|&&t| r >= t).count() as i64;
                fields.push((field.as_str(), json!((points - faults * deduction).max(0))));
            }
            let veto = format!("fault:{}", keys[7 + (i % 3)]);
            if rng.next_u64() % 50 == 0 {
                fields.push((veto.as_str(), json!(1)));
                fields.push(("recheck", json!(true)));
            }
            put(book, rng, Some(round.derived(*room)), "room_score", fields);
        }
    }
}

//! The reference data set of PRODUCT.md — one department over four years — generated
//! deterministically, for the storage tests and the benchmark (`examples/reference_data.rs`,
//! `tests/e2e/bench/`). Students, members, activities and the attendance lists are the app's
//! own kinds (marks as `mark:<id>` fields of the lists, arrivals in door logs, a room's scores
//! in a round as fields of one record, money as expenses, income, sponsorships and budgets).

use serde_json::{Value, json};

use crate::book::Book;
use crate::book::clock::Clock;
use crate::book::id::{Entropy, RecordId, SeededEntropy};

mod inspections;
mod money;

/// How many records of each kind the reference data set holds.
pub const STUDENTS: usize = 2_000;
pub const MEMBERS: usize = 60;
pub const ACTIVITIES: usize = 400;
/// About as many: `score:`/`fault:` fields of `room_score` records (see `inspections`).
pub const INSPECTION_SCORES: usize = 40_000;
pub const INSPECTION_ROOMS: usize = inspections::BUILDINGS * inspections::FLOORS * inspections::ROOMS_PER_FLOOR;
pub const ATTENDANCE_CHECKS: usize = 3_000;
pub const ATTENDANCE_MARKS: usize = 30_000;
pub const MONEY_ENTRIES: usize = 2_000;

const SURNAMES: &[&str] = &["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"];
const GIVEN: &[&str] = &["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛"];
const MAJORS: &[&str] = &["人力资源管理", "劳动与社会保障", "行政管理", "公共事业管理"];
const UNITS: &[&str] = &[
    "学习部",
    "生活部",
    "文艺部",
    "社会部",
    "宣传部",
    "实践部",
    "办公室",
    "演讲与辩论协会",
    "人力资源管理协会",
    "劳动与社会保障协会",
];

/// Builds the reference book. Four years of edits from three officers' phones.
pub fn reference_book() -> (Book, RecordId) {
    let mut rng = SeededEntropy(2026);
    let devices: Vec<RecordId> = (0..3).map(|_| rng.new_id()).collect();
    let mut clocks: Vec<Clock> = devices.iter().map(|d| Clock::new(*d)).collect();
    let mut book = Book::new();
    let start = 1_630_000_000_000u64; // September 2021
    let mut t = start;
    // `at`: the record's own id when it has one (a room's scores in a round), else a new one.
    let mut put =
        |book: &mut Book, rng: &mut SeededEntropy, at: Option<RecordId>, kind: &str, fields: Vec<(&str, Value)>| {
            t += 60_000;
            let device = (rng.next_u64() % 3) as usize;
            let id = at.unwrap_or_else(|| rng.new_id());
            let stamp = clocks[device].tick(t);
            book.write(id, kind, stamp, fields.into_iter().map(|(k, v)| (k.to_owned(), v)));
            id
        };
    for (i, officer) in ["李华", "王芳", "张伟"].iter().enumerate() {
        let stamp = Clock::new(devices[i]).tick(start);
        book.write(devices[i], "device", stamp, [("officer".to_owned(), json!(officer))]);
    }
    let pick = |rng: &mut SeededEntropy, list: &[&'static str]| list[(rng.next_u64() % list.len() as u64) as usize];
    let name = |rng: &mut SeededEntropy| format!("{}{}{}", pick(rng, SURNAMES), pick(rng, GIVEN), pick(rng, GIVEN));

    let units: Vec<RecordId> = UNITS
        .iter()
        .map(|u| {
            put(
                &mut book,
                &mut rng,
                None,
                "unit",
                vec![
                    ("name_zh", json!(u)),
                    ("kind", json!(if u.ends_with("协会") { "association" } else { "ministry" })),
                    ("founded", json!("2019-09-01")),
                    ("active", json!(true)),
                ],
            )
        })
        .collect();
    let students: Vec<(RecordId, String)> = (0..STUDENTS)
        .map(|i| {
            let major = pick(&mut rng, MAJORS);
            let student_id = format!("20{:02}{:06}", 18 + i % 4, i);
            let fields = vec![
                ("name", json!(name(&mut rng))),
                ("student_id", json!(student_id)),
                ("class", json!(format!("{major} {}", 2101 + i % 6))),
                ("major", json!(major)),
                ("year", json!(2018 + (i % 4) as i64)),
                ("phone", json!(format!("138{:08}", rng.next_u64() % 100_000_000))),
            ];
            (put(&mut book, &mut rng, None, "student", fields), student_id)
        })
        .collect();
    // A member is one of the students (same student id), with a role in a unit.
    let mut members = Vec::new();
    for i in 0..MEMBERS {
        let fields = vec![
            ("name", json!(name(&mut rng))),
            ("student_id", json!(students[i * 7].1)),
            ("phone", json!(format!("139{:08}", rng.next_u64() % 100_000_000))),
        ];
        let member = put(&mut book, &mut rng, None, "member", fields);
        members.push(member);
        let role = vec![
            ("member", json!(member.to_string())),
            ("unit", json!(units[i % units.len()].to_string())),
            ("position", json!(if i % 6 == 0 { "minister" } else { "member" })),
            ("from", json!(format!("{}-09-01", 2021 + (i % 4)))),
        ];
        put(&mut book, &mut rng, None, "role", role);
    }
    let people: Vec<RecordId> = students.iter().map(|(id, _)| *id).collect();
    let activities: Vec<RecordId> = (0..ACTIVITIES)
        .map(|i| {
            let fields = vec![
                ("title", json!(format!("第{}届青春飞扬演讲比赛", i % 9 + 1))),
                ("status", json!("summarised")),
                ("units", json!([units[i % units.len()].to_string()])),
                ("category", json!("study")),
                ("scope", json!("department")),
                ("date", json!(format!("{}-{:02}-{:02}", 2021 + i / 100, 1 + i % 12, 1 + i % 28))),
                ("starts_at", json!("19:00")),
                ("venue", json!("教学楼 A201")),
                ("expected", json!(120)),
                ("counted", json!(100 + (i % 50) as i64)),
                ("outcome", json!("活动圆满完成，参与同学反响热烈，提高了我系的知名度。宣传工作还需加强。")),
            ];
            put(&mut book, &mut rng, None, "activity", fields)
        })
        .collect();
    inspections::write(&mut book, &mut rng, &mut put, &people, &members);
    // The attendance checks are lists as the app keeps them: meetings and trainings checked in
    // at a door (a mark per person on the list, the arrival in the door's log), and evening
    // self-study checks that mark the exceptions. Ten marks each.
    const PER_CHECK: usize = ATTENDANCE_MARKS / ATTENDANCE_CHECKS;
    for i in 0..ATTENDANCE_CHECKS {
        let date = format!("{}-{:02}-{:02}", 2021 + i / 750, 1 + i % 12, 1 + i % 28);
        let who: Vec<RecordId> = (0..PER_CHECK).map(|k| people[(i * PER_CHECK + k) * 13 % people.len()]).collect();
        let invited = json!(who.iter().map(RecordId::to_string).collect::<Vec<_>>());
        let (kind, mut fields) = match i % 4 {
            0 => ("meeting", vec![("title", json!("部门例会")), ("meeting_kind", json!("departmental"))]),
            1 => ("training", vec![("topic", json!("活动策划书写作培训"))]),
            _ => (
                "self_study",
                vec![("class", json!(format!("{} {}", MAJORS[i % 4], 2101 + i % 6))), ("expected", json!(40))],
            ),
        };
        fields.extend([("date", json!(date)), ("invited", invited)]);
        let door = kind != "self_study";
        if door {
            fields.push(("starts_at", json!("19:00")));
        }
        let marks: Vec<(String, &str)> = who
            .iter()
            .map(|p| {
                (
                    format!("mark:{p}"),
                    ["present", "present", "late", "absent", "excused"][(rng.next_u64() % 5) as usize],
                )
            })
            .collect();
        let mut all: Vec<(&str, Value)> = fields;
        all.extend(marks.iter().map(|(f, m)| (f.as_str(), json!(m))));
        let list = put(&mut book, &mut rng, None, kind, all);
        if door {
            let arrivals: Vec<(String, i64)> = marks
                .iter()
                .filter(|(_, m)| matches!(*m, "present" | "late"))
                .enumerate()
                .map(|(k, (f, _))| {
                    (format!("at:{}", &f["mark:".len()..]), (start + i as u64 * 3_600_000 + k as u64 * 20_000) as i64)
                })
                .collect();
            let mut log = vec![
                ("list", json!(list.to_string())),
                ("device", json!(devices[i % 3].to_string())),
                ("door", json!(if i % 2 == 0 { "东门" } else { "西门" })),
            ];
            log.extend(arrivals.iter().map(|(f, at)| (f.as_str(), json!(at))));
            put(&mut book, &mut rng, None, "check_in", log);
        }
    }
    money::write(&mut book, &mut rng, &mut put, &units, &activities, &members);
    (book, devices[0])
}

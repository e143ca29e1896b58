//! The students register in the sample union (see `crate::sample`): an entry for every sample
//! member (their student id and class), and two classes whole — 行政管理 2401 (24 students,
//! one of them the member 吴可欣) and 政治学与行政学 2402 (22) — for the self-study checks.

use serde_json::json;

use super::model::{STUDENT, major_of_class};
use crate::book::{Entropy, SeededEntropy};
use crate::people::sample::{Put, SamplePeople};

/// The classes the self-study sample checks, with how many students each has in all.
pub const CLASSES: [(&str, usize, u64); 2] =
    [("行政管理 2401", 24, 2_024_000_001), ("政治学与行政学 2402", 22, 2_024_000_101)];

const SURNAMES: &[&str] = &[
    "王", "李", "张", "杨", "黄", "徐", "胡", "朱", "郭", "梁", "宋", "谢", "韩", "唐", "冯", "于", "董", "萧", "程",
    "曹", "袁", "邓", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "余",
    "潘", "杜", "戴", "夏", "钟", "汪", "田", "任", "姜", "范",
];

/// Given names, each with the gender the sample gives it.
const GIVEN: &[(&str, &str)] = &[
    ("子轩", "male"),
    ("雨萱", "female"),
    ("浩宇", "male"),
    ("欣怡", "female"),
    ("梓涵", "female"),
    ("俊熙", "male"),
    ("诗雨", "female"),
    ("宇航", "male"),
    ("嘉怡", "female"),
    ("明轩", "male"),
    ("佳琪", "female"),
    ("博涛", "male"),
    ("若曦", "female"),
    ("晨阳", "male"),
    ("雅静", "female"),
    ("天佑", "male"),
    ("梦瑶", "female"),
    ("志强", "male"),
    ("婉清", "female"),
    ("思源", "male"),
];

pub fn records(people: &SamplePeople, put: &mut Put<'_>) {
    let mut ids = SeededEntropy(0x5a3d_5700);
    let room = |n: usize, gender: &str| {
        let building = if gender == "female" { 6 } else { 3 };
        format!("{building}-{}{:02}", 2 + n % 4, 1 + n % 12)
    };
    for (n, (_, name, student_id, class)) in people.members.iter().enumerate() {
        put(
            ids.new_id(),
            STUDENT,
            vec![
                ("name".into(), json!(name)),
                ("student_id".into(), json!(student_id)),
                ("class".into(), json!(class)),
                ("major".into(), json!(major_of_class(class))),
                ("year".into(), json!(2023)),
                ("dorm".into(), json!(format!("{}-{}", 5 + n % 2, 401 + n))),
            ],
        );
    }
    let mut names = SURNAMES.iter().zip(GIVEN.iter().cycle().skip(3));
    for (class, size, first_id) in CLASSES {
        let members_in_class = people.members.iter().filter(|m| m.3 == class).count();
        for n in 0..size - members_in_class {
            let Some((surname, (given, gender))) = names.next() else { return };
            put(
                ids.new_id(),
                STUDENT,
                vec![
                    ("name".into(), json!(format!("{surname}{given}"))),
                    ("student_id".into(), json!((first_id + n as u64).to_string())),
                    ("class".into(), json!(class)),
                    ("major".into(), json!(major_of_class(class))),
                    ("year".into(), json!(2024)),
                    ("gender".into(), json!(gender)),
                    ("dorm".into(), json!(room(n, gender))),
                ],
            );
        }
    }
}

#[cfg(test)]
#[path = "sample_tests.rs"]
mod tests;

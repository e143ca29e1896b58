//! The sample union's awards (see `crate::sample`): the 2nd Youth Flying Speech Competition's
//! winner went on to a city-level first prize, the union was named an outstanding student
//! union by the school, and the Ministry of Life's lecture earned a department honour.

use serde_json::{Value, json};

use super::model::AWARD;
use crate::book::{Entropy, SeededEntropy};
use crate::people::sample::{Put, SamplePeople};

fn fields(list: &[(&str, Value)]) -> Vec<(String, Value)> {
    list.iter().map(|(f, v)| ((*f).to_owned(), v.clone())).collect()
}

pub fn records(people: &SamplePeople, put: &mut Put<'_>) {
    let mut new = SeededEntropy(0x6177_6172);
    let activity = |part: &str| people.activities.iter().find(|(_, t)| t.contains(part)).map(|(id, _)| id.to_string());
    let mut speech = fields(&[
        ("title", json!("市大学生演讲比赛")),
        ("award_kind", json!("competition")),
        ("level", json!("city")),
        ("prize", json!("一等奖")),
        ("awarded_by", json!("市教育局")),
        ("date", json!("2026-12-05")),
        ("recipient", json!("people")),
        ("people", json!([people.members[12].0.to_string()])),
        ("note", json!("院赛冠军代表学院参赛。")),
    ]);
    speech.extend(activity("第二届“青春飞扬”").map(|a| ("activity".to_owned(), json!(a))));
    put(new.new_id(), AWARD, speech);
    put(
        new.new_id(),
        AWARD,
        fields(&[
            ("title", json!("优秀学生会")),
            ("award_kind", json!("honour")),
            ("level", json!("school")),
            ("awarded_by", json!("校团委")),
            ("date", json!("2026-12-18")),
            ("recipient", json!("union")),
        ]),
    );
    let mut lecture = fields(&[
        ("title", json!("优秀学生活动")),
        ("award_kind", json!("honour")),
        ("level", json!("department")),
        ("awarded_by", json!("学院团总支")),
        ("date", json!("2026-11-10")),
        ("recipient", json!("unit")),
        ("unit", json!(people.units[2].to_string())),
    ]);
    lecture.extend(activity("健康心理讲座").map(|a| ("activity".to_owned(), json!(a))));
    put(new.new_id(), AWARD, lecture);
}

#[cfg(test)]
#[path = "award_sample_tests.rs"]
mod tests;

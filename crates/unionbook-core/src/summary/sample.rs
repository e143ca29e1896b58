//! The sample union's summary text (see `crate::sample`): the shortcomings its officers wrote
//! for the semester, as the seed's summary words them, and next semester's plans as goals.

use serde_json::{Value, json};

use super::model::{GOAL, SUMMARY_NOTE, SectionKey, note_fields};
use crate::book::{Entropy, SeededEntropy};
use crate::people::sample::{Put, SamplePeople};

const SHORTCOMINGS: &str = "从宏观上看，一是活动的影响力不够，宣传不到位；二是活动品牌不够，整体缺乏精品。\n\n\
从微观上看，一是个别工作中沟通不足；二是活动细节考虑不周全；三是经费使用的节约意识不强。";

const PLANS: [&str; 3] = [
    "不断增强创新意识，强化品牌意识，打造一项品牌活动",
    "继续拓展社团活动，突出专业特色，服务学生就业",
    "积极走向社会，为活动争取更多赞助",
];

pub fn records(people: &SamplePeople, put: &mut Put<'_>) {
    let mut new = SeededEntropy(0x7375_6d6d);
    let semester = people.semester;
    put(
        SectionKey::Shortcomings.note_id(semester),
        SUMMARY_NOTE,
        note_fields(semester, SectionKey::Shortcomings, SHORTCOMINGS),
    );
    for (n, text) in PLANS.iter().enumerate() {
        let fields: Vec<(String, Value)> = vec![
            ("period".into(), json!(semester.to_string())),
            ("number".into(), json!(n + 1)),
            ("text".into(), json!(text)),
            ("status".into(), json!("not_started")),
        ];
        put(new.new_id(), GOAL, fields);
    }
}

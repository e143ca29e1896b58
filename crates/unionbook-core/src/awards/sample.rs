//! The sample union's Star of Tomorrow (see `crate::sample`): the Ministry of Study's selection
//! of six nominees from the register, scored by three judges; two nominees tie for the third
//! place, and the union chose one of them.

use serde_json::json;

use super::model::{BALLOT, SELECTION};
use super::selections::{SCORE, ballot_fields, ballot_id};
use crate::book::{Entropy, RecordId, SeededEntropy};
use crate::judging::refs_value;
use crate::people::sample::{Put, SamplePeople};

/// Each judge's scores of the six nominees, in order.
const SCORES: [[i64; 6]; 3] = [[92, 88, 85, 85, 80, 78], [90, 86, 87, 85, 82, 75], [94, 89, 84, 86, 79, 80]];

pub fn records(people: &SamplePeople, put: &mut Put<'_>) {
    let mut new = SeededEntropy(0x7374_6172);
    // Four students who are not members (the register lists the members first), and two members.
    let members = people.members.len();
    let mut nominees: Vec<RecordId> = [members + 3, members + 9, members + 16, members + 24]
        .iter()
        .filter_map(|i| people.students.get(*i))
        .map(|s| s.0)
        .collect();
    nominees.extend([people.members[3].0, people.members[9].0]);
    let judges = [people.members[0].0, people.members[2].0, people.members[1].0];
    let selection = new.new_id();
    // Nominees 0, 1 and 2 won: 2 and 3 tied for the third place and the union chose 2.
    let winners: Vec<RecordId> = nominees.iter().take(3).copied().collect();
    put(
        selection,
        SELECTION,
        vec![
            ("title".into(), json!("“明日之星”评选")),
            ("unit".into(), json!(people.units[1].to_string())),
            ("semester".into(), json!(people.semester.to_string())),
            ("date".into(), json!("2026-11-25")),
            ("criteria".into(), json!("学习成绩 40%，学习态度与进步 30%，班级与社团贡献 30%。")),
            ("method".into(), json!("scores")),
            ("max_score".into(), json!(100)),
            ("places".into(), json!(3)),
            ("nominees".into(), refs_value(&nominees)),
            ("judges".into(), refs_value(&judges)),
            ("winners".into(), refs_value(&winners)),
            ("note".into(), json!("第三名并列，经主席团讨论确定。")),
        ],
    );
    for (judge, scores) in judges.iter().zip(SCORES) {
        let mut fields = ballot_fields(selection, *judge);
        fields.extend(nominees.iter().zip(scores).map(|(n, s)| (format!("{SCORE}{n}"), json!(s))));
        put(ballot_id(selection, *judge), BALLOT, fields);
    }
}

#[cfg(test)]
#[path = "sample_tests.rs"]
mod tests;

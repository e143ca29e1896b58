//! The sample union's meetings (see `crate::sample`): the seed's new departmental meeting rule
//! in action — the Ministry of Life's October meeting with its minutes, decisions and two
//! action items (one done, one still open and overdue by December) — and an internal
//! communication meeting of the Presidium with the ministers.

use serde_json::{Value, json};

use super::model::MEETING;
use crate::attendance::marks::{Mark, mark_field};
use crate::book::{Entropy, RecordId, SeededEntropy};
use crate::people::sample::{Put, SamplePeople};
use crate::tasks::model::TASK;

fn fields(list: &[(&str, Value)]) -> Vec<(String, Value)> {
    list.iter().map(|(f, v)| ((*f).to_owned(), v.clone())).collect()
}

fn ids(list: &[RecordId]) -> Value {
    json!(list.iter().map(RecordId::to_string).collect::<Vec<_>>())
}

pub fn records(people: &SamplePeople, put: &mut Put<'_>) {
    let mut new = SeededEntropy(0x6d65_6574);
    let member = |i: usize| people.members[i].0;
    let (president, vice, minister_life, assistant_life) = (member(0), member(1), member(4), member(5));

    let departmental = new.new_id();
    let invited = [minister_life, assistant_life, vice];
    let mut meeting = fields(&[
        ("title", json!("生活部十月例会")),
        ("meeting_kind", json!("departmental")),
        ("date", json!("2026-10-14")),
        ("starts_at", json!("19:00")),
        ("venue", json!("行政楼 305")),
        ("units", ids(&[people.units[2]])),
        ("chair", json!(minister_life.to_string())),
        ("minute_taker", json!(assistant_life.to_string())),
        ("invited", ids(&invited)),
        ("agenda", json!("1. 九月宿舍常规检查情况通报\n2. 宿舍文化评比筹备\n3. 健康心理讲座分工")),
        (
            "minutes",
            json!(
                "赵一鸣通报九月检查结果：共检查 48 间宿舍，优秀 12 间，需整改 5 间。孙雨桐汇报评比方案初稿，陈思雨建议评分细则提前公示。讲座暂定十一月下旬，联系校心理中心老师。"
            ),
        ),
        ("decisions", json!("宿舍检查每两周一次，结果当周公示；评比方案十一月中旬前定稿并报主席团。")),
    ]);
    meeting.extend([
        mark_field(minister_life, Some(Mark::Present)),
        mark_field(assistant_life, Some(Mark::Present)),
        mark_field(vice, Some(Mark::Late)),
    ]);
    put(departmental, MEETING, meeting);
    put(
        new.new_id(),
        TASK,
        fields(&[
            ("of", json!(departmental.to_string())),
            ("title", json!("提交九月宿舍检查汇总表")),
            ("owner", json!(assistant_life.to_string())),
            ("due", json!("2026-10-21")),
            ("done", json!(true)),
            ("done_on", json!("2026-10-20")),
        ]),
    );
    put(
        new.new_id(),
        TASK,
        fields(&[
            ("of", json!(departmental.to_string())),
            ("title", json!("宿舍文化评比方案定稿")),
            ("owner", json!(minister_life.to_string())),
            ("due", json!("2026-11-15")),
            ("done", json!(false)),
        ]),
    );

    // The Presidium with every minister: 学习部, 生活部, 文艺部, 社会部, 宣传部, 实践部, 学通社.
    let communication = new.new_id();
    let ministers = [2, 4, 6, 7, 8, 10, 11].map(member);
    let mut invited = vec![president, vice];
    invited.extend(ministers);
    let mut meeting = fields(&[
        ("title", json!("学生会内部交流会")),
        ("meeting_kind", json!("communication")),
        ("date", json!("2026-11-05")),
        ("starts_at", json!("18:30")),
        ("venue", json!("学生活动中心 201")),
        ("units", ids(&[people.units[0]])),
        ("chair", json!(president.to_string())),
        ("minute_taker", json!(vice.to_string())),
        ("invited", ids(&invited)),
        ("agenda", json!("1. 各部门期中工作汇报\n2. 部门间活动协作与宣传\n3. 户外拓展安排")),
        ("minutes", json!("各部长依次汇报。宣传部提出海报需求应提前一周提交；实践部通报本学期赞助情况。")),
        ("decisions", json!("海报需求提前一周提交宣传部；十一月底组织一次户外拓展。")),
    ]);
    meeting.extend(invited.iter().enumerate().map(|(n, p)| {
        let mark = match n {
            5 => Mark::Excused,
            7 => Mark::Late,
            _ => Mark::Present,
        };
        mark_field(*p, Some(mark))
    }));
    put(communication, MEETING, meeting);
}

#[cfg(test)]
#[path = "sample_tests.rs"]
mod tests;

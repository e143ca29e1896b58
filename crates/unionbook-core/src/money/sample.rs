//! The sample union's money (see `crate::sample`): the college's allocation for the semester,
//! the union's and the Practice Department's semester budgets, the budget of the mock
//! recruitment fair and the Practice Department's sponsorship of it — cash received, a logo and
//! a booth given, the mention in the fair's report still owed — a sponsor's water in kind, and
//! the fair's expenses: posters advanced by the minister and paid back, the volunteers' lunch
//! advanced and still owed, booth materials from the union's cash.

use serde_json::{Value, json};

use super::model::{BUDGET, EXPENSE, INCOME, SPONSORSHIP, Scope};
use crate::book::{Entropy, RecordId, SeededEntropy};
use crate::people::sample::{Put, SamplePeople};

fn fields(list: &[(&str, Value)]) -> Vec<(String, Value)> {
    list.iter().map(|(f, v)| ((*f).to_owned(), v.clone())).collect()
}

fn id(r: RecordId) -> Value {
    json!(r.to_string())
}

pub fn records(people: &SamplePeople, put: &mut Put<'_>) {
    let mut new = SeededEntropy(0x6d6f_6e65);
    let practice = people.units[6];
    let (minister, officer, treasurer) = (people.members[10].0, people.members[13].0, people.members[1].0);
    let Some(fair) = people.activities.iter().find(|(_, t)| t.contains("模拟招聘会")).map(|(a, _)| *a) else {
        return;
    };
    let semester = people.semester;

    put(
        new.new_id(),
        INCOME,
        fields(&[
            ("date", json!("2026-09-15")),
            ("amount", json!(800_000)),
            ("source", json!("学院学生活动经费拨款")),
            ("received_by", id(treasurer)),
        ]),
    );
    let budget = |put: &mut Put<'_>, scope: Scope, lines: &[(&str, i64)], note: &str| {
        let mut f: Vec<(String, Value)> = match scope {
            Scope::Union { semester } => fields(&[("semester", id(semester))]),
            Scope::Unit { semester, unit } => fields(&[("semester", id(semester)), ("unit", id(unit))]),
            Scope::Activity { activity } => fields(&[("activity", id(activity))]),
        };
        f.extend(lines.iter().map(|(c, m)| ((*c).to_owned(), json!(m))));
        f.push(("note".into(), json!(note)));
        put(scope.budget_id(), BUDGET, f);
    };
    budget(
        put,
        Scope::Union { semester },
        &[
            ("venue", 100_000),
            ("printing", 250_000),
            ("prizes", 300_000),
            ("food", 150_000),
            ("transport", 50_000),
            ("materials", 200_000),
            ("other", 50_000),
        ],
        "本学期各项活动总预算。",
    );
    budget(
        put,
        Scope::Unit { semester, unit: practice },
        &[("printing", 80_000), ("food", 60_000), ("transport", 30_000), ("materials", 150_000)],
        "实践部本学期预算，含模拟招聘会。",
    );
    budget(
        put,
        Scope::Activity { activity: fair },
        &[("printing", 80_000), ("food", 60_000), ("materials", 150_000), ("other", 20_000)],
        "海报、志愿者午餐、展位物料。",
    );

    put(
        new.new_id(),
        SPONSORSHIP,
        fields(&[
            ("sponsor", json!("智联人才服务有限公司")),
            ("contact", json!("钱经理")),
            ("phone", json!("0571-88001234")),
            ("form", json!("cash")),
            ("amount", json!(500_000)),
            ("activity", id(fair)),
            ("unit", id(practice)),
            ("brought_by", id(minister)),
            ("status", json!("received")),
            ("contacting_on", json!("2026-09-12")),
            ("agreed_on", json!("2026-10-08")),
            ("signed_on", json!("2026-10-15")),
            ("received_on", json!("2026-10-28")),
            ("promise_logo", json!("done")),
            ("promise_booth", json!("done")),
            ("promise_mention", json!("owed")),
            ("note", json!("海报印企业标志，招聘会设企业展位，活动总结中致谢。")),
        ]),
    );
    put(
        new.new_id(),
        SPONSORSHIP,
        fields(&[
            ("sponsor", json!("农夫山泉浙江分公司")),
            ("form", json!("in_kind")),
            ("goods", json!("矿泉水 20 箱")),
            ("amount", json!(48_000)),
            ("activity", id(fair)),
            ("unit", id(practice)),
            ("brought_by", id(officer)),
            ("status", json!("fulfilled")),
            ("contacting_on", json!("2026-10-10")),
            ("agreed_on", json!("2026-10-20")),
            ("signed_on", json!("2026-10-22")),
            ("received_on", json!("2026-11-06")),
            ("fulfilled_on", json!("2026-11-07")),
            ("promise_mention", json!("done")),
        ]),
    );

    let expense = |put: &mut Put<'_>, new: &mut SeededEntropy, list: &[(&str, Value)]| {
        let mut f = fields(&[("activity", id(fair)), ("unit", id(practice)), ("approved_by", id(treasurer))]);
        f.extend(fields(list));
        put(new.new_id(), EXPENSE, f);
    };
    expense(
        put,
        &mut new,
        &[
            ("date", json!("2026-10-30")),
            ("amount", json!(68_000)),
            ("category", json!("printing")),
            ("what", json!("招聘会海报与易拉宝印刷")),
            ("payee", json!("校园快印店")),
            ("paid_by", json!("member")),
            ("advanced_by", id(minister)),
            ("receipt_number", json!("FP-20261030-07")),
            ("receipt_filed", json!(true)),
            ("reimbursed_on", json!("2026-11-10")),
        ],
    );
    expense(
        put,
        &mut new,
        &[
            ("date", json!("2026-11-05")),
            ("amount", json!(125_450)),
            ("category", json!("materials")),
            ("what", json!("展位桌牌与指引牌")),
            ("payee", json!("文印中心")),
            ("paid_by", json!("union")),
            ("receipt_number", json!("FP-20261105-02")),
            ("receipt_filed", json!(true)),
        ],
    );
    expense(
        put,
        &mut new,
        &[
            ("date", json!("2026-11-07")),
            ("amount", json!(52_000)),
            ("category", json!("food")),
            ("what", json!("志愿者午餐")),
            ("payee", json!("学生食堂")),
            ("paid_by", json!("member")),
            ("advanced_by", id(officer)),
            ("receipt_number", json!("FP-20261107-11")),
            ("receipt_filed", json!(false)),
        ],
    );
}

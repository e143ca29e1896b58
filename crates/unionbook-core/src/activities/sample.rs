//! Activities and series in the sample union (see `crate::sample`), from the seed's semester:
//! two editions of the speech competition, the mock recruitment fair with its enterprises and
//! coverage, the reading festival over some weeks, a lecture counted by eye, and one still
//! planned for December, with a few tasks on their checklists.

use serde_json::{Value, json};

use super::model::{ACTIVITY, PARTNER, PUBLICITY, SERIES};
use crate::book::{Entropy, RecordId, SeededEntropy};
use crate::people::sample::{Put, SamplePeople};
use crate::tasks::model::TASK;

/// The enterprises at the fair, with the person who came for each.
const ENTERPRISES: [(&str, &str); 30] = [
    ("华为技术有限公司", "张经理"),
    ("腾讯科技", "李女士"),
    ("阿里巴巴集团", "王先生"),
    ("中国银行省分行", "赵经理"),
    ("国家电网市供电公司", "钱主任"),
    ("京东物流", "孙经理"),
    ("美团", "周女士"),
    ("字节跳动", "吴先生"),
    ("中国移动市分公司", "郑经理"),
    ("招商银行", "冯女士"),
    ("万科物业", "陈经理"),
    ("顺丰速运", "褚先生"),
    ("德勤咨询", "卫女士"),
    ("普华永道", "蒋经理"),
    ("前程无忧", "沈女士"),
    ("智联招聘", "韩先生"),
    ("中国平安", "杨经理"),
    ("海尔集团", "朱女士"),
    ("格力电器", "秦先生"),
    ("比亚迪", "尤经理"),
    ("中国建筑", "许女士"),
    ("市人力资源服务中心", "何主任"),
    ("市社会保险事业局", "吕科长"),
    ("区民政局", "施科长"),
    ("新东方教育", "张老师"),
    ("好未来", "孔女士"),
    ("中公教育", "曹老师"),
    ("苏宁易购", "严经理"),
    ("网易", "华女士"),
    ("小米科技", "金先生"),
];

fn f(name: &str, value: Value) -> (String, Value) {
    (name.to_owned(), value)
}

fn ids(list: &[RecordId]) -> Value {
    json!(list.iter().map(RecordId::to_string).collect::<Vec<_>>())
}

/// The days of each step of the path up to `dates.len()` steps.
fn steps(status: &str, dates: &[&str]) -> Vec<(String, Value)> {
    let names = ["planned_on", "approved_on", "preparing_on", "held_on", "summarised_on"];
    let mut out = vec![f("status", json!(status))];
    out.extend(names.iter().zip(dates).map(|(n, d)| f(n, json!(d))));
    out
}

pub fn records(people: &SamplePeople, put: &mut Put<'_>) {
    let mut next = SeededEntropy(0xac71_0001);
    let u = &people.units;
    let m: Vec<RecordId> = people.members.iter().map(|(id, ..)| *id).collect();
    let mut task = |put: &mut Put<'_>, of: RecordId, title: &str, owner: RecordId, due: &str, done: bool| {
        let mut fields = vec![
            f("of", json!(of.to_string())),
            f("title", json!(title)),
            f("owner", json!(owner.to_string())),
            f("due", json!(due)),
        ];
        fields.push(f("done", json!(done)));
        if done {
            fields.push(f("done_on", json!(due)));
        }
        put(next.new_id(), TASK, fields);
    };
    let mut ids_of = SeededEntropy(0xac71_0002);
    let mut new_id = move || ids_of.new_id();

    // The speech competition, a series of the Arts Department's: last year's and this year's.
    let speech = new_id();
    put(
        speech,
        SERIES,
        vec![
            f("name_zh", json!("青春飞扬演讲比赛")),
            f("name_en", json!("Youth Flying Speech Competition")),
            f("units", ids(&[u[3]])),
            f("description", json!("面向全院的演讲比赛，每年秋季举办。")),
        ],
    );
    let first = new_id();
    let mut fields = vec![
        f("title", json!("第一届“青春飞扬”演讲比赛")),
        f("units", ids(&[u[3]])),
        f("category", json!("culture")),
        f("scope", json!("department")),
        f("series", json!(speech.to_string())),
        f("edition", json!(1)),
        f("date", json!("2025-11-15")),
        f("venue", json!("学院报告厅")),
        f("leads", ids(&[m[6]])),
        f("expected", json!(150)),
        f("counted", json!(168)),
        f("outcome", json!("12名选手参赛，评出一、二、三等奖。")),
        f("highlights", json!("新生选手表现突出。")),
        f("lessons", json!("宣传开始得太晚，报名集中在最后两天。")),
    ];
    fields.extend(steps("summarised", &["2025-09-20", "2025-10-08", "2025-10-20", "2025-11-15", "2025-11-28"]));
    put(first, ACTIVITY, fields);
    let second = new_id();
    let mut fields = vec![
        f("title", json!("第二届“青春飞扬”演讲比赛")),
        f("units", ids(&[u[3], u[8]])),
        f("category", json!("culture")),
        f("scope", json!("department")),
        f("series", json!(speech.to_string())),
        f("edition", json!(2)),
        f("date", json!("2026-11-14")),
        f("starts_at", json!("18:30")),
        f("venue", json!("学院报告厅")),
        f("leads", ids(&[m[6], m[12]])),
        f("expected", json!(180)),
        f("counted", json!(205)),
        f("outcome", json!("16名选手参赛，观众较上届增加。")),
        f("highlights", json!("与演讲与辩论协会合办，评委邀请了学院老师。")),
        f("lessons", json!("提前一个月开始宣传，报名人数明显增加。")),
    ];
    fields.extend(steps("summarised", &["2026-09-10", "2026-09-25", "2026-10-15", "2026-11-14", "2026-11-25"]));
    put(second, ACTIVITY, fields);
    task(put, second, "邀请评委老师", m[6], "2026-10-30", true);
    task(put, second, "预订报告厅", m[12], "2026-10-20", true);

    // The mock recruitment fair: school-wide, some thirty enterprises.
    let fair = new_id();
    let mut fields = vec![
        f("title", json!("第二届校园模拟招聘会")),
        f("units", ids(&[u[6], u[9]])),
        f("category", json!("career")),
        f("scope", json!("school")),
        f("date", json!("2026-11-07")),
        f("starts_at", json!("09:00")),
        f("venue", json!("体育馆")),
        f("leads", ids(&[m[10], m[13]])),
        f("expected", json!(400)),
        f("counted", json!(460)),
        f("outcome", json!("近30家企业参加，400余名同学投递简历。")),
    ];
    fields.extend(steps("held", &["2026-09-08", "2026-09-20", "2026-10-10", "2026-11-07"]));
    put(fair, ACTIVITY, fields);
    for (i, (name, contact)) in ENTERPRISES.iter().enumerate() {
        put(
            new_id(),
            PARTNER,
            vec![
                f("activity", json!(fair.to_string())),
                f("name", json!(name)),
                f("contact", json!(contact)),
                f("phone", json!(format!("0571-8800{:04}", 1000 + i))),
                f("role", json!(if i < 10 { "招聘展位，两名招聘官" } else { "招聘展位" })),
            ],
        );
    }
    for (medium, title, outlet, date, link) in [
        ("poster", "模拟招聘会海报", "宣传部", "2026-10-25", ""),
        (
            "article",
            "我院举办第二届校园模拟招聘会",
            "学院新闻网",
            "2026-11-08",
            "https://news.example.edu.cn/2026/11/mock-fair",
        ),
        ("media", "高校学生会搭建求职练兵平台", "市晚报", "2026-11-10", ""),
    ] {
        put(
            new_id(),
            PUBLICITY,
            vec![
                f("activity", json!(fair.to_string())),
                f("medium", json!(medium)),
                f("title", json!(title)),
                f("outlet", json!(outlet)),
                f("date", json!(date)),
                f("link", json!(link)),
            ],
        );
    }
    task(put, fair, "确认企业名单", m[10], "2026-10-25", true);
    task(put, fair, "整理招聘会总结", m[13], "2026-11-20", false);

    // The reading festival, over four weeks.
    let festival = new_id();
    let mut fields = vec![
        f("title", json!("读书节")),
        f("units", ids(&[u[1]])),
        f("category", json!("study")),
        f("scope", json!("department")),
        f("date", json!("2026-10-12")),
        f("end_date", json!("2026-11-06")),
        f("venue", json!("图书馆")),
        f("leads", ids(&[m[2], m[3]])),
        f("expected", json!(120)),
    ];
    fields.extend(steps("held", &["2026-09-05", "2026-09-15", "2026-09-28", "2026-10-12"]));
    put(festival, ACTIVITY, fields);
    task(put, festival, "评选优秀读书笔记", m[3], "2026-11-13", false);

    // A lecture in the lecture hall, counted by eye at the door.
    let lecture = new_id();
    let mut fields = vec![
        f("title", json!("健康心理讲座")),
        f("units", ids(&[u[2]])),
        f("category", json!("service")),
        f("scope", json!("department")),
        f("date", json!("2026-10-21")),
        f("starts_at", json!("19:00")),
        f("venue", json!("第二教学楼 201")),
        f("leads", ids(&[m[4]])),
        f("expected", json!(200)),
        f("counted", json!(236)),
    ];
    fields.extend(steps("held", &["2026-09-20", "2026-10-01", "2026-10-10", "2026-10-21"]));
    put(lecture, ACTIVITY, fields);

    // Still to come: planned for December.
    let coming = new_id();
    let mut fields = vec![
        f("title", json!("手抄报比赛")),
        f("units", ids(&[u[7]])),
        f("category", json!("publicity")),
        f("scope", json!("department")),
        f("date", json!("2026-12-16")),
        f("venue", json!("学生活动中心")),
        f("leads", ids(&[m[11]])),
        f("expected", json!(60)),
    ];
    fields.extend(steps("planned", &["2026-11-20"]));
    put(coming, ACTIVITY, fields);
    task(put, coming, "写活动策划书", m[11], "2026-12-04", false);
}

//! The sample union's reports (see `crate::sample`): the seed's new departmental reporting rule
//! — every ministry reports monthly, due by the month's end — with reports from September to
//! November 2026 (the Ministry of Society's October one filed late), the Arts Department late
//! for November; and the filing rule: the semester plan, the Ministry of Life's October minutes,
//! the Practice Department's sponsorship contract and a notice in the register.

use serde_json::{Value, json};

use super::model::{FILED_DOCUMENT, REPORT, REPORT_CADENCE, cadence_id};
use crate::book::{Entropy, SeededEntropy};
use crate::people::sample::{Put, SamplePeople};

fn fields(list: &[(&str, Value)]) -> Vec<(String, Value)> {
    list.iter().map(|(f, v)| ((*f).to_owned(), v.clone())).collect()
}

/// (unit index, its minister's member index, the work of September, October, November).
const MINISTRIES: &[(usize, usize, [&str; 3])] = &[
    (1, 2, ["新老生学习经验交流会。", "“明日之星”评选启动，学习兴趣小组成立。", "读书节；“明日之星”评选结果公示。"]),
    (2, 4, ["九月宿舍常规检查 48 间。", "十月例会；宿舍文化评比方案初稿。", "宿舍文化评比；健康心理讲座。"]),
    (3, 6, ["语言秀比赛筹备。", "语言秀比赛初赛。", ""]),
    (4, 7, ["影视配音大赛宣传。", "影视配音大赛决赛。", "大赛总结与表彰。"]),
    (5, 8, ["迎新海报制作。", "编辑《生活之窗》第一期。", "各项活动宣传报道。"]),
    (6, 10, ["联系赞助企业。", "签订赞助协议；模拟招聘会协助。", "社会实践选题。"]),
    (7, 11, ["学通社招新。", "手抄报比赛。", "编辑《学刊》。"]),
];

pub fn records(people: &SamplePeople, put: &mut Put<'_>) {
    let mut new = SeededEntropy(0x7265_706f);
    for (unit, minister, work) in MINISTRIES {
        let unit = people.units[*unit];
        put(
            cadence_id(unit),
            REPORT_CADENCE,
            fields(&[
                ("unit", json!(unit.to_string())),
                ("cadence", json!("monthly")),
                ("grace_days", json!(0)),
                ("since", json!("2026-09-01")),
            ]),
        );
        for ((month, submitted), work_done) in [("09", "09-29"), ("10", "10-30"), ("11", "11-28")].iter().zip(work) {
            if work_done.is_empty() {
                continue; // The Arts Department has not reported November yet.
            }
            // The Ministry of Society's October report came in after the month was over.
            let submitted = if unit == people.units[4] && *month == "10" { "11-04" } else { submitted };
            put(
                new.new_id(),
                REPORT,
                fields(&[
                    ("unit", json!(unit.to_string())),
                    ("cadence", json!("monthly")),
                    ("period_start", json!(format!("2026-{month}-01"))),
                    ("work_done", json!(work_done)),
                    ("next_steps", json!(if *month == "11" { "准备学期总结。" } else { "按计划推进下月工作。" })),
                    ("submitted_by", json!(people.members[*minister].0.to_string())),
                    ("submitted_on", json!(format!("2026-{submitted}"))),
                ]),
            );
        }
    }
    for (title, kind, number, date, unit, location, link) in [
        (
            "学生会 2026—2027 学年第一学期工作计划",
            "plan",
            "XSH-2026-01",
            "2026-09-05",
            0,
            "学生会办公室 文件柜 A-1",
            "",
        ),
        ("生活部十月例会纪要", "minutes", "SH-2026-10", "2026-10-14", 2, "生活部文件夹", ""),
        ("实践部赞助合作协议", "contract", "SJ-2026-03", "2026-10-20", 6, "学生会办公室 文件柜 B-2", ""),
        (
            "关于开展宿舍文化评比的通知",
            "notice",
            "XSH-2026-07",
            "2026-11-02",
            2,
            "",
            "https://example.edu/notice/2026-07",
        ),
    ] {
        put(
            new.new_id(),
            FILED_DOCUMENT,
            fields(&[
                ("title", json!(title)),
                ("doc_kind", json!(kind)),
                ("number", json!(number)),
                ("date", json!(date)),
                ("unit", json!(people.units[unit].to_string())),
                ("location", json!(location)),
                ("link", json!(link)),
            ]),
        );
    }
}

#[cfg(test)]
#[path = "sample_tests.rs"]
mod tests;

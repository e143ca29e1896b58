//! The sample union's publications (see `crate::sample`): the Ministry of Life's monthly
//! "Window of Life" (《生活之窗》), its October issue published and its November issue with
//! four articles published in the semester; and the Xuetongshe's "Journal" (《学刊》), whose
//! issue is still being edited — the seed finds its work "not satisfactory".

use serde_json::{Value, json};

use super::model::{ARTICLE, PERIODICAL, PUBLICATION_ISSUE};
use crate::book::{Entropy, RecordId, SeededEntropy};
use crate::people::sample::{Put, SamplePeople};

fn fields(list: &[(&str, Value)]) -> Vec<(String, Value)> {
    list.iter().map(|(f, v)| ((*f).to_owned(), v.clone())).collect()
}

fn ids(list: &[RecordId]) -> Value {
    json!(list.iter().map(RecordId::to_string).collect::<Vec<_>>())
}

pub fn records(people: &SamplePeople, put: &mut Put<'_>) {
    let mut new = SeededEntropy(0x7075_626c);
    let member = |i: usize| people.members[i].0;
    let (life_minister, life_assistant, journal_minister) = (member(4), member(5), member(11));

    let window = new.new_id();
    put(
        window,
        PERIODICAL,
        fields(&[
            ("title", json!("生活之窗")),
            ("unit", json!(people.units[2].to_string())),
            ("frequency", json!("monthly")),
            ("note", json!("宿舍生活、健康与安全提示，每月下旬出版电子版。")),
        ]),
    );
    put(
        new.new_id(),
        PUBLICATION_ISSUE,
        fields(&[
            ("periodical", json!(window.to_string())),
            ("number", json!("2")),
            ("theme", json!("开学季宿舍安全")),
            ("date", json!("2026-10-20")),
            ("editors", ids(&[life_minister])),
            ("status", json!("published")),
            ("published_on", json!("2026-10-23")),
            ("link", json!("https://union.example.edu.cn/window-of-life/2026-02.pdf")),
        ]),
    );
    let november = new.new_id();
    put(
        november,
        PUBLICATION_ISSUE,
        fields(&[
            ("periodical", json!(window.to_string())),
            ("number", json!("3")),
            ("theme", json!("宿舍文化评比特辑")),
            ("date", json!("2026-11-20")),
            ("editors", ids(&[life_minister, life_assistant])),
            ("status", json!("published")),
            ("published_on", json!("2026-11-25")),
            ("link", json!("https://union.example.edu.cn/window-of-life/2026-03.pdf")),
        ]),
    );
    let articles: [(&str, &[RecordId], &str, &str); 4] = [
        ("卷首语：把宿舍过成家", &[life_minister], "", "1"),
        ("十月宿舍常规检查通报", &[life_assistant], "", "2-3"),
        ("文化评比优秀宿舍巡礼", &[life_assistant], "行政管理 2302 寝室", "4-5"),
        ("冬季用电安全提示", &[], "校后勤处", "6"),
    ];
    for (order, (title, authors, typed, pages)) in articles.into_iter().enumerate() {
        put(
            new.new_id(),
            ARTICLE,
            fields(&[
                ("issue", json!(november.to_string())),
                ("title", json!(title)),
                ("authors", ids(authors)),
                ("authors_typed", json!(typed)),
                ("pages", json!(pages)),
                ("order", json!(order + 1)),
            ]),
        );
    }

    let journal = new.new_id();
    put(
        journal,
        PERIODICAL,
        fields(&[
            ("title", json!("学刊")),
            ("unit", json!(people.units[7].to_string())),
            ("frequency", json!("per_semester")),
        ]),
    );
    let issue = new.new_id();
    put(
        issue,
        PUBLICATION_ISSUE,
        fields(&[
            ("periodical", json!(journal.to_string())),
            ("number", json!("5")),
            ("theme", json!("新生专刊")),
            ("date", json!("2026-12-10")),
            ("editors", ids(&[journal_minister])),
            ("status", json!("editing")),
        ]),
    );
    put(
        new.new_id(),
        ARTICLE,
        fields(&[
            ("issue", json!(issue.to_string())),
            ("title", json!("新生辩论赛侧记")),
            ("authors", ids(&[journal_minister])),
            ("order", json!(1)),
        ]),
    );
}

#[cfg(test)]
#[path = "sample_tests.rs"]
mod tests;

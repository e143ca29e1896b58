//! The sample union a new user can explore: drawn from the semester in
//! shared/seed/student-union-work-summary.txt (the 6th Student Union of a department of
//! political science and public management). Every sample record is marked `sample`, and its
//! id is the same on every phone, so samples loaded on two phones merge instead of doubling.

use serde_json::{Value, json};

use crate::book::{Book, Entropy, RecordId, SeededEntropy, Session};
use crate::people::model::{MEMBER, SAMPLE, UNIT};

struct SampleUnit {
    zh: &'static str,
    en: &'static str,
    kind: &'static str,
    founded: &'static str,
    description: &'static str,
}

const UNITS: &[SampleUnit] = &[
    SampleUnit {
        zh: "主席团",
        en: "Presidium",
        kind: "office",
        founded: "2016-09-01",
        description: "学生会主席、副主席，统筹各部门工作。",
    },
    SampleUnit {
        zh: "学习部",
        en: "Ministry of Education",
        kind: "ministry",
        founded: "2016-09-01",
        description: "学风建设：新老生学习经验交流会、“明日之星”评选、学习兴趣小组、读书节。",
    },
    SampleUnit {
        zh: "生活部",
        en: "Ministry of Life",
        kind: "ministry",
        founded: "2016-09-01",
        description: "宿舍常规检查、宿舍文化评比、健康心理讲座。",
    },
    SampleUnit {
        zh: "文艺部",
        en: "Arts Department",
        kind: "ministry",
        founded: "2016-09-01",
        description: "语言秀比赛等文艺活动。",
    },
    SampleUnit {
        zh: "社会部",
        en: "Ministry of Society",
        kind: "ministry",
        founded: "2016-09-01",
        description: "影视配音大赛等面向全院的活动。",
    },
    SampleUnit {
        zh: "宣传部",
        en: "Propaganda Department",
        kind: "ministry",
        founded: "2016-09-01",
        description: "海报制作与活动宣传，编辑《生活之窗》。",
    },
    SampleUnit {
        zh: "实践部",
        en: "Practice Department",
        kind: "ministry",
        founded: "2016-09-01",
        description: "联系赞助，组织社会实践。",
    },
    SampleUnit {
        zh: "学通社",
        en: "Xuetongshe News Agency",
        kind: "ministry",
        founded: "2016-09-01",
        description: "手抄报比赛，编辑《学刊》。",
    },
    SampleUnit {
        zh: "演讲与辩论协会",
        en: "Speech and Debate Association",
        kind: "association",
        founded: "2017-10-01",
        description: "第二届“青春飞扬”演讲比赛、新生辩论赛。",
    },
    SampleUnit {
        zh: "人力资源管理协会",
        en: "HR Management Association",
        kind: "association",
        founded: "2018-10-01",
        description: "第二届校园模拟招聘会（近30家企业）、职业生涯规划大赛、人力资源专业晚会、HR讲师团。",
    },
    SampleUnit {
        zh: "劳动与社会保障协会",
        en: "Labour and Social Security Association",
        kind: "association",
        founded: "2026-10-15",
        description: "本学期新成立，为社会保障专业学生提供展示平台。",
    },
];

/// (name, class, unit index, position)
const MEMBERS: &[(&str, &str, usize, &str)] = &[
    ("林晓东", "行政管理 2301", 0, "president"),
    ("陈思雨", "人力资源管理 2301", 0, "vice_president"),
    ("王佳怡", "公共事业管理 2302", 1, "minister"),
    ("刘子涵", "劳动与社会保障 2401", 1, "assistant"),
    ("赵一鸣", "行政管理 2302", 2, "minister"),
    ("孙雨桐", "人力资源管理 2401", 2, "assistant"),
    ("周文博", "公共事业管理 2301", 3, "minister"),
    ("吴可欣", "行政管理 2401", 4, "minister"),
    ("郑浩然", "人力资源管理 2302", 5, "minister"),
    ("黄诗琪", "劳动与社会保障 2402", 5, "assistant"),
    ("何俊杰", "行政管理 2303", 6, "minister"),
    ("马晓琳", "公共事业管理 2401", 7, "minister"),
    ("许志远", "行政管理 2304", 8, "association_head"),
    ("高雅婷", "人力资源管理 2303", 9, "association_head"),
    ("罗嘉欣", "劳动与社会保障 2301", 10, "association_head"),
];

/// The sample's records, as (id, kind, fields).
pub fn sample_records() -> Vec<(RecordId, &'static str, Vec<(String, Value)>)> {
    let mut ids = SeededEntropy(0x5a3d_1e00);
    let unit_ids: Vec<RecordId> = UNITS.iter().map(|_| ids.new_id()).collect();
    let mut out = Vec::new();
    for (u, id) in UNITS.iter().zip(&unit_ids) {
        let fields = vec![
            ("name_zh".to_owned(), json!(u.zh)),
            ("name_en".to_owned(), json!(u.en)),
            ("unit_kind".to_owned(), json!(u.kind)),
            ("description".to_owned(), json!(u.description)),
            ("founded".to_owned(), json!(u.founded)),
            ("active".to_owned(), json!(true)),
            (SAMPLE.to_owned(), json!(true)),
        ];
        out.push((*id, UNIT, fields));
    }
    for (n, (name, class, unit, position)) in MEMBERS.iter().enumerate() {
        let fields = vec![
            ("name".to_owned(), json!(name)),
            (
                "student_id".to_owned(),
                json!(format!("2023{:06}", 1001 + n)),
            ),
            ("class_major".to_owned(), json!(class)),
            ("unit".to_owned(), json!(unit_ids[*unit].to_string())),
            ("position".to_owned(), json!(position)),
            (SAMPLE.to_owned(), json!(true)),
        ];
        out.push((ids.new_id(), MEMBER, fields));
    }
    out
}

pub fn is_sample(book: &Book, id: RecordId) -> bool {
    book.get(id)
        .is_some_and(|r| r.value(SAMPLE) == Some(&Value::Bool(true)))
}

/// Whether any sample record is in the book and not deleted.
pub fn has_sample(book: &Book) -> bool {
    book.iter()
        .any(|(id, r)| !r.is_deleted() && is_sample(book, id))
}

/// Writes the sample into the book (restoring it if it was removed before).
pub fn load_sample(session: &mut Session, now_ms: u64) {
    for (id, kind, fields) in sample_records() {
        session.write(now_ms, id, kind, fields);
        session.set_deleted(now_ms, id, false);
    }
}

/// Deletes every sample record; returns how many. Deletions travel like any other change, so
/// officers who shared the sample see it go too.
pub fn remove_sample(session: &mut Session, now_ms: u64) -> usize {
    let ids: Vec<RecordId> = session
        .book()
        .iter()
        .filter(|(id, r)| !r.is_deleted() && is_sample(session.book(), *id))
        .map(|(id, _)| id)
        .collect();
    for id in &ids {
        session.set_deleted(now_ms, *id, true);
    }
    ids.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::book::format::{ExportMeta, Selection, export, read_file};
    use crate::kinds::schema_of;
    use crate::people::model::{members, units};

    fn session(n: u64) -> Session {
        Session::in_memory(Book::new(), SeededEntropy(n).new_id())
    }

    #[test]
    fn the_sample_loads_and_goes_in_one_step() {
        let mut s = session(1);
        load_sample(&mut s, 1_000);
        assert_eq!(units(s.book()).len(), UNITS.len());
        assert_eq!(members(s.book(), "").len(), MEMBERS.len());
        assert!(has_sample(s.book()));
        assert_eq!(remove_sample(&mut s, 2_000), UNITS.len() + MEMBERS.len());
        assert!(units(s.book()).is_empty() && members(s.book(), "").is_empty());
        assert!(!has_sample(s.book()));
    }

    #[test]
    fn samples_loaded_on_two_phones_merge_into_one() {
        let (mut a, mut b) = (session(1), session(2));
        load_sample(&mut a, 1_000);
        load_sample(&mut b, 5_000);
        let report = a.plan_import(b.book()).report;
        assert!(report.conflicts.is_empty());
        let mut merged = a.book().clone();
        merged.merge(b.book());
        assert_eq!(units(&merged).len(), UNITS.len());
    }

    #[test]
    fn the_sample_is_valid_by_the_file_format() {
        let mut s = session(1);
        load_sample(&mut s, 1_700_000_000_000);
        let meta = ExportMeta {
            exported_at: "2026-11-25T09:00:00Z".into(),
            device: s.device(),
            officer: String::new(),
            union: String::new(),
            selection: Selection::All,
        };
        let incoming = read_file(export(s.book(), &meta).as_bytes(), &schema_of).unwrap();
        assert_eq!(&incoming.book, s.book());
    }
}

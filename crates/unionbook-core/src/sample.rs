//! The sample union a new user can explore: drawn from the semester in
//! shared/seed/student-union-work-summary.txt (the 6th Student Union of a department of
//! political science and public management). Every sample record is marked `sample`, and its
//! id is the same on every phone, so samples loaded on two phones merge instead of doubling.

use serde_json::{Value, json};

use crate::book::{Book, Entropy, RecordId, SeededEntropy, Session};
use chrono::NaiveDate;

use crate::attendance::marks::{Mark, mark_field};
use crate::calendar::{Semester, SemesterHalf};
use crate::people::evaluation::{CRITERION, DEFAULT_CRITERIA, EVALUATION, SCORE_PREFIX};
use crate::people::model::{MEMBER, SAMPLE, UNIT};
use crate::people::recruitment::{CANDIDATE, ROUND};
use crate::people::roles::{ROLE, role_fields};
use crate::people::terms::{SEMESTER, TERM};
use crate::people::training::TRAINING;

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

/// What the sample's later areas build on: the people part's records.
pub struct SamplePeople {
    pub semester: RecordId,
    /// In the order of the sample's units: 主席团, 学习部, 生活部, 文艺部, 社会部, 宣传部, 实践部,
    /// 学通社, then the associations.
    pub units: Vec<RecordId>,
    /// The members with their name, student id and class.
    pub members: Vec<(RecordId, &'static str, String, &'static str)>,
    /// The register's sample students, with their class (filled once the register's sample
    /// is written, for the areas after it: self-study checks draw on the classes).
    pub students: Vec<(RecordId, String)>,
    /// The sample's activities with their title (filled once Activities' sample is written, for
    /// the areas that attach records to an activity, such as awards).
    pub activities: Vec<(RecordId, String)>,
}

/// Where an area puts its sample records: (id, kind, fields); the `sample` flag is added.
pub type Put<'a> = dyn FnMut(RecordId, &'static str, Vec<(String, Value)>) + 'a;

/// The sample's records, as (id, kind, fields).
pub fn sample_records() -> SampleRecords {
    let mut ids = SeededEntropy(0x5a3d_1e00);
    let mut out: Vec<(RecordId, &'static str, Vec<(String, Value)>)> = Vec::new();
    let mut put = |id: RecordId, kind: &'static str, fields: Vec<(String, Value)>| {
        let mut fields = fields;
        fields.push((SAMPLE.to_owned(), json!(true)));
        out.push((id, kind, fields));
    };
    let term = ids.new_id();
    put(
        term,
        TERM,
        vec![(field("number"), json!(6)), (field("starts"), json!("2026-09-01")), (field("ends"), json!("2027-07-15"))],
    );
    let semester = ids.new_id();
    let autumn = Semester::new(2026, SemesterHalf::First).expect("a valid year");
    put(
        semester,
        SEMESTER,
        vec![
            (field("term"), json!(term.to_string())),
            (field("start_year"), json!(2026)),
            (field("half"), json!("first")),
            (field("starts"), json!(autumn.first_day().to_string())),
            (field("ends"), json!(autumn.last_day().to_string())),
        ],
    );
    let unit_ids: Vec<RecordId> = UNITS.iter().map(|_| ids.new_id()).collect();
    for (u, id) in UNITS.iter().zip(&unit_ids) {
        put(
            *id,
            UNIT,
            vec![
                (field("name_zh"), json!(u.zh)),
                (field("name_en"), json!(u.en)),
                (field("unit_kind"), json!(u.kind)),
                (field("description"), json!(u.description)),
                (field("founded"), json!(u.founded)),
                (field("active"), json!(true)),
            ],
        );
    }
    let since = NaiveDate::from_ymd_opt(2026, 9, 1).expect("a date");
    let mut member_ids = Vec::new();
    let mut members = Vec::new();
    for (n, (name, class, unit, position)) in MEMBERS.iter().enumerate() {
        let id = ids.new_id();
        member_ids.push(id);
        let student_id = format!("2023{:06}", 1001 + n);
        members.push((id, *name, student_id.clone(), *class));
        put(
            id,
            MEMBER,
            vec![
                (field("name"), json!(name)),
                (field("student_id"), json!(student_id)),
                (field("class_major"), json!(class)),
                (field("year"), json!(2023)),
            ],
        );
        put(ids.new_id(), ROLE, role_fields(id, unit_ids[*unit], position, since));
    }
    let criteria: Vec<RecordId> = DEFAULT_CRITERIA.iter().map(|_| ids.new_id()).collect();
    for (i, ((zh, en), id)) in DEFAULT_CRITERIA.iter().zip(&criteria).enumerate() {
        put(
            *id,
            CRITERION,
            vec![
                (field("name_zh"), json!(zh)),
                (field("name_en"), json!(en)),
                (field("order"), json!(i)),
                (field("active"), json!(true)),
            ],
        );
    }
    // The Ministry of Life's autumn recruitment: one candidate at each early stage.
    let round = ids.new_id();
    put(
        round,
        ROUND,
        vec![
            (field("semester"), json!(semester.to_string())),
            (field("unit"), json!(unit_ids[2].to_string())),
            (field("title"), json!("生活部 2026 秋季招新")),
            (field("opened"), json!("2026-09-10")),
        ],
    );
    for (n, (name, stage, test, interview)) in
        [("何雨欣", "probation", 86, Some(90)), ("冯子轩", "interview", 78, Some(82)), ("蒋思远", "applied", 0, None)]
            .into_iter()
            .enumerate()
    {
        let mut fields = vec![
            (field("round"), json!(round.to_string())),
            (field("name"), json!(name)),
            (field("student_id"), json!(format!("2026{:06}", 2001 + n))),
            (field("class_major"), json!("人力资源管理 2601")),
            (field("stage"), json!(stage)),
            (field("applied"), json!("2026-09-15")),
        ];
        if stage != "applied" {
            fields.push((field("test_score"), json!(test)));
        }
        if let Some(score) = interview {
            fields.push((field("interview_score"), json!(score)));
        }
        put(ids.new_id(), CANDIDATE, fields);
    }
    // The training the summary describes: former ministers train the new assistants.
    let training = ids.new_id();
    let mut fields = vec![
        (field("topic"), json!("活动策划与总结写作")),
        (field("trainer"), json!(member_ids[0].to_string())),
        (field("date"), json!("2026-09-26")),
        (field("invited"), json!([member_ids[3].to_string(), member_ids[5].to_string(), member_ids[9].to_string()])),
    ];
    fields.extend([mark_field(member_ids[3], Some(Mark::Present)), mark_field(member_ids[5], Some(Mark::Late))]);
    put(training, TRAINING, fields);
    let mut scores: Vec<(String, Value)> =
        criteria.iter().zip([8, 9, 8, 10]).map(|(c, s)| (format!("{SCORE_PREFIX}{c}"), json!(s))).collect();
    scores.extend([
        (field("subject"), json!(member_ids[3].to_string())),
        (field("evaluator"), json!(member_ids[2].to_string())),
        (field("date"), json!("2026-10-30")),
        (field("comment"), json!("工作认真，宿舍检查记录及时。")),
    ]);
    put(ids.new_id(), EVALUATION, scores);
    // Each later area draws its ids from a seed of its own, so one area's sample growing does
    // not renumber another's.
    let mut people = SamplePeople { semester, units: unit_ids, members, students: Vec::new(), activities: Vec::new() };
    let mut students = Vec::new();
    crate::people::students::sample::records(&people, &mut |id, kind, fields| {
        if kind == crate::people::students::model::STUDENT {
            let class = fields.iter().find(|(f, _)| f == "class").and_then(|(_, v)| v.as_str());
            students.push((id, class.unwrap_or_default().to_owned()));
        }
        put(id, kind, fields)
    });
    people.students = students;
    let mut activities = Vec::new();
    crate::activities::sample::records(&people, &mut |id, kind, fields| {
        if kind == crate::activities::model::ACTIVITY {
            let title = fields.iter().find(|(f, _)| f == "title").and_then(|(_, v)| v.as_str());
            activities.push((id, title.unwrap_or_default().to_owned()));
        }
        put(id, kind, fields)
    });
    people.activities = activities;
    crate::meetings::sample::records(&people, &mut put);
    crate::attendance::self_study::sample::records(&people, &mut put);
    crate::inspections::sample::records(&people, &mut put);
    crate::publications::sample::records(&people, &mut put);
    crate::reports::sample::records(&people, &mut put);
    crate::awards::sample::records(&people, &mut put);
    crate::awards::award_sample::records(&people, &mut put);
    crate::money::sample::records(&people, &mut put);
    crate::summary::sample::records(&people, &mut put);
    out
}

/// A field name as the records hold it.
fn field(name: &str) -> String {
    name.to_owned()
}

/// Whether any sample record is in the book and not deleted.
pub fn has_sample(book: &Book) -> bool {
    book.iter().any(|(_, r)| !r.is_deleted() && r.is_sample())
}

/// The sample's records, as `sample_records` gives them.
pub type SampleRecords = Vec<(RecordId, &'static str, Vec<(String, Value)>)>;

/// Writes the sample into the book (restoring it if it was removed before).
pub fn load_sample(session: &mut Session, now_ms: u64) {
    write_sample(session, now_ms, sample_records());
}

/// Writes the given sample records (restoring those removed before). Apart from
/// `sample_records` so that a page can fetch the sample's code only when asked for it.
pub fn write_sample(session: &mut Session, now_ms: u64, records: SampleRecords) {
    for (id, kind, fields) in records {
        session.write(now_ms, id, kind, fields);
        session.set_deleted(now_ms, id, false);
    }
}

/// Takes every sample record out of the book, live or deleted, as if it had never been
/// loaded; returns how many. The sample is this phone's alone: exports never carry it
/// (`format::export` leaves it out), so its removal must not travel either. `epoch` makes
/// other open tabs reopen the stored book rather than write the sample back.
pub fn remove_sample(session: &mut Session, epoch: RecordId) -> usize {
    let ids: Vec<RecordId> = session.book().iter().filter(|(_, r)| r.is_sample()).map(|(id, _)| id).collect();
    session.remove_outright(&ids, epoch)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::book::format::{ExportMeta, Selection, check_stored, export, read_file};
    use crate::book::wire::WireRecord;
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
        assert_eq!(members(s.book(), "", &|_| String::new()).len(), MEMBERS.len());
        assert!(has_sample(s.book()));
        assert_eq!(remove_sample(&mut s, SeededEntropy(9).new_id()), sample_records().len());
        assert!(units(s.book()).is_empty() && members(s.book(), "", &|_| String::new()).is_empty());
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

    fn meta(s: &Session) -> ExportMeta {
        ExportMeta {
            exported_at: "2026-11-25T09:00:00Z".into(),
            device: s.device(),
            officer: String::new(),
            union: String::new(),
            selection: Selection::All,
        }
    }

    #[test]
    fn the_sample_is_valid_by_the_file_format() {
        let mut s = session(1);
        load_sample(&mut s, 1_700_000_000_000);
        for (id, record) in s.book().iter() {
            assert_eq!(check_stored(&WireRecord::from_record(id, record), &schema_of), Ok(()), "{id}");
        }
    }

    #[test]
    fn removing_the_sample_leaves_no_trace_and_exports_never_carry_it() {
        let mut s = session(1);
        load_sample(&mut s, 1_000);
        let own = SeededEntropy(77).new_id();
        s.write(2_000, own, UNIT, [("name_zh".to_owned(), json!("实践部"))]);
        // While loaded, an export holds the officer's own unit and their device, nothing else.
        let file = export(s.book(), &meta(&s));
        assert!(file.contains(own.as_str()));
        assert!(sample_records().iter().all(|(id, _, _)| !file.contains(id.as_str())), "{file}");
        // Deleting one sample record first must not make it travel either.
        let (first, _, _) = sample_records().into_iter().next().unwrap();
        s.set_deleted(3_000, first, true);
        assert_eq!(remove_sample(&mut s, SeededEntropy(9).new_id()), sample_records().len());
        assert!(s.book().deleted().next().is_none(), "no deletion stamped");
        assert!(s.book().iter().all(|(id, _)| sample_records().iter().all(|(sid, _, _)| *sid != id)));
        assert!(s.book().get(own).is_some());
    }

    #[test]
    fn a_sample_removed_in_one_tab_is_not_written_back_by_another() {
        use crate::book::persist::SaveError;
        use crate::book::store::MemoryStore;
        let mut store = MemoryStore::new();
        let device = SeededEntropy(1).new_id();
        let mut first = Session::in_memory(Book::new(), device);
        load_sample(&mut first, 1_000);
        first.save(&mut store).unwrap();
        let mut second = Session::open(&store, device.writer_lane(1), schema_of).unwrap();
        assert!(has_sample(second.book()));

        assert_eq!(remove_sample(&mut first, SeededEntropy(9).new_id()), sample_records().len());
        first.save(&mut store).unwrap();
        // The other tab, still holding the sample, edits a sample member and makes a unit of
        // its own before it hears of the removal.
        let (member, _, _) = sample_records().into_iter().find(|(_, kind, _)| *kind == MEMBER).unwrap();
        second.write(2_000, member, MEMBER, [("phone".to_owned(), json!("13800000000"))]);
        let own = SeededEntropy(78).new_id();
        second.write(2_001, own, UNIT, [("name_zh".to_owned(), json!("实践部"))]);
        assert_eq!(second.save(&mut store), Err(SaveError::Replaced));
        let mut second = second.reopen(&store).unwrap();
        second.save(&mut store).unwrap();

        let stored = Session::open(&store, device, schema_of).unwrap();
        for book in [second.book(), stored.book()] {
            assert!(book.iter().all(|(_, r)| !r.is_sample()), "the sample came back");
            assert!(book.get(member).is_none(), "an edit of a removed sample record brought it back");
            assert!(book.get(own).is_some(), "the other tab's own unit was lost");
        }
    }

    #[test]
    fn a_file_that_carries_the_sample_brings_none_of_it() {
        // An export written before exports left the sample out: every record, the sample's too.
        let mut sender = session(2);
        load_sample(&mut sender, 1_000);
        remove_sample(&mut sender, SeededEntropy(3).new_id());
        load_sample(&mut sender, 2_000);
        let (first, _, _) = sample_records().into_iter().next().unwrap();
        sender.set_deleted(3_000, first, true);
        let lines: Vec<String> = sender
            .book()
            .iter()
            .map(|(id, r)| serde_json::to_string(&WireRecord::from_record(id, r)).unwrap())
            .collect();
        let old_file = format!(
            r#"{{"format":"unionbook","version":2,"exported_at":"2026-11-01T00:00:00Z","exported_by":{{"device":"{}","officer":""}},"union":"","selection":{{"what":"all"}},"records":[{}]}}"#,
            sender.device(),
            lines.join(",")
        );
        let incoming = read_file(old_file.as_bytes(), &schema_of).unwrap();
        assert!(incoming.book.iter().all(|(_, r)| !r.is_sample()), "no sample record, live or deleted");
    }
}

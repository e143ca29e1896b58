//! The People part of the sample union (see `crate::sample`): the 6th Student Union's term and
//! autumn semester, its units and members with their roles, the evaluation criteria, the
//! Ministry of Life's recruitment, a training and an evaluation; and the kit every later area's
//! sample builds on (`SamplePeople`, `Put`).

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::attendance::marks::{Mark, mark_field};
use crate::book::{Entropy, RecordId, SeededEntropy};
use crate::calendar::{Semester, SemesterHalf};
use crate::people::evaluation::{CRITERION, DEFAULT_CRITERIA, EVALUATION, SCORE_PREFIX};
use crate::people::model::{MEMBER, UNIT};
use crate::people::recruitment::{CANDIDATE, ROUND};
use crate::people::roles::{ROLE, role_fields};
use crate::people::terms::{SEMESTER, TERM};
use crate::people::training::TRAINING;

pub(crate) struct SampleUnit {
    zh: &'static str,
    en: &'static str,
    kind: &'static str,
    founded: &'static str,
    description: &'static str,
}

pub(crate) const UNITS: &[SampleUnit] = &[
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
pub(crate) const MEMBERS: &[(&str, &str, usize, &str)] = &[
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

/// Writes People's sample records through `put`, drawing ids from `ids`, and returns what the
/// later areas build on.
pub fn records(ids: &mut SeededEntropy, put: &mut Put) -> SamplePeople {
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
    SamplePeople { semester, units: unit_ids, members, students: Vec::new(), activities: Vec::new() }
}

/// A field name as the records hold it.
fn field(name: &str) -> String {
    name.to_owned()
}

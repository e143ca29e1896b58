//! The summary's figures against a small book whose every figure is counted by hand in the
//! comments, and the laws around the officers' text.

use serde_json::{Value, json};

use super::*;
use crate::attendance::marks::{Mark, mark_field};
use crate::book::{Clock, Entropy, SeededEntropy};
use crate::summary::document::{Source, Value as Shown};
use crate::summary::model::{GOAL, GoalStatus, SUMMARY_NOTE, note_fields};

struct Fixture {
    book: Book,
    clock: Clock,
    ids: SeededEntropy,
    autumn: RecordId,
    spring: RecordId,
    study: RecordId,
    debate: RecordId,
    contest: RecordId,
}

fn f(name: &str, value: Value) -> (String, Value) {
    (name.to_owned(), value)
}

impl Fixture {
    fn put(&mut self, kind: &str, fields: Vec<(String, Value)>) -> RecordId {
        let id = self.ids.new_id();
        self.put_at(id, kind, fields);
        id
    }

    fn put_at(&mut self, id: RecordId, kind: &str, fields: Vec<(String, Value)>) {
        let stamp = self.clock.tick(1);
        self.book.write(id, kind, stamp, fields);
    }

    /// Spring and autumn 2026; the Study Ministry and the Debate Association.
    fn new() -> Fixture {
        let mut x = Fixture {
            book: Book::new(),
            clock: Clock::new(SeededEntropy(1).new_id()),
            ids: SeededEntropy(2),
            autumn: RecordId::well_known(0),
            spring: RecordId::well_known(0),
            study: RecordId::well_known(0),
            debate: RecordId::well_known(0),
            contest: RecordId::well_known(0),
        };
        let term = x.put("term", vec![f("number", json!(6))]);
        x.spring = x.put(
            "semester",
            vec![
                f("term", json!(term.to_string())),
                f("start_year", json!(2025)),
                f("half", json!("second")),
                f("starts", json!("2026-02-20")),
                f("ends", json!("2026-07-10")),
            ],
        );
        x.autumn = x.put(
            "semester",
            vec![
                f("term", json!(term.to_string())),
                f("start_year", json!(2026)),
                f("half", json!("first")),
                f("starts", json!("2026-09-01")),
                f("ends", json!("2027-01-20")),
            ],
        );
        x.study = x.put(
            "unit",
            vec![
                f("name_zh", json!("学习部")),
                f("name_en", json!("Study Ministry")),
                f("unit_kind", json!("ministry")),
            ],
        );
        x.debate = x.put("unit", vec![f("name_zh", json!("演讲与辩论协会")), f("unit_kind", json!("association"))]);
        x
    }

    /// The book of autumn 2026 as the comments count it.
    fn busy() -> Fixture {
        let mut x = Fixture::new();
        let (study, debate) = (x.study.to_string(), x.debate.to_string());
        // Members: Li (since 2025, stays), Wang (joins in October), Zhao (leaves in November).
        let li = x.put("member", vec![f("name", json!("李明"))]);
        let wang = x.put("member", vec![f("name", json!("王芳"))]);
        let zhao = x.put("member", vec![f("name", json!("赵雷"))]);
        x.put(
            "role",
            vec![f("member", json!(li.to_string())), f("unit", json!(study)), f("from", json!("2025-09-01"))],
        );
        x.put(
            "role",
            vec![f("member", json!(wang.to_string())), f("unit", json!(study)), f("from", json!("2026-10-08"))],
        );
        x.put(
            "role",
            vec![
                f("member", json!(zhao.to_string())),
                f("unit", json!(debate)),
                f("from", json!("2025-09-01")),
                f("to", json!("2026-11-30")),
            ],
        );
        // Recruitment: three applied, two hired.
        let round = x.put(
            "recruit_round",
            vec![f("semester", json!(x.autumn.to_string())), f("unit", json!(study)), f("title", json!("秋季招新"))],
        );
        for stage in ["hired", "hired", "not_hired"] {
            x.put(
                "candidate",
                vec![f("round", json!(round.to_string())), f("name", json!("某")), f("stage", json!(stage))],
            );
        }
        // A training: Li present, Wang absent: 1 of 2 attended, 50 %.
        let mut training = vec![
            f("topic", json!("新干事培训")),
            f("date", json!("2026-09-20")),
            f("invited", json!([li.to_string(), wang.to_string()])),
        ];
        training.push(mark_field(li, Some(Mark::Present)));
        training.push(mark_field(wang, Some(Mark::Absent)));
        x.put("training", training);
        // Two meetings, one of which adopted the new filing rules.
        x.put(
            "meeting",
            vec![
                f("title", json!("部门例会")),
                f("date", json!("2026-09-10")),
                f("decisions", json!("通过新的部门归档制度\n其他")),
            ],
        );
        x.put("meeting", vec![f("meeting_kind", json!("plenary")), f("date", json!("2026-12-01"))]);
        // Activities: the debate (held, 2 checked in), the lecture (held, 120 counted), a
        // planned one (not counted), and one held in spring (not this period).
        let mut debate_fields = vec![
            f("title", json!("新生辩论赛")),
            f("units", json!([debate])),
            f("scope", json!("school")),
            f("status", json!("held")),
            f("date", json!("2026-11-05")),
            f("outcome", json!("十六支队伍参赛")),
        ];
        debate_fields.push(mark_field(li, Some(Mark::Present)));
        debate_fields.push(mark_field(wang, Some(Mark::Late)));
        debate_fields.push(mark_field(zhao, Some(Mark::Absent)));
        x.contest = x.put("activity", debate_fields);
        x.put(
            "activity",
            vec![
                f("title", json!("学习经验交流会")),
                f("units", json!([study])),
                f("scope", json!("department")),
                f("status", json!("summarised")),
                f("date", json!("2026-10-12")),
                f("counted", json!(120)),
            ],
        );
        x.put(
            "activity",
            vec![
                f("title", json!("读书节")),
                f("units", json!([study])),
                f("status", json!("planned")),
                f("date", json!("2026-12-20")),
            ],
        );
        x.put(
            "activity",
            vec![
                f("title", json!("春季讲座")),
                f("units", json!([study])),
                f("status", json!("held")),
                f("date", json!("2026-04-01")),
                f("counted", json!(50)),
            ],
        );
        x.put("partner", vec![f("activity", json!(x.contest.to_string())), f("name", json!("苏州某律所"))]);
        x.put(
            "award",
            vec![
                f("title", json!("辩论赛")),
                f("level", json!("school")),
                f("prize", json!("二等奖")),
                f("date", json!("2026-11-20")),
                f("activity", json!(x.contest.to_string())),
            ],
        );
        // Self-study: a check of 40 with 2 absent: 38 of 40, 95 %.
        let mut check = vec![f("date", json!("2026-10-20")), f("class", json!("2025级1班")), f("expected", json!(40))];
        check.push(mark_field(zhao, Some(Mark::Absent)));
        check.push(mark_field(wang, Some(Mark::Absent)));
        x.put("self_study", check);
        // Money: ¥5,000 cash sponsorship received; ¥300 venue for the debate, ¥200 food.
        x.put(
            "sponsorship",
            vec![
                f("sponsor", json!("某银行")),
                f("form", json!("cash")),
                f("amount", json!(500_000)),
                f("status", json!("received")),
                f("received_on", json!("2026-10-30")),
                f("activity", json!(x.contest.to_string())),
            ],
        );
        x.put(
            "expense",
            vec![
                f("date", json!("2026-11-05")),
                f("amount", json!(30_000)),
                f("category", json!("venue")),
                f("activity", json!(x.contest.to_string())),
            ],
        );
        x.put(
            "expense",
            vec![f("date", json!("2026-10-12")), f("amount", json!(20_000)), f("category", json!("food"))],
        );
        x
    }

    fn summary(&self, lang: Lang) -> Summary {
        let p = period(&self.book, self.autumn, lang).expect("the autumn semester");
        draft(&self.book, &p, lang)
    }
}

/// The figure of that label, in the section's own figures or a part's.
fn figure(s: &Summary, key: SectionKey, part: &str, label: &str) -> Shown {
    s.all_figures()
        .find(|(sec, p, f)| {
            sec.key == key && p.ends_with(part) && (part.is_empty() == p.is_empty()) && f.label == label
        })
        .map(|(_, _, f)| f.value.clone())
        .unwrap_or_else(|| panic!("no figure {label} in {key:?} / {part}"))
}

fn sources<'a>(s: &'a Summary, key: SectionKey) -> Vec<&'a Source> {
    s.section(key).unwrap().parts.iter().flat_map(|p| p.sources.iter()).collect()
}

/// The appendix table whose caption ends with `caption` ("Table 3. Meetings").
fn appendix<'a>(s: &'a Summary, caption: &str) -> &'a crate::summary::document::Table {
    s.appendix.iter().find(|t| t.caption.ends_with(caption)).unwrap_or_else(|| panic!("no table {caption}"))
}

/// Every paragraph of a section, its parts' too, as one text.
fn prose(s: &Summary, key: SectionKey) -> String {
    let sec = s.section(key).unwrap();
    sec.paragraphs
        .iter()
        .chain(sec.parts.iter().flat_map(|p| p.paragraphs.iter()))
        .cloned()
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn internal_construction_counts_members_recruitment_trainings_and_meetings() {
    let s = Fixture::busy().summary(Lang::En);
    let k = SectionKey::Internal;
    assert_eq!(figure(&s, k, "", "Members in the period"), Shown::Count(3));
    assert_eq!(figure(&s, k, "", "Joined"), Shown::Count(1));
    assert_eq!(figure(&s, k, "", "Left"), Shown::Count(1));
    assert_eq!(figure(&s, k, "Recruitment and assessment", "Applicants"), Shown::Count(3));
    assert_eq!(figure(&s, k, "Recruitment and assessment", "Hired"), Shown::Count(2));
    assert_eq!(figure(&s, k, "Trainings", "Trainings held"), Shown::Count(1));
    assert_eq!(figure(&s, k, "Trainings", "Training attendance"), Shown::Percent(Some(50)));
    assert_eq!(figure(&s, k, "Meetings and the rules adopted", "Meetings held"), Shown::Count(2));
    assert_eq!(figure(&s, k, "Meetings and the rules adopted", "Meetings that adopted decisions"), Shown::Count(1));
    let meetings = appendix(&s, "Meetings");
    let row = meetings.rows.iter().find(|r| r[1] == "部门例会").unwrap();
    assert!(row[3].contains("通过新的部门归档制度") && !row[3].contains("其他"), "{row:?}");
    assert!(prose(&s, k).contains("通过新的部门归档制度"), "{}", prose(&s, k));
}

#[test]
fn each_unit_shows_its_activities_participants_partners_and_awards() {
    let s = Fixture::busy().summary(Lang::En);
    let k = SectionKey::Units;
    // Held: the debate (2 attended: present and late) and the lecture (120): 122 in all.
    assert_eq!(figure(&s, k, "", "Activities held"), Shown::Count(2));
    assert_eq!(figure(&s, k, "", "Participants"), Shown::Count(122));
    assert_eq!(figure(&s, k, "", "Awards won"), Shown::Count(1));
    let parts: Vec<&str> = s.section(k).unwrap().parts.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(parts, ["1. Study Ministry", "2. 演讲与辩论协会"], "ministries first, English names in English");
    assert_eq!(figure(&s, k, "演讲与辩论协会", "Participants"), Shown::Count(2));
    assert_eq!(figure(&s, k, "Study Ministry", "Participants"), Shown::Count(120));
    let text = prose(&s, k);
    for fact in
        ["open to the whole school", "drew two participants", "苏州某律所", "十六支队伍参赛", "school-level 二等奖"]
    {
        assert!(text.contains(fact), "{fact} in {text}");
    }
    assert!(
        sources(&s, k).iter().all(|x| x.title != "读书节" && x.title != "春季讲座"),
        "planned and spring ones are not counted"
    );
}

#[test]
fn regular_work_and_money_are_counted_from_their_records() {
    let s = Fixture::busy().summary(Lang::En);
    assert_eq!(figure(&s, SectionKey::Regular, "Evening self-study checks", "Checks made"), Shown::Count(1));
    assert_eq!(figure(&s, SectionKey::Regular, "Evening self-study checks", "Attendance"), Shown::Percent(Some(95)));
    let m = SectionKey::Money;
    assert_eq!(figure(&s, m, "", "Sponsorship in cash").show(Lang::Zh), "¥5,000.00");
    assert_eq!(figure(&s, m, "", "Spent in all").show(Lang::Zh), "¥500.00");
    let spending = appendix(&s, "Spending by category");
    assert_eq!(spending.rows, [vec!["Venue".to_owned(), "CN¥300.00".into()], vec!["Food".into(), "CN¥200.00".into()]]);
    // The debate cost ¥300 for its 2 participants: ¥150 each. The lecture spent nothing.
    let per_head = appendix(&s, "What each activity cost per participant");
    assert_eq!(per_head.rows, [vec!["新生辩论赛".to_owned(), "CN¥300.00".into(), "2".into(), "CN¥150.00".into()]]);
}

#[test]
fn a_period_without_records_says_so_in_every_section_instead_of_zeros() {
    let x = Fixture::new();
    let s = x.summary(Lang::Zh);
    assert!(
        s.sections.iter().all(|sec| !sec.has_records),
        "{:?}",
        s.sections.iter().map(|s| (s.key, s.has_records)).collect::<Vec<_>>()
    );
    assert!(s.sections.iter().all(|sec| sec.parts.is_empty()));
    // The union has no name on record; its term does: "第六届学生会…".
    assert_eq!(s.title, "第六届学生会2026—2027学年第一学期工作总结");
    assert_eq!(s.sections[0].title, "一、加强内部建设，提升组织凝聚力");
}

#[test]
fn the_officers_text_survives_any_regeneration() {
    let mut x = Fixture::busy();
    let id = SectionKey::Shortcomings.note_id(x.autumn);
    let text = "一是活动影响力不够。\n\n二是品牌意识不强。";
    x.put_at(id, SUMMARY_NOTE, note_fields(x.autumn, SectionKey::Shortcomings, text));
    let before = x.summary(Lang::Zh);
    // New records change the figures; the text stays as written.
    x.put(
        "activity",
        vec![
            f("title", json!("补充活动")),
            f("units", json!([x.study.to_string()])),
            f("status", json!("held")),
            f("date", json!("2026-12-02")),
            f("counted", json!(10)),
        ],
    );
    let after = x.summary(Lang::Zh);
    assert_ne!(before.section(SectionKey::Units), after.section(SectionKey::Units));
    for s in [&before, &after, &x.summary(Lang::En)] {
        assert_eq!(s.section(SectionKey::Shortcomings).unwrap().note, text);
    }
    // Another semester's summary has its own text.
    let spring = period(&x.book, x.spring, Lang::Zh).unwrap();
    assert_eq!(draft(&x.book, &spring, Lang::Zh).section(SectionKey::Shortcomings).unwrap().note, "");
}

#[test]
fn two_officers_writing_one_section_write_one_record() {
    let x = Fixture::new();
    assert_eq!(SectionKey::Plans.note_id(x.autumn), SectionKey::Plans.note_id(x.autumn));
    let ids: std::collections::BTreeSet<RecordId> =
        SectionKey::ALL.iter().flat_map(|k| [k.note_id(x.autumn), k.note_id(x.spring)]).collect();
    assert_eq!(ids.len(), 14, "every section of every period has its own note");
}

#[test]
fn the_plans_of_one_summary_are_the_goals_the_next_reports_on() {
    let mut x = Fixture::busy();
    let spring = x.spring.to_string();
    x.put(
        GOAL,
        vec![
            f("period", json!(spring)),
            f("number", json!(2)),
            f("text", json!("拓展赞助")),
            f("status", json!("done")),
        ],
    );
    x.put(GOAL, vec![f("period", json!(spring)), f("number", json!(1)), f("text", json!("打造品牌活动"))]);
    let autumn_goal = x
        .put(GOAL, vec![f("period", json!(x.autumn.to_string())), f("number", json!(1)), f("text", json!("加强宣传"))]);
    let s = x.summary(Lang::En);
    let reviewed: Vec<(&str, GoalStatus)> =
        s.section(SectionKey::Goals).unwrap().goals.iter().map(|g| (g.text.as_str(), g.status)).collect();
    assert_eq!(reviewed, [("打造品牌活动", GoalStatus::NotStarted), ("拓展赞助", GoalStatus::Done)]);
    let said = &s.section(SectionKey::Goals).unwrap().paragraphs[0];
    assert_eq!(said, "Of the two plans set last semester, one done (“拓展赞助”) and one not started yet.");
    let plans = &s.section(SectionKey::Plans).unwrap().goals;
    assert_eq!(plans.iter().map(|g| g.id).collect::<Vec<_>>(), [autumn_goal]);
    assert_eq!(crate::summary::model::next_goal_number(&x.book, x.autumn), 2);
}

#[test]
fn periods_list_semesters_newest_first_then_terms() {
    let x = Fixture::busy();
    let names: Vec<String> = periods(&x.book, Lang::En).into_iter().map(|p| p.name).collect();
    assert_eq!(names, ["First semester of 2026–2027", "Second semester of 2025–2026", "The 6th Student Union"]);
    let term = periods(&x.book, Lang::Zh).into_iter().find(|p| p.is_term).unwrap();
    // A term's summary covers both semesters: the spring lecture counts too.
    let s = draft(&x.book, &term, Lang::En);
    assert_eq!(figure(&s, SectionKey::Units, "", "Activities held"), Shown::Count(3));
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    assert_eq!(current_period(&x.book, today, Lang::En).unwrap().id, x.autumn);
    assert_eq!(
        previous_semester(&x.book, &period(&x.book, x.autumn, Lang::En).unwrap(), Lang::En).unwrap().id,
        x.spring
    );
}

#[test]
fn officers_rename_reorder_and_hide_sections_and_the_numbers_follow() {
    use crate::summary::model::{checked_heading, layout_fields};
    let mut x = Fixture::busy();
    let autumn = x.autumn;
    let lay = |x: &mut Fixture, key: SectionKey, changes: Vec<(String, Value)>| {
        let fields = layout_fields(&x.book, autumn, key, changes);
        x.put_at(key.note_id(autumn), SUMMARY_NOTE, fields);
    };
    // Money first in its chapter, Regular renamed, Units hidden.
    lay(&mut x, SectionKey::Money, vec![f("position", json!(1))]);
    lay(&mut x, SectionKey::Units, vec![f("position", json!(2)), f("hidden", json!(true))]);
    lay(&mut x, SectionKey::Regular, vec![f("position", json!(3)), checked_heading("  常规工作与服务 ").unwrap()]);
    let s = x.summary(Lang::Zh);
    let order: Vec<SectionKey> = s.sections.iter().map(|s| s.key).collect();
    assert_eq!(&order[1..4], [SectionKey::Money, SectionKey::Units, SectionKey::Regular]);
    let titles: Vec<&str> = s.sections.iter().filter(|s| !s.hidden).map(|s| s.title.as_str()).collect();
    assert!(titles.contains(&"（一）经费与赞助") && titles.contains(&"（二）常规工作与服务"), "{titles:?}");
    let money = s.section(SectionKey::Money).unwrap();
    assert_eq!(money.chapter_heading.as_deref(), Some("二、狠抓学风建设，拓展综合素质"));
    // The hidden section is on the page (to bring back) but not in the document.
    assert!(s.section(SectionKey::Units).unwrap().hidden);
    let md = crate::summary::markdown::render(&s);
    assert!(!md.contains("各部门与协会工作") && !md.contains("Study Ministry"), "{md}");
    assert!(md.contains("### （二）常规工作与服务"), "{md}");
    // The note's text is untouched by the layout, and the layout by a new text.
    let text = "本学期常规工作有序。";
    x.put_at(SectionKey::Regular.note_id(autumn), SUMMARY_NOTE, note_fields(autumn, SectionKey::Regular, text));
    let s = x.summary(Lang::Zh);
    let regular = s.section(SectionKey::Regular).unwrap();
    assert_eq!((regular.note.as_str(), regular.title.as_str()), (text, "（二）常规工作与服务"));
    // A whole chapter hidden: the next one takes its number.
    lay(&mut x, SectionKey::Internal, vec![f("hidden", json!(true))]);
    let s = x.summary(Lang::Zh);
    assert_eq!(
        s.section(SectionKey::Money).unwrap().chapter_heading.as_deref(),
        Some("一、狠抓学风建设，拓展综合素质")
    );
    assert!(checked_heading(&"长".repeat(61)).is_err());
}

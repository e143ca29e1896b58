//! A small union counted by hand: two semesters, two units, five activities this autumn (three
//! held, one coming, one cancelled), two last spring, money, action items and last spring's
//! goals.

use std::cmp::Ordering;

use serde_json::{Value, json};

use super::*;
use crate::activities::model::ACTIVITY;
use crate::attendance::marks::{Mark, mark_field};
use crate::book::{Clock, Entropy, SeededEntropy};
use crate::money::model::{EXPENSE, INCOME, SPONSORSHIP};
use crate::people::model::UNIT;
use crate::people::terms::SEMESTER;
use crate::summary::draft::current_period;
use crate::summary::model::{GOAL, GoalStatus};
use crate::tasks::model::TASK;

pub(crate) fn f(name: &str, value: Value) -> (String, Value) {
    (name.to_owned(), value)
}

pub(crate) fn day(s: &str) -> NaiveDate {
    s.parse().expect("a date")
}

pub(crate) fn collate(a: &str, b: &str) -> Ordering {
    a.cmp(b)
}

pub(crate) struct Fixture {
    pub book: Book,
    clock: Clock,
    ids: SeededEntropy,
    pub spring: RecordId,
    pub autumn: RecordId,
    pub practice: RecordId,
    pub study: RecordId,
    pub people: [RecordId; 3],
}

impl Fixture {
    pub fn empty() -> Fixture {
        let mut ids = SeededEntropy(7);
        let clock = Clock::new(ids.new_id());
        let mut id = || ids.new_id();
        let (spring, autumn, practice, study) = (id(), id(), id(), id());
        let people = [id(), id(), id()];
        Fixture { book: Book::new(), clock, ids, spring, autumn, practice, study, people }
    }

    pub fn put(&mut self, id: RecordId, kind: &str, fields: Vec<(String, Value)>) {
        let stamp = self.clock.tick(1);
        self.book.write(id, kind, stamp, fields);
    }

    pub fn add(&mut self, kind: &str, fields: Vec<(String, Value)>) -> RecordId {
        let id = self.ids.new_id();
        self.put(id, kind, fields);
        id
    }

    pub fn semesters(mut self) -> Fixture {
        let (spring, autumn) = (self.spring, self.autumn);
        self.put(
            spring,
            SEMESTER,
            vec![
                f("start_year", json!(2025)),
                f("half", json!("second")),
                f("starts", json!("2026-02-20")),
                f("ends", json!("2026-07-10")),
            ],
        );
        self.put(
            autumn,
            SEMESTER,
            vec![
                f("start_year", json!(2026)),
                f("half", json!("first")),
                f("starts", json!("2026-09-01")),
                f("ends", json!("2027-01-20")),
            ],
        );
        self
    }

    fn activity(&mut self, title: &str, date: &str, status: &str, units: &[RecordId], more: Vec<(String, Value)>) {
        let units: Vec<String> = units.iter().map(|u| u.to_string()).collect();
        let mut fields = vec![
            f("title", json!(title)),
            f("date", json!(date)),
            f("status", json!(status)),
            f("units", json!(units)),
        ];
        fields.extend(more);
        self.add(ACTIVITY, fields);
    }

    /// The whole union: see the module's comment for what is in it.
    pub fn union() -> Fixture {
        let mut x = Fixture::empty().semesters();
        let (practice, study, [p1, p2, p3]) = (x.practice, x.study, x.people);
        x.put(practice, UNIT, vec![f("name_zh", json!("实践部")), f("name_en", json!("Practice"))]);
        x.put(study, UNIT, vec![f("name_zh", json!("学习部")), f("name_en", json!("Study"))]);
        let invited = json!([p1.to_string(), p2.to_string(), p3.to_string()]);
        x.activity(
            "迎新晚会",
            "2026-09-20",
            "held",
            &[practice],
            vec![
                f("invited", invited),
                mark_field(p1, Some(Mark::Present)),
                mark_field(p2, Some(Mark::Late)),
                mark_field(p3, Some(Mark::Absent)),
            ],
        );
        x.activity("讲座", "2026-10-15", "held", &[practice, study], vec![f("counted", json!(120))]);
        x.activity(
            "辩论赛",
            "2026-10-28",
            "summarised",
            &[study],
            vec![mark_field(p1, Some(Mark::Present)), mark_field(p3, Some(Mark::Present))],
        );
        x.activity("篮球赛", "2026-12-05", "planned", &[study], vec![]);
        x.activity("取消的活动", "2026-11-01", "cancelled", &[study], vec![]);
        x.activity("春季讲座", "2026-04-10", "held", &[practice], vec![f("counted", json!(80))]);
        x.activity("春季读书会", "2026-05-10", "held", &[study], vec![mark_field(p1, Some(Mark::Present))]);
        x.add(INCOME, vec![f("date", json!("2026-09-05")), f("amount", json!(500_000)), f("source", json!("学院"))]);
        x.add(
            EXPENSE,
            vec![f("date", json!("2026-10-15")), f("amount", json!(120_000)), f("category", json!("venue"))],
        );
        x.add(
            SPONSORSHIP,
            vec![
                f("sponsor", json!("书店")),
                f("form", json!("cash")),
                f("amount", json!(300_000)),
                f("status", json!("received")),
                f("received_on", json!("2026-10-01")),
            ],
        );
        x.add(
            SPONSORSHIP,
            vec![
                f("sponsor", json!("银行")),
                f("form", json!("cash")),
                f("amount", json!(100_000)),
                f("status", json!("received")),
                f("received_on", json!("2026-04-01")),
            ],
        );
        x.add(TASK, vec![f("title", json!("交总结")), f("due", json!("2026-11-01"))]);
        x.add(TASK, vec![f("title", json!("订场地")), f("due", json!("2026-12-01"))]);
        x.add(TASK, vec![f("title", json!("已完成")), f("due", json!("2026-10-01")), f("done", json!(true))]);
        let spring = x.spring.to_string();
        x.add(GOAL, vec![f("period", json!(spring)), f("number", json!(2)), f("text", json!("办一次招聘会"))]);
        x.add(
            GOAL,
            vec![
                f("period", json!(spring)),
                f("number", json!(1)),
                f("text", json!("换届")),
                f("status", json!("done")),
            ],
        );
        x
    }

    pub fn period(&self, today: &str) -> Period {
        current_period(&self.book, day(today), Lang::Zh).expect("a semester")
    }
}

pub(crate) const TODAY: &str = "2026-11-10";

fn autumn() -> (Fixture, Dashboard) {
    let x = Fixture::union();
    let period = x.period(TODAY);
    let d = Dashboard::of(&x.book, &period, day(TODAY), Lang::Zh, &collate);
    (x, d)
}

#[test]
fn activities_held_and_coming_are_counted_in_the_semester_only() {
    let (x, d) = autumn();
    assert_eq!(d.period.id, x.autumn);
    assert_eq!((d.held, d.coming), (3, 1));
}

#[test]
fn students_reached_count_each_person_once_and_head_counts_apart() {
    let (_, d) = autumn();
    // p1 and p2 at the party (p3 absent), p1 and p3 at the debate; the lecture was counted.
    assert_eq!(d.reached, Reached { on_lists: 3, counted: 120, counted_at: 1 });
}

#[test]
fn the_attendance_rate_is_the_lists_overall_and_self_study_has_nothing_expected() {
    let (_, d) = autumn();
    // The party expected 3 and had 2; the debate's 2 marked were both there.
    assert_eq!(d.attendance, (4, 5));
    assert_eq!(percent(d.attendance.0, d.attendance.1), Some(80));
    assert_eq!(d.self_study.percent(), None);
    assert!(d.ranking.is_none());
}

#[test]
fn a_meeting_still_ahead_counts_no_absentees_until_its_day() {
    let mut x = Fixture::union();
    let invited: Vec<Value> = x.people.iter().map(|p| json!(p.to_string())).collect();
    x.add(
        crate::meetings::model::MEETING,
        vec![f("title", json!("期末总结会")), f("date", json!("2026-12-20")), f("invited", Value::Array(invited))],
    );
    let period = x.period(TODAY);
    let now = Dashboard::of(&x.book, &period, day(TODAY), Lang::Zh, &collate);
    assert_eq!(now.attendance, (4, 5), "the three it expects are not absent yet");
    let after = Dashboard::of(&x.book, &period, day("2026-12-21"), Lang::Zh, &collate);
    assert_eq!(after.attendance, (4, 8), "held and unmarked: now they count");
}

#[test]
fn money_in_and_out_are_the_ledger_of_the_semester() {
    let (_, d) = autumn();
    assert_eq!(d.money_in.get(Currency::Cny), 800_000);
    assert_eq!(d.money_out.get(Currency::Cny), 120_000);
    assert_eq!(d.movements, 3);
}

#[test]
fn action_items_open_and_overdue() {
    let (_, d) = autumn();
    assert_eq!((d.open_items, d.overdue_items), (2, 1));
}

#[test]
fn the_goals_are_those_last_springs_summary_set_in_their_order() {
    let (x, d) = autumn();
    assert_eq!(d.goals_from.map(|p| p.id), Some(x.spring));
    let goals: Vec<(&str, GoalStatus)> = d.goals.iter().map(|g| (g.text.as_str(), g.status)).collect();
    assert_eq!(goals, vec![("换届", GoalStatus::Done), ("办一次招聘会", GoalStatus::NotStarted)]);
}

#[test]
fn charts_count_activities_per_unit_and_month_and_spending_per_category() {
    let (_, d) = autumn();
    let bars = |b: &[Bar]| b.iter().map(|b| (b.label.clone(), b.values.clone())).collect::<Vec<_>>();
    let s = |t: &str| t.to_owned();
    assert_eq!(bars(&d.charts.per_unit), vec![(s("学习部"), vec![2]), (s("实践部"), vec![2])]);
    assert_eq!(
        bars(&d.charts.per_month),
        vec![
            (s("9月"), vec![1]),
            (s("10月"), vec![2]),
            (s("11月"), vec![0]),
            (s("12月"), vec![0]),
            (s("1月"), vec![0])
        ]
    );
    assert_eq!(bars(&d.charts.budget), vec![(s("场地"), vec![0, 120_000])]);
    let trend: Vec<(String, Option<i64>)> = d.charts.attendance.iter().map(|p| (p.label.clone(), p.value)).collect();
    // November and December have lists that expect nobody yet: a gap, not a zero.
    assert_eq!(trend, vec![(s("9月"), Some(67)), (s("10月"), Some(100)), (s("11月"), None), (s("12月"), None)]);
}

#[test]
fn an_empty_semester_has_nothing_to_count_and_no_rate() {
    let x = Fixture::empty().semesters();
    let period = x.period(TODAY);
    let d = Dashboard::of(&x.book, &period, day(TODAY), Lang::En, &collate);
    assert_eq!((d.held, d.coming, d.movements, d.open_items), (0, 0, 0, 0));
    assert_eq!(percent(d.attendance.0, d.attendance.1), None);
    assert!(d.charts.per_unit.is_empty() && d.charts.per_month.is_empty() && d.charts.budget.is_empty());
    assert!(d.goals.is_empty() && d.recruitment.is_none() && d.late.is_empty());
}

#[test]
fn a_book_without_semesters_has_no_dashboard_period() {
    let x = Fixture::empty();
    assert!(current_period(&x.book, day(TODAY), Lang::Zh).is_none());
}

#[test]
fn months_run_from_the_semesters_first_to_its_last() {
    let x = Fixture::empty().semesters();
    let p = x.period(TODAY);
    assert_eq!(months(&p).len(), 5);
    assert_eq!(month_label(Lang::En, day("2026-09-01")), "Sep");
}

/// The host's side of the bench (tools/bench.sh draws it in the browser): the reference data
/// set's busiest semester drafted and its dashboard computed.
#[test]
#[ignore = "a timing: cargo test --release --lib busiest -- --ignored --nocapture"]
fn the_busiest_semester_drafted_and_its_dashboard_computed() {
    let (book, _) = crate::reference::reference_book();
    let period = Period {
        id: RecordId::well_known(99),
        name: "2023—2024学年第二学期".into(),
        from: day("2024-02-15"),
        to: day("2024-07-15"),
        is_term: false,
    };
    let time = |what: &str, f: &dyn Fn()| {
        let runs = 7;
        let mut ms: Vec<f64> = (0..runs)
            .map(|_| {
                let start = std::time::Instant::now();
                f();
                start.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        ms.sort_by(f64::total_cmp);
        println!("{what}: median {:.1} ms (max {:.1}) over {runs} runs", ms[runs / 2], ms[runs - 1]);
    };
    time("draft", &|| {
        std::hint::black_box(crate::summary::draft::draft(&book, &period, Lang::Zh));
    });
    time("dashboard", &|| {
        std::hint::black_box(Dashboard::of(&book, &period, day("2024-05-01"), Lang::Zh, &collate));
    });
    time("comparison", &|| {
        std::hint::black_box(crate::summary::compare::Comparison::of(&book, &period, None));
    });
    let d = Dashboard::of(&book, &period, day("2024-05-01"), Lang::Zh, &collate);
    assert!(d.held > 0, "the semester has activities");
}

#[test]
fn the_sample_union_has_something_on_every_card_the_spec_checks() {
    let mut book = Book::new();
    let mut clock = Clock::new(RecordId::well_known(1));
    for (id, kind, fields) in crate::sample::sample_records() {
        book.write(id, kind, clock.tick(1), fields);
    }
    let today = day("2026-12-01");
    let period = current_period(&book, today, Lang::En).expect("the sample's semester");
    let d = Dashboard::of(&book, &period, today, Lang::En, &collate);
    assert!(d.attendance.1 > 0 && d.self_study.expected > 0 && d.movements > 0 && d.held > 0);
}

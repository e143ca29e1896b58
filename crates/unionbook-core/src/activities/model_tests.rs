use super::*;
use crate::activities::lifecycle::planned_fields;
use crate::activities::partners::{is_safe_link, partners_of, publicity_of};
use crate::attendance::marks::{Mark, mark_field};
use crate::book::{Clock, Entropy, SeededEntropy};
use crate::steps::Move;
use serde_json::json;

fn day(s: &str) -> NaiveDate {
    parse_date(s).unwrap()
}

struct Book1 {
    book: Book,
    clock: Clock,
    ids: SeededEntropy,
}

impl Book1 {
    fn new() -> Book1 {
        let mut ids = SeededEntropy(31);
        Book1 { book: Book::new(), clock: Clock::new(ids.new_id()), ids }
    }
    fn add(&mut self, title: &str, fields: &[(&str, Value)]) -> RecordId {
        let id = self.ids.new_id();
        let mut all = planned_fields(day("2026-09-01"));
        all.push(("title".into(), json!(title)));
        all.extend(fields.iter().map(|(f, v)| ((*f).to_owned(), v.clone())));
        self.book.write(id, ACTIVITY, self.clock.tick(1), all);
        id
    }
    fn step(&mut self, id: RecordId, m: Move) {
        let writes = Lifecycle::from_record(self.book.get(id).unwrap()).step(m).unwrap();
        self.book.write(id, ACTIVITY, self.clock.tick(1), writes);
    }
    fn titles(list: Vec<Activity>) -> Vec<String> {
        list.into_iter().map(|a| a.title).collect()
    }
}

#[test]
fn only_http_and_https_links_are_opened() {
    for ok in ["https://news.example.edu/2026/fair", "http://example.com", " HTTPS://Example.com/a?b=c "] {
        assert!(is_safe_link(ok), "{ok}");
    }
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,<b>x</b>",
        "https://",
        "https:///evil",
        "ftp://example.com",
        "//example.com",
        "example.com",
        "https://exa mple.com",
        "https://example.com/\u{0}",
        "",
    ] {
        assert!(!is_safe_link(bad), "{bad:?}");
    }
}

#[test]
fn coming_up_is_what_is_not_cancelled_nor_held_from_today_on_soonest_first() {
    let mut w = Book1::new();
    w.add("十二月讲座", &[("date", json!("2026-12-10"))]);
    let past = w.add("九月迎新", &[("date", json!("2026-09-10"))]);
    let held = w.add("演讲比赛", &[("date", json!("2026-12-02"))]);
    for on in ["2026-09-02", "2026-09-03", "2026-12-02"] {
        w.step(held, Move::Forward(day(on)));
    }
    let cancelled = w.add("晚会", &[("date", json!("2026-12-20"))]);
    w.step(cancelled, Move::Cancel(day("2026-11-01")));
    w.add("读书节", &[("date", json!("2026-11-20")), ("end_date", json!("2026-12-05"))]);
    w.add("没定日子的计划", &[]);
    let preparing = w.add("筹备中", &[]);
    w.step(preparing, Move::Forward(day("2026-09-02")));
    w.step(preparing, Move::Forward(day("2026-09-03")));
    w.add("明天", &[("date", json!("2026-12-02"))]);
    let got = Book1::titles(coming_up(&w.book, day("2026-12-01")));
    assert_eq!(got, vec!["读书节", "明天", "十二月讲座", "筹备中"]);
    assert!(activity(&w.book, past).is_some());
}

#[test]
fn lists_are_filtered_by_semester_unit_status_category_and_series() {
    let mut w = Book1::new();
    let (unit, other_unit, series) = (w.ids.new_id(), w.ids.new_id(), w.ids.new_id());
    w.add(
        "招聘会",
        &[
            ("date", json!("2026-11-08")),
            ("units", json!([unit.to_string()])),
            ("category", json!("career")),
            ("series", json!(series.to_string())),
        ],
    );
    w.add("去年的", &[("date", json!("2025-11-08")), ("units", json!([other_unit.to_string()]))]);
    w.add("跨学期", &[("date", json!("2026-08-20")), ("end_date", json!("2026-09-05"))]);
    w.add("未定", &[]);
    let autumn = Some((day("2026-09-01"), day("2027-01-31")));
    let titles = |f: Filter| Book1::titles(activities(&w.book, &f));
    assert_eq!(titles(Filter { within: autumn, ..Filter::default() }), vec!["未定", "招聘会", "跨学期"]);
    assert_eq!(titles(Filter::default()).len(), 4);
    assert_eq!(titles(Filter { unit: Some(unit), ..Filter::default() }), vec!["招聘会"]);
    assert_eq!(titles(Filter { category: Some("career".into()), ..Filter::default() }), vec!["招聘会"]);
    assert_eq!(titles(Filter { series: Some(series), ..Filter::default() }), vec!["招聘会"]);
    assert_eq!(titles(Filter { status: Some(Status::Held), ..Filter::default() }), Vec::<String>::new());
    assert_eq!(titles(Filter { status: Some(Status::Planned), within: autumn, ..Filter::default() }).len(), 3);
}

#[test]
fn participants_come_from_the_marks_when_there_are_any_else_from_the_count() {
    let mut w = Book1::new();
    let (a, b) = (w.ids.new_id(), w.ids.new_id());
    let lecture = w.add("讲座", &[("counted", json!(260)), ("expected", json!(300))]);
    let listed = w.add("培训", &[("counted", json!(5)), ("invited", json!([a.to_string(), b.to_string()]))]);
    let none = w.add("无", &[]);
    let record = |id| w.book.get(id).unwrap();
    assert_eq!(actual(lecture, record(lecture)), Actual::Counted(260));
    assert_eq!(actual(none, record(none)), Actual::Unknown);
    assert_eq!(actual(listed, record(listed)), Actual::Counted(5), "invited but nobody marked yet");
    let (m1, m2) = (mark_field(a, Some(Mark::Late)), mark_field(b, Some(Mark::Excused)));
    w.book.write(listed, ACTIVITY, w.clock.tick(1), [m1, m2]);
    assert_eq!(actual(listed, w.book.get(listed).unwrap()), Actual::FromList(1));
}

#[test]
fn partners_are_in_the_order_given_and_publicity_by_date() {
    let mut w = Book1::new();
    let fair = w.add("招聘会", &[]);
    for name in ["腾讯", "阿里巴巴", "华为"] {
        let id = w.ids.new_id();
        w.book.write(
            id,
            PARTNER,
            w.clock.tick(1),
            [("activity".to_owned(), json!(fair.to_string())), ("name".to_owned(), json!(name))],
        );
    }
    let names: Vec<String> = partners_of(&w.book, fair, &|a, b| a.cmp(b)).into_iter().map(|p| p.name).collect();
    assert_eq!(names, vec!["华为", "腾讯", "阿里巴巴"]);
    for (title, date, link) in [("b", "2026-11-09", "javascript:alert(1)"), ("a", "2026-11-01", "https://x.example/a")]
    {
        let id = w.ids.new_id();
        let fields = [
            ("activity", json!(fair.to_string())),
            ("title", json!(title)),
            ("date", json!(date)),
            ("link", json!(link)),
        ];
        w.book.write(id, PUBLICITY, w.clock.tick(1), fields.map(|(f, v)| (f.to_owned(), v)));
    }
    let list = publicity_of(&w.book, fair);
    assert_eq!(list.iter().map(|p| p.title.as_str()).collect::<Vec<_>>(), vec!["a", "b"]);
    assert_eq!((list[0].safe_link(), list[1].safe_link()), (Some("https://x.example/a"), None));
}

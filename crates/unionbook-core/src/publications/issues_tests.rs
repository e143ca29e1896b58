use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};
use crate::forms::{FormError, error_of};
use crate::people::model::{MEMBER, UNIT};
use crate::publications::drafts::{ArticleDraft, IssueDraft, PeriodicalDraft};

struct Fixture {
    book: Book,
    clock: Clock,
    ids: SeededEntropy,
}

impl Fixture {
    fn new() -> Fixture {
        Fixture { book: Book::new(), clock: Clock::new(SeededEntropy(1).new_id()), ids: SeededEntropy(2) }
    }

    fn put(&mut self, kind: &'static str, fields: Vec<(String, Value)>) -> RecordId {
        let id = self.ids.new_id();
        self.book.write(id, kind, self.clock.tick(1), fields);
        id
    }

    fn write(&mut self, id: RecordId, kind: &'static str, fields: Vec<(String, Value)>) {
        self.book.write(id, kind, self.clock.tick(2), fields);
    }
}

fn day(text: &str) -> NaiveDate {
    parse_date(text).unwrap()
}

#[test]
fn an_issue_steps_from_planned_to_published_with_its_day_and_back() {
    let mut f = Fixture::new();
    let unit = f.put(UNIT, vec![("name_zh".into(), json!("生活部"))]);
    let draft = PeriodicalDraft {
        title: "生活之窗".into(),
        unit: unit.to_string(),
        frequency: "monthly".into(),
        ..Default::default()
    };
    let periodical = f.put(PERIODICAL, draft.validate(&f.book).unwrap());
    let issue_draft = IssueDraft { number: "3".into(), date: "2026-11-20".into(), ..Default::default() };
    let id = f.put(PUBLICATION_ISSUE, issue_draft.validate(&f.book, periodical).unwrap());
    let read = |f: &Fixture| issue(&f.book, id).unwrap();
    assert_eq!(read(&f).status, IssueStatus::Planned);
    assert!(read(&f).back().is_none(), "nothing before planned");

    let writes = read(&f).forward(day("2026-11-18")).unwrap();
    assert_eq!(writes.len(), 1, "only publishing is dated");
    f.write(id, PUBLICATION_ISSUE, writes);
    assert_eq!(read(&f).status, IssueStatus::Editing);
    f.write(id, PUBLICATION_ISSUE, read(&f).forward(day("2026-11-25")).unwrap());
    assert_eq!((read(&f).status, read(&f).published_on), (IssueStatus::Published, Some(day("2026-11-25"))));
    assert!(read(&f).forward(day("2026-11-26")).is_none(), "nothing after published");

    f.write(id, PUBLICATION_ISSUE, read(&f).back().unwrap());
    assert_eq!((read(&f).status, read(&f).published_on), (IssueStatus::Editing, None));
    assert_eq!(IssueStatus::parse("nonsense"), IssueStatus::Planned);
}

#[test]
fn issues_come_in_order_of_date_then_number_and_the_latest_is_last() {
    let mut f = Fixture::new();
    let p = f.put(PERIODICAL, vec![("title".into(), json!("学刊"))]);
    let other = f.put(PERIODICAL, vec![("title".into(), json!("生活之窗"))]);
    for (number, date) in [("10", "2026-12-01"), ("2", "2026-12-01"), ("1", "2026-10-01"), ("特刊", "")] {
        let draft = IssueDraft { number: number.into(), date: date.into(), ..Default::default() };
        f.put(PUBLICATION_ISSUE, draft.validate(&f.book, p).unwrap());
    }
    let numbers: Vec<String> = issues_of(&f.book, p).into_iter().map(|i| i.number).collect();
    assert_eq!(numbers, ["1", "2", "10", "特刊"]);
    assert_eq!(latest_issue(&f.book, p).map(|i| i.number), Some("特刊".to_owned()));
    assert!(latest_issue(&f.book, other).is_none());
    let titles: Vec<String> = periodicals(&f.book, &|a, b| b.cmp(a)).into_iter().map(|p| p.title).collect();
    assert_eq!(titles, ["生活之窗", "学刊"]);
}

#[test]
fn articles_keep_their_place_and_name_authors_from_the_book_or_typed() {
    let mut f = Fixture::new();
    let author = f.put(MEMBER, vec![("name".into(), json!("马晓琳"))]);
    let unit = f.put(UNIT, vec![("name_zh".into(), json!("学通社"))]);
    let p = f.put(PERIODICAL, vec![("title".into(), json!("学刊"))]);
    let i = f.put(PUBLICATION_ISSUE, vec![("periodical".into(), json!(p.to_string())), ("number".into(), json!("1"))]);
    let first = ArticleDraft {
        title: "卷首语".into(),
        authors: vec![author.to_string(), author.to_string()],
        ..Default::default()
    };
    let a = f.put(ARTICLE, first.validate(&f.book, i, next_order(&articles_of(&f.book, i))).unwrap());
    let second = ArticleDraft {
        title: "新生访谈".into(),
        authors_typed: "校外投稿".into(),
        pages: "3-4".into(),
        ..Default::default()
    };
    f.put(ARTICLE, second.validate(&f.book, i, next_order(&articles_of(&f.book, i))).unwrap());
    let list = articles_of(&f.book, i);
    assert_eq!(
        list.iter().map(|a| (a.title.as_str(), a.order)).collect::<Vec<_>>(),
        [("卷首语", Some(1)), ("新生访谈", Some(2))]
    );
    assert_eq!(list[0].authors, vec![author], "an author chosen twice is named once");
    assert_eq!(ArticleDraft::from_article(&list[0]).title, "卷首语");
    assert_eq!(list[0].id, a);

    let not_a_person = ArticleDraft { title: "x".into(), authors: vec![unit.to_string()], ..Default::default() };
    let e = not_a_person.validate(&f.book, i, 3).unwrap_err();
    assert_eq!(error_of(&e, "authors"), Some(FormError::NotAChoice));
    let e = ArticleDraft::default().validate(&f.book, i, 3).unwrap_err();
    assert_eq!(error_of(&e, "title"), Some(FormError::Required));
}

#[test]
fn the_forms_put_each_problem_on_its_field() {
    let mut f = Fixture::new();
    let student = f.put(crate::people::students::model::STUDENT, vec![("name".into(), json!("张三"))]);
    let p = f.put(PERIODICAL, vec![("title".into(), json!("学刊"))]);
    let e = PeriodicalDraft { frequency: "daily".into(), unit: "nope".into(), ..Default::default() }
        .validate(&f.book)
        .unwrap_err();
    assert_eq!(error_of(&e, "title"), Some(FormError::Required));
    assert_eq!(error_of(&e, "frequency"), Some(FormError::NotAChoice));
    assert_eq!(error_of(&e, "unit"), Some(FormError::NotAChoice));
    let bad = IssueDraft {
        number: String::new(),
        date: "2026-02-30".into(),
        editors: vec![student.to_string()],
        ..Default::default()
    };
    let e = bad.validate(&f.book, p).unwrap_err();
    assert_eq!(error_of(&e, "number"), Some(FormError::Required));
    assert_eq!(error_of(&e, "date"), Some(FormError::NotADate));
    assert_eq!(error_of(&e, "editors"), Some(FormError::NotAChoice), "editors are members");
}

#[test]
fn only_http_and_https_links_are_opened() {
    let mut f = Fixture::new();
    let p = f.put(PERIODICAL, vec![("title".into(), json!("学刊"))]);
    for (link, opened) in [
        ("https://news.example.edu.cn/window/3.pdf", true),
        (" http://example.com/a ", true),
        ("javascript:alert(1)", false),
        ("JaVaScRiPt:alert(1)", false),
        ("data:text/html,x", false),
        ("", false),
    ] {
        let draft = IssueDraft { number: "1".into(), link: link.into(), ..Default::default() };
        let id = f.put(PUBLICATION_ISSUE, draft.validate(&f.book, p).unwrap());
        let issue = issue(&f.book, id).unwrap();
        assert_eq!(issue.safe_link().is_some(), opened, "{link}");
        assert_eq!(issue.link, link.trim(), "kept as typed");
    }
}

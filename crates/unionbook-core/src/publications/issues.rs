//! Periodicals, their issues in order and the articles of an issue, read from the book; an
//! issue's steps planned → editing → published, the day it was published kept in
//! `published_on` (a step back from published clears it). Pure.

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::model::{ARTICLE, ISSUE_STATUSES, PERIODICAL, PUBLICATION_ISSUE};
use crate::activities::partners::is_safe_link;
use crate::book::schema::parse_date;
use crate::book::{Book, Record, RecordId};

#[derive(Clone, Debug, PartialEq)]
pub struct Periodical {
    pub id: RecordId,
    pub title: String,
    pub unit: Option<RecordId>,
    pub frequency: String,
    pub note: String,
}

impl Periodical {
    pub fn from_record(id: RecordId, r: &Record) -> Periodical {
        Periodical {
            id,
            title: r.text("title").to_owned(),
            unit: r.reference("unit"),
            frequency: r.text("frequency").to_owned(),
            note: r.text("note").to_owned(),
        }
    }
}

/// Where an issue is; the order is the way through.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum IssueStatus {
    #[default]
    Planned,
    Editing,
    Published,
}

impl IssueStatus {
    pub const ALL: [IssueStatus; 3] = [IssueStatus::Planned, IssueStatus::Editing, IssueStatus::Published];

    pub fn word(self) -> &'static str {
        ISSUE_STATUSES[self as usize]
    }

    /// A stored status; none (or a word this app does not know) is planned.
    pub fn parse(word: &str) -> IssueStatus {
        IssueStatus::ALL.into_iter().find(|s| s.word() == word).unwrap_or_default()
    }

    pub fn next(self) -> Option<IssueStatus> {
        IssueStatus::ALL.get(self as usize + 1).copied()
    }

    pub fn before(self) -> Option<IssueStatus> {
        (self as usize).checked_sub(1).map(|i| IssueStatus::ALL[i])
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Issue {
    pub id: RecordId,
    pub periodical: Option<RecordId>,
    pub number: String,
    pub theme: String,
    pub date: Option<NaiveDate>,
    pub editors: Vec<RecordId>,
    pub status: IssueStatus,
    pub published_on: Option<NaiveDate>,
    pub link: String,
    pub note: String,
}

impl Issue {
    pub fn from_record(id: RecordId, r: &Record) -> Issue {
        Issue {
            id,
            periodical: r.reference("periodical"),
            number: r.text("number").to_owned(),
            theme: r.text("theme").to_owned(),
            date: parse_date(r.text("date")),
            editors: r.refs("editors"),
            status: IssueStatus::parse(r.text("status")),
            published_on: parse_date(r.text("published_on")),
            link: r.text("link").to_owned(),
            note: r.text("note").to_owned(),
        }
    }

    /// The link to open, when it is one that may be opened (http or https).
    pub fn safe_link(&self) -> Option<&str> {
        is_safe_link(&self.link).then(|| self.link.trim())
    }

    /// The fields the next step writes: its status, and the day when it is "published".
    pub fn forward(&self, on: NaiveDate) -> Option<Vec<(String, Value)>> {
        let next = self.status.next()?;
        let mut writes = vec![("status".to_owned(), json!(next.word()))];
        if next == IssueStatus::Published {
            writes.push(("published_on".to_owned(), json!(on.to_string())));
        }
        Some(writes)
    }

    /// The fields a step back writes (a step recorded too soon); leaving "published" clears
    /// its day.
    pub fn back(&self) -> Option<Vec<(String, Value)>> {
        let before = self.status.before()?;
        let mut writes = vec![("status".to_owned(), json!(before.word()))];
        if self.status == IssueStatus::Published {
            writes.push(("published_on".to_owned(), Value::Null));
        }
        Some(writes)
    }
}

/// How issue numbers compare: "2" before "10", then as text ("2026年第3期").
fn by_number(a: &str, b: &str) -> std::cmp::Ordering {
    let number = |s: &str| s.trim().parse::<u64>().ok();
    match (number(a), number(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => (a.chars().count(), a).cmp(&(b.chars().count(), b)),
    }
}

/// Every periodical, in the order `order` gives titles (pinyin in the app).
pub fn periodicals(book: &Book, order: &dyn Fn(&str, &str) -> std::cmp::Ordering) -> Vec<Periodical> {
    let mut list: Vec<Periodical> = book.live(PERIODICAL).map(|(id, r)| Periodical::from_record(id, r)).collect();
    list.sort_by(|a, b| order(&a.title, &b.title));
    list
}

pub fn periodical(book: &Book, id: RecordId) -> Option<Periodical> {
    book.get(id).filter(|r| r.kind == PERIODICAL && !r.is_deleted()).map(|r| Periodical::from_record(id, r))
}

pub fn issue(book: &Book, id: RecordId) -> Option<Issue> {
    book.get(id).filter(|r| r.kind == PUBLICATION_ISSUE && !r.is_deleted()).map(|r| Issue::from_record(id, r))
}

/// A periodical's issues in order: by date (undated last), then by number.
pub fn issues_of(book: &Book, of: RecordId) -> Vec<Issue> {
    let mut list: Vec<Issue> = book
        .live(PUBLICATION_ISSUE)
        .map(|(id, r)| Issue::from_record(id, r))
        .filter(|i| i.periodical == Some(of))
        .collect();
    list.sort_by(|a, b| {
        (a.date.is_none(), a.date).cmp(&(b.date.is_none(), b.date)).then_with(|| by_number(&a.number, &b.number))
    });
    list
}

/// The latest issue: the last in order.
pub fn latest_issue(book: &Book, of: RecordId) -> Option<Issue> {
    issues_of(book, of).pop()
}

#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    pub id: RecordId,
    pub issue: Option<RecordId>,
    pub title: String,
    pub authors: Vec<RecordId>,
    pub authors_typed: String,
    pub pages: String,
    pub order: Option<i64>,
}

impl Article {
    pub fn from_record(id: RecordId, r: &Record) -> Article {
        Article {
            id,
            issue: r.reference("issue"),
            title: r.text("title").to_owned(),
            authors: r.refs("authors"),
            authors_typed: r.text("authors_typed").to_owned(),
            pages: r.text("pages").to_owned(),
            order: r.value("order").and_then(Value::as_i64),
        }
    }
}

/// An issue's articles in order (those without a place last, by title).
pub fn articles_of(book: &Book, of: RecordId) -> Vec<Article> {
    let mut list: Vec<Article> =
        book.live(ARTICLE).map(|(id, r)| Article::from_record(id, r)).filter(|a| a.issue == Some(of)).collect();
    list.sort_by(|a, b| (a.order.is_none(), a.order, &a.title).cmp(&(b.order.is_none(), b.order, &b.title)));
    list
}

/// The place of an article added after the others.
pub fn next_order(articles: &[Article]) -> i64 {
    articles.iter().filter_map(|a| a.order).max().map_or(1, |n| (n + 1).min(999))
}

#[cfg(test)]
#[path = "issues_tests.rs"]
mod tests;

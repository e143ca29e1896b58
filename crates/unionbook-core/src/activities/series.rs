//! Series: an activity held again and again ("青春飞扬演讲比赛"), its editions in order, the
//! number the next one takes, and each edition's figures. Pure.

use std::cmp::Ordering;

use serde_json::Value;

use super::model::{ACTIVITY, Activity, Actual, SERIES, actual};
use crate::book::{Book, Record, RecordId};

#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub id: RecordId,
    pub name_zh: String,
    pub name_en: String,
    pub units: Vec<RecordId>,
    pub description: String,
}

impl Series {
    pub fn from_record(id: RecordId, r: &Record) -> Series {
        Series {
            id,
            name_zh: r.text("name_zh").to_owned(),
            name_en: r.text("name_en").to_owned(),
            units: r.refs("units"),
            description: r.text("description").to_owned(),
        }
    }

    /// The name to show: English when asked for and known, else Chinese.
    pub fn name(&self, english: bool) -> &str {
        if english && !self.name_en.is_empty() { &self.name_en } else { &self.name_zh }
    }
}

/// The series `id`, if it is a live one.
pub fn series(book: &Book, id: RecordId) -> Option<Series> {
    book.get(id).filter(|r| r.kind == SERIES && !r.is_deleted()).map(|r| Series::from_record(id, r))
}

/// Every live series, in the order `order` gives their names.
pub fn all_series(book: &Book, english: bool, order: &dyn Fn(&str, &str) -> Ordering) -> Vec<Series> {
    let mut list: Vec<Series> = book.live(SERIES).map(|(id, r)| Series::from_record(id, r)).collect();
    list.sort_by(|a, b| order(a.name(english), b.name(english)));
    list
}

/// The order of editions: by edition number, then by date; an edition without a number after
/// those with one, an undated one after the dated.
fn edition_order(a: &Activity, b: &Activity) -> Ordering {
    let key = |x: &Activity| (x.edition.is_none(), x.edition, x.date.is_none(), x.date);
    key(a).cmp(&key(b)).then_with(|| a.id.cmp(&b.id))
}

/// A series' editions, in order.
pub fn editions(book: &Book, of: RecordId) -> Vec<Activity> {
    let mut list: Vec<Activity> = book
        .live(ACTIVITY)
        .filter(|(_, r)| r.text("series") == of.as_str())
        .map(|(id, r)| Activity::from_record(id, r))
        .collect();
    list.sort_by(edition_order);
    list
}

/// The number the next edition takes: one more than the highest so far.
pub fn next_edition(book: &Book, of: RecordId) -> u32 {
    editions(book, of).iter().filter_map(|a| a.edition).max().map_or(1, |n| n.saturating_add(1))
}

/// The editions before and after `id` in its series.
pub fn neighbours(editions: &[Activity], id: RecordId) -> (Option<&Activity>, Option<&Activity>) {
    let Some(i) = editions.iter().position(|a| a.id == id) else { return (None, None) };
    (i.checked_sub(1).map(|p| &editions[p]), editions.get(i + 1))
}

/// One edition with its figures: who took part, against how many were expected.
#[derive(Clone, Debug, PartialEq)]
pub struct EditionFigures {
    pub activity: Activity,
    pub actual: Actual,
}

/// Every edition of a series, in order, with its figures.
pub fn figures(book: &Book, of: RecordId) -> Vec<EditionFigures> {
    editions(book, of)
        .into_iter()
        .map(|a| {
            let actual = book.get(a.id).map_or(Actual::Unknown, |r| actual(a.id, r));
            EditionFigures { activity: a, actual }
        })
        .collect()
}

/// The fields that put an activity in a series as its `edition`.
pub fn in_series(of: RecordId, edition: u32) -> Vec<(String, Value)> {
    vec![("series".to_owned(), Value::from(of.to_string())), ("edition".to_owned(), Value::from(edition))]
}

#[cfg(test)]
#[path = "series_tests.rs"]
mod tests;

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
mod tests {
    use super::*;
    use crate::activities::lifecycle::planned_fields;
    use crate::attendance::marks::{Mark, mark_field};
    use crate::book::{Clock, Entropy, SeededEntropy};
    use chrono::NaiveDate;
    use serde_json::json;

    fn put(book: &mut Book, clock: &mut Clock, id: RecordId, fields: Vec<(String, Value)>) {
        book.write(id, ACTIVITY, clock.tick(1), fields);
    }

    fn edition(series: RecordId, n: Option<u32>, date: &str) -> Vec<(String, Value)> {
        let mut f = planned_fields(NaiveDate::from_ymd_opt(2025, 9, 1).unwrap());
        f.push(("title".into(), json!("青春飞扬演讲比赛")));
        f.push(("series".into(), json!(series.to_string())));
        if let Some(n) = n {
            f.push(("edition".into(), json!(n)));
        }
        if !date.is_empty() {
            f.push(("date".into(), json!(date)));
        }
        f
    }

    #[test]
    fn editions_are_in_order_of_number_then_date_and_the_next_is_one_more() {
        let mut ids = SeededEntropy(11);
        let mut clock = Clock::new(ids.new_id());
        let mut book = Book::new();
        let s = ids.new_id();
        book.write(s, SERIES, clock.tick(1), [("name_zh".to_owned(), json!("青春飞扬演讲比赛"))]);
        assert_eq!(next_edition(&book, s), 1);
        let (first, second, loose, other) = (ids.new_id(), ids.new_id(), ids.new_id(), ids.new_id());
        put(&mut book, &mut clock, second, edition(s, Some(2), "2026-11-20"));
        put(&mut book, &mut clock, loose, edition(s, None, "2024-05-01"));
        put(&mut book, &mut clock, first, edition(s, Some(1), "2025-11-15"));
        put(&mut book, &mut clock, other, edition(ids.new_id(), Some(7), "2025-01-01"));
        let order: Vec<RecordId> = editions(&book, s).iter().map(|a| a.id).collect();
        assert_eq!(order, vec![first, second, loose]);
        assert_eq!(next_edition(&book, s), 3);
        let list = editions(&book, s);
        let (before, after) = neighbours(&list, second);
        assert_eq!((before.map(|a| a.id), after.map(|a| a.id)), (Some(first), Some(loose)));
        assert_eq!(neighbours(&list, first).0, None);
        assert_eq!(neighbours(&list, other), (None, None));
        book.set_deleted(second, true, clock.tick(5));
        assert_eq!(next_edition(&book, s), 2, "a deleted edition leaves its number free");
    }

    #[test]
    fn figures_come_from_the_attendance_list_when_it_has_marks_else_from_the_count() {
        let mut ids = SeededEntropy(12);
        let mut clock = Clock::new(ids.new_id());
        let mut book = Book::new();
        let s = ids.new_id();
        let (first, second, third) = (ids.new_id(), ids.new_id(), ids.new_id());
        let (a, b, c) = (ids.new_id(), ids.new_id(), ids.new_id());
        let mut one = edition(s, Some(1), "2025-11-15");
        one.push(("counted".into(), json!(180)));
        put(&mut book, &mut clock, first, one);
        let mut two = edition(s, Some(2), "2026-11-20");
        two.extend([
            ("counted".into(), json!(999)),
            ("invited".into(), json!([a.to_string(), b.to_string(), c.to_string()])),
            mark_field(a, Some(Mark::Present)),
            mark_field(b, Some(Mark::Late)),
            mark_field(c, Some(Mark::Absent)),
        ]);
        put(&mut book, &mut clock, second, two);
        put(&mut book, &mut clock, third, edition(s, Some(3), ""));
        let got: Vec<Actual> = figures(&book, s).iter().map(|f| f.actual).collect();
        assert_eq!(got, vec![Actual::Counted(180), Actual::FromList(2), Actual::Unknown]);
        assert_eq!(Actual::FromList(2).number(), Some(2));
    }
}

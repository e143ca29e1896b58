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

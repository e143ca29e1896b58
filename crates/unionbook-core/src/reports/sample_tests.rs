use crate::book::{Book, Entropy, SeededEntropy, Session};
use crate::people::model::units;
use crate::reports::lateness::late_units;

#[test]
fn in_the_sample_the_arts_department_is_late_for_november() {
    let mut s = Session::in_memory(Book::new(), SeededEntropy(1).new_id());
    crate::sample::load_sample(&mut s, 1_000);
    let all: Vec<_> = units(s.book()).into_iter().map(|u| (u.id, u.name_zh)).collect();
    let ids: Vec<_> = all.iter().map(|(id, _)| *id).collect();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let late = late_units(s.book(), &ids, today);
    assert_eq!(late.len(), 1);
    assert_eq!(all.iter().find(|(id, _)| *id == late[0].unit).unwrap().1, "文艺部");
    assert_eq!(late[0].periods[0].0.start.to_string(), "2026-11-01");
}

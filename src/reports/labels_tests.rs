use super::*;

#[test]
fn a_month_is_named_as_the_language_names_dates() {
    let day = NaiveDate::from_ymd_opt(2026, 11, 17).unwrap();
    assert_eq!(month_name(Lang::Zh, day), "2026年11月");
    assert_eq!(month_name(Lang::En, day), "Nov\u{a0}2026", "kept on one line, as dates are");
}

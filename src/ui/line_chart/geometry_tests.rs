use super::*;

#[test]
fn values_stand_on_a_scale_from_zero_and_a_gap_breaks_the_line() {
    let l = layout(&[Some(100), Some(50), None, Some(0), Some(75)], 100);
    assert_eq!(l.width, 5 * 40 + 12);
    assert_eq!(l.slots.iter().map(|s| s.height).collect::<Vec<_>>(), vec![80, 40, 0, 0, 60]);
    assert_eq!(l.slots[0].top, Some(18));
    assert_eq!(l.slots[2].top, None);
    assert_eq!(l.slots[2].label_y(), 94);
    assert_eq!(l.runs, vec!["26,18 66,58".to_owned(), "146,98 186,38".to_owned()]);
}

#[test]
fn one_point_keeps_room_for_its_labels_and_values_over_the_scale_are_kept_on_it() {
    let l = layout(&[Some(250)], 100);
    assert_eq!((l.width, l.slots[0].height), (MIN_WIDTH, 80));
    assert!(layout(&[], 0).runs.is_empty());
}

#[test]
fn a_short_date_drops_the_year_in_either_language() {
    let day = NaiveDate::from_ymd_opt(2025, 9, 15).unwrap();
    assert!(!short_date(Lang::Zh, day).contains("2025"));
    assert!(!short_date(Lang::En, day).contains("2025"));
}

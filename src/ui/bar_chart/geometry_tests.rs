use super::*;
use proptest::prelude::*;

#[test]
fn bars_stand_on_one_scale_from_zero_to_the_largest_value() {
    let l = layout(&[vec![10, 5], vec![0, 2]], 2);
    let widths: Vec<Vec<u32>> = l.rows.iter().map(|r| r.bars.iter().map(|b| b.width).collect()).collect();
    assert_eq!(widths, vec![vec![224, 112], vec![0, 44]]);
    assert_eq!(l.rows[0].label_y, 12);
    assert_eq!((l.rows[0].bars[0].y, l.rows[0].bars[1].y), (16, 33));
    assert_eq!(l.rows[1].label_y, 12 + 60);
    assert_eq!(l.height, 120);
}

#[test]
fn an_empty_chart_or_all_zeros_divides_by_nothing() {
    assert!(layout(&[], 1).rows.is_empty());
    assert_eq!(layout(&[], 0).height, LABEL);
    let zeros = layout(&[vec![0], vec![0]], 1);
    assert!(zeros.rows.iter().all(|r| r.bars[0].width == 0));
}

#[test]
fn a_small_value_is_still_seen_and_a_negative_one_is_drawn_as_zero() {
    let l = layout(&[vec![1_000_000], vec![1], vec![-5]], 1);
    assert_eq!(l.rows[1].bars[0].width, MIN_BAR);
    assert_eq!(l.rows[2].bars[0].width, 0);
}

proptest! {
    #[test]
    fn every_bar_fits_the_drawing(rows in proptest::collection::vec(proptest::collection::vec(any::<i64>(), 0..3), 0..8)) {
        let l = layout(&rows, 2);
        for r in &l.rows {
            for b in &r.bars {
                prop_assert!(b.width <= WIDTH - VALUE_ROOM);
                prop_assert!(b.y + BAR <= l.height);
            }
        }
    }
}

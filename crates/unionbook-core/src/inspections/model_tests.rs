use super::*;

#[test]
fn room_numbers_sort_the_way_a_corridor_runs() {
    let mut numbers = vec!["310", "99", "3-12", "3-2", "A101", "305"];
    numbers.sort_by_key(|n| natural_key(n));
    assert_eq!(numbers, vec!["3-2", "3-12", "99", "305", "310", "A101"]);
}

use super::*;
use proptest::prelude::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    ymd(y, m, d)
}

#[test]
fn autumn_and_january_are_the_first_semester() {
    let first = Semester { start_year: 2026, half: SemesterHalf::First };
    assert_eq!(Semester::containing(date(2026, 9, 1)), first);
    assert_eq!(Semester::containing(date(2026, 8, 1)), first);
    assert_eq!(Semester::containing(date(2027, 1, 31)), first);
}

#[test]
fn february_to_july_is_the_second_semester() {
    let second = Semester { start_year: 2026, half: SemesterHalf::Second };
    assert_eq!(Semester::containing(date(2027, 2, 1)), second);
    assert_eq!(Semester::containing(date(2027, 7, 31)), second);
}

#[test]
fn rejects_years_outside_the_range() {
    assert!(Semester::new(1999, SemesterHalf::First).is_none());
    assert!(Semester::new(2026, SemesterHalf::First).is_some());
}

proptest! {
    #[test]
    fn a_semester_contains_its_first_day_and_ends_where_the_next_begins(
        year in 2000i32..2100, second in any::<bool>()
    ) {
        let half = if second { SemesterHalf::Second } else { SemesterHalf::First };
        let semester = Semester { start_year: year, half };
        prop_assert_eq!(Semester::containing(semester.first_day()), semester);
        let last_day = semester.next().first_day().pred_opt().unwrap();
        prop_assert_eq!(Semester::containing(last_day), semester);
        prop_assert!(semester.next() > semester);
    }
}

use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn a_dated_thing_belongs_to_the_semester_whose_dates_hold_it() {
    let mut book = Book::new();
    let mut clock = Clock::new(SeededEntropy(1).new_id());
    let term = SeededEntropy(2).new_id();
    let fields = TermDraft { number: "6".into(), starts: "2026-09-01".into(), ends: "2027-07-15".into() }
        .validate(&book, None)
        .unwrap();
    book.write(term, TERM, clock.tick(1), fields);
    let autumn = SeededEntropy(3).new_id();
    book.write(
        autumn,
        SEMESTER,
        clock.tick(2),
        SemesterDraft::for_date(Some(term), date(2026, 10, 1)).validate(&book, None).unwrap(),
    );
    let spring = SeededEntropy(4).new_id();
    book.write(
        spring,
        SEMESTER,
        clock.tick(3),
        SemesterDraft::for_date(Some(term), date(2027, 3, 1)).validate(&book, None).unwrap(),
    );

    assert_eq!(semester_of(&book, date(2026, 12, 24)).map(|s| s.id), Some(autumn));
    assert_eq!(semester_of(&book, date(2027, 1, 31)).map(|s| s.id), Some(autumn));
    assert_eq!(semester_of(&book, date(2027, 2, 1)).map(|s| s.id), Some(spring));
    assert_eq!(semester_of(&book, date(2025, 1, 1)), None);
    assert_eq!(semesters(&book).first().map(|s| s.id), Some(spring));

    // The same semester twice, or a term number twice, is refused.
    let again = SemesterDraft::for_date(Some(term), date(2026, 11, 1)).validate(&book, None);
    assert_eq!(again, Err(vec![("half", FormError::Taken)]));
    let six = TermDraft { number: "6".into(), ..TermDraft::default() }.validate(&book, None);
    assert_eq!(six, Err(vec![("number", FormError::Taken)]));
    assert!(TermDraft { number: "6".into(), ..TermDraft::default() }.validate(&book, Some(term)).is_ok());
}

#[test]
fn a_term_or_semester_shown_for_correcting_saves_back_unchanged() {
    let mut book = Book::new();
    let mut clock = Clock::new(SeededEntropy(1).new_id());
    let term = SeededEntropy(2).new_id();
    let fields = TermDraft { number: "6".into(), starts: "2026-09-01".into(), ends: String::new() }
        .validate(&book, None)
        .unwrap();
    book.write(term, TERM, clock.tick(1), fields.clone());
    let shown = TermDraft::from_term(&Term::from_record(term, book.get(term).unwrap()));
    assert_eq!(shown.validate(&book, Some(term)), Ok(fields));
    let autumn = SeededEntropy(3).new_id();
    let fields = SemesterDraft::for_date(Some(term), date(2026, 10, 1)).validate(&book, None).unwrap();
    book.write(autumn, SEMESTER, clock.tick(2), fields.clone());
    let shown = SemesterDraft::from_semester(&semester(&book, autumn).unwrap());
    assert_eq!(shown.validate(&book, Some(autumn)), Ok(fields));
    // As a new semester, the same one would be refused: correcting is not adding.
    assert!(shown.validate(&book, None).is_err());
}

#[test]
fn a_semester_cannot_end_before_it_starts() {
    let draft = SemesterDraft {
        term: String::new(),
        start_year: "2026".into(),
        half: "first".into(),
        starts: "2027-01-10".into(),
        ends: "2026-09-01".into(),
    };
    let errors = draft.validate(&Book::new(), None).unwrap_err();
    assert!(errors.contains(&("ends", FormError::EndsBeforeStart)));
    assert!(errors.contains(&("term", FormError::Required)));
}

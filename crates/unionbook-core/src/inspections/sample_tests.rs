use crate::inspections::corridor::sheet;
use crate::inspections::model::{inspection_round, inspection_rounds};
use crate::inspections::rubric::Rubric;

#[test]
fn the_sample_rounds_have_a_veto_a_recheck_and_rooms_below_the_pass_mark() {
    let mut session = crate::book::Session::in_memory(
        crate::book::Book::new(),
        crate::book::RecordId::parse("0000000000000001").unwrap(),
    );
    crate::sample::load_sample(&mut session, 1_700_000_000_000);
    let book = session.book();
    let rounds = inspection_rounds(book);
    assert_eq!(rounds.len(), 2);
    let september = inspection_round(book, rounds[1].id).unwrap();
    let rubric = Rubric::from_copy(&september.rubric_copy);
    assert_eq!(rubric.full_marks().0, 1000);
    let rooms = september.covered_rooms(book);
    assert_eq!(rooms.len(), 8);
    let results: Vec<_> = rooms
        .iter()
        .map(|r| (sheet(book, september.id, r.id), rubric.score(&sheet(book, september.id, r.id))))
        .collect();
    assert!(results.iter().all(|(s, _)| s.inspected));
    assert_eq!(results.iter().filter(|(_, r)| !r.vetoed_by.is_empty()).count(), 1);
    assert_eq!(results.iter().filter(|(s, _)| s.recheck).count(), 1);
    assert_eq!(results[3].1.total.0, 790, "below the pass mark");
    assert!(rooms.iter().all(|r| !r.residents.is_empty() || !r.residents_typed.is_empty()));
}

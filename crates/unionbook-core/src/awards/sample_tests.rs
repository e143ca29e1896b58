use crate::awards::selections::{selection, selections, tally};
use crate::book::{Book, Clock, Entropy, SeededEntropy};

#[test]
fn the_sample_star_of_tomorrow_has_a_tie_the_union_resolved() {
    let mut book = Book::new();
    let mut clock = Clock::new(SeededEntropy(1).new_id());
    for (id, kind, fields) in crate::sample::sample_records() {
        book.write(id, kind, clock.tick(1), fields);
    }
    let s = selections(&book).into_iter().next().expect("the sample selection");
    let s = selection(&book, s.id).unwrap();
    assert_eq!(s.nominees.len(), 6);
    let (ranked, proposal) = tally(&book, &s, &s.nominees);
    assert_eq!(proposal.winners, s.nominees[..2].to_vec());
    assert_eq!(proposal.ties[0].entries, s.nominees[2..4].to_vec());
    assert_eq!(ranked.iter().map(|r| r.rank).collect::<Vec<_>>(), vec![1, 2, 3, 3, 5, 6]);
    assert!(s.winners.iter().all(|w| proposal.winners.contains(w) || proposal.is_tied(*w)));
}

use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};

#[test]
fn ballots_from_two_phones_are_one_per_judge_and_the_tally_leaves_a_tie_open() {
    let mut ids = SeededEntropy(3);
    let mut clock = Clock::new(ids.new_id());
    let mut book = Book::new();
    let (sel, a, b, c, j1, j2) = (ids.new_id(), ids.new_id(), ids.new_id(), ids.new_id(), ids.new_id(), ids.new_id());
    let draft = SelectionDraft {
        title: "明日之星".into(),
        places: "1".into(),
        ..SelectionDraft::new(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())
    };
    let mut fields = draft.validate(&book).unwrap();
    fields.extend([
        ("nominees".into(), judging::refs_value(&[a, b, c])),
        ("judges".into(), judging::refs_value(&[j1, j2])),
    ]);
    book.write(sel, SELECTION, clock.tick(1), fields);
    let s = selection(&book, sel).unwrap();
    let ballot = |book: &mut Book, clock: &mut Clock, judge: RecordId, scores: &[(RecordId, &str)]| {
        let mut fields = ballot_fields(sel, judge);
        fields.extend(scores.iter().map(|(n, t)| score_field(*n, t, 100).unwrap()));
        book.write(ballot_id(sel, judge), BALLOT, clock.tick(2), fields);
    };
    ballot(&mut book, &mut clock, j1, &[(a, "90"), (b, "85.5")]);
    assert_eq!(waiting_for(&book, &s), vec![(j1, 1), (j2, 3)]);
    ballot(&mut book, &mut clock, j2, &[(a, "81"), (b, "85.5"), (c, "70")]);
    let (ranked, proposal) = tally(&book, &s, &s.nominees);
    assert_eq!(ranked.iter().map(|r| (r.entry, r.rank)).collect::<Vec<_>>(), vec![(a, 1), (b, 1), (c, 3)]);
    assert!(proposal.winners.is_empty());
    assert_eq!(proposal.ties[0].entries, vec![a, b]);
    assert!(!s.decided());
    assert_eq!(SelectionDraft::from_selection(&s).places, "1");
}

#[test]
fn a_score_has_one_decimal_within_the_maximum_and_empty_clears_it() {
    let n = SeededEntropy(1).new_id();
    assert_eq!(score_field(n, "8.5", 10), Ok((format!("score:{n}"), json!(8.5))));
    assert_eq!(score_field(n, "", 10), Ok((format!("score:{n}"), Value::Null)));
    assert_eq!(score_field(n, "8.55", 10), Err(FormError::TooManyDecimals));
    assert_eq!(score_field(n, "11", 10), Err(FormError::NotInRange(0, 10)));
    let votes = SelectionDraft {
        method: "votes".into(),
        max_score: String::new(),
        ..SelectionDraft::new(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())
    };
    assert_eq!(votes.validate(&Book::new()).unwrap_err(), vec![("title", FormError::Required)]);
    let none = SelectionDraft { places: "0".into(), ..SelectionDraft::default() };
    let fields: Vec<&str> = none.validate(&Book::new()).unwrap_err().iter().map(|(f, _)| *f).collect();
    assert_eq!(fields, vec!["title", "date", "method", "places"]);
}

use std::collections::BTreeMap;

use proptest::prelude::*;

use super::*;
use crate::book::{Entropy, SeededEntropy};

fn ids(n: usize) -> Vec<RecordId> {
    let mut e = SeededEntropy(42);
    (0..n).map(|_| e.new_id()).collect()
}

fn sheet(judge: RecordId, marks: &[(RecordId, i64)]) -> Marks {
    Marks { judge, marks: marks.to_vec() }
}

fn no_groups(_: RecordId) -> Option<u8> {
    None
}

#[test]
fn a_mean_is_exact_and_ties_share_a_rank() {
    let e = ids(6);
    let (j1, j2, j3) = (e[3], e[4], e[5]);
    // a: (90 + 80) / 2 = 85; b: 85 from one judge; c: (86 + 84 + 85) / 3 = 85; all tied.
    let sheets = [
        sheet(j1, &[(e[0], 900), (e[1], 850), (e[2], 860)]),
        sheet(j2, &[(e[0], 800), (e[2], 840)]),
        sheet(j3, &[(e[2], 850)]),
    ];
    let ranked = rank(&e[..3], &sheets, Method::Scores);
    assert!(ranked.iter().all(|s| s.rank == 1), "{ranked:?}");
    assert_eq!(ranked[0].shown(), Some(Tenths(850)));
    // One more tenth for b puts it first alone; the others share the second place.
    let sheets = [sheet(j1, &[(e[0], 850), (e[1], 851), (e[2], 850)])];
    let ranks: Vec<(RecordId, usize)> =
        rank(&e[..3], &sheets, Method::Scores).iter().map(|s| (s.entry, s.rank)).collect();
    assert_eq!(ranks, vec![(e[1], 1), (e[0], 2), (e[2], 2)]);
}

#[test]
fn competition_ranks_skip_after_a_tie_and_the_unscored_come_last() {
    let e = ids(6);
    let sheets = [sheet(e[5], &[(e[0], 90), (e[1], 80), (e[2], 80), (e[3], 70)])];
    let ranked = rank(&e[..5], &sheets, Method::Scores);
    assert_eq!(ranked.iter().map(|s| s.rank).collect::<Vec<_>>(), vec![1, 2, 2, 4, 5]);
    assert_eq!(ranked[4].entry, e[4]);
    assert!(!ranked[4].placed());
    assert_eq!(ranked[4].shown(), None);
}

#[test]
fn a_tie_at_the_last_place_is_left_to_the_union() {
    let e = ids(6);
    let sheets = [sheet(e[5], &[(e[0], 90), (e[1], 80), (e[2], 80), (e[3], 70)])];
    let ranked = rank(&e[..5], &sheets, Method::Scores);
    let p = winners(&ranked, Some(2), &no_groups, &BTreeMap::new());
    assert_eq!(p.winners, vec![e[0]]);
    assert_eq!(p.ties, vec![Tie { entries: vec![e[1], e[2]], places: 1 }]);
    assert_eq!(p.confirmed(&[e[2], e[3]]), vec![e[0], e[2]], "a pick out of the tie is kept");
    let p = winners(&ranked, Some(3), &no_groups, &BTreeMap::new());
    assert_eq!(p.winners, vec![e[0], e[1], e[2]]);
    assert!(p.ties.is_empty());
    // More places than scored entries: the unscored do not win.
    let p = winners(&ranked, Some(5), &no_groups, &BTreeMap::new());
    assert_eq!(p.winners.len(), 4);
}

#[test]
fn votes_count_and_nobody_wins_without_one() {
    let e = ids(6);
    let (a, b, c) = (e[0], e[1], e[2]);
    let sheets = [sheet(e[3], &[(a, 1), (b, 1)]), sheet(e[4], &[(a, 1)])];
    let ranked = rank(&[a, b, c], &sheets, Method::Votes);
    assert_eq!(
        ranked.iter().map(|s| (s.entry, s.given, s.rank)).collect::<Vec<_>>(),
        vec![(a, 2, 1), (b, 1, 2), (c, 0, 3)]
    );
    let p = winners(&ranked, Some(3), &no_groups, &BTreeMap::new());
    assert_eq!(p.winners, vec![a, b]);
    assert_eq!(waiting_for(&[e[3], e[4], e[5]], &[a, b, c], &sheets, Method::Votes), vec![(e[5], 1)]);
}

#[test]
fn a_buildings_quota_comes_before_the_overall_number() {
    let e = ids(8);
    // Rooms 0–3 in building 1, 4–5 in building 2; building 1 may have 2 rooms awarded.
    let group = |id: RecordId| e.iter().position(|x| *x == id).map(|i| if i < 4 { 1 } else { 2 });
    let scores = [950, 940, 930, 920, 900, 890];
    let sheets = [sheet(e[7], &e[..6].iter().zip(scores).map(|(r, s)| (*r, s)).collect::<Vec<_>>())];
    let ranked = rank(&e[..6], &sheets, Method::Scores);
    let quotas = BTreeMap::from([(1, 2)]);
    let p = winners(&ranked, Some(3), &group, &quotas);
    assert_eq!(p.winners, vec![e[0], e[1], e[4]]);
    // A tie at the quota's cut takes only its places from the overall number.
    let sheets = [sheet(e[7], &[(e[0], 950), (e[1], 940), (e[2], 940), (e[4], 900), (e[5], 890)])];
    let ranked = rank(&e[..6], &sheets, Method::Scores);
    let p = winners(&ranked, Some(3), &group, &quotas);
    assert_eq!(p.winners, vec![e[0], e[4]]);
    assert_eq!(p.ties, vec![Tie { entries: vec![e[1], e[2]], places: 1 }]);
    // Only quotas, no overall number.
    let p = winners(&ranked, None, &group, &quotas);
    assert_eq!(p.winners, vec![e[0], e[4], e[5]]);
}

#[test]
fn the_judges_still_to_score_are_named_with_what_they_have_left() {
    let e = ids(5);
    let sheets = [sheet(e[3], &[(e[0], 80), (e[1], 80), (e[2], 80)]), sheet(e[4], &[(e[0], 80)])];
    assert_eq!(waiting_for(&[e[3], e[4]], &e[..3], &sheets, Method::Scores), vec![(e[4], 2)]);
    assert_eq!(refs_with(&[e[0], e[1]], e[0], false), refs_value(&[e[1]]));
    assert_eq!(refs_with(&[e[1]], e[0], true), refs_value(&[e[1], e[0]]));
}

/// Up to 8 entries in 3 groups, up to 5 judges each scoring some of them from a small range
/// (so that ties are common).
fn judged() -> impl Strategy<Value = (Vec<Vec<Option<i64>>>, Vec<u8>)> {
    (1usize..8).prop_flat_map(|n| {
        (
            proptest::collection::vec(proptest::collection::vec(proptest::option::of(0i64..4), n), 0..5),
            proptest::collection::vec(0u8..3, n),
        )
    })
}

fn sheets_of(e: &[RecordId], judges: &[RecordId], scores: &[Vec<Option<i64>>]) -> Vec<Marks> {
    scores
        .iter()
        .zip(judges)
        .map(|(row, j)| Marks { judge: *j, marks: row.iter().zip(e).filter_map(|(s, r)| s.map(|s| (*r, s))).collect() })
        .collect()
}

proptest! {
    #[test]
    fn rank_is_one_more_than_the_entries_strictly_better((scores, groups) in judged(), votes in any::<bool>()) {
        let all = ids(13);
        let e = &all[..groups.len()];
        let method = if votes { Method::Votes } else { Method::Scores };
        let ranked = rank(e, &sheets_of(e, &all[8..], &scores), method);
        for s in &ranked {
            prop_assert_eq!(s.rank, 1 + ranked.iter().filter(|o| o.beats(s)).count());
        }
    }

    #[test]
    fn winners_never_exceed_the_places_or_a_quota((scores, groups) in judged(), places in 0usize..6, quota in 0usize..3) {
        let all = ids(13);
        let e = &all[..groups.len()];
        let ranked = rank(e, &sheets_of(e, &all[8..], &scores), Method::Scores);
        let group = |id: RecordId| e.iter().position(|x| *x == id).map(|i| groups[i]);
        let quotas = BTreeMap::from([(0u8, quota)]);
        let p = winners(&ranked, Some(places), &group, &quotas);
        prop_assert!(p.winners.len() <= places);
        prop_assert!(p.winners.iter().filter(|w| group(**w) == Some(0)).count() <= quota);
        // Every winner and tied entry was scored, and nobody is both.
        for w in &p.winners {
            prop_assert!(ranked.iter().any(|s| s.entry == *w && s.placed()));
            prop_assert!(!p.is_tied(*w));
        }
        // Without quotas nothing is lost: the places are filled by winners and ties, or every
        // scored entry won.
        let p = winners(&ranked, Some(places), &no_groups, &BTreeMap::new());
        let tied: usize = p.ties.iter().map(|t| t.places).sum();
        let scored = ranked.iter().filter(|s| s.placed()).count();
        prop_assert_eq!(p.winners.len() + tied, places.min(scored));
        for t in &p.ties {
            prop_assert!(t.entries.len() > t.places);
        }
    }

    #[test]
    fn the_order_of_judges_and_ballots_changes_nothing((scores, groups) in judged(), places in 0usize..6, seed in any::<u64>()) {
        let all = ids(13);
        let e = &all[..groups.len()];
        let sheets = sheets_of(e, &all[8..], &scores);
        let mut shuffled = sheets.clone();
        let mut rng = SeededEntropy(seed);
        for i in (1..shuffled.len()).rev() {
            shuffled.swap(i, (rng.next_u64() % (i as u64 + 1)) as usize);
        }
        for s in &mut shuffled {
            s.marks.reverse();
        }
        let group = |id: RecordId| e.iter().position(|x| *x == id).map(|i| groups[i]);
        let quotas = BTreeMap::from([(1u8, 1)]);
        let a = rank(e, &sheets, Method::Scores);
        let b = rank(e, &shuffled, Method::Scores);
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(winners(&a, Some(places), &group, &quotas), winners(&b, Some(places), &group, &quotas));
    }
}

#[test]
fn a_ballot_writes_only_the_scores_that_changed_and_keeps_what_they_were() {
    use crate::book::{Book, Clock};
    let e = ids(4);
    let mut book = Book::new();
    let mut clock = Clock::new(e[3]);
    book.write(e[2], "ballot", clock.tick(1), [(format!("score:{}", e[0]), json!(8.5))]);
    let held = book.get(e[2]);
    assert_eq!(score_text(held, "score:", e[0]), "8.5");
    let typed = [(e[0], "8.5".to_owned()), (e[1], "9".to_owned())];
    let (changed, before) = sheet_changes(held, "score:", &typed, 10).unwrap();
    assert_eq!(changed, vec![(format!("score:{}", e[1]), json!(9))]);
    assert_eq!(before, vec![(format!("score:{}", e[1]), Value::Null)]);
    let typed = [(e[0], "8.55".to_owned()), (e[1], "11".to_owned())];
    let problems = sheet_changes(held, "score:", &typed, 10).unwrap_err();
    assert_eq!(problems, vec![(e[0], FormError::TooManyDecimals), (e[1], FormError::NotInRange(0, 10))]);
}

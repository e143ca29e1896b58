use crate::awards::awards::{Level, awards, awards_of_activity, counts_per_level};
use crate::book::{Book, Clock, Entropy, SeededEntropy};
use crate::sample::sample_records;

#[test]
fn the_sample_semester_has_a_city_prize_from_the_speech_competition_and_a_school_honour() {
    let mut book = Book::new();
    let mut clock = Clock::new(SeededEntropy(1).new_id());
    let records = sample_records();
    for (id, kind, fields) in records.clone() {
        book.write(id, kind, clock.tick(1), fields);
    }
    let list = awards(&book, None, None);
    assert_eq!(list.len(), 3);
    let speech = records
        .iter()
        .find(|(_, kind, f)| {
            *kind == "activity" && f.iter().any(|(n, v)| n == "title" && v == "第二届“青春飞扬”演讲比赛")
        })
        .map(|(id, _, _)| *id)
        .expect("the speech competition");
    let from_it = awards_of_activity(&book, speech);
    assert_eq!(from_it.iter().map(|a| a.level).collect::<Vec<_>>(), [Some(Level::City)]);
    assert_eq!(counts_per_level(&list)[3], (Level::School, 1));
}

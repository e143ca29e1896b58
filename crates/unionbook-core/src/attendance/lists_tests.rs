use super::*;
use crate::attendance::marks::{Mark, mark_field};
use crate::book::{Clock, Entropy, SeededEntropy};
use crate::kinds::schema_of;
use crate::people::training::TRAINING;
use proptest::prelude::*;
use serde_json::json;

fn training(
    book: &mut Book,
    clock: &mut Clock,
    date: &str,
    invited: &[RecordId],
    marks: &[(RecordId, Mark)],
) -> RecordId {
    let id = SeededEntropy(date.len() as u64 * 31 + invited.len() as u64 * 7 + marks.len() as u64).new_id();
    let mut fields = vec![
        ("topic".to_owned(), json!("培训")),
        ("date".to_owned(), json!(date)),
        ("invited".to_owned(), json!(invited.iter().map(|p| p.to_string()).collect::<Vec<_>>())),
    ];
    fields.extend(marks.iter().map(|(p, m)| mark_field(*p, Some(*m))));
    book.write(id, TRAINING, clock.tick(1), fields);
    id
}

fn people(n: usize) -> Vec<RecordId> {
    let mut e = SeededEntropy(99);
    (0..n).map(|_| e.new_id()).collect()
}

#[test]
fn a_list_counts_the_invited_and_anyone_marked_without_an_invitation() {
    let p = people(4);
    let (mut book, mut clock) = (Book::new(), Clock::new(p[0]));
    training(
        &mut book,
        &mut clock,
        "2026-10-12",
        &p[..3],
        &[(p[0], Mark::Present), (p[1], Mark::Late), (p[3], Mark::Absent)],
    );
    let lists = attendance_lists(&book, &schema_of, None);
    assert_eq!(lists.len(), 1);
    assert_eq!(lists[0].counts, MarkCounts { by_mark: [1, 1, 0, 1], unmarked: 1 });
    assert_eq!((lists[0].attended(), lists[0].expected_count()), (2, 4));
}

#[test]
fn lists_are_newest_first_filtered_by_dates_and_deleted_ones_left_out() {
    let p = people(2);
    let (mut book, mut clock) = (Book::new(), Clock::new(p[0]));
    let old = training(&mut book, &mut clock, "2026-09-20", &p, &[]);
    let new = training(&mut book, &mut clock, "2026-11-02", &p[..1], &[]);
    let gone = training(&mut book, &mut clock, "2026-10-01", &p, &[(p[0], Mark::Present)]);
    book.set_deleted(gone, true, clock.tick(2));
    let ids: Vec<RecordId> = attendance_lists(&book, &schema_of, None).iter().map(|l| l.id).collect();
    assert_eq!(ids, vec![new, old]);
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let october = attendance_lists(&book, &schema_of, Some((day("2026-10-01"), day("2026-10-31"))));
    assert!(october.is_empty());
}

#[test]
fn a_self_study_check_counts_everyone_expected_and_not_marked_as_present() {
    let p = people(3);
    let (mut book, mut clock) = (Book::new(), Clock::new(p[0]));
    let check = SeededEntropy(500).new_id();
    let mut fields = vec![("date".to_owned(), json!("2026-11-09")), ("expected".to_owned(), json!(24))];
    fields.extend([
        mark_field(p[0], Some(Mark::Absent)),
        mark_field(p[1], Some(Mark::Late)),
        mark_field(p[2], Some(Mark::Excused)),
    ]);
    book.write(check, SELF_STUDY, clock.tick(1), fields);
    let lists = attendance_lists(&book, &schema_of, None);
    assert_eq!(lists[0].counts, MarkCounts { by_mark: [21, 1, 1, 1], unmarked: 0 });
    assert_eq!((lists[0].attended(), lists[0].expected_count()), (22, 24));
}

proptest! {
    #[test]
    fn the_overall_rate_adds_up_every_list(marks in proptest::collection::vec(proptest::collection::vec(0usize..5, 0..8), 0..6)) {
        let p = people(8);
        let (mut book, mut clock) = (Book::new(), Clock::new(p[0]));
        let mut expected_attended = 0;
        let mut expected_total = 0;
        for (i, list) in marks.iter().enumerate() {
            let marked: Vec<(RecordId, Mark)> = list.iter().enumerate().filter(|(_, m)| **m < 4).map(|(j, m)| (p[j], Mark::ALL[*m])).collect();
            expected_attended += marked.iter().filter(|(_, m)| m.attended()).count();
            expected_total += list.len();
            let id = SeededEntropy(1000 + i as u64).new_id();
            let mut fields = vec![("invited".to_owned(), json!(p[..list.len()].iter().map(|x| x.to_string()).collect::<Vec<_>>()))];
            fields.extend(marked.iter().map(|(who, m)| mark_field(*who, Some(*m))));
            book.write(id, TRAINING, clock.tick(1), fields);
        }
        prop_assert_eq!(overall(&attendance_lists(&book, &schema_of, None)), (expected_attended, expected_total));
    }
}

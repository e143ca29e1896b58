use crate::book::schema::parse_date;
use crate::book::{Book, Clock, Entropy, SeededEntropy};
use crate::meetings::model::{meeting, meetings};
use crate::tasks::model::{open_action_items, tasks_of};

#[test]
fn the_sample_has_a_departmental_meeting_with_one_item_done_and_one_overdue_and_a_communication_meeting() {
    let mut book = Book::new();
    let mut clock = Clock::new(SeededEntropy(1).new_id());
    for (id, kind, fields) in crate::sample::sample_records() {
        book.write(id, kind, clock.tick(1), fields);
    }
    let autumn = Some((parse_date("2026-09-01").unwrap(), parse_date("2027-01-31").unwrap()));
    let departmental = meetings(&book, autumn, Some("departmental"));
    assert_eq!(departmental.len(), 1);
    let m = &departmental[0];
    assert!(!m.agenda.is_empty() && !m.minutes.is_empty() && !m.decisions.is_empty());
    assert_eq!(m.invited.len(), 3);
    let tasks = tasks_of(&book, m.id, &|a: &str, b: &str| a.cmp(b));
    assert_eq!(tasks.iter().map(|t| t.done).collect::<Vec<_>>(), vec![false, true]);
    let december = parse_date("2026-12-01").unwrap();
    let open = open_action_items(&book, &|a: &str, b: &str| a.cmp(b));
    let ours: Vec<_> = open.iter().filter(|i| i.task.of == Some(m.id)).collect();
    assert_eq!(ours.len(), 1);
    assert!(ours[0].task.is_overdue(december));
    let communication = meetings(&book, autumn, Some("communication"));
    assert_eq!(communication.len(), 1);
    assert_eq!(meeting(&book, communication[0].id).unwrap().invited.len(), 9);
}

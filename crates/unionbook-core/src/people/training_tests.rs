use super::*;
use crate::attendance::marks::mark_field;
use crate::book::{Clock, Entropy, SeededEntropy};

#[test]
fn a_training_records_who_trained_whom_and_who_came() {
    let mut book = Book::new();
    let mut clock = Clock::new(SeededEntropy(1).new_id());
    let mut ids = SeededEntropy(2);
    let (trainer, a, b, t) = (ids.new_id(), ids.new_id(), ids.new_id(), ids.new_id());
    for m in [trainer, a, b] {
        book.write(m, MEMBER, clock.tick(1), [("name".into(), json!("x"))]);
    }
    let draft = TrainingDraft {
        topic: "活动策划书写作".into(),
        trainer: trainer.to_string(),
        date: "2026-09-28".into(),
        ..TrainingDraft::default()
    };
    book.write(t, TRAINING, clock.tick(2), draft.validate(&book).unwrap());
    let training = Training::from_record(t, book.get(t).unwrap());
    book.write(t, TRAINING, clock.tick(3), [invited_with(&training, a, true)]);
    let training = Training::from_record(t, book.get(t).unwrap());
    book.write(t, TRAINING, clock.tick(4), [invited_with(&training, b, true), mark_field(a, Some(Mark::Present))]);
    let training = Training::from_record(t, book.get(t).unwrap());
    assert_eq!(training.invited, vec![a, b]);
    assert_eq!(trainings_of(&book, a).len(), 1);
    assert!(trainings_of(&book, b).is_empty());
    assert_eq!(TrainingDraft::from_training(&training).topic, "活动策划书写作");
    assert!(TrainingDraft::default().validate(&book).is_err());
}

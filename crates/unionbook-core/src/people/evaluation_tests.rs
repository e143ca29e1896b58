use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};
use crate::people::model::UNIT;
use crate::people::roles::{ROLE, role_fields};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn an_evaluation_shown_for_correcting_saves_back_unchanged_and_an_emptied_score_goes() {
    let mut book = Book::new();
    let mut clock = Clock::new(SeededEntropy(1).new_id());
    let mut ids = SeededEntropy(4);
    let (member, attitude, efficiency, evaluation) = (ids.new_id(), ids.new_id(), ids.new_id(), ids.new_id());
    book.write(member, MEMBER, clock.tick(1), [("name".into(), json!("张三"))]);
    let typed = EvaluationDraft {
        subject: member.to_string(),
        evaluator: String::new(),
        date: "2026-11-20".into(),
        comment: "认真".into(),
        scores: vec![(attitude, "8.5".into()), (efficiency, "9".into())],
    };
    book.write(evaluation, EVALUATION, clock.tick(2), typed.validate(&book).unwrap());
    let stored = Evaluation::from_record(evaluation, book.get(evaluation).unwrap());
    let shown = EvaluationDraft::from_evaluation(&stored, &[attitude, efficiency]);
    assert_eq!(shown, typed);
    // Saving it as shown writes what is stored already: nothing changes.
    let mut again = book.clone();
    again.write(evaluation, EVALUATION, clock.tick(3), shown.validate_edit(&book).unwrap());
    assert_eq!(Evaluation::from_record(evaluation, again.get(evaluation).unwrap()), stored);
    // Emptying a score takes it away.
    let emptied = EvaluationDraft { scores: vec![(attitude, String::new()), (efficiency, "9".into())], ..shown };
    book.write(evaluation, EVALUATION, clock.tick(4), emptied.validate_edit(&book).unwrap());
    let after = Evaluation::from_record(evaluation, book.get(evaluation).unwrap());
    assert_eq!(after.scores, vec![(efficiency, Tenths(90))]);
}

#[test]
fn a_new_criterion_needs_a_name_of_its_own() {
    let mut book = Book::new();
    let mut clock = Clock::new(SeededEntropy(1).new_id());
    assert_eq!(new_criterion(&book, "  "), Err(vec![("name_zh", FormError::Required)]));
    assert_eq!(new_criterion(&book, &"长".repeat(41)), Err(vec![("name_zh", FormError::TooLong(40))]));
    let fields = new_criterion(&book, " 协作 ").unwrap();
    assert!(fields.contains(&("name_zh".into(), json!("协作"))));
    book.write(SeededEntropy(2).new_id(), CRITERION, clock.tick(1), fields);
    assert_eq!(new_criterion(&book, "协作"), Err(vec![("name_zh", FormError::Taken)]));
    let next = new_criterion(&book, "创新").unwrap();
    assert!(next.contains(&("order".into(), json!(1))), "after the criteria there are");
}

#[test]
fn averages_per_member_and_per_unit_over_a_semester() {
    let mut book = Book::new();
    let mut clock = Clock::new(SeededEntropy(1).new_id());
    let mut ids = SeededEntropy(2);
    let (unit, a, b, outsider) = (ids.new_id(), ids.new_id(), ids.new_id(), ids.new_id());
    book.write(unit, UNIT, clock.tick(1), [("name_zh".into(), json!("生活部"))]);
    for m in [a, b, outsider] {
        book.write(m, MEMBER, clock.tick(1), [("name".into(), json!("x"))]);
    }
    for m in [a, b] {
        book.write(ids.new_id(), ROLE, clock.tick(1), role_fields(m, unit, "assistant", d(2026, 9, 1)));
    }
    let crit: Vec<RecordId> = (0..4).map(|_| ids.new_id()).collect();
    for c in &crit {
        book.write(*c, CRITERION, clock.tick(1), [("name_zh".into(), json!("c"))]);
    }
    let mut evaluate = |book: &mut Book, subject: RecordId, date: NaiveDate, scores: [&str; 4]| {
        let draft = EvaluationDraft {
            subject: subject.to_string(),
            evaluator: String::new(),
            date: date.to_string(),
            comment: String::new(),
            scores: crit.iter().copied().zip(scores.map(String::from)).collect(),
        };
        book.write(ids.new_id(), EVALUATION, clock.tick(2), draft.validate(book).unwrap());
    };
    evaluate(&mut book, a, d(2026, 10, 15), ["8", "9", "7", "10"]); // 8.5
    evaluate(&mut book, a, d(2026, 12, 15), ["6", "7.5", "", "7.5"]); // 7.0 (a criterion left out)
    evaluate(&mut book, b, d(2026, 11, 1), ["9", "9", "9", "9"]); // 9.0
    evaluate(&mut book, outsider, d(2026, 11, 1), ["1", "1", "1", "1"]);
    evaluate(&mut book, a, d(2027, 3, 1), ["1", "1", "1", "1"]); // next semester

    let autumn = Some((d(2026, 8, 1), d(2027, 1, 31)));
    assert_eq!(subject_average(&book, a, autumn), Some((78, 2))); // (8.5 + 7.0) / 2 = 7.75 → 7.8
    assert_eq!(subject_average(&book, b, autumn), Some((90, 1)));
    assert_eq!(unit_average(&book, unit, d(2026, 8, 1), d(2027, 1, 31)), Some((82, 3))); // (85+70+90)/3
    assert_eq!(subject_average(&book, outsider, Some((d(2027, 2, 1), d(2027, 7, 31)))), None);
    assert_eq!(evaluations(&book, autumn).len(), 4);
}

#[test]
fn a_score_takes_one_decimal_and_keeps_it_exactly() {
    let crit = SeededEntropy(5).new_id();
    let member = SeededEntropy(6).new_id();
    let mut book = Book::new();
    book.write(member, MEMBER, Clock::new(SeededEntropy(1).new_id()).tick(1), [("name".into(), json!("x"))]);
    let draft = |score: &str| EvaluationDraft {
        subject: member.to_string(),
        date: "2026-11-20".into(),
        scores: vec![(crit, score.into())],
        ..EvaluationDraft::default()
    };
    let fields = draft("8.5").validate(&book).unwrap();
    let score = fields.iter().find(|(name, _)| name.starts_with(SCORE_PREFIX)).map(|(_, v)| v.clone());
    assert_eq!(score, Some(json!(8.5)));
    assert!(EVALUATION_SCHEMA.field(&format!("{SCORE_PREFIX}{crit}")).unwrap().accepts(&json!(8.5)));
    assert_eq!(draft("8.55").validate(&book), Err(vec![("score-0", FormError::TooManyDecimals)]));
    assert_eq!(draft("10.5").validate(&book), Err(vec![("score-0", FormError::NotInRange(0, 10))]));

    let id = SeededEntropy(7).new_id();
    book.write(id, EVALUATION, Clock::new(SeededEntropy(1).new_id()).tick(2), fields);
    let stored = Evaluation::from_record(id, book.get(id).unwrap());
    assert_eq!((stored.average_tenths(), stored.scores), (Some(85), vec![(crit, Tenths(85))]));
}

#[test]
fn an_evaluation_needs_a_subject_a_date_and_a_score_out_of_ten() {
    let crit = SeededEntropy(5).new_id();
    let draft = EvaluationDraft { scores: vec![(crit, "8".into()), (crit, "11".into())], ..EvaluationDraft::default() };
    let errors = draft.validate(&Book::new()).unwrap_err();
    assert!(errors.contains(&("score-1", FormError::NotInRange(0, 10))), "the error is on the second score");
    assert!(!errors.iter().any(|(f, _)| *f == "score-0"));
    assert!(errors.contains(&("subject", FormError::Required)));
    assert!(errors.contains(&("date", FormError::Required)));
    let empty = EvaluationDraft { scores: vec![(crit, "".into())], ..EvaluationDraft::default() };
    assert!(empty.validate(&Book::new()).unwrap_err().contains(&("scores", FormError::Required)));
}

proptest! {
    #[test]
    fn an_average_lies_between_the_lowest_and_highest_score(scores in prop::collection::vec(0i64..=10, 1..20)) {
        let avg = mean_tenths(scores.iter().map(|s| s * 10)).unwrap();
        prop_assert!(avg >= scores.iter().min().unwrap() * 10 && avg <= scores.iter().max().unwrap() * 10);
        let exact_times_ten = scores.iter().sum::<i64>() * 100 / scores.len() as i64;
        prop_assert!((avg * 10 - exact_times_ten).abs() <= 5 + 1);
    }
}

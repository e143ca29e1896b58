use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};
use crate::people::roles::roles_of;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn candidate(stage: Stage) -> Candidate {
    Candidate {
        id: SeededEntropy(9).new_id(),
        round: None,
        name: "刘子涵".into(),
        student_id: "2024000101".into(),
        class_major: "劳动与社会保障 2401".into(),
        phone: String::new(),
        stage,
        applied: None,
        test_score: None,
        interview_score: None,
        interviewers: vec![],
        interview_notes: String::new(),
        decided: None,
        reason: String::new(),
        member: None,
    }
}

#[test]
fn a_candidate_moves_through_each_stage_in_order_and_no_other_way() {
    let on = d(2027, 1, 10);
    let steps = [
        (Stage::Applied, Step::Tested { score: 82 }, Stage::InitialTest),
        (
            Stage::InitialTest,
            Step::Interviewed { score: 90, interviewers: vec![], notes: "表达清楚".into() },
            Stage::Interview,
        ),
        (Stage::Interview, Step::StartProbation, Stage::Probation),
        (Stage::Probation, Step::Hire { on }, Stage::Hired),
    ];
    for (from, step, to) in &steps {
        let fields = candidate(*from).step(step).unwrap();
        assert_eq!(fields[0], ("stage".to_owned(), json!(to.word())), "{from:?} → {to:?}");
        for other in Stage::ALL.into_iter().filter(|s| s != from) {
            assert_eq!(candidate(other).step(step), Err(StepError::WrongStage), "{step:?} from {other:?}");
        }
    }
}

#[test]
fn a_candidate_can_be_declined_at_any_open_stage_with_a_reason() {
    let decline = Step::Decline { on: d(2026, 10, 20), reason: "时间冲突".into() };
    for stage in [Stage::Applied, Stage::InitialTest, Stage::Interview, Stage::Probation] {
        assert!(candidate(stage).step(&decline).is_ok());
    }
    for stage in [Stage::Hired, Stage::NotHired] {
        assert_eq!(candidate(stage).step(&decline), Err(StepError::WrongStage));
    }
    let silent = Step::Decline { on: d(2026, 10, 20), reason: " ".into() };
    assert_eq!(candidate(Stage::Applied).step(&silent), Err(StepError::ReasonRequired));
    assert_eq!(candidate(Stage::Applied).step(&Step::Tested { score: 101 }), Err(StepError::ScoreOutOfRange));
}

#[test]
fn hiring_makes_the_candidate_an_assistant_without_typing_anything_twice() {
    let mut book = Book::new();
    let mut clock = Clock::new(SeededEntropy(1).new_id());
    let mut ids = SeededEntropy(2);
    let (unit, round) = (ids.new_id(), ids.new_id());
    book.write(unit, UNIT, clock.tick(1), [("name_zh".into(), json!("生活部"))]);
    book.write(
        round,
        ROUND,
        clock.tick(1),
        [("unit".into(), json!(unit.to_string())), ("title".into(), json!("2026 秋季招新"))],
    );
    let application = ApplicationDraft {
        name: "刘子涵".into(),
        student_id: "2024000101".into(),
        class_major: "劳动与社会保障 2401".into(),
        phone: String::new(),
        applied: "2026-09-20".into(),
    };
    let id = ids.new_id();
    book.write(id, CANDIDATE, clock.tick(2), application.validate(round).unwrap());
    for step in [
        Step::Tested { score: 80 },
        Step::Interviewed { score: 88, interviewers: vec![], notes: String::new() },
        Step::StartProbation,
    ] {
        let c = Candidate::from_record(id, book.get(id).unwrap());
        book.write(id, CANDIDATE, clock.tick(3), c.step(&step).unwrap());
    }
    assert_eq!(board(&book, round)[3], (Stage::Probation, 1));

    let c = Candidate::from_record(id, book.get(id).unwrap());
    let writes = hire(&book, &c, d(2027, 1, 10), &mut || ids.new_id()).unwrap();
    for (id, kind, fields) in writes {
        book.write(id, kind, clock.tick(4), fields);
    }
    let member = member_with_student_id(&book, "2024000101").unwrap();
    assert_eq!(book.get(member).unwrap().text("class_major"), "劳动与社会保障 2401");
    let roles = roles_of(&book, member);
    assert_eq!(
        (roles.len(), roles[0].position.as_str(), roles[0].unit, roles[0].from),
        (1, "assistant", Some(unit), Some(d(2027, 1, 10)))
    );
    let hired = Candidate::from_record(id, book.get(id).unwrap());
    assert_eq!((hired.stage, hired.member), (Stage::Hired, Some(member)));
    assert_eq!(board(&book, round)[4], (Stage::Hired, 1));
}

#[test]
fn hiring_someone_already_a_member_adds_the_role_to_that_member() {
    let mut book = Book::new();
    let mut clock = Clock::new(SeededEntropy(1).new_id());
    let mut ids = SeededEntropy(3);
    let (unit, round, member) = (ids.new_id(), ids.new_id(), ids.new_id());
    book.write(unit, UNIT, clock.tick(1), [("name_zh".into(), json!("学习部"))]);
    book.write(round, ROUND, clock.tick(1), [("unit".into(), json!(unit.to_string()))]);
    book.write(
        member,
        MEMBER,
        clock.tick(1),
        [("name".into(), json!("刘子涵")), ("student_id".into(), json!("2024000101"))],
    );
    let mut c = candidate(Stage::Probation);
    c.round = Some(round);
    let writes = hire(&book, &c, d(2027, 1, 10), &mut || ids.new_id()).unwrap();
    assert!(writes.iter().all(|(_, kind, _)| *kind != MEMBER), "no second member");
    assert!(
        writes
            .iter()
            .any(|(_, kind, fields)| *kind == ROLE && fields.contains(&("member".into(), json!(member.to_string()))))
    );

    c.round = None;
    assert_eq!(hire(&book, &c, d(2027, 1, 10), &mut || ids.new_id()), Err(StepError::NoUnit));
}

use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};
use crate::forms::{FormError, Opened};
use crate::people::roles::roles_of;
use crate::people::terms::{SEMESTER, SemesterDraft, TERM, semesters, terms};

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
        declined_from: None,
        member: None,
    }
}

/// A book with a unit and a round for it, and a way to write into it.
struct World {
    book: Book,
    clock: Clock,
    ids: SeededEntropy,
    unit: RecordId,
    round: RecordId,
}

impl World {
    fn new(seed: u64) -> World {
        let mut book = Book::new();
        let mut clock = Clock::new(SeededEntropy(1).new_id());
        let mut ids = SeededEntropy(seed);
        let (unit, round) = (ids.new_id(), ids.new_id());
        book.write(unit, UNIT, clock.tick(1), [("name_zh".into(), json!("生活部"))]);
        book.write(round, ROUND, clock.tick(1), [("unit".into(), json!(unit.to_string()))]);
        World { book, clock, ids, unit, round }
    }

    /// A candidate who applied to the round and has reached `stage` by its steps.
    fn candidate_at(&mut self, stage: Stage) -> RecordId {
        let id = self.ids.new_id();
        let application = ApplicationDraft {
            name: "刘子涵".into(),
            student_id: "2024000101".into(),
            applied: "2026-09-20".into(),
            ..ApplicationDraft::default()
        };
        self.book.write(id, CANDIDATE, self.clock.tick(2), application.validate(self.round).unwrap());
        let way = [
            Step::Tested { score: Tenths(805) },
            Step::Interviewed { score: Tenths(880), interviewers: vec![], notes: String::new() },
            Step::StartProbation,
        ];
        for step in way.iter().take(stage as usize) {
            self.take(id, step);
        }
        assert_eq!(self.get(id).stage, stage);
        id
    }

    fn get(&self, id: RecordId) -> Candidate {
        Candidate::from_record(id, self.book.get(id).unwrap())
    }

    /// Takes a step; returns what takes it back.
    fn take(&mut self, id: RecordId, step: &Step) -> TakeBack {
        let c = self.get(id);
        let ids = &mut self.ids;
        let writes = step_writes(&self.book, &c, step, &mut || ids.new_id()).unwrap();
        let back = take_back(&self.book, &writes);
        self.write(writes);
        back
    }

    fn write(&mut self, writes: Vec<Write>) {
        for (id, kind, fields) in writes {
            self.book.write(id, kind, self.clock.tick(3), fields);
        }
    }

    fn undo(&mut self, back: TakeBack) {
        for id in back.delete {
            self.book.set_deleted(id, true, self.clock.tick(4));
        }
        self.write(back.write_back);
    }
}

#[test]
fn a_candidate_moves_through_each_stage_in_order_and_no_other_way() {
    let on = d(2027, 1, 10);
    let steps = [
        (Stage::Applied, Step::Tested { score: Tenths(820) }, Stage::InitialTest),
        (
            Stage::InitialTest,
            Step::Interviewed { score: Tenths(905), interviewers: vec![], notes: "表达清楚".into() },
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
    assert_eq!(candidate(Stage::Applied).step(&Step::Tested { score: Tenths(1001) }), Err(StepError::ScoreOutOfRange));
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
        Step::Tested { score: Tenths(800) },
        Step::Interviewed { score: Tenths(880), interviewers: vec![], notes: String::new() },
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

#[test]
fn moving_back_returns_a_candidate_to_the_stage_before_and_keeps_their_scores() {
    let mut w = World::new(4);
    for (at, before) in [
        (Stage::InitialTest, Stage::Applied),
        (Stage::Interview, Stage::InitialTest),
        (Stage::Probation, Stage::Interview),
    ] {
        let id = w.candidate_at(at);
        let scores = (w.get(id).test_score, w.get(id).interview_score);
        w.take(id, &Step::MoveBack);
        let back = w.get(id);
        assert_eq!((back.stage, (back.test_score, back.interview_score)), (before, scores), "{at:?}");
    }
    for stuck in [Stage::Applied, Stage::Hired] {
        assert_eq!(candidate(stuck).step(&Step::MoveBack), Err(StepError::NothingBefore), "{stuck:?}");
    }
}

#[test]
fn a_decision_not_to_hire_is_reversed_to_the_stage_it_was_taken_at() {
    let mut w = World::new(5);
    let id = w.candidate_at(Stage::Probation);
    w.take(id, &Step::Decline { on: d(2026, 12, 1), reason: "时间冲突".into() });
    let declined = w.get(id);
    assert_eq!(
        (declined.stage, declined.declined_from, declined.stage_before()),
        (Stage::NotHired, Some(Stage::Probation), Some(Stage::Probation))
    );

    w.take(id, &Step::MoveBack);
    let back = w.get(id);
    assert_eq!(
        (back.stage, back.decided, back.reason.as_str(), back.declined_from),
        (Stage::Probation, None, "", None)
    );

    // A candidate declined before the stage was kept with the decision: the furthest stage
    // their scores show.
    let mut old = candidate(Stage::NotHired);
    assert_eq!(old.stage_before(), Some(Stage::Applied));
    old.test_score = Some(Tenths(700));
    assert_eq!(old.stage_before(), Some(Stage::InitialTest));
    old.interview_score = Some(Tenths(600));
    assert_eq!(old.stage_before(), Some(Stage::Interview));
}

#[test]
fn undoing_a_step_writes_back_the_values_it_replaced() {
    let mut w = World::new(6);
    let id = w.candidate_at(Stage::Applied);
    let before = w.get(id);
    let back = w.take(id, &Step::Tested { score: Tenths(855) });
    assert_eq!(w.get(id).test_score, Some(Tenths(855)));
    assert_eq!(
        back,
        TakeBack {
            delete: vec![],
            write_back: vec![(
                id,
                CANDIDATE,
                vec![("stage".into(), json!("applied")), ("test_score".into(), Value::Null)]
            )],
        }
    );
    w.undo(back);
    assert_eq!(w.get(id), before);

    // A move back is undone the same way.
    let id = w.candidate_at(Stage::Probation);
    let back = w.take(id, &Step::MoveBack);
    w.undo(back);
    assert_eq!(w.get(id).stage, Stage::Probation);
}

#[test]
fn undoing_a_hire_deletes_the_member_and_role_it_made_and_puts_the_candidate_back_in_probation() {
    let mut w = World::new(7);
    let id = w.candidate_at(Stage::Probation);
    let in_probation = w.get(id);
    let back = w.take(id, &Step::Hire { on: d(2027, 1, 10) });
    let member = member_with_student_id(&w.book, "2024000101").unwrap();
    let role = roles_of(&w.book, member)[0].id;
    assert_eq!(back.delete, vec![member, role], "the member and the role are new");

    w.undo(back);
    assert_eq!(member_with_student_id(&w.book, "2024000101"), None);
    assert!(
        w.book.get(member).unwrap().is_deleted() && w.book.get(role).unwrap().is_deleted(),
        "deleted, so restorable"
    );
    assert_eq!(w.get(id), in_probation);
    assert_eq!(board(&w.book, w.round)[3], (Stage::Probation, 1));
    assert_eq!(roles_of(&w.book, member), vec![]);
    let _ = w.unit;
}

#[test]
fn undoing_the_hire_of_someone_already_a_member_takes_back_only_the_role() {
    let mut w = World::new(8);
    let member = w.ids.new_id();
    let fields = [("name".into(), json!("刘子涵")), ("student_id".into(), json!("2024000101"))];
    w.book.write(member, MEMBER, w.clock.tick(1), fields);
    let id = w.candidate_at(Stage::Probation);
    let back = w.take(id, &Step::Hire { on: d(2027, 1, 10) });
    assert_eq!(back.delete.len(), 1);
    w.undo(back);
    assert_eq!(member_with_student_id(&w.book, "2024000101"), Some(member), "the member stays");
    assert_eq!((roles_of(&w.book, member).len(), w.get(id).stage, w.get(id).member), (0, Stage::Probation, None));
}

#[test]
fn a_steps_score_takes_one_decimal_and_its_error_sits_on_its_field() {
    assert_eq!(test_step(" 85.5 "), Ok(Step::Tested { score: Tenths(855) }));
    assert_eq!(test_step("8.55"), Err(vec![("test_score", FormError::TooManyDecimals)]));
    assert_eq!(test_step(""), Err(vec![("test_score", FormError::Required)]));
    assert_eq!(interview_step("100.5", None, ""), Err(vec![("interview_score", FormError::NotInRange(0, 100))]));
    assert!(matches!(interview_step("90", None, "好"), Ok(Step::Interviewed { score: Tenths(900), .. })));
    assert_eq!(decline_step(d(2026, 10, 1), "  "), Err(vec![("reason", FormError::Required)]));

    // Stored as the number it is; a whole score from an older file reads as before.
    let field = CANDIDATE_SCHEMA.field("test_score").unwrap();
    assert!(field.accepts(&json!(85.5)) && field.accepts(&json!(85)) && !field.accepts(&json!(85.55)));
    let fields = candidate(Stage::Applied).step(&Step::Tested { score: Tenths(855) }).unwrap();
    assert_eq!(fields[1], ("test_score".to_owned(), json!(85.5)));
    let mut book = Book::new();
    let id = SeededEntropy(9).new_id();
    book.write(id, CANDIDATE, Clock::new(id).tick(1), [("test_score".into(), json!(85))]);
    assert_eq!(Candidate::from_record(id, book.get(id).unwrap()).test_score, Some(Tenths(850)));
}

#[test]
fn correcting_a_candidate_writes_only_the_fields_changed() {
    let mut w = World::new(10);
    let id = w.candidate_at(Stage::InitialTest);
    let draft = CandidateDraft::from_candidate(&w.get(id));
    assert_eq!(draft.test_score, "80.5");
    let opened = Opened::new(&w.book, CANDIDATE, Some(id), draft.validate(&w.book).ok());
    let typed =
        CandidateDraft { class_major: "公共事业管理 2401".into(), test_score: "81".into(), ..draft.clone() };
    let changes = opened.changes(&w.book, typed.validate(&w.book).unwrap()).unwrap();
    assert_eq!(changes, vec![("class_major".into(), json!("公共事业管理 2401")), ("test_score".into(), json!(81))]);

    let wrong = CandidateDraft { name: " ".into(), interview_score: "8.55".into(), ..draft };
    assert_eq!(
        wrong.validate(&w.book),
        Err(vec![("name", FormError::Required), ("interview_score", FormError::TooManyDecimals)])
    );
}

#[test]
fn a_first_round_makes_its_term_and_semester_from_the_calendar() {
    let today = d(2026, 11, 25);
    let mut w = World::new(11);
    let [autumn, spring] = calendar_choices(today);
    assert_eq!((semester_word(autumn), semester_word(spring)), ("2026-first".to_owned(), "2026-second".to_owned()));
    let (term, semester) = (w.ids.new_id(), w.ids.new_id());

    let no_number = FirstSemesterDraft { term_number: String::new(), semester: "2026-first".into() };
    assert_eq!(no_number.validate(&w.book, today, term, semester), Err(vec![("term_number", FormError::Required)]));
    let elsewhere = FirstSemesterDraft { term_number: "6".into(), semester: "2031-first".into() };
    assert_eq!(elsewhere.validate(&w.book, today, term, semester), Err(vec![("semester", FormError::NotAChoice)]));

    let draft = FirstSemesterDraft { term_number: "6".into(), semester: "2026-first".into() };
    let writes = draft.validate(&w.book, today, term, semester).unwrap();
    assert_eq!(
        writes.iter().map(|(id, kind, _)| (*id, *kind)).collect::<Vec<_>>(),
        vec![(term, TERM), (semester, SEMESTER)]
    );
    let semester_fields = writes[1].2.clone();
    w.write(writes);
    assert_eq!((terms(&w.book)[0].number, semesters(&w.book)[0].semester), (6, autumn));
    // Written as the semester form writes it.
    let form = SemesterDraft::for_date(Some(term), today);
    let mut other_book = w.book.clone();
    other_book.set_deleted(semester, true, w.clock.tick(9));
    assert_eq!(form.validate(&other_book, None), Ok(semester_fields));

    // With a term there, only the semester is made, in that term.
    assert_eq!(draft.validate(&w.book, today, term, semester), Err(vec![("semester", FormError::Taken)]));
    let next = FirstSemesterDraft { term_number: String::new(), semester: "2026-second".into() };
    let writes = next.validate(&w.book, today, w.ids.new_id(), semester).unwrap();
    assert_eq!(writes.len(), 1);
    assert_eq!(writes[0].2[0], ("term".to_owned(), json!(term.to_string())));
}

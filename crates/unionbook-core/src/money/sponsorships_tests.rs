use proptest::prelude::*;

use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};
use crate::forms::FormError;
use crate::money::amount::Amount;
use crate::people::terms::SEMESTER;
use crate::steps::{MoveKind, check_moves, first_fields, values_before};

fn f(name: &str, value: Value) -> (String, Value) {
    (name.to_owned(), value)
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

struct World {
    book: Book,
    clock: Clock,
    ids: SeededEntropy,
    spring: RecordId,
    autumn: RecordId,
}

impl World {
    /// Spring and autumn 2026.
    fn new() -> World {
        let mut w = World {
            book: Book::new(),
            clock: Clock::new(SeededEntropy(1).new_id()),
            ids: SeededEntropy(7),
            spring: RecordId::well_known(1),
            autumn: RecordId::well_known(2),
        };
        (w.spring, w.autumn) = (w.ids.new_id(), w.ids.new_id());
        let spring = vec![f("start_year", json!(2025)), f("half", json!("second")), f("starts", json!("2026-02-23"))];
        let autumn =
            vec![f("start_year", json!(2026)), f("starts", json!("2026-09-01")), f("ends", json!("2027-01-31"))];
        w.put(w.spring, SEMESTER, spring);
        w.put(w.autumn, SEMESTER, autumn);
        w
    }

    fn put(&mut self, id: RecordId, kind: &str, fields: Vec<(String, Value)>) {
        let stamp = self.clock.tick(1);
        self.book.write(id, kind, stamp, fields);
    }

    /// A sponsorship contacted on `on`, with these fields besides.
    fn sponsorship(&mut self, sponsor: &str, on: &str, more: Vec<(String, Value)>) -> RecordId {
        let id = self.ids.new_id();
        let mut fields = first_fields::<SponsorStatus>(day(on));
        fields.push(f("sponsor", json!(sponsor)));
        fields.extend(more);
        self.put(id, SPONSORSHIP, fields);
        id
    }

    fn record(&self, id: RecordId) -> &Record {
        self.book.get(id).unwrap()
    }

    fn make(&mut self, id: RecordId, m: Move) -> Result<(), SponsorMoveError> {
        let writes = step(self.record(id), m)?;
        self.put(id, SPONSORSHIP, writes);
        Ok(())
    }

    /// Takes `id` to `to` along the path, one step a day from `from`.
    fn walk(&mut self, id: RecordId, to: SponsorStatus, from: &str) {
        let mut on = day(from);
        while SponsorSteps::from_record(self.record(id)).status < to {
            self.make(id, Move::Forward(on)).unwrap();
            on = on.succ_opt().unwrap();
        }
    }
}

fn draft() -> SponsorshipDraft {
    SponsorshipDraft { sponsor: "  智联招聘 ".into(), amount: "¥2,000".into(), ..SponsorshipDraft::new() }
}

fn field<'a>(fields: &'a [(String, Value)], name: &str) -> &'a Value {
    &fields.iter().find(|(n, _)| n == name).unwrap().1
}

#[test]
fn a_sponsorship_form_saves_its_fields_with_the_amount_in_fen() {
    let w = World::new();
    let fields = draft().validate(&w.book).unwrap();
    assert_eq!(field(&fields, "sponsor"), &json!("智联招聘"));
    assert_eq!(field(&fields, "amount"), &json!(200_000));
    assert_eq!(field(&fields, "currency"), &json!("CNY"));
    assert_eq!(field(&fields, "form"), &json!("cash"));
    assert_eq!(field(&fields, "promise_logo"), &Value::Null, "not promised");
}

#[test]
fn the_form_s_errors_sit_on_their_fields() {
    let w = World::new();
    let errors = |d: SponsorshipDraft| d.validate(&w.book).unwrap_err();
    let empty = errors(SponsorshipDraft::new());
    assert!(empty.contains(&("sponsor", FormError::Required)));
    assert!(empty.contains(&("amount", FormError::Required)));
    let in_kind = errors(SponsorshipDraft { form: "in_kind".into(), ..draft() });
    assert_eq!(in_kind, vec![("goods", FormError::Required)]);
    let dollars = errors(SponsorshipDraft { amount: "$20".into(), ..draft() });
    assert_eq!(dollars, vec![("amount", FormError::OtherCurrency)]);
    let ambiguous = errors(SponsorshipDraft { amount: "1.234".into(), ..draft() });
    assert_eq!(ambiguous, vec![("amount", FormError::AmbiguousAmount)]);
    let mut other = draft();
    other.promises[Promise::Other as usize] = "owed".into();
    assert_eq!(errors(other), vec![("promise_other_text", FormError::Required)]);
    let stranger = errors(SponsorshipDraft { brought_by: "0000000000000099".into(), ..draft() });
    assert_eq!(stranger, vec![("brought_by", FormError::NotAChoice)]);
}

#[test]
fn a_form_reads_back_what_it_saved() {
    let mut w = World::new();
    let mut d = SponsorshipDraft { form: "in_kind".into(), goods: "矿泉水 20 箱".into(), ..draft() };
    d.promises[Promise::Booth as usize] = "owed".into();
    let fields = d.validate(&w.book).unwrap();
    let id = w.ids.new_id();
    w.put(id, SPONSORSHIP, fields.clone());
    let again = SponsorshipDraft::from_record(w.record(id));
    assert_eq!(again.amount, "2000.00");
    assert_eq!(again.validate(&w.book).unwrap(), fields);
}

#[test]
fn fulfilled_is_refused_while_a_promise_is_owed_then_allowed() {
    let mut w = World::new();
    let promised = vec![f("promise_logo", json!("owed")), f("promise_booth", json!("done"))];
    let id = w.sponsorship("智联招聘", "2026-10-01", promised);
    w.walk(id, SponsorStatus::Received, "2026-10-02");
    let on = Move::Forward(day("2026-11-08"));
    assert_eq!(w.make(id, on), Err(SponsorMoveError::Owed(vec![Promise::Logo])));
    let undo = values_before(w.book.get(id), &[mark(Promise::Logo, true)]);
    w.put(id, SPONSORSHIP, vec![mark(Promise::Logo, true)]);
    assert!(owed(w.record(id)).is_empty());
    w.make(id, on).unwrap();
    assert_eq!(SponsorSteps::from_record(w.record(id)).status, SponsorStatus::Fulfilled);
    // Marking done is undone by writing the promise back as it was.
    w.put(id, SPONSORSHIP, undo);
    assert_eq!(owed(w.record(id)), vec![Promise::Logo]);
}

#[test]
fn a_sponsor_withdraws_only_before_the_money_came_and_is_restored_to_its_step() {
    let mut w = World::new();
    let id = w.sponsorship("某银行", "2026-10-01", vec![]);
    w.walk(id, SponsorStatus::Signed, "2026-10-02");
    w.make(id, Move::Cancel(day("2026-10-20"))).unwrap();
    let now = SponsorSteps::from_record(w.record(id));
    assert_eq!(
        (now.status, now.step_reached(), now.moves()),
        (SponsorStatus::Withdrawn, SponsorStatus::Signed, vec![MoveKind::Restore])
    );
    w.make(id, Move::Restore).unwrap();
    w.walk(id, SponsorStatus::Received, "2026-10-21");
    let now = SponsorSteps::from_record(w.record(id));
    assert!(!now.moves().contains(&MoveKind::Cancel));
    assert_eq!(w.make(id, Move::Cancel(day("2026-10-30"))), Err(SponsorMoveError::Move(MoveError::NotFromHere)));
}

#[test]
fn obligations_owed_are_those_agreed_or_further_not_withdrawn() {
    let mut w = World::new();
    let logo = || vec![f("promise_logo", json!("owed"))];
    let contacting = w.sponsorship("甲", "2026-10-01", logo());
    let agreed = w.sponsorship("乙", "2026-10-01", logo());
    w.walk(agreed, SponsorStatus::Agreed, "2026-10-02");
    let withdrawn = w.sponsorship("丙", "2026-10-01", logo());
    w.walk(withdrawn, SponsorStatus::Agreed, "2026-10-02");
    w.make(withdrawn, Move::Cancel(day("2026-10-03"))).unwrap();
    let done = w.sponsorship("丁", "2026-10-01", vec![f("promise_logo", json!("done"))]);
    w.walk(done, SponsorStatus::Received, "2026-10-02");
    let found = obligations_owed(&w.book, &|a, b| a.cmp(b));
    let found: Vec<(RecordId, Vec<Promise>)> = found.into_iter().map(|(s, p)| (s.id, p)).collect();
    assert_eq!(found, vec![(agreed, vec![Promise::Logo])], "not {contacting}, {withdrawn} nor {done}");
}

#[test]
fn a_semester_s_sponsorship_is_compared_with_the_previous_one_s() {
    let mut w = World::new();
    let cash = |fen: i64| vec![f("amount", json!(fen))];
    let spring = w.sponsorship("甲", "2026-03-01", cash(100_000));
    w.walk(spring, SponsorStatus::Received, "2026-03-02");
    let a = w.sponsorship("乙", "2026-09-10", cash(250_050));
    w.walk(a, SponsorStatus::Received, "2026-09-11");
    let b = w.sponsorship("乙", "2026-10-10", cash(50_000));
    w.walk(b, SponsorStatus::Fulfilled, "2026-10-11");
    let goods = vec![f("form", json!("in_kind")), f("goods", json!("水")), f("amount", json!(30_000))];
    let c = w.sponsorship("丙", "2026-11-01", goods);
    w.walk(c, SponsorStatus::Received, "2026-11-02");
    // Agreed but not received, and contacted in spring but received in autumn.
    let d = w.sponsorship("丁", "2026-10-01", cash(999_900));
    w.walk(d, SponsorStatus::Agreed, "2026-10-02");
    let late = w.sponsorship("戊", "2026-06-01", cash(10_000));
    w.walk(late, SponsorStatus::Received, "2026-09-02");

    assert_eq!(previous_semester(&w.book, w.autumn), Some(w.spring));
    assert_eq!(previous_semester(&w.book, w.spring), None);
    let (this, before) = compare_semesters(&w.book, w.autumn, Some(w.spring));
    assert_eq!(this.cash.get(Currency::Cny), 310_050);
    assert_eq!(this.in_kind.amounts().collect::<Vec<_>>(), vec![Amount::cny(30_000)]);
    assert_eq!(this.sponsors, 3, "乙 twice is one sponsor");
    assert_eq!((before.cash.get(Currency::Cny), before.sponsors), (100_000, 1));
    assert!(before.in_kind.is_zero());
    let autumn = listed(&w.book, Some((day("2026-09-01"), day("2027-01-31"))), &|a, b| a.cmp(b));
    assert_eq!(autumn.iter().map(|s| s.id).collect::<Vec<_>>(), vec![c, b, d, a, late], "newest first");
}

proptest! {
    /// The law of the steps, for a sponsorship: every sequence of the moves offered keeps the
    /// days consistent, and a move not offered is refused.
    #[test]
    fn every_sequence_of_allowed_moves_keeps_a_sponsorship_s_steps_consistent(
        choices in proptest::collection::vec((0usize..4, 0u32..3), 0..40)
    ) {
        let mut w = World::new();
        let id = w.sponsorship("甲", "2026-09-01", vec![]);
        let start = SponsorSteps::from_record(w.record(id));
        let day = |n: u32| day("2026-09-01") + chrono::Days::new(u64::from(n));
        let result = check_moves(start, &choices, day, |writes| {
            w.put(id, SPONSORSHIP, writes);
            SponsorSteps::from_record(w.record(id))
        });
        prop_assert_eq!(result, Ok(()));
    }
}

use super::*;
use crate::book::{Clock, Entropy, SeededEntropy};
use crate::money::model::{EXPENSE, expense};

fn book() -> (Book, RecordId, Clock) {
    let (mut book, mut clock) = (Book::new(), Clock::new(SeededEntropy(1).new_id()));
    let member = SeededEntropy(4).new_id();
    book.write(member, MEMBER, clock.tick(1), [("name".to_owned(), json!("李明"))]);
    (book, member, clock)
}

fn advanced(member: RecordId) -> ExpenseDraft {
    ExpenseDraft {
        date: "2026-11-05".into(),
        amount: "¥1,234.50".into(),
        category: "printing".into(),
        what: "海报打印".into(),
        paid_by: "member".into(),
        advanced_by: member.to_string(),
        ..ExpenseDraft::default()
    }
}

#[test]
fn an_expense_is_saved_exactly_and_shown_again_as_saved() {
    let (mut book, member, mut clock) = book();
    let fields = advanced(member).validate(&book).unwrap();
    assert!(fields.contains(&("amount".into(), json!(123_450))));
    assert!(fields.contains(&("currency".into(), json!("CNY"))));
    let id = SeededEntropy(7).new_id();
    book.write(id, EXPENSE, clock.tick(2), fields.clone());
    let shown = ExpenseDraft::from_expense(&expense(&book, id).unwrap());
    assert_eq!(shown.amount, "1234.50");
    assert_eq!(shown.validate(&book).unwrap(), fields, "opened and saved unchanged, it writes the same");
}

#[test]
fn an_expense_needs_its_day_amount_and_purpose_and_an_advance_its_member() {
    let (book, member, _) = book();
    let errors = ExpenseDraft { paid_by: "member".into(), ..ExpenseDraft::default() }.validate(&book).unwrap_err();
    let fields: Vec<_> = errors.iter().map(|(f, _)| *f).collect();
    assert_eq!(fields, ["date", "amount", "category", "what", "advanced_by"]);
    let early = ExpenseDraft { reimbursed_on: "2026-11-01".into(), ..advanced(member) };
    assert_eq!(early.validate(&book).unwrap_err(), vec![("reimbursed_on", FormError::EndsBeforeStart)]);
    let union = ExpenseDraft { paid_by: "union".into(), reimbursed_on: "2026-11-09".into(), ..advanced(member) };
    assert!(union.validate(&book).unwrap().contains(&("reimbursed_on".into(), Value::Null)));
    let ambiguous = ExpenseDraft { amount: "12,5".into(), ..advanced(member) };
    assert_eq!(ambiguous.validate(&book).unwrap_err(), vec![("amount", FormError::AmbiguousAmount)]);
}

#[test]
fn paid_by_the_union_names_no_member() {
    let (book, member, _) = book();
    let fields = ExpenseDraft { paid_by: "union".into(), ..advanced(member) }.validate(&book).unwrap();
    assert!(fields.contains(&("advanced_by".into(), Value::Null)));
}

#[test]
fn income_needs_a_source_and_an_amount_in_its_currency() {
    let (book, ..) = book();
    let typed = IncomeDraft {
        date: "2026-09-10".into(),
        amount: "$20".into(),
        currency: "USD".into(),
        source: "学院拨款".into(),
        ..IncomeDraft::default()
    };
    let fields = typed.validate(&book).unwrap();
    assert!(fields.contains(&("amount".into(), json!(2_000))) && fields.contains(&("currency".into(), json!("USD"))));
    let yuan = IncomeDraft { currency: "CNY".into(), ..typed };
    assert_eq!(yuan.validate(&book).unwrap_err(), vec![("amount", FormError::OtherCurrency)]);
    let none: Vec<_> = IncomeDraft::default().validate(&book).unwrap_err().into_iter().map(|(f, _)| f).collect();
    assert_eq!(none, ["date", "amount", "source"]);
}

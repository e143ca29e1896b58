//! An amount and its currency are one value: two treasurers who change one part each on their
//! own phones end up, after exchanging files either way, with one treasurer's typed pair and a
//! conflict — never one's amount in the other's currency. The same for a sponsorship's form,
//! amount and currency, and a budget's currency and its seven lines.

use serde_json::{Value, json};

use super::budgets::BudgetDraft;
use super::drafts::ExpenseDraft;
use super::model::{BUDGET, EXPENSE, Scope, budget, expense};
use crate::book::{Book, Entropy, RecordId, SeededEntropy, Session};
use crate::forms::Opened;
use crate::kinds::schema_of;

fn phone(n: u64, book: &Book) -> Session {
    Session::in_memory(book.clone(), SeededEntropy(n).new_id())
}

/// Saves a form as the app does: what the officer changed, and what is bound to it.
fn save(
    session: &mut Session,
    now: u64,
    kind: &'static str,
    id: RecordId,
    opened: &Opened,
    typed: Vec<(String, Value)>,
) {
    let changes = opened.changes(session.book(), typed.clone()).expect("nothing changed meanwhile");
    session.write_form(now, id, kind, schema_of(kind), changes, &typed);
}

/// Each phone's book after importing the other's file.
fn exchanged(a: &Session, b: &Session) -> (Book, Book, usize) {
    let (mut ab, mut ba) = (a.book().clone(), b.book().clone());
    let conflicts = ab.merge(b.book()).conflicts.len();
    ba.merge(a.book());
    (ab, ba, conflicts)
}

#[test]
fn a_currency_changed_here_and_an_amount_there_merge_into_one_typed_pair_and_a_conflict() {
    let id = SeededEntropy(7).new_id();
    let base_draft = ExpenseDraft {
        date: "2026-11-05".into(),
        amount: "20".into(),
        category: "printing".into(),
        what: "海报".into(),
        paid_by: "union".into(),
        ..ExpenseDraft::default()
    };
    let mut first = phone(1, &Book::new());
    let typed = base_draft.validate(first.book()).unwrap();
    let new = Opened::new(first.book(), EXPENSE, None, None);
    save(&mut first, 1_000, EXPENSE, id, &new, typed);
    let mut second = phone(2, first.book());

    let draft = |s: &Session| ExpenseDraft::from_expense(&expense(s.book(), id).unwrap());
    let opened = |s: &Session| Opened::new(s.book(), EXPENSE, Some(id), draft(s).validate(s.book()).ok());
    // ¥20 → $20 on one phone, ¥20 → ¥150 on the other, neither knowing of the other.
    let (o1, o2) = (opened(&first), opened(&second));
    let dollars = ExpenseDraft { currency: "USD".into(), ..draft(&first) }.validate(first.book()).unwrap();
    save(&mut first, 2_000, EXPENSE, id, &o1, dollars);
    let more = ExpenseDraft { amount: "150".into(), ..draft(&second) }.validate(second.book()).unwrap();
    save(&mut second, 3_000, EXPENSE, id, &o2, more);

    let (ab, ba, conflicts) = exchanged(&first, &second);
    assert_eq!(ab, ba, "either way round, one book");
    let amount = expense(&ab, id).unwrap().amount.unwrap();
    let typed_pairs = [(2_000, "USD"), (15_000, "CNY")];
    assert!(typed_pairs.contains(&(amount.minor, amount.currency.code())), "{amount:?} was never typed");
    assert!(conflicts >= 1, "the edit set aside is reported");
}

#[test]
fn a_budgets_currency_changed_here_and_a_line_there_give_one_treasurers_budget() {
    let semester = SeededEntropy(8).new_id();
    let id = Scope::Union { semester }.budget_id();
    let mut first = phone(1, &Book::new());
    first.write(500, semester, crate::people::terms::SEMESTER, [("starts".to_owned(), json!("2026-09-01"))]);
    let new = BudgetDraft::for_scope(Scope::Union { semester });
    let typed = BudgetDraft { lines: lines(&[("venue", "500"), ("food", "300")]), ..new };
    let typed = typed.validate(first.book()).unwrap().1;
    let new = Opened::new(first.book(), BUDGET, None, None);
    save(&mut first, 1_000, BUDGET, id, &new, typed);
    let mut second = phone(2, first.book());

    let draft_of = |s: &Session| BudgetDraft::from_budget(&budget(s.book(), id).unwrap());
    let opened =
        |s: &Session| Opened::new(s.book(), BUDGET, Some(id), draft_of(s).validate(s.book()).ok().map(|(_, f)| f));
    let (o1, o2) = (opened(&first), opened(&second));
    let dollars =
        BudgetDraft { currency: "USD".into(), lines: lines(&[("venue", "500"), ("food", "40")]), ..draft_of(&first) };
    let dollars = dollars.validate(first.book()).unwrap().1;
    save(&mut first, 2_000, BUDGET, id, &o1, dollars);
    let venue = BudgetDraft { lines: lines(&[("venue", "800"), ("food", "300")]), ..draft_of(&second) };
    let venue = venue.validate(second.book()).unwrap().1;
    save(&mut second, 3_000, BUDGET, id, &o2, venue);

    let (ab, ba, conflicts) = exchanged(&first, &second);
    assert_eq!(ab, ba);
    let merged = budget(&ab, id).unwrap();
    let shown = (merged.currency.code(), merged.lines[0], merged.lines[3]);
    let typed = [("USD", Some(50_000), Some(4_000)), ("CNY", Some(80_000), Some(30_000))];
    assert!(typed.contains(&shown), "{shown:?} is no treasurer's budget");
    assert!(conflicts >= 1);
}

fn lines(typed: &[(&str, &str)]) -> [String; 7] {
    let mut out: [String; 7] = Default::default();
    for (category, text) in typed {
        out[super::model::Category::parse(category).unwrap() as usize] = (*text).to_owned();
    }
    out
}

#[test]
fn fields_that_are_one_value_are_declared_so() {
    for (kind, group) in [
        ("expense", &["amount", "currency"][..]),
        ("income", &["amount", "currency"][..]),
        ("sponsorship", &["form", "amount", "currency"][..]),
    ] {
        let schema = schema_of(kind).unwrap();
        assert!(group.iter().all(|f| schema.bound_with(f) == group), "{kind}");
    }
    let budget = schema_of("budget").unwrap();
    assert_eq!(budget.bound_with("currency").len(), 8, "the currency and the seven lines");
    assert!(budget.bound_with("note").is_empty());
}

use chrono::NaiveDate;
use proptest::prelude::*;
use serde_json::{Value, json};

use super::*;
use crate::book::{Entropy, SeededEntropy, Session};
use crate::money::amount::Currency;
use crate::money::model::{EXPENSE, INCOME, SPONSORSHIP, SponsorStatus};

fn day(n: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 9, 1).unwrap() + chrono::Duration::days(n)
}

/// One random entry as the plain model sees it: its kind, day, amount, unit, and for a
/// sponsorship whether it is cash and received.
#[derive(Clone, Debug)]
struct Entry {
    kind: &'static str,
    day: i64,
    minor: i64,
    unit: usize,
    cash_received: bool,
    status: SponsorStatus,
    in_kind: bool,
}

fn entry() -> impl Strategy<Value = Entry> {
    (0..3usize, 0..180i64, 1..=MAX_ENTRY, 0..4usize, 0..6usize, any::<bool>()).prop_map(
        |(k, day, minor, unit, s, in_kind)| {
            let status = SponsorStatus::ALL[s];
            let kind = [INCOME, SPONSORSHIP, EXPENSE][k];
            Entry {
                kind,
                day,
                minor,
                unit,
                cash_received: kind == SPONSORSHIP && status.is_received() && !in_kind,
                status,
                in_kind,
            }
        },
    )
}

/// A payment as large as a union's ever is, and some: sums of thousands stay far from overflow.
const MAX_ENTRY: i64 = 100_000_000;

fn book_of(entries: &[Entry], units: &[RecordId]) -> Book {
    let mut session = Session::in_memory(Book::new(), RecordId::well_known(2));
    let mut ids = SeededEntropy(11);
    for (i, e) in entries.iter().enumerate() {
        let date = json!(day(e.day).to_string());
        let mut fields: Vec<(String, Value)> =
            vec![("amount".into(), json!(e.minor)), ("unit".into(), json!(units[e.unit].to_string()))];
        match e.kind {
            SPONSORSHIP => {
                fields.push(("status".into(), json!(e.status.word())));
                fields.push(("received_on".into(), date));
                fields.push(("form".into(), json!(if e.in_kind { "in_kind" } else { "cash" })));
            }
            _ => fields.push(("date".into(), date)),
        }
        session.write(1_000 + i as u64, ids.new_id(), e.kind, fields);
    }
    session.book().clone()
}

fn units() -> Vec<RecordId> {
    let mut ids = SeededEntropy(5);
    (0..4).map(|_| ids.new_id()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Over thousands of random entries the ledger's sums, each running balance, and the sums
    /// per unit equal a plain integer model to the fen.
    #[test]
    fn the_ledger_adds_up_exactly(entries in prop::collection::vec(entry(), 0..2_000), from in 0..180i64, len in 0..120i64) {
        let units = units();
        let book = book_of(&entries, &units);
        let list = movements(&book);
        let within = Some((day(from), day(from + len)));
        let signed = |e: &Entry| match e.kind { EXPENSE => -e.minor, _ if e.kind == SPONSORSHIP && !e.cash_received => 0, _ => e.minor };

        let whole = ledger(&list, Filter::default());
        let model_total: i64 = entries.iter().map(signed).sum();
        prop_assert_eq!(whole.closing.get(Currency::Cny), model_total);
        prop_assert_eq!(whole.opening.get(Currency::Cny), 0);

        let span = ledger(&list, Filter { within, unit: None });
        let before: i64 = entries.iter().filter(|e| e.day < from).map(signed).sum();
        let inside: Vec<&Entry> = entries.iter().filter(|e| (from..=from + len).contains(&e.day)).collect();
        prop_assert_eq!(span.opening.get(Currency::Cny), before);
        prop_assert_eq!(span.closing.get(Currency::Cny), before + inside.iter().map(|e| signed(e)).sum::<i64>());
        let out: i64 = inside.iter().filter(|e| e.kind == EXPENSE).map(|e| e.minor).sum();
        prop_assert_eq!(span.money_out.get(Currency::Cny), out);
        // Each line's balance is the one before it plus the line.
        let mut running = span.opening.get(Currency::Cny);
        for line in &span.lines {
            running += line.movement.signed().minor;
            prop_assert_eq!(line.balance.get(Currency::Cny), running);
        }
        prop_assert!(span.lines.windows(2).all(|w| w[0].movement.date <= w[1].movement.date));

        let unit = 2;
        let of_unit = ledger(&list, Filter { within: None, unit: Some(units[unit]) });
        prop_assert_eq!(of_unit.closing.get(Currency::Cny), entries.iter().filter(|e| e.unit == unit).map(signed).sum::<i64>());

        let sums = sums_by_unit(&list, within, &units);
        let net: i64 = sums.iter().map(|s| s.net().get(Currency::Cny)).sum();
        prop_assert_eq!(net, inside.iter().map(|e| signed(e)).sum::<i64>());
        for s in &sums {
            let i = units.iter().position(|u| Some(*u) == s.unit).unwrap();
            let model: i64 = inside.iter().filter(|e| e.unit == i && e.kind == EXPENSE).map(|e| e.minor).sum();
            prop_assert_eq!(s.expenses.get(Currency::Cny), model);
        }
    }
}

#[test]
fn yuan_and_dollars_are_balanced_apart() {
    let mut session = Session::in_memory(Book::new(), RecordId::well_known(2));
    let mut ids = SeededEntropy(3);
    session.write(1, ids.new_id(), INCOME, [("amount".into(), json!(10_000)), ("date".into(), json!("2026-09-01"))]);
    session.write(
        2,
        ids.new_id(),
        EXPENSE,
        [("amount".into(), json!(2_500)), ("currency".into(), json!("USD")), ("date".into(), json!("2026-09-02"))],
    );
    let l = ledger(&movements(session.book()), Filter::default());
    assert_eq!((l.closing.get(Currency::Cny), l.closing.get(Currency::Usd)), (10_000, -2_500));
}

#[test]
fn in_kind_support_and_sponsorship_not_yet_received_are_not_cash() {
    let mut session = Session::in_memory(Book::new(), RecordId::well_known(2));
    let mut ids = SeededEntropy(3);
    let sponsor = |status: &str, form: &str| {
        vec![
            ("amount".to_owned(), json!(50_000)),
            ("status".to_owned(), json!(status)),
            ("form".to_owned(), json!(form)),
            ("received_on".to_owned(), json!("2026-10-01")),
        ]
    };
    session.write(1, ids.new_id(), SPONSORSHIP, sponsor("signed", "cash"));
    session.write(2, ids.new_id(), SPONSORSHIP, sponsor("received", "in_kind"));
    session.write(3, ids.new_id(), SPONSORSHIP, sponsor("fulfilled", "cash"));
    let list = movements(session.book());
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].source, Source::Sponsorship);
}

fn expense(minor: i64, member: Option<RecordId>, date: &str) -> Vec<(String, Value)> {
    let mut f = vec![("amount".to_owned(), json!(minor)), ("date".to_owned(), json!(date))];
    if let Some(m) = member {
        f.push(("paid_by".into(), json!("member")));
        f.push(("advanced_by".into(), json!(m.to_string())));
    }
    f
}

#[test]
fn what_members_advanced_is_owed_until_reimbursed() {
    let mut session = Session::in_memory(Book::new(), RecordId::well_known(2));
    let mut ids = SeededEntropy(3);
    let (li, wang) = (ids.new_id(), ids.new_id());
    let first = ids.new_id();
    session.write(1, first, EXPENSE, expense(3_000, Some(li), "2026-10-02"));
    session.write(2, ids.new_id(), EXPENSE, expense(4_550, Some(li), "2026-10-01"));
    session.write(3, ids.new_id(), EXPENSE, expense(9_000, Some(wang), "2026-10-03"));
    session.write(4, ids.new_id(), EXPENSE, expense(1_000, None, "2026-10-03"));
    let owed = owed_back(session.book());
    assert_eq!(
        owed.iter().map(|o| (o.member, o.total.get(Currency::Cny))).collect::<Vec<_>>(),
        [(Some(wang), 9_000), (Some(li), 7_550)]
    );
    assert_eq!(owed[1].expenses[0].date, NaiveDate::from_ymd_opt(2026, 10, 1), "oldest first");
    session.write(5, first, EXPENSE, reimbursed(day(40)));
    let owed = owed_back(session.book());
    assert_eq!(owed[1].total.get(Currency::Cny), 4_550);
}

/// Two treasurers with one book exchange files: a payment entered once is counted once on both
/// phones, whatever each did to other records, and a change of its amount on both phones is a
/// conflict whose kept value is the one both totals then count.
#[test]
fn two_treasurers_exchanging_files_never_double_a_payment() {
    let mut ids = SeededEntropy(8);
    let (poster, prizes) = (ids.new_id(), ids.new_id());
    let mut a = Session::in_memory(Book::new(), ids.new_id());
    a.write(1_000, poster, EXPENSE, expense(12_000, None, "2026-11-01"));
    let mut b = Session::in_memory(Book::new(), ids.new_id());
    b.apply_import(b.plan_import(&a.book().clone()));
    b.write(2_000, prizes, EXPENSE, expense(30_050, None, "2026-11-02"));
    // Both correct the poster's amount before they exchange again.
    a.write(3_000, poster, EXPENSE, [("amount".to_owned(), json!(12_500))]);
    b.write(3_001, poster, EXPENSE, [("amount".to_owned(), json!(11_800))]);
    let report_a = a.apply_import(a.plan_import(&b.book().clone()));
    let report_b = b.apply_import(b.plan_import(&a.book().clone()));
    assert_eq!(report_a.conflicts.len(), 1, "the amount edited on both phones is shown as a conflict");
    assert_eq!(report_a.conflicts[0].field, "amount");
    assert!(report_b.conflicts.is_empty(), "b already has what a kept");
    let total = |s: &Session| ledger(&movements(s.book()), Filter::default()).money_out.get(Currency::Cny);
    let kept = report_a.conflicts[0].kept.value.as_i64().unwrap();
    assert_eq!(total(&a), kept + 30_050);
    assert_eq!(total(&a), total(&b));
    assert_eq!(movements(a.book()).len(), 2);
    // A third exchange changes nothing.
    let again = a.apply_import(a.plan_import(&b.book().clone()));
    assert!(!again.changes_anything() && again.conflicts.is_empty());
    assert_eq!(total(&a), kept + 30_050);
}

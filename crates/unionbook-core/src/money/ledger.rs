//! The ledger: every movement of cash in date order with the balance after each — income,
//! sponsorship cash once received, expenses — and the sums drawn from it: per unit and per
//! semester, and what members advanced and are still owed. Pure; in-kind sponsorship is not
//! cash and stays out of it (`figures` counts it beside).

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::amount::{Amount, Totals};
use super::model::{Expense, PaidBy, expenses, incomes, sponsorships};
use crate::book::{Book, RecordId};
use crate::calendar::in_span;

/// Where a movement of cash comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Source {
    Income,
    Sponsorship,
    Expense,
}

/// One movement of cash; `amount` is what came in or went out (never negative).
#[derive(Clone, Debug, PartialEq)]
pub struct Movement {
    pub id: RecordId,
    pub source: Source,
    pub date: Option<NaiveDate>,
    pub amount: Amount,
    /// What it was for, or from whom.
    pub what: String,
    pub unit: Option<RecordId>,
    pub activity: Option<RecordId>,
}

impl Movement {
    pub fn is_in(&self) -> bool {
        self.source != Source::Expense
    }

    /// The movement as it changes the balance: plus for money in, minus for money out.
    pub fn signed(&self) -> Amount {
        let minor = if self.is_in() { self.amount.minor } else { -self.amount.minor };
        Amount { minor, currency: self.amount.currency }
    }
}

/// Every movement of cash in the book, in date order (undated ones last); on one day money in
/// comes before money out, so a day's payments from that day's income never show a balance
/// below zero, and ties go by id so that two phones list them alike.
pub fn movements(book: &Book) -> Vec<Movement> {
    let mut list: Vec<Movement> = incomes(book)
        .into_iter()
        .filter_map(|i| {
            Some(Movement {
                id: i.id,
                source: Source::Income,
                date: i.date,
                amount: i.amount?,
                what: i.source,
                unit: i.unit,
                activity: None,
            })
        })
        .chain(sponsorships(book).into_iter().filter_map(|s| {
            Some(Movement {
                id: s.id,
                source: Source::Sponsorship,
                date: s.received_on,
                amount: s.cash_received()?,
                what: s.sponsor,
                unit: s.unit,
                activity: s.activity,
            })
        }))
        .chain(expenses(book).into_iter().filter_map(|e| {
            Some(Movement {
                id: e.id,
                source: Source::Expense,
                date: e.date,
                amount: e.amount?,
                what: e.what,
                unit: e.unit,
                activity: e.activity,
            })
        }))
        .collect();
    list.sort_by_key(|m| (m.date.is_none(), m.date, !m.is_in(), m.id));
    list
}

/// A line of the ledger: the movement and the balance after it.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub movement: Movement,
    pub balance: Totals,
}

/// The ledger over a span (or all time): the balance brought forward from before it, each
/// line with its running balance, and the balance at the end.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ledger {
    pub opening: Totals,
    pub lines: Vec<Line>,
    pub closing: Totals,
    pub money_in: Totals,
    pub money_out: Totals,
}

/// Which movements a ledger or a sum takes: those of a unit (or all), within a span of days
/// (or all time; undated movements count only then).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub within: Option<(NaiveDate, NaiveDate)>,
    pub unit: Option<RecordId>,
}

impl Filter {
    fn takes_unit(&self, m: &Movement) -> bool {
        self.unit.is_none_or(|u| m.unit == Some(u))
    }
}

/// The ledger of `list` (as `movements` gives it) through `filter`.
pub fn ledger(list: &[Movement], filter: Filter) -> Ledger {
    let mut out = Ledger::default();
    for m in list.iter().filter(|m| filter.takes_unit(m)) {
        if in_span(m.date, filter.within) {
            if m.is_in() {
                out.money_in.add(m.amount)
            } else {
                out.money_out.add(m.amount)
            }
            let balance = out.opening.plus(&out.money_in).minus(&out.money_out);
            out.lines.push(Line { movement: m.clone(), balance });
        } else if let (Some((first, _)), Some(d)) = (filter.within, m.date) {
            // Before the span it is in the balance brought forward; after it, nowhere.
            if d < first {
                out.opening.add(m.signed());
            }
        }
    }
    out.closing = out.opening.plus(&out.money_in).minus(&out.money_out);
    out
}

/// Money in and out of one unit (or of none) over a span.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UnitSums {
    pub unit: Option<RecordId>,
    pub income: Totals,
    pub sponsorship: Totals,
    pub expenses: Totals,
}

impl UnitSums {
    pub fn net(&self) -> Totals {
        self.income.plus(&self.sponsorship).minus(&self.expenses)
    }
}

/// The sums of each unit that has movements in the span, and of the movements that name no
/// unit (`unit: None`), in `units` order with the unnamed last. Every movement in the span is in
/// exactly one of them.
pub fn sums_by_unit(list: &[Movement], within: Option<(NaiveDate, NaiveDate)>, units: &[RecordId]) -> Vec<UnitSums> {
    let mut by: BTreeMap<Option<RecordId>, UnitSums> = BTreeMap::new();
    for m in list.iter().filter(|m| in_span(m.date, within)) {
        let sums = by.entry(m.unit).or_insert_with(|| UnitSums { unit: m.unit, ..UnitSums::default() });
        match m.source {
            Source::Income => sums.income.add(m.amount),
            Source::Sponsorship => sums.sponsorship.add(m.amount),
            Source::Expense => sums.expenses.add(m.amount),
        }
    }
    let rank =
        |u: &Option<RecordId>| u.map_or(usize::MAX, |u| units.iter().position(|x| *x == u).unwrap_or(usize::MAX - 1));
    let mut out: Vec<UnitSums> = by.into_values().collect();
    out.sort_by_key(|s| rank(&s.unit));
    out
}

/// What one member advanced and is still owed, with the expenses it is for (oldest first).
#[derive(Clone, Debug, PartialEq)]
pub struct Owed {
    /// `None` when the expense says a member paid but not which one.
    pub member: Option<RecordId>,
    pub total: Totals,
    pub expenses: Vec<Expense>,
}

/// Everyone still owed money back, the largest yuan sum first.
pub fn owed_back(book: &Book) -> Vec<Owed> {
    let mut by: BTreeMap<Option<RecordId>, Owed> = BTreeMap::new();
    let mut list: Vec<Expense> = expenses(book).into_iter().filter(Expense::owed_back).collect();
    list.sort_by_key(|e| (e.date, e.id));
    for e in list {
        let PaidBy::Member(member) = e.paid_by else { continue };
        let owed = by.entry(member).or_insert_with(|| Owed { member, total: Totals::default(), expenses: Vec::new() });
        if let Some(a) = e.amount {
            owed.total.add(a);
        }
        owed.expenses.push(e);
    }
    let mut out: Vec<Owed> = by.into_values().collect();
    out.sort_by_key(|o| std::cmp::Reverse(o.total.get(super::amount::Currency::Cny)));
    out
}

/// The fields that mark an expense paid back on `on`; their undo writes `reimbursed_on` back
/// to what it was (nothing).
pub fn reimbursed(on: NaiveDate) -> Vec<(String, serde_json::Value)> {
    vec![("reimbursed_on".to_owned(), serde_json::json!(on.to_string()))]
}

#[cfg(test)]
#[path = "ledger_tests.rs"]
mod tests;

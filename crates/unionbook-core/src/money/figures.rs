//! What a scope's money came to: its budget by category against what was spent, and for an
//! activity its sponsors' income and the cost per participant. Exact in minor units, per
//! currency. Pure; the budget pages and an activity's money page show these.

use chrono::NaiveDate;

use super::amount::{Amount, Totals};
use super::budgets::{budgets, in_semester, level};
use super::model::{Budget, Category, Expense, Scope, budget, expenses, sponsorships};
use crate::activities::model::{ACTIVITY, Actual, actual};
use crate::book::{Book, RecordId};
use crate::people::model::units;
use crate::people::terms::semester_days;

/// One category: what the budget gave it (`None`: no line) and what was spent on it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Line {
    pub budget: Option<Amount>,
    pub actual: Totals,
}

impl Line {
    /// What is left: the budget less what was spent (below zero when overspent).
    pub fn variance(&self) -> Totals {
        self.budgeted().minus(&self.actual)
    }

    pub fn budgeted(&self) -> Totals {
        self.budget.into_iter().collect()
    }
}

/// A budget against actual, by category in `Category::ALL` order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Against {
    pub lines: [Line; 7],
}

impl Against {
    /// `budget`'s lines against `spent`; an expense with no category counts as "other", one
    /// with no amount as nothing.
    pub fn new<'a>(budget: Option<&Budget>, spent: impl IntoIterator<Item = &'a Expense>) -> Against {
        let mut lines: [Line; 7] = Default::default();
        if let Some(b) = budget {
            for c in Category::ALL {
                lines[c as usize].budget = b.line(c);
            }
        }
        for e in spent {
            if let Some(a) = e.amount {
                lines[e.category.unwrap_or(Category::Other) as usize].actual.add(a);
            }
        }
        Against { lines }
    }

    pub fn line(&self, c: Category) -> &Line {
        &self.lines[c as usize]
    }

    pub fn budgeted(&self) -> Totals {
        self.lines.iter().fold(Totals::default(), |t, l| t.plus(&l.budgeted()))
    }

    pub fn actual(&self) -> Totals {
        self.lines.iter().fold(Totals::default(), |t, l| t.plus(&l.actual))
    }

    pub fn variance(&self) -> Totals {
        self.budgeted().minus(&self.actual())
    }
}

fn within(date: Option<NaiveDate>, span: (NaiveDate, NaiveDate)) -> bool {
    crate::calendar::in_span(date, Some(span))
}

/// The expenses a scope's budget is measured against: an activity's own; a unit's whose date
/// falls in the semester; the union's every one dated in the semester.
pub fn spent_in(book: &Book, all: &[Expense], scope: Scope) -> Vec<Expense> {
    let range = |s| semester_days(book, s);
    all.iter()
        .filter(|e| match scope {
            Scope::Activity { activity } => e.activity == Some(activity),
            Scope::Unit { semester, unit } => {
                e.unit == Some(unit) && range(semester).is_some_and(|r| within(e.date, r))
            }
            Scope::Union { semester } => range(semester).is_some_and(|r| within(e.date, r)),
        })
        .cloned()
        .collect()
}

/// A scope's budget against what it spent.
pub fn against(book: &Book, scope: Scope) -> Against {
    let all = expenses(book);
    Against::new(budget(book, scope.budget_id()).as_ref(), &spent_in(book, &all, scope))
}

/// One row of a semester's budgets: a scope, its budget if it has one, and what it spent.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub scope: Scope,
    pub budget: Option<Budget>,
    pub against: Against,
}

/// A semester's rows: the union's, each unit with a budget or an expense in it, and each
/// activity of it with a budget. With no semester chosen, every budget against its scope.
pub fn semester_rows(book: &Book, chosen: Option<RecordId>) -> Vec<Row> {
    let all = expenses(book);
    let range = chosen.and_then(|s| semester_days(book, s));
    let mut scopes: Vec<(Scope, Option<Budget>)> = budgets(book)
        .into_iter()
        .filter(|(s, _)| chosen.is_none_or(|id| in_semester(book, *s, id, range)))
        .map(|(s, b)| (s, Some(b)))
        .collect();
    if let (Some(semester), Some(r)) = (chosen, range) {
        let mut extra = vec![Scope::Union { semester }];
        extra.extend(units(book).into_iter().map(|u| Scope::Unit { semester, unit: u.id }).filter(
            |s| matches!(s, Scope::Unit { unit, .. } if all.iter().any(|e| e.unit == Some(*unit) && within(e.date, r))),
        ));
        for s in extra {
            if !scopes.iter().any(|(have, _)| *have == s) {
                scopes.push((s, None));
            }
        }
    }
    scopes.sort_by_key(|(s, _)| level(*s));
    scopes
        .into_iter()
        .map(|(scope, budget)| {
            let against = Against::new(budget.as_ref(), &spent_in(book, &all, scope));
            Row { scope, budget, against }
        })
        .collect()
}

/// An activity's money: its budget against actual, its sponsors' income, and what it cost per
/// participant.
#[derive(Clone, Debug, PartialEq)]
pub struct ActivityFigures {
    pub against: Against,
    /// Sponsors' cash in the union's hands.
    pub cash: Totals,
    /// The estimated value of sponsors' goods received.
    pub in_kind: Totals,
    pub participants: Actual,
    /// What was spent over the participants; `None` when none were counted.
    pub per_participant: Option<Totals>,
}

/// The figures of activity `id`, if it is a live activity.
pub fn activity_figures(book: &Book, id: RecordId) -> Option<ActivityFigures> {
    let record = book.get(id).filter(|r| r.kind == ACTIVITY && !r.is_deleted())?;
    let against = against(book, Scope::Activity { activity: id });
    let (mut cash, mut in_kind) = (Totals::default(), Totals::default());
    for s in sponsorships(book).into_iter().filter(|s| s.activity == Some(id)) {
        match s.amount.filter(|_| s.status.is_received()) {
            Some(a) if s.in_kind => in_kind.add(a),
            Some(a) => cash.add(a),
            None => {}
        }
    }
    let participants = actual(id, record);
    let per_participant = participants.number().and_then(|n| against.actual().per(n));
    Some(ActivityFigures { against, cash, in_kind, participants, per_participant })
}

#[cfg(test)]
#[path = "figures_tests.rs"]
mod tests;

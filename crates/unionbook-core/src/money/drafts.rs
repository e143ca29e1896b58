//! The forms for an expense and for other income, as typed. An amount is read by
//! `amount::field` in the form's currency; a member who advanced money is named, and a
//! reimbursement is dated no earlier than the payment.

use serde_json::{Value, json};

use super::amount::{self, CURRENCIES, Currency, plain};
use super::model::{CATEGORIES, Expense, Income, PAYERS, PaidBy};
use crate::activities::model::ACTIVITY;
use crate::book::{Book, RecordId};
use crate::forms::{self, FieldErrors, FormError};
use crate::people::model::{MEMBER, UNIT};

fn id_text(id: Option<RecordId>) -> String {
    id.map(|r| r.to_string()).unwrap_or_default()
}

fn day_text(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// What both forms start with: the day money moved, its currency (yuan when left empty), and
/// the amount, read in that currency.
fn paid(
    errors: &mut FieldErrors,
    date: &str,
    currency: &str,
    amount: &str,
) -> (Option<chrono::NaiveDate>, Currency, Option<i64>) {
    let day = forms::date(errors, "date", date, true);
    let currency = forms::choice(errors, "currency", currency, CURRENCIES, true)
        .and_then(|c| Currency::parse(&c))
        .unwrap_or_default();
    let minor = amount::field(errors, "amount", amount, currency, true);
    (day, currency, minor)
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExpenseDraft {
    pub date: String,
    pub amount: String,
    pub currency: String,
    pub category: String,
    pub what: String,
    pub unit: String,
    pub activity: String,
    pub payee: String,
    /// `union` or `member`.
    pub paid_by: String,
    pub advanced_by: String,
    pub receipt_number: String,
    pub receipt_filed: bool,
    pub approved_by: String,
    pub reimbursed_on: String,
    pub note: String,
}

impl ExpenseDraft {
    pub fn from_expense(e: &Expense) -> ExpenseDraft {
        let (paid_by, advanced_by) = match e.paid_by {
            PaidBy::Union => ("union", None),
            PaidBy::Member(m) => ("member", m),
        };
        ExpenseDraft {
            date: day_text(e.date),
            amount: e.amount.map(|a| plain(a.minor)).unwrap_or_default(),
            currency: e.amount.map(|a| a.currency.code()).unwrap_or("CNY").to_owned(),
            category: e.category.map(|c| c.word().to_owned()).unwrap_or_default(),
            what: e.what.clone(),
            unit: id_text(e.unit),
            activity: id_text(e.activity),
            payee: e.payee.clone(),
            paid_by: paid_by.to_owned(),
            advanced_by: id_text(advanced_by),
            receipt_number: e.receipt_number.clone(),
            receipt_filed: e.receipt_filed,
            approved_by: id_text(e.approved_by),
            reimbursed_on: day_text(e.reimbursed_on),
            note: e.note.clone(),
        }
    }

    pub fn validate(&self, book: &Book) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let (date, currency, minor) = paid(&mut e, &self.date, &self.currency, &self.amount);
        let category = forms::choice(&mut e, "category", &self.category, CATEGORIES, false);
        let what = forms::required(&mut e, "what", &self.what, 200);
        let unit = forms::reference(&mut e, "unit", &self.unit, book, UNIT, false);
        let activity = forms::reference(&mut e, "activity", &self.activity, book, ACTIVITY, false);
        let payee = forms::optional(&mut e, "payee", &self.payee, 120);
        let paid_by = forms::choice(&mut e, "paid_by", &self.paid_by, PAYERS, false);
        let by_member = paid_by.as_deref() == Some("member");
        let advanced_by = forms::reference(&mut e, "advanced_by", &self.advanced_by, book, MEMBER, by_member);
        let receipt_number = forms::optional(&mut e, "receipt_number", &self.receipt_number, 40);
        let approved_by = forms::reference(&mut e, "approved_by", &self.approved_by, book, MEMBER, false);
        // Paid from the union's cash there is nothing to pay back: the field is not shown then,
        // and what it held is not kept.
        let reimbursed_on =
            if by_member { forms::date(&mut e, "reimbursed_on", &self.reimbursed_on, false) } else { None };
        if reimbursed_on.is_some_and(|r| date.is_some_and(|d| r < d)) {
            e.push(("reimbursed_on", FormError::EndsBeforeStart));
        }
        let note = forms::optional(&mut e, "note", &self.note, 1_000);
        if !e.is_empty() {
            return Err(e);
        }
        Ok(vec![
            ("date".into(), forms::date_value(date)),
            ("amount".into(), amount::value(minor)),
            ("currency".into(), json!(currency.code())),
            ("category".into(), forms::opt(category)),
            ("what".into(), json!(what)),
            ("unit".into(), forms::opt(unit.map(|u| u.to_string()))),
            ("activity".into(), forms::opt(activity.map(|a| a.to_string()))),
            ("payee".into(), json!(payee)),
            ("paid_by".into(), forms::opt(paid_by)),
            ("advanced_by".into(), forms::opt(advanced_by.filter(|_| by_member).map(|m| m.to_string()))),
            ("receipt_number".into(), json!(receipt_number)),
            ("receipt_filed".into(), json!(self.receipt_filed)),
            ("approved_by".into(), forms::opt(approved_by.map(|m| m.to_string()))),
            ("reimbursed_on".into(), forms::date_value(reimbursed_on)),
            ("note".into(), json!(note)),
        ])
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct IncomeDraft {
    pub date: String,
    pub amount: String,
    pub currency: String,
    pub source: String,
    pub unit: String,
    pub received_by: String,
    pub note: String,
}

impl IncomeDraft {
    pub fn from_income(i: &Income) -> IncomeDraft {
        IncomeDraft {
            date: day_text(i.date),
            amount: i.amount.map(|a| plain(a.minor)).unwrap_or_default(),
            currency: i.amount.map(|a| a.currency.code()).unwrap_or("CNY").to_owned(),
            source: i.source.clone(),
            unit: id_text(i.unit),
            received_by: id_text(i.received_by),
            note: i.note.clone(),
        }
    }

    pub fn validate(&self, book: &Book) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let (date, currency, minor) = paid(&mut e, &self.date, &self.currency, &self.amount);
        let source = forms::required(&mut e, "source", &self.source, 120);
        let unit = forms::reference(&mut e, "unit", &self.unit, book, UNIT, false);
        let received_by = forms::reference(&mut e, "received_by", &self.received_by, book, MEMBER, false);
        let note = forms::optional(&mut e, "note", &self.note, 1_000);
        if !e.is_empty() {
            return Err(e);
        }
        Ok(vec![
            ("date".into(), forms::date_value(date)),
            ("amount".into(), amount::value(minor)),
            ("currency".into(), json!(currency.code())),
            ("source".into(), json!(source)),
            ("unit".into(), forms::opt(unit.map(|u| u.to_string()))),
            ("received_by".into(), forms::opt(received_by.map(|m| m.to_string()))),
            ("note".into(), json!(note)),
        ])
    }
}

#[cfg(test)]
#[path = "drafts_tests.rs"]
mod tests;

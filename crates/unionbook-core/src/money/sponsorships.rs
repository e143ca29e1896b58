//! Sponsorships: the form, what the union promised in return and its checklist, the way from
//! first contact to the obligations fulfilled (the dated-steps machine of `crate::steps`,
//! which refuses "fulfilled" while a promise is still owed), the obligations not yet met, and a
//! semester's sponsorship beside the previous one's. Pure.

use std::cmp::Ordering;

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::amount::{self, Currency, Totals};
use super::model::{FORMS, PROMISE_STATES, SPONSORSHIP, SponsorStatus, Sponsorship, sponsorships};
use crate::activities::model::ACTIVITY;
use crate::book::{Book, Record, RecordId};
use crate::forms::{self, FieldErrors};
use crate::people::model::{MEMBER, UNIT};
use crate::people::terms::{semester, semesters};
use crate::steps::{Move, MoveError, Step, Steps};

impl Step for SponsorStatus {
    const ALL: &'static [SponsorStatus] = &SponsorStatus::ALL;
    const PATH: &'static [SponsorStatus] = &[
        SponsorStatus::Contacting,
        SponsorStatus::Agreed,
        SponsorStatus::Signed,
        SponsorStatus::Received,
        SponsorStatus::Fulfilled,
    ];
    const OFF: SponsorStatus = SponsorStatus::Withdrawn;

    fn word(self) -> &'static str {
        SponsorStatus::word(self)
    }

    /// A sponsor can withdraw until the money or goods came in.
    fn may_leave(self) -> bool {
        matches!(self, SponsorStatus::Contacting | SponsorStatus::Agreed | SponsorStatus::Signed)
    }
}

/// Where a sponsorship is, with the day of each step.
pub type SponsorSteps = Steps<SponsorStatus>;

/// What the union can promise a sponsor in return.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Promise {
    Logo,
    Booth,
    Mention,
    Other,
}

impl Promise {
    pub const ALL: [Promise; 4] = [Promise::Logo, Promise::Booth, Promise::Mention, Promise::Other];

    /// The field keeping it: empty when not promised, else `owed` or `done`.
    pub fn field(self) -> &'static str {
        ["promise_logo", "promise_booth", "promise_mention", "promise_other"][self as usize]
    }
}

/// The promises a sponsorship made, each with whether it is done.
pub fn promises(r: &Record) -> Vec<(Promise, bool)> {
    Promise::ALL
        .into_iter()
        .filter(|p| !r.text(p.field()).is_empty())
        .map(|p| (p, r.text(p.field()) == "done"))
        .collect()
}

/// The promises still owed.
pub fn owed(r: &Record) -> Vec<Promise> {
    promises(r).into_iter().filter(|(_, done)| !done).map(|(p, _)| p).collect()
}

/// The field a tap on the checklist writes: the promise done, or owed again.
pub fn mark(promise: Promise, done: bool) -> (String, Value) {
    (promise.field().to_owned(), json!(if done { "done" } else { "owed" }))
}

/// Why a sponsorship cannot make a move.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SponsorMoveError {
    Move(MoveError),
    /// Its obligations are not fulfilled while these promises are owed.
    Owed(Vec<Promise>),
}

/// The promises that keep a move from being made: only a step to `fulfilled` needs them done.
pub fn blocking(r: &Record, m: Move) -> Vec<Promise> {
    let to_fulfilled = SponsorSteps::from_record(r).next() == Some(SponsorStatus::Fulfilled);
    if matches!(m, Move::Forward(_)) && to_fulfilled { owed(r) } else { Vec::new() }
}

/// The fields a move writes, or why it cannot be made.
pub fn step(r: &Record, m: Move) -> Result<Vec<(String, Value)>, SponsorMoveError> {
    let writes = SponsorSteps::from_record(r).step(m).map_err(SponsorMoveError::Move)?;
    let owed = blocking(r, m);
    if owed.is_empty() { Ok(writes) } else { Err(SponsorMoveError::Owed(owed)) }
}

/// A sponsorship's form as typed. `promises` are the stored words by `Promise` (empty when not
/// promised): the form only promises or takes back, the checklist marks done.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SponsorshipDraft {
    pub sponsor: String,
    pub contact: String,
    pub phone: String,
    pub form: String,
    pub amount: String,
    pub currency: String,
    pub goods: String,
    pub activity: String,
    pub unit: String,
    pub brought_by: String,
    pub promises: [String; 4],
    pub promise_other_text: String,
    pub note: String,
}

impl SponsorshipDraft {
    /// A new sponsorship's form: cash, in yuan.
    pub fn new() -> SponsorshipDraft {
        SponsorshipDraft { form: "cash".into(), currency: Currency::Cny.code().into(), ..SponsorshipDraft::default() }
    }

    pub fn from_record(r: &Record) -> SponsorshipDraft {
        let text = |f: &str| r.text(f).to_owned();
        SponsorshipDraft {
            sponsor: text("sponsor"),
            contact: text("contact"),
            phone: text("phone"),
            form: if r.text("form") == "in_kind" { "in_kind".into() } else { "cash".into() },
            amount: r.value("amount").and_then(Value::as_i64).map(amount::plain).unwrap_or_default(),
            currency: Currency::of(r).code().into(),
            goods: text("goods"),
            activity: text("activity"),
            unit: text("unit"),
            brought_by: text("brought_by"),
            promises: Promise::ALL.map(|p| text(p.field())),
            promise_other_text: text("promise_other_text"),
            note: text("note"),
        }
    }

    pub fn validate(&self, book: &Book) -> Result<Vec<(String, Value)>, FieldErrors> {
        let mut e = FieldErrors::new();
        let sponsor = forms::required(&mut e, "sponsor", &self.sponsor, 120);
        let contact = forms::optional(&mut e, "contact", &self.contact, 60);
        let phone = forms::optional(&mut e, "phone", &self.phone, 30);
        let form = forms::choice(&mut e, "form", &self.form, FORMS, false);
        let currency = Currency::parse(&self.currency);
        if currency.is_none() {
            e.push(("currency", forms::FormError::NotAChoice));
        }
        let minor = amount::field(&mut e, "amount", &self.amount, currency.unwrap_or_default(), true);
        let in_kind = form.as_deref() == Some("in_kind");
        let goods = if in_kind {
            forms::required(&mut e, "goods", &self.goods, 300)
        } else {
            forms::optional(&mut e, "goods", &self.goods, 300)
        };
        let activity = forms::reference(&mut e, "activity", &self.activity, book, ACTIVITY, false);
        let unit = forms::reference(&mut e, "unit", &self.unit, book, UNIT, false);
        let brought_by = forms::reference(&mut e, "brought_by", &self.brought_by, book, MEMBER, false);
        let states: Vec<Option<String>> = Promise::ALL
            .into_iter()
            .map(|p| forms::choice(&mut e, p.field(), &self.promises[p as usize], PROMISE_STATES, true))
            .collect();
        let other_text = if states[Promise::Other as usize].is_some() {
            forms::required(&mut e, "promise_other_text", &self.promise_other_text, 200)
        } else {
            forms::optional(&mut e, "promise_other_text", &self.promise_other_text, 200)
        };
        let note = forms::optional(&mut e, "note", &self.note, 1_000);
        if !e.is_empty() {
            return Err(e);
        }
        let mut fields = vec![
            ("sponsor".to_owned(), json!(sponsor)),
            ("contact".to_owned(), json!(contact)),
            ("phone".to_owned(), json!(phone)),
            ("form".to_owned(), forms::opt(form)),
            ("amount".to_owned(), amount::value(minor)),
            ("currency".to_owned(), json!(currency.unwrap_or_default().code())),
            // Goods are kept only for a sponsorship in kind.
            ("goods".to_owned(), json!(if in_kind { goods } else { String::new() })),
            ("activity".to_owned(), forms::opt(activity.map(|a| a.to_string()))),
            ("unit".to_owned(), forms::opt(unit.map(|u| u.to_string()))),
            ("brought_by".to_owned(), forms::opt(brought_by.map(|m| m.to_string()))),
        ];
        fields.extend(Promise::ALL.into_iter().map(|p| (p.field().to_owned(), forms::opt(states[p as usize].clone()))));
        fields.push(("promise_other_text".to_owned(), json!(other_text)));
        fields.push(("note".to_owned(), json!(note)));
        Ok(fields)
    }
}

/// The live sponsorship `id`.
pub fn sponsorship(book: &Book, id: RecordId) -> Option<Sponsorship> {
    book.get(id).filter(|r| r.kind == SPONSORSHIP && !r.is_deleted()).map(|r| Sponsorship::from_record(id, r))
}

/// The sponsorships dated within `within` (all of them for `None`), newest first, then by
/// sponsor in `collate` order.
pub fn listed(
    book: &Book,
    within: Option<(NaiveDate, NaiveDate)>,
    collate: &dyn Fn(&str, &str) -> Ordering,
) -> Vec<Sponsorship> {
    let mut list: Vec<Sponsorship> =
        sponsorships(book).into_iter().filter(|s| crate::calendar::in_span(s.dated, within)).collect();
    list.sort_by(|a, b| b.dated.cmp(&a.dated).then_with(|| collate(&a.sponsor, &b.sponsor)));
    list
}

/// The sponsorships that owe the sponsor something: agreed or further, not withdrawn, with
/// promises still owed, by sponsor in `collate` order.
pub fn obligations_owed(book: &Book, collate: &dyn Fn(&str, &str) -> Ordering) -> Vec<(Sponsorship, Vec<Promise>)> {
    let mut list: Vec<(Sponsorship, Vec<Promise>)> = book
        .live(SPONSORSHIP)
        .map(|(id, r)| (Sponsorship::from_record(id, r), owed(r)))
        .filter(|(s, owed)| {
            !owed.is_empty() && s.status >= SponsorStatus::Agreed && s.status != SponsorStatus::Withdrawn
        })
        .collect();
    list.sort_by(|a, b| collate(&a.0.sponsor, &b.0.sponsor));
    list
}

/// What came in from sponsors in one semester: the sponsorships received (or fulfilled) whose
/// `dated` day is in it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SemesterSponsorship {
    pub semester: Option<RecordId>,
    pub cash: Totals,
    /// The estimated value of goods given in kind.
    pub in_kind: Totals,
    /// Different sponsors (by name), however many sponsorships each gave.
    pub sponsors: usize,
}

/// The semester just before `this` in the book, if any.
pub fn previous_semester(book: &Book, this: RecordId) -> Option<RecordId> {
    let starts = semester(book, this)?.starts;
    semesters(book).into_iter().find(|s| s.starts < starts).map(|s| s.id)
}

fn received_in(book: &Book, id: Option<RecordId>) -> SemesterSponsorship {
    let mut figures = SemesterSponsorship { semester: id, ..SemesterSponsorship::default() };
    let Some(range) = id.and_then(|id| semester(book, id)) else { return figures };
    let mut names: Vec<String> = Vec::new();
    for s in sponsorships(book) {
        if !s.status.is_received() || !s.dated.is_some_and(|d| range.contains(d)) {
            continue;
        }
        match (s.amount, s.in_kind) {
            (Some(a), true) => figures.in_kind.add(a),
            (Some(a), false) => figures.cash.add(a),
            (None, _) => {}
        }
        names.push(s.sponsor.trim().to_owned());
    }
    names.sort();
    names.dedup();
    figures.sponsors = names.len();
    figures
}

/// This semester's sponsorship beside the previous one's (empty figures for a semester not
/// in the book).
pub fn compare_semesters(
    book: &Book,
    this: RecordId,
    previous: Option<RecordId>,
) -> (SemesterSponsorship, SemesterSponsorship) {
    (received_in(book, Some(this)), received_in(book, previous))
}

#[cfg(test)]
#[path = "sponsorships_tests.rs"]
mod tests;

//! The money kinds in the book: budgets, sponsorships, expenses and other income. Amounts are
//! whole minor units (fen) with the record's currency (`amount`). Pure; the ledger and the
//! views read these.

use chrono::NaiveDate;

use super::amount::{Amount, CURRENCIES, Currency, MAX_MINOR};
use crate::book::schema::{FieldType, IdPart, IdRule, KindSchema, parse_date};
use crate::book::{Book, Record, RecordId};

pub const BUDGET: &str = "budget";
pub const SPONSORSHIP: &str = "sponsorship";
pub const EXPENSE: &str = "expense";
pub const INCOME: &str = "income";

/// What money is spent on; a budget has a line for each, an expense one of them.
pub const CATEGORIES: &[&str] = &["venue", "printing", "prizes", "food", "transport", "materials", "other"];
/// Who paid an expense: the union's own cash, or a member who advanced it.
pub const PAYERS: &[&str] = &["union", "member"];
/// Cash, or goods and services with an estimated value.
pub const FORMS: &[&str] = &["cash", "in_kind"];
/// The way of a sponsorship; `withdrawn` can follow any step before `received`.
pub const SPONSOR_STATUSES: &[&str] = &["contacting", "agreed", "signed", "received", "fulfilled", "withdrawn"];
/// What the union promised in return, each one `owed` until it is `done`.
pub const PROMISES: &[&str] = &["logo", "booth", "mention", "other"];
pub const PROMISE_STATES: &[&str] = &["owed", "done"];

const AMOUNT: FieldType = FieldType::Integer(0, MAX_MINOR);

/// A budget for one scope: a semester of the whole union, a unit's semester, or one activity.
/// Its id is derived from the scope (`budget_id`), so two treasurers setting one budget write
/// one record; a line per category, in minor units of `currency`.
pub static BUDGET_SCHEMA: KindSchema = KindSchema {
    kind: BUDGET,
    fields: &[
        ("semester", FieldType::Ref),
        ("unit", FieldType::Ref),
        ("activity", FieldType::Ref),
        ("currency", FieldType::Choice(CURRENCIES)),
        ("venue", AMOUNT),
        ("printing", AMOUNT),
        ("prizes", AMOUNT),
        ("food", AMOUNT),
        ("transport", AMOUNT),
        ("materials", AMOUNT),
        ("other", AMOUNT),
        ("note", FieldType::Text(1_000)),
    ],
    prefixed: &[],
    together: &[&["currency", "venue", "printing", "prizes", "food", "transport", "materials", "other"]],
    ids: IdRule::Derived(&[
        &[IdPart::Field("activity"), IdPart::Tag(BUDGET_TAG)],
        &[IdPart::Field("unit"), IdPart::Field("semester"), IdPart::Tag(BUDGET_TAG)],
        &[IdPart::Field("semester"), IdPart::Tag(BUDGET_TAG)],
    ]),
};

/// A sponsor's support: cash, or goods with their estimated value (`amount` either way), on
/// its way from first contact to the union's obligations fulfilled, each step dated.
pub static SPONSORSHIP_SCHEMA: KindSchema = KindSchema {
    kind: SPONSORSHIP,
    fields: &[
        ("sponsor", FieldType::Text(120)),
        ("contact", FieldType::Text(60)),
        ("phone", FieldType::Text(30)),
        ("form", FieldType::Choice(FORMS)),
        ("amount", AMOUNT),
        ("currency", FieldType::Choice(CURRENCIES)),
        ("goods", FieldType::Text(300)),
        ("activity", FieldType::Ref),
        ("unit", FieldType::Ref),
        ("brought_by", FieldType::Ref),
        ("status", FieldType::Choice(SPONSOR_STATUSES)),
        ("contacting_on", FieldType::Date),
        ("agreed_on", FieldType::Date),
        ("signed_on", FieldType::Date),
        ("received_on", FieldType::Date),
        ("fulfilled_on", FieldType::Date),
        ("withdrawn_on", FieldType::Date),
        ("promise_logo", FieldType::Choice(PROMISE_STATES)),
        ("promise_booth", FieldType::Choice(PROMISE_STATES)),
        ("promise_mention", FieldType::Choice(PROMISE_STATES)),
        ("promise_other", FieldType::Choice(PROMISE_STATES)),
        ("promise_other_text", FieldType::Text(200)),
        ("note", FieldType::Text(1_000)),
    ],
    prefixed: &[],
    together: &[&["form", "amount", "currency"]],
    ids: IdRule::Random,
};

/// Money spent. One record per payment, edited and never entered again, so two treasurers who
/// exchange files never count it twice. Advanced by a member, it is owed back until
/// `reimbursed_on`.
pub static EXPENSE_SCHEMA: KindSchema = KindSchema {
    kind: EXPENSE,
    fields: &[
        ("date", FieldType::Date),
        ("amount", AMOUNT),
        ("currency", FieldType::Choice(CURRENCIES)),
        ("category", FieldType::Choice(CATEGORIES)),
        ("what", FieldType::Text(200)),
        ("unit", FieldType::Ref),
        ("activity", FieldType::Ref),
        ("payee", FieldType::Text(120)),
        ("paid_by", FieldType::Choice(PAYERS)),
        ("advanced_by", FieldType::Ref),
        ("receipt_number", FieldType::Text(40)),
        ("receipt_filed", FieldType::Bool),
        ("approved_by", FieldType::Ref),
        ("reimbursed_on", FieldType::Date),
        ("note", FieldType::Text(1_000)),
    ],
    prefixed: &[],
    together: &[&["amount", "currency"]],
    ids: IdRule::Random,
};

/// Money received other than sponsorship: the school's or the college's allocation, fees.
pub static INCOME_SCHEMA: KindSchema = KindSchema {
    kind: INCOME,
    fields: &[
        ("date", FieldType::Date),
        ("amount", AMOUNT),
        ("currency", FieldType::Choice(CURRENCIES)),
        ("source", FieldType::Text(120)),
        ("unit", FieldType::Ref),
        ("received_by", FieldType::Ref),
        ("note", FieldType::Text(1_000)),
    ],
    prefixed: &[],
    together: &[&["amount", "currency"]],
    ids: IdRule::Random,
};

/// What money is spent on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    Venue,
    Printing,
    Prizes,
    Food,
    Transport,
    Materials,
    Other,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::Venue,
        Category::Printing,
        Category::Prizes,
        Category::Food,
        Category::Transport,
        Category::Materials,
        Category::Other,
    ];

    /// The stored word, which is also a budget's field for this line.
    pub fn word(self) -> &'static str {
        CATEGORIES[self as usize]
    }

    pub fn parse(word: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.word() == word)
    }
}

/// The fixed id that, derived with a scope, names that scope's budget.
pub const BUDGET_TAG: RecordId = RecordId::well_known(41);

/// Whose budget it is: the scopes are nested (an activity's budget is also its unit's money)
/// but each has a budget of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    Union { semester: RecordId },
    Unit { semester: RecordId, unit: RecordId },
    Activity { activity: RecordId },
}

impl Scope {
    /// The one budget record of this scope.
    pub fn budget_id(self) -> RecordId {
        match self {
            Scope::Union { semester } => semester.derived(BUDGET_TAG),
            Scope::Unit { semester, unit } => unit.derived(semester).derived(BUDGET_TAG),
            Scope::Activity { activity } => activity.derived(BUDGET_TAG),
        }
    }
}

/// A budget as the book holds it: its lines by category (a line not set is none).
#[derive(Clone, Debug, PartialEq)]
pub struct Budget {
    pub id: RecordId,
    pub semester: Option<RecordId>,
    pub unit: Option<RecordId>,
    pub activity: Option<RecordId>,
    pub currency: Currency,
    /// By `Category as usize`.
    pub lines: [Option<i64>; 7],
    pub note: String,
}

impl Budget {
    pub fn from_record(id: RecordId, r: &Record) -> Budget {
        Budget {
            id,
            semester: r.reference("semester"),
            unit: r.reference("unit"),
            activity: r.reference("activity"),
            currency: Currency::of(r),
            lines: Category::ALL.map(|c| Amount::of(r, c.word()).map(|a| a.minor)),
            note: r.text("note").to_owned(),
        }
    }

    pub fn line(&self, c: Category) -> Option<Amount> {
        self.lines[c as usize].map(|minor| Amount { minor, currency: self.currency })
    }

    /// Every line added up.
    pub fn total(&self) -> Amount {
        Amount { minor: self.lines.iter().flatten().sum(), currency: self.currency }
    }
}

/// The live budget `id`, if it is one.
pub fn budget(book: &Book, id: RecordId) -> Option<Budget> {
    book.get(id).filter(|r| r.kind == BUDGET && !r.is_deleted()).map(|r| Budget::from_record(id, r))
}

/// Who paid an expense.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PaidBy {
    Union,
    /// Advanced by this member (or by someone not named yet), to be paid back.
    Member(Option<RecordId>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expense {
    pub id: RecordId,
    pub date: Option<NaiveDate>,
    pub amount: Option<Amount>,
    pub category: Option<Category>,
    pub what: String,
    pub unit: Option<RecordId>,
    pub activity: Option<RecordId>,
    pub payee: String,
    pub paid_by: PaidBy,
    pub receipt_number: String,
    pub receipt_filed: bool,
    pub approved_by: Option<RecordId>,
    pub reimbursed_on: Option<NaiveDate>,
    pub note: String,
}

impl Expense {
    pub fn from_record(id: RecordId, r: &Record) -> Expense {
        Expense {
            id,
            date: parse_date(r.text("date")),
            amount: Amount::of(r, "amount"),
            category: Category::parse(r.text("category")),
            what: r.text("what").to_owned(),
            unit: r.reference("unit"),
            activity: r.reference("activity"),
            payee: r.text("payee").to_owned(),
            paid_by: match r.text("paid_by") {
                "member" => PaidBy::Member(r.reference("advanced_by")),
                _ => PaidBy::Union,
            },
            receipt_number: r.text("receipt_number").to_owned(),
            receipt_filed: r.value("receipt_filed").and_then(serde_json::Value::as_bool).unwrap_or(false),
            approved_by: r.reference("approved_by"),
            reimbursed_on: parse_date(r.text("reimbursed_on")),
            note: r.text("note").to_owned(),
        }
    }

    /// Advanced by a member and not yet paid back.
    pub fn owed_back(&self) -> bool {
        matches!(self.paid_by, PaidBy::Member(_)) && self.reimbursed_on.is_none()
    }
}

pub fn expense(book: &Book, id: RecordId) -> Option<Expense> {
    book.get(id).filter(|r| r.kind == EXPENSE && !r.is_deleted()).map(|r| Expense::from_record(id, r))
}

/// Every live expense, in no particular order.
pub fn expenses(book: &Book) -> Vec<Expense> {
    book.live(EXPENSE).map(|(id, r)| Expense::from_record(id, r)).collect()
}

#[derive(Clone, Debug, PartialEq)]
pub struct Income {
    pub id: RecordId,
    pub date: Option<NaiveDate>,
    pub amount: Option<Amount>,
    pub source: String,
    pub unit: Option<RecordId>,
    pub received_by: Option<RecordId>,
    pub note: String,
}

impl Income {
    pub fn from_record(id: RecordId, r: &Record) -> Income {
        Income {
            id,
            date: parse_date(r.text("date")),
            amount: Amount::of(r, "amount"),
            source: r.text("source").to_owned(),
            unit: r.reference("unit"),
            received_by: r.reference("received_by"),
            note: r.text("note").to_owned(),
        }
    }
}

pub fn income(book: &Book, id: RecordId) -> Option<Income> {
    book.get(id).filter(|r| r.kind == INCOME && !r.is_deleted()).map(|r| Income::from_record(id, r))
}

pub fn incomes(book: &Book) -> Vec<Income> {
    book.live(INCOME).map(|(id, r)| Income::from_record(id, r)).collect()
}

/// Where a sponsorship is. The order is the way through; `Withdrawn` is off the path.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SponsorStatus {
    #[default]
    Contacting,
    Agreed,
    Signed,
    Received,
    Fulfilled,
    Withdrawn,
}

impl SponsorStatus {
    pub const ALL: [SponsorStatus; 6] = [
        SponsorStatus::Contacting,
        SponsorStatus::Agreed,
        SponsorStatus::Signed,
        SponsorStatus::Received,
        SponsorStatus::Fulfilled,
        SponsorStatus::Withdrawn,
    ];

    pub fn word(self) -> &'static str {
        SPONSOR_STATUSES[self as usize]
    }

    /// A stored status; none (or an unknown word) is still being contacted.
    pub fn parse(word: &str) -> SponsorStatus {
        SponsorStatus::ALL.into_iter().find(|s| s.word() == word).unwrap_or_default()
    }

    /// Whether the money or goods are in the union's hands.
    pub fn is_received(self) -> bool {
        matches!(self, SponsorStatus::Received | SponsorStatus::Fulfilled)
    }
}

/// A sponsorship's core as the ledger and the totals need it; `sponsorships` has the rest.
#[derive(Clone, Debug, PartialEq)]
pub struct Sponsorship {
    pub id: RecordId,
    pub sponsor: String,
    pub in_kind: bool,
    pub amount: Option<Amount>,
    pub activity: Option<RecordId>,
    pub unit: Option<RecordId>,
    pub brought_by: Option<RecordId>,
    pub status: SponsorStatus,
    /// The day the money or goods came in.
    pub received_on: Option<NaiveDate>,
    /// The first day it has: when it was received, signed, agreed or first contacted (for
    /// which semester it belongs to).
    pub dated: Option<NaiveDate>,
}

impl Sponsorship {
    pub fn from_record(id: RecordId, r: &Record) -> Sponsorship {
        let day = |f: &str| parse_date(r.text(f));
        let received_on = day("received_on");
        Sponsorship {
            id,
            sponsor: r.text("sponsor").to_owned(),
            in_kind: r.text("form") == "in_kind",
            amount: Amount::of(r, "amount"),
            activity: r.reference("activity"),
            unit: r.reference("unit"),
            brought_by: r.reference("brought_by"),
            status: SponsorStatus::parse(r.text("status")),
            received_on,
            dated: received_on
                .or_else(|| day("signed_on"))
                .or_else(|| day("agreed_on"))
                .or_else(|| day("contacting_on")),
        }
    }

    /// Cash in the union's hands: what the ledger counts as income.
    pub fn cash_received(&self) -> Option<Amount> {
        self.amount.filter(|_| !self.in_kind && self.status.is_received())
    }
}

pub fn sponsorships(book: &Book) -> Vec<Sponsorship> {
    book.live(SPONSORSHIP).map(|(id, r)| Sponsorship::from_record(id, r)).collect()
}

//! Budgets: the form of one (its scope, its lines by category) and the budgets of a semester.
//! A scope has one budget, at the id derived from it, so setting the budget of a scope that
//! has one edits that record. Pure; `budget_pages` shows these.

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::amount::{self, CURRENCIES, Currency};
use super::model::{BUDGET, Budget, Category, Scope};
use crate::activities::model::{ACTIVITY, activity};
use crate::book::{Book, RecordId};
use crate::forms::{self, FieldErrors, FormError};
use crate::people::model::UNIT;
use crate::people::terms::{SEMESTER, semester_days};

/// The scopes a form chooses among, as its select's values.
pub const SCOPE_WORDS: &[&str] = &["union", "unit", "activity"];

/// The scope a budget's fields name: an activity, else a unit's semester, else the union's.
pub fn scope_of(b: &Budget) -> Option<Scope> {
    match (b.activity, b.unit, b.semester) {
        (Some(activity), _, _) => Some(Scope::Activity { activity }),
        (None, Some(unit), Some(semester)) => Some(Scope::Unit { semester, unit }),
        (None, None, Some(semester)) => Some(Scope::Union { semester }),
        _ => None,
    }
}

/// A budget form as typed: amounts as text, references as ids.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BudgetDraft {
    /// One of `SCOPE_WORDS`.
    pub scope: String,
    pub semester: String,
    pub unit: String,
    pub activity: String,
    pub currency: String,
    /// By `Category as usize`.
    pub lines: [String; 7],
    pub note: String,
}

/// A field's text when the scope chosen uses it: what a scope does not use is not checked.
fn only(used: bool, text: &str) -> &str {
    if used { text } else { "" }
}

fn id_text(id: Option<RecordId>) -> String {
    id.map(|i| i.to_string()).unwrap_or_default()
}

impl BudgetDraft {
    /// A new budget of `scope`, in yuan.
    pub fn for_scope(scope: Scope) -> BudgetDraft {
        let (word, semester, unit, activity) = match scope {
            Scope::Union { semester } => ("union", Some(semester), None, None),
            Scope::Unit { semester, unit } => ("unit", Some(semester), Some(unit), None),
            Scope::Activity { activity } => ("activity", None, None, Some(activity)),
        };
        BudgetDraft {
            scope: word.into(),
            semester: id_text(semester),
            unit: id_text(unit),
            activity: id_text(activity),
            currency: Currency::default().code().into(),
            ..BudgetDraft::default()
        }
    }

    pub fn from_budget(b: &Budget) -> BudgetDraft {
        let word = match scope_of(b) {
            Some(Scope::Activity { .. }) => "activity",
            Some(Scope::Unit { .. }) => "unit",
            _ => "union",
        };
        BudgetDraft {
            scope: word.into(),
            semester: id_text(b.semester),
            unit: id_text(b.unit),
            activity: id_text(b.activity),
            currency: b.currency.code().into(),
            lines: b.lines.map(|l| l.map(amount::plain).unwrap_or_default()),
            note: b.note.clone(),
        }
    }

    /// The scope's budget id and the fields to write, or the problems on their fields. The
    /// fields a scope does not use are written empty, so a budget names one scope only.
    pub fn validate(&self, book: &Book) -> Result<(RecordId, Vec<(String, Value)>), FieldErrors> {
        let mut e = FieldErrors::new();
        let word = forms::choice(&mut e, "scope", &self.scope, SCOPE_WORDS, false);
        let word = word.as_deref().unwrap_or("union");
        let (by_unit, by_activity) = (word == "unit", word == "activity");
        let semester =
            forms::reference(&mut e, "semester", only(!by_activity, &self.semester), book, SEMESTER, !by_activity);
        let unit = forms::reference(&mut e, "unit", only(by_unit, &self.unit), book, UNIT, by_unit);
        let activity =
            forms::reference(&mut e, "activity", only(by_activity, &self.activity), book, ACTIVITY, by_activity);
        let currency = forms::choice(&mut e, "currency", &self.currency, CURRENCIES, true)
            .and_then(|c| Currency::parse(&c))
            .unwrap_or_default();
        let lines = Category::ALL.map(|c| amount::field(&mut e, c.word(), &self.lines[c as usize], currency, false));
        let line_errors = Category::ALL.iter().any(|c| forms::error_of(&e, c.word()).is_some());
        if !line_errors && lines.iter().all(Option::is_none) {
            // A budget with no line says nothing: ask for the first.
            e.push((Category::Venue.word(), FormError::Required));
        }
        let note = forms::optional(&mut e, "note", &self.note, 1_000);
        let scope = match (word, semester, unit, activity) {
            ("activity", _, _, Some(activity)) => Some(Scope::Activity { activity }),
            ("unit", Some(semester), Some(unit), _) => Some(Scope::Unit { semester, unit }),
            ("union", Some(semester), _, _) => Some(Scope::Union { semester }),
            _ => None,
        };
        let Some(scope) = scope.filter(|_| e.is_empty()) else { return Err(e) };
        let mut fields = vec![
            ("semester".to_owned(), json!(semester.map(|s| s.to_string()))),
            ("unit".to_owned(), json!(unit.map(|u| u.to_string()))),
            ("activity".to_owned(), json!(activity.map(|a| a.to_string()))),
            ("currency".to_owned(), json!(currency.code())),
        ];
        fields.extend(Category::ALL.iter().map(|c| (c.word().to_owned(), amount::value(lines[*c as usize]))));
        fields.push(("note".to_owned(), json!(note)));
        Ok((scope.budget_id(), fields))
    }
}

/// A new form's fields written onto the budget its scope already has: the lines typed replace
/// those lines, and the ones left empty keep what the budget had.
pub fn onto_existing(fields: Vec<(String, Value)>) -> Vec<(String, Value)> {
    let nothing = |v: &Value| v.is_null() || v.as_str() == Some("");
    fields.into_iter().filter(|(_, v)| !nothing(v)).collect()
}

/// Which of the three a budget is, in the order a list shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Union,
    Unit,
    Activity,
}

pub fn level(scope: Scope) -> Level {
    match scope {
        Scope::Union { .. } => Level::Union,
        Scope::Unit { .. } => Level::Unit,
        Scope::Activity { .. } => Level::Activity,
    }
}

/// Every live budget with its scope (a budget naming none is left out).
pub fn budgets(book: &Book) -> Vec<(Scope, Budget)> {
    book.live(BUDGET).map(|(id, r)| Budget::from_record(id, r)).filter_map(|b| scope_of(&b).map(|s| (s, b))).collect()
}

/// The first and last day of semester `id`.
/// Whether a scope belongs to semester `id` (whose days are `range`): the union's and units'
/// by their semester, an activity's by its first day.
pub fn in_semester(book: &Book, scope: Scope, id: RecordId, range: Option<(NaiveDate, NaiveDate)>) -> bool {
    match scope {
        Scope::Union { semester } | Scope::Unit { semester, .. } => semester == id,
        Scope::Activity { activity: a } => {
            let day = activity(book, a).and_then(|a| a.date);
            matches!((day, range), (Some(d), Some((first, last))) if first <= d && d <= last)
        }
    }
}

/// The budgets of a semester (every one for `None`), the union's first, then units', then
/// activities'; the view orders each level by name.
pub fn of_semester(book: &Book, chosen: Option<RecordId>) -> Vec<(Scope, Budget)> {
    let range = chosen.and_then(|s| semester_days(book, s));
    let mut list: Vec<(Scope, Budget)> =
        budgets(book).into_iter().filter(|(s, _)| chosen.is_none_or(|id| in_semester(book, *s, id, range))).collect();
    list.sort_by_key(|(s, _)| level(*s));
    list
}

//! The budget form, for a new budget (its scope chosen), a budget's page, and an activity's
//! money page (the scope fixed); and a budget's name.

use leptos::prelude::*;

use super::amount::Currency;
use super::budgets::{BudgetDraft, onto_existing};
use super::labels::{activity_options, category_name, currency_options};
use super::model::{BUDGET, Budget, Category, Scope, budget};
use crate::activities::model::activity;
use crate::book::{Book, RecordId};
use crate::forms::FieldErrors;
use crate::people::terms::{semester, semesters};
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextArea, TextField};
use crate::ui::labels::semester_name;
use crate::ui::notice::use_notices;
use crate::ui::pickers::{current_semester, unit_options};
use crate::ui::pieces::{DeleteButton, FormProblems, field_error, name_of, open_form, save_form};
use crate::ui::router::navigate;

/// Whose budget it is, in words: the union's or a unit's (with the semester when `dated`), or
/// the activity's title.
pub fn scope_name(book: &Book, scope: Scope, dated: bool) -> String {
    let term = |s: RecordId| semester(book, s).map(|s| semester_name(s.semester)).filter(|_| dated);
    let (who, when) = match scope {
        Scope::Union { semester } => (tr!(money.budget.union), term(semester)),
        Scope::Unit { semester, unit } => (name_of(book, Some(unit)), term(semester)),
        Scope::Activity { activity: a } => (activity(book, a).map(|a| a.title).unwrap_or_default(), None),
    };
    when.map_or(who.clone(), |w| format!("{who} · {w}"))
}

const LINE_IDS: [&str; 7] = [
    "budget-venue",
    "budget-printing",
    "budget-prizes",
    "budget-food",
    "budget-transport",
    "budget-materials",
    "budget-other",
];

/// A budget's form. `existing`: its page (the scope shown, not changed); `fixed`: a scope's
/// budget set in place, whether it has one yet or not; neither: a new budget, scope chosen.
#[component]
pub fn BudgetForm(existing: Option<Budget>, #[prop(optional)] fixed: Option<Scope>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let fixed_id = fixed.map(Scope::budget_id);
    let stored = existing.clone().or_else(|| fixed_id.and_then(|id| book.read(|b| budget(b, id))));
    let start = match (&stored, fixed) {
        (Some(b), _) => BudgetDraft::from_budget(b),
        (None, Some(scope)) => BudgetDraft::for_scope(scope),
        (None, None) => BudgetDraft {
            scope: "union".into(),
            semester: current_semester().get_untracked().map(|s| s.to_string()).unwrap_or_default(),
            currency: Currency::default().code().into(),
            ..BudgetDraft::default()
        },
    };
    // The record this form edits: the budget's own, or the fixed scope's; a new one is known
    // at save, from the scope chosen.
    let target = existing.as_ref().map(|b| b.id).or(fixed_id);
    let shown = stored.as_ref().and_then(|_| book.read(|b| start.validate(b)).ok().map(|(_, f)| f));
    let form = target.map(|id| open_form(book, BUDGET, Some(id), shown));
    let scope = RwSignal::new(start.scope.clone());
    let semester_choice = RwSignal::new(start.semester.clone());
    let unit = RwSignal::new(start.unit.clone());
    let activity_choice = RwSignal::new(start.activity.clone());
    let currency = RwSignal::new(start.currency.clone());
    let lines = start.lines.clone().map(RwSignal::new);
    let note = RwSignal::new(start.note.clone());
    let errors = RwSignal::new(FieldErrors::new());
    let name_now = Signal::derive(move || {
        book.read(|b| {
            target
                .and_then(|id| budget(b, id))
                .and_then(|x| super::budgets::scope_of(&x))
                .map(|s| scope_name(b, s, true))
        })
        .unwrap_or_default()
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = BudgetDraft {
            scope: scope.get_untracked(),
            semester: semester_choice.get_untracked(),
            unit: unit.get_untracked(),
            activity: activity_choice.get_untracked(),
            currency: currency.get_untracked(),
            lines: lines.map(|l| l.get_untracked()),
            note: note.get_untracked(),
        };
        let (id, fields) = match book.read(|b| draft.validate(b)) {
            Ok(checked) => checked,
            Err(problems) => return errors.set(problems),
        };
        let id = target.unwrap_or(id);
        // A scope's budget deleted once is set again by bringing its record back.
        let state = book.read(|b| b.get(id).map(|r| r.is_deleted()));
        if state == Some(true) {
            book.edit(|s, now| s.set_deleted(now, id, false));
        }
        let (form, fields) = match form {
            Some(form) => (form, fields),
            // A new budget for a scope that has one adds the lines typed to it.
            None if state == Some(false) => (open_form(book, BUDGET, Some(id), None), onto_existing(fields)),
            None => (open_form(book, BUDGET, Some(id), None), fields),
        };
        if save_form(book, errors, form, Ok(fields)).is_some() {
            let name =
                book.read(|b| budget(b, id).and_then(|x| super::budgets::scope_of(&x)).map(|s| scope_name(b, s, true)));
            notices.show(tr!(people.saved, name = name.unwrap_or_default()));
            if target.is_none() {
                navigate(&format!("/money/budgets/{id}"));
            }
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let choosing = existing.is_none() && fixed.is_none();
    let scopes = vec![
        ("union".to_owned(), tr!(money.budget.union)),
        ("unit".to_owned(), tr!(money.budget.a_unit)),
        ("activity".to_owned(), tr!(money.budget.an_activity)),
    ];
    let mut semester_list = vec![(String::new(), tr!(money.budget.choose))];
    semester_list.extend(book.read(semesters).into_iter().map(|s| (s.id.to_string(), semester_name(s.semester))));
    let unit_list = book.read(|b| unit_options(b, tr!(money.budget.choose)));
    let activity_list = book.read(|b| activity_options(b, tr!(money.budget.choose)));
    let currencies = currency_options();
    let is = move |word: &'static str| move || scope.get() == word;
    view! {
        <form class="form card" on:submit=save novalidate data-testid="budget-form">
            {fixed.is_some().then(|| view! { <h2>{tr!(money.budget.this_activity)}</h2> })}
            <FormProblems errors />
            {choosing.then(|| view! {
                <SelectField id="budget-scope" label=Signal::derive(|| tr!(money.budget.scope)) value=scope options=scopes error=err("scope") />
                <Show when=move || scope.get() != "activity">
                    <SelectField id="budget-semester" label=Signal::derive(|| tr!(semester.filter)) value=semester_choice options=semester_list.clone() error=err("semester") />
                </Show>
                <Show when=is("unit")>
                    <SelectField id="budget-unit" label=Signal::derive(|| tr!(money.unit)) value=unit options=unit_list.clone() error=err("unit") />
                </Show>
                <Show when=is("activity")>
                    <SelectField id="budget-activity" label=Signal::derive(|| tr!(money.activity)) value=activity_choice options=activity_list.clone() error=err("activity") />
                </Show>
            })}
            <SelectField id="budget-currency" label=Signal::derive(|| tr!(money.currency)) value=currency options=currencies error=err("currency") />
            {Category::ALL.into_iter().map(|c| view! {
                <TextField id=LINE_IDS[c as usize] label=Signal::derive(move || category_name(c)) value=lines[c as usize] error=err(c.word()) input_mode="decimal" />
            }).collect_view()}
            <TextArea id="budget-note" label=Signal::derive(|| tr!(money.note)) value=note error=err("note") />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{tr!(form.save)}</button>
                {existing.as_ref().map(|b| view! { <DeleteButton id=b.id name=name_now back="/money/budgets" /> })}
            </div>
        </form>
    }
}

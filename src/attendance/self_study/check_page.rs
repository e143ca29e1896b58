//! One evening's check: its facts (date, class, head count) in a form that writes only what
//! changed, and the class roster to mark as fast as the door screen — a search box, one tap
//! for absent, late and excused (with its reason) beside it, an undo in each tap's notice.

use leptos::prelude::*;

use super::model::{SELF_STUDY, SelfStudyCheck, SelfStudyDraft};
use super::rates::Rate;
use super::roster::Roster;
use super::trend::percent;
use crate::book::RecordId;
use crate::browser::environment::today;
use crate::browser::pinyin::collate;
use crate::forms::FieldErrors;
use crate::people::everyone::{classes, everyone, of_class};
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextArea, TextField};
use crate::ui::language::current_lang;
use crate::ui::notice::use_notices;
use crate::ui::page_title::PageTitle;
use crate::ui::pieces::{DeleteButton, FormProblems, RecordMissing, field_error, open_form, save_form};
use crate::ui::router::navigate;
use crate::ui::sample_badge::SampleBadge;

const BACK: &str = "/attendance/self-study";

/// A check as people name it: "行政管理 2401 · 9 Nov 2026".
fn check_name(c: &SelfStudyCheck) -> String {
    let day = c.date.map(|d| current_lang().format_date(d)).unwrap_or_default();
    [c.class.clone(), day].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ")
}

#[component]
pub fn SelfStudyCheckPage(id: Option<RecordId>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let Some(id) = id else {
        return view! {
            <PageTitle area=Area::Attendance />
            <section class="page self-study">
                <h1>{tr!(self_study.new_title)}</h1>
                <p><a href=BACK>{tr!(self_study.back)}</a></p>
                <FactsForm existing=None />
            </section>
        }
        .into_any();
    };
    let check = move || {
        book.read(|b| {
            b.get(id).filter(|r| r.kind == SELF_STUDY && !r.is_deleted()).map(|r| SelfStudyCheck::from_record(id, r))
        })
    };
    let Some(first) = check() else {
        return view! { <RecordMissing back=BACK /> }.into_any();
    };
    let summary = move || {
        let t = check().map(|c| c.tally()).unwrap_or_default();
        let rate = Rate { present: t.present(), expected: t.expected, checks: 1 };
        tr!(
            self_study.summary,
            expected = t.expected,
            present = t.present(),
            absent = t.absent,
            late = t.late,
            excused = t.excused,
            rate = percent(&rate)
        )
    };
    view! {
        <PageTitle area=Area::Attendance />
        <section class="page self-study">
            <h1>{move || check().map(|c| check_name(&c)).unwrap_or_default()}</h1>
            <SampleBadge id=id />
            <p><a href=BACK>{tr!(self_study.back)}</a></p>
            <p class="self-study-summary" aria-live="polite" data-testid="self-study-summary">{summary}</p>
            <section class="card" aria-labelledby="roster-heading">
                <h2 id="roster-heading">{tr!(self_study.roster_heading)}</h2>
                <p class="help">{tr!(self_study.roster_help)}</p>
                <Roster id />
            </section>
            <FactsForm existing=Some(first) />
        </section>
    }
    .into_any()
}

/// The class choices: the register's classes in pinyin order, and the check's own class if
/// the register no longer has it.
fn class_options(book: &crate::book::Book, own: &str) -> Vec<(String, String)> {
    let mut list = classes(book);
    if !own.is_empty() && !list.iter().any(|c| c == own) {
        list.push(own.to_owned());
    }
    list.sort_by(|a, b| collate(a, b));
    let mut options = vec![(String::new(), tr!(self_study.choose_class))];
    options.extend(list.into_iter().map(|c| (c.clone(), c)));
    options
}

/// The register's roster of a class, by the ids lists mark people under.
fn roster_of(book: &crate::book::Book, class: &str) -> Vec<RecordId> {
    of_class(&everyone(book), class)
}

#[component]
fn FactsForm(existing: Option<SelfStudyCheck>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let editing = existing.as_ref().map(|c| c.id);
    let draft = existing
        .as_ref()
        .map(SelfStudyDraft::from_check)
        .unwrap_or_else(|| SelfStudyDraft { date: today().to_string(), ..SelfStudyDraft::default() });
    let shown = book.read(|b| draft.validate(&roster_of(b, &draft.class)).ok());
    let form = open_form(book, SELF_STUDY, editing, shown);
    let date = RwSignal::new(draft.date);
    let class = RwSignal::new(draft.class.clone());
    let expected = RwSignal::new(draft.expected);
    let notes = RwSignal::new(draft.notes);
    let errors = RwSignal::new(FieldErrors::new());
    let options = book.read(|b| class_options(b, &draft.class));
    let no_register = options.len() == 1;
    // The head count follows the class chosen, unless the officer typed their own.
    Effect::new(move |previous: Option<String>| {
        let now = class.get();
        if let Some(before) = previous.filter(|b| *b != now) {
            let (old, new) = book.read(|b| (roster_of(b, &before).len(), roster_of(b, &now).len()));
            let old = (!before.is_empty()).then_some(old);
            let draft = SelfStudyDraft { expected: expected.get_untracked(), ..SelfStudyDraft::default() };
            expected.set(draft.with_class(now.clone(), old, new).expected);
        }
        now
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = SelfStudyDraft {
            date: date.get_untracked(),
            class: class.get_untracked(),
            expected: expected.get_untracked(),
            notes: notes.get_untracked(),
        };
        let checked = book.read(|b| draft.validate(&roster_of(b, &draft.class)));
        if let Some(id) = save_form(book, errors, form, checked) {
            notices.show(tr!(people.saved, name = draft.class.trim()));
            if editing.is_none() {
                navigate(&format!("{BACK}/{id}"));
            }
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let name = existing.as_ref().map(check_name).unwrap_or_default();
    view! {
        <form class="form card" on:submit=save novalidate>
            <h2>{if editing.is_some() { tr!(self_study.edit) } else { tr!(self_study.facts) }}</h2>
            {(no_register && editing.is_none()).then(|| view! {
                <p class="help" data-testid="self-study-no-register">{tr!(self_study.no_classes)} " "
                    <a href="/people/students/import">{tr!(self_study.to_import)}</a>
                </p>
            })}
            <FormProblems errors />
            <TextField id="self-study-date" label=Signal::derive(|| tr!(self_study.date)) value=date error=err("date") input_type="date" />
            <SelectField id="self-study-class" label=Signal::derive(|| tr!(self_study.class)) value=class options=options error=err("class") />
            <TextField id="self-study-expected" label=Signal::derive(|| tr!(self_study.expected_field)) value=expected error=err("expected") input_mode="numeric" />
            <TextArea id="self-study-notes" label=Signal::derive(|| tr!(self_study.notes)) value=notes error=err("notes") />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">
                    {if editing.is_some() { tr!(form.save) } else { tr!(self_study.start) }}
                </button>
                {editing.map(|id| view! { <DeleteButton id name=name.clone() back=BACK /> })}
            </div>
        </form>
    }
}

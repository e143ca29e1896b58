//! Terms and semesters: the list, and forms to add or correct a term and a semester (each can
//! be deleted from the list, with an undo).

use leptos::prelude::*;

use super::terms::{HALVES, SEMESTER, SemesterDraft, TERM, Term, TermDraft, semester, semesters, terms};
use crate::browser::environment::today;
use crate::forms::FieldErrors;
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextField};
use crate::ui::labels::{semester_name, term_name};
use crate::ui::language::current_lang;
use crate::ui::notice::use_notices;
use crate::ui::page_title::PageTitle;
use crate::ui::pieces::{Correcting, CsvButton, FormProblems, RemoveButton, field_error, save_form};
use crate::ui::sample_badge::SampleBadge;
use crate::ui::settings::SettingsState;

#[component]
pub fn TermsPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let settings = expect_context::<SettingsState>();
    let lang = current_lang();
    let date = move |d: Option<chrono::NaiveDate>| d.map(|d| lang.format_date(d)).unwrap_or_default();
    let (term_form, semester_form) = (Correcting::new(), Correcting::new());
    let list = move || {
        book.read(|b| {
            let all = semesters(b);
            terms(b)
                .into_iter()
                .map(|t| (t.clone(), all.iter().filter(|s| s.term == Some(t.id)).cloned().collect::<Vec<_>>()))
                .collect::<Vec<_>>()
        })
    };
    let table = move || {
        let rows = book.read(semesters).into_iter().map(|s| {
            let term = book.read(|b| {
                terms(b).into_iter().find(|t| Some(t.id) == s.term).map(|t| term_name(t.number)).unwrap_or_default()
            });
            vec![term, semester_name(s.semester), s.starts.to_string(), s.ends.to_string()]
        });
        Table {
            headers: vec![tr!(terms.term), tr!(terms.semester), tr!(terms.starts), tr!(terms.ends)],
            rows: rows.collect(),
        }
    };
    view! {
        <PageTitle area=Area::People />
        <section class="page">
            <h1>{tr!(people.sections.terms)}</h1>
            <p class="lead">{tr!(terms.intro)}</p>
            {move || {
                let list = list();
                if list.is_empty() {
                    return view! { <p>{tr!(terms.none)}</p> }.into_any();
                }
                list.into_iter().map(|(term, sems)| view! {
                    <section class="card">
                        <div class="card-head">
                            <h2>{term_name(term.number)}</h2>
                            <div class="actions">
                                <button class="button" aria-label=tr!(terms.edit_named, name = term_name(term.number)) on:click=move |_| term_form.editing.set(Some(term.id))>{tr!(form.edit)}</button>
                                <RemoveButton id=term.id name=term_name(term.number) />
                            </div>
                        </div>
                        <p class="help">{date(term.starts)} " – " {date(term.ends)}</p>
                        <ul class="record-list">
                            {sems.into_iter().map(|s| {
                                let current = settings.settings.with(|x| x.current_semester) == Some(s.id);
                                let id = s.id;
                                let name = semester_name(s.semester);
                                view! {
                                    <li class="record-row">
                                        <span class="record-title">{semester_name(s.semester)}</span>
                                        <SampleBadge id=id />
                                        <span class="record-meta">{lang.format_date(s.starts)} " – " {lang.format_date(s.ends)}</span>
                                        {if current {
                                            view! { <span class="badge new">{tr!(terms.current)}</span> }.into_any()
                                        } else {
                                            view! { <button class="button" on:click=move |_| settings.update(|x| Ok(crate::ui::settings::model::Settings { current_semester: Some(id), ..x.clone() }))>{tr!(terms.make_current)}</button> }.into_any()
                                        }}
                                        <button class="button" aria-label=tr!(terms.edit_named, name = name.clone()) on:click=move |_| semester_form.editing.set(Some(id))>{tr!(form.edit)}</button>
                                        <RemoveButton id name />
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                }).collect_view().into_any()
            }}
            <div class="actions"><CsvButton name=tr!(terms.file) table /></div>
            <TermForm correcting=term_form />
            <SemesterForm correcting=semester_form />
        </section>
    }
}

/// Adds a term, or corrects the one its Edit button chose.
#[component]
fn TermForm(correcting: Correcting) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let number = RwSignal::new(String::new());
    let starts = RwSignal::new(String::new());
    let ends = RwSignal::new(String::new());
    let errors = RwSignal::new(FieldErrors::new());
    let show = move |d: TermDraft| {
        number.set(d.number);
        starts.set(d.starts);
        ends.set(d.ends);
        errors.set(FieldErrors::new());
    };
    Effect::new(move |_| {
        let Some(id) = correcting.editing.get() else { return };
        let Some(term) = book.read_session(|s| s.book().get(id).map(|r| Term::from_record(id, r))) else { return };
        let draft = TermDraft::from_term(&term);
        let shown = book.read_session(|s| draft.validate(s.book(), Some(id)).ok());
        show(draft);
        correcting.opened_as(book, TERM, id, shown, "term-number");
    });
    let done = move || {
        correcting.close();
        show(TermDraft::default());
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft =
            TermDraft { number: number.get_untracked(), starts: starts.get_untracked(), ends: ends.get_untracked() };
        let id = correcting.editing.get_untracked();
        if save_form(book, errors, correcting.form(book, TERM), book.read(|b| draft.validate(b, id))).is_some() {
            done();
            notices.show(tr!(terms.term_saved));
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let is_open = move || correcting.is_open();
    view! {
        <form class="form card" on:submit=save novalidate>
            <h2>{move || if is_open() { tr!(terms.edit_term) } else { tr!(terms.new_term) }}</h2>
            <FormProblems errors />
            <TextField id="term-number" label=Signal::derive(|| tr!(terms.number)) value=number error=err("number") input_mode="numeric" />
            <TextField id="term-starts" label=Signal::derive(|| tr!(terms.starts)) value=starts error=err("starts") input_type="date" />
            <TextField id="term-ends" label=Signal::derive(|| tr!(terms.ends)) value=ends error=err("ends") input_type="date" />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{move || if is_open() { tr!(form.save) } else { tr!(terms.add_term) }}</button>
                {move || is_open().then(|| view! { <button type="button" class="button" on:click=move |_| done()>{tr!(form.cancel)}</button> })}
            </div>
        </form>
    }
}

/// Adds a semester, or corrects the one its Edit button chose.
#[component]
fn SemesterForm(correcting: Correcting) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let fresh = move || SemesterDraft::for_date(book.read_session(|s| terms(s.book())).first().map(|t| t.id), today());
    let draft = fresh();
    let term = RwSignal::new(draft.term);
    let start_year = RwSignal::new(draft.start_year);
    let half = RwSignal::new(draft.half);
    let starts = RwSignal::new(draft.starts);
    let ends = RwSignal::new(draft.ends);
    let errors = RwSignal::new(FieldErrors::new());
    // A term added on this page is the one a new semester belongs to, until another is chosen.
    Effect::new(move |_| {
        if term.with(String::is_empty) && !correcting.is_open() {
            if let Some(newest) = book.read(terms).first() {
                term.set(newest.id.to_string());
            }
        }
    });
    let show = move |d: SemesterDraft| {
        term.set(d.term);
        start_year.set(d.start_year);
        half.set(d.half);
        starts.set(d.starts);
        ends.set(d.ends);
        errors.set(FieldErrors::new());
    };
    Effect::new(move |_| {
        let Some(id) = correcting.editing.get() else { return };
        let Some(found) = book.read_session(|s| semester(s.book(), id)) else { return };
        let draft = SemesterDraft::from_semester(&found);
        let shown = book.read_session(|s| draft.validate(s.book(), Some(id)).ok());
        show(draft);
        correcting.opened_as(book, SEMESTER, id, shown, "semester-term");
    });
    let done = move || {
        correcting.close();
        show(fresh());
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = SemesterDraft {
            term: term.get_untracked(),
            start_year: start_year.get_untracked(),
            half: half.get_untracked(),
            starts: starts.get_untracked(),
            ends: ends.get_untracked(),
        };
        let id = correcting.editing.get_untracked();
        if save_form(book, errors, correcting.form(book, SEMESTER), book.read(|b| draft.validate(b, id))).is_some() {
            done();
            notices.show(tr!(terms.semester_saved));
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let term_options = Signal::derive(move || {
        let mut list = vec![(String::new(), tr!(terms.choose_term))];
        list.extend(book.read(terms).into_iter().map(|t| (t.id.to_string(), term_name(t.number))));
        list
    });
    let halves: Vec<(String, String)> = HALVES
        .iter()
        .map(|h| (h.to_string(), if *h == "first" { tr!(terms.first) } else { tr!(terms.second) }))
        .collect();
    let is_open = move || correcting.is_open();
    view! {
        <form class="form card" on:submit=save novalidate>
            <h2>{move || if is_open() { tr!(terms.edit_semester) } else { tr!(terms.new_semester) }}</h2>
            <FormProblems errors />
            <SelectField id="semester-term" label=Signal::derive(|| tr!(terms.term)) value=term options=term_options error=err("term") />
            <TextField id="semester-year" label=Signal::derive(|| tr!(terms.start_year)) value=start_year error=err("start_year") input_mode="numeric" />
            <SelectField id="semester-half" label=Signal::derive(|| tr!(terms.half)) value=half options=halves error=err("half") />
            <TextField id="semester-starts" label=Signal::derive(|| tr!(terms.starts)) value=starts error=err("starts") input_type="date" />
            <TextField id="semester-ends" label=Signal::derive(|| tr!(terms.ends)) value=ends error=err("ends") input_type="date" />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{move || if is_open() { tr!(form.save) } else { tr!(terms.add_semester) }}</button>
                {move || is_open().then(|| view! { <button type="button" class="button" on:click=move |_| done()>{tr!(form.cancel)}</button> })}
            </div>
        </form>
    }
}

//! Daily work evaluations: the criteria, new evaluations, and the averages per member and per
//! unit for a semester.

use leptos::prelude::*;
use serde_json::json;

use super::evaluation::{
    CRITERION, DEFAULT_CRITERIA, EVALUATION, Evaluation, EvaluationDraft, SCORE_FIELDS, criteria, evaluations,
    new_criterion, subject_average, unit_average,
};
use super::model::{members, units};
use super::recruitment::{CANDIDATE, Candidate, Stage};
use crate::book::{Entropy, RecordId};
use crate::browser::environment::{BrowserEntropy, today};
use crate::forms::{FieldErrors, error_of};
use crate::locale::{Lang, one_decimal};
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextArea, TextField};
use crate::ui::labels::form_error;
use crate::ui::language::current_lang;
use crate::ui::notice::use_notices;
use crate::ui::page_title::PageTitle;
use crate::ui::pickers::{SemesterFilter, current_semester, member_options, range_of};
use crate::ui::pieces::{
    Correcting, CsvButton, FormProblems, RemoveButton, field_error, name_of, open_form, save_form,
};
use crate::ui::sample_badge::SampleBadge;

#[component]
pub fn EvaluationsPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let semester = current_semester();
    let english = current_lang() == Lang::En;
    let lang = current_lang();
    let correcting = Correcting::new();
    let range = move || book.read(|b| range_of(b, semester.get()));
    let unit_rows = move || {
        let Some((first, last)) = range() else { return Vec::new() };
        book.read(|b| {
            units(b)
                .into_iter()
                .filter_map(|u| unit_average(b, u.id, first, last).map(|a| (u.name(english).to_owned(), a)))
                .collect::<Vec<_>>()
        })
    };
    let member_rows = move || {
        let within = range();
        book.read(|b| {
            members(b, "", &|_| String::new())
                .into_iter()
                .filter_map(|m| subject_average(b, m.id, within).map(|a| (m.name, a)))
                .collect::<Vec<_>>()
        })
    };
    let list = move || {
        let within = range();
        book.read(|b| {
            evaluations(b, within)
                .into_iter()
                .map(|e| (e.clone(), name_of(b, e.subject), name_of(b, e.evaluator)))
                .collect::<Vec<_>>()
        })
    };
    let table = move || Table {
        headers: vec![tr!(eval.date), tr!(eval.subject), tr!(eval.evaluator), tr!(eval.average), tr!(eval.comment)],
        rows: list()
            .into_iter()
            .map(|(e, who, by)| {
                vec![
                    e.date.map(|d| d.to_string()).unwrap_or_default(),
                    who,
                    by,
                    e.average_tenths().map(|a| one_decimal(a as u64, 10)).unwrap_or_default(),
                    e.comment,
                ]
            })
            .collect(),
    };
    view! {
        <PageTitle area=Area::People />
        <section class="page">
            <h1>{tr!(people.sections.evaluations)}</h1>
            <p class="lead">{tr!(eval.intro)}</p>
            <SemesterFilter selected=semester />
            <section class="card" aria-labelledby="averages-heading">
                <h2 id="averages-heading">{tr!(eval.averages)}</h2>
                <h3>{tr!(people.units)}</h3>
                <ul class="plain-list" data-testid="unit-averages">
                    {move || {
                        if range().is_none() {
                            return view! { <li class="help">{tr!(eval.choose_semester_for_units)}</li> }.into_any();
                        }
                        unit_rows().into_iter().map(|(name, (avg, n))| view! { <li>{name} ": " {one_decimal(avg as u64, 10)} " " {tr!(eval.over, count = n)}</li> }).collect_view().into_any()
                    }}
                </ul>
                <h3>{tr!(people.members)}</h3>
                <ul class="plain-list" data-testid="member-averages">
                    {move || member_rows().into_iter().map(|(name, (avg, n))| view! { <li>{name} ": " {one_decimal(avg as u64, 10)} " " {tr!(eval.over, count = n)}</li> }).collect_view()}
                </ul>
            </section>
            // Drawn again when a criterion is added, so the form has a score for it.
            {move || {
                book.read(|b| criteria(b).len());
                view! { <EvaluationForm correcting /> }
            }}
            <section class="card" aria-labelledby="evaluations-heading">
                <h2 id="evaluations-heading">{tr!(eval.list)}</h2>
                <ul class="plain-list">
                    {move || {
                        let list = list();
                        if list.is_empty() {
                            return view! { <li class="help">{tr!(eval.none)}</li> }.into_any();
                        }
                        list.into_iter().map(|(e, who, by)| {
                            let date = e.date.map(|d| lang.format_date(d)).unwrap_or_default();
                            let entry = tr!(eval.entry, name = who.clone(), date = date.clone());
                            let id = e.id;
                            view! {
                                <li class="record-row">
                                    <span>
                                        <strong>{who}</strong> <SampleBadge id=id /> " · " {date} " · "
                                        {e.average_tenths().map(|a| one_decimal(a as u64, 10)).unwrap_or_default()}
                                        {(!by.is_empty()).then(|| format!(" · {by}"))}
                                        {(!e.comment.is_empty()).then(|| format!(" · {}", e.comment))}
                                    </span>
                                    <button class="button" aria-label=tr!(eval.edit_named, entry = entry.clone()) on:click=move |_| correcting.editing.set(Some(id))>{tr!(form.edit)}</button>
                                    <RemoveButton id=e.id name=entry />
                                </li>
                            }
                        }).collect_view().into_any()
                    }}
                </ul>
                <div class="actions"><CsvButton name=tr!(eval.file) table /></div>
            </section>
            <Criteria />
        </section>
    }
}

/// A new evaluation, or the one its Edit button chose, corrected.
#[component]
fn EvaluationForm(correcting: Correcting) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let english = current_lang() == Lang::En;
    let subject = RwSignal::new(String::new());
    let evaluator = RwSignal::new(String::new());
    let date = RwSignal::new(today().to_string());
    let comment = RwSignal::new(String::new());
    let list = book.read(criteria);
    let scores: Vec<(RecordId, String, RwSignal<String>)> =
        list.iter().map(|c| (c.id, c.name(english).to_owned(), RwSignal::new(String::new()))).collect();
    let errors = RwSignal::new(FieldErrors::new());
    let score_signals: Vec<(RecordId, RwSignal<String>)> = scores.iter().map(|(id, _, s)| (*id, *s)).collect();
    let score_signals = StoredValue::new(score_signals);
    let show = move |d: EvaluationDraft| {
        subject.set(d.subject);
        evaluator.set(d.evaluator);
        date.set(d.date);
        comment.set(d.comment);
        score_signals.with_value(|signals| {
            for (id, signal) in signals {
                signal.set(d.scores.iter().find(|(c, _)| c == id).map(|(_, s)| s.clone()).unwrap_or_default());
            }
        });
        errors.set(FieldErrors::new());
    };
    Effect::new(move |_| {
        let Some(id) = correcting.editing.get() else { return };
        let Some(found) = book.read_session(|s| {
            s.book().get(id).filter(|r| r.kind == EVALUATION).map(|r| Evaluation::from_record(id, r))
        }) else {
            return;
        };
        let order: Vec<RecordId> = score_signals.with_value(|s| s.iter().map(|(id, _)| *id).collect());
        let draft = EvaluationDraft::from_evaluation(&found, &order);
        let shown = book.read_session(|s| draft.validate_edit(s.book()).ok());
        show(draft);
        correcting.opened_as(book, EVALUATION, id, shown, "eval-subject");
    });
    let typed = move || EvaluationDraft {
        subject: subject.get_untracked(),
        evaluator: evaluator.get_untracked(),
        date: date.get_untracked(),
        comment: comment.get_untracked(),
        scores: score_signals.with_value(|s| s.iter().map(|(id, v)| (*id, v.get_untracked())).collect()),
    };
    let done = move || {
        correcting.close();
        show(EvaluationDraft { date: today().to_string(), ..EvaluationDraft::default() });
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = typed();
        let checked = book.read(|b| if correcting.is_open() { draft.validate_edit(b) } else { draft.validate(b) });
        let saved = save_form(book, errors, correcting.form(book, EVALUATION), checked);
        if saved.is_some() {
            // The next evaluation is often of someone else on the same day by the same person.
            let (keep_date, keep_evaluator) = (date.get_untracked(), evaluator.get_untracked());
            done();
            date.set(keep_date);
            evaluator.set(keep_evaluator);
            notices.show(tr!(eval.saved));
        }
    };
    let is_open = move || correcting.is_open();
    let err = move |field: &'static str| field_error(errors, field);
    // Members, and candidates on probation: their assessment is evaluated the same way.
    let subjects = book.read(|b| {
        let mut list = member_options(b, tr!(eval.choose_subject));
        list.extend(
            b.live(CANDIDATE)
                .map(|(id, r)| Candidate::from_record(id, r))
                .filter(|c| c.stage == Stage::Probation)
                .map(|c| (c.id.to_string(), tr!(eval.on_probation, name = c.name))),
        );
        list
    });
    let evaluators = book.read(|b| member_options(b, tr!(eval.no_evaluator)));
    view! {
        <form class="form card" on:submit=save novalidate>
            <h2>{move || if is_open() { tr!(eval.edit_title) } else { tr!(eval.new) }}</h2>
            <FormProblems errors />
            {list.is_empty().then(|| view! { <p class="notice">{tr!(eval.no_criteria)}</p> })}
            <SelectField id="eval-subject" label=Signal::derive(|| tr!(eval.subject)) value=subject options=subjects error=err("subject") />
            <SelectField id="eval-evaluator" label=Signal::derive(|| tr!(eval.evaluator)) value=evaluator options=evaluators error=err("evaluator") />
            <TextField id="eval-date" label=Signal::derive(|| tr!(eval.date)) value=date error=err("date") input_type="date" />
            <fieldset class="scores">
                <legend>{tr!(eval.scores)}</legend>
                {scores.into_iter().enumerate().map(|(i, (_, name, value))| {
                    let field = SCORE_FIELDS[i.min(SCORE_FIELDS.len() - 1)];
                    let id = ["eval-score-0", "eval-score-1", "eval-score-2", "eval-score-3", "eval-score-4", "eval-score-5", "eval-score-6", "eval-score-7"][i.min(7)];
                    view! { <TextField id label=Signal::derive(move || name.clone()) value input_mode="decimal" error=err(field) /> }
                }).collect_view()}
                <p class="field-error">{move || error_of(&errors.get(), "scores").map(form_error)}</p>
            </fieldset>
            <TextArea id="eval-comment" label=Signal::derive(|| tr!(eval.comment)) value=comment error=err("comment") />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{move || if is_open() { tr!(form.save) } else { tr!(eval.add) }}</button>
                {move || is_open().then(|| view! { <button type="button" class="button" on:click=move |_| done()>{tr!(form.cancel)}</button> })}
            </div>
        </form>
    }
}

/// The criteria the union evaluates on, and adding one (or the usual four at once).
#[component]
fn Criteria() -> impl IntoView {
    let book = expect_context::<BookState>();
    let english = current_lang() == Lang::En;
    let name = RwSignal::new(String::new());
    let errors = RwSignal::new(FieldErrors::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let checked = book.read(|b| new_criterion(b, &name.get_untracked()));
        if save_form(book, errors, open_form(book, CRITERION, None, None), checked).is_some() {
            name.set(String::new());
        }
    };
    let add_defaults = move |_| {
        book.edit(|s, now| {
            for (i, (zh, en)) in DEFAULT_CRITERIA.iter().enumerate() {
                let fields = [
                    ("name_zh".into(), json!(zh)),
                    ("name_en".into(), json!(en)),
                    ("order".into(), json!(i)),
                    ("active".into(), json!(true)),
                ];
                s.write(now, BrowserEntropy.new_id(), CRITERION, fields);
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="criteria-heading">
            <h2 id="criteria-heading">{tr!(eval.criteria)}</h2>
            <ul class="plain-list">
                {move || book.read(criteria).into_iter().map(|c| {
                    let name = c.name(english).to_owned();
                    view! { <li class="record-row"><span>{name.clone()}</span><RemoveButton id=c.id name /></li> }
                }).collect_view()}
            </ul>
            {move || book.read(criteria).is_empty().then(|| view! { <button class="button" on:click=add_defaults>{tr!(eval.add_defaults)}</button> })}
            <form class="form" on:submit=add novalidate>
                <TextField id="criterion-name" label=Signal::derive(|| tr!(eval.criterion_name)) value=name error=field_error(errors, "name_zh") />
                <button type="submit" class="button">{tr!(eval.add_criterion)}</button>
            </form>
        </section>
    }
}

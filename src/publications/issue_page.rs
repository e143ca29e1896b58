//! An issue: its facts, its steps (planned → editing → published, with the day it was
//! published and a step back, each with Undo), the link to the published file (opened only
//! when it is http or https), its form, and its articles.

use leptos::prelude::*;

use super::articles::Articles;
use super::drafts::IssueDraft;
use super::issues::{Issue, IssueStatus, issue};
use super::labels::{StatusBadge, issue_name, status_name};
use super::model::PUBLICATION_ISSUE;
use crate::book::RecordId;
use crate::book::schema::parse_date;
use crate::browser::environment::today;
use crate::forms::{FieldErrors, FormError};
use crate::steps::values_before;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::{TextArea, TextField};
use crate::ui::language::current_lang;
use crate::ui::notice::{UndoAction, use_notices};
use crate::ui::page_title::PageTitle;
use crate::ui::people_picker::PeoplePicker;
use crate::ui::pieces::{DeleteButton, FormProblems, RecordMissing, field_error, name_of, open_form, save_form};
use crate::ui::router::navigate;
use crate::ui::routes::Route;
use crate::ui::sample_badge::SampleBadge;

#[component]
pub fn IssuePage(id: Option<RecordId>, periodical: Option<RecordId>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let of = id.and_then(|i| book.read(|b| issue(b, i))).and_then(|i| i.periodical).or(periodical);
    let Some(title) = of.and_then(|p| book.read(|b| super::issues::periodical(b, p))).map(|p| p.title) else {
        return view! { <RecordMissing back="/publications" /> }.into_any();
    };
    let of = of.expect("a periodical, found above");
    let back = view! { <p><a href=Route::Periodical(of).path()>{title.clone()}</a></p> };
    let Some(id) = id else {
        return view! {
            <PageTitle area=Area::Publications />
            <section class="page">
                <h1>{tr!(publications.new_issue)}</h1>
                {back}
                <IssueForm periodical=of existing=None />
            </section>
        }
        .into_any();
    };
    let Some(first) = book.read(|b| issue(b, id)) else {
        return view! { <RecordMissing back="/publications" /> }.into_any();
    };
    let current = move || book.read(|b| issue(b, id));
    let lang = current_lang();
    view! {
        <PageTitle area=Area::Publications />
        <section class="page">
            <h1>{move || current().map(|i| format!("{title} {}", issue_name(&i))).unwrap_or_default()}</h1>
            <SampleBadge id=id />
            {back}
            {move || current().map(|i| {
                let editors = book.read(|b| i.editors.iter().map(|e| name_of(b, Some(*e))).collect::<Vec<_>>().join("、"));
                view! {
                    <dl class="facts">
                        <div><dt>{tr!(activities.status_label)}</dt><dd data-testid="issue-status"><StatusBadge status=i.status /></dd></div>
                        <div><dt>{tr!(publications.theme)}</dt><dd>{i.theme.clone()}</dd></div>
                        <div><dt>{tr!(activities.pub_date)}</dt><dd>{i.date.map(|d| lang.format_date(d))}</dd></div>
                        <div><dt>{tr!(publications.editors)}</dt><dd>{editors}</dd></div>
                    </dl>
                    <p class="publicity-link" data-testid="issue-link">{link_view(&i)}</p>
                }
            })}
            <Steps id />
            <IssueForm periodical=of existing=Some(first) />
            <Articles issue=id />
        </section>
    }
    .into_any()
}

/// The published file: a link when it is http or https, else the text and why it is not one.
fn link_view(i: &Issue) -> AnyView {
    match (i.safe_link(), i.link.trim()) {
        (Some(url), _) => view! {
            <a href=url.to_owned() target="_blank" rel="noopener noreferrer" lang="zxx">{url.to_owned()}</a>
        }
        .into_any(),
        (None, "") => ().into_any(),
        (None, text) => view! {
            <span class="link-as-text"><span lang="zxx">{text.to_owned()}</span> " (" {tr!(activities.link_as_text)} ")"</span>
        }
        .into_any(),
    }
}

/// The steps, each reached one filled; forward (publishing on a day that starts as today) and
/// back, each move's notice with Undo.
#[component]
fn Steps(id: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let lang = current_lang();
    let current = move || book.read(|b| issue(b, id));
    let day = RwSignal::new(today().to_string());
    let day_problem = RwSignal::new(None::<String>);
    let make = move |forward: bool| {
        let Some(now) = current() else { return };
        let writes = if forward {
            let Some(on) = parse_date(&day.get_untracked()) else {
                return day_problem.set(Some(crate::ui::labels::form_error(FormError::NotADate)));
            };
            now.forward(on)
        } else {
            now.back()
        };
        let Some(writes) = writes else { return };
        let undo = book.read(|b| values_before(b.get(id), &writes));
        if book.edit(|s, t| s.write(t, id, PUBLICATION_ISSUE, writes)) == Some(true) {
            day_problem.set(None);
            let (name, status) = current().map(|i| (issue_name(&i), status_name(i.status))).unwrap_or_default();
            let undo = UndoAction::Write { record: id, kind: PUBLICATION_ISSUE, fields: undo };
            notices.show_with_undo(tr!(activities.moved, name, status), undo);
        }
    };
    view! {
        <section class="card" aria-labelledby="steps-heading">
            <h2 id="steps-heading">{tr!(activities.steps)}</h2>
            {move || current().map(|i| view! {
                <ol class="steps" data-testid="steps">
                    {IssueStatus::ALL.into_iter().map(|s| {
                        let day = match s {
                            IssueStatus::Published => i.published_on.map(|d| tr!(publications.published_on, date = lang.format_date(d))),
                            _ => None,
                        };
                        view! {
                            <li class="step" data-step=s.word() data-done=(s <= i.status).then_some("true")
                                aria-current=(s == i.status).then_some("step")>
                                <span class="step-name">{status_name(s)}</span>
                                {day.map(|d| view! { <span class="step-day">{d}</span> })}
                            </li>
                        }
                    }).collect_view()}
                </ol>
            })}
            {move || current().map(|i| {
                let next = i.status.next();
                let before = i.status.before();
                view! {
                    {(next == Some(IssueStatus::Published)).then(|| view! {
                        <TextField id="step-day" label=Signal::derive(|| tr!(activities.step_day)) value=day
                            error=Signal::derive(move || day_problem.get()) input_type="date" />
                    })}
                    <div class="actions">
                        {next.map(|s| view! {
                            <button type="button" class="button primary" on:click=move |_| make(true)>
                                {tr!(activities.forward, status = status_name(s))}
                            </button>
                        })}
                        {before.map(|s| view! {
                            <button type="button" class="button" on:click=move |_| make(false)>
                                {tr!(activities.back, status = status_name(s))}
                            </button>
                        })}
                    </div>
                }
            })}
        </section>
    }
}

#[component]
fn IssueForm(periodical: RecordId, existing: Option<Issue>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let editing = existing.as_ref().map(|i| i.id);
    let draft = existing
        .as_ref()
        .map(IssueDraft::from_issue)
        .unwrap_or_else(|| IssueDraft { date: today().to_string(), ..IssueDraft::default() });
    let shown = existing.as_ref().and_then(|_| book.read(|b| draft.validate(b, periodical)).ok());
    let form = open_form(book, PUBLICATION_ISSUE, editing, shown);
    let number = RwSignal::new(draft.number);
    let theme = RwSignal::new(draft.theme);
    let date = RwSignal::new(draft.date);
    let editors = RwSignal::new(draft.editors);
    let link = RwSignal::new(draft.link);
    let note = RwSignal::new(draft.note);
    let errors = RwSignal::new(FieldErrors::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = IssueDraft {
            number: number.get_untracked(),
            theme: theme.get_untracked(),
            date: date.get_untracked(),
            editors: editors.get_untracked(),
            link: link.get_untracked(),
            note: note.get_untracked(),
        };
        let checked = book.read(|b| draft.validate(b, periodical));
        if let Some(id) = save_form(book, errors, form, checked) {
            let name = tr!(publications.issue_name, number = draft.number.trim().to_owned());
            notices.show(tr!(activities.saved, name));
            if editing.is_none() {
                navigate(&Route::Issue(id).path());
            }
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let label = |key: fn() -> String| Signal::derive(key);
    let name = Signal::derive(move || tr!(publications.issue_name, number = number.get()));
    view! {
        <form class="form card" on:submit=save novalidate aria-labelledby="issue-form-heading">
            <h2 id="issue-form-heading">{if editing.is_some() { tr!(publications.edit_issue) } else { tr!(publications.new_issue) }}</h2>
            <FormProblems errors />
            <TextField id="issue-number" label=label(|| tr!(publications.number)) value=number error=err("number") required=true autocomplete="off" />
            <TextField id="issue-theme" label=label(|| tr!(publications.theme)) value=theme error=err("theme") />
            <TextField id="issue-date" label=label(|| tr!(activities.pub_date)) value=date error=err("date") input_type="date" />
            <PeoplePicker id="issue-editors" legend=tr!(publications.editors) chosen=editors members_only=true error=err("editors") />
            <TextField id="issue-link" label=label(|| tr!(activities.link)) value=link error=err("link") input_type="url" autocomplete="off" />
            <TextArea id="issue-note" label=label(|| tr!(activities.notes)) value=note error=err("note") />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{tr!(form.save)}</button>
                {editing.map(|id| view! { <DeleteButton id name back=Route::Periodical(periodical).path() /> })}
            </div>
        </form>
    }
}

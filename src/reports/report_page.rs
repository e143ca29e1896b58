//! `/reports/new` and `/reports/:id`: a unit's report for one period of its cadence — the work
//! done, the problems, the next steps, who submitted it and when. One report per unit and
//! period: the form points at the one already filed.

use leptos::prelude::*;

use super::drafts::{ReportDraft, existing_report};
use super::labels::period_name;
use super::lateness::{Period, filed_late, offered_periods};
use super::model::{REPORT, Report, all_reports, cadence_of, report};
use super::pages::report_period;
use crate::book::RecordId;
use crate::browser::environment::today;
use crate::forms::FieldErrors;
use crate::people::terms::semesters;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextArea, TextField};
use crate::ui::language::current_lang;
use crate::ui::notice::use_notices;
use crate::ui::page_title::PageTitle;
use crate::ui::pickers::{member_options, unit_options};
use crate::ui::pieces::{DeleteButton, FormProblems, RecordMissing, field_error, name_of, open_form, save_form};
use crate::ui::router::navigate;
use crate::ui::routes::Route;
use crate::ui::sample_badge::SampleBadge;

/// "学习部 · 2026年11月".
fn report_name(book: &crate::book::Book, r: &Report) -> String {
    let period = report_period(current_lang(), r, &semesters(book));
    [name_of(book, r.unit), period].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ")
}

#[component]
pub fn ReportPage(id: Option<RecordId>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let existing = id.and_then(|id| book.read(|b| report(b, id)));
    let back = Route::Reports.path();
    view! {
        <PageTitle area=Area::Reports />
        {match (id, existing) {
            (Some(_), None) => view! { <RecordMissing back="/reports" /> }.into_any(),
            (_, None) => view! {
                <section class="page">
                    <h1>{tr!(reports.file_report)}</h1>
                    <p><a href=back>{tr!(reports.back)}</a></p>
                    <ReportForm existing=None />
                </section>
            }.into_any(),
            (_, Some(first)) => {
                let id = first.id;
                let lang = current_lang();
                let now = move || book.read(|b| report(b, id).map(|r| (report_name(b, &r), r)));
                let late = move || {
                    book.read(|b| {
                        report(b, id).is_some_and(|r| {
                            r.unit.is_some_and(|u| filed_late(&r, cadence_of(b, u).grace_days, &semesters(b)))
                        })
                    })
                };
                let when = move || now().and_then(|(_, r)| r.submitted_on).map(|d| lang.format_date(d));
                view! {
                    <section class="page">
                        <h1>{move || now().map(|(name, _)| name).unwrap_or_default()}</h1>
                        <SampleBadge id=id />
                        <p class="lead">{when}{move || late().then(|| view! { <span class="badge">{tr!(reports.filed_late)}</span> })}</p>
                        <p><a href=back>{tr!(reports.back)}</a></p>
                        <ReportForm existing=Some(first) />
                    </section>
                }
                .into_any()
            }
        }}
    }
}

#[component]
fn ReportForm(existing: Option<Report>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let lang = current_lang();
    let editing = existing.as_ref().map(|r| r.id);
    let draft = existing
        .as_ref()
        .map(|r| book.read(|b| ReportDraft::from_report(r, &semesters(b))))
        .unwrap_or_else(|| ReportDraft { submitted_on: today().to_string(), ..ReportDraft::default() });
    let form = open_form(book, REPORT, editing, book.read(|b| draft.validate(b, editing, &semesters(b))).ok());
    let unit = RwSignal::new(draft.unit);
    let period = RwSignal::new(draft.period);
    let work_done = RwSignal::new(draft.work_done);
    let problems = RwSignal::new(draft.problems);
    let next_steps = RwSignal::new(draft.next_steps);
    let submitted_by = RwSignal::new(draft.submitted_by);
    let submitted_on = RwSignal::new(draft.submitted_on);
    let errors = RwSignal::new(FieldErrors::new());
    // The chosen unit's periods, the one to file first.
    let offered = Memo::new(move |_| {
        let Some(u) = RecordId::parse(&unit.get()) else { return Vec::new() };
        book.read(|b| {
            let own: Vec<Report> = all_reports(b).into_iter().filter(|r| r.unit == Some(u)).collect();
            let this = editing.and_then(|id| own.iter().find(|r| r.id == id).cloned());
            offered_periods(&cadence_of(b, u), &own, &semesters(b), today(), this.as_ref())
        })
    });
    // Tracks the chosen period too, so that the select shows the one chosen with a new unit.
    let period_choices = Signal::derive(move || {
        period.track();
        let list = offered.get();
        if list.is_empty() {
            let none =
                if unit.with(String::is_empty) { tr!(people.role.choose_unit) } else { tr!(reports.not_reporting) };
            return vec![(String::new(), none)];
        }
        list.iter().map(|p| (p.value(), period_name(lang, p))).collect()
    });
    // A new unit chosen: its first period is chosen with it.
    Effect::watch(
        move || unit.get(),
        move |_, _, _| period.set(offered.get_untracked().first().map(Period::value).unwrap_or_default()),
        false,
    );
    let duplicate = move || {
        let (u, p) = (RecordId::parse(&unit.get())?, period.get());
        book.read(|b| existing_report(b, u, &Period::parse(&p, &semesters(b))?, editing))
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = ReportDraft {
            unit: unit.get_untracked(),
            period: period.get_untracked(),
            work_done: work_done.get_untracked(),
            problems: problems.get_untracked(),
            next_steps: next_steps.get_untracked(),
            submitted_by: submitted_by.get_untracked(),
            submitted_on: submitted_on.get_untracked(),
        };
        let checked = book.read(|b| typed.validate(b, editing, &semesters(b)));
        if let Some(id) = save_form(book, errors, form, checked) {
            notices.show(tr!(
                people.saved,
                name = book.read(|b| report(b, id).map(|r| report_name(b, &r))).unwrap_or_default()
            ));
            if editing.is_none() {
                navigate(&Route::Report(id).path());
            }
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let label = |key: fn() -> String| Signal::derive(key);
    let units = book.read(|b| unit_options(b, tr!(people.role.choose_unit)));
    let people = book.read(|b| member_options(b, tr!(meetings.no_one)));
    let name = Signal::derive(move || {
        editing.and_then(|id| book.read(|b| report(b, id).map(|r| report_name(b, &r)))).unwrap_or_default()
    });
    view! {
        <form class="form card" on:submit=save novalidate>
            <FormProblems errors />
            <SelectField id="report-unit" label=label(|| tr!(people.role.unit)) value=unit options=units error=err("unit") />
            <SelectField id="report-period" label=label(|| tr!(reports.period)) value=period options=period_choices error=err("period_start") />
            {move || duplicate().map(|id| view! {
                <p class="help" data-testid="existing-report"><a href=Route::Report(id).path()>{tr!(reports.existing)}</a></p>
            })}
            <TextArea id="report-work" label=label(|| tr!(reports.work_done)) value=work_done error=err("work_done") />
            <TextArea id="report-problems" label=label(|| tr!(reports.problems)) value=problems error=err("problems") />
            <TextArea id="report-next" label=label(|| tr!(reports.next_steps)) value=next_steps error=err("next_steps") />
            <SelectField id="report-by" label=label(|| tr!(reports.submitted_by)) value=submitted_by options=people error=err("submitted_by") />
            <TextField id="report-on" label=label(|| tr!(reports.submitted_on)) value=submitted_on error=err("submitted_on") input_type="date" />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{tr!(form.save)}</button>
                {editing.map(|id| view! { <DeleteButton id name back="/reports" /> })}
            </div>
        </form>
    }
}

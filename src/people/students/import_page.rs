//! Importing a class list into the register: choose the file (read as the member roster is),
//! match its columns, see what happens to every row — new, updated (field: old → new),
//! unchanged, refused and why — then apply, with an undo.

use crate::people::sheet_columns::SheetColumns;
use leptos::prelude::*;

use super::class_list::{ClassListPlan, Column, Missing, Outcome, Refusal, Row, apply, plan, suggest};
use super::model::STUDENT;
use crate::book::Entropy;
use crate::browser::environment::BrowserEntropy;
use crate::people::roster::{Encoding, Group, Sheet};
use crate::people::roster_page::{change_line, pick_sheet};
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::notice::{UndoAction, use_notices};
use crate::ui::page_title::PageTitle;
use crate::ui::people_labels::field_name;
use crate::ui::router::navigate;

/// Rows of each group the preview lists; the others are counted.
const LISTED_PER_GROUP: usize = 100;

#[component]
pub fn StudentImportPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let sheet = RwSignal::new(None::<(String, Encoding, Sheet)>);
    let mapping = RwSignal::new(Vec::<Column>::new());
    let problem = RwSignal::new(None::<String>);
    let pick = pick_sheet(sheet, problem, move |parsed| mapping.set(suggest(&parsed.headers)));
    let planned = Memo::new(move |_| {
        sheet.with(|s| s.as_ref().map(|(_, _, sheet)| book.read(|b| plan(b, sheet, &mapping.get()))))
    });
    let import_rows = move |_| {
        let Some(Ok(plan)) = planned.get_untracked() else { return };
        let Some(done) = book.edit(|s, now| apply(s, now, &plan, &mut || BrowserEntropy.new_id())) else { return };
        sheet.set(None);
        let mut undo: Vec<UndoAction> = done.created.iter().map(|id| UndoAction::Delete(*id)).collect();
        undo.extend(done.before.iter().map(|(record, fields)| UndoAction::Write {
            record: *record,
            kind: STUDENT,
            fields: fields.clone(),
        }));
        notices
            .show_with_undo(tr!(students.import.done, new = done.new, updated = done.updated), UndoAction::All(undo));
        navigate("/people/students");
    };
    view! {
        <PageTitle area=Area::People />
        <section class="page">
            <h1>{tr!(students.import.title)}</h1>
            <p class="lead">{tr!(students.import.intro)}</p>
            <p><a href="/people/students">{tr!(students.back)}</a></p>
            <div class="field">
                <label for="class-list-file" class="button primary">{tr!(roster.choose)}</label>
                <input id="class-list-file" class="visually-hidden" type="file" accept=".csv,.txt,text/csv" on:change=pick />
            </div>
            <p class="form-problems" role="alert">{move || problem.get()}</p>
            {move || sheet.get().map(|(name, encoding, sheet)| {
                let label = |c: Column| c.field().map_or_else(|| tr!(roster.ignore), field_name);
                let options = Column::ALL.into_iter().map(|c| (c.field().unwrap_or(""), label(c))).collect();
                let chosen = Signal::derive(move || mapping.with(|m| m.iter().map(|c| c.field().unwrap_or("")).collect()));
                let choose = Callback::new(move |(i, key): (usize, &'static str)| {
                    mapping.update(|m| if let Some(slot) = m.get_mut(i) { *slot = Column::parse(key) });
                });
                view! { <SheetColumns name encoding sheet options chosen choose /> }
            })}
            {move || planned.get().map(|p| match p {
                Err(missing) => view! {
                    <p class="notice" role="alert">{match missing {
                        Missing::Name => tr!(students.import.need_name),
                        Missing::StudentId => tr!(students.import.need_student_id),
                    }}</p>
                }.into_any(),
                Ok(plan) => view! {
                    <section class="card roster-preview" aria-labelledby="class-list-preview-heading" data-testid="class-list-preview">
                        <h2 id="class-list-preview-heading">{tr!(roster.preview)}</h2>
                        {preview_groups(&plan)}
                        <div class="actions">
                            <button class="button primary" on:click=import_rows>{tr!(students.import.apply)}</button>
                            <button class="button" on:click=move |_| sheet.set(None)>{tr!(form.cancel)}</button>
                        </div>
                    </section>
                }.into_any(),
            })}
        </section>
    }
}

fn preview_groups(plan: &ClassListPlan) -> impl IntoView + use<> {
    [
        (Group::New, "new", tr!(students.import.new, count = plan.count(Group::New))),
        (Group::Updated, "updated", tr!(students.import.updated, count = plan.count(Group::Updated))),
        (Group::Unchanged, "unchanged", tr!(roster.unchanged, count = plan.count(Group::Unchanged))),
        (Group::Refused, "refused", tr!(roster.refused, count = plan.count(Group::Refused))),
    ]
    .into_iter()
    .map(|(group, name, heading)| {
        let heading_id = format!("class-list-{name}-heading");
        let total = plan.count(group);
        let rows: Vec<_> = plan.group(group).take(LISTED_PER_GROUP).map(|row| row_view(row, name)).collect();
        let more = (total > LISTED_PER_GROUP).then(|| tr!(roster.more, count = total - LISTED_PER_GROUP));
        view! {
            <section class="roster-group" data-group=name aria-labelledby=heading_id.clone()>
                <h3 id=heading_id.clone()>{heading}</h3>
                {(!rows.is_empty()).then(|| view! { <ul class="roster-rows">{rows}</ul> })}
                {more.map(|more| view! { <p class="help">{more}</p> })}
            </section>
        }
    })
    .collect_view()
}

fn row_view(row: &Row, group: &'static str) -> impl IntoView + use<> {
    let mut lines: Vec<String> = match &row.outcome {
        Err(why) => vec![refusal(*why)],
        Ok(Outcome::Known { changes, .. }) => changes.iter().map(change_line).collect(),
        Ok(Outcome::New(_)) => Vec::new(),
    };
    lines.extend(
        row.not_understood
            .iter()
            .map(|(field, cell)| tr!(roster.note.not_understood, field = field_name(field), cell = cell.clone())),
    );
    let who = if row.name.is_empty() { tr!(roster.nameless) } else { row.name.clone() };
    view! {
        <li class="roster-row" data-group=group>
            <p class="roster-row-head">
                <span class="roster-row-number">{tr!(roster.row, row = row.row)}</span>
                <span class="record-title">{who}</span>
                {(!row.student_id.is_empty()).then(|| view! { <span class="help">{row.student_id.clone()}</span> })}
            </p>
            {(!lines.is_empty()).then(|| view! {
                <ul class="roster-details">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
            })}
        </li>
    }
}

fn refusal(why: Refusal) -> String {
    match why {
        Refusal::NoName => tr!(roster.no_name),
        Refusal::NoStudentId => tr!(students.import.no_student_id),
        Refusal::SameIdAs(row) => tr!(students.import.same_id, row),
        Refusal::TooLong { field, max } => tr!(roster.too_long, field = field_name(field), max),
    }
}

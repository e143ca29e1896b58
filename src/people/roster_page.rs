//! Importing a member roster from a spreadsheet: choose the file, match its columns to fields,
//! see what will happen to each row, apply, and land on the member list.

use std::collections::BTreeSet;

use super::sheet_columns::SheetColumns;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::roster::{
    Change, Column, Encoding, Entry, FALLBACK_POSITION, Group, Note, Person, PlannedRole, Refusal, RosterPlan, Sheet,
    SheetError, UnitRef, apply, detect_encoding, parse_sheet, plan, suggest, unit_key,
};
use crate::book::Entropy;
use crate::browser::environment::{BrowserEntropy, today};
use crate::browser::files::{Unread, decode_gb18030, read_picked};
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::notice::use_notices;
use crate::ui::page_title::PageTitle;
use crate::ui::people_labels::field_name;
use crate::ui::people_labels::{gender_name, position_name};
use crate::ui::pieces::name_of;
use crate::ui::router::navigate;

/// Rosters larger than this are not read: 5,000 rows of a spreadsheet are far smaller.
const MAX_BYTES: usize = 4 * 1024 * 1024;

/// Rows of each group the preview lists; the others are counted ("and 40 more"), so a
/// department's whole roster does not make a page the phone cannot scroll.
const LISTED_PER_GROUP: usize = 100;

fn column_name(column: Column) -> String {
    match column.key() {
        None => tr!(roster.ignore),
        Some(key) => field_name(key),
    }
}

fn sheet_error(e: &SheetError) -> String {
    match e {
        SheetError::Empty => tr!(roster.error.empty),
        SheetError::NoRows => tr!(roster.error.no_rows),
        SheetError::TooManyRows(max) => tr!(roster.error.too_many, max = *max),
        SheetError::Malformed { line } => tr!(roster.error.malformed, line = *line),
    }
}

/// Reads the first picked file as a spreadsheet, as Chinese Excel saves one (UTF-8 with or
/// without a BOM, or GBK): its name, encoding and sheet, or why it cannot be read. The class
/// The file input's handler both imports share: reads the chosen file as a sheet and shows
/// it (after `before_showing`, which sets up its columns), or says what is wrong with it; the
/// input is emptied so the same file can be chosen again.
pub(super) fn pick_sheet(
    sheet: RwSignal<Option<(String, Encoding, Sheet)>>,
    problem: RwSignal<Option<String>>,
    before_showing: impl Fn(&Sheet) + Copy + 'static,
) -> impl Fn(leptos::ev::Event) + Copy + 'static {
    move |ev| {
        let input: web_sys::HtmlInputElement = ev.target().expect("an input").unchecked_into();
        let Some(files) = input.files() else { return };
        spawn_local(async move {
            let read = read_sheet(files).await;
            input.set_value("");
            match read {
                None => {}
                Some(Err(why)) => {
                    sheet.set(None);
                    problem.set(Some(why));
                }
                Some(Ok((name, encoding, parsed))) => {
                    problem.set(None);
                    before_showing(&parsed);
                    sheet.set(Some((name, encoding, parsed)));
                }
            }
        });
    }
}

/// lists of the students register are read the same way.
async fn read_sheet(files: web_sys::FileList) -> Option<Result<(String, Encoding, Sheet), String>> {
    let file = read_picked(files, MAX_BYTES).await.into_iter().next()?;
    let bytes = match file.contents {
        Ok(bytes) => bytes,
        Err(Unread::TooLarge(_)) => return Some(Err(tr!(roster.error.too_large))),
        Err(Unread::Failed(reason)) => return Some(Err(tr!(data.reject.unreadable, reason))),
    };
    let (encoding, bom) = detect_encoding(&bytes);
    let text = match encoding {
        Encoding::Utf8 => String::from_utf8(bytes[bom..].to_vec()).map_err(|e| e.to_string()),
        Encoding::Gb18030 => decode_gb18030(&bytes),
    };
    let Ok(text) = text else { return Some(Err(tr!(roster.error.not_text))) };
    Some(
        parse_sheet(&text)
            .map(|sheet| (file.name.clone(), encoding, sheet))
            .map_err(|e| format!("{}: {}", file.name, sheet_error(&e))),
    )
}

#[component]
pub fn RosterPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let sheet = RwSignal::new(None::<(String, Encoding, Sheet)>);
    let mapping = RwSignal::new(Vec::<Column>::new());
    // Keys of the missing units the officer unticked: they are not created.
    let declined = RwSignal::new(BTreeSet::<String>::new());
    let problem = RwSignal::new(None::<String>);

    let pick = pick_sheet(sheet, problem, move |parsed| {
        declined.set(BTreeSet::new());
        mapping.set(suggest(&parsed.headers));
    });
    // `Err` when no column holds the names.
    let planned = Memo::new(move |_| -> Option<Result<RosterPlan, ()>> {
        let day = today();
        sheet.with(|s| {
            s.as_ref()
                .map(|(_, _, sheet)| declined.with(|d| book.read(|b| plan(b, sheet, &mapping.get(), day, d)).ok_or(())))
        })
    });
    let ready = Memo::new(move |_| planned.with(|p| p.as_ref().map(Result::is_ok)));
    // The units to offer change only with the file and its mapping, not with the ticks: the
    // checkboxes stay where they are (and keep the focus) while the rows below change.
    let missing_units =
        Memo::new(move |_| planned.with(|p| p.as_ref().and_then(|p| p.as_ref().ok()).map(|p| p.missing_units.clone())));
    let import_rows = move |_| {
        let Some(Ok(plan)) = planned.get_untracked() else { return };
        let day = today();
        let applied = book.edit(|s, now| apply(s, now, &plan, day, &mut || BrowserEntropy.new_id()));
        let Some(a) = applied else { return };
        sheet.set(None);
        notices.show(tr!(roster.done, new = a.new, updated = a.updated, roles = a.roles, units = a.units));
        navigate("/people");
    };
    view! {
        <PageTitle area=Area::People />
        <section class="page">
            <h1>{tr!(people.sections.import)}</h1>
            <p class="lead">{tr!(roster.intro)}</p>
            <div class="field">
                <label for="roster-file" class="button primary">{tr!(roster.choose)}</label>
                <input id="roster-file" class="visually-hidden" type="file" accept=".csv,.txt,text/csv" on:change=pick />
            </div>
            <p class="form-problems" role="alert">{move || problem.get()}</p>
            {move || sheet.get().map(|(name, encoding, sheet)| {
                let options = Column::ALL.into_iter().map(|c| (c.key().unwrap_or(""), column_name(c))).collect();
                let chosen = Signal::derive(move || mapping.with(|m| m.iter().map(|c| c.key().unwrap_or("")).collect()));
                let choose = Callback::new(move |(i, key): (usize, &'static str)| {
                    mapping.update(|m| if let Some(slot) = m.get_mut(i) { *slot = Column::parse(key) });
                });
                view! { <SheetColumns name encoding sheet options chosen choose /> }
            })}
            {move || ready.get().map(|ok| if !ok {
                view! { <p class="notice" role="alert">{tr!(roster.error.no_name)}</p> }.into_any()
            } else {
                view! {
                    <section class="card roster-preview" aria-labelledby="roster-preview-heading" data-testid="roster-preview">
                        <h2 id="roster-preview-heading">{tr!(roster.preview)}</h2>
                        {move || missing_units.get().filter(|m| !m.is_empty()).map(|names| view! { <MissingUnits names declined /> })}
                        {move || planned.with(|p| match p {
                            Some(Ok(plan)) => book.read(|b| preview_groups(b, plan)).into_any(),
                            _ => ().into_any(),
                        })}
                        <div class="actions">
                            <button class="button primary" on:click=import_rows>{tr!(roster.apply)}</button>
                            <button class="button" on:click=move |_| sheet.set(None)>{tr!(form.cancel)}</button>
                        </div>
                    </section>
                }.into_any()
            })}
        </section>
    }
}

/// A tick for each unit the roster names that the book lacks: ticked, it is created.
#[component]
fn MissingUnits(names: Vec<String>, declined: RwSignal<BTreeSet<String>>) -> impl IntoView {
    view! {
        <fieldset class="roster-units">
            <legend>{tr!(roster.missing_units)}</legend>
            <p class="help">{tr!(roster.missing_units_help)}</p>
            {names.into_iter().enumerate().map(|(i, name)| {
                let id = format!("create-unit-{i}");
                let key = unit_key(&name);
                let shown = key.clone();
                view! {
                    <div class="field checkbox">
                        <input
                            id=id.clone()
                            type="checkbox"
                            prop:checked=move || declined.with(|d| !d.contains(&shown))
                            on:change=move |ev| {
                                let create = event_target_checked(&ev);
                                declined.update(|d| if create { d.remove(&key); } else { d.insert(key.clone()); });
                            }
                        />
                        <label for=id>{tr!(roster.create_unit, unit = name)}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// The counts, then the rows of each group (the first `LISTED_PER_GROUP`).
fn preview_groups(book: &crate::book::Book, plan: &RosterPlan) -> impl IntoView + use<> {
    let groups = [
        (Group::New, "new", tr!(roster.new, count = plan.count(Group::New))),
        (Group::Updated, "updated", tr!(roster.updates, count = plan.count(Group::Updated))),
        (Group::Unchanged, "unchanged", tr!(roster.unchanged, count = plan.count(Group::Unchanged))),
        (Group::Refused, "refused", tr!(roster.refused, count = plan.count(Group::Refused))),
    ];
    let merged = (plan.merged_in_file > 0).then(|| tr!(roster.merged, count = plan.merged_in_file));
    let sections = groups
        .into_iter()
        .map(|(group, name, heading)| {
            let (labelled_by, heading_id) = (format!("roster-{name}-heading"), format!("roster-{name}-heading"));
            let total = plan.count(group);
            let rows: Vec<_> =
                plan.group(group).take(LISTED_PER_GROUP).map(|entry| entry_view(book, plan, entry, name)).collect();
            let more = (total > LISTED_PER_GROUP).then(|| tr!(roster.more, count = total - LISTED_PER_GROUP));
            view! {
                <section class="roster-group" data-group=name aria-labelledby=labelled_by>
                    <h3 id=heading_id>{heading}</h3>
                    {(!rows.is_empty()).then(|| view! { <ul class="roster-rows">{rows}</ul> })}
                    {more.map(|more| view! { <p class="help">{more}</p> })}
                </section>
            }
        })
        .collect_view();
    view! {
        {merged.map(|m| view! { <p class="help">{m}</p> })}
        {sections}
    }
}

/// One person's (or refused row's) card: its rows in the file, who, and what happens.
fn entry_view(
    book: &crate::book::Book,
    plan: &RosterPlan,
    entry: &Entry,
    group: &'static str,
) -> impl IntoView + use<> {
    let rows = match entry.rows.as_slice() {
        [row] => tr!(roster.row, row = *row),
        rows => tr!(roster.rows, rows = rows.iter().map(usize::to_string).collect::<Vec<_>>().join(", ")),
    };
    let mut lines: Vec<String> = Vec::new();
    match &entry.person {
        Err(why) => lines.push(refusal(*why)),
        Ok(Person::Known { changes, .. }) => lines.extend(changes.iter().map(change_line)),
        Ok(Person::New(_)) => {}
    }
    lines.extend(entry.roles.iter().map(|r| role_line(book, plan, r)));
    lines.extend(entry.notes.iter().map(note_line));
    let who = if entry.name.is_empty() { tr!(roster.nameless) } else { entry.name.clone() };
    view! {
        <li class="roster-row" data-group=group>
            <p class="roster-row-head">
                <span class="roster-row-number">{rows}</span>
                <span class="record-title">{who}</span>
                {(!entry.student_id.is_empty()).then(|| view! { <span class="help">{entry.student_id.clone()}</span> })}
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
        Refusal::TooLong { field, max } => tr!(roster.too_long, field = field_name(field), max),
    }
}

pub(super) fn change_line(change: &Change) -> String {
    let shown = |value: Option<&serde_json::Value>| match value {
        None | Some(serde_json::Value::Null) => tr!(roster.empty_value),
        Some(v) if change.field == "gender" => gender_name(v.as_str().unwrap_or("")),
        Some(serde_json::Value::String(s)) if s.is_empty() => tr!(roster.empty_value),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(other) => crate::book::wire::json_text(other),
    };
    tr!(
        roster.change,
        field = field_name(&change.field),
        was = shown(change.was.as_ref()),
        becomes = shown(Some(&change.becomes))
    )
}

fn role_line(book: &crate::book::Book, plan: &RosterPlan, role: &PlannedRole) -> String {
    let unit = match &role.unit {
        UnitRef::Known(id) => name_of(book, Some(*id)),
        UnitRef::ToCreate(key) => {
            let name = plan.missing_units.iter().find(|m| unit_key(m) == *key).cloned().unwrap_or_default();
            tr!(roster.unit_to_create, unit = name)
        }
    };
    let role_text = format!("{} · {unit}", position_name(role.position));
    if role.already_held { tr!(roster.role_held, role = role_text) } else { tr!(roster.role_new, role = role_text) }
}

fn note_line(note: &Note) -> String {
    match note {
        Note::UnknownPosition(cell) => {
            tr!(roster.note.unknown_position, cell = cell.clone(), fallback = position_name(FALLBACK_POSITION))
        }
        Note::PositionWithoutUnit(cell) => tr!(roster.note.position_without_unit, cell = cell.clone()),
        Note::UnitNotCreated(unit) => tr!(roster.note.unit_not_created, unit = unit.clone()),
        Note::UnitNameTooLong(unit) => tr!(roster.note.unit_name_too_long, unit = unit.clone()),
        Note::NotUnderstood { field, cell } => {
            tr!(roster.note.not_understood, field = field_name(field), cell = cell.clone())
        }
    }
}

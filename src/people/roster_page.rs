//! Importing a member roster from a spreadsheet: choose the file, match its columns to fields,
//! see what will happen, apply.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::model::MEMBER;
use super::roster::{
    Column, Encoding, RosterPlan, Sheet, SheetError, Skip, detect_encoding, parse_sheet, plan, suggest,
};
use crate::book::Entropy;
use crate::browser::environment::BrowserEntropy;
use crate::browser::files::{decode_gb18030, read_picked};
use crate::people::labels::field_name;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::notice::use_notices;
use crate::ui::page_title::PageTitle;

/// Rosters larger than this are not read: 5,000 rows of a spreadsheet are far smaller.
const MAX_BYTES: usize = 4 * 1024 * 1024;

fn column_name(column: Column) -> String {
    match column.field() {
        None => tr!(roster.ignore),
        Some(field) => field_name(field),
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

#[component]
pub fn RosterPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let sheet = RwSignal::new(None::<(String, Encoding, Sheet)>);
    let mapping = RwSignal::new(Vec::<Column>::new());
    let problem = RwSignal::new(None::<String>);

    let pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = ev.target().expect("an input").unchecked_into();
        let Some(files) = input.files() else { return };
        spawn_local(async move {
            let picked = read_picked(files, MAX_BYTES).await;
            input.set_value("");
            let Some(file) = picked.into_iter().next() else { return };
            let bytes = match file.contents {
                Ok(bytes) => bytes,
                Err(_) => return problem.set(Some(tr!(roster.error.too_large))),
            };
            let (encoding, bom) = detect_encoding(&bytes);
            let text = match encoding {
                Encoding::Utf8 => String::from_utf8(bytes[bom..].to_vec()).map_err(|e| e.to_string()),
                Encoding::Gb18030 => decode_gb18030(&bytes),
            };
            let text = match text {
                Ok(text) => text,
                Err(_) => return problem.set(Some(tr!(roster.error.not_text))),
            };
            match parse_sheet(&text) {
                Err(e) => {
                    sheet.set(None);
                    problem.set(Some(format!("{}: {}", file.name, sheet_error(&e))));
                }
                Ok(parsed) => {
                    problem.set(None);
                    mapping.set(suggest(&parsed.headers));
                    sheet.set(Some((file.name, encoding, parsed)));
                }
            }
        });
    };
    let planned = move || -> Option<Result<RosterPlan, ()>> {
        sheet.with(|s| s.as_ref().map(|(_, _, sheet)| book.read(|b| plan(b, sheet, &mapping.get())).ok_or(())))
    };
    let apply = move |_| {
        let Some(Ok(plan)) = planned() else { return };
        let (new, updated) = (plan.new.len(), plan.updates.len());
        book.edit(|s, now| {
            for fields in plan.new {
                s.write(now, BrowserEntropy.new_id(), MEMBER, fields);
            }
            for (id, fields) in plan.updates {
                s.write(now, id, MEMBER, fields);
            }
        });
        sheet.set(None);
        notices.show(tr!(roster.done, new, updated));
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
                let encoding = if encoding == Encoding::Utf8 { "UTF-8" } else { "GB18030 / GBK" };
                view! {
                    <section class="card" aria-labelledby="mapping-heading">
                        <h2 id="mapping-heading">{tr!(roster.mapping)}</h2>
                        <p class="help"><span lang="zxx">{name}</span> " · " {tr!(roster.read_as, encoding, rows = sheet.rows.len())}</p>
                        {sheet.headers.iter().enumerate().map(|(i, header)| {
                            let id = format!("column-{i}");
                            let sample = sheet.rows.first().and_then(|r| r.get(i)).cloned().unwrap_or_default();
                            view! {
                                <div class="field">
                                    <label for=id.clone()>{header.clone()} {(!sample.is_empty()).then(|| format!(" ({sample})"))}</label>
                                    <select id=id on:change=move |ev| {
                                        let chosen = Column::parse(&event_target_value(&ev));
                                        mapping.update(|m| if let Some(slot) = m.get_mut(i) { *slot = chosen });
                                    }>
                                        {Column::ALL.into_iter().map(|c| {
                                            let selected = mapping.with_untracked(|m| m.get(i) == Some(&c));
                                            view! { <option value=c.field().unwrap_or("") selected=selected>{column_name(c)}</option> }
                                        }).collect_view()}
                                    </select>
                                </div>
                            }
                        }).collect_view()}
                    </section>
                }
            })}
            {move || planned().map(|plan| match plan {
                Err(()) => view! { <p class="notice" role="alert">{tr!(roster.error.no_name)}</p> }.into_any(),
                Ok(plan) => view! {
                    <section class="card" aria-labelledby="roster-preview-heading" data-testid="roster-preview">
                        <h2 id="roster-preview-heading">{tr!(roster.preview)}</h2>
                        <ul class="plain-list">
                            <li>{tr!(roster.new, count = plan.new.len())}</li>
                            <li>{tr!(roster.updates, count = plan.updates.len())}</li>
                            <li>{tr!(roster.merged, count = plan.merged_in_file)}</li>
                            {plan.skipped.iter().map(|(row, why)| view! {
                                <li>{tr!(roster.skipped, row = *row)} " " {match why { Skip::NoName => tr!(roster.no_name) }}</li>
                            }).collect_view()}
                        </ul>
                        <div class="actions">
                            <button class="button primary" on:click=apply>{tr!(roster.apply)}</button>
                            <button class="button" on:click=move |_| sheet.set(None)>{tr!(form.cancel)}</button>
                        </div>
                    </section>
                }.into_any(),
            })}
        </section>
    }
}

//! The arrivals over every door, as the secretary reads them once the doors' files are in:
//! each person once at their earliest time, and those tapped at two doors shown with both; and
//! the one small file a door hands over.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::arrivals::arrivals;
use super::model::{DoorLog, logs_of};
use crate::book::RecordId;
use crate::book::format::Selection;
use crate::browser::environment::clock_time;
use crate::browser::environment::today;
use crate::data::model::export_file;
use crate::ui::book_state::BookState;
use crate::ui::hand_over::{ProtectChoice, Protection, export_meta, hand_over};
use crate::ui::notice::use_notices;
use crate::ui::pieces::name_of;
use crate::ui::settings::SettingsState;

/// A door as people call it: its name, else its officer's.
fn door_name(book: &crate::book::Book, log: &DoorLog) -> String {
    Some(log.door.clone())
        .filter(|d| !d.trim().is_empty())
        .or_else(|| log.device.and_then(|d| book.officer_of(d)).map(str::to_owned))
        .unwrap_or_else(|| tr!(door.unnamed))
}

#[component]
pub fn ArrivalsView(list: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let rows = move || {
        book.read(|b| {
            let mut logs = logs_of(b, list);
            for log in &mut logs {
                log.door = door_name(b, log);
            }
            let doors = logs.iter().filter(|l| !l.arrivals.is_empty()).count();
            let rows: Vec<(String, super::arrivals::Arrival)> =
                arrivals(&logs).into_iter().map(|a| (name_of(b, Some(a.person)), a)).collect();
            (doors, rows)
        })
    };
    let at_doors = |a: &super::arrivals::Arrival| {
        a.doors
            .iter()
            .map(|(_, door, at)| format!("{door} {}", clock_time(*at)))
            .collect::<Vec<_>>()
            .join(tr!(door.list_separator).as_str())
    };
    view! {
        <section class="card" aria-labelledby="door-arrivals-heading" data-testid="door-arrivals">
            <h2 id="door-arrivals-heading">{tr!(door.arrivals)}</h2>
            {move || {
                let (doors, rows) = rows();
                if rows.is_empty() {
                    return view! { <p class="help">{tr!(door.arrivals_none)}</p> }.into_any();
                }
                let doubles: Vec<(String, String)> = rows.iter().filter(|(_, a)| a.is_double()).map(|(n, a)| (n.clone(), at_doors(a))).collect();
                view! {
                    <p data-testid="door-arrivals-summary">{tr!(door.arrivals_summary, count = rows.len(), doubles = doubles.len(), doors)}</p>
                    {(!doubles.is_empty()).then(|| view! {
                        <ul class="door-doubles" data-testid="door-doubles">
                            {doubles.into_iter().map(|(name, doors)| view! {
                                <li><strong>{name}</strong> " " {tr!(door.at_both, doors)}</li>
                            }).collect_view()}
                        </ul>
                    })}
                    <details>
                        <summary>{tr!(door.every_arrival)}</summary>
                        <ol class="door-arrival-list" data-testid="door-arrival-list">
                            {rows.into_iter().map(|(name, a)| view! {
                                <li data-double=a.is_double().then_some("true")>
                                    {clock_time(a.first_ms)} " " <strong>{name}</strong> " · " {a.first_door().to_owned()}
                                </li>
                            }).collect_view()}
                        </ol>
                    </details>
                }.into_any()
            }}
        </section>
    }
}

/// "Export this list": the list, its door logs and the people marked on it, as one file shared
/// or downloaded like the Data page's exports.
#[component]
pub fn ExportList(list: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let settings = expect_context::<SettingsState>();
    let notices = use_notices();
    let busy = RwSignal::new(false);
    let protection = Protection::new();
    let run = move |_| {
        let Ok(passphrase) = protection.passphrase() else { return };
        let meta = export_meta(book, settings, Selection::List { root: list });
        let file = book.read(|b| export_file(b, &meta, today()));
        busy.set(true);
        spawn_local(async move {
            hand_over(&file, passphrase, notices).await;
            busy.set(false);
        });
    };
    view! {
        <section class="card" aria-labelledby="door-export-heading">
            <h2 id="door-export-heading">{tr!(door.export_title)}</h2>
            <p class="help">{tr!(door.export_help)}</p>
            <ProtectChoice protection />
            <button type="button" class="button primary" on:click=run disabled=move || busy.get()>{tr!(door.export)}</button>
        </section>
    }
}

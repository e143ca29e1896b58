//! The Data page: the state of the book, export, import, history, deleted records, the sample.

use leptos::prelude::*;

use super::export::ExportPanel;
use super::history::{DeletedPanel, HistoryPanel};
use super::import::ImportPanel;
use super::model::{fingerprint, needs_export_reminder};
use super::show::when;
use crate::book::persist::PREFIX;
use crate::book::store::KeyValueStore;
use crate::browser::environment::now_ms;
use crate::browser::files::download;
use crate::browser::local_storage::LocalStorage;
use crate::people::model::{MEMBER, UNIT};
use crate::sample::{has_sample, load_sample, remove_sample};
use crate::ui::areas::Area;
use crate::ui::book_state::{BookHealth, BookState};
use crate::ui::labels::area_name;
use crate::ui::notice::use_notices;
use crate::ui::page_title::PageTitle;

#[component]
pub fn DataPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    view! {
        <PageTitle area=Area::Data />
        <section class="page">
            <h1>{area_name(Area::Data)}</h1>
            {move || (!book.health.with(BookHealth::editable)).then(|| view! {
                <RescuePanel />
            })}
            <ExportReminder />
            <StatusPanel />
            <ExportPanel />
            <ImportPanel />
            <HistoryPanel />
            <DeletedPanel />
            <SamplePanel />
        </section>
    }
}

/// Shown when this device has changes older than a week that no export holds.
#[component]
pub fn ExportReminder() -> impl IntoView {
    let book = expect_context::<BookState>();
    let settings = expect_context::<crate::ui::settings::SettingsState>();
    let due = move || {
        let since = book.last_export.with(|l| l.stamp);
        needs_export_reminder(book.read_session(|s| s.oldest_unexported_change(since, settings.device())), now_ms())
    };
    view! {
        {move || due().then(|| view! {
            <p class="notice">
                {tr!(data.reminder)} " "
                <a href="/data#export">{tr!(data.export_now)}</a>
            </p>
        })}
    }
}

/// The fingerprint hashes every record and the space used reads every stored key: with a big
/// book that is work no edit should pay for. Both are worked out when the page opens and then
/// only on a tap; a change to the book hides them (cheap: it only tracks the revision) until
/// the officer asks again.
#[component]
fn StatusPanel() -> impl IntoView {
    let book = expect_context::<BookState>();
    let counts = move || book.read(|b| (b.live(UNIT).count(), b.live(MEMBER).count(), b.len()));
    let measure = move || Some((untrack(|| book.read(fingerprint)), space_used()));
    let measured = RwSignal::new(measure());
    Effect::watch(move || book.read(|_| ()), move |_, _, _| measured.set(None), false);
    let shown = move |pick: fn(&(String, String)) -> String| measured.with(|m| m.as_ref().map_or("—".into(), pick));
    let last = move || match book.last_export.with(|l| l.wall_ms) {
        Some(ms) => tr!(data.last_export, when = when(ms)),
        None => tr!(data.never_exported),
    };
    view! {
        <section class="card" aria-labelledby="status-heading">
            <h2 id="status-heading">{tr!(data.status)}</h2>
            <dl class="facts">
                <div><dt>{super::show::kind_name("unit")}</dt><dd data-testid="count-units">{move || counts().0}</dd></div>
                <div><dt>{super::show::kind_name("member")}</dt><dd data-testid="count-members">{move || counts().1}</dd></div>
                <div><dt>{tr!(data.all_records)}</dt><dd>{move || counts().2}</dd></div>
                <div><dt>{tr!(data.fingerprint)}</dt><dd class="mono" lang="zxx" data-testid="fingerprint">{move || shown(|m| m.0.clone())}</dd></div>
                <div><dt>{tr!(data.storage_used)}</dt><dd>{move || shown(|m| tr!(data.percent_of_space, percent = m.1.clone()))}</dd></div>
                <div><dt>{tr!(data.exported)}</dt><dd>{last}</dd></div>
            </dl>
            {move || measured.with(Option::is_none).then(|| view! {
                <button class="button" on:click=move |_| measured.set(measure())>{tr!(data.check_again)}</button>
            })}
            <p class="help">{tr!(data.fingerprint_help)}</p>
        </section>
    }
}

/// The share of localStorage's 5 Mi UTF-16 units the stored book takes, as text ("12.3").
fn space_used() -> String {
    let keys = LocalStorage.keys().unwrap_or_default();
    let units: usize = keys
        .iter()
        .filter(|k| k.starts_with(PREFIX))
        .filter_map(|k| LocalStorage.get(k).ok().flatten().map(|v| v.encode_utf16().count() + k.len()))
        .sum();
    crate::locale::one_decimal(units as u64 * 100, 5 * 1024 * 1024)
}

#[component]
fn SamplePanel() -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let showing = move || book.read(has_sample);
    let empty = move || book.read(|b| b.live(UNIT).next().is_none() && b.live(MEMBER).next().is_none());
    let load = move |_| {
        book.edit(load_sample);
        notices.show(tr!(data.sample_loaded));
    };
    let remove = move |_| {
        let epoch = crate::book::Entropy::new_id(&mut crate::browser::environment::BrowserEntropy);
        if let Some(n) = book.edit(|s, _| remove_sample(s, epoch)) {
            notices.show(tr!(data.sample_removed, count = n));
        }
    };
    view! {
        <section class="card" aria-labelledby="sample-heading">
            <h2 id="sample-heading">{tr!(data.sample_title)}</h2>
            <p>{tr!(data.sample_body)}</p>
            {move || {
                if showing() {
                    view! { <button class="button danger" on:click=remove>{tr!(data.sample_remove)}</button> }.into_any()
                } else if empty() {
                    view! { <button class="button primary" on:click=load>{tr!(data.sample_load)}</button> }.into_any()
                } else {
                    view! { <p class="help">{tr!(data.sample_only_empty)}</p> }.into_any()
                }
            }}
        </section>
    }
}

/// When the stored book cannot be opened: keep it, say so, offer it for download, and only
/// then offer to start over.
#[component]
fn RescuePanel() -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let kept = RwSignal::new(false);
    let explanation = move || match book.health.get() {
        BookHealth::Unreadable { key, reason } => tr!(data.rescue.unreadable, key, reason),
        BookHealth::NewerApp(version) => tr!(data.rescue.newer, version),
        _ => String::new(),
    };
    let save_copy = move |_| match book.raw_dump() {
        Ok(text) => {
            let name = format!("unionbook-stored-data-{}.json", crate::browser::environment::today());
            match download(&name, &text) {
                Ok(()) => notices.show(tr!(data.rescue.downloaded, name)),
                Err(e) => notices.show(tr!(data.rescue.failed, reason = e)),
            }
        }
        Err(e) => notices.show(tr!(data.rescue.failed, reason = e.to_string())),
    };
    let start_over = move |_| match book.start_over() {
        Ok(()) => notices.show(tr!(data.rescue.started_over)),
        Err(e) => notices.show(tr!(data.rescue.failed, reason = e.to_string())),
    };
    view! {
        <section class="card alert" aria-labelledby="rescue-heading">
            <h2 id="rescue-heading">{tr!(data.rescue.title)}</h2>
            <p>{explanation}</p>
            <p>{tr!(data.rescue.kept)}</p>
            <div class="actions">
                <button class="button primary" on:click=save_copy>{tr!(data.rescue.download)}</button>
            </div>
            <div class="field checkbox">
                <input id="rescue-kept" type="checkbox" prop:checked=move || kept.get() on:change=move |ev| kept.set(event_target_checked(&ev)) />
                <label for="rescue-kept">{tr!(data.rescue.confirm)}</label>
            </div>
            <button class="button danger" disabled=move || !kept.get() on:click=start_over>{tr!(data.rescue.start_over)}</button>
        </section>
    }
}

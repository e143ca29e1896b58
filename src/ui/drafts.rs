//! Typed input is never lost: every form on a page keeps what the officer typed as a draft
//! (`crate::drafts`, `browser::draft_store`) from the first change until it is saved, and a
//! page that opens with a draft offers it back. It works for every form at once, from the
//! page's own input events, so no form has to remember to take part; a form whose input is not
//! a record's (a file to import, the settings, a search) says `data-no-draft`. Passwords and
//! files are never kept.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, EventInit, HtmlFormElement};

use crate::browser::draft_store;
use crate::browser::environment::{local_datetime, now_ms};
use crate::drafts::{Draft, DraftField};
use crate::ui::language::current_lang;
use crate::ui::router::CurrentRoute;

thread_local! {
    // The chunk's entry points once it is loaded: the first load holds only this glue (the
    // keeping and the offer cost it 16 KB gzip when they were part of it).
    static KEEPER: Cell<Option<Keeper>> = const { Cell::new(None) };
    static LISTENING: Cell<bool> = const { Cell::new(false) };
    // Each form's fields as it opened (taken when it is first focused), by draft key: what a
    // draft is compared with, so a form opened and left unchanged keeps nothing.
    static OPENED: RefCell<HashMap<String, Vec<DraftField>>> = RefCell::new(HashMap::new());
    // The page whose forms `OPENED` holds.
    static VISIT: RefCell<String> = const { RefCell::new(String::new()) };
}

fn path() -> String {
    web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default()
}

fn forms() -> Vec<HtmlFormElement> {
    let Some(list) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector_all("main form").ok())
    else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<HtmlFormElement>().ok()).collect()
}

/// The draft key of the form an event came from, and the form; none for a form that keeps none.
fn form_of(ev: &Event) -> Option<(String, HtmlFormElement)> {
    let target: Element = ev.target()?.dyn_into().ok()?;
    let form: HtmlFormElement = target.closest("form").ok()??.dyn_into().ok()?;
    if form.has_attribute("data-no-draft") {
        return None;
    }
    let place = forms().iter().position(|f| *f == form)?;
    Some((draft_store::key(&path(), place), form))
}

/// The fields of a form worth keeping, by id, in the order they appear.
fn fields(form: &HtmlFormElement) -> Vec<DraftField> {
    let Ok(list) = form.query_selector_all("input[id], select[id], textarea[id]") else { return Vec::new() };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .filter(|el| el.closest("[data-no-draft]").ok().flatten().is_none())
        .filter_map(|el| {
            let kind = el.get_attribute("type").unwrap_or_default();
            if ["password", "file", "hidden", "submit", "button", "search"].contains(&kind.as_str()) {
                return None;
            }
            let value = if kind == "checkbox" || kind == "radio" {
                js_sys::Reflect::get(&el, &"checked".into()).ok()?.as_bool()?.to_string()
            } else {
                js_sys::Reflect::get(&el, &"value".into()).ok()?.as_string()?
            };
            Some(DraftField { id: el.id(), value })
        })
        .collect()
}

/// Remembers a form's fields as it opened, once a visit: a page opened afresh (left and come
/// back to, or saved and shown again) opens its forms afresh.
fn remember(key: String, form: &HtmlFormElement) {
    let here = path();
    if VISIT.with(|v| v.replace(here.clone())) != here {
        OPENED.with(|o| o.borrow_mut().clear());
    }
    OPENED.with(|o| {
        o.borrow_mut().entry(key).or_insert_with(|| fields(form));
    });
}

/// On focus: remembers the form as it opened, once.
fn remember_opened(ev: Event) {
    if let Some((key, form)) = form_of(&ev) {
        remember(key, &form);
    }
}

/// On input (a select and a checkbox fire it too): keeps the form's input as a draft, or
/// forgets it when the form is back to how it opened.
fn keep(ev: Event) {
    let Some((key, form)) = form_of(&ev) else { return };
    let current = fields(&form);
    let opened = OPENED.with(|o| o.borrow().get(&key).cloned());
    // A change without a focus first (a picker's button) compares with nothing: it is input.
    match Draft::of(now_ms(), opened.as_deref().unwrap_or(&[]), current) {
        Some(draft) => draft_store::put(&key, &draft),
        None => draft_store::remove(&key),
    }
}

/// Puts a draft's values back into its form, as if typed: each field gets the events its
/// handlers listen to, so the form's own state follows.
fn restore(key: &str, draft: &Draft) {
    let Some(form) =
        key.rsplit('#').next().and_then(|n| n.parse::<usize>().ok()).and_then(|n| forms().into_iter().nth(n))
    else {
        return;
    };
    remember(key.to_owned(), &form);
    let init = EventInit::new();
    init.set_bubbles(true);
    for field in &draft.fields {
        let Ok(Some(el)) = form.query_selector(&format!("#{}", css_id(&field.id))) else { continue };
        let kind = el.get_attribute("type").unwrap_or_default();
        let (property, value) = if kind == "checkbox" || kind == "radio" {
            ("checked", JsValue::from_bool(field.value == "true"))
        } else {
            ("value", JsValue::from_str(&field.value))
        };
        let _ = js_sys::Reflect::set(&el, &property.into(), &value);
        for name in ["input", "change"] {
            if let Ok(event) = Event::new_with_event_init_dict(name, &init) {
                let _ = el.dispatch_event(&event);
            }
        }
    }
}

/// An id as a CSS selector: ids here are ASCII words, but one typed into a record could be anything.
fn css_id(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c.to_string() } else { format!("\\{:x} ", c as u32) }
        })
        .collect()
}

/// Each form's unsaved input on this page, offered back with when it was typed.
fn offer_view() -> AnyView {
    let offers: RwSignal<Vec<(String, Draft)>> = RwSignal::new(Vec::new());
    // Looked for once the page is drawn (its forms may come a moment later, with its chunk).
    look(offers, 0);
    view! {
        {move || offers.get().into_iter().map(|(key, draft)| {
            let when = current_lang().format_datetime(local_datetime(draft.at));
            let (restore_key, discard_key) = (key.clone(), key.clone());
            let kept = draft.clone();
            let close = move |key: &str| offers.update(|list| list.retain(|(k, _)| k != key));
            view! {
                <div class="notice draft-offer" role="group" aria-label=tr!(drafts.title) data-testid="draft-offer">
                    <p>{tr!(drafts.offer, when = when)}</p>
                    <div class="actions">
                        <button type="button" class="button primary" on:click=move |_| {
                            restore(&restore_key, &kept);
                            close(&restore_key);
                        }>{tr!(drafts.restore)}</button>
                        <button type="button" class="button" on:click=move |_| {
                            draft_store::remove(&discard_key);
                            close(&discard_key);
                        }>{tr!(drafts.discard)}</button>
                    </div>
                </div>
            }
        }).collect_view()}
    }
    .into_any()
}

/// Offers the drafts whose forms are on the page; tries again for a while if they are not yet.
fn look(offers: RwSignal<Vec<(String, Draft)>>, tries: u32) {
    let here = path();
    set_timeout(
        move || {
            if path() != here {
                return;
            }
            let drafts = draft_store::of_page(&here);
            if drafts.is_empty() {
                return;
            }
            let count = forms().len();
            let shown: Vec<(String, Draft)> = drafts
                .into_iter()
                .filter(|(k, _)| k.rsplit('#').next().and_then(|n| n.parse::<usize>().ok()).is_some_and(|n| n < count))
                .collect();
            if shown.is_empty() && tries < 20 {
                look(offers, tries + 1);
            } else {
                offers.set(shown);
            }
        },
        std::time::Duration::from_millis(if tries == 0 { 0 } else { 150 }),
    );
}

/// The chunk's entry points.
#[derive(Clone, Copy)]
struct Keeper {
    focus: fn(Event),
    offer: fn() -> AnyView,
}

#[lazy]
fn keeper() -> Keeper {
    listen();
    Keeper { focus: remember_opened, offer: offer_view }
}

/// From the chunk's first use on, every input in `main` is kept (the listener is the chunk's,
/// so the first load carries no handler for it).
fn listen() {
    if LISTENING.with(|l| l.replace(true)) {
        return;
    }
    let Some(main) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("main")) else {
        return;
    };
    let keep = wasm_bindgen::closure::Closure::<dyn Fn(Event)>::new(keep);
    if main.add_event_listener_with_callback("input", keep.as_ref().unchecked_ref()).is_ok() {
        // The listener lives as long as the page.
        keep.forget();
    }
}

/// Loads the chunk the first time (it then listens for input), and remembers how the focused
/// form opened.
pub fn on_focus(ev: Event) {
    let in_a_form = ev
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|t| t.closest("form:not([data-no-draft])").ok().flatten())
        .is_some();
    if !in_a_form {
        return;
    }
    match KEEPER.get() {
        Some(k) => (k.focus)(ev),
        None => leptos::task::spawn_local(async move {
            let k = keeper().await;
            KEEPER.set(Some(k));
            (k.focus)(ev);
        }),
    }
}

/// The page's input was saved: its drafts go. (How its forms opened is forgotten by the chunk
/// when the page is left; a form that stays open compares with what it opened with.)
pub fn saved() {
    draft_store::forget_page(&path());
}

/// Above the page, when it has drafts: the offer, from the chunk.
#[component]
pub fn DraftOffer() -> impl IntoView {
    let route = expect_context::<CurrentRoute>().0;
    // Fetched once the app has started, not at the first focus: input typed while it was
    // still on its way would have been missed.
    leptos::task::spawn_local(async {
        if KEEPER.get().is_none() {
            KEEPER.set(Some(keeper().await));
        }
    });
    move || {
        route.track();
        draft_store::any_of_page(&path()).then(|| {
            Suspend::new(async move {
                let k = keeper().await;
                KEEPER.set(Some(k));
                (k.offer)()
            })
            .into_any()
        })
    }
}

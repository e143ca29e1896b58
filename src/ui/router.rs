//! The browser side of routing: the current route as a signal, links that navigate without a
//! page load, and the back button. Written here rather than taken from leptos_router because
//! that crate cost about 80 KB of the wasm for what these 80 lines do.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::routes::Route;

/// The current route, provided as a context by the app.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub RwSignal<Route>);

thread_local! {
    // Event handlers run outside any reactive owner, so `navigate` cannot find the route as a
    // context there; there is one app per page, and this is its route.
    static ROUTE: std::cell::Cell<Option<CurrentRoute>> = const { std::cell::Cell::new(None) };
}

fn location_path() -> String {
    web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_else(|| "/".into())
}

impl CurrentRoute {
    /// Reads the address, and follows the back and forward buttons and every same-origin link.
    pub fn start() -> CurrentRoute {
        let route = CurrentRoute(RwSignal::new(Route::parse(&location_path())));
        provide_context(route);
        ROUTE.with(|r| r.set(Some(route)));
        let Some(window) = web_sys::window() else {
            return route;
        };
        let on_pop = Closure::<dyn Fn()>::new(move || route.0.set(Route::parse(&location_path())));
        let _ = window.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
        on_pop.forget();
        let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |e: web_sys::MouseEvent| intercept(route, e));
        if let Some(document) = window.document() {
            let _ = document.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
        }
        on_click.forget();
        route
    }
}

/// A click on a link to this app's own page: show it without loading the page again.
fn intercept(route: CurrentRoute, e: web_sys::MouseEvent) {
    if e.default_prevented() || e.button() != 0 || e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() {
        return;
    }
    let Some(anchor) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href]").ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    let same_origin = web_sys::window().and_then(|w| w.location().origin().ok()) == Some(anchor.origin());
    if !same_origin || !anchor.target().is_empty() || anchor.has_attribute("download") {
        return;
    }
    let (path, hash) = (anchor.pathname(), anchor.hash());
    if !hash.is_empty() && path == location_path() {
        return; // A jump within this page: the browser does it.
    }
    e.prevent_default();
    go(route, &format!("{path}{hash}"));
}

/// Shows the page at `path` and adds it to the history.
pub fn navigate(path: &str) {
    if let Some(route) = ROUTE.with(std::cell::Cell::get) {
        go(route, path);
    }
}

fn go(route: CurrentRoute, path: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(path));
    }
    route.0.set(Route::parse(path));
    if let Some((_, anchor)) = path.split_once('#') {
        // Jump to the anchor once the page is drawn.
        let anchor = anchor.to_owned();
        request_animation_frame(move || {
            if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&anchor)) {
                el.scroll_into_view();
            }
        });
    } else {
        window.scroll_to_with_x_and_y(0.0, 0.0);
        // Move focus to the new page, so screen readers start reading there.
        request_animation_frame(|| {
            if let Some(main) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("main")) {
                if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                    let _ = main.focus();
                }
            }
        });
    }
}

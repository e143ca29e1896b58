use leptos::prelude::*;
use web_sys::ServiceWorker;

use crate::browser::service_worker;

/// The new version's service worker, once one is installed and waiting.
#[derive(Clone, Copy)]
pub struct WaitingWorker(RwSignal<Option<ServiceWorker>, LocalStorage>);

impl WaitingWorker {
    pub fn provide() -> WaitingWorker {
        let this = WaitingWorker(RwSignal::new_local(None));
        provide_context(this);
        this
    }

    pub fn offer(self, worker: ServiceWorker) {
        self.0.set(Some(worker));
    }
}

/// Offers to reload when a new version is ready; until then the page keeps its own files.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let waiting = expect_context::<WaitingWorker>().0;
    let reload = move |_| {
        if let Some(worker) = waiting.get_untracked() {
            service_worker::activate(&worker);
        }
    };
    view! {
        {move || (waiting.with(Option::is_some)).then(|| view! {
            <div class="update-banner" role="status">
                <span>{tr!(update.ready)}</span>
                <button class="button primary" on:click=reload>{tr!(update.reload)}</button>
            </div>
        })}
    }
}

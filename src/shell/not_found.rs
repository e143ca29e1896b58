use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    crate::ui::language::set_title(&tr!(not_found.title));
    view! {
        <section class="page">
            <h1>{tr!(not_found.title)}</h1>
            <p>{tr!(not_found.body)}</p>
            <p><a href="/">{tr!(not_found.home)}</a></p>
        </section>
    }
}

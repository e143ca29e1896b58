//! Several of a list at once (an activity's units, its people in charge): a checkbox each,
//! in a fieldset named by its legend, with the error under it.

use leptos::prelude::*;

#[component]
pub fn Choices(
    id: &'static str,
    #[prop(into)] legend: String,
    options: Vec<(String, String)>,
    chosen: RwSignal<Vec<String>>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    view! {
        <fieldset class="choices" aria-describedby=move || error.with(Option::is_some).then(|| described.clone())>
            <legend>{legend}</legend>
            {options.into_iter().enumerate().map(|(i, (value, label))| {
                let input = format!("{id}-{i}");
                let v = value.clone();
                let checked = move || chosen.with(|c| c.contains(&v));
                let toggle = move |ev: leptos::ev::Event| {
                    let on = event_target_checked(&ev);
                    chosen.update(|c| {
                        c.retain(|x| *x != value);
                        if on {
                            c.push(value.clone());
                        }
                    });
                };
                view! {
                    <div class="field checkbox">
                        <input id=input.clone() type="checkbox" prop:checked=checked on:change=toggle />
                        <label for=input>{label}</label>
                    </div>
                }
            }).collect_view()}
            <p class="field-error" id=error_id>{move || error.get()}</p>
        </fieldset>
    }
}

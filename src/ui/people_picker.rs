//! Choosing people by searching the book (members, and students of the register unless only
//! members may be chosen): the chosen ones with a button each to take them off, a search box,
//! and the people it finds as buttons to add them. Used for an issue's editors, an article's
//! authors and an award's people.

use leptos::prelude::*;

use crate::browser::pinyin::collate;
use crate::people::everyone::{PeopleIndex, everyone};
use crate::pinyin::initials;
use crate::ui::book_state::BookState;
use crate::ui::pieces::name_of;

#[component]
pub fn PeoplePicker(
    id: &'static str,
    #[prop(into)] legend: String,
    chosen: RwSignal<Vec<String>>,
    #[prop(optional)] members_only: bool,
    #[prop(into, optional)] error: Signal<Option<String>>,
) -> impl IntoView {
    let book = expect_context::<BookState>();
    let query = RwSignal::new(String::new());
    // Built at the first keystroke: working out every name's initials is the costly part.
    let index = StoredValue::new_local(None::<PeopleIndex>);
    let found = move || {
        let q = query.get();
        if q.trim().is_empty() {
            return Vec::new();
        }
        if index.with_value(Option::is_none) {
            let people = book.read(everyone).into_iter().filter(|p| !members_only || p.member.is_some()).collect();
            index.set_value(Some(PeopleIndex::new(people, &initials)));
        }
        let taken = chosen.get();
        index.with_value(|i| {
            i.as_ref()
                .map(|i| {
                    i.find(&q, 8, &|a, b| collate(&a.name, &b.name))
                        .into_iter()
                        .filter(|p| !taken.contains(&p.id.to_string()))
                        .map(|p| (p.id.to_string(), p.name.clone(), p.class.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    let search_id = format!("{id}-search");
    view! {
        <fieldset class="choices people-picker" id=id aria-describedby=move || error.with(Option::is_some).then(|| described.clone())>
            <legend>{legend}</legend>
            <ul class="record-list" data-testid=format!("{id}-chosen")>
                {move || {
                    let list = chosen.get();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(publications.chosen_none)}</li> }.into_any();
                    }
                    list.into_iter().map(|person| {
                        let name = book.read(|b| name_of(b, crate::book::RecordId::parse(&person)));
                        let label = tr!(publications.remove_person, name = name.clone());
                        view! {
                            <li class="record-row">
                                <span class="record-title">{name}</span>
                                <button type="button" class="button"
                                    on:click=move |_| chosen.update(|c| c.retain(|x| *x != person))>{label}</button>
                            </li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
            <div class="field">
                <label for=search_id.clone()>{tr!(publications.find)}</label>
                <input id=search_id type="search" autocomplete="off" prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev)) />
            </div>
            <div class="actions">
                {move || found().into_iter().map(|(person, name, class)| {
                    let label = tr!(publications.add_person, name);
                    view! {
                        <button type="button" class="button" on:click=move |_| {
                            chosen.update(|c| c.push(person.clone()));
                            query.set(String::new());
                        }>
                            {label}{(!class.is_empty()).then(|| format!(" · {class}"))}
                        </button>
                    }
                }).collect_view()}
            </div>
            <p class="field-error" id=error_id>{move || error.get()}</p>
        </fieldset>
    }
}

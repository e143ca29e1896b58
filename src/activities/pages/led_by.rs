//! The activities a member led, on their page (the shell puts it there): each a link, newest
//! first, with its status and days; a line saying so when there are none.

use leptos::prelude::*;

use super::labels::ActivityRow;
use crate::activities::model::{Filter, activities};
use crate::book::RecordId;
use crate::ui::book_state::BookState;

#[component]
pub fn ActivitiesLedBy(member: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let list = move || {
        book.read(|b| {
            activities(b, &Filter::default()).into_iter().filter(|a| a.leads.contains(&member)).collect::<Vec<_>>()
        })
    };
    move || {
        let list = list();
        if list.is_empty() {
            return view! { <p class="help" data-testid="member-activities">{tr!(people.history.no_activities)}</p> }
                .into_any();
        }
        view! {
            <ul class="record-list" data-testid="member-activities">
                {list.into_iter().map(|activity| view! { <ActivityRow activity /> }).collect_view()}
            </ul>
        }
        .into_any()
    }
}

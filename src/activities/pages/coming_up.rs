//! "Coming up" on Home: the next few activities, each a link; nothing at all when none.

use leptos::prelude::*;

use super::labels::ActivityRow;
use crate::activities::model::coming_up;
use crate::browser::environment::today;
use crate::ui::book_state::BookState;

/// How many Home shows: a glance, not the list.
const SHOWN: usize = 5;

#[component]
pub fn ComingUp() -> impl IntoView {
    let book = expect_context::<BookState>();
    let today = today();
    let list = move || book.read(|b| coming_up(b, today)).into_iter().take(SHOWN).collect::<Vec<_>>();
    move || {
        let list = list();
        (!list.is_empty()).then(|| {
            view! {
                <section class="card" aria-labelledby="coming-up-heading" data-testid="coming-up">
                    <h2 id="coming-up-heading">{tr!(activities.coming_up)}</h2>
                    <ul class="record-list">
                        {list.into_iter().map(|activity| view! { <ActivityRow activity /> }).collect_view()}
                    </ul>
                    <p><a href="/activities">{tr!(activities.all_activities)}</a></p>
                </section>
            }
        })
    }
}

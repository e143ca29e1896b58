//! A member's own open tasks and action items, for their page: the shell puts this on People's
//! member page (`MemberPage`'s `tasks`), so that People imports no other area's views.

use leptos::prelude::*;

use super::model::{Parent, open_tasks_of};
use super::words::{TaskWhen, parent_name, parent_path};
use crate::book::RecordId;
use crate::browser::environment::today;
use crate::browser::pinyin::collate;
use crate::ui::book_state::BookState;
use crate::ui::sample_badge::SampleBadge;

#[component]
pub fn MemberTasks(member: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let today = today();
    let list = move || {
        book.read(|b| {
            open_tasks_of(b, member, &collate)
                .into_iter()
                .map(|t| {
                    let parent = t.of.and_then(|of| Parent::of(b, of));
                    (t, parent)
                })
                .collect::<Vec<_>>()
        })
    };
    move || {
        let list = list();
        if list.is_empty() {
            return view! { <p class="help" data-testid="member-tasks">{tr!(tasks.none_open)}</p> }.into_any();
        }
        view! {
            <section class="card" aria-labelledby="member-tasks-heading" data-testid="member-tasks">
                <h2 id="member-tasks-heading">{tr!(tasks.member_heading)}</h2>
                <ul class="record-list">
                    {list.into_iter().map(|(t, parent)| view! {
                        <li class="record-row" data-overdue=t.is_overdue(today).then_some("true")>
                            <span class="record-title">{t.title.clone()}</span>
                            <SampleBadge id=t.id />
                            <span class="record-meta">
                                <TaskWhen task=t.clone() today />
                                {parent.map(|p| view! { " · " <a href=parent_path(&p)>{parent_name(&p)}</a> })}
                            </span>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }
        .into_any()
    }
}

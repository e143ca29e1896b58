//! `/meetings/action-items`: every open task in the book, overdue first, each with who does it
//! and what it belongs to; ticking one done takes it off the list (with an undo).

use leptos::prelude::*;

use super::model::open_action_items;
use super::views::TaskCheck;
use super::words::{TaskWhen, parent_name, parent_path, parent_title};
use crate::browser::environment::today;
use crate::browser::pinyin::collate;
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::page_title::PageTitle;
use crate::ui::pieces::{CsvButton, name_of};
use crate::ui::routes::Route;
use crate::ui::sample_badge::SampleBadge;

#[component]
pub fn ActionItemsPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let today = today();
    let list = move || {
        book.read(|b| {
            open_action_items(b, &collate)
                .into_iter()
                .map(|item| (name_of(b, item.task.owner), item))
                .collect::<Vec<_>>()
        })
    };
    let overdue = move || list().iter().filter(|(_, i)| i.task.is_overdue(today)).count();
    let table = move || Table {
        headers: vec![
            tr!(tasks.task),
            tr!(tasks.owner),
            tr!(tasks.due),
            tr!(tasks.overdue),
            tr!(tasks.from),
            tr!(tasks.date),
        ],
        rows: list()
            .into_iter()
            .map(|(owner, item)| {
                let t = &item.task;
                vec![
                    t.title.clone(),
                    owner,
                    t.due.map(|d| d.to_string()).unwrap_or_default(),
                    if t.is_overdue(today) { tr!(tasks.overdue) } else { String::new() },
                    item.parent.as_ref().map(parent_title).unwrap_or_default(),
                    item.parent.as_ref().and_then(|p| p.date).map(|d| d.to_string()).unwrap_or_default(),
                ]
            })
            .collect(),
    };
    view! {
        <PageTitle area=Area::Meetings />
        <section class="page">
            <h1>{tr!(tasks.open_title)}</h1>
            <p class="lead">{tr!(tasks.open_intro)}</p>
            <p><a href=Route::Meetings.path()>{tr!(meetings.back)}</a></p>
            {move || {
                let n = overdue();
                (n > 0).then(|| view! { <p><span class="badge overdue">{tr!(tasks.overdue_count, count = n)}</span></p> })
            }}
            <ul class="record-list" data-testid="action-items">
                {move || {
                    let list = list();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(tasks.open_none)}</li> }.into_any();
                    }
                    list.into_iter().map(|(owner, item)| {
                        let t = item.task;
                        view! {
                            <li class="record-row task-row" data-overdue=t.is_overdue(today).then_some("true")>
                                <TaskCheck task=t.clone() />
                                <SampleBadge id=t.id />
                                <span class="record-meta">
                                    {t.owner.filter(|_| !owner.is_empty()).map(|o| view! {
                                        <a href=Route::Member(o).path()>{owner.clone()}</a> " · "
                                    })}
                                    <TaskWhen task=t.clone() today />
                                    {item.parent.map(|p| view! { " · " <a href=parent_path(&p)>{parent_name(&p)}</a> })}
                                </span>
                            </li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
            <div class="actions"><CsvButton name=tr!(tasks.file) table /></div>
        </section>
    }
}

//! The attendance list as a piece any record can use: the expected people, each with a mark
//! (present, late, excused, absent) set with one tap, and the tally.

use leptos::prelude::*;

use super::marks::{Mark, mark_field, mark_of, tally};
use crate::book::RecordId;
use crate::people::labels::mark_name;
use crate::shell::book_state::BookState;
use crate::shell::pieces::name_of;

/// Marks for `record` (of `kind`), one row per expected person.
#[component]
pub fn AttendanceList(record: RecordId, kind: &'static str, expected: Signal<Vec<RecordId>>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let set = move |person: RecordId, mark: Option<Mark>| {
        book.edit(|s, now| s.write(now, record, kind, [mark_field(person, mark)]));
    };
    let counts = move || {
        let people = expected.get();
        book.read(|b| b.get(record).map(|r| tally(r, &people)).unwrap_or((0, 0)))
    };
    view! {
        <p class="tally" aria-live="polite" data-testid="tally">
            {move || {
                let (came, marked) = counts();
                tr!(attendance.tally, came, marked, expected = expected.with(Vec::len))
            }}
        </p>
        <ul class="attendance">
            {move || expected.get().into_iter().map(|person| {
                let name = book.read(|b| name_of(b, Some(person)));
                let current = move || book.read(|b| b.get(record).and_then(|r| mark_of(r, person)));
                view! {
                    <li class="attendance-row">
                        <span class="record-title">{name.clone()}</span>
                        <span class="marks" role="group" aria-label=name.clone()>
                            {Mark::ALL.into_iter().map(|mark| view! {
                                <button
                                    type="button"
                                    class="mark"
                                    aria-pressed=move || if current() == Some(mark) { "true" } else { "false" }
                                    on:click=move |_| set(person, if current() == Some(mark) { None } else { Some(mark) })
                                >
                                    {mark_name(mark)}
                                </button>
                            }).collect_view()}
                        </span>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

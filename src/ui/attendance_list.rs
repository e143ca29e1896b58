//! The attendance list as a piece any record can use: the expected people, each with a mark
//! (present, late, excused, absent) set with one tap and shown at a glance (colour, symbol and
//! word), the counts by mark beside it, and "mark everyone present" with an undo. The door
//! check-in of activities is built on it. One compact line a person on a phone: the name, the
//! marks as one segmented control, and the remove button saying what it does.

use leptos::prelude::*;

use crate::attendance::marks::{Mark, counts, everyone_present, mark_field, mark_of, tally};
use crate::book::RecordId;
use crate::ui::book_state::BookState;
use crate::ui::notice::{UndoAction, use_notices};
use crate::ui::pieces::name_of;

/// A symbol for each mark, so that the mark is told by shape as well as by colour.
fn symbol(mark: Option<Mark>) -> &'static str {
    match mark {
        Some(Mark::Present) => "✓",
        Some(Mark::Late) => "!",
        Some(Mark::Excused) => "–",
        Some(Mark::Absent) => "✗",
        None => "·",
    }
}

fn mark_class(mark: Option<Mark>) -> &'static str {
    match mark {
        Some(Mark::Present) => "mark-present",
        Some(Mark::Late) => "mark-late",
        Some(Mark::Excused) => "mark-excused",
        Some(Mark::Absent) => "mark-absent",
        None => "mark-none",
    }
}

/// Marks for `record` (of `kind`), one row per expected person.
#[component]
pub fn AttendanceList(
    record: RecordId,
    kind: &'static str,
    expected: Signal<Vec<RecordId>>,
    /// Takes a person off the expected list, when the list's owner allows it.
    #[prop(optional)]
    on_remove: Option<Callback<RecordId>>,
) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let set = move |person: RecordId, mark: Option<Mark>| {
        book.edit(|s, now| s.write(now, record, kind, [mark_field(person, mark)]));
    };
    let tallied = move || {
        let people = expected.get();
        book.read(|b| b.get(record).map(|r| tally(r, &people)).unwrap_or((0, 0)))
    };
    let by_mark = move || {
        let people = expected.get();
        book.read(|b| counts(b.get(record), &people))
    };
    let mark_all = move |_| {
        let people = expected.get_untracked();
        let (marks, undo) = book.read_session(|s| everyone_present(s.book().get(record), &people));
        let count = marks.len();
        if count > 0 && book.edit(|s, now| s.write(now, record, kind, marks)).is_some() {
            notices.show_with_undo(
                tr!(attendance.everyone_marked, count),
                UndoAction::Write { record, kind, fields: undo },
            );
        }
    };
    view! {
        <div class="attendance-head">
            <p class="tally" aria-live="polite" data-testid="tally">
                {move || {
                    let (came, marked) = tallied();
                    tr!(attendance.tally, came, marked, expected = expected.with(Vec::len))
                }}
            </p>
            <ul class="mark-counts" aria-label=tr!(attendance.counts_label) data-testid="mark-counts">
                {move || {
                    let c = by_mark();
                    Mark::ALL
                        .into_iter()
                        .map(|m| (Some(m), mark_name(m), c.by_mark[m as usize]))
                        .chain([(None, tr!(attendance.unmarked), c.unmarked)])
                        .map(|(m, label, n)| view! {
                            <li class=format!("mark-count {}", mark_class(m))>
                                <span aria-hidden="true" class="mark-symbol">{symbol(m)}</span>
                                {format!(" {label} {n}")}
                            </li>
                        })
                        .collect_view()
                }}
            </ul>
            <button type="button" class="button" on:click=mark_all disabled=move || by_mark().unmarked == 0>
                {tr!(attendance.everyone_present)}
            </button>
        </div>
        <ul class="attendance">
            {move || expected.get().into_iter().map(|person| {
                let name = book.read(|b| name_of(b, Some(person)));
                let current = move || book.read(|b| b.get(record).and_then(|r| mark_of(r, person)));
                let shown = move || current().map(mark_name).unwrap_or_else(|| tr!(attendance.unmarked));
                view! {
                    <li class="attendance-row" data-mark=move || current().map_or("none", Mark::word)>
                        <span class="attendance-who">
                            <span class="record-title">{name.clone()}</span>
                            <span class=move || format!("current-mark {}", mark_class(current()))>
                                <span aria-hidden="true" class="mark-symbol">{move || symbol(current())}</span>
                                " " {shown}
                            </span>
                        </span>
                        <span class="marks segmented" role="group" aria-label=name.clone()>
                            {Mark::ALL.into_iter().map(|mark| view! {
                                <button
                                    type="button"
                                    class=format!("mark {}", mark_class(Some(mark)))
                                    aria-pressed=move || if current() == Some(mark) { "true" } else { "false" }
                                    on:click=move |_| set(person, if current() == Some(mark) { None } else { Some(mark) })
                                >
                                    <span aria-hidden="true" class="mark-symbol">{symbol(Some(mark))}</span>
                                    <span class="mark-word">{mark_name(mark)}</span>
                                </button>
                            }).collect_view()}
                        </span>
                        {on_remove.map(|remove| view! {
                            <button type="button" class="button remove-person" aria-label=tr!(attendance.remove, name = name.clone()) title=tr!(attendance.remove, name = name.clone())
                                on:click=move |_| remove.run(person)>
                                <span aria-hidden="true">"✕"</span>
                                <span class="remove-word">{tr!(attendance.remove_short)}</span>
                            </button>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// A mark in words.
pub fn mark_name(mark: Mark) -> String {
    match mark {
        Mark::Present => tr!(attendance.present),
        Mark::Late => tr!(attendance.late),
        Mark::Excused => tr!(attendance.excused),
        Mark::Absent => tr!(attendance.absent),
    }
}

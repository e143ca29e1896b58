//! The pieces of a check's roster: one compact row per student (name and student id, the
//! marks as a segmented control of thumb-sized buttons), and the views over the roster
//! (everyone, the marked, the absent) with their counts, so a class of fifty fits a phone.

use leptos::prelude::*;

use super::model::Exception;
use super::roster_filter::RosterFilter;
use crate::attendance::marks::Mark;
use crate::book::RecordId;
use crate::people::everyone::Person;

/// The word on a mark's button: the self-study page's own (缺勤, not the meetings' 缺席), so
/// the buttons, the instructions and the figures say the same.
pub fn mark_word(mark: Mark) -> String {
    match mark {
        Mark::Absent => tr!(self_study.mark_absent),
        Mark::Late => tr!(self_study.mark_late),
        Mark::Excused => tr!(self_study.mark_excused),
        Mark::Present => tr!(self_study.there),
    }
}

fn mark_class(mark: Option<Mark>) -> &'static str {
    match mark {
        Some(Mark::Late) => "mark-late",
        Some(Mark::Excused) => "mark-excused",
        Some(Mark::Absent) => "mark-absent",
        _ => "mark-present",
    }
}

/// What a row says of its student beside the buttons: nothing when there (the pressed
/// buttons tell the rest), the excuse's reason when excused.
fn said(exception: Option<Exception>) -> String {
    match exception {
        None => String::new(),
        Some(Exception::Excused(reason)) if !reason.is_empty() => {
            tr!(self_study.excused_because, reason = reason)
        }
        Some(e) => mark_word(e.mark()),
    }
}

/// One student's row. `state` is their exception on the check, read as it changes; `tap`
/// marks them (a second tap on the same mark takes it off).
pub fn roster_row(
    person: &Person,
    state: impl Fn() -> Option<Exception> + Copy + Send + Sync + 'static,
    tap: impl Fn(RecordId, String, Mark) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let id = person.id;
    let mark = move || state().as_ref().map(Exception::mark);
    let name = person.name.clone();
    let buttons = [Mark::Absent, Mark::Late, Mark::Excused].map(|m| {
        let name = name.clone();
        // The visible word alone is the same on every row; the name tells them apart.
        let label = tr!(self_study.mark_for, mark = mark_word(m), name = name.clone());
        view! {
            <button type="button" class=format!("mark {}", mark_class(Some(m))) aria-label=label
                aria-pressed=move || if mark() == Some(m) { "true" } else { "false" }
                on:click=move |_| tap(id, name.clone(), m)>
                {mark_word(m)}
            </button>
        }
    });
    view! {
        <li class="attendance-row roster-row" data-mark=move || mark().map_or("none", Mark::word)>
            <span class="attendance-who">
                <span class="record-title">{person.name.clone()}</span>
                <span class="record-meta">
                    {person.student_id.clone()}
                    <span class=move || format!("current-mark {}", mark_class(mark()))>
                        {move || { let s = said(state()); if s.is_empty() { s } else { format!(" · {s}") } }}
                    </span>
                </span>
            </span>
            <span class="marks segmented" role="group" aria-label=person.name.clone()>
                {buttons.into_iter().collect_view()}
            </span>
        </li>
    }
}

fn filter_text(filter: RosterFilter, count: usize) -> String {
    match filter {
        RosterFilter::All => tr!(self_study.filter_all, count = count),
        RosterFilter::Marked => tr!(self_study.filter_marked, count = count),
        RosterFilter::Absent => tr!(self_study.filter_absent, count = count),
    }
}

/// What an empty view says (the search aside).
pub fn nobody_in(filter: RosterFilter) -> String {
    match filter {
        RosterFilter::All => tr!(self_study.empty_roster),
        RosterFilter::Marked => tr!(self_study.none_marked),
        RosterFilter::Absent => tr!(self_study.none_absent),
    }
}

/// The views over the roster, one pressed, each with how many it shows.
#[component]
pub fn FilterBar(chosen: RwSignal<RosterFilter>, counts: Signal<[usize; 3]>) -> impl IntoView {
    view! {
        <div class="roster-filter" role="group" aria-label=tr!(self_study.show) data-testid="roster-filter">
            {RosterFilter::ALL.into_iter().enumerate().map(|(i, f)| view! {
                <button type="button" class="chip" data-filter=f.word()
                    aria-pressed=move || if chosen.get() == f { "true" } else { "false" }
                    on:click=move |_| chosen.set(f)>
                    {move || filter_text(f, counts.get()[i])}
                </button>
            }).collect_view()}
        </div>
    }
}

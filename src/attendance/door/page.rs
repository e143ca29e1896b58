//! The door screen: a phone held in one hand at a door, often with the network off. The list's
//! counts at the top, one search box that narrows as each character is typed, one tap on a
//! result to check someone in (the box clears for the next), the last taps with an undo and a
//! late toggle each, read back from the door's log so a reload keeps them. Every tap is saved
//! at once (`BookState::edit`). The decisions are `model`'s and `recent`'s.

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;

use super::arrivals::arrivals;
use super::door_setup::{DoorSettings, ExpectedPeople};
use super::merged::{ArrivalsView, ExportList};
use super::model::{
    Change, Door, Seen, Tap, arrival_mark, door_counts, excuse, invited, logs_of, start_of, tap, walk_in,
};
use super::recent::{recent_check_ins, take_back, toggle_late};
use super::search::{Search, build_search};
use super::taps::apply;
use crate::attendance::lists::takes_attendance;
use crate::attendance::marks::{Mark, mark_of};
use crate::book::{Entropy, RecordId};
use crate::browser::environment::{BrowserEntropy, clock_time, local_datetime, now_ms};
use crate::kinds::{record_name, schema_of};
use crate::people::everyone::{Person, everyone};
use crate::people::model::MEMBER;
use crate::people::students::model::STUDENT;
use crate::ui::areas::Area;
use crate::ui::attendance_list::mark_name;
use crate::ui::book_state::{BookState, measure};
use crate::ui::form::focus_by_id;
use crate::ui::page_title::PageTitle;
use crate::ui::pieces::{RecordMissing, name_of};
use crate::ui::settings::SettingsState;

/// How many results the search shows: a phone screen's worth above the keyboard.
const RESULTS: usize = 8;
/// How many of the last taps the strip keeps.
const RECENT: usize = 5;
const SEARCH_ID: &str = "door-search";

/// What the screen says after a tap.
#[derive(Clone, Debug, PartialEq)]
enum Feedback {
    CheckedIn {
        name: String,
        mark: Mark,
        at_ms: i64,
    },
    Already {
        name: String,
        seen: Seen,
    },
    /// Marked excused, with what takes it back (excused is no check-in, so it is not among the
    /// last check-ins and its undo stands beside this message).
    Excused {
        name: String,
        undo: Change,
    },
    Undone(String),
    /// The late toggle was pressed: the mark it set.
    Marked {
        name: String,
        mark: Mark,
    },
}

#[component]
pub fn CheckInPage(list: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let settings = expect_context::<SettingsState>();
    let is_list =
        book.read(|b| b.get(list).is_some_and(|r| !r.is_deleted() && schema_of(&r.kind).is_some_and(takes_attendance)));
    if !is_list {
        return view! { <RecordMissing back="/attendance" /> }.into_any();
    }
    let writer = book.writer();
    let new_log = BrowserEntropy.new_id();
    let door = Memo::new(move |_| {
        let officer = settings.settings.with(|s| s.officer_name.clone());
        book.read(|b| Door::at(b, list, writer, new_log, &officer))
    });
    let people_count = Memo::new(move |_| book.read(|b| b.live(STUDENT).count() + b.live(MEMBER).count()));
    // Each person's earliest arrival at any door, worked out once per change, not per result.
    let arrived = Memo::new(move |_| {
        book.read(|b| {
            arrivals(&logs_of(b, list)).into_iter().map(|a| (a.person, a.first_ms)).collect::<HashMap<_, _>>()
        })
    });
    let search = StoredValue::new(None::<Search>);
    let searched_for = StoredValue::new(usize::MAX);
    let query = RwSignal::new(String::new());
    // The undo of each tap made on this screen, which also puts back a mark set before the tap;
    // a check-in listed after a reload is taken back by `take_back` instead.
    let tap_undos = StoredValue::new(HashMap::<RecordId, Change>::new());
    // This door's last check-ins, read from its log: they outlast a reload.
    let recent = Memo::new(move |_| {
        let Some(d) = door.get() else { return Vec::new() };
        book.read(|b| {
            recent_check_ins(b, &d, RECENT).into_iter().map(|c| (name_of(b, Some(c.person)), c)).collect::<Vec<_>>()
        })
    });
    let feedback = RwSignal::new(None::<Feedback>);
    let expected = Memo::new(move |_| book.read(|b| b.get(list).map(invited).unwrap_or_default()));

    let results = move || {
        let q = query.get();
        let count = people_count.get();
        if searched_for.get_value() != count {
            search.set_value(Some(book.read(|b| measure("unionbook:door-index", || build_search(everyone(b))))));
            searched_for.set_value(count);
        }
        let expected: HashSet<RecordId> = expected.with(|e| e.iter().copied().collect());
        measure("unionbook:door-search", || {
            search.with_value(|s| {
                let Some(s) = s else { return Vec::new() };
                let rank = |p: &Person| (!expected.contains(&p.id), s.rank.get(&p.id).copied().unwrap_or(usize::MAX));
                let order = |a: &Person, b: &Person| rank(a).cmp(&rank(b));
                s.index
                    .find(&q, RESULTS, &order)
                    .into_iter()
                    .map(|p| (p.clone(), expected.contains(&p.id)))
                    .collect::<Vec<_>>()
            })
        })
    };

    let check_in = move |person: RecordId, name: String| {
        let Some(d) = door.get_untracked() else { return };
        let at = now_ms() as i64;
        let recorded = measure("unionbook:check-in", || {
            let tapped = book.read_session(|s| {
                let (day, start) = start_of(s.book(), list);
                tap(s.book(), &d, person, at, arrival_mark(local_datetime(at as u64), day, start))
            });
            if let Tap::Marked { change, .. } = &tapped {
                apply(book, change.clone())?;
            }
            Some(tapped)
        });
        match recorded {
            Some(Tap::Marked { mark, undo, .. }) => {
                tap_undos.update_value(|u| {
                    u.insert(person, undo);
                });
                feedback.set(Some(Feedback::CheckedIn { name, mark, at_ms: at }));
            }
            Some(Tap::Already(seen)) => feedback.set(Some(Feedback::Already { name, seen })),
            None => {}
        }
        query.set(String::new());
        focus_by_id(SEARCH_ID);
    };
    let add_walk_in = move |_| {
        let (Some(d), name) = (door.get_untracked(), query.get_untracked()) else { return };
        let at = now_ms() as i64;
        let student = BrowserEntropy.new_id();
        let tapped = book.read_session(|s| {
            let (day, start) = start_of(s.book(), list);
            walk_in(s.book(), &d, student, STUDENT, &name, at, arrival_mark(local_datetime(at as u64), day, start))
        });
        if let Some(Tap::Marked { change, mark, undo }) = tapped
            && apply(book, change).is_some()
        {
            let name = name.trim().to_owned();
            tap_undos.update_value(|u| {
                u.insert(student, undo);
            });
            feedback.set(Some(Feedback::CheckedIn { name, mark, at_ms: at }));
            query.set(String::new());
        }
        focus_by_id(SEARCH_ID);
    };
    let excuse_person = move |person: RecordId, name: String| {
        let Some(d) = door.get_untracked() else { return };
        match book.read_session(|s| excuse(s.book(), &d, person)) {
            Ok((change, undo)) => {
                if apply(book, change).is_some() {
                    feedback.set(Some(Feedback::Excused { name, undo }));
                }
            }
            Err(seen) => feedback.set(Some(Feedback::Already { name, seen })),
        }
        query.set(String::new());
        focus_by_id(SEARCH_ID);
    };
    let undo_check_in = move |person: RecordId, name: String| {
        let Some(d) = door.get_untracked() else { return };
        let undo = tap_undos.with_value(|u| u.get(&person).cloned()).unwrap_or_else(|| take_back(&d, person));
        if apply(book, undo).is_some() {
            tap_undos.update_value(|u| {
                u.remove(&person);
            });
            feedback.set(Some(Feedback::Undone(name)));
        }
    };
    let undo_excused = move |name: String, undo: Change| {
        if apply(book, undo).is_some() {
            feedback.set(Some(Feedback::Undone(name)));
        }
    };
    let flip_late = move |person: RecordId, name: String| {
        let Some(d) = door.get_untracked() else { return };
        if let Some((mark, change)) = book.read_session(|s| toggle_late(s.book(), &d, person))
            && apply(book, change).is_some()
        {
            feedback.set(Some(Feedback::Marked { name, mark }));
        }
    };

    let title = book.read(|b| record_name(b, list)).unwrap_or_else(|| tr!(attendance_page.untitled));
    let counts = move || book.read(|b| door_counts(b, list));
    let status_of = move |person: RecordId| {
        if let Some(at) = arrived.with(|a| a.get(&person).copied()) {
            return Some(tr!(door.seen_at, time = clock_time(at)));
        }
        book.read(|b| b.get(list).and_then(|r| mark_of(r, person)).map(mark_name))
    };
    focus_by_id(SEARCH_ID);
    view! {
        <PageTitle area=Area::Attendance />
        <section class="page door">
            <h1>{title}</h1>
            <p class="door-counts" data-testid="door-counts" aria-live="polite">
                {move || {
                    let c = counts();
                    view! {
                        <span class="door-count"><strong>{c.arrived()}</strong> " " {tr!(door.here_of, expected = c.expected)}</span>
                        <span class="door-count-detail">
                            {tr!(door.count_detail, present = c.present, late = c.late, excused = c.excused, walk_ins = c.walk_ins)}
                        </span>
                    }
                }}
            </p>
            <div class="field door-search">
                <label for=SEARCH_ID>{tr!(door.search)}</label>
                <input id=SEARCH_ID type="search" autofocus=true autocomplete="off" enterkeyhint="search"
                    aria-describedby="door-search-help"
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev)) />
                <p class="help" id="door-search-help">{tr!(door.search_help)}</p>
            </div>
            <p class="door-feedback" role="status" data-testid="door-feedback"
                data-kind=move || feedback.with(|f| match f {
                    Some(Feedback::Already { .. }) => "already",
                    Some(_) => "done",
                    None => "none",
                })>
                {move || feedback.get().map(|f| match f {
                    Feedback::CheckedIn { name, mark, at_ms } => tr!(door.checked_in, name, mark = mark_name(mark), time = clock_time(at_ms)),
                    Feedback::Already { name, seen } if seen.here || seen.door.is_empty() => tr!(door.already_here, name, time = clock_time(seen.at_ms)),
                    Feedback::Already { name, seen } => tr!(door.already_at, name, time = clock_time(seen.at_ms), door = seen.door),
                    Feedback::Excused { name, .. } => tr!(door.excused_done, name),
                    Feedback::Undone(name) => tr!(door.undone, name),
                    Feedback::Marked { name, mark } => tr!(door.marked, name, mark = mark_name(mark)),
                })}
            </p>
            {move || feedback.get().and_then(|f| match f {
                Feedback::Excused { name, undo } => Some(view! {
                    <button type="button" class="button door-undo-excused" aria-label=tr!(door.undo_excused_named, name = name.clone())
                        on:click=move |_| undo_excused(name.clone(), undo.clone())>{tr!(notice.undo)}</button>
                }),
                _ => None,
            })}
            <ul class="door-results" data-testid="door-results" aria-label=tr!(door.results)>
                {move || {
                    let found = results();
                    let typed = query.with(|q| q.trim().to_owned());
                    if found.is_empty() && !typed.is_empty() {
                        return view! {
                            <li class="door-none">
                                <p class="help">{tr!(door.nobody, query = typed.clone())}</p>
                                <button type="button" class="button primary door-walk-in" on:click=add_walk_in>
                                    {tr!(door.add_walk_in, name = typed)}
                                </button>
                            </li>
                        }.into_any();
                    }
                    found.into_iter().map(|(p, is_expected)| {
                        let (id, name) = (p.id, p.name.clone());
                        let name2 = name.clone();
                        let meta = [p.class.clone(), p.student_id.clone()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ");
                        let status = status_of(id);
                        view! {
                            <li class="door-result">
                                <button type="button" class="door-tap" on:click=move |_| check_in(id, name.clone())>
                                    <span class="record-title">{p.name.clone()}</span>
                                    <span class="record-meta">{meta}</span>
                                    <span class="badge">{status.unwrap_or_else(|| if is_expected { tr!(door.expected) } else { tr!(door.walk_in) })}</span>
                                </button>
                                <button type="button" class="button door-excuse" aria-label=tr!(door.excuse_named, name = name2.clone())
                                    on:click=move |_| excuse_person(id, name2.clone())>
                                    {tr!(door.excuse)}
                                </button>
                            </li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
            <section class="card" aria-labelledby="door-recent-heading">
                <h2 id="door-recent-heading">{tr!(door.recent)}</h2>
                <ol class="door-recent" data-testid="door-recent">
                    {move || {
                        let list = recent.get();
                        if list.is_empty() {
                            return view! { <li class="help">{tr!(door.recent_none)}</li> }.into_any();
                        }
                        list.into_iter().map(|(name, entry)| {
                            let person = entry.person;
                            let (late_name, undo_name) = (name.clone(), name.clone());
                            let shown = entry.mark.map(mark_name).unwrap_or_else(|| tr!(attendance.unmarked));
                            // Late flips present and late only: for anything else there is nothing to press.
                            let can_flip = matches!(entry.mark, Some(Mark::Present | Mark::Late));
                            view! {
                                <li class="door-recent-row" data-mark=entry.mark.map_or("none", Mark::word)>
                                    <span class="door-recent-who">
                                        <strong>{name.clone()}</strong>
                                        <span class="record-meta">{shown} " · " {clock_time(entry.at_ms)}</span>
                                    </span>
                                    <button type="button" class="button door-late" disabled=!can_flip
                                        aria-pressed=if entry.is_late() { "true" } else { "false" }
                                        aria-label=tr!(door.late_named, name = name.clone())
                                        on:click=move |_| flip_late(person, late_name.clone())>
                                        {tr!(attendance.late)}
                                    </button>
                                    <button type="button" class="button" aria-label=tr!(door.undo_named, name = name.clone())
                                        on:click=move |_| undo_check_in(person, undo_name.clone())>{tr!(notice.undo)}</button>
                                </li>
                            }
                        }).collect_view().into_any()
                    }}
                </ol>
            </section>
            <DoorSettings list door />
            <ExpectedPeople list />
            <ArrivalsView list />
            <ExportList list />
        </section>
    }
    .into_any()
}

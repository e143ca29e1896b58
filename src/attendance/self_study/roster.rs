//! A check's class roster, marked as at the door: a search box that narrows the class by
//! name, pinyin initials or student id as each character is typed; views of everyone, the
//! marked and the absent; one tap marks absent, late or excused (asking the reason), a second
//! tap on the same mark takes it off; each tap's notice offers its undo.

use std::sync::Arc;

use leptos::prelude::*;

use super::model::{Exception, SELF_STUDY, SelfStudyCheck, exception_of, fields_before, mark_fields};
use super::roster_filter::{RosterFilter, filter_counts};
use super::roster_row::{FilterBar, nobody_in, roster_row};
use crate::attendance::marks::{Mark, mark_of};
use crate::book::{Book, RecordId};
use crate::browser::pinyin::collate;
use crate::forms::FieldErrors;
use crate::people::everyone::{PeopleIndex, Person, everyone, of_class};
use crate::pinyin::initials;
use crate::ui::book_state::BookState;
use crate::ui::form::{TextField, focus_by_id};
use crate::ui::notice::{UndoAction, use_notices};
use crate::ui::pieces::field_error;

const SEARCH: &str = "self-study-search";
const REASON: &str = "self-study-reason";
/// The most search hits shown: a class is small, but a query of one letter finds many.
const HITS: usize = 40;

/// Everyone a check is about, as the ids they are marked under.
fn roster(book: &Book, id: RecordId) -> Vec<RecordId> {
    let Some(check) = book.get(id).map(|r| SelfStudyCheck::from_record(id, r)) else { return Vec::new() };
    check.roster(&of_class(&everyone(book), &check.class))
}

/// The search over a roster; the pinyin initials of the class are worked out once, when the
/// roster changes, not at each keystroke or tap.
fn index_of(book: &Book, people: &[RecordId]) -> PeopleIndex {
    let found: Vec<Person> = everyone(book)
        .into_iter()
        .filter(|p| [Some(p.id), p.member, p.student].into_iter().flatten().any(|i| people.contains(&i)))
        .collect();
    PeopleIndex::new(found, &initials)
}

fn by_name(a: &Person, b: &Person) -> std::cmp::Ordering {
    collate(&a.name, &b.name)
}

fn done_text(name: &str, exception: Option<&Exception>) -> String {
    match exception {
        None => tr!(self_study.marked_there, name),
        Some(Exception::Absent) => tr!(self_study.marked_absent, name),
        Some(Exception::Late) => tr!(self_study.marked_late, name),
        Some(Exception::Excused(reason)) => tr!(self_study.marked_excused, name, reason = reason.clone()),
    }
}

#[component]
pub fn Roster(id: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let people = Memo::new(move |_| book.read(|b| roster(b, id)));
    let cache: StoredValue<Option<(Vec<RecordId>, Arc<PeopleIndex>)>> = StoredValue::new(None);
    let index = move || {
        let ids = people.get();
        if let Some((_, index)) = cache.get_value().filter(|(cached, _)| *cached == ids) {
            return index;
        }
        let built = Arc::new(book.read(|b| index_of(b, &ids)));
        cache.set_value(Some((ids, built.clone())));
        built
    };
    let query = RwSignal::new(String::new());
    let excusing = RwSignal::new(None::<RecordId>);
    let reason = RwSignal::new(String::new());
    let errors = RwSignal::new(FieldErrors::new());
    let current = move |person: RecordId| book.read(|b| b.get(id).and_then(|r| exception_of(r, person)));
    let filter = RwSignal::new(RosterFilter::All);
    let counts = Signal::derive(move || {
        let people = people.get();
        book.read(|b| filter_counts(&people, |p| b.get(id).and_then(|r| mark_of(r, p))))
    });
    // Writes one person's mark; the notice's undo puts back what they had.
    let write = move |person: RecordId, name: String, exception: Option<Exception>| -> Result<(), FieldErrors> {
        let fields = mark_fields(person, exception.as_ref())?;
        let before = book.read_session(|s| fields_before(s.book().get(id), person));
        if book.edit(|s, now| s.write(now, id, SELF_STUDY, fields)).is_some() {
            notices.show_with_undo(
                done_text(&name, exception.as_ref()),
                UndoAction::Write { record: id, kind: SELF_STUDY, fields: before },
            );
            if !query.get_untracked().is_empty() {
                query.set(String::new());
                focus_by_id(SEARCH);
            }
        }
        Ok(())
    };
    let tap = move |person: RecordId, name: String, mark: Mark| {
        let now = current(person);
        if now.as_ref().map(Exception::mark) == Some(mark) {
            let _ = write(person, name, None);
        } else if mark == Mark::Excused {
            reason.set(String::new());
            errors.set(Vec::new());
            excusing.set(Some(person));
            focus_by_id(REASON);
        } else {
            let _ = write(person, name, Some(if mark == Mark::Late { Exception::Late } else { Exception::Absent }));
        }
    };
    let excuse = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(person) = excusing.get_untracked() else { return };
        let name = index().get(person).map(|p| p.name.clone()).unwrap_or_default();
        match write(person, name, Some(Exception::Excused(reason.get_untracked()))) {
            Ok(()) => excusing.set(None),
            Err(problems) => errors.set(problems),
        }
    };
    let shown = move || {
        let index = index();
        let q = query.get();
        let view = filter.get();
        let mut list: Vec<Person> = if q.trim().is_empty() {
            index.people().to_vec()
        } else {
            index.find(&q, HITS, &by_name).into_iter().cloned().collect()
        };
        if q.trim().is_empty() {
            list.sort_by(by_name);
        }
        // Everyone's marks are read (and followed) only in a narrowed view: in the whole
        // class a tap redraws its own row alone, so the button keeps the focus.
        if view != RosterFilter::All {
            list.retain(|p| view.keeps(current(p.id).as_ref().map(Exception::mark)));
        }
        list
    };
    view! {
        <div class="field self-study-search">
            <label for=SEARCH>{tr!(self_study.search)}</label>
            <input id=SEARCH type="search" autocomplete="off" placeholder=tr!(self_study.search_hint)
                prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev)) />
        </div>
        {move || excusing.get().map(|person| {
            let name = index().get(person).map(|p| p.name.clone()).unwrap_or_default();
            view! {
                <form data-no-draft class="form excuse" on:submit=excuse novalidate data-testid="excuse-form">
                    <TextField id=REASON label=Signal::derive(move || tr!(self_study.reason, name = name.clone())) value=reason error=field_error(errors, "reason") />
                    <div class="actions">
                        <button type="submit" class="button primary">{tr!(self_study.excuse)}</button>
                        <button type="button" class="button" on:click=move |_| excusing.set(None)>{tr!(form.cancel)}</button>
                    </div>
                </form>
            }
        })}
        <FilterBar chosen=filter counts />
        <ul class="attendance self-study-roster" data-testid="self-study-roster">
            {move || {
                let list = shown();
                if list.is_empty() {
                    let empty = if query.with(|q| q.trim().is_empty()) { nobody_in(filter.get()) } else { tr!(self_study.no_match) };
                    return view! { <li class="help">{empty}</li> }.into_any();
                }
                list.iter().map(|p| {
                    let person = p.id;
                    roster_row(p, move || current(person), tap)
                }).collect_view().into_any()
            }}
        </ul>
    }
}

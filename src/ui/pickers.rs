//! People's pickers, which every later area uses too: members, units and semesters as
//! choices, the semester filter and the current semester.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::book::{Book, RecordId};
use crate::browser::environment::today;
use crate::browser::pinyin::collate;
use crate::people::finding::sort_units;
use crate::people::model::{members, units};
use crate::people::terms::{semester_days, semester_of, semesters};
use crate::ui::book_state::BookState;
use crate::ui::labels::semester_name;
use crate::ui::language::current_lang;
use crate::ui::settings::SettingsState;

/// The semester a list is filtered to: `None` for all time. Starts at the current semester.
#[component]
pub fn SemesterFilter(selected: RwSignal<Option<RecordId>>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let options = move || {
        let mut list = vec![(String::new(), tr!(semester.all_time))];
        list.extend(book.read(semesters).into_iter().map(|s| (s.id.to_string(), semester_name(s.semester))));
        list
    };
    view! {
        <div class="field">
            <label for="semester-filter">{tr!(semester.filter)}</label>
            <select id="semester-filter" on:change=move |ev| selected.set(RecordId::parse(&event_target_value(&ev)))>
                {move || options().into_iter().map(|(v, l)| {
                    let chosen = RecordId::parse(&v) == selected.get_untracked();
                    view! { <option value=v selected=chosen>{l}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// The current semester, as a filter's or a form's starting point: the one chosen in Settings,
/// else the one whose dates hold today.
pub fn current_semester() -> RwSignal<Option<RecordId>> {
    let settings = expect_context::<SettingsState>();
    let book = expect_context::<BookState>();
    let chosen = settings.settings.with_untracked(|s| s.current_semester);
    let current = chosen.or_else(|| book.read_session(|s| semester_of(s.book(), today()).map(|s| s.id)));
    RwSignal::new(current)
}

/// The first and last day of a semester, if one is chosen.
pub fn range_of(book: &Book, chosen: Option<RecordId>) -> Option<(NaiveDate, NaiveDate)> {
    chosen.and_then(|id| semester_days(book, id))
}

/// Members as choices for a select, with a first choice for none.
pub fn member_options(book: &Book, none: String) -> Vec<(String, String)> {
    let mut people = members(book, "", &|_| String::new());
    people.sort_by(|a, b| collate(&a.name, &b.name));
    let mut list = vec![(String::new(), none)];
    list.extend(people.into_iter().map(|m| (m.id.to_string(), m.name)));
    list
}

/// The live units in the order lists show them (active first, by pinyin).
pub fn unit_ids(book: &Book, lang: crate::locale::Lang) -> Vec<RecordId> {
    let mut list = units(book);
    sort_units(&mut list, lang == crate::locale::Lang::En, &collate);
    list.into_iter().map(|u| u.id).collect()
}

/// Units as choices for a select, with a first choice for none.
pub fn unit_options(book: &Book, none: String) -> Vec<(String, String)> {
    let english = current_lang() == crate::locale::Lang::En;
    let mut found = units(book);
    sort_units(&mut found, english, &collate);
    let mut list = vec![(String::new(), none)];
    list.extend(found.into_iter().map(|u| (u.id.to_string(), u.name(english).to_owned())));
    list
}

//! The People page: the union's units and its members, with search.

use leptos::prelude::*;

use super::labels::{position_name, unit_kind_name};
use super::model::{Member, Unit, members, units};
use crate::book::RecordId;
use crate::calendar::Semester;
use crate::shell::app::PageTitle;
use crate::shell::areas::Area;
use crate::shell::book_state::BookState;
use crate::shell::labels::area_name;
use crate::shell::language::current_lang;
use crate::shell::settings::SettingsState;
use chrono::NaiveDate;

#[component]
pub fn PeoplePage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let settings = expect_context::<SettingsState>().settings;
    let query = RwSignal::new(String::new());
    let unit_list = Memo::new(move |_| book.read(units));
    let member_list = Memo::new(move |_| {
        let q = query.get();
        book.read(|b| members(b, &q))
    });
    let english = move || current_lang() == crate::locale::Lang::En;
    let semester_start = move || settings.with(|s| s.semester).map(Semester::first_day);
    let unit_name = move |id: Option<RecordId>| -> Signal<Option<String>> {
        Signal::derive(move || {
            id.and_then(|id| {
                unit_list.with(|l| {
                    l.iter()
                        .find(|u| u.id == id)
                        .map(|u| u.name(english()).to_owned())
                })
            })
        })
    };

    view! {
        <PageTitle area=Area::People />
        <section class="page">
            <h1>{area_name(Area::People)}</h1>
            <section class="card" aria-labelledby="units-heading">
                <div class="card-head">
                    <h2 id="units-heading">{tr!(people.units)}</h2>
                    <a href="/people/new-unit" class="button primary">{tr!(people.add_unit)}</a>
                </div>
                <p class="help">{tr!(people.units_hint)}</p>
                {move || (unit_list.with(Vec::is_empty)).then(|| view! {
                    <p>{tr!(people.no_units)}</p>
                })}
                <ul class="record-list">
                    {move || unit_list.get().into_iter().map(|unit| view! { <UnitRow unit semester_start=Signal::derive(semester_start) /> }).collect_view()}
                </ul>
            </section>
            <section class="card" aria-labelledby="members-heading">
                <div class="card-head">
                    <h2 id="members-heading">{tr!(people.members)}</h2>
                    <a href="/people/new-member" class="button primary">{tr!(people.add_member)}</a>
                </div>
                <div class="field">
                    <label for="member-search">{tr!(people.search)}</label>
                    <input
                        id="member-search"
                        type="search"
                        aria-describedby="member-search-help"
                        prop:value=move || query.get()
                        on:input=move |ev| query.set(event_target_value(&ev))
                    />
                    <p class="help" id="member-search-help">{tr!(people.search_hint)}</p>
                </div>
                <p class="help" aria-live="polite">
                    {move || {
                        let count = member_list.with(Vec::len);
                        let q = query.get();
                        if count == 0 && !q.trim().is_empty() {
                            tr!(people.no_match, query = q)
                        } else if count == 0 {
                            tr!(people.no_members)
                        } else {
                            tr!(people.count_members, count)
                        }
                    }}
                </p>
                <ul class="record-list">
                    {move || member_list.get().into_iter().map(|member| view! { <MemberRow unit_name=unit_name(member.unit) member /> }).collect_view()}
                </ul>
            </section>
        </section>
    }
}

#[component]
fn UnitRow(unit: Unit, semester_start: Signal<Option<NaiveDate>>) -> impl IntoView {
    let href = format!("/people/units/{}", unit.id);
    let is_new = {
        let unit = unit.clone();
        move || semester_start.get().is_some_and(|s| unit.is_new_since(s))
    };
    let kind = unit.unit_kind.clone();
    let name = {
        let unit = unit.clone();
        move || {
            unit.name(current_lang() == crate::locale::Lang::En)
                .to_owned()
        }
    };
    view! {
        <li>
            <a href=href class="record-row">
                <span class="record-title">{name}</span>
                <span class="record-meta">
                    {unit_kind_name(&kind)}
                    {move || is_new().then(|| view! {
                        <span class="badge new">{tr!(people.new_badge)}</span>
                    })}
                    {(!unit.active).then(|| view! { <span class="badge">{tr!(people.dissolved)}</span> })}
                    {unit.sample.then(|| view! { <span class="badge sample">{tr!(people.sample_badge)}</span> })}
                </span>
            </a>
        </li>
    }
}

#[component]
fn MemberRow(member: Member, unit_name: Signal<Option<String>>) -> impl IntoView {
    let position = member.position.clone();
    let class = member.class_major.clone();
    view! {
        <li>
            <a href=format!("/people/members/{}", member.id) class="record-row">
                <span class="record-title">{member.name.clone()}</span>
                <span class="record-meta">
                    {position_name(&position)}
                    {move || unit_name.get().map(|u| format!(" · {u}"))}
                    {(!class.is_empty()).then(|| format!(" · {class}"))}
                    {member.sample.then(|| view! { <span class="badge sample">{tr!(people.sample_badge)}</span> })}
                </span>
            </a>
        </li>
    }
}

//! The People page: the union's units and its members, with search, spreadsheets, and the way
//! to terms, recruitment, evaluations and trainings.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::finding::{MemberOrder, Words, find_members, sort_units};
use super::model::{Member, Unit, units};
use super::roles::{current_roles, roles_of};
use crate::browser::environment::today;
use crate::browser::pinyin::collate;
use crate::people::terms::semester;
use crate::pinyin::initials;
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::labels::area_name;
use crate::ui::language::current_lang;
use crate::ui::page_title::PageTitle;
use crate::ui::people_labels::{gender_name, position_name, unit_kind_name};
use crate::ui::pickers::{SemesterFilter, range_of};
use crate::ui::pieces::{CsvButton, name_of};
use crate::ui::sample_badge::SampleBadge;
use crate::ui::settings::SettingsState;

/// Where the rest of People lives.
pub const SECTIONS: [(&str, fn() -> String); 6] = [
    ("/people/students", || tr!(students.title)),
    ("/people/terms", || tr!(people.sections.terms)),
    ("/people/recruitment", || tr!(people.sections.recruitment)),
    ("/people/evaluations", || tr!(people.sections.evaluations)),
    ("/people/trainings", || tr!(people.sections.trainings)),
    ("/people/import", || tr!(people.sections.import)),
];

#[component]
pub fn PeoplePage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let settings = expect_context::<SettingsState>().settings;
    let query = RwSignal::new(String::new());
    // Members of every semester unless one is chosen: a roster's new members have no role yet.
    let semester_filter = RwSignal::new(None);
    let order = RwSignal::new(MemberOrder::Name);
    let english = current_lang() == crate::locale::Lang::En;
    let unit_list = Memo::new(move |_| {
        let mut list = book.read(units);
        sort_units(&mut list, english, &collate);
        list
    });
    let member_list = Memo::new(move |_| {
        let q = query.get();
        let within = book.read(|b| range_of(b, semester_filter.get()));
        let words = Words { initials: &initials, position_name: &position_name, collate: &collate };
        book.read(|b| {
            find_members(b, &q, today(), order.get(), &words)
                .into_iter()
                .filter(|m| {
                    within.is_none_or(|(first, last)| roles_of(b, m.id).iter().any(|r| r.overlaps(first, last)))
                })
                .collect::<Vec<_>>()
        })
    });
    let semester_start =
        move || settings.with(|s| s.current_semester).and_then(|id| book.read(|b| semester(b, id))).map(|s| s.starts);

    view! {
        <PageTitle area=Area::People />
        <section class="page">
            <h1>{area_name(Area::People)}</h1>
            <nav class="section-links" aria-label=tr!(people.sections.label)>
                {SECTIONS.iter().map(|(href, label)| view! { <a class="button" href=*href>{label()}</a> }).collect_view()}
            </nav>
            <section class="card" aria-labelledby="units-heading">
                <div class="card-head">
                    <h2 id="units-heading">{tr!(people.units)}</h2>
                    <a href="/people/new-unit" class="button primary">{tr!(people.add_unit)}</a>
                </div>
                <p class="help">{tr!(people.units_hint)}</p>
                {move || unit_list.with(Vec::is_empty).then(|| view! { <p>{tr!(people.no_units)}</p> })}
                <ul class="record-list">
                    {move || {
                        let start = semester_start();
                        unit_list.get().into_iter().map(|unit| view! { <UnitRow unit english semester_start=start /> }).collect_view()
                    }}
                </ul>
                <div class="actions">
                    <CsvButton name=tr!(people.units_file) table=move || units_table(&unit_list.get()) />
                </div>
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
                    <p class="help" id="member-search-help">
                        {tr!(people.search_hint)} " "
                        // An example in no one language: the same letters find the same name.
                        <span lang="zxx">"zs → 张三"</span>
                    </p>
                </div>
                <div class="filters">
                    <SemesterFilter selected=semester_filter />
                    <div class="field">
                        <label for="member-order">{tr!(people.order.label)}</label>
                        <select id="member-order" on:change=move |ev| order.set(MemberOrder::parse(&event_target_value(&ev)))>
                            <option value=MemberOrder::Name.word()>{tr!(people.order.name)}</option>
                            <option value=MemberOrder::Rank.word()>{tr!(people.order.rank)}</option>
                        </select>
                    </div>
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
                    {move || member_list.get().into_iter().map(|member| {
                        let role = book.read(|b| role_line(b, member.id, today()));
                        view! { <MemberRow member role /> }
                    }).collect_view()}
                </ul>
                <div class="actions">
                    <CsvButton name=tr!(people.members_file) table=move || book.read(|b| members_table(b, &member_list.get())) />
                </div>
            </section>
        </section>
    }
}

/// "Minister · Ministry of Life" for the roles a member holds on a day.
fn role_line(book: &crate::book::Book, member: crate::book::RecordId, day: NaiveDate) -> String {
    current_roles(book, member, day)
        .into_iter()
        .map(|r| format!("{} · {}", position_name(&r.position), name_of(book, r.unit)))
        .collect::<Vec<_>>()
        .join("; ")
}

fn units_table(list: &[Unit]) -> Table {
    Table {
        headers: vec![
            tr!(people.unit_form.name_zh),
            tr!(people.unit_form.name_en),
            tr!(people.unit_form.kind),
            tr!(people.unit_form.founded),
            tr!(people.unit_form.active),
            tr!(people.unit_form.description),
        ],
        rows: list
            .iter()
            .map(|u| {
                vec![
                    u.name_zh.clone(),
                    u.name_en.clone(),
                    unit_kind_name(&u.unit_kind),
                    u.founded.map(|d| d.to_string()).unwrap_or_default(),
                    if u.active { tr!(data.yes) } else { tr!(data.no) },
                    u.description.clone(),
                ]
            })
            .collect(),
    }
}

fn members_table(book: &crate::book::Book, list: &[Member]) -> Table {
    let day = today();
    Table {
        headers: vec![
            tr!(people.member_form.name),
            tr!(people.member_form.student_id),
            tr!(people.member_form.class_major),
            tr!(people.member_form.year),
            tr!(people.member_form.gender),
            tr!(people.roles_now),
            tr!(people.member_form.phone),
            tr!(people.member_form.email),
            tr!(people.member_form.wechat),
            tr!(people.member_form.qq),
        ],
        rows: list
            .iter()
            .map(|m| {
                vec![
                    m.name.clone(),
                    m.student_id.clone(),
                    m.class_major.clone(),
                    m.year.map(|y| y.to_string()).unwrap_or_default(),
                    if m.gender.is_empty() { String::new() } else { gender_name(&m.gender) },
                    role_line(book, m.id, day),
                    m.phone.clone(),
                    m.email.clone(),
                    m.wechat.clone(),
                    m.qq.clone(),
                ]
            })
            .collect(),
    }
}

#[component]
fn UnitRow(unit: Unit, english: bool, semester_start: Option<NaiveDate>) -> impl IntoView {
    let is_new = semester_start.is_some_and(|s| unit.is_new_since(s));
    view! {
        <li>
            <a href=format!("/people/units/{}", unit.id) class="record-row">
                <span class="record-title">{unit.name(english).to_owned()}</span>
                <SampleBadge id=unit.id />
                <span class="record-meta">
                    {unit_kind_name(&unit.unit_kind)}
                    {is_new.then(|| view! { <span class="badge new">{tr!(people.new_badge)}</span> })}
                    {(!unit.active).then(|| view! { <span class="badge">{tr!(people.dissolved)}</span> })}
                </span>
            </a>
        </li>
    }
}

#[component]
fn MemberRow(member: Member, role: String) -> impl IntoView {
    let class = member.class_major.clone();
    view! {
        <li>
            <a href=format!("/people/members/{}", member.id) class="record-row">
                <span class="record-title">{member.name.clone()}</span>
                <SampleBadge id=member.id />
                <span class="record-meta">
                    {[role, class].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ")}
                </span>
            </a>
        </li>
    }
}

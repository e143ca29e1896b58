//! The register: every student the union serves, found as the name, its pinyin initials or the
//! student id is typed, by class, in pinyin order, and saved as a spreadsheet.

use leptos::prelude::*;

use super::model::Student;
use crate::browser::pinyin::collate;
use crate::people::everyone::find_students;
use crate::people::everyone::{PeopleIndex, Person, classes, everyone};
use crate::pinyin::initials;
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::page_title::PageTitle;
use crate::ui::people_labels::gender_name;
use crate::ui::pieces::CsvButton;
use crate::ui::sample_badge::SampleBadge;

/// Rows drawn at once: a department's 2,000 students are found by search or class, not scrolled.
const SHOWN: usize = 200;

fn by_name(a: &Person, b: &Person) -> std::cmp::Ordering {
    collate(&a.name, &b.name).then_with(|| a.student_id.cmp(&b.student_id))
}

#[component]
pub fn StudentsPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let query = RwSignal::new(String::new());
    let class = RwSignal::new(String::new());
    // Pinyin initials cost a collation per character: worked out once per change of the book,
    // not at every keystroke.
    let index = Memo::new_with_compare(move |_| book.read(|b| PeopleIndex::new(everyone(b), &initials)), |_, _| true);
    let found = Memo::new(move |_| {
        let (q, c) = (query.get(), class.get());
        index.with(|i| find_students(i, &q, &c, &by_name).into_iter().cloned().collect::<Vec<Person>>())
    });
    let total = move || index.with(|i| i.people().iter().filter(|p| p.student.is_some()).count());
    let class_options = move || {
        let mut list = vec![(String::new(), tr!(students.all_classes))];
        list.extend(book.read(classes).into_iter().map(|c| (c.clone(), c)));
        list
    };
    let table = move || {
        let list: Vec<Student> = book.read(|b| {
            found
                .get()
                .iter()
                .filter_map(|p| p.student.and_then(|id| b.get(id).map(|r| Student::from_record(id, r))))
                .collect()
        });
        student_table(&list)
    };
    view! {
        <PageTitle area=Area::People />
        <section class="page">
            <h1>{tr!(students.title)}</h1>
            <p class="lead">{tr!(students.intro)}</p>
            <nav class="section-links" aria-label=tr!(students.links)>
                <a class="button primary" href="/people/students/new">{tr!(students.add)}</a>
                <a class="button" href="/people/students/import">{tr!(students.import.title)}</a>
                <a class="button" href="/people">{tr!(students.back_to_people)}</a>
            </nav>
            {move || (total() == 0).then(|| view! {
                <section class="card" data-testid="students-empty">
                    <h2>{tr!(students.empty_title)}</h2>
                    <p>{tr!(students.empty_body)}</p>
                </section>
            })}
            <section class="card" aria-labelledby="students-heading">
                <h2 id="students-heading">{tr!(students.list_title)}</h2>
                <div class="filters">
                    <div class="field">
                        <label for="student-search">{tr!(students.search)}</label>
                        <input
                            id="student-search"
                            type="search"
                            autocomplete="off"
                            aria-describedby="student-search-help"
                            prop:value=move || query.get()
                            on:input=move |ev| query.set(event_target_value(&ev))
                        />
                        <p class="help" id="student-search-help">
                            {tr!(students.search_hint)} " "
                            <span lang="zxx">"zs → 张三 · 2024000001"</span>
                        </p>
                    </div>
                    <div class="field">
                        <label for="student-class">{tr!(students.class_filter)}</label>
                        <select id="student-class" on:change=move |ev| class.set(event_target_value(&ev))>
                            {move || class_options().into_iter().map(|(v, l)| {
                                let chosen = v == class.get_untracked();
                                view! { <option value=v selected=chosen>{l}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                </div>
                <p class="help" aria-live="polite" data-testid="students-count">
                    {move || {
                        let count = found.with(Vec::len);
                        let q = query.get();
                        if count == 0 && !q.trim().is_empty() {
                            tr!(students.no_match, query = q)
                        } else {
                            tr!(students.count, count)
                        }
                    }}
                </p>
                <ul class="record-list students">
                    {move || found.with(|list| list.iter().take(SHOWN).cloned().map(|p| view! { <StudentRow person=p /> }).collect_view())}
                </ul>
                {move || {
                    let more = found.with(Vec::len).saturating_sub(SHOWN);
                    (more > 0).then(|| view! { <p class="help">{tr!(students.more, count = more)}</p> })
                }}
                <div class="actions">
                    <CsvButton name=tr!(students.file) table />
                </div>
            </section>
        </section>
    }
}

#[component]
fn StudentRow(person: Person) -> impl IntoView {
    let Some(id) = person.student else { return ().into_any() };
    let meta = [person.student_id.clone(), person.class.clone(), person.dorm.clone()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <li>
            <a href=format!("/people/students/{id}") class="record-row">
                <span class="record-title">{person.name.clone()}</span>
                <SampleBadge id=id />
                <span class="record-meta">
                    {meta}
                    {person.member.is_some().then(|| view! { <span class="badge">{tr!(students.member_badge)}</span> })}
                </span>
            </a>
        </li>
    }
    .into_any()
}

/// The list as a spreadsheet, with every field of the register.
fn student_table(list: &[Student]) -> Table {
    Table {
        headers: vec![
            tr!(people.member_form.name),
            tr!(people.member_form.student_id),
            tr!(students.form.class),
            tr!(students.form.major),
            tr!(people.member_form.year),
            tr!(people.member_form.gender),
            tr!(students.form.dorm),
            tr!(people.member_form.phone),
            tr!(people.member_form.email),
            tr!(people.member_form.wechat),
            tr!(people.member_form.qq),
        ],
        rows: list
            .iter()
            .map(|s| {
                vec![
                    s.name.clone(),
                    s.student_id.clone(),
                    s.class.clone(),
                    s.major.clone(),
                    s.year.map(|y| y.to_string()).unwrap_or_default(),
                    if s.gender.is_empty() { String::new() } else { gender_name(&s.gender) },
                    s.dorm.clone(),
                    s.phone.clone(),
                    s.email.clone(),
                    s.wechat.clone(),
                    s.qq.clone(),
                ]
            })
            .collect(),
    }
}

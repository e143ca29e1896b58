//! A student of the register: the form that adds or corrects them (writing only what the
//! officer changed), their membership when they are a member, and the lists that marked them.

use leptos::prelude::*;

use super::model::{STUDENT, Student, StudentDraft, marked_on, member_of_student};
use crate::attendance::marks::mark_of;
use crate::book::{Book, RecordId};
use crate::forms::FieldErrors;
use crate::people::model::GENDERS;
use crate::ui::areas::Area;
use crate::ui::attendance_list::mark_name;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextArea, TextField};
use crate::ui::notice::use_notices;
use crate::ui::page_title::PageTitle;
use crate::ui::people_labels::gender_name;
use crate::ui::pieces::{DeleteButton, FormProblems, RecordMissing, field_error, name_of, open_form, save_form};
use crate::ui::router::navigate;
use crate::ui::routes::Route;
use crate::ui::sample_badge::SampleBadge;

/// `/people/students/new` and `/people/students/:id`.
#[component]
pub fn StudentPage(id: Option<RecordId>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let existing = id.and_then(|id| {
        book.read(|b| b.get(id).filter(|r| r.kind == STUDENT && !r.is_deleted()).map(|r| Student::from_record(id, r)))
    });
    view! {
        <PageTitle area=Area::People />
        {match (id, existing) {
            (Some(_), None) => view! { <RecordMissing back="/people/students" /> }.into_any(),
            (_, None) => view! {
                <section class="page">
                    <h1>{tr!(students.new_title)}</h1>
                    <p><a href="/people/students">{tr!(students.back)}</a></p>
                    <StudentForm existing=None />
                </section>
            }.into_any(),
            (_, Some(student)) => view! {
                <section class="page">
                    <h1>{student.name.clone()}</h1>
                    <SampleBadge id=id />
                    <p><a href="/people/students">{tr!(students.back)}</a></p>
                    <AlsoMember student=student.clone() />
                    <StudentForm existing=Some(student.clone()) />
                    <MarkedOn student />
                </section>
            }.into_any(),
        }}
    }
}

/// The member this student is, by student id.
#[component]
fn AlsoMember(student: Student) -> impl IntoView {
    let book = expect_context::<BookState>();
    move || {
        book.read(|b| member_of_student(b, &student).map(|m| (m, name_of(b, Some(m))))).map(|(member, name)| {
            view! {
                <p class="card" data-testid="also-member">
                    {tr!(students.also_member)} " "
                    <a href=format!("/people/members/{member}")>{name}</a>
                </p>
            }
        })
    }
}

#[component]
fn StudentForm(existing: Option<Student>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let draft = existing.as_ref().map(StudentDraft::from_student).unwrap_or_default();
    let editing = existing.as_ref().and_then(|s| s.id);
    let form = open_form(book, STUDENT, editing, book.read(|b| draft.validate(b, editing)).ok());
    let name = RwSignal::new(draft.name);
    let student_id = RwSignal::new(draft.student_id);
    let class = RwSignal::new(draft.class);
    let major = RwSignal::new(draft.major);
    let year = RwSignal::new(draft.year);
    let gender = RwSignal::new(draft.gender);
    let dorm = RwSignal::new(draft.dorm);
    let phone = RwSignal::new(draft.phone);
    let email = RwSignal::new(draft.email);
    let wechat = RwSignal::new(draft.wechat);
    let qq = RwSignal::new(draft.qq);
    let notes = RwSignal::new(draft.notes);
    let errors = RwSignal::new(FieldErrors::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = StudentDraft {
            name: name.get_untracked(),
            student_id: student_id.get_untracked(),
            class: class.get_untracked(),
            major: major.get_untracked(),
            year: year.get_untracked(),
            gender: gender.get_untracked(),
            dorm: dorm.get_untracked(),
            phone: phone.get_untracked(),
            email: email.get_untracked(),
            wechat: wechat.get_untracked(),
            qq: qq.get_untracked(),
            notes: notes.get_untracked(),
        };
        if let Some(id) = save_form(book, errors, form, book.read(|b| draft.validate(b, editing))) {
            notices.show(tr!(people.saved, name = draft.name.trim()));
            navigate(&if editing.is_some() { "/people/students".to_owned() } else { format!("/people/students/{id}") });
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let mut genders = vec![(String::new(), gender_name(""))];
    genders.extend(GENDERS.iter().map(|g| (g.to_string(), gender_name(g))));
    let label = |key: fn() -> String| Signal::derive(key);
    let deleted_name = existing.as_ref().map(|s| s.name.clone()).unwrap_or_default();
    view! {
        <form class="form card" on:submit=save novalidate>
            <h2>{if editing.is_some() { tr!(students.edit_title) } else { tr!(students.details) }}</h2>
            <FormProblems errors />
            <TextField id="student-name" label=label(|| tr!(people.member_form.name)) value=name error=err("name") autocomplete="off" required=true />
            <TextField id="student-id" label=label(|| tr!(people.member_form.student_id)) value=student_id error=err("student_id") input_mode="numeric" autocomplete="off" required=true />
            <TextField id="student-class" label=label(|| tr!(students.form.class)) value=class error=err("class") autocomplete="off" />
            <TextField id="student-major" label=label(|| tr!(students.form.major)) value=major error=err("major") autocomplete="off" />
            <TextField id="student-year" label=label(|| tr!(people.member_form.year)) value=year error=err("year") input_mode="numeric" autocomplete="off" />
            <SelectField id="student-gender" label=label(|| tr!(people.member_form.gender)) value=gender options=genders error=err("gender") />
            <TextField id="student-dorm" label=label(|| tr!(students.form.dorm)) value=dorm error=err("dorm") autocomplete="off" />
            <TextField id="student-phone" label=label(|| tr!(people.member_form.phone)) value=phone error=err("phone") input_type="tel" autocomplete="off" />
            <TextField id="student-email" label=label(|| tr!(people.member_form.email)) value=email error=err("email") input_type="email" autocomplete="off" />
            <TextField id="student-wechat" label=label(|| tr!(people.member_form.wechat)) value=wechat error=err("wechat") autocomplete="off" />
            <TextField id="student-qq" label=label(|| tr!(people.member_form.qq)) value=qq error=err("qq") input_mode="numeric" autocomplete="off" />
            <TextArea id="student-notes" label=label(|| tr!(people.member_form.notes)) value=notes error=err("notes") />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{tr!(form.save)}</button>
                <a class="button" href="/people/students">{tr!(form.cancel)}</a>
                {editing.map(|id| view! { <DeleteButton id name=deleted_name back="/people/students" /> })}
            </div>
        </form>
    }
}

/// Where a list that marked someone is shown.
fn list_path(book: &Book, id: RecordId) -> Option<String> {
    let route = match book.get(id)?.kind.as_str() {
        "training" => Route::Training(id),
        "activity" => Route::Activity(id),
        "meeting" => Route::Meeting(id),
        "self_study" => Route::SelfStudyCheck(id),
        _ => return None,
    };
    Some(route.path())
}

/// The lists (trainings, activities, meetings, self-study checks) that marked the student,
/// under the id lists know them by: their member record's when they are a member.
#[component]
fn MarkedOn(student: Student) -> impl IntoView {
    let book = expect_context::<BookState>();
    let lists = move || {
        book.read(|b| {
            let person = member_of_student(b, &student).or(student.id)?;
            let found = marked_on(b, person).into_iter().map(|list| {
                let mark = b.get(list).and_then(|r| mark_of(r, person));
                (list_path(b, list), crate::kinds::record_name(b, list).unwrap_or_default(), mark)
            });
            Some(found.collect::<Vec<_>>())
        })
        .unwrap_or_default()
    };
    view! {
        <section class="card" aria-labelledby="marked-heading">
            <h2 id="marked-heading">{tr!(students.marked_on)}</h2>
            <ul class="plain-list">
                {move || {
                    let list = lists();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(students.marked_none)}</li> }.into_any();
                    }
                    list.into_iter().map(|(path, name, mark)| {
                        let mark = mark.map(|m| format!(" · {}", mark_name(m)));
                        match path {
                            Some(path) => view! { <li><a href=path>{name}</a>{mark}</li> }.into_any(),
                            None => view! { <li>{name}{mark}</li> }.into_any(),
                        }
                    }).collect_view().into_any()
                }}
            </ul>
        </section>
    }
}

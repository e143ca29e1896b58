//! A member: their details, their roles over time, and their history — evaluations, trainings,
//! how they were recruited.

use leptos::prelude::*;

use super::evaluation::{evaluations, subject_average};
use super::model::{GENDERS, MEMBER, Member, MemberDraft, POSITIONS};
use super::recruitment::{CANDIDATE, Candidate};
use super::roles::{ROLE, Role, RoleDraft, roles_of};
use super::students::StudentOfMember;
use super::training::trainings_of;
use crate::book::RecordId;
use crate::browser::environment::today;
use crate::forms::FieldErrors;
use crate::locale::one_decimal;
use crate::ui::areas::Area;
use crate::ui::attendance_list::mark_name;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextArea, TextField};
use crate::ui::language::current_lang;
use crate::ui::notice::{UndoAction, use_notices};
use crate::ui::page_title::PageTitle;
use crate::ui::people_labels::{gender_name, position_name, stage_name};
use crate::ui::pickers::unit_options;
use crate::ui::pieces::{
    Correcting, DeleteButton, FormProblems, RecordMissing, RemoveButton, field_error, name_of, open_form, save_form,
};
use crate::ui::router::navigate;
use crate::ui::sample_badge::SampleBadge;

/// `/people/new-member` and `/people/members/:id`. `tasks`: the member's open tasks (the Tasks
/// area's part, put here by the shell); `activities`: those they led (the Activities area's).
#[component]
pub fn MemberPage(
    id: Option<RecordId>,
    #[prop(optional, into)] tasks: ViewFn,
    #[prop(optional, into)] activities: ViewFn,
) -> impl IntoView {
    let book = expect_context::<BookState>();
    let existing = id.and_then(|id| {
        book.read(|b| b.get(id).filter(|r| r.kind == MEMBER && !r.is_deleted()).map(|r| Member::from_record(id, r)))
    });
    view! {
        <PageTitle area=Area::People />
        {match (id, existing) {
            (Some(_), None) => view! { <RecordMissing back="/people" /> }.into_any(),
            (_, None) => view! { <section class="page"><h1>{tr!(people.member_form.new_title)}</h1><MemberForm existing=None /></section> }.into_any(),
            (_, Some(member)) => {
                let id = member.id;
                view! {
                    <section class="page">
                        <h1>{member.name.clone()}</h1>
                        <SampleBadge id=id />
                        <MemberForm existing=Some(member) />
                        <StudentOfMember member=id />
                        <Roles member=id />
                        {tasks.run()}
                        <History member=id activities=activities.clone() />
                    </section>
                }
                .into_any()
            }
        }}
    }
}

#[component]
fn MemberForm(existing: Option<Member>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let draft = existing.as_ref().map(MemberDraft::from_member).unwrap_or_default();
    let editing = existing.as_ref().map(|m| m.id);
    let form = open_form(book, MEMBER, editing, book.read(|b| draft.validate(b, editing)).ok());
    let name = RwSignal::new(draft.name);
    let student_id = RwSignal::new(draft.student_id);
    let class_major = RwSignal::new(draft.class_major);
    let year = RwSignal::new(draft.year);
    let gender = RwSignal::new(draft.gender);
    let phone = RwSignal::new(draft.phone);
    let email = RwSignal::new(draft.email);
    let wechat = RwSignal::new(draft.wechat);
    let qq = RwSignal::new(draft.qq);
    let notes = RwSignal::new(draft.notes);
    let errors = RwSignal::new(FieldErrors::new());
    // A new member can take their first role in the same form.
    let first_unit = RwSignal::new(String::new());
    let first_position = RwSignal::new("assistant".to_owned());

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = MemberDraft {
            name: name.get_untracked(),
            student_id: student_id.get_untracked(),
            class_major: class_major.get_untracked(),
            year: year.get_untracked(),
            gender: gender.get_untracked(),
            phone: phone.get_untracked(),
            email: email.get_untracked(),
            wechat: wechat.get_untracked(),
            qq: qq.get_untracked(),
            notes: notes.get_untracked(),
        };
        if let Some(id) = save_form(book, errors, form, book.read(|b| draft.validate(b, editing))) {
            let unit = first_unit.get_untracked();
            if editing.is_none() && !unit.is_empty() {
                let role = RoleDraft {
                    member: id.to_string(),
                    unit,
                    position: first_position.get_untracked(),
                    from: today().to_string(),
                    to: String::new(),
                };
                if let Ok(fields) = book.read(|b| role.validate(b)) {
                    let role_id = crate::book::Entropy::new_id(&mut crate::browser::environment::BrowserEntropy);
                    book.edit(|s, now| s.write(now, role_id, ROLE, fields));
                }
            }
            notices.show(tr!(people.saved, name = draft.name.trim()));
            navigate(if editing.is_some() { "/people".to_owned() } else { format!("/people/members/{id}") }.as_str());
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let genders = {
        let mut list = vec![(String::new(), gender_name(""))];
        list.extend(GENDERS.iter().map(|g| (g.to_string(), gender_name(g))));
        list
    };
    let label = |key: fn() -> String| Signal::derive(key);
    view! {
        <form class="form" on:submit=save novalidate>
            <FormProblems errors />
            <TextField id="member-name" label=label(|| tr!(people.member_form.name)) value=name error=err("name") autocomplete="off" required=true />
            <TextField id="member-student-id" label=label(|| tr!(people.member_form.student_id)) value=student_id error=err("student_id") input_mode="numeric" autocomplete="off" />
            <TextField id="member-class" label=label(|| tr!(people.member_form.class_major)) value=class_major error=err("class_major") autocomplete="off" />
            <TextField id="member-year" label=label(|| tr!(people.member_form.year)) value=year error=err("year") input_mode="numeric" autocomplete="off" />
            <SelectField id="member-gender" label=label(|| tr!(people.member_form.gender)) value=gender options=genders error=err("gender") />
            <TextField id="member-phone" label=label(|| tr!(people.member_form.phone)) value=phone error=err("phone") input_type="tel" autocomplete="off" />
            <TextField id="member-email" label=label(|| tr!(people.member_form.email)) value=email error=err("email") input_type="email" autocomplete="off" />
            <TextField id="member-wechat" label=label(|| tr!(people.member_form.wechat)) value=wechat error=err("wechat") autocomplete="off" />
            <TextField id="member-qq" label=label(|| tr!(people.member_form.qq)) value=qq error=err("qq") input_mode="numeric" autocomplete="off" />
            <TextArea id="member-notes" label=label(|| tr!(people.member_form.notes)) value=notes error=err("notes") />
            {editing.is_none().then(|| {
                let units = book.read(|b| unit_options(b, tr!(people.member_form.no_unit_yet)));
                let positions: Vec<(String, String)> = POSITIONS.iter().map(|p| (p.to_string(), position_name(p))).collect();
                view! {
                    <SelectField id="member-first-unit" label=label(|| tr!(people.member_form.first_unit)) value=first_unit options=units />
                    <SelectField id="member-first-position" label=label(|| tr!(people.member_form.first_position)) value=first_position options=positions />
                }
            })}
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{tr!(form.save)}</button>
                <a class="button" href="/people">{tr!(form.cancel)}</a>
                {editing.map(|id| view! { <DeleteButton id name=existing.as_ref().map(|m| m.name.clone()).unwrap_or_default() back="/people" /> })}
            </div>
        </form>
    }
}

/// The member's roles, and a form for a new one.
#[component]
fn Roles(member: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let unit = RwSignal::new(String::new());
    let position = RwSignal::new("assistant".to_owned());
    let from = RwSignal::new(today().to_string());
    let to = RwSignal::new(String::new());
    let errors = RwSignal::new(FieldErrors::new());
    let correcting = Correcting::new();
    let typed = move || RoleDraft {
        member: member.to_string(),
        unit: unit.get_untracked(),
        position: position.get_untracked(),
        from: from.get_untracked(),
        to: to.get_untracked(),
    };
    let show_draft = move |draft: RoleDraft| {
        unit.set(draft.unit);
        position.set(draft.position);
        from.set(draft.from);
        to.set(draft.to);
        errors.set(FieldErrors::new());
    };
    let stop_editing = move || {
        correcting.close();
        show_draft(RoleDraft { position: "assistant".into(), from: today().to_string(), ..RoleDraft::default() });
    };
    let start_editing = move |role: Role| {
        let draft = RoleDraft::from_role(&role);
        let shown = book.read(|b| draft.validate_edit(b, role.id)).ok();
        correcting.editing.set(Some(role.id));
        show_draft(draft);
        correcting.opened_as(book, ROLE, role.id, shown, "role-unit");
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = typed();
        let form = correcting.form(book, ROLE);
        match correcting.editing.get_untracked() {
            Some(id) => {
                if save_form(book, errors, form, book.read(|b| draft.validate_edit(b, id))).is_some() {
                    stop_editing();
                    notices.show(tr!(people.role.corrected));
                }
            }
            None => {
                if save_form(book, errors, form, book.read(|b| draft.validate(b))).is_some() {
                    to.set(String::new());
                    notices.show(tr!(people.role.added));
                }
            }
        }
    };
    // A mis-tap is one tap away from being undone.
    let end_today = move |role: RecordId, position: String| {
        let ended =
            book.edit(|s, now| s.write(now, role, ROLE, [("to".to_owned(), serde_json::json!(today().to_string()))]));
        if ended == Some(true) {
            let undo = UndoAction::Write {
                record: role,
                kind: ROLE,
                fields: vec![("to".to_owned(), serde_json::Value::Null)],
            };
            notices.show_with_undo(tr!(people.role.ended, position), undo);
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let positions: Vec<(String, String)> = POSITIONS.iter().map(|p| (p.to_string(), position_name(p))).collect();
    let units = book.read(|b| unit_options(b, tr!(people.role.choose_unit)));
    view! {
        <section class="card" aria-labelledby="roles-heading">
            <h2 id="roles-heading">{tr!(people.role.title)}</h2>
            <ul class="record-list">
                {move || {
                    let list = book.read(|b| roles_of(b, member).into_iter().map(|r| (r.clone(), name_of(b, r.unit))).collect::<Vec<_>>());
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(people.role.none)}</li> }.into_any();
                    }
                    list.into_iter().map(|(role, unit)| {
                        let unit_name = unit.clone();
                        let edit_label = tr!(people.role.edit_named, role = format!("{} · {}", position_name(&role.position), unit));
                        let to_edit = role.clone();
                        let span = format!("{} – {}", role.from.map(|d| current_lang().format_date(d)).unwrap_or_default(), role.to.map(|d| current_lang().format_date(d)).unwrap_or_else(|| tr!(people.role.ongoing)));
                        let open = role.to.is_none();
                        let id = role.id;
                        view! {
                            <li class="record-row">
                                <span class="record-title">{position_name(&role.position)}</span>
                                <SampleBadge id=id />
                                <span class="record-meta">{unit_name} " · " {span}</span>
                                {open.then(|| {
                                    let position = position_name(&role.position);
                                    let label = tr!(people.role.end_named, position = position.clone());
                                    view! { <button class="button" aria-label=label on:click=move |_| end_today(id, position.clone())>{tr!(people.role.end_today)}</button> }
                                })}
                                <button class="button" aria-label=edit_label on:click=move |_| start_editing(to_edit.clone())>{tr!(form.edit)}</button>
                                <RemoveButton id name=format!("{} · {}", position_name(&role.position), unit) />
                            </li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
            <form class="form" on:submit=add novalidate>
                <h3>{move || if correcting.is_open() { tr!(people.role.edit_title) } else { tr!(people.role.add) }}</h3>
                <FormProblems errors />
                <SelectField id="role-unit" label=Signal::derive(|| tr!(people.role.unit)) value=unit options=units error=err("unit") />
                <SelectField id="role-position" label=Signal::derive(|| tr!(people.role.position)) value=position options=positions error=err("position") />
                <TextField id="role-from" label=Signal::derive(|| tr!(people.role.from)) value=from error=err("from") input_type="date" />
                <TextField id="role-to" label=Signal::derive(|| tr!(people.role.to)) value=to error=err("to") input_type="date" />
                <div class="actions">
                    <FormProblems errors by_button=true />
                    <button type="submit" class="button primary">
                        {move || if correcting.is_open() { tr!(form.save) } else { tr!(people.role.add_button) }}
                    </button>
                    {move || correcting.is_open().then(|| view! {
                        <button type="button" class="button" on:click=move |_| stop_editing()>{tr!(form.cancel)}</button>
                    })}
                </div>
            </form>
        </section>
    }
}

/// Everything else the book knows of the member.
#[component]
fn History(member: RecordId, activities: ViewFn) -> impl IntoView {
    let book = expect_context::<BookState>();
    let lang = current_lang();
    let evaluations = move || {
        book.read(|b| {
            let mut list: Vec<_> = evaluations(b, None).into_iter().filter(|e| e.subject == Some(member)).collect();
            // Evaluations made while they were a candidate on probation belong to their history.
            let as_candidate: Vec<RecordId> =
                b.live(CANDIDATE).filter(|(_, r)| r.text("member") == member.to_string()).map(|(id, _)| id).collect();
            list.extend(
                evaluations(b, None).into_iter().filter(|e| e.subject.is_some_and(|s| as_candidate.contains(&s))),
            );
            list.into_iter()
                .map(|e| (e.date, e.average_tenths(), name_of(b, e.evaluator), e.comment))
                .collect::<Vec<_>>()
        })
    };
    let average = move || book.read(|b| subject_average(b, member, None));
    let trainings = move || book.read(|b| trainings_of(b, member));
    let candidacy = move || {
        book.read(|b| {
            b.live(CANDIDATE)
                .filter(|(_, r)| r.text("member") == member.to_string())
                .map(|(id, r)| {
                    let c = Candidate::from_record(id, r);
                    let round = c.round.and_then(|r| b.get(r)).map(|r| r.text("title").to_owned()).unwrap_or_default();
                    (c, round)
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="card" aria-labelledby="history-heading">
            <h2 id="history-heading">{tr!(people.history.title)}</h2>
            <h3>{tr!(people.history.evaluations)}</h3>
            <p>{move || match average() {
                Some((avg, 1)) => tr!(people.history.average_one, average = one_decimal(avg as u64, 10), count = 1),
                Some((avg, n)) => tr!(people.history.average, average = one_decimal(avg as u64, 10), count = n),
                None => tr!(people.history.no_evaluations),
            }}</p>
            <ul class="plain-list">
                {move || evaluations().into_iter().map(|(date, avg, by, comment)| view! {
                    <li>
                        {date.map(|d| lang.format_date(d)).unwrap_or_default()} " · "
                        {avg.map(|a| one_decimal(a as u64, 10)).unwrap_or_default()}
                        {(!by.is_empty()).then(|| format!(" · {by}"))}
                        {(!comment.is_empty()).then(|| format!(" · {comment}"))}
                    </li>
                }).collect_view()}
            </ul>
            <h3>{tr!(people.history.trainings)}</h3>
            <ul class="plain-list">
                {move || {
                    let list = trainings();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(people.history.no_trainings)}</li> }.into_any();
                    }
                    list.into_iter().map(|(t, mark)| view! {
                        <li><a href=format!("/people/trainings/{}", t.id)>{t.topic.clone()}</a> " · " {t.date.map(|d| lang.format_date(d)).unwrap_or_default()} " · " {mark_name(mark)}</li>
                    }).collect_view().into_any()
                }}
            </ul>
            <h3>{tr!(people.history.recruitment)}</h3>
            <ul class="plain-list">
                {move || {
                    let list = candidacy();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(people.history.no_recruitment)}</li> }.into_any();
                    }
                    list.into_iter().map(|(c, round)| view! {
                        <li><a href=format!("/people/candidates/{}", c.id)>{round}</a> " · " {stage_name(c.stage)}</li>
                    }).collect_view().into_any()
                }}
            </ul>
            <h3>{tr!(people.history.activities)}</h3>
            {activities.run()}
        </section>
    }
}

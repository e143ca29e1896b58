//! On a member's page: their entry in the register (found by student id), or one tap that
//! makes it from what the member record already says.

use leptos::prelude::*;

use super::model::{STUDENT, Student, StudentDraft, student_of_member};
use crate::book::{Entropy, RecordId};
use crate::browser::environment::BrowserEntropy;
use crate::people::model::{MEMBER, Member};
use crate::ui::book_state::BookState;
use crate::ui::notice::{UndoAction, use_notices};

#[component]
pub fn StudentOfMember(member: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let state = move || {
        book.read(|b| {
            let m = b.get(member).filter(|r| r.kind == MEMBER).map(|r| Member::from_record(member, r))?;
            Some((student_of_member(b, member), m))
        })
    };
    let add = move |_| {
        let Some((None, m)) = state() else { return };
        let fields = book.read(|b| StudentDraft::from_student(&Student::of_member(&m)).validate(b, None));
        let Ok(fields) = fields else { return notices.show(tr!(students.of_member.cannot)) };
        let id = BrowserEntropy.new_id();
        if book.edit(|s, now| s.write(now, id, STUDENT, fields)).is_some() {
            notices.show_with_undo(tr!(students.of_member.added, name = m.name.clone()), UndoAction::Delete(id));
        }
    };
    view! {
        <section class="card" aria-labelledby="register-heading" data-testid="student-of-member">
            <h2 id="register-heading">{tr!(students.of_member.title)}</h2>
            {move || match state() {
                Some((Some(s), _)) => {
                    let facts = [
                        (tr!(students.form.class), s.class.clone()),
                        (tr!(students.form.major), s.major.clone()),
                        (tr!(students.form.dorm), s.dorm.clone()),
                    ];
                    view! {
                        <dl class="facts">
                            {facts.into_iter().map(|(label, value)| {
                                let value = if value.is_empty() { tr!(roster.empty_value) } else { value };
                                view! { <div><dt>{label}</dt><dd>{value}</dd></div> }
                            }).collect_view()}
                        </dl>
                        <p><a href=format!("/people/students/{}", s.id.map(|i| i.to_string()).unwrap_or_default())>{tr!(students.of_member.open)}</a></p>
                    }.into_any()
                }
                Some((None, m)) if !m.student_id.trim().is_empty() => view! {
                    <p>{tr!(students.of_member.none)}</p>
                    <button type="button" class="button primary" on:click=add>{tr!(students.of_member.add)}</button>
                }.into_any(),
                _ => view! { <p class="help">{tr!(students.of_member.no_student_id)}</p> }.into_any(),
            }}
        </section>
    }
}

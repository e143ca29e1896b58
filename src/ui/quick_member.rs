//! A member added by name from inside another form (an action item's owner at a meeting), so
//! the officer need not leave the page and lose what they were doing; the new member is chosen
//! at once, and the rest of their details can be filled in on their page later.

use leptos::prelude::*;

use crate::book::Entropy;
use crate::browser::environment::BrowserEntropy;
use crate::forms::FieldErrors;
use crate::people::model::{MEMBER, MemberDraft};
use crate::ui::book_state::BookState;
use crate::ui::form::TextField;
use crate::ui::notice::use_notices;
use crate::ui::pieces::field_error;

#[component]
pub fn QuickMember(id: &'static str, chosen: RwSignal<String>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let name = RwSignal::new(String::new());
    let errors = RwSignal::new(FieldErrors::new());
    let open = RwSignal::new(false);
    let add = move || {
        let draft = MemberDraft { name: name.get_untracked(), ..MemberDraft::default() };
        match book.read(|b| draft.validate(b, None)) {
            Err(problems) => errors.set(problems),
            Ok(fields) => {
                let member = BrowserEntropy.new_id();
                if book.edit(|s, now| s.write(now, member, MEMBER, fields)).is_some() {
                    chosen.set(member.to_string());
                    notices.show(tr!(people.quick_added, name = draft.name.trim()));
                    name.set(String::new());
                    errors.set(FieldErrors::new());
                    open.set(false);
                }
            }
        }
    };
    // Enter in the name adds the member; it must not submit the form around it.
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" {
            ev.prevent_default();
            add();
        }
    };
    view! {
        <details class="quick-member" data-no-draft prop:open=move || open.get()
            on:toggle=move |ev| open.set(event_target::<web_sys::HtmlElement>(&ev).has_attribute("open"))>
            <summary>{tr!(people.quick_add)}</summary>
            <div class="quick-member-body" on:keydown=on_key>
                <TextField id label=Signal::derive(|| tr!(people.member_form.name)) value=name error=field_error(errors, "name") />
                <button type="button" class="button" on:click=move |_| add()>{tr!(people.quick_add_button)}</button>
            </div>
        </details>
    }
}

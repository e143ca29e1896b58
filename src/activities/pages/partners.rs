//! An activity's partners (the enterprises at a fair): the list with each one's contact, a
//! form to add one or correct the one chosen, deleting with an undo, and the list as CSV.

use leptos::prelude::*;

use crate::activities::drafts::PartnerDraft;
use crate::activities::model::PARTNER;
use crate::activities::partners::{Partner, partners_of};
use crate::book::RecordId;
use crate::browser::pinyin::collate;
use crate::forms::FieldErrors;
use crate::table::Table;
use crate::ui::book_state::BookState;
use crate::ui::form::TextField;
use crate::ui::notice::use_notices;
use crate::ui::pieces::{Correcting, CsvButton, FormProblems, RemoveButton, field_error, save_form};
use crate::ui::sample_badge::SampleBadge;

#[component]
pub fn Partners(id: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let correcting = Correcting::new();
    let list = move || book.read(|b| partners_of(b, id, &collate));
    let table = move || Table {
        headers: vec![
            tr!(activities.partner_name),
            tr!(activities.contact),
            tr!(activities.phone),
            tr!(activities.email),
            tr!(activities.role),
        ],
        rows: list().into_iter().map(|p| vec![p.name, p.contact, p.phone, p.email, p.role]).collect(),
    };
    view! {
        <section class="card" aria-labelledby="partners-heading">
            <div class="card-head">
                <h2 id="partners-heading">{tr!(activities.partners)}</h2>
                <span class="help">{move || tr!(activities.partners_count, count = list().len())}</span>
            </div>
            <ul class="record-list" data-testid="partners">
                {move || {
                    let list = list();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(activities.partners_none)}</li> }.into_any();
                    }
                    list.into_iter().map(|p| {
                        let pid = p.id;
                        let contact = [p.contact.clone(), p.phone.clone(), p.email.clone(), p.role.clone()]
                            .into_iter().filter(|x| !x.is_empty()).collect::<Vec<_>>().join(" · ");
                        view! {
                            <li class="record-row">
                                <span class="record-title">{p.name.clone()}</span>
                                <SampleBadge id=pid />
                                <span class="record-meta">{contact}</span>
                                <button type="button" class="button" aria-label=tr!(activities.edit_named, name = p.name.clone())
                                    on:click=move |_| correcting.editing.set(Some(pid))>{tr!(form.edit)}</button>
                                <RemoveButton id=pid name=p.name.clone() />
                            </li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
            <div class="actions"><CsvButton name=tr!(activities.partners_file) table /></div>
            <PartnerForm activity=id correcting />
        </section>
    }
}

#[component]
fn PartnerForm(activity: RecordId, correcting: Correcting) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let name = RwSignal::new(String::new());
    let contact = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let role = RwSignal::new(String::new());
    let errors = RwSignal::new(FieldErrors::new());
    let show = move |d: PartnerDraft| {
        name.set(d.name);
        contact.set(d.contact);
        phone.set(d.phone);
        email.set(d.email);
        role.set(d.role);
        errors.set(FieldErrors::new());
    };
    Effect::new(move |_| {
        let Some(pid) = correcting.editing.get() else { return };
        let Some(p) = book.read_session(|s| s.book().get(pid).map(|r| Partner::from_record(pid, r))) else { return };
        let draft = PartnerDraft::from_partner(&p);
        let shown = book.read_session(|s| draft.validate(s.book(), activity).ok());
        show(draft);
        correcting.opened_as(book, PARTNER, pid, shown, "partner-name");
    });
    let done = move || {
        correcting.close();
        show(PartnerDraft::default());
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = PartnerDraft {
            name: name.get_untracked(),
            contact: contact.get_untracked(),
            phone: phone.get_untracked(),
            email: email.get_untracked(),
            role: role.get_untracked(),
        };
        let checked = book.read(|b| draft.validate(b, activity));
        if save_form(book, errors, correcting.form(book, PARTNER), checked).is_some() {
            notices.show(tr!(activities.partner_saved, name = draft.name.trim()));
            done();
            crate::ui::form::focus_by_id("partner-name");
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let label = |key: fn() -> String| Signal::derive(key);
    let is_open = move || correcting.is_open();
    view! {
        <form class="form" on:submit=save novalidate aria-labelledby="partner-form-heading">
            <h3 id="partner-form-heading">{move || if is_open() { tr!(activities.edit_partner) } else { tr!(activities.new_partner) }}</h3>
            <FormProblems errors />
            <TextField id="partner-name" label=label(|| tr!(activities.partner_name)) value=name error=err("name") autocomplete="off" required=true />
            <TextField id="partner-contact" label=label(|| tr!(activities.contact)) value=contact error=err("contact") autocomplete="off" />
            <TextField id="partner-phone" label=label(|| tr!(activities.phone)) value=phone error=err("phone") input_type="tel" autocomplete="off" />
            <TextField id="partner-email" label=label(|| tr!(activities.email)) value=email error=err("email") input_type="email" autocomplete="off" />
            <TextField id="partner-role" label=label(|| tr!(activities.role)) value=role error=err("role") />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{move || if is_open() { tr!(form.save) } else { tr!(activities.add_partner) }}</button>
                {move || is_open().then(|| view! { <button type="button" class="button" on:click=move |_| done()>{tr!(form.cancel)}</button> })}
            </div>
        </form>
    }
}

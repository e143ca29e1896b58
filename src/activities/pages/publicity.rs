//! An activity's publicity: posters, articles, outside coverage. A link opens only when it is
//! http or https (`Publicity::safe_link`); any other is shown as text, never as a link.

use leptos::prelude::*;

use super::labels::{medium_name, word_options};
use crate::activities::drafts::PublicityDraft;
use crate::activities::model::{MEDIA, PUBLICITY};
use crate::activities::partners::{Publicity, publicity_of};
use crate::book::RecordId;
use crate::forms::FieldErrors;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextField};
use crate::ui::language::current_lang;
use crate::ui::notice::use_notices;
use crate::ui::pieces::{Correcting, FormProblems, RemoveButton, field_error, save_form};
use crate::ui::sample_badge::SampleBadge;

#[component]
pub fn PublicityList(id: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let correcting = Correcting::new();
    let lang = current_lang();
    let list = move || book.read(|b| publicity_of(b, id));
    view! {
        <section class="card" aria-labelledby="publicity-heading">
            <h2 id="publicity-heading">{tr!(activities.publicity)}</h2>
            <ul class="record-list" data-testid="publicity">
                {move || {
                    let list = list();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(activities.publicity_none)}</li> }.into_any();
                    }
                    list.into_iter().map(|p| {
                        let pid = p.id;
                        let meta = [medium_name(&p.medium), p.outlet.clone(), p.date.map(|d| lang.format_date(d)).unwrap_or_default()]
                            .into_iter().filter(|x| !x.is_empty()).collect::<Vec<_>>().join(" · ");
                        let link = match (p.safe_link(), p.link.trim()) {
                            (Some(url), _) => view! {
                                <a href=url.to_owned() target="_blank" rel="noopener noreferrer" lang="zxx">{url.to_owned()}</a>
                            }.into_any(),
                            (None, "") => ().into_any(),
                            (None, text) => view! {
                                <span class="link-as-text">
                                    <span lang="zxx">{text.to_owned()}</span>
                                    " (" {tr!(activities.link_as_text)} ")"
                                </span>
                            }.into_any(),
                        };
                        view! {
                            <li class="record-row">
                                <span class="record-title">{p.title.clone()}</span>
                                <SampleBadge id=pid />
                                <span class="record-meta">{meta}</span>
                                <span class="publicity-link">{link}</span>
                                <button type="button" class="button" aria-label=tr!(activities.edit_named, name = p.title.clone())
                                    on:click=move |_| correcting.editing.set(Some(pid))>{tr!(form.edit)}</button>
                                <RemoveButton id=pid name=p.title.clone() />
                            </li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
            <PublicityForm activity=id correcting />
        </section>
    }
}

#[component]
fn PublicityForm(activity: RecordId, correcting: Correcting) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let medium = RwSignal::new(String::new());
    let title = RwSignal::new(String::new());
    let outlet = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let link = RwSignal::new(String::new());
    let errors = RwSignal::new(FieldErrors::new());
    let show = move |d: PublicityDraft| {
        medium.set(d.medium);
        title.set(d.title);
        outlet.set(d.outlet);
        date.set(d.date);
        link.set(d.link);
        errors.set(FieldErrors::new());
    };
    Effect::new(move |_| {
        let Some(pid) = correcting.editing.get() else { return };
        let Some(p) = book.read_session(|s| s.book().get(pid).map(|r| Publicity::from_record(pid, r))) else { return };
        let draft = PublicityDraft::from_publicity(&p);
        let shown = book.read_session(|s| draft.validate(s.book(), activity).ok());
        show(draft);
        correcting.opened_as(book, PUBLICITY, pid, shown, "publicity-medium");
    });
    let done = move || {
        correcting.close();
        show(PublicityDraft::default());
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = PublicityDraft {
            medium: medium.get_untracked(),
            title: title.get_untracked(),
            outlet: outlet.get_untracked(),
            date: date.get_untracked(),
            link: link.get_untracked(),
        };
        let checked = book.read(|b| draft.validate(b, activity));
        if save_form(book, errors, correcting.form(book, PUBLICITY), checked).is_some() {
            notices.show(tr!(activities.publicity_saved, name = draft.title.trim()));
            done();
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let label = |key: fn() -> String| Signal::derive(key);
    let is_open = move || correcting.is_open();
    // Drawn again when a record is chosen, so the select shows its medium.
    let media = Signal::derive(move || {
        medium.track();
        word_options(MEDIA, medium_name, tr!(activities.choose))
    });
    view! {
        <form class="form" on:submit=save novalidate aria-labelledby="publicity-form-heading">
            <h3 id="publicity-form-heading">{move || if is_open() { tr!(activities.edit_publicity) } else { tr!(activities.new_publicity) }}</h3>
            <FormProblems errors />
            <SelectField id="publicity-medium" label=label(|| tr!(activities.medium)) value=medium options=media error=err("medium") />
            <TextField id="publicity-title" label=label(|| tr!(activities.pub_title)) value=title error=err("title") required=true />
            <TextField id="publicity-outlet" label=label(|| tr!(activities.outlet)) value=outlet error=err("outlet") />
            <TextField id="publicity-date" label=label(|| tr!(activities.pub_date)) value=date error=err("date") input_type="date" />
            <TextField id="publicity-link" label=label(|| tr!(activities.link)) value=link error=err("link") input_type="url" autocomplete="off" />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{move || if is_open() { tr!(form.save) } else { tr!(activities.add_publicity) }}</button>
                {move || is_open().then(|| view! { <button type="button" class="button" on:click=move |_| done()>{tr!(form.cancel)}</button> })}
            </div>
        </form>
    }
}

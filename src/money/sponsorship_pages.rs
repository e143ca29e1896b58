//! `/money/sponsorships`: the list by semester (CSV too); `/money/sponsorships/new` and
//! `/money/sponsorships/:id`: a sponsorship's form, its stepper and what was promised.

use leptos::prelude::*;

use super::amount;
use super::labels::{activity_options, currency_options};
use super::model::{SPONSORSHIP, Sponsorship};
use super::sponsorship_views::{PromiseChecklist, SponsorStepper, amount_text, promise_name, status_name};
use super::sponsorships::{Promise, SponsorshipDraft, listed, sponsorship};
use crate::book::{Record, RecordId};
use crate::browser::environment::today;
use crate::browser::pinyin::collate;
use crate::forms::FieldErrors;
use crate::steps::first_fields;
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextArea, TextField};
use crate::ui::notice::use_notices;
use crate::ui::page_title::PageTitle;
use crate::ui::pickers::{SemesterFilter, current_semester, member_options, range_of, unit_options};
use crate::ui::pieces::{
    CsvButton, DeleteButton, FormProblems, RecordMissing, field_error, name_of, open_form, save_form,
};
use crate::ui::router::navigate;
use crate::ui::routes::Route;
use crate::ui::sample_badge::SampleBadge;

const BACK: &str = "/money/sponsorships";

#[component]
pub fn SponsorshipsPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let semester = current_semester();
    let list = move || {
        book.read(|b| {
            listed(b, range_of(b, semester.get()), &collate)
                .into_iter()
                .map(|s| {
                    let (activity, by) = (name_of(b, s.activity), name_of(b, s.brought_by));
                    (s, activity, by)
                })
                .collect::<Vec<(Sponsorship, String, String)>>()
        })
    };
    let table = move || Table {
        headers: vec![
            tr!(money.sponsor.sponsor),
            tr!(money.sponsor.form),
            tr!(money.amount),
            tr!(money.currency),
            tr!(activities.status_label),
            tr!(money.activity),
            tr!(money.sponsor.brought_by),
            tr!(money.date),
        ],
        rows: list()
            .into_iter()
            .map(|(s, activity, by)| {
                vec![
                    s.sponsor.clone(),
                    if s.in_kind { tr!(money.sponsor.in_kind) } else { tr!(money.sponsor.cash) },
                    s.amount.map(|a| amount::plain(a.minor)).unwrap_or_default(),
                    s.amount.map(|a| a.currency.code().to_owned()).unwrap_or_default(),
                    status_name(s.status),
                    activity,
                    by,
                    s.dated.map(|d| d.to_string()).unwrap_or_default(),
                ]
            })
            .collect(),
    };
    view! {
        <PageTitle area=Area::Money />
        <section class="page">
            <h1>{tr!(money.sponsorships)}</h1>
            <p><a href="/money">{tr!(money.back)}</a></p>
            <SemesterFilter selected=semester />
            <ul class="record-list" data-testid="sponsorships">
                {move || {
                    let list = list();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(money.sponsor.none)}</li> }.into_any();
                    }
                    list.into_iter().map(|(s, activity, _)| view! {
                        <li><a class="record-row" href=Route::Sponsorship(s.id).path()>
                            <span class="record-title">{s.sponsor.clone()}</span>
                            <SampleBadge id=s.id />
                            <span class="record-meta">
                                {amount_text(&s)} " · " {status_name(s.status)}
                                {(!activity.is_empty()).then(|| format!(" · {activity}"))}
                            </span>
                        </a></li>
                    }).collect_view().into_any()
                }}
            </ul>
            <div class="actions">
                <a class="button primary" href=Route::NewSponsorship.path()>{tr!(money.sponsor.new)}</a>
                <CsvButton name=tr!(money.sponsorships) table />
            </div>
        </section>
    }
}

#[component]
pub fn SponsorshipPage(id: Option<RecordId>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let existing = id.and_then(|id| book.read(|b| sponsorship(b, id).and_then(|_| b.get(id).cloned())));
    view! {
        <PageTitle area=Area::Money />
        {match (id, existing) {
            (Some(_), None) => view! { <RecordMissing back=BACK /> }.into_any(),
            (None, _) => view! {
                <section class="page">
                    <h1>{tr!(money.sponsor.new)}</h1>
                    <p><a href=BACK>{tr!(money.sponsorships)}</a></p>
                    <SponsorshipForm id=None record=None />
                </section>
            }.into_any(),
            (Some(id), Some(record)) => {
                let name = move || book.read(|b| sponsorship(b, id)).map(|s| s.sponsor).unwrap_or_default();
                view! {
                    <section class="page">
                        <h1>{name}</h1>
                        <SampleBadge id=id />
                        <p><a href=BACK>{tr!(money.sponsorships)}</a></p>
                        <SponsorStepper id />
                        <PromiseChecklist id />
                        <SponsorshipForm id=Some(id) record=Some(record) />
                    </section>
                }.into_any()
            }
        }}
    }
}

#[component]
fn SponsorshipForm(id: Option<RecordId>, record: Option<Record>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let draft = record.as_ref().map(SponsorshipDraft::from_record).unwrap_or_else(SponsorshipDraft::new);
    let shown = record.as_ref().and_then(|_| book.read(|b| draft.validate(b)).ok());
    let form = open_form(book, SPONSORSHIP, id, shown);
    let sponsor = RwSignal::new(draft.sponsor);
    let contact = RwSignal::new(draft.contact);
    let phone = RwSignal::new(draft.phone);
    let form_of = RwSignal::new(draft.form);
    let amount_text = RwSignal::new(draft.amount);
    let currency = RwSignal::new(draft.currency);
    let goods = RwSignal::new(draft.goods);
    let activity = RwSignal::new(draft.activity);
    let unit = RwSignal::new(draft.unit);
    let brought_by = RwSignal::new(draft.brought_by);
    // A promise taken back and made again is owed again, unless it was done when the form opened.
    let opened_with = draft.promises.clone();
    let promised = RwSignal::new(draft.promises);
    let other_text = RwSignal::new(draft.promise_other_text);
    let note = RwSignal::new(draft.note);
    let errors = RwSignal::new(FieldErrors::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = SponsorshipDraft {
            sponsor: sponsor.get_untracked(),
            contact: contact.get_untracked(),
            phone: phone.get_untracked(),
            form: form_of.get_untracked(),
            amount: amount_text.get_untracked(),
            currency: currency.get_untracked(),
            goods: goods.get_untracked(),
            activity: activity.get_untracked(),
            unit: unit.get_untracked(),
            brought_by: brought_by.get_untracked(),
            promises: promised.get_untracked(),
            promise_other_text: other_text.get_untracked(),
            note: note.get_untracked(),
        };
        // A new sponsorship starts with its first contact, today.
        let checked = book.read(|b| typed.validate(b)).map(|mut fields| {
            if id.is_none() {
                fields.extend(first_fields::<super::model::SponsorStatus>(today()));
            }
            fields
        });
        if let Some(saved) = save_form(book, errors, form, checked) {
            notices.show(tr!(people.saved, name = typed.sponsor.trim()));
            if id.is_none() {
                navigate(&Route::Sponsorship(saved).path());
            }
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let label = |key: fn() -> String| Signal::derive(key);
    let forms = vec![("cash".to_owned(), tr!(money.sponsor.cash)), ("in_kind".to_owned(), tr!(money.sponsor.in_kind))];
    let activities = book.read(|b| activity_options(b, tr!(money.no_activity)));
    let units = book.read(|b| unit_options(b, tr!(money.no_unit)));
    let members = book.read(|b| member_options(b, tr!(money.no_one)));
    let name = Signal::derive(move || sponsor.get());
    view! {
        <form class="form card" on:submit=save novalidate>
            <FormProblems errors />
            <TextField id="sponsor-name" label=label(|| tr!(money.sponsor.sponsor)) value=sponsor error=err("sponsor") />
            <TextField id="sponsor-contact" label=label(|| tr!(activities.contact)) value=contact error=err("contact") />
            <TextField id="sponsor-phone" label=label(|| tr!(activities.phone)) value=phone error=err("phone") input_type="tel" />
            <SelectField id="sponsor-form" label=label(|| tr!(money.sponsor.form)) value=form_of options=forms error=err("form") />
            <SelectField id="sponsor-currency" label=label(|| tr!(money.currency)) value=currency options=currency_options() error=err("currency") />
            <TextField id="sponsor-amount" label=label(|| tr!(money.sponsor.value)) value=amount_text error=err("amount") input_mode="decimal" />
            {move || (form_of.get() == "in_kind").then(|| view! {
                <TextField id="sponsor-goods" label=label(|| tr!(money.sponsor.goods)) value=goods error=err("goods") />
            })}
            <SelectField id="sponsor-activity" label=label(|| tr!(money.activity)) value=activity options=activities error=err("activity") />
            <SelectField id="sponsor-unit" label=label(|| tr!(money.unit)) value=unit options=units error=err("unit") />
            <SelectField id="sponsor-brought-by" label=label(|| tr!(money.sponsor.brought_by)) value=brought_by options=members error=err("brought_by") />
            <fieldset class="choices">
                <legend>{tr!(money.sponsor.promised)}</legend>
                {Promise::ALL.into_iter().map(|p| {
                    let input = format!("promise-{}", p as usize);
                    let was = opened_with[p as usize].clone();
                    let checked = move || promised.with(|list| !list[p as usize].is_empty());
                    let toggle = move |ev: leptos::ev::Event| {
                        let on = event_target_checked(&ev);
                        let state = match (on, was.is_empty()) {
                            (false, _) => String::new(),
                            (true, true) => "owed".to_owned(),
                            (true, false) => was.clone(),
                        };
                        promised.update(|list| list[p as usize] = state);
                    };
                    view! {
                        <div class="field checkbox">
                            <input id=input.clone() type="checkbox" prop:checked=checked on:change=toggle />
                            <label for=input>{promise_name(p)}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            {move || promised.with(|list| !list[Promise::Other as usize].is_empty()).then(|| view! {
                <TextField id="sponsor-other" label=label(|| tr!(money.sponsor.other_text)) value=other_text error=err("promise_other_text") />
            })}
            <TextArea id="sponsor-note" label=label(|| tr!(money.note)) value=note error=err("note") />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{tr!(form.save)}</button>
                {id.map(|id| view! { <DeleteButton id name back=BACK /> })}
            </div>
        </form>
    }
}

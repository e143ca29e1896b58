//! An award's page: its form (a new award, one for an activity chosen beforehand, or
//! correcting one), with delete and its undo.

use leptos::prelude::*;

use super::awards::{Award, AwardDraft, Level, award};
use super::labels::{kind_name, level_name};
use super::model::{AWARD, AWARD_KINDS, RECIPIENTS, SELECTION};
use crate::activities::model::ACTIVITY;
use crate::book::{Book, RecordId};
use crate::browser::environment::today;
use crate::browser::pinyin::collate;
use crate::forms::FieldErrors;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextArea, TextField};
use crate::ui::notice::use_notices;
use crate::ui::page_title::PageTitle;
use crate::ui::people_picker::PeoplePicker;
use crate::ui::pickers::unit_options;
use crate::ui::pieces::{DeleteButton, FormProblems, RecordMissing, field_error, open_form, save_form};
use crate::ui::router::navigate;
use crate::ui::routes::Route;
use crate::ui::sample_badge::SampleBadge;

fn recipient_name(word: &str) -> String {
    match word {
        "union" => tr!(awards.recipients.union),
        "unit" => tr!(awards.recipients.unit),
        "people" => tr!(awards.recipients.people),
        _ => String::new(),
    }
}

/// Live records of `kind` by their title, in pinyin order, after a first choice for none.
fn titled_options(book: &Book, kind: &str) -> Vec<(String, String)> {
    let mut list: Vec<(String, String)> =
        book.live(kind).map(|(id, r)| (id.to_string(), r.text("title").to_owned())).collect();
    list.sort_by(|a, b| collate(&a.1, &b.1));
    list.insert(0, (String::new(), tr!(activities.choose)));
    list
}

/// `activity`: a new award for this activity (from its page).
#[component]
pub fn AwardPage(id: Option<RecordId>, #[prop(optional)] activity: Option<RecordId>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let existing = id.and_then(|id| book.read(|b| award(b, id)));
    if id.is_some() && existing.is_none() {
        return view! { <RecordMissing back="/awards" /> }.into_any();
    }
    let heading = existing.as_ref().map(|a| a.title.clone()).unwrap_or_else(|| tr!(awards.new));
    let back = match activity {
        Some(a) => view! { <p><a href=Route::Activity(a).path()>{book.read(|b| b.get(a).map(|r| r.text("title").to_owned())).unwrap_or_default()}</a></p> }.into_any(),
        None => view! { <p><a href=Route::Awards.path()>{tr!(awards.back)}</a></p> }.into_any(),
    };
    view! {
        <PageTitle area=Area::Awards />
        <section class="page">
            <h1>{heading}</h1>
            <SampleBadge id=id />
            {back}
            <AwardForm existing activity />
        </section>
    }
    .into_any()
}

#[component]
fn AwardForm(existing: Option<Award>, activity: Option<RecordId>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let editing = existing.as_ref().map(|a| a.id);
    let draft = existing.as_ref().map(AwardDraft::from_award).unwrap_or_else(|| AwardDraft::new_for(activity, today()));
    let shown = existing.as_ref().and_then(|_| book.read(|b| draft.validate(b)).ok());
    let form = open_form(book, AWARD, editing, shown);
    let title = RwSignal::new(draft.title);
    let award_kind = RwSignal::new(draft.award_kind);
    let level = RwSignal::new(draft.level);
    let prize = RwSignal::new(draft.prize);
    let awarded_by = RwSignal::new(draft.awarded_by);
    let date = RwSignal::new(draft.date);
    let recipient = RwSignal::new(draft.recipient);
    let unit = RwSignal::new(draft.unit);
    let people = RwSignal::new(draft.people);
    let from = RwSignal::new(draft.activity);
    let selection = RwSignal::new(draft.selection);
    let note = RwSignal::new(draft.note);
    let errors = RwSignal::new(FieldErrors::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = AwardDraft {
            title: title.get_untracked(),
            award_kind: award_kind.get_untracked(),
            level: level.get_untracked(),
            prize: prize.get_untracked(),
            awarded_by: awarded_by.get_untracked(),
            date: date.get_untracked(),
            recipient: recipient.get_untracked(),
            unit: unit.get_untracked(),
            people: people.get_untracked(),
            activity: from.get_untracked(),
            selection: selection.get_untracked(),
            note: note.get_untracked(),
        };
        if let Some(id) = save_form(book, errors, form, book.read(|b| draft.validate(b))) {
            notices.show(tr!(activities.saved, name = draft.title.trim()));
            if editing.is_none() {
                // Back where the officer came from: the activity's page, or the award.
                let next = RecordId::parse(&draft.activity).filter(|_| activity.is_some()).map(Route::Activity);
                navigate(&next.unwrap_or(Route::Award(id)).path());
            }
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let label = |key: fn() -> String| Signal::derive(key);
    let choose = tr!(activities.choose);
    let words = |list: &[&str], name: fn(&str) -> String| {
        let mut options = vec![(String::new(), tr!(activities.choose))];
        options.extend(list.iter().map(|w| ((*w).to_owned(), name(w))));
        options
    };
    let levels = {
        let mut options = vec![(String::new(), choose.clone())];
        options.extend(Level::HIGHEST_FIRST.map(|l| (l.word().to_owned(), level_name(Some(l)))));
        options
    };
    let units = book.read(|b| unit_options(b, choose.clone()));
    let activities = book.read(|b| titled_options(b, ACTIVITY));
    let selections = book.read(|b| titled_options(b, SELECTION));
    view! {
        <form class="form card" on:submit=save novalidate aria-labelledby="award-form-heading">
            <h2 id="award-form-heading">{if editing.is_some() { tr!(awards.edit) } else { tr!(awards.new) }}</h2>
            <FormProblems errors />
            <TextField id="award-title" label=label(|| tr!(awards.title)) value=title error=err("title") required=true autocomplete="off" />
            <SelectField id="award-level" label=label(|| tr!(awards.level)) value=level options=levels error=err("level") />
            <SelectField id="award-kind" label=label(|| tr!(awards.kind)) value=award_kind options=words(AWARD_KINDS, kind_name) error=err("award_kind") />
            <TextField id="award-prize" label=label(|| tr!(awards.prize)) value=prize error=err("prize") />
            <TextField id="award-by" label=label(|| tr!(awards.awarded_by)) value=awarded_by error=err("awarded_by") />
            <TextField id="award-date" label=label(|| tr!(activities.pub_date)) value=date error=err("date") input_type="date" />
            <SelectField id="award-recipient" label=label(|| tr!(awards.recipient)) value=recipient options=words(RECIPIENTS, recipient_name) error=err("recipient") />
            {move || match recipient.get().as_str() {
                "unit" => view! {
                    <SelectField id="award-unit" label=label(|| tr!(awards.unit)) value=unit options=units.clone() error=err("unit") />
                }.into_any(),
                "people" => view! {
                    <PeoplePicker id="award-people" legend=tr!(awards.people) chosen=people error=err("people") />
                }.into_any(),
                _ => ().into_any(),
            }}
            <SelectField id="award-activity" label=label(|| tr!(awards.activity)) value=from options=activities error=err("activity") />
            <SelectField id="award-selection" label=label(|| tr!(awards.selection)) value=selection options=selections error=err("selection") />
            <TextArea id="award-note" label=label(|| tr!(activities.notes)) value=note error=err("note") />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{tr!(form.save)}</button>
                {editing.map(|id| view! { <DeleteButton id name=title back="/awards" /> })}
            </div>
        </form>
    }
}

//! An activity's facts: one form for a new activity and for correcting one, writing only the
//! fields changed. The summary's fields show once the activity took place.

use leptos::prelude::*;

use super::choices::Choices;
use super::labels::{category_name, scope_name, word_options};
use crate::activities::drafts::ActivityDraft;
use crate::activities::lifecycle::planned_fields;
use crate::activities::model::{ACTIVITY, Activity, CATEGORIES, SCOPES, activity};
use crate::activities::series::{all_series, next_edition};
use crate::book::RecordId;
use crate::browser::environment::today;
use crate::browser::pinyin::collate;
use crate::forms::FieldErrors;
use crate::locale::Lang;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextArea, TextField};
use crate::ui::language::current_lang;
use crate::ui::notice::use_notices;
use crate::ui::pickers::{member_options, unit_options};
use crate::ui::pieces::{DeleteButton, FormProblems, field_error, open_form, save_form};
use crate::ui::router::navigate;

#[component]
pub fn FactsForm(existing: Option<Activity>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let editing = existing.as_ref().map(|a| a.id);
    let draft = existing.as_ref().map(ActivityDraft::from_activity).unwrap_or_default();
    let shown = existing.as_ref().and_then(|_| book.read(|b| draft.validate(b)).ok());
    let form = open_form(book, ACTIVITY, editing, shown);
    let title = RwSignal::new(draft.title);
    let units = RwSignal::new(draft.units);
    let category = RwSignal::new(draft.category);
    let scope = RwSignal::new(draft.scope);
    let series = RwSignal::new(draft.series);
    let edition = RwSignal::new(draft.edition);
    let date = RwSignal::new(draft.date);
    let end_date = RwSignal::new(draft.end_date);
    let starts_at = RwSignal::new(draft.starts_at);
    let venue = RwSignal::new(draft.venue);
    let leads = RwSignal::new(draft.leads);
    let expected = RwSignal::new(draft.expected);
    let counted = RwSignal::new(draft.counted);
    let outcome = RwSignal::new(draft.outcome);
    let highlights = RwSignal::new(draft.highlights);
    let lessons = RwSignal::new(draft.lessons);
    let notes = RwSignal::new(draft.notes);
    let errors = RwSignal::new(FieldErrors::new());
    // A series chosen for an activity without an edition number suggests the next one.
    Effect::new(move |before: Option<String>| {
        let chosen = series.get();
        let newly = RecordId::parse(&chosen).filter(|_| before.is_some_and(|b| b != chosen));
        if let Some(s) = newly.filter(|_| edition.get_untracked().trim().is_empty()) {
            edition.set(book.read(|b| next_edition(b, s)).to_string());
        }
        chosen
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = ActivityDraft {
            title: title.get_untracked(),
            units: units.get_untracked(),
            category: category.get_untracked(),
            scope: scope.get_untracked(),
            series: series.get_untracked(),
            edition: edition.get_untracked(),
            date: date.get_untracked(),
            end_date: end_date.get_untracked(),
            starts_at: starts_at.get_untracked(),
            venue: venue.get_untracked(),
            leads: leads.get_untracked(),
            expected: expected.get_untracked(),
            counted: counted.get_untracked(),
            outcome: outcome.get_untracked(),
            highlights: highlights.get_untracked(),
            lessons: lessons.get_untracked(),
            notes: notes.get_untracked(),
        };
        let checked = book.read(|b| draft.validate(b)).map(|mut fields| {
            if editing.is_none() {
                fields.extend(planned_fields(today()));
            }
            fields
        });
        if let Some(id) = save_form(book, errors, form, checked) {
            notices.show(tr!(activities.saved, name = draft.title.trim()));
            if editing.is_none() {
                navigate(&format!("/activities/{id}"));
            }
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let label = |key: fn() -> String| Signal::derive(key);
    let english = current_lang() == Lang::En;
    let unit_choices: Vec<(String, String)> =
        book.read(|b| unit_options(b, String::new())).into_iter().skip(1).collect();
    let lead_choices: Vec<(String, String)> =
        book.read(|b| member_options(b, String::new())).into_iter().skip(1).collect();
    let series_options = book.read(|b| {
        let mut list = vec![(String::new(), tr!(activities.no_series))];
        list.extend(
            all_series(b, english, &collate).into_iter().map(|s| (s.id.to_string(), s.name(english).to_owned())),
        );
        list
    });
    let took_place =
        move || editing.and_then(|id| book.read(|b| activity(b, id))).is_some_and(|a| a.status().took_place());
    let name = Signal::derive(move || title.get());
    view! {
        <form class="form card" on:submit=save novalidate aria-labelledby="facts-heading">
            <h2 id="facts-heading">{if editing.is_some() { tr!(activities.edit) } else { tr!(activities.new) }}</h2>
            <FormProblems errors />
            <TextField id="activity-title" label=label(|| tr!(activities.title)) value=title error=err("title") required=true autocomplete="off" />
            <Choices id="activity-units" legend=tr!(activities.units) options=unit_choices chosen=units error=err("units") />
            <SelectField id="activity-category" label=label(|| tr!(activities.category)) value=category
                options=word_options(CATEGORIES, category_name, tr!(activities.choose)) error=err("category") />
            <SelectField id="activity-scope" label=label(|| tr!(activities.scope)) value=scope
                options=word_options(SCOPES, scope_name, tr!(activities.choose)) error=err("scope") />
            <SelectField id="activity-series" label=label(|| tr!(activities.series)) value=series options=series_options error=err("series") />
            <TextField id="activity-edition" label=label(|| tr!(activities.edition)) value=edition error=err("edition") input_mode="numeric" />
            <TextField id="activity-date" label=label(|| tr!(activities.date)) value=date error=err("date") input_type="date" />
            <TextField id="activity-end-date" label=label(|| tr!(activities.end_date)) value=end_date error=err("end_date") input_type="date" />
            <TextField id="activity-starts-at" label=label(|| tr!(activities.starts_at)) value=starts_at error=err("starts_at") input_type="time" />
            <TextField id="activity-venue" label=label(|| tr!(activities.venue)) value=venue error=err("venue") />
            <Choices id="activity-leads" legend=tr!(activities.leads) options=lead_choices chosen=leads error=err("leads") />
            <TextField id="activity-expected" label=label(|| tr!(activities.expected)) value=expected error=err("expected") input_mode="numeric" />
            <TextField id="activity-counted" label=label(|| tr!(activities.counted)) value=counted error=err("counted") input_mode="numeric" />
            {move || took_place().then(|| view! {
                <fieldset class="choices">
                    <legend>{tr!(activities.summary_heading)}</legend>
                    <TextArea id="activity-outcome" label=label(|| tr!(activities.outcome)) value=outcome error=err("outcome") />
                    <TextArea id="activity-highlights" label=label(|| tr!(activities.highlights)) value=highlights error=err("highlights") />
                    <TextArea id="activity-lessons" label=label(|| tr!(activities.lessons)) value=lessons error=err("lessons") />
                </fieldset>
            })}
            <TextArea id="activity-notes" label=label(|| tr!(activities.notes)) value=notes error=err("notes") />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{tr!(form.save)}</button>
                {editing.map(|id| view! { <DeleteButton id name back="/activities" /> })}
            </div>
        </form>
    }
}

//! An inspection round: its date, rooms, rubric and inspectors, how far scoring is, and its
//! results.

use leptos::prelude::*;

use super::corridor::progress;
use super::model::{INSPECTION_ROUND, InspectionRound, RUBRIC, buildings, inspection_round, rooms_of};
use super::round_drafts::{RoundDraft, any_scored};
use super::rubric::Rubric;
use crate::book::RecordId;
use crate::browser::environment::today;
use crate::browser::pinyin::collate;
use crate::forms::FieldErrors;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextArea, TextField};
use crate::ui::notice::use_notices;
use crate::ui::page_title::PageTitle;
use crate::ui::pieces::{DeleteButton, FormProblems, RecordMissing, field_error, open_form, save_form};
use crate::ui::router::navigate;
use crate::ui::routes::Route;
use crate::ui::sample_badge::SampleBadge;

#[component]
pub fn InspectionRoundPage(id: Option<RecordId>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let Some(id) = id else {
        return view! {
            <PageTitle area=Area::Inspections />
            <section class="page">
                <h1>{tr!(inspections.round_new)}</h1>
                <p><a href="/inspections">{tr!(inspections.back)}</a></p>
                <RoundForm existing=None />
            </section>
        }
        .into_any();
    };
    let Some(first) = book.read(|b| inspection_round(b, id)) else {
        return view! { <RecordMissing back="/inspections" /> }.into_any();
    };
    let done = move || {
        book.read(|b| {
            let rooms: Vec<RecordId> =
                inspection_round(b, id).map(|r| r.covered_rooms(b).iter().map(|r| r.id).collect()).unwrap_or_default();
            progress(b, id, &rooms)
        })
    };
    let scored_with = move || {
        book.read(|b| inspection_round(b, id).map(|r| Rubric::from_copy(&r.rubric_copy)))
            .filter(|r| !r.items.is_empty())
            .map(|r| tr!(inspections.scored_with, name = r.name, version = r.version))
    };
    view! {
        <PageTitle area=Area::Inspections />
        <section class="page">
            <h1>{first.title.clone()}</h1>
            <SampleBadge id=id />
            <p><a href="/inspections">{tr!(inspections.back)}</a></p>
            <p class="lead">{scored_with}</p>
            <p data-testid="round-progress">{move || { let (scored, total) = done(); tr!(inspections.progress, scored, total) }}</p>
            <p><a class="button primary score-link" href=Route::ScoreRound(id).path()>{tr!(inspections.score_rooms)}</a></p>
            <super::results_view::RoundResults id />
            <RoundForm existing=Some(first) />
        </section>
    }
    .into_any()
}

/// Several records chosen with a checkbox each, in a fieldset named by its legend.
#[component]
fn Choices(
    id: &'static str,
    legend: String,
    options: Vec<(RecordId, String)>,
    chosen: RwSignal<Vec<RecordId>>,
    #[prop(optional, into)] error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <fieldset class="choices">
            <legend>{legend}</legend>
            {options.into_iter().enumerate().map(|(i, (value, label))| {
                let input = format!("{id}-{i}");
                let toggle = move |ev: leptos::ev::Event| {
                    let on = event_target_checked(&ev);
                    chosen.update(|c| {
                        c.retain(|x| *x != value);
                        if on {
                            c.push(value);
                        }
                    });
                };
                view! {
                    <div class="field checkbox">
                        <input id=input.clone() type="checkbox" prop:checked=move || chosen.with(|c| c.contains(&value)) on:change=toggle />
                        <label for=input>{label}</label>
                    </div>
                }
            }).collect_view()}
            <p class="field-error">{move || error.get()}</p>
        </fieldset>
    }
}

#[component]
fn RoundForm(existing: Option<InspectionRound>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let editing = existing.as_ref().map(|r| r.id);
    let draft = existing.as_ref().map(RoundDraft::from_round).unwrap_or_else(|| {
        let rubric = book.read(|b| b.live(RUBRIC).map(|(id, _)| id.to_string()).next()).unwrap_or_default();
        RoundDraft { date: today().to_string(), rubric, ..RoundDraft::default() }
    });
    let shown = existing.as_ref().and_then(|r| book.read(|b| draft.shown(b, r)));
    let form = open_form(book, INSPECTION_ROUND, editing, shown);
    let stored = StoredValue::new(existing);
    let title = RwSignal::new(draft.title);
    let date = RwSignal::new(draft.date);
    let rubric = RwSignal::new(draft.rubric);
    let chosen_buildings = RwSignal::new(draft.buildings);
    let chosen_rooms = RwSignal::new(draft.rooms);
    let inspectors = RwSignal::new(draft.inspectors);
    let threshold = RwSignal::new(draft.threshold);
    let fix_by = RwSignal::new(draft.fix_by);
    let note = RwSignal::new(draft.note);
    let recopy = RwSignal::new(false);
    let errors = RwSignal::new(FieldErrors::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = RoundDraft {
            title: title.get_untracked(),
            date: date.get_untracked(),
            rubric: rubric.get_untracked(),
            buildings: chosen_buildings.get_untracked(),
            rooms: chosen_rooms.get_untracked(),
            inspectors: inspectors.get_untracked(),
            threshold: threshold.get_untracked(),
            fix_by: fix_by.get_untracked(),
            note: note.get_untracked(),
            recopy: recopy.get_untracked(),
        };
        let checked = stored.with_value(|r| book.read(|b| draft.validate(b, r.as_ref())));
        if let Some(id) = save_form(book, errors, form, checked) {
            notices.show(tr!(people.saved, name = draft.title.trim()));
            recopy.set(false);
            if editing.is_none() {
                navigate(&format!("/inspections/rounds/{id}"));
            } else {
                stored.set_value(book.read(|b| inspection_round(b, id)));
            }
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    let rubrics = Signal::derive(move || {
        let mut list: Vec<(String, String)> =
            book.read(|b| b.live(RUBRIC).map(|(id, r)| (id.to_string(), Rubric::from_record(r).name)).collect());
        list.sort_by(|a, b| collate(&a.1, &b.1));
        list
    });
    let (building_options, room_options, member_options) = book.read(|b| {
        let mut list = buildings(b);
        list.sort_by(|x, y| collate(&x.name, &y.name));
        let rooms: Vec<(RecordId, String)> = list
            .iter()
            .flat_map(|bl| rooms_of(b, bl.id).into_iter().map(|r| (r.id, format!("{} {}", bl.name, r.number))))
            .collect();
        let members = crate::ui::pickers::member_options(b, String::new())
            .into_iter()
            .filter_map(|(v, l)| Some((RecordId::parse(&v)?, l)))
            .collect::<Vec<_>>();
        (list.into_iter().map(|bl| (bl.id, bl.name)).collect::<Vec<_>>(), rooms, members)
    });
    let can_recopy = move || stored.with_value(|r| r.as_ref().is_some_and(|r| !book.read(|b| any_scored(b, r))));
    let no_rubric = move || rubrics.with(Vec::is_empty);
    view! {
        <form class="form card" on:submit=save novalidate>
            <h2>{if editing.is_some() { tr!(form.edit) } else { tr!(inspections.round_new) }}</h2>
            <FormProblems errors />
            <TextField id="round-title" label=Signal::derive(|| tr!(inspections.title)) value=title error=err("title") />
            <TextField id="round-date" label=Signal::derive(|| tr!(inspections.date)) value=date error=err("date") input_type="date" />
            {(editing.is_none()).then(|| view! {
                <SelectField id="round-rubric" label=Signal::derive(|| tr!(inspections.rubric)) value=rubric options=rubrics error=err("rubric") />
                <Show when=no_rubric><p class="help"><a href="/inspections/rubrics/new">{tr!(inspections.no_rubric)}</a></p></Show>
            })}
            {move || can_recopy().then(|| view! {
                <SelectField id="round-rubric" label=Signal::derive(|| tr!(inspections.rubric)) value=rubric options=rubrics error=err("rubric") />
                <div class="field checkbox">
                    <input id="round-recopy" type="checkbox" prop:checked=move || recopy.get() on:change=move |ev| recopy.set(event_target_checked(&ev)) />
                    <label for="round-recopy">{tr!(inspections.recopy)}</label>
                </div>
            })}
            <Choices id="round-building" legend=tr!(inspections.covered) options=building_options chosen=chosen_buildings error=err("buildings") />
            <details class="choices-more">
                <summary>{tr!(inspections.only_rooms)}</summary>
                <Choices id="round-room" legend=tr!(inspections.only_rooms) options=room_options chosen=chosen_rooms />
            </details>
            <details class="choices-more">
                <summary>{tr!(inspections.inspectors)}</summary>
                <Choices id="round-inspector" legend=tr!(inspections.inspectors) options=member_options chosen=inspectors />
            </details>
            <TextField id="round-threshold" label=Signal::derive(|| tr!(inspections.threshold)) value=threshold error=err("threshold") input_mode="decimal" />
            <TextField id="round-fix-by" label=Signal::derive(|| tr!(inspections.fix_by)) value=fix_by error=err("fix_by") input_type="date" />
            <TextArea id="round-note" label=Signal::derive(|| tr!(people.member_form.notes)) value=note error=err("note") />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{tr!(form.save)}</button>
                {editing.map(|id| view! { <DeleteButton id name=move || title.get() back="/inspections" /> })}
            </div>
        </form>
    }
}

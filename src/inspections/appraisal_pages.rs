//! The dormitory culture appraisal: the list, a new appraisal, and one appraisal with its rooms
//! entered, judges, their scores, the quotas per building, the tally and the rooms awarded.

use std::collections::BTreeMap;

use leptos::prelude::*;

use super::appraisal::{
    Appraisal, AppraisalDraft, MAX_SCORE, appraisal, appraisals, quota_field, rooms_entered, sheet_fields, sheet_id,
    tally, waiting_for,
};
use super::model::{APPRAISAL, APPRAISAL_SHEET, ITEM_SCORE_PREFIX, buildings, natural_key, rooms_of};
use crate::book::{Book, RecordId};
use crate::browser::environment::today;
use crate::browser::pinyin::collate;
use crate::forms::FieldErrors;
use crate::judging::{refs_value, refs_with};
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextArea, TextField};
use crate::ui::judging_view::{Ballot, Chosen, Judges, SheetOf, Tally, tally_rows, waiting_text, write_list};
use crate::ui::language::current_lang;
use crate::ui::notice::{UndoAction, use_notices};
use crate::ui::page_title::PageTitle;
use crate::ui::pieces::{
    CsvButton, DeleteButton, FormProblems, RecordMissing, field_error, name_of, open_form, save_form,
};
use crate::ui::router::navigate;
use crate::ui::sample_badge::SampleBadge;

/// A room as people name it: its building and number ("6号楼 402").
fn room_label(book: &Book, room: RecordId) -> String {
    let Some(r) = super::model::room(book, room) else { return String::new() };
    let building = r.building.and_then(|b| super::model::building(book, b)).map(|b| b.name).unwrap_or_default();
    format!("{building} {}", r.number).trim().to_owned()
}

/// The rooms entered, by building and then corridor order.
fn entered(book: &Book, a: &Appraisal) -> Vec<(RecordId, String)> {
    let mut rooms = rooms_entered(book, a);
    let name =
        |b: Option<RecordId>| b.and_then(|b| super::model::building(book, b)).map(|b| b.name).unwrap_or_default();
    rooms.sort_by(|x, y| {
        collate(&name(x.building), &name(y.building)).then_with(|| natural_key(&x.number).cmp(&natural_key(&y.number)))
    });
    rooms.into_iter().map(|r| (r.id, room_label(book, r.id))).collect()
}

#[component]
pub fn AppraisalsPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let lang = current_lang();
    let list = move || book.read(appraisals);
    let table = move || Table {
        headers: vec![tr!(activities.title), tr!(meetings.date), tr!(appraisal.entered), tr!(selections.winner)],
        rows: list()
            .into_iter()
            .map(|a| {
                let awarded: Vec<String> = book.read(|b| a.awarded.iter().map(|r| room_label(b, *r)).collect());
                vec![
                    a.title,
                    a.date.map(|d| d.to_string()).unwrap_or_default(),
                    a.rooms.len().to_string(),
                    awarded.join(", "),
                ]
            })
            .collect(),
    };
    view! {
        <PageTitle area=Area::Inspections />
        <section class="page">
            <h1>{tr!(appraisal.title)}</h1>
            <p class="lead">{tr!(appraisal.intro)}</p>
            <p><a class="button primary" href="/inspections/appraisals/new">{tr!(appraisal.new)}</a></p>
            <ul class="record-list" data-testid="appraisals">
                {move || {
                    let list = list();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(appraisal.none)}</li> }.into_any();
                    }
                    list.into_iter().map(|a| view! {
                        <li><a class="record-row" href=format!("/inspections/appraisals/{}", a.id)>
                            <span class="record-title">{a.title.clone()}</span>
                            <SampleBadge id=a.id />
                            <span class="record-meta">
                                {a.date.map(|d| lang.format_date(d)).unwrap_or_default()}
                                " · " {tr!(appraisal.entered)} " " {a.rooms.len()}
                            </span>
                            <span class="badge">{if a.awarded.is_empty() { tr!(selections.judging) } else { tr!(selections.decided) }}</span>
                        </a></li>
                    }).collect_view().into_any()
                }}
            </ul>
            <div class="actions"><CsvButton name=tr!(appraisal.file) table /></div>
        </section>
    }
}

#[component]
fn AppraisalForm(existing: Option<Appraisal>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let draft = existing
        .as_ref()
        .map(AppraisalDraft::from_appraisal)
        .unwrap_or_else(|| AppraisalDraft { date: today().to_string(), ..AppraisalDraft::default() });
    let editing = existing.as_ref().map(|a| a.id);
    let form = open_form(book, APPRAISAL, editing, book.read(|b| draft.validate(b)).ok());
    let title = RwSignal::new(draft.title);
    let date = RwSignal::new(draft.date);
    let awards = RwSignal::new(draft.awards);
    let note = RwSignal::new(draft.note);
    let errors = RwSignal::new(FieldErrors::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = AppraisalDraft {
            title: title.get_untracked(),
            date: date.get_untracked(),
            awards: awards.get_untracked(),
            note: note.get_untracked(),
        };
        if let Some(id) = save_form(book, errors, form, book.read(|b| draft.validate(b))) {
            notices.show(tr!(people.saved, name = draft.title.trim()));
            if editing.is_none() {
                navigate(&format!("/inspections/appraisals/{id}"));
            }
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    view! {
        <form class="form card" on:submit=save novalidate>
            <h2>{if editing.is_some() { tr!(appraisal.edit) } else { tr!(appraisal.new) }}</h2>
            <FormProblems errors />
            <TextField id="appraisal-title" label=Signal::derive(|| tr!(activities.title)) value=title error=err("title") />
            <TextField id="appraisal-date" label=Signal::derive(|| tr!(meetings.date)) value=date error=err("date") input_type="date" />
            <TextField id="appraisal-awards" label=Signal::derive(|| tr!(appraisal.awards)) value=awards error=err("awards") input_mode="numeric" />
            <TextArea id="appraisal-note" label=Signal::derive(|| tr!(activities.notes)) value=note error=err("note") />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{tr!(form.save)}</button>
                {editing.map(|id| view! { <DeleteButton id name=Signal::derive(move || title.get()) back="/inspections/appraisals" /> })}
            </div>
        </form>
    }
}

/// An appraisal (`None`: a new one).
#[component]
pub fn AppraisalPage(id: Option<RecordId>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let Some(id) = id else {
        return view! {
            <PageTitle area=Area::Inspections />
            <section class="page">
                <h1>{tr!(appraisal.new)}</h1>
                <p><a href="/inspections/appraisals">{tr!(appraisal.back)}</a></p>
                <AppraisalForm existing=None />
            </section>
        }
        .into_any();
    };
    let current = move || book.read(|b| appraisal(b, id));
    let Some(first) = current() else {
        return view! { <RecordMissing back="/inspections/appraisals" /> }.into_any();
    };
    let lang = current_lang();
    let meta = move || {
        let a = current()?;
        let mut parts = vec![a.date.map(|d| lang.format_date(d)).unwrap_or_default()];
        parts.extend(a.awards.map(|n| format!("{} {n}", tr!(appraisal.awards))));
        Some(parts.join(" · "))
    };
    view! {
        <PageTitle area=Area::Inspections />
        <section class="page">
            <h1>{move || current().map(|a| a.title).unwrap_or_default()}</h1>
            <SampleBadge id=id />
            <p><a href="/inspections/appraisals">{tr!(appraisal.back)}</a></p>
            <p class="record-meta">{meta}</p>
            <Appraised id />
            <AppraisalForm existing=Some(first) />
        </section>
    }
    .into_any()
}

/// The rooms, judges, scores, quotas and tally of appraisal `id`.
#[component]
fn Appraised(id: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let current = move || book.read(|b| appraisal(b, id));
    let rooms: Signal<Vec<(RecordId, String)>> =
        Memo::new(move |_| current().map(|a| book.read(|b| entered(b, &a))).unwrap_or_default()).into();
    let judges: Signal<Vec<(RecordId, String)>> = Memo::new(move |_| {
        let mut list: Vec<(RecordId, String)> = book.read(|b| {
            current().map(|a| a.judges.iter().map(|j| (*j, name_of(b, Some(*j)))).collect()).unwrap_or_default()
        });
        list.sort_by(|a, b| collate(&a.1, &b.1));
        list
    })
    .into();
    let list_of = move |a: &Appraisal, field: &str| if field == "judges" { a.judges.clone() } else { a.rooms.clone() };
    let set = move |field: &'static str, item: RecordId, on: bool| {
        let Some(a) = current() else { return };
        let was = list_of(&a, field);
        let fields = vec![(field.to_owned(), refs_with(&was, item, on))];
        if book.edit(|s, now| s.write(now, id, APPRAISAL, fields)) == Some(true) && !on {
            let undo =
                UndoAction::Write { record: id, kind: APPRAISAL, fields: vec![(field.to_owned(), refs_value(&was))] };
            let name = book.read(|b| if field == "judges" { name_of(b, Some(item)) } else { room_label(b, item) });
            notices.show_with_undo(tr!(training.removed, name), undo);
        }
    };
    let building = RwSignal::new(String::new());
    let building_options = Signal::derive(move || {
        let mut list = book.read(buildings);
        list.sort_by(|a, b| collate(&a.name, &b.name));
        let mut options = vec![(String::new(), tr!(activities.choose))];
        options.extend(list.into_iter().map(|b| (b.id.to_string(), b.name)));
        options
    });
    let building_rooms = move || {
        let b = RecordId::parse(&building.get())?;
        Some(book.read(|bk| rooms_of(bk, b)))
    };
    let sheet = SheetOf {
        parent: id,
        kind: APPRAISAL_SHEET,
        prefix: ITEM_SCORE_PREFIX,
        max: MAX_SCORE,
        id: sheet_id,
        fields: sheet_fields,
    };
    let standing = Memo::new(move |_| {
        let a = current()?;
        let (ranked, proposal) = book.read(|b| tally(b, &a));
        let waiting = book.read(|b| waiting_for(b, &a));
        Some((a, ranked, proposal, waiting))
    });
    let tallied = Memo::new(move |_| {
        standing
            .get()
            .map(|(a, ranked, proposal, _)| {
                book.read(|b| tally_rows(&ranked, &proposal, &a.awarded, &|r| room_label(b, r), false))
            })
            .unwrap_or_default()
    });
    let waiting = Signal::derive(move || {
        let (_, _, _, waiting) = standing.get()?;
        book.read(|b| waiting_text(&waiting, &|j| name_of(b, Some(j)), false))
    });
    let on_toggle = Callback::new(move |room: RecordId| {
        let Some(a) = current() else { return };
        let on = !a.awarded.contains(&room);
        write_list(book, notices, id, APPRAISAL, "awarded", &a.awarded, refs_with(&a.awarded, room, on));
    });
    let on_confirm = Callback::new(move |()| {
        let Some((a, _, proposal, _)) = standing.get_untracked() else { return };
        write_list(book, notices, id, APPRAISAL, "awarded", &a.awarded, refs_value(&proposal.confirmed(&a.awarded)));
    });
    let table = move || Table {
        headers: vec![tr!(appraisal.entered), tr!(selections.rank), tr!(selections.result), tr!(selections.winner)],
        rows: tallied
            .get_untracked()
            .0
            .into_iter()
            .map(|r| vec![r.name, r.rank.to_string(), r.result, if r.winner { "✓".into() } else { String::new() }])
            .collect(),
    };
    view! {
        <section class="card" aria-labelledby="rooms-heading">
            <h2 id="rooms-heading">{tr!(appraisal.entered)}</h2>
            <Chosen items=rooms empty=tr!(appraisal.no_rooms) on_remove=Callback::new(move |r| set("rooms", r, false)) testid="rooms-entered" />
            <SelectField id="appraisal-building" label=Signal::derive(|| tr!(inspections.building)) value=building options=building_options />
            <ul class="record-list room-picks">
                {move || building_rooms().unwrap_or_default().into_iter().map(|room| {
                    let entered = move || rooms.with(|list| list.iter().any(|(r, _)| *r == room.id));
                    view! {
                        <li><button type="button" class="button vote" aria-pressed=move || if entered() { "true" } else { "false" }
                            on:click=move |_| set("rooms", room.id, !entered())>{room.number.clone()}</button></li>
                    }
                }).collect_view()}
            </ul>
        </section>
        <section class="card" aria-labelledby="judges-heading">
            <h2 id="judges-heading">{tr!(selections.judges)}</h2>
            <Judges judges on_add=Callback::new(move |j| set("judges", j, true)) on_remove=Callback::new(move |j| set("judges", j, false)) />
            <Ballot sheet judges entries=rooms votes=false />
        </section>
        <Quotas id />
        <section class="card" aria-labelledby="tally-heading">
            <h2 id="tally-heading">{tr!(selections.tally)}</h2>
            <Tally rows=Signal::derive(move || tallied.get().0) ties=Signal::derive(move || tallied.get().1) waiting on_toggle on_confirm />
            <div class="actions"><CsvButton name=tr!(appraisal.file) table /></div>
        </section>
    }
}

/// The most rooms of each building (of the rooms entered) that may be awarded.
#[component]
fn Quotas(id: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    // The buildings of the rooms entered, each with its quota as typed.
    let rows = Memo::new(move |_| {
        book.read(|b| {
            let Some(a) = appraisal(b, id) else { return Vec::new() };
            let mut seen: BTreeMap<RecordId, String> = BTreeMap::new();
            for room in rooms_entered(b, &a) {
                if let Some(building) = room.building.and_then(|x| super::model::building(b, x)) {
                    seen.insert(building.id, building.name);
                }
            }
            let mut list: Vec<(RecordId, String, String)> = seen
                .into_iter()
                .map(|(bid, name)| (bid, name, a.quotas.get(&bid).map(|q| q.to_string()).unwrap_or_default()))
                .collect();
            list.sort_by(|x, y| collate(&x.1, &y.1));
            list
        })
    });
    view! {
        <section class="card" aria-labelledby="quotas-heading">
            <h2 id="quotas-heading">{tr!(appraisal.quotas)}</h2>
            {move || rows.get().into_iter().map(|(building, name, quota)| {
                let value = RwSignal::new(quota);
                let error = RwSignal::new(None::<String>);
                let input_id = format!("quota-{building}");
                let save = move |ev: leptos::ev::SubmitEvent| {
                    ev.prevent_default();
                    match quota_field(building, &value.get_untracked()) {
                        Err(problem) => error.set(Some(crate::ui::labels::form_error(problem))),
                        Ok((field, now)) => {
                            error.set(None);
                            let was = book.read(|b| b.get(id).and_then(|r| r.value(&field).cloned())).unwrap_or_default();
                            let fields = vec![(field.clone(), now)];
                            if book.edit(|s, at| s.write(at, id, APPRAISAL, fields)) == Some(true) {
                                let undo = UndoAction::Write { record: id, kind: APPRAISAL, fields: vec![(field, was)] };
                                notices.show_with_undo(tr!(appraisal.quota_saved), undo);
                            }
                        }
                    }
                };
                view! {
                    <form class="form quota" on:submit=save novalidate>
                        <div class="field">
                            <label for=input_id.clone()>{name}</label>
                            <input id=input_id.clone() type="text" inputmode="numeric" autocomplete="off"
                                aria-invalid=move || error.with(Option::is_some).then_some("true")
                                aria-describedby=format!("{input_id}-error")
                                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
                            <p class="field-error" id=format!("{input_id}-error")>{move || error.get()}</p>
                        </div>
                        <button type="submit" class="button">{tr!(form.save)}</button>
                    </form>
                }
            }).collect_view()}
        </section>
    }
}

//! Buildings and their rooms: the list, a building with its rooms, a room with its residents.

use leptos::prelude::*;

use super::model::{BUILDING, Building, ROOM, building, buildings, room, rooms_of};
use super::places::{BuildingDraft, new_numbers, quick_room_fields, room_counts, room_numbers, rooms_table};
use crate::book::RecordId;
use crate::browser::pinyin::collate;
use crate::forms::FieldErrors;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::{TextArea, TextField};
use crate::ui::notice::{UndoAction, use_notices};
use crate::ui::page_title::PageTitle;
use crate::ui::pieces::{
    CsvButton, DeleteButton, FormProblems, RecordMissing, RemoveButton, field_error, name_of, open_form, save_form,
};
use crate::ui::router::navigate;
use crate::ui::sample_badge::SampleBadge;

const BUILDINGS: &str = "/inspections/buildings";

/// `/inspections/buildings`: every building with its rooms counted, and a form to add one.
#[component]
pub fn BuildingsPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let list = move || {
        book.read(|b| {
            let counts = room_counts(b);
            let mut list: Vec<(Building, usize)> =
                buildings(b).into_iter().map(|x| (x.clone(), counts.get(&x.id).copied().unwrap_or(0))).collect();
            list.sort_by(|a, b| collate(&a.0.name, &b.0.name));
            list
        })
    };
    let table = move || {
        let headers = vec![
            tr!(inspections.building),
            tr!(inspections.floor),
            tr!(inspections.number),
            tr!(inspections.residents),
        ];
        book.read(|b| rooms_table(b, headers, &collate, &|r| super::place_views::residents_text(b, r)))
    };
    view! {
        <PageTitle area=Area::Inspections />
        <section class="page">
            <h1>{tr!(inspections.buildings)}</h1>
            <p><a href="/inspections">{tr!(inspections.back)}</a></p>
            <ul class="record-list" data-testid="buildings">
                {move || {
                    let list = list();
                    if list.is_empty() {
                        return view! { <li class="help">{tr!(inspections.buildings_none)}</li> }.into_any();
                    }
                    list.into_iter().map(|(b, rooms)| view! {
                        <li><a class="record-row" href=format!("{BUILDINGS}/{}", b.id)>
                            <span class="record-title">{b.name.clone()}</span>
                            <SampleBadge id=b.id />
                            <span class="record-meta">{tr!(inspections.rooms_count, count = rooms)}</span>
                        </a></li>
                    }).collect_view().into_any()
                }}
            </ul>
            <div class="actions"><CsvButton name=tr!(inspections.buildings) table /></div>
            <BuildingForm existing=None />
        </section>
    }
}

#[component]
fn BuildingForm(existing: Option<Building>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let editing = existing.as_ref().map(|b| b.id);
    let draft = existing.as_ref().map(BuildingDraft::from_building).unwrap_or_default();
    let form = open_form(book, BUILDING, editing, book.read(|b| draft.validate(b, editing)).ok());
    let name = RwSignal::new(draft.name);
    let note = RwSignal::new(draft.note);
    let errors = RwSignal::new(FieldErrors::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = BuildingDraft { name: name.get_untracked(), note: note.get_untracked() };
        if let Some(id) = save_form(book, errors, form, book.read(|b| draft.validate(b, editing))) {
            notices.show(tr!(people.saved, name = draft.name.trim()));
            if editing.is_none() {
                navigate(&format!("{BUILDINGS}/{id}"));
            }
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    view! {
        <form class="form card" on:submit=save novalidate>
            <h2>{if editing.is_some() { tr!(form.edit) } else { tr!(inspections.building_new) }}</h2>
            <FormProblems errors />
            <TextField id="building-name" label=Signal::derive(|| tr!(inspections.building)) value=name error=err("name") />
            <TextArea id="building-note" label=Signal::derive(|| tr!(people.member_form.notes)) value=note error=err("note") />
            <div class="actions">
                <FormProblems errors by_button=true />
                <button type="submit" class="button primary">{tr!(form.save)}</button>
                {editing.map(|id| view! { <DeleteButton id name=move || name.get() back=BUILDINGS /> })}
            </div>
        </form>
    }
}

/// A building: its rooms in corridor order (added a floor at a time), its trend, its form.
#[component]
pub fn BuildingPage(id: Option<RecordId>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let Some(id) = id else {
        return view! {
            <PageTitle area=Area::Inspections />
            <section class="page">
                <h1>{tr!(inspections.building_new)}</h1>
                <p><a href=BUILDINGS>{tr!(inspections.buildings)}</a></p>
                <BuildingForm existing=None />
            </section>
        }
        .into_any();
    };
    let Some(first) = book.read(|b| building(b, id)) else {
        return view! { <RecordMissing back=BUILDINGS /> }.into_any();
    };
    let rooms = move || {
        book.read(|b| {
            rooms_of(b, id).into_iter().map(|r| (super::place_views::residents_text(b, &r), r)).collect::<Vec<_>>()
        })
    };
    let title = first.name.clone();
    view! {
        <PageTitle area=Area::Inspections />
        <section class="page">
            <h1>{title}</h1>
            <SampleBadge id=id />
            <p><a href=BUILDINGS>{tr!(inspections.buildings)}</a></p>
            <section class="card" aria-labelledby="rooms-heading">
                <h2 id="rooms-heading">{tr!(inspections.rooms)}</h2>
                <ul class="record-list" data-testid="rooms">
                    {move || {
                        let rooms = rooms();
                        if rooms.is_empty() {
                            return view! { <li class="help">{tr!(inspections.rooms_none)}</li> }.into_any();
                        }
                        rooms.into_iter().map(|(residents, r)| {
                            let name = format!("{} {}", name_of_building(book, id), r.number);
                            view! {
                                <li class="room-line">
                                    <a class="record-row" href=format!("/inspections/rooms/{}", r.id)>
                                        <span class="record-title">{r.number.clone()}</span>
                                        <SampleBadge id=r.id />
                                        <span class="record-meta">{residents}</span>
                                    </a>
                                    <RemoveButton id=r.id name />
                                </li>
                            }
                        }).collect_view().into_any()
                    }}
                </ul>
                <QuickRooms building=id />
            </section>
            <super::trend_view::BuildingTrend building=id />
            <BuildingForm existing=Some(first) />
        </section>
    }
    .into_any()
}

fn name_of_building(book: BookState, id: RecordId) -> String {
    book.read(|b| name_of(b, Some(id)))
}

/// Adds a floor's rooms at once: "301-320" makes twenty rooms; the notice undoes them all.
#[component]
fn QuickRooms(building: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let floor = RwSignal::new(String::new());
    let numbers = RwSignal::new(String::new());
    let errors = RwSignal::new(FieldErrors::new());
    let bad = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut e = FieldErrors::new();
        let floor_n = crate::forms::integer(&mut e, "floor", &floor.get_untracked(), -9, 200, false);
        let list = room_numbers(&numbers.get_untracked());
        bad.set(list.is_none().then(|| tr!(inspections.numbers_bad)));
        errors.set(e.clone());
        let (Some(list), true) = (list, e.is_empty()) else { return };
        let (fresh, skipped) = book.read(|b| new_numbers(&rooms_of(b, building), list));
        let ids: Vec<RecordId> = fresh
            .iter()
            .map(|_| crate::book::Entropy::new_id(&mut crate::browser::environment::BrowserEntropy))
            .collect();
        let made = book.edit(|s, now| {
            for (id, number) in ids.iter().zip(&fresh) {
                s.write(now, *id, ROOM, quick_room_fields(building, floor_n, number));
            }
        });
        if made.is_some() {
            numbers.set(String::new());
            let undo = UndoAction::All(ids.into_iter().map(UndoAction::Delete).collect());
            notices.show_with_undo(tr!(inspections.added, count = fresh.len(), skipped = skipped.len()), undo);
        }
    };
    let err = move |field: &'static str| field_error(errors, field);
    view! {
        <form class="form" on:submit=add novalidate>
            <h3>{tr!(inspections.add_rooms)}</h3>
            <TextField id="rooms-floor" label=Signal::derive(|| tr!(inspections.floor)) value=floor error=err("floor") input_mode="numeric" />
            <TextField id="rooms-numbers" label=Signal::derive(|| tr!(inspections.numbers)) value=numbers error=Signal::derive(move || bad.get()) />
            <div class="actions"><button type="submit" class="button">{tr!(inspections.add_rooms)}</button></div>
        </form>
    }
}

/// A room: its building, floor, number and residents; its trend over the rounds.
#[component]
pub fn RoomPage(id: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let Some(first) = book.read(|b| room(b, id)) else {
        return view! { <RecordMissing back=BUILDINGS /> }.into_any();
    };
    let label = book.read(|b| super::places::room_label(b, &first));
    let back = first.building.map_or(BUILDINGS.to_owned(), |b| format!("{BUILDINGS}/{b}"));
    view! {
        <PageTitle area=Area::Inspections />
        <section class="page">
            <h1>{label}</h1>
            <SampleBadge id=id />
            <p><a href=back.clone()>{first.building.map(|b| name_of_building(book, b)).unwrap_or_else(|| tr!(inspections.buildings))}</a></p>
            <super::trend_view::RoomTrend room=id />
            <super::place_views::RoomForm existing=first back />
        </section>
    }
    .into_any()
}

//! The corridor: a round's rooms scored one after another on a phone, offline, one tap per
//! fault. The rooms and the rubric are read once when the screen opens; a tap reads and writes
//! only the one room's scores (by their derived id) and saves at once.

use leptos::prelude::*;

use super::corridor::{Stop, Touch, Where, is_scored, next_unscored, officer_member, score_choices, sheet, stops, tap};
use super::model::{ROOM_SCORE, inspection_round, room_score_id};
use super::rubric::{Rubric, RubricItem};
use crate::book::RecordId;
use crate::forms::Tenths;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::language::current_lang;
use crate::ui::page_title::PageTitle;
use crate::ui::pieces::RecordMissing;
use crate::ui::routes::Route;
use crate::ui::settings::SettingsState;

#[component]
pub fn ScorePage(id: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let officer = expect_context::<SettingsState>().settings.with_untracked(|s| s.officer_name.clone());
    let opened = book.read(|b| {
        inspection_round(b, id)
            .map(|r| (r.title.clone(), Rubric::from_copy(&r.rubric_copy), stops(b, &r), officer_member(b, &officer)))
    });
    let Some((title, rubric, stops, inspector)) = opened else {
        return view! { <RecordMissing back="/inspections" /> }.into_any();
    };
    let back = Route::InspectionRound(id).path();
    if stops.is_empty() {
        return view! {
            <PageTitle area=Area::Inspections />
            <section class="page"><h1>{title}</h1><p class="help">{tr!(inspections.no_rooms)}</p><p><a href=back>{title_link()}</a></p></section>
        }
        .into_any();
    }
    let rooms: StoredValue<Vec<RecordId>> = StoredValue::new(stops.iter().map(|s| s.room).collect());
    let stops = StoredValue::new(stops);
    let rubric = StoredValue::new(rubric);
    // Which rooms are scored, as one memo: the picker and the progress redraw only when a room
    // becomes scored, not at every tap.
    let scored = Memo::new(move |_| {
        book.read(|b| rooms.with_value(|rs| rs.iter().map(|r| is_scored(b, id, *r)).collect::<Vec<bool>>()))
    });
    let first = scored.with_untracked(|s| {
        rooms.with_value(|rs| next_unscored(rs, None, &|r| s[rs.iter().position(|x| *x == r).unwrap_or(0)]))
    });
    let at = RwSignal::new(first.unwrap_or(0));
    let room = move || rooms.with_value(|rs| rs[at.get()]);
    let current = Memo::new(move |_| {
        let r = room();
        book.read(|b| sheet(b, id, r))
    });
    let result = Memo::new(move |_| current.with(|s| rubric.with_value(|r| r.score(s))));
    // The taps of this visit, newest last, each with what its undo writes back.
    let taps: RwSignal<Vec<(RecordId, Vec<(String, serde_json::Value)>)>> = RwSignal::new(Vec::new());
    let touch = move |t: Touch| {
        let r = room_untracked(rooms, at);
        let score_id = room_score_id(id, r);
        let undo = book.edit(|s, now| {
            let tapped = tap(
                s.book().get(score_id).filter(|x| x.kind == ROOM_SCORE),
                &t,
                Where { round: id, room: r, inspector },
            );
            s.write(now, score_id, ROOM_SCORE, tapped.fields);
            tapped.undo
        });
        if let Some(undo) = undo {
            taps.update(|list| list.push((r, undo)));
        }
    };
    let next = move |_| {
        touch(Touch::Inspected);
        let here = at.get_untracked();
        let found = scored.with(|s| {
            rooms.with_value(|rs| next_unscored(rs, Some(here), &|r| s[rs.iter().position(|x| *x == r).unwrap_or(0)]))
        });
        if let Some(i) = found {
            at.set(i);
        } else if here + 1 < rooms.with_value(Vec::len) {
            at.set(here + 1);
        }
    };
    let undo = move |_| {
        let Some((r, fields)) = taps.try_update(Vec::pop).flatten() else { return };
        book.edit(|s, now| s.write(now, room_score_id(id, r), ROOM_SCORE, fields));
        if let Some(i) = rooms.with_value(|rs| rs.iter().position(|x| *x == r)) {
            at.set(i);
        }
    };
    let total_rooms = stops.with_value(Vec::len);
    let done = move || scored.with(|s| s.iter().filter(|x| **x).count());
    let sections = rubric.with_value(sections_of);
    let vetoes: Vec<RubricItem> = rubric.with_value(|r| r.items.iter().filter(|i| i.veto).cloned().collect());
    let band_name = move || {
        result.with(|res| {
            rubric.with_value(|r| res.band.and_then(|b| r.bands.get(b)).map(|b| b.name.clone()).unwrap_or_default())
        })
    };
    // The veto items found, named: "vetoed" alone did not say which rule the room broke.
    let vetoed_by = move || {
        result.with(|res| {
            let names: Vec<String> = rubric
                .with_value(|r| res.vetoed_by.iter().filter_map(|key| r.item(*key)).map(|i| i.label.clone()).collect());
            (!names.is_empty()).then(|| names.join(current_lang().pick("、", ", ")))
        })
    };
    let note = move |ev: leptos::ev::Event| touch(Touch::Note(event_target_value(&ev)));
    view! {
        <PageTitle area=Area::Inspections />
        <section class="page score-page" data-testid="score-page">
            <h1>{title}</h1>
            <p><a href=back>{title_link()}</a></p>
            <p class="score-progress" data-testid="score-progress">{move || tr!(inspections.progress, scored = done(), total = total_rooms)}</p>
            {move || (done() == total_rooms).then(|| view! { <p class="ok" data-testid="score-all-done">{tr!(inspections.all_done)}</p> })}
            <RoomPicker stops at scored />
            <div class="score-room card">
                <h2 data-testid="score-room">{move || stops.with_value(|s| s[at.get()].label.clone())}</h2>
                <p class="record-meta">{move || tr!(inspections.room_of, at = at.get() + 1, total = total_rooms)}</p>
                <p class="score-total" role="status" data-testid="score-total">
                    {move || tr!(inspections.total, total = result.with(|r| r.total).to_string())}
                    " · " {band_name}
                    {move || vetoed_by().map(|items| view! { " · " <strong>{tr!(inspection_results.vetoed_by, items = items)}</strong> })}
                </p>
            </div>
            {sections.into_iter().map(|(section, items)| view! {
                <section class="score-section">
                    {(!section.is_empty()).then(|| view! { <h3>{section.clone()}</h3> })}
                    <div class="score-items">
                        {items.into_iter().map(|item| view! { <ItemButtons item current touch /> }).collect_view()}
                    </div>
                </section>
            }).collect_view()}
            {(!vetoes.is_empty()).then(|| view! {
                <section class="score-section score-vetoes">
                    <h3>{tr!(inspections.veto_items)}</h3>
                    <div class="score-items">
                        {vetoes.into_iter().map(|item| {
                            let key = item.key;
                            let on = move || current.with(|s| s.faults_of(key) > 0);
                            view! {
                                <button type="button" class="button score-button veto" data-testid="veto-button"
                                    aria-pressed=move || if on() { "true" } else { "false" }
                                    on:click=move |_| touch(Touch::Fault { item: key, veto: true })>
                                    <span class="score-label">{item.label.clone()}</span>
                                    // What a tap does, and then what it did: the red alone said neither.
                                    <small class="score-effect" data-testid="veto-effect">
                                        {move || if on() { tr!(inspections.veto_found) } else { tr!(inspections.veto_tap) }}
                                    </small>
                                </button>
                            }
                        }).collect_view()}
                    </div>
                </section>
            })}
            <div class="field checkbox">
                <input id="score-recheck" type="checkbox" prop:checked=move || current.with(|s| s.recheck)
                    on:change=move |ev| touch(Touch::Recheck(event_target_checked(&ev))) />
                <label for="score-recheck">{tr!(inspections.recheck)}</label>
            </div>
            <div class="field">
                <label for="score-note">{tr!(people.member_form.notes)}</label>
                <textarea id="score-note" rows="2" prop:value=move || current.with(|s| s.note.clone()) on:change=note></textarea>
            </div>
            <div class="actions score-actions">
                <button type="button" class="button primary score-next" data-testid="score-next" on:click=next>{tr!(inspections.next)}</button>
                <button type="button" class="button" data-testid="score-undo" disabled=move || taps.with(Vec::is_empty) on:click=undo>{tr!(inspections.undo_tap)}</button>
            </div>
        </section>
    }
    .into_any()
}

fn title_link() -> String {
    tr!(inspections.back)
}

fn room_untracked(rooms: StoredValue<Vec<RecordId>>, at: RwSignal<usize>) -> RecordId {
    rooms.with_value(|rs| rs[at.get_untracked()])
}

/// The rubric's items with points, grouped by their part of the room, in the rubric's order.
fn sections_of(rubric: &Rubric) -> Vec<(String, Vec<RubricItem>)> {
    let mut out: Vec<(String, Vec<RubricItem>)> = Vec::new();
    for item in rubric.items.iter().filter(|i| !i.veto) {
        match out.iter_mut().find(|(s, _)| *s == item.section) {
            Some((_, list)) => list.push(item.clone()),
            None => out.push((item.section.clone(), vec![item.clone()])),
        }
    }
    out
}

/// One item: a big button for a fault, and its score chosen directly.
#[component]
fn ItemButtons(
    item: RubricItem,
    current: Memo<super::rubric::ScoreSheet>,
    touch: impl Fn(Touch) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let key = item.key;
    let faults = move || current.with(|s| s.faults_of(key));
    let direct = move || current.with(|s| s.item_score(key));
    let select_id = format!("score-{key}");
    let choose = move |ev: leptos::ev::Event| {
        let score = event_target_value(&ev).parse::<i64>().ok().map(Tenths);
        touch(Touch::Score { item: key, score });
    };
    let choices = score_choices(&item);
    let deduction = item.deduction;
    view! {
        <div class="score-item">
            // The button's name is its words (the item and what a tap deducts), the same
            // whatever the count; the deductions taken are shown under it.
            <button type="button" class="button score-button" data-testid="fault-button" data-item=key.to_string()
                on:click=move |_| touch(Touch::Fault { item: key, veto: false })>
                <span class="score-label">{item.label.clone()}</span>
                // What a tap does, on the button itself: a bare "−5" below it did not say.
                <small class="score-effect">{tr!(inspections.per_fault, points = item.deduction.to_string())}</small>
            </button>
            <p class="score-count" data-testid="fault-count" aria-live="polite">
                {move || {
                    let n = faults();
                    let points = Tenths(n * deduction.0).to_string();
                    match n {
                        0 => None,
                        1 => Some(tr!(inspections.deducted_one, points = points)),
                        _ => Some(tr!(inspections.deducted, points = points, faults = n)),
                    }
                }}
            </p>
            <label class="visually-hidden" for=select_id.clone()>{tr!(inspections.score_of, item = item.label.clone())}</label>
            <select id=select_id class="score-direct" on:change=choose>
                <option value="" prop:selected=move || direct().is_none()>{tr!(inspections.by_faults)}</option>
                {choices.into_iter().map(|t| view! {
                    <option value=t.0.to_string() prop:selected=move || direct() == Some(t)>{t.to_string()}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// Jumps to any room of the round; a scored room is marked.
#[component]
fn RoomPicker(stops: StoredValue<Vec<Stop>>, at: RwSignal<usize>, scored: Memo<Vec<bool>>) -> impl IntoView {
    view! {
        <div class="field">
            <label for="score-jump">{tr!(inspections.jump)}</label>
            <select id="score-jump" data-testid="score-jump" on:change=move |ev| {
                if let Ok(i) = event_target_value(&ev).parse::<usize>() { at.set(i); }
            }>
                {move || scored.with(|flags| stops.with_value(|list| list.iter().enumerate().map(|(i, s)| {
                    let mark = if flags.get(i).copied().unwrap_or(false) { "✓ " } else { "" };
                    view! { <option value=i.to_string() prop:selected=move || at.get() == i>{format!("{mark}{}", s.label)}</option> }
                }).collect_view()))}
            </select>
        </div>
    }
}

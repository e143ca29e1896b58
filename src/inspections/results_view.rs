//! A round's results: the ranking of rooms and buildings, rooms to fix and to check again, the
//! notice for the group chat (copied with one tap), and the results as CSV.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::model::{InspectionRound, inspection_round};
use super::notice::{ITEMS, NoticeLabels, notice};
use super::results::{RoundResults as Results, ScoredRoom, round_results};
use crate::book::RecordId;
use crate::browser::clipboard::copy_text;
use crate::browser::pinyin::collate;
use crate::table::Table;
use crate::ui::book_state::{BookState, measure};
use crate::ui::language::current_lang;
use crate::ui::notice::use_notices;
use crate::ui::pieces::CsvButton;
use crate::ui::routes::Route;
use crate::ui::table_view::FigureTable;

/// A round and its results, computed once per change of the book.
pub fn results_memo(book: BookState, id: RecordId) -> Memo<Option<(InspectionRound, Results)>> {
    Memo::new(move |_| {
        book.read(|b| {
            let round = inspection_round(b, id)?;
            let results = measure("unionbook:round-ranking", || round_results(b, &round, &collate));
            Some((round, results))
        })
    })
}

/// A room's band as shown, with the veto items that put it there.
fn band_text(results: &Results, room: &ScoredRoom) -> String {
    let band = room.band.map(|b| results.rubric.bands[b].name.clone()).unwrap_or_default();
    if !room.vetoed {
        return band;
    }
    let vetoed = tr!(inspection_results.vetoed_by, items = room.vetoed_by.join(current_lang().pick("、", ", ")));
    if band.is_empty() { vetoed } else { format!("{band} · {vetoed}") }
}

/// The rooms' ranking: the table shown and its CSV, the first `limit` rows.
pub fn rooms_table(results: &Results, limit: usize) -> Table {
    Table {
        headers: vec![
            tr!(inspection_results.rank),
            tr!(inspections.number),
            tr!(inspection_results.score),
            tr!(inspection_results.grade),
        ],
        rows: results
            .rooms
            .iter()
            .take(limit)
            .map(|r| vec![r.rank.to_string(), r.label(), r.total.to_string(), band_text(results, r)])
            .collect(),
    }
}

/// The buildings' ranking: rank, name, average, rooms scored, then how many rooms in each band.
pub fn buildings_table(results: &Results) -> Table {
    let mut headers = vec![
        tr!(inspection_results.rank),
        tr!(inspections.building),
        tr!(inspection_results.average),
        tr!(inspection_results.scored),
    ];
    headers.extend(results.rubric.bands.iter().map(|b| b.name.clone()));
    let rows = results
        .buildings
        .iter()
        .map(|b| {
            let mut row = vec![b.rank.to_string(), b.building.name.clone(), b.mean().to_string(), b.rooms.to_string()];
            row.extend(b.bands.iter().map(usize::to_string));
            row
        })
        .collect();
    Table { headers, rows }
}

/// The notice's words in the language shown.
fn labels(round: &InspectionRound, results: &Results) -> NoticeLabels {
    let lang = current_lang();
    let heading = match round.date {
        Some(d) => format!("{} · {}", round.title, lang.format_date(d)),
        None => round.title.clone(),
    };
    NoticeLabels {
        heading,
        summary: tr!(inspection_results.summary, scored = results.rooms.len(), total = results.covered),
        buildings: tr!(inspection_results.buildings),
        best: tr!(inspection_results.best),
        to_fix: fix_heading(round),
        rechecks: tr!(inspections.recheck),
        vetoed: tr!(inspection_results.vetoed_by, items = ITEMS),
        separator: lang.pick("、", ", ").to_owned(),
    }
}

fn fix_heading(round: &InspectionRound) -> String {
    match round.fix_by {
        Some(d) => tr!(inspection_results.to_fix_by, date = current_lang().format_date(d)),
        None => tr!(inspection_results.to_fix),
    }
}

/// Rooms as links to their pages, with their points and band.
fn room_links(results: &Results, rooms: Vec<&ScoredRoom>, testid: &'static str) -> impl IntoView {
    view! {
        <ul class="record-list" data-testid=testid>
            {rooms.into_iter().map(|r| {
                let line = format!("{} · {} · {}", r.label(), r.total, band_text(results, r));
                view! { <li><a class="record-row" href=Route::Room(r.room.id).path()>{line}</a></li> }
            }).collect_view()}
        </ul>
    }
}

#[component]
pub fn RoundResults(id: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let notices = use_notices();
    let memo = results_memo(book, id);
    let drawn = move || {
        let Some((round, results)) = memo.get() else { return ().into_any() };
        if results.rooms.is_empty() {
            return view! { <p class="help" data-testid="results-none">{tr!(inspection_results.none_scored)}</p> }
                .into_any();
        }
        let text = notice(&results, round.threshold, &labels(&round, &results));
        let copy_of = text.clone();
        let copy = move |_| {
            let text = copy_of.clone();
            spawn_local(async move {
                match copy_text(&text).await {
                    Ok(()) => notices.show(tr!(inspection_results.copied)),
                    Err(()) => notices.show(tr!(inspection_results.copy_failed)),
                }
            });
        };
        let to_fix = results.to_fix(round.threshold);
        let rechecks = results.rechecks();
        view! {
            <FigureTable caption=tr!(inspection_results.buildings) table=buildings_table(&results) testid="buildings-ranking" />
            <FigureTable caption=tr!(inspection_results.rooms) table=rooms_table(&results, usize::MAX) testid="rooms-ranking" />
            <div class="actions">
                <CsvButton name=tr!(inspection_results.file_results)
                    table=move || memo.with(|m| m.as_ref().map(|(_, r)| rooms_table(r, usize::MAX)).unwrap_or_default()) />
            </div>
            <h3>{fix_heading(&round)}</h3>
            {if to_fix.is_empty() {
                view! { <p class="help">{tr!(inspection_results.none_to_fix)}</p> }.into_any()
            } else {
                room_links(&results, to_fix, "rooms-to-fix").into_any()
            }}
            {(!rechecks.is_empty()).then(|| view! {
                <h3>{tr!(inspections.recheck)}</h3>
                {room_links(&results, rechecks, "rooms-recheck")}
            })}
            <div class="field">
                <label for="round-notice">{tr!(inspection_results.notice)}</label>
                <textarea id="round-notice" class="round-notice" readonly rows="10" prop:value=text></textarea>
            </div>
            <div class="actions">
                <button type="button" class="button primary" on:click=copy>{tr!(inspection_results.copy)}</button>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="card" aria-labelledby="round-results" data-testid="round-results">
            <h2 id="round-results">{tr!(inspection_results.results)}</h2>
            {drawn}
        </section>
    }
}

//! `/inspections`: where to start, the latest round's ranking in brief, the rounds newest
//! first with their progress, and a building's trend over the semester.

use leptos::prelude::*;

use super::model::{BUILDING, RUBRIC, buildings};
use super::results_view::{buildings_table, results_memo, rooms_table};
use super::trend_view::BuildingTrend;
use super::trends::rounds_progress;
use crate::book::RecordId;
use crate::browser::pinyin::collate;
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::SelectField;
use crate::ui::labels::area_name;
use crate::ui::language::current_lang;
use crate::ui::page_title::PageTitle;
use crate::ui::pieces::CsvButton;
use crate::ui::routes::Route;
use crate::ui::sample_badge::SampleBadge;
use crate::ui::table_view::FigureTable;

/// The rooms of the latest round shown on the overview; the round's page has them all.
const BRIEF: usize = 5;

#[component]
pub fn InspectionsPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let lang = current_lang();
    let ready = move || book.read(|b| b.live(BUILDING).next().is_some() && b.live(RUBRIC).next().is_some());
    let rounds = Memo::new(move |_| book.read(rounds_progress));
    let table = move || Table {
        headers: vec![
            tr!(inspections.title),
            tr!(inspections.date),
            tr!(inspection_results.scored),
            tr!(inspections.rooms),
        ],
        rows: rounds.with(|list| {
            list.iter()
                .map(|(r, scored, total)| {
                    let date = r.date.map(|d| d.to_string()).unwrap_or_default();
                    vec![r.title.clone(), date, scored.to_string(), total.to_string()]
                })
                .collect()
        }),
    };
    let options = Signal::derive(move || {
        let mut list: Vec<(String, String)> =
            book.read(buildings).into_iter().map(|b| (b.id.to_string(), b.name)).collect();
        list.sort_by(|a, b| collate(&a.1, &b.1));
        list
    });
    let chosen = RwSignal::new(options.with_untracked(|o| o.first().map(|(v, _)| v.clone()).unwrap_or_default()));
    view! {
        <PageTitle area=Area::Inspections />
        <section class="page">
            <h1>{area_name(Area::Inspections)}</h1>
            <p class="lead">{tr!(inspection_results.intro)}</p>
            <Show when=move || !ready()>
                <p class="help" data-testid="inspections-first-steps">{tr!(inspection_results.first_steps)}</p>
            </Show>
            <div class="actions">
                <a class="button primary" href=Route::NewInspectionRound.path()>{tr!(inspections.round_new)}</a>
                <a class="button" href=Route::Buildings.path()>{tr!(inspections.buildings)}</a>
                <a class="button" href=Route::Rubrics.path()>{tr!(inspections.rubrics)}</a>
                <a class="button" href=Route::Appraisals.path()>{tr!(appraisal.title)}</a>
            </div>
            {move || rounds.with(|l| l.iter().find(|(_, scored, _)| *scored > 0).map(|(r, _, _)| r.id)).map(|id| view! { <Latest id /> })}
            <section class="card" aria-labelledby="rounds-heading">
                <h2 id="rounds-heading">{tr!(inspection_results.rounds)}</h2>
                <ul class="record-list" data-testid="inspection-rounds">
                    {move || {
                        let list = rounds.get();
                        if list.is_empty() {
                            return view! { <li class="help">{tr!(inspection_results.rounds_none)}</li> }.into_any();
                        }
                        list.into_iter().map(|(r, scored, total)| view! {
                            <li><a class="record-row" href=Route::InspectionRound(r.id).path()>
                                <span class="record-title">{r.title.clone()}</span>
                                <SampleBadge id=r.id />
                                <span class="record-meta">
                                    {r.date.map(|d| format!("{} · ", lang.format_date(d))).unwrap_or_default()}
                                    {tr!(inspections.progress, scored, total)}
                                </span>
                            </a></li>
                        }).collect_view().into_any()
                    }}
                </ul>
                <div class="actions"><CsvButton name=tr!(inspection_results.file_rounds) table /></div>
            </section>
            <Show when=move || options.with(|o| !o.is_empty())>
                <SelectField id="trend-building" label=Signal::derive(|| tr!(inspections.building)) value=chosen options />
                {move || RecordId::parse(&chosen.get()).map(|building| view! { <BuildingTrend building /> })}
            </Show>
        </section>
    }
}

/// The latest round with a scored room: its buildings and best rooms, and a link to all its
/// results.
#[component]
fn Latest(id: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let memo = results_memo(book, id);
    move || {
        memo.get().filter(|(_, r)| !r.rooms.is_empty()).map(|(round, results)| {
            let title = round.title.clone();
            view! {
                <section class="card" aria-labelledby="latest-heading" data-testid="latest-ranking">
                    <h2 id="latest-heading">{tr!(inspection_results.latest)}</h2>
                    <FigureTable caption=tr!(inspection_results.buildings) table=buildings_table(&results) testid="latest-buildings" />
                    <FigureTable caption=tr!(inspection_results.rooms) table=rooms_table(&results, BRIEF) testid="latest-rooms" />
                    <p><a href=Route::InspectionRound(id).path()>{tr!(inspection_results.full, title)}</a></p>
                </section>
            }
        })
    }
}

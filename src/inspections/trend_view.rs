//! A room's and a building's totals over the semester's rounds, drawn as a line (a round that
//! did not score it is a gap) with its figures as a table.

use leptos::prelude::*;

use super::model::{inspection_rounds, room, rooms_of};
use super::rubric::Rubric;
use super::trends::{TrendPoint, building_trend, covers_room, latest_semester, room_trend, semester_rounds};
use crate::book::{Book, RecordId};
use crate::table::Table;
use crate::ui::book_state::{BookState, measure};
use crate::ui::labels::semester_name;
use crate::ui::language::current_lang;
use crate::ui::line_chart::geometry::short_date;
use crate::ui::line_chart::{ChartPoint, TrendChart};
use crate::ui::table_view::FigureTable;

/// What a trend is of: a room, or a building.
#[derive(Clone, Copy, PartialEq)]
enum Of {
    Room(RecordId),
    Building(RecordId),
}

/// The trend over the semester of the latest round that covers it, and the most points any of
/// those rounds' rubrics gives (the chart's scale).
fn trend(book: &Book, of: Of) -> Option<(crate::calendar::Semester, Vec<TrendPoint>, i64)> {
    let all = inspection_rounds(book);
    let (semester, rounds, points) = match of {
        Of::Room(id) => {
            let room = room(book, id)?;
            let semester = latest_semester(&all, |r| covers_room(r, &room))?;
            let rounds = semester_rounds(&all, semester);
            let points = room_trend(book, &room, &rounds);
            (semester, rounds, points)
        }
        Of::Building(id) => {
            let rooms = rooms_of(book, id);
            let semester = latest_semester(&all, |r| rooms.iter().any(|room| covers_room(r, room)))?;
            let rounds = semester_rounds(&all, semester);
            let points = building_trend(book, id, &rounds);
            (semester, rounds, points)
        }
    };
    let max = rounds
        .iter()
        .filter(|r| points.iter().any(|p| p.round == r.id))
        .map(|r| Rubric::from_copy(&r.rubric_copy).full_marks().0)
        .max()
        .filter(|m| *m > 0)
        .unwrap_or(1000);
    (!points.is_empty()).then_some((semester, points, max))
}

#[component]
fn Trend(of: Of, name: String) -> impl IntoView {
    let book = expect_context::<BookState>();
    let testid = match of {
        Of::Room(_) => "room-trend",
        Of::Building(_) => "building-trend",
    };
    let drawn = move || {
        let name = name.clone();
        let Some((semester, points, max)) = measure("unionbook:inspection-trend", || book.read(|b| trend(b, of)))
        else {
            return view! { <p class="help">{tr!(inspection_results.trend_none)}</p> }.into_any();
        };
        let lang = current_lang();
        let shown = |p: &TrendPoint| p.value.map_or_else(|| tr!(inspection_results.gap), |v| v.to_string());
        let figures = points
            .iter()
            .map(|p| tr!(inspection_results.figure, date = short_date(lang, p.date), value = shown(p)))
            .collect::<Vec<_>>()
            .join(tr!(self_study.list_separator).as_str());
        let title = match of {
            Of::Room(_) => tr!(inspection_results.trend_room, name),
            Of::Building(_) => tr!(inspection_results.trend_building, name),
        };
        let chart: Vec<ChartPoint> = points
            .iter()
            .map(|p| ChartPoint {
                label: short_date(lang, p.date),
                value: p.value.map(|v| v.0),
                shown: p.value.map_or_else(|| "–".to_owned(), |v| v.to_string()),
            })
            .collect();
        let mut headers = vec![tr!(inspection_results.round), tr!(inspections.date), tr!(inspections.points)];
        headers.push(match of {
            Of::Room(_) => tr!(inspections.band),
            Of::Building(_) => tr!(inspection_results.scored),
        });
        let rows = points
            .iter()
            .map(|p| {
                let last = match of {
                    Of::Room(_) => p.band.clone().unwrap_or_default(),
                    Of::Building(_) => p.rooms.to_string(),
                };
                vec![p.title.clone(), lang.format_date(p.date), shown(p), last]
            })
            .collect();
        view! {
            <p class="help">{semester_name(semester)}</p>
            <TrendChart id=testid title=title.clone() desc=tr!(inspection_results.trend_desc, figures) points=chart max line=true testid />
            <FigureTable caption=title table=Table { headers, rows } testid="trend-figures" />
        }
        .into_any()
    };
    view! {
        <section class="card" aria-labelledby=format!("{testid}-heading")>
            <h2 id=format!("{testid}-heading")>{tr!(self_study.trend)}</h2>
            {drawn}
        </section>
    }
}

/// A room's points over the semester's rounds.
#[component]
pub fn RoomTrend(room: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let name = book.read(|b| super::model::room(b, room).map(|r| super::places::room_label(b, &r)).unwrap_or_default());
    view! { <Trend of=Of::Room(room) name /> }
}

/// A building's average points over the semester's rounds.
#[component]
pub fn BuildingTrend(building: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    let name = book.read(|b| super::model::building(b, building).map(|b| b.name).unwrap_or_default());
    view! { <Trend of=Of::Building(building) name /> }
}

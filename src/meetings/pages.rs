//! `/meetings`: the meetings of a semester, of one kind or all, with who came and what is
//! still open; links to a new meeting and to the open action items.

use leptos::prelude::*;

use super::model::{MEETING_KINDS, Meeting, meetings};
use crate::attendance::marks::tally;
use crate::browser::pinyin::collate;
use crate::table::Table;
use crate::tasks::model::{open_action_items, tasks_of};
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::SelectField;
use crate::ui::labels::{meeting_kind_name, meeting_name};
use crate::ui::language::current_lang;
use crate::ui::page_title::PageTitle;
use crate::ui::pickers::{SemesterFilter, current_semester, range_of};
use crate::ui::pieces::{CsvButton, name_of};
use crate::ui::routes::Route;
use crate::ui::sample_badge::SampleBadge;

/// A meeting as the list shows it: who came of those invited, how many items are open, the
/// names of its units.
#[derive(Clone)]
struct Row {
    meeting: Meeting,
    came: usize,
    open: usize,
    units: String,
    chair: String,
    minute_taker: String,
}

#[component]
pub fn MeetingsPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let semester = current_semester();
    let kind = RwSignal::new(String::new());
    let lang = current_lang();
    let rows = move || {
        let within = book.read(|b| range_of(b, semester.get()));
        let kind = kind.get();
        book.read(|b| {
            meetings(b, within, Some(kind.as_str()).filter(|k| !k.is_empty()))
                .into_iter()
                .map(|m| Row {
                    came: b.get(m.id).map_or(0, |r| tally(r, &m.invited).0),
                    open: tasks_of(b, m.id, &collate).iter().filter(|t| t.is_open()).count(),
                    units: m
                        .units
                        .iter()
                        .map(|u| name_of(b, Some(*u)))
                        .collect::<Vec<_>>()
                        .join(&tr!(meetings.separator)),
                    chair: name_of(b, m.chair),
                    minute_taker: name_of(b, m.minute_taker),
                    meeting: m,
                })
                .collect::<Vec<_>>()
        })
    };
    let open_total = move || book.read(|b| open_action_items(b, &collate).len());
    let kinds = {
        let mut list = vec![(String::new(), tr!(meetings.all_kinds))];
        list.extend(MEETING_KINDS.iter().map(|k| (k.to_string(), meeting_kind_name(k))));
        list
    };
    let table = move || Table {
        headers: vec![
            tr!(meetings.name),
            tr!(meetings.kind),
            tr!(meetings.date),
            tr!(meetings.starts_at),
            tr!(meetings.venue),
            tr!(meetings.units),
            tr!(meetings.chair),
            tr!(meetings.minute_taker),
            tr!(meetings.invited_count),
            tr!(meetings.came_count),
            tr!(tasks.open_title),
            tr!(meetings.decisions),
        ],
        rows: rows()
            .into_iter()
            .map(|r| {
                let m = r.meeting;
                vec![
                    m.title,
                    if m.kind.is_empty() { String::new() } else { meeting_kind_name(&m.kind) },
                    m.date.map(|d| d.to_string()).unwrap_or_default(),
                    m.starts_at,
                    m.venue,
                    r.units,
                    r.chair,
                    r.minute_taker,
                    m.invited.len().to_string(),
                    r.came.to_string(),
                    r.open.to_string(),
                    m.decisions,
                ]
            })
            .collect(),
    };
    view! {
        <PageTitle area=Area::Meetings />
        <section class="page">
            <h1>{tr!(meetings.title)}</h1>
            <p class="lead">{tr!(meetings.intro)}</p>
            <div class="actions">
                <a class="button primary" href=Route::NewMeeting.path()>{tr!(meetings.new_link)}</a>
                <a class="button" href=Route::ActionItems.path()>{move || tr!(meetings.action_items_link, count = open_total())}</a>
            </div>
            <div class="filters">
                <SemesterFilter selected=semester />
                <SelectField id="meeting-kind-filter" label=Signal::derive(|| tr!(meetings.kind_filter)) value=kind options=kinds />
            </div>
            <ul class="record-list" data-testid="meetings">
                {move || {
                    let rows = rows();
                    if rows.is_empty() {
                        return view! { <li class="help">{tr!(meetings.none)}</li> }.into_any();
                    }
                    rows.into_iter().map(|r| {
                        let m = &r.meeting;
                        view! {
                            <li><a class="record-row" href=Route::Meeting(m.id).path()>
                                <span class="record-title">{meeting_name(&m.title, &m.kind)}</span>
                                <SampleBadge id=m.id />
                                <span class="record-meta">
                                    {m.date.map(|d| lang.format_date(d)).unwrap_or_default()}
                                    {(!r.units.is_empty()).then(|| format!(" · {}", r.units))}
                                    {(!m.invited.is_empty()).then(|| format!(" · {}", tr!(meetings.came, came = r.came, invited = m.invited.len())))}
                                    {(r.open > 0).then(|| format!(" · {}", if r.open == 1 { tr!(meetings.open_items_one, count = r.open) } else { tr!(meetings.open_items, count = r.open) }))}
                                </span>
                            </a></li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
            <div class="actions"><CsvButton name=tr!(meetings.file) table /></div>
        </section>
    }
}

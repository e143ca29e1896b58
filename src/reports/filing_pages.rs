//! `/reports/filing`: the filing register, found as you type, narrowed by kind and unit, as CSV.

use leptos::prelude::*;

use super::filing::{Filter, Words, find_documents};
use super::labels::document_kind_name;
use super::labels::kind_options;
use super::model::{FILED_DOCUMENT, FiledDocument};
use crate::browser::pinyin::collate;
use crate::pinyin::initials;
use crate::table::Table;
use crate::ui::areas::Area;
use crate::ui::book_state::BookState;
use crate::ui::form::{SelectField, TextField};
use crate::ui::language::current_lang;
use crate::ui::page_title::PageTitle;
use crate::ui::pickers::unit_options;
use crate::ui::pieces::{CsvButton, name_of};
use crate::ui::routes::Route;
use crate::ui::sample_badge::SampleBadge;

#[component]
pub fn FilingPage() -> impl IntoView {
    let book = expect_context::<BookState>();
    let lang = current_lang();
    let query = RwSignal::new(String::new());
    let kind = RwSignal::new(String::new());
    let unit = RwSignal::new(String::new());
    let found = move || {
        let filter = Filter { query: query.get(), kind: kind.get(), unit: crate::book::RecordId::parse(&unit.get()) };
        let words = Words { initials: &initials, kind_name: &document_kind_name, collate: &collate };
        book.read(|b| {
            find_documents(b, &filter, &words).into_iter().map(|d| (name_of(b, d.unit), d)).collect::<Vec<_>>()
        })
    };
    let any = move || book.read(|b| b.live(FILED_DOCUMENT).next().is_some());
    let table = move || Table {
        headers: vec![
            tr!(activities.pub_title),
            tr!(meetings.kind),
            tr!(filing.number),
            tr!(eval.date),
            tr!(people.role.unit),
            tr!(filing.location),
            tr!(activities.link),
            tr!(people.member_form.notes),
        ],
        rows: found()
            .into_iter()
            .map(|(unit, d): (String, FiledDocument)| {
                vec![
                    d.title,
                    document_kind_name(&d.kind),
                    d.number,
                    d.date.map(|d| d.to_string()).unwrap_or_default(),
                    unit,
                    d.location,
                    d.link,
                    d.note,
                ]
            })
            .collect(),
    };
    let units = book.read(|b| unit_options(b, tr!(data.export_units)));
    view! {
        <PageTitle area=Area::Reports />
        <section class="page">
            <h1>{tr!(reports.register)}</h1>
            <p><a href=Route::Reports.path()>{tr!(reports.back)}</a></p>
            <div class="actions">
                <a class="button primary" href=Route::NewFiledDocument.path()>{tr!(filing.new)}</a>
            </div>
            <TextField id="filing-search" label=Signal::derive(|| tr!(filing.search)) value=query input_type="search" />
            <div class="filters">
                <SelectField id="filing-kind" label=Signal::derive(|| tr!(meetings.kind)) value=kind options=kind_options(tr!(meetings.all_kinds)) />
                <SelectField id="filing-unit" label=Signal::derive(|| tr!(people.role.unit)) value=unit options=units />
            </div>
            <ul class="record-list" data-testid="documents">
                {move || {
                    let found = found();
                    if found.is_empty() {
                        let help = if any() { tr!(filing.none_found) } else { tr!(filing.none) };
                        return view! { <li class="help">{help}</li> }.into_any();
                    }
                    found.into_iter().map(|(unit, d)| {
                        let meta: Vec<String> = [
                            (!d.kind.is_empty()).then(|| document_kind_name(&d.kind)),
                            (!d.number.is_empty()).then(|| d.number.clone()),
                            d.date.map(|day| lang.format_date(day)),
                            (!unit.is_empty()).then_some(unit),
                        ].into_iter().flatten().collect();
                        view! {
                            <li><a class="record-row" href=Route::FiledDocument(d.id).path()>
                                <span class="record-title">{d.title.clone()}</span>
                                <SampleBadge id=d.id />
                                <span class="record-meta">{meta.join(" · ")}</span>
                            </a></li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
            <div class="actions"><CsvButton name=tr!(filing.file) table /></div>
        </section>
    }
}

//! The comparison with the previous semester as a table on the summary page.

use leptos::prelude::*;

use crate::book::RecordId;
use crate::summary::compare::Comparison;
use crate::summary::draft::{period as period_of, previous_semester};
use crate::ui::book_state::BookState;
use crate::ui::language::current_lang;
use crate::ui::table_view::FigureTable;

/// The table comparing `period` (a semester's or a term's record) with the semester before it,
/// in the figures that semester has records of; nothing for a period the book does not have, or
/// when the semester before has no records to compare with.
#[component]
pub fn ComparisonTable(period: RecordId) -> impl IntoView {
    let book = expect_context::<BookState>();
    move || {
        let lang = current_lang();
        let table = book.read(|b| {
            let this = period_of(b, period, lang)?;
            let previous = previous_semester(b, &this, lang);
            Comparison::of(b, &this, previous.as_ref()).table_if_comparable(lang)
        })?;
        let shown = crate::table::Table { headers: table.header, rows: table.rows };
        Some(view! { <FigureTable caption=table.caption table=shown testid="comparison" /> })
    }
}

//! The 示例 / Sample badge: every record the sample union wrote carries it, on its row in any
//! list and beside its page's heading, so an officer exploring the sample never mistakes it
//! for their union's own records (the Home banner promises as much).

use leptos::prelude::*;

use crate::book::RecordId;
use crate::ui::book_state::BookState;

/// The badge, if `id` is a record of the sample; nothing otherwise (nor for a record not
/// written yet: `None`, as a page's new-record form has). Read once: a record is written as
/// the sample's or not, and stays so (removing the sample removes the record).
#[component]
pub fn SampleBadge(#[prop(into)] id: Option<RecordId>) -> impl IntoView {
    let book = expect_context::<BookState>();
    let sample = id.is_some_and(|id| book.read(|b| b.get(id).is_some_and(|r| r.is_sample())));
    sample.then(|| view! { <span class="badge sample">{tr!(people.sample_badge)}</span> })
}

//! The area's words: statuses, categories, scopes, media, date spans, edition names.

use chrono::NaiveDate;

use crate::activities::lifecycle::Status;
use crate::activities::model::{Activity, Actual};
use crate::activities::series::Series;
use crate::book::Book;
use crate::locale::Lang;
use crate::ui::language::current_lang;
use crate::ui::pieces::name_of;
use crate::ui::sample_badge::SampleBadge;

pub fn status_name(status: Status) -> String {
    match status {
        Status::Planned => tr!(activities.status.planned),
        Status::Approved => tr!(activities.status.approved),
        Status::Preparing => tr!(activities.status.preparing),
        Status::Held => tr!(activities.status.held),
        Status::Summarised => tr!(activities.status.summarised),
        Status::Cancelled => tr!(activities.status.cancelled),
    }
}

pub fn category_name(word: &str) -> String {
    match word {
        "study" => tr!(activities.categories.study),
        "culture" => tr!(activities.categories.culture),
        "sports" => tr!(activities.categories.sports),
        "career" => tr!(activities.categories.career),
        "publicity" => tr!(activities.categories.publicity),
        "internal" => tr!(activities.categories.internal),
        "service" => tr!(activities.categories.service),
        "other" => tr!(activities.categories.other),
        _ => String::new(),
    }
}

pub fn scope_name(word: &str) -> String {
    match word {
        "internal" => tr!(activities.scopes.internal),
        "department" => tr!(activities.scopes.department),
        "school" => tr!(activities.scopes.school),
        "external" => tr!(activities.scopes.external),
        _ => String::new(),
    }
}

pub fn medium_name(word: &str) -> String {
    match word {
        "poster" => tr!(activities.media.poster),
        "article" => tr!(activities.media.article),
        "video" => tr!(activities.media.video),
        "social" => tr!(activities.media.social),
        "media" => tr!(activities.media.media),
        "other" => tr!(activities.media.other),
        _ => String::new(),
    }
}

/// Words as choices for a select, with a first choice for none.
pub fn word_options(words: &[&str], name: fn(&str) -> String, none: String) -> Vec<(String, String)> {
    let mut list = vec![(String::new(), none)];
    list.extend(words.iter().map(|w| ((*w).to_owned(), name(w))));
    list
}

/// One day, or a span of days, in the language's own form; "date not set" without one.
pub fn date_span(from: Option<NaiveDate>, to: Option<NaiveDate>) -> String {
    let lang = current_lang();
    match (from, to) {
        (Some(a), Some(b)) if b != a => tr!(activities.span, from = lang.format_date(a), to = lang.format_date(b)),
        (Some(a), _) => lang.format_date(a),
        (None, _) => tr!(activities.undated),
    }
}

pub fn activity_span(a: &Activity) -> String {
    date_span(a.date, a.end_date)
}

/// The names of the units that organise it, joined.
pub fn unit_names(book: &Book, a: &Activity) -> String {
    a.units.iter().map(|u| name_of(book, Some(*u))).filter(|n| !n.is_empty()).collect::<Vec<_>>().join("、")
}

/// "The 2nd Youth Flying Speech Competition", "第二届青春飞扬演讲比赛".
pub fn edition_name(series: &Series, edition: u32) -> String {
    let lang = current_lang();
    tr!(activities.edition_name, nth = lang.ordinal(edition), name = series.name(lang == Lang::En).to_owned())
}

pub fn ordinal(n: u32) -> String {
    current_lang().ordinal(n)
}

pub fn actual_text(actual: Actual) -> String {
    match actual {
        Actual::FromList(count) => tr!(activities.from_list, count),
        Actual::Counted(count) => tr!(activities.counted_by_eye, count),
        Actual::Unknown => tr!(activities.unknown),
    }
}

pub fn expected_text(expected: Option<i64>) -> String {
    expected.map(|n| n.to_string()).unwrap_or_else(|| tr!(activities.unknown))
}

/// An activity as a row of a list: its title, status and days, a link to its page (Home's
/// "coming up", a member's led activities).
#[leptos::component]
pub fn ActivityRow(activity: crate::activities::model::Activity) -> impl leptos::IntoView {
    use leptos::prelude::*;
    view! {
        <li><a class="record-row" href=format!("/activities/{}", activity.id)>
            <span class="record-title">{activity.title.clone()}</span>
            <SampleBadge id=activity.id />
            <StatusBadge status=activity.status() />
            <span class="record-meta">{activity_span(&activity)}</span>
        </a></li>
    }
}

/// A status as a badge: the word, with a colour by status (`data-status`).
#[leptos::component]
pub fn StatusBadge(status: Status) -> impl leptos::IntoView {
    use leptos::prelude::*;
    view! { <span class="badge status-badge" data-status=status.word()>{status_name(status)}</span> }
}

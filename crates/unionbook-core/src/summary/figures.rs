//! The figures the dashboard, the comparison and the summary's sections share, so a figure is
//! counted one way wherever it shows — and the way each area's own page counts it. Pure.

use chrono::NaiveDate;

use crate::activities::lifecycle::Status;
use crate::activities::model::{Activity, Filter, activities, actual};
use crate::attendance::lists::{attendance_lists, overall};
use crate::attendance::self_study::model::checks;
use crate::attendance::self_study::rates::{self, Rate};
use crate::book::Book;
use crate::forms::Tenths;
use crate::inspections::model::{InspectionRound, inspection_rounds};
use crate::inspections::results::round_results;
use crate::kinds::schema_of;
use crate::locale::Lang;
use crate::money::amount::Totals;
use crate::money::ledger::{Source, movements};
use crate::money::model::Category;
use crate::summary::document::Period;

pub type Collate<'a> = &'a dyn Fn(&str, &str) -> std::cmp::Ordering;

pub fn span(period: &Period) -> (NaiveDate, NaiveDate) {
    (period.from, period.to)
}

pub fn within(date: Option<NaiveDate>, span: (NaiveDate, NaiveDate)) -> bool {
    crate::calendar::in_span(date, Some(span))
}

/// The activities held in the span: reached `held` (or summarised since) and dated in it.
pub fn held_in(book: &Book, span: (NaiveDate, NaiveDate)) -> Vec<Activity> {
    let filter = Filter { within: Some(span), ..Filter::default() };
    activities(book, &filter)
        .into_iter()
        .filter(|a| matches!(a.status(), Status::Held | Status::Summarised) && within(a.date, span))
        .collect()
}

/// The participants of `held` as each activity's page counts them (list, else head count).
pub fn participants(book: &Book, held: &[Activity]) -> i64 {
    held.iter().filter_map(|a| book.get(a.id).and_then(|r| actual(a.id, r).number())).sum()
}

pub fn attendance_rate(book: &Book, span: (NaiveDate, NaiveDate)) -> (usize, usize) {
    overall(&attendance_lists(book, &schema_of, Some(span)))
}

pub fn self_study_rate(book: &Book, span: (NaiveDate, NaiveDate)) -> Rate {
    rates::overall(&checks(book, Some(span)))
}

/// Whole percent, rounded as the areas' pages round; `None` when nothing was expected.
pub fn percent(part: usize, whole: usize) -> Option<usize> {
    (whole > 0).then(|| (part * 100 + whole / 2) / whole)
}

/// The semester's inspection rounds, oldest first.
pub fn rounds_in(book: &Book, span: (NaiveDate, NaiveDate)) -> Vec<InspectionRound> {
    let mut list: Vec<InspectionRound> = inspection_rounds(book).into_iter().filter(|r| within(r.date, span)).collect();
    list.reverse();
    list
}

/// The mean total of the rooms scored in `rounds`, to the nearest tenth (halves up).
pub fn inspection_average(book: &Book, rounds: &[InspectionRound], collate: Collate) -> Option<Tenths> {
    mean(rounds.iter().flat_map(|r| round_results(book, r, collate).rooms).map(|r| r.counted()))
}

/// The mean of scores, to the nearest tenth (halves up); none of nothing.
pub fn mean(scores: impl Iterator<Item = Tenths>) -> Option<Tenths> {
    let (sum, n) = scores.fold((0i64, 0i64), |(s, n), t| (s + t.0, n + 1));
    (n > 0).then(|| Tenths((2 * sum + n).div_euclid(2 * n)))
}

/// Cash received from sponsors in the span.
pub fn sponsorship_cash(book: &Book, span: (NaiveDate, NaiveDate)) -> Totals {
    let mut out = Totals::default();
    movements(book)
        .iter()
        .filter(|m| m.source == Source::Sponsorship && within(m.date, span))
        .for_each(|m| out.add(m.amount));
    out
}

/// A spending category as the Money area names it.
pub fn category_name(c: Category, lang: Lang) -> &'static str {
    match c {
        Category::Venue => lang.pick("场地", "Venue"),
        Category::Printing => lang.pick("印刷与宣传", "Printing and publicity"),
        Category::Prizes => lang.pick("奖品", "Prizes"),
        Category::Food => lang.pick("餐饮", "Food"),
        Category::Transport => lang.pick("交通", "Transport"),
        Category::Materials => lang.pick("物资", "Materials"),
        Category::Other => lang.pick("其他", "Other"),
    }
}

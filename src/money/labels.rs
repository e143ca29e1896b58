//! The Money area's words: categories, currencies, who paid, the choices its forms offer.

use super::amount::{Amount, Currency};
use super::model::Category;
use crate::activities::model::{ACTIVITY, Activity};
use crate::book::Book;
use crate::ui::language::current_lang;

pub fn category_name(c: Category) -> String {
    match c {
        Category::Venue => tr!(money.cat_venue),
        Category::Printing => tr!(money.cat_printing),
        Category::Prizes => tr!(money.cat_prizes),
        Category::Food => tr!(money.cat_food),
        Category::Transport => tr!(money.cat_transport),
        Category::Materials => tr!(money.cat_materials),
        Category::Other => tr!(money.cat_other),
    }
}

/// The categories as choices, after a first one asking to choose.
pub fn category_options(none: String) -> Vec<(String, String)> {
    let mut list = vec![(String::new(), none)];
    list.extend(Category::ALL.map(|c| (c.word().to_owned(), category_name(c))));
    list
}

pub fn currency_name(c: Currency) -> String {
    match c {
        Currency::Cny => tr!(money.currency_CNY),
        Currency::Hkd => tr!(money.currency_HKD),
        Currency::Usd => tr!(money.currency_USD),
        Currency::Eur => tr!(money.currency_EUR),
    }
}

pub fn currency_options() -> Vec<(String, String)> {
    Currency::ALL.map(|c| (c.code().to_owned(), currency_name(c))).to_vec()
}

/// An amount in the current language's form.
pub fn shown(a: Amount) -> String {
    a.show(current_lang())
}

/// Activities as choices, the most recent first (the one an expense is for is usually recent),
/// each with its day, after a first choice for none.
pub fn activity_options(book: &Book, none: String) -> Vec<(String, String)> {
    let lang = current_lang();
    let mut list: Vec<Activity> = book.live(ACTIVITY).map(|(id, r)| Activity::from_record(id, r)).collect();
    list.sort_by_key(|a| (std::cmp::Reverse(a.date), a.id));
    let mut options = vec![(String::new(), none)];
    options.extend(list.into_iter().map(|a| {
        let label = match a.date {
            Some(d) => format!("{} · {}", a.title, lang.format_date(d)),
            None => a.title,
        };
        (a.id.to_string(), label)
    }));
    options
}

//! A semester against the one before it: the handful of figures a summary compares, each this
//! semester, the previous one and the change — counts as +n/−n, rates in percentage points,
//! money as amounts, and "—" where there is nothing to compare. Pure.

use crate::book::Book;
use crate::forms::Tenths;
use crate::locale::Lang;
use crate::money::amount::{Amount, Totals};
use crate::summary::document::{Period, Table};
use crate::summary::figures::{
    attendance_rate, held_in, inspection_average, participants, percent, rounds_in, self_study_rate, span,
    sponsorship_cash,
};

/// What a comparison measures of one semester.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    pub held: usize,
    pub participants: i64,
    pub sponsorship: Totals,
    pub attendance: Option<usize>,
    pub self_study: Option<usize>,
    pub inspection: Option<Tenths>,
}

impl Figures {
    pub fn of(book: &Book, period: &Period) -> Figures {
        let span = span(period);
        let held = held_in(book, span);
        let (attended, expected) = attendance_rate(book, span);
        Figures {
            held: held.len(),
            participants: participants(book, &held),
            sponsorship: sponsorship_cash(book, span),
            attendance: percent(attended, expected),
            self_study: self_study_rate(book, span).percent(),
            // Ties in a ranking do not change an average: any order will do.
            inspection: inspection_average(book, &rounds_in(book, span), &|a: &str, b: &str| a.cmp(b)),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub this_name: String,
    pub previous_name: Option<String>,
    pub this: Figures,
    pub previous: Option<Figures>,
}

/// One line of the comparison, as shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub label: &'static str,
    pub this: String,
    pub previous: String,
    pub change: String,
}

pub const NOTHING: &str = "—";

/// "+3", "−2", "0": a minus sign, not a hyphen, as a printed table has it.
pub fn signed(n: i64) -> String {
    match n {
        0 => "0".into(),
        n if n > 0 => format!("+{n}"),
        n => format!("−{}", n.unsigned_abs()),
    }
}

fn signed_tenths(t: i64) -> String {
    let shown = Tenths(t.abs()).to_string();
    match t {
        0 => "0".into(),
        t if t > 0 => format!("+{shown}"),
        _ => format!("−{shown}"),
    }
}

/// A change of money: each currency's difference, signed; "0" when none changed.
pub fn money_change(this: &Totals, previous: &Totals, lang: Lang) -> String {
    let parts: Vec<String> = this
        .minus(previous)
        .amounts()
        .filter(|a| a.minor != 0)
        .map(|a| {
            let sign = if a.minor > 0 { "+" } else { "−" };
            format!("{sign}{}", Amount { minor: a.minor.abs(), currency: a.currency }.show(lang))
        })
        .collect();
    if parts.is_empty() { "0".into() } else { parts.join(" ") }
}

fn rate(p: Option<usize>) -> String {
    p.map_or(NOTHING.into(), |p| format!("{p}%"))
}

fn points(lang: Lang, this: Option<usize>, previous: Option<usize>) -> String {
    match (this, previous) {
        (Some(a), Some(b)) => {
            let d = signed(a as i64 - b as i64);
            match lang {
                Lang::Zh => format!("{d}个百分点"),
                Lang::En => format!("{d} pp"),
            }
        }
        _ => NOTHING.into(),
    }
}

impl Comparison {
    pub fn of(book: &Book, this: &Period, previous: Option<&Period>) -> Comparison {
        Comparison {
            this_name: this.name.clone(),
            previous_name: previous.map(|p| p.name.clone()),
            this: Figures::of(book, this),
            previous: previous.map(|p| Figures::of(book, p)),
        }
    }

    pub fn rows(&self, lang: Lang) -> Vec<Row> {
        let (a, b) = (&self.this, self.previous.as_ref());
        let or_nothing = |s: Option<String>| s.unwrap_or_else(|| NOTHING.into());
        let score = |t: Option<Tenths>| t.map_or(NOTHING.into(), |t| t.to_string());
        vec![
            Row {
                label: lang.pick("举办活动", "Activities held"),
                this: a.held.to_string(),
                previous: or_nothing(b.map(|b| b.held.to_string())),
                change: or_nothing(b.map(|b| signed(a.held as i64 - b.held as i64))),
            },
            Row {
                label: lang.pick("参与人次", "Participants"),
                this: a.participants.to_string(),
                previous: or_nothing(b.map(|b| b.participants.to_string())),
                change: or_nothing(b.map(|b| signed(a.participants - b.participants))),
            },
            Row {
                label: lang.pick("赞助到账", "Sponsorship received"),
                this: a.sponsorship.show(lang),
                previous: or_nothing(b.map(|b| b.sponsorship.show(lang))),
                change: or_nothing(b.map(|b| money_change(&a.sponsorship, &b.sponsorship, lang))),
            },
            Row {
                label: lang.pick("出勤率", "Attendance rate"),
                this: rate(a.attendance),
                previous: or_nothing(b.map(|b| rate(b.attendance))),
                change: points(lang, a.attendance, b.and_then(|b| b.attendance)),
            },
            Row {
                label: lang.pick("晚自习出勤率", "Evening self-study rate"),
                this: rate(a.self_study),
                previous: or_nothing(b.map(|b| rate(b.self_study))),
                change: points(lang, a.self_study, b.and_then(|b| b.self_study)),
            },
            Row {
                label: lang.pick("宿舍检查平均分", "Inspection average"),
                this: score(a.inspection),
                previous: or_nothing(b.map(|b| score(b.inspection))),
                change: match (a.inspection, b.and_then(|b| b.inspection)) {
                    (Some(x), Some(y)) => signed_tenths(x.0 - y.0),
                    _ => NOTHING.into(),
                },
            },
        ]
    }

    /// Which figures the previous semester has records of: only those are compared (a
    /// semester without sponsorship on record is not one the union raised nothing in).
    fn previous_has(&self) -> [bool; 6] {
        match &self.previous {
            None => [false; 6],
            Some(b) => [
                b.held > 0,
                b.participants > 0,
                !b.sponsorship.is_zero(),
                b.attendance.is_some(),
                b.self_study.is_some(),
                b.inspection.is_some(),
            ],
        }
    }

    /// The rows of figures the previous semester has records of, in `rows`' order.
    pub fn comparable_rows(&self, lang: Lang) -> Vec<Row> {
        let has = self.previous_has();
        self.rows(lang).into_iter().zip(has).filter(|(_, h)| *h).map(|(r, _)| r).collect()
    }

    /// The comparison as a document's table, in `lang`: only the figures the previous semester
    /// has records of; none when it has none of them.
    pub fn table_if_comparable(&self, lang: Lang) -> Option<Table> {
        let rows = self.comparable_rows(lang);
        (!rows.is_empty()).then(|| Table {
            rows: rows.into_iter().map(|r| vec![r.label.to_owned(), r.this, r.previous, r.change]).collect(),
            ..self.table(lang)
        })
    }

    /// The comparison as a document's table, in `lang`.
    pub fn table(&self, lang: Lang) -> Table {
        Table {
            caption: lang.pick("与上学期对比", "Compared with the previous semester").to_owned(),
            header: vec![
                lang.pick("项目", "Figure").to_owned(),
                self.this_name.clone(),
                self.previous_name.clone().unwrap_or_else(|| lang.pick("上学期", "Previous semester").to_owned()),
                lang.pick("变化", "Change").to_owned(),
            ],
            rows: self.rows(lang).into_iter().map(|r| vec![r.label.to_owned(), r.this, r.previous, r.change]).collect(),
        }
    }
}

#[cfg(test)]
#[path = "compare_tests.rs"]
mod tests;

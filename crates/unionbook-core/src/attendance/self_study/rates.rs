//! Self-study attendance over many checks: rates per class, per ISO week and per month (the
//! semester's trend is the weeks over all classes), and the repeat absentees to follow up.
//! Pure.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};

use super::model::SelfStudyCheck;
use crate::book::RecordId;

/// Present over expected, summed over checks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rate {
    pub present: usize,
    pub expected: usize,
    pub checks: usize,
}

impl Rate {
    fn add(&mut self, check: &SelfStudyCheck) {
        self.present += check.tally().present();
        self.expected += check.tally().expected;
        self.checks += 1;
    }

    /// The rate in whole percent, rounded; `None` when nobody was expected.
    pub fn percent(&self) -> Option<usize> {
        (self.expected > 0).then(|| (self.present * 100 + self.expected / 2) / self.expected)
    }
}

fn grouped<K: Ord>(checks: &[SelfStudyCheck], key: impl Fn(&SelfStudyCheck) -> Option<K>) -> Vec<(K, Rate)> {
    let mut groups: BTreeMap<K, Rate> = BTreeMap::new();
    for c in checks {
        if let Some(k) = key(c) {
            groups.entry(k).or_default().add(c);
        }
    }
    groups.into_iter().collect()
}

/// Every check's figures added up.
pub fn overall(checks: &[SelfStudyCheck]) -> Rate {
    let mut rate = Rate::default();
    checks.iter().for_each(|c| rate.add(c));
    rate
}

/// Per class, in the order `collate` gives the class names.
pub fn by_class(checks: &[SelfStudyCheck], collate: &dyn Fn(&str, &str) -> Ordering) -> Vec<(String, Rate)> {
    let mut list = grouped(checks, |c| Some(c.class.clone()));
    list.sort_by(|(a, _), (b, _)| collate(a, b));
    list
}

/// The Monday that starts a date's ISO week.
pub fn week_of(date: NaiveDate) -> NaiveDate {
    date - Days::new(u64::from(date.weekday().num_days_from_monday()))
}

/// Per ISO week (named by its Monday), oldest first: the semester's trend when given every
/// class's checks. Undated checks are left out.
pub fn by_week(checks: &[SelfStudyCheck]) -> Vec<(NaiveDate, Rate)> {
    grouped(checks, |c| c.date.map(week_of))
}

/// Per month (named by its first day), oldest first.
pub fn by_month(checks: &[SelfStudyCheck]) -> Vec<(NaiveDate, Rate)> {
    grouped(checks, |c| c.date.and_then(|d| d.with_day(1)))
}

/// A student absent at least the threshold's number of times, with the evenings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Absentee {
    pub person: RecordId,
    /// Oldest first; an undated check's absence counts without a date.
    pub dates: Vec<Option<NaiveDate>>,
}

/// Everyone absent `threshold` times or more over `checks` (a threshold of 0 counts as 1),
/// most absences first, then in the order `order` gives the people.
pub fn repeat_absentees(
    checks: &[SelfStudyCheck],
    threshold: usize,
    order: &dyn Fn(RecordId, RecordId) -> Ordering,
) -> Vec<Absentee> {
    let mut absences: BTreeMap<RecordId, Vec<Option<NaiveDate>>> = BTreeMap::new();
    for c in checks {
        for person in c.absent() {
            absences.entry(person).or_default().push(c.date);
        }
    }
    let mut list: Vec<Absentee> = absences
        .into_iter()
        .filter(|(_, dates)| dates.len() >= threshold.max(1))
        .map(|(person, mut dates)| {
            dates.sort();
            Absentee { person, dates }
        })
        .collect();
    list.sort_by(|a, b| b.dates.len().cmp(&a.dates.len()).then_with(|| order(a.person, b.person)));
    list
}

#[cfg(test)]
#[path = "rates_tests.rs"]
mod tests;

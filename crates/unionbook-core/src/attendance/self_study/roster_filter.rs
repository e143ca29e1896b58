//! Which rows of a check's roster are shown: everyone, only those marked (absent, late or
//! excused), or only the absent. A class of fifty is too long to scan for the few marked, so
//! the roster offers these views with their counts.

use crate::attendance::marks::Mark;
use crate::book::RecordId;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum RosterFilter {
    #[default]
    All,
    /// Anyone with a mark: on a check, every mark is an exception (absent, late, excused).
    Marked,
    Absent,
}

impl RosterFilter {
    pub const ALL: [RosterFilter; 3] = [RosterFilter::All, RosterFilter::Marked, RosterFilter::Absent];

    /// A stable word for the filter (test ids, data attributes), whatever the language.
    pub fn word(self) -> &'static str {
        match self {
            RosterFilter::All => "all",
            RosterFilter::Marked => "marked",
            RosterFilter::Absent => "absent",
        }
    }

    /// Whether a person with this mark (`None`: not marked, so there) is shown.
    pub fn keeps(self, mark: Option<Mark>) -> bool {
        match self {
            RosterFilter::All => true,
            // A `present` mark (a merged list may hold one) is no exception on a check.
            RosterFilter::Marked => mark.is_some_and(|m| m != Mark::Present),
            RosterFilter::Absent => mark == Some(Mark::Absent),
        }
    }
}

/// How many of `roster` each filter shows, in the order of [`RosterFilter::ALL`]; `mark_of`
/// gives a person's mark on the check.
pub fn filter_counts(roster: &[RecordId], mark_of: impl Fn(RecordId) -> Option<Mark>) -> [usize; 3] {
    let mut counts = [0; 3];
    for person in roster {
        let mark = mark_of(*person);
        for (i, filter) in RosterFilter::ALL.into_iter().enumerate() {
            counts[i] += usize::from(filter.keeps(mark));
        }
    }
    counts
}

#[cfg(test)]
#[path = "roster_filter_tests.rs"]
mod tests;

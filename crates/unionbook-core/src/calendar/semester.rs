use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// One half of an academic year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SemesterHalf {
    /// Autumn: August to January.
    First,
    /// Spring: February to July.
    Second,
}

/// A semester, named by the calendar year its academic year starts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Semester {
    pub start_year: i32,
    pub half: SemesterHalf,
}

impl Semester {
    /// Academic years the app accepts: wide enough for archives, narrow enough to catch typos.
    pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

    pub fn new(start_year: i32, half: SemesterHalf) -> Option<Semester> {
        Self::YEARS.contains(&start_year).then_some(Semester { start_year, half })
    }

    /// The semester a date falls in.
    pub fn containing(date: NaiveDate) -> Semester {
        let (year, month) = (date.year(), date.month());
        match month {
            8..=12 => Semester { start_year: year, half: SemesterHalf::First },
            1 => Semester { start_year: year - 1, half: SemesterHalf::First },
            _ => Semester { start_year: year - 1, half: SemesterHalf::Second },
        }
    }

    /// The calendar year the academic year ends in: 2027 for 2026–2027.
    pub fn end_year(self) -> i32 {
        self.start_year + 1
    }

    /// The first day that belongs to this semester.
    pub fn first_day(self) -> NaiveDate {
        match self.half {
            SemesterHalf::First => ymd(self.start_year, 8, 1),
            SemesterHalf::Second => ymd(self.end_year(), 2, 1),
        }
    }

    /// The last day that belongs to this semester.
    pub fn last_day(self) -> NaiveDate {
        self.next().first_day().pred_opt().expect("not the first day ever")
    }

    /// The semester after this one.
    pub fn next(self) -> Semester {
        match self.half {
            SemesterHalf::First => Semester { half: SemesterHalf::Second, ..self },
            SemesterHalf::Second => Semester { start_year: self.start_year + 1, half: SemesterHalf::First },
        }
    }
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a valid calendar date")
}

#[cfg(test)]
#[path = "semester_tests.rs"]
mod tests;

//! The academic calendar: which semester a date falls in.
//!
//! Chinese universities run two semesters per academic year: the first from late August or
//! September to January, the second from February to July. A date in August belongs to the
//! coming academic year, since officers prepare recruitment before term starts.

mod semester;

pub use semester::{Semester, SemesterHalf};

/// Whether a record dated `date` belongs to `span` (first and last day); no span is all time,
/// where an undated record belongs too, and an undated one belongs to no span.
pub fn in_span(date: Option<chrono::NaiveDate>, span: Option<(chrono::NaiveDate, chrono::NaiveDate)>) -> bool {
    match (span, date) {
        (None, _) => true,
        (Some((first, last)), Some(d)) => first <= d && d <= last,
        (Some(_), None) => false,
    }
}

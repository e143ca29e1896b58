//! The academic calendar: which semester a date falls in.
//!
//! Chinese universities run two semesters per academic year: the first from late August or
//! September to January, the second from February to July. A date in August belongs to the
//! coming academic year, since officers prepare recruitment before term starts.

mod semester;

pub use semester::{Semester, SemesterHalf};

//! Evening self-study checks: `model` (a check, its figures, its form, its marks), `rates`
//! (rates per class, week and month; repeat absentees) and `roster_filter` (which of a check's
//! rows are shown: everyone, the marked, the absent) are pure; the pages sit beside them:
//! `pages` the overview, `check_page` one check with its `roster` to mark, `trend` the chart.

pub mod model;
pub mod rates;
pub mod roster_filter;
pub mod sample;

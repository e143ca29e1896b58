//! Evening self-study checks: `model` (a check, its figures, its form, its marks) and `rates`
//! (rates per class, week and month; repeat absentees) are pure; the pages sit beside them:
//! `pages` the overview, `check_page` one check with its `roster` to mark, `trend` the chart.

pub mod model;
pub mod rates;
pub mod sample;

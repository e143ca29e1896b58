//! Evening self-study checks: `model` (a check, its figures, its form, its marks) and `rates`
//! (rates per class, week and month; repeat absentees) are pure; the pages sit beside them:
//! `pages` the overview, `check_page` one check with its `roster` to mark (its rows and views in
//! `roster_row`), `trend` the chart.

pub use unionbook_core::attendance::self_study::*;

mod check_page;
mod pages;
mod roster;
mod roster_row;
mod trend;

pub use check_page::SelfStudyCheckPage;
pub use pages::SelfStudyPage;

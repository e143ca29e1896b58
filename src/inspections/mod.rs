//! The Inspections area: dormitory buildings and rooms, the union's rubrics, inspection rounds
//! scored in the corridor, their rankings and trends, and the dormitory culture appraisal.
//! Pure: `model` (the kinds, buildings, rooms, rounds), `rubric` (items, deductions, veto
//! items, bands: what a room's scores come to), `results` (rankings, trends, rooms to fix,
//! the notice), `appraisal`; the pages beside them.

pub use unionbook_core::inspections::*;

mod appraisal_pages;
mod pages;
mod place_views;
mod places_pages;
mod results_view;
mod round_page;
mod rubric_pages;
mod score_page;
mod trend_view;

pub use appraisal_pages::{AppraisalPage, AppraisalsPage};
pub use pages::InspectionsPage;
pub use places_pages::{BuildingPage, BuildingsPage, RoomPage};
pub use round_page::InspectionRoundPage;
pub use rubric_pages::{RubricPage, RubricsPage};
pub use score_page::ScorePage;

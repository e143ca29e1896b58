//! The Inspections area: dormitory buildings and rooms, the union's rubrics, inspection rounds
//! scored in the corridor, their rankings and trends, and the dormitory culture appraisal.
//! Pure: `model` (the kinds, buildings, rooms, rounds), `rubric` (items, deductions, veto
//! items, bands: what a room's scores come to), `results` (rankings, trends, rooms to fix,
//! the notice), `appraisal`; the pages beside them.

pub mod appraisal;
mod appraisal_pages;
pub mod corridor;
pub mod model;
pub mod notice;
mod pages;
mod place_views;
pub mod places;
mod places_pages;
pub mod results;
mod results_view;
pub mod round_drafts;
mod round_page;
pub mod rubric;
pub mod rubric_drafts;
mod rubric_pages;
pub mod sample;
mod score_page;
mod trend_view;
pub mod trends;

pub use appraisal_pages::{AppraisalPage, AppraisalsPage};
pub use pages::InspectionsPage;
pub use places_pages::{BuildingPage, BuildingsPage, RoomPage};
pub use round_page::InspectionRoundPage;
pub use rubric_pages::{RubricPage, RubricsPage};
pub use score_page::ScorePage;

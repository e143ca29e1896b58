//! The Inspections area: dormitory buildings and rooms, the union's rubrics, inspection rounds
//! scored in the corridor, their rankings and trends, and the dormitory culture appraisal.
//! Pure: `model` (the kinds, buildings, rooms, rounds), `rubric` (items, deductions, veto
//! items, bands: what a room's scores come to), `results` (rankings, trends, rooms to fix,
//! the notice), `appraisal`; the pages beside them.

pub mod appraisal;
pub mod corridor;
pub mod model;
pub mod notice;
pub mod places;
pub mod results;
pub mod round_drafts;
pub mod rubric;
pub mod rubric_drafts;
pub mod sample;
pub mod trends;

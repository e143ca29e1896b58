//! The Activities area's pages: the list with its filters and the series, an activity (facts,
//! steps, attendance, partners, publicity, checklist), a series with its editions, and "coming
//! up" for Home.

mod activity_page;
mod attendance;
mod choices;
mod coming_up;
mod facts_form;
mod labels;
mod led_by;
mod list_page;
mod partners;
mod publicity;
mod series_page;
mod stepper;

pub use activity_page::ActivityPage;
pub use coming_up::ComingUp;
pub use led_by::ActivitiesLedBy;
pub use list_page::ActivitiesPage;
pub use series_page::SeriesPage;

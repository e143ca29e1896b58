//! The Activities area: activities through their lifecycle, series and editions, partners,
//! publicity, checklists; "coming up" on Home. Pure: `model` (the kinds, activities, lists,
//! participants), `lifecycle` (the status machine and its dates), `series` (editions in
//! order, figures), `partners` (partners, publicity, safe links), `drafts` (the forms'
//! checks); the pages beside them.

pub use unionbook_core::activities::*;

mod pages;

pub use pages::{ActivitiesLedBy, ActivitiesPage, ActivityPage, ComingUp, SeriesPage};

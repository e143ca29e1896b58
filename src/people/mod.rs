//! Organisation and people: units (ministries, associations) and members.
//! `model` is pure and tested on the host; the pages beside it display and collect.

mod labels;
mod member_form;
pub mod model;
mod page;
mod unit_form;

pub use labels::field_name;
pub use member_form::MemberFormPage;
pub use page::PeoplePage;
pub use unit_form::UnitFormPage;

//! Organisation and people: units (ministries, associations) and members.

pub mod model;

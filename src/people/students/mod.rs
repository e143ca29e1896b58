//! The students register (see `model`): the list, a student's page, the class-list import.

pub mod model;
mod pages;
pub mod sample;

pub use pages::{StudentImportPage, StudentOfMember, StudentPage, StudentsPage};

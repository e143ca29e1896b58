//! The students register (see `model`): the list, a student's page, the class-list import
//! (`class_list`, pure like the model).

pub mod class_list;
pub mod model;
pub mod sample;

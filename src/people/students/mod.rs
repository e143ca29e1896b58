//! The students register (see `model`): the list, a student's page, the class-list import
//! (`class_list`, pure like the model).

pub use unionbook_core::people::students::*;

mod import_page;
mod list_page;
mod of_member;
mod student_page;

pub use import_page::StudentImportPage;
pub use list_page::StudentsPage;
pub use of_member::StudentOfMember;
pub use student_page::StudentPage;

//! The pieces every area's views use, below the areas and above the core: the book as a
//! signal (`book_state`), form fields and the save/error helpers, notices with undo, the page
//! title, links and the current address, the attendance list, this device's settings, the
//! language and the names of the areas. Nothing here imports an area or the shell.

pub mod areas;
pub mod attendance_list;
pub mod bar_chart;
pub mod book_state;
pub mod form;
pub mod icons;
pub mod labels;
pub mod language;
pub mod line_chart;
pub mod notice;
pub mod page_title;
pub mod pieces;
pub mod router;
pub mod routes;
pub mod settings;
pub mod stepper;
pub mod table_view;

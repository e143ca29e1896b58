//! The pieces every area's views use, below the areas and above the core: the book as a
//! signal (`book_state`), form fields and the save/error helpers, notices with undo, the page
//! title, links and the current address, the attendance list, this device's settings, the
//! language and the names of the areas; the pickers of units, members and semesters, the
//! people picker, the judging view (a selection's and the culture appraisal's), People's words
//! (positions, fields), handing an export over, and the badge every sample record carries.
//! Nothing here imports an area's views or the shell: an area's part that another area's page
//! shows is composed by the shell.

pub mod areas;
pub mod attendance_list;
pub mod bar_chart;
pub mod book_state;
pub mod drafts;
pub mod form;
pub mod hand_over;
pub mod icons;
pub mod judging_view;
pub mod labels;
pub mod language;
pub mod line_chart;
pub mod notice;
pub mod page_title;
pub mod people_labels;
pub mod people_picker;
pub mod pickers;
pub mod pieces;
pub mod quick_member;
pub mod router;
pub mod routes;
pub mod sample_badge;
pub mod settings;
pub mod stepper;
pub mod table_view;

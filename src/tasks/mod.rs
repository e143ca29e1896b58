//! Tasks shared by activities (their checklist) and meetings (their action items): the list on
//! a record's page, the open action items, and a member's own open tasks. The model is the
//! core's; the shell puts `TaskList` on the activity and meeting pages and `MemberTasks` on the
//! member page.

pub use unionbook_core::tasks::*;

mod action_items;
mod member_tasks;
mod views;
mod words;

pub use action_items::ActionItemsPage;
pub use member_tasks::MemberTasks;
pub use views::TaskList;

//! Tasks shared by activities (their checklist) and meetings (their action items): the list
//! on a record's page and the open action items. `model` is pure core (People's member page
//! reads a member's own tasks from it); `views` and `action_items` are area-level.

pub mod model;

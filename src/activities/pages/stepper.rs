//! The activity's status stepper: the shared one (`ui::stepper`) in the activity's words.

use leptos::prelude::*;

use super::labels::status_name;
use crate::activities::lifecycle::Status;
use crate::activities::model::ACTIVITY;
use crate::book::{Record, RecordId};
use crate::ui::stepper::{StepWords, Stepper as Steps};

fn words() -> StepWords<Status> {
    StepWords {
        name: status_name,
        leave: || tr!(activities.cancel),
        restore: |s| tr!(activities.restore, status = status_name(s)),
        left_on: |date| tr!(activities.cancelled_on, date),
    }
}

fn title(r: &Record) -> String {
    r.text("title").to_owned()
}

#[component]
pub fn Stepper(id: RecordId) -> impl IntoView {
    view! { <Steps id kind=ACTIVITY words=words() name=title /> }
}

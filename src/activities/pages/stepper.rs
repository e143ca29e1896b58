//! The activity's status stepper: the shared one (`ui::stepper`) in the activity's words.

use leptos::prelude::*;

use super::labels::status_name;
use crate::activities::lifecycle::Status;
use crate::activities::model::ACTIVITY;
use crate::book::{Record, RecordId};
use crate::ui::stepper::{StepWords, Stepper as Steps};

fn words() -> StepWords<Status> {
    StepWords {
        heading: || tr!(activities.steps),
        name: status_name,
        not_yet: || tr!(activities.not_yet),
        day: || tr!(activities.step_day),
        forward: |s| tr!(activities.forward, status = status_name(s)),
        back: |s| tr!(activities.back, status = status_name(s)),
        leave: || tr!(activities.cancel),
        restore: |s| tr!(activities.restore, status = status_name(s)),
        left_on: |date| tr!(activities.cancelled_on, date),
        moved: |name, status| tr!(activities.moved, name, status),
        help: || tr!(activities.back_help),
        before_previous: |date| tr!(activities.before_previous, date),
        not_from_here: || tr!(activities.not_from_here),
    }
}

fn title(r: &Record) -> String {
    r.text("title").to_owned()
}

#[component]
pub fn Stepper(id: RecordId) -> impl IntoView {
    view! { <Steps id kind=ACTIVITY words=words() name=title /> }
}

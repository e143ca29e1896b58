//! A room's and a building's totals over the semester's rounds, drawn as a chart with its
//! figures as a table.

use leptos::prelude::*;

use crate::book::RecordId;

/// Being built (issue #10).
#[component]
pub fn RoomTrend(room: RecordId) -> impl IntoView {
    let _ = room;
}

/// Being built (issue #10).
#[component]
pub fn BuildingTrend(building: RecordId) -> impl IntoView {
    let _ = building;
}

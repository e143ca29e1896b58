//! A week of self-study checks in the sample union (see `crate::sample`).

use crate::sample::{Put, SamplePeople};

pub fn records(people: &SamplePeople, put: &mut Put<'_>) {
    let _ = (people, put);
}

//! The sample union's awards (see `crate::sample`).

use crate::sample::{Put, SamplePeople};

pub fn records(_people: &SamplePeople, _put: &mut Put<'_>) {}

//! Doing what a roster's plan says: the units it creates, the members, then their roles, each
//! written through the same checks as the unit and role forms.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::{Person, RosterPlan, UnitRef, new_unit_fields, role_draft, unit_key};
use crate::book::{RecordId, Session};
use crate::people::model::{MEMBER, UNIT};
use crate::people::roles::ROLE;

/// What applying a roster did, for the notice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Applied {
    pub new: usize,
    pub updated: usize,
    pub roles: usize,
    pub units: usize,
}

/// Applies a plan: the units it creates, the members, then their roles, each role checked by
/// the role form's rules against the book as it is by then (so a role another tab added
/// meanwhile is not doubled). `new_id` gives ids for new records.
pub fn apply(
    session: &mut Session,
    now_ms: u64,
    plan: &RosterPlan,
    today: NaiveDate,
    new_id: &mut dyn FnMut() -> RecordId,
) -> Applied {
    let mut applied = Applied::default();
    let wanted: BTreeSet<&String> = plan
        .entries
        .iter()
        .flat_map(|e| &e.roles)
        .filter_map(|r| match &r.unit {
            UnitRef::ToCreate(key) => Some(key),
            UnitRef::Known(_) => None,
        })
        .collect();
    let mut created: Vec<(String, RecordId)> = Vec::new();
    for name in &plan.missing_units {
        let key = unit_key(name);
        if let (true, Some(fields)) = (wanted.contains(&key), new_unit_fields(name)) {
            let id = new_id();
            session.write(now_ms, id, UNIT, fields);
            created.push((key, id));
            applied.units += 1;
        }
    }
    for entry in &plan.entries {
        let member = match &entry.person {
            Err(_) => continue,
            Ok(Person::New(fields)) => {
                let id = new_id();
                session.write(now_ms, id, MEMBER, fields.clone());
                applied.new += 1;
                id
            }
            Ok(Person::Known { id, changes }) => {
                let fields = changes.iter().map(|c| (c.field.clone(), c.becomes.clone()));
                if session.write(now_ms, *id, MEMBER, fields) {
                    applied.updated += 1;
                }
                *id
            }
        };
        let mut gave_a_role = false;
        for role in entry.roles.iter().filter(|r| !r.already_held) {
            let unit = match &role.unit {
                UnitRef::Known(id) => Some(*id),
                UnitRef::ToCreate(key) => created.iter().find(|(k, _)| k == key).map(|(_, id)| *id),
            };
            let Some(unit) = unit else { continue };
            if let Ok(fields) = role_draft(member, unit, role.position, today).validate(session.book()) {
                session.write(now_ms, new_id(), ROLE, fields);
                applied.roles += 1;
                gave_a_role = true;
            }
        }
        // A known member whose only change is a role is updated too.
        if gave_a_role && matches!(&entry.person, Ok(Person::Known { changes, .. }) if changes.is_empty()) {
            applied.updated += 1;
        }
    }
    applied
}

//! Old files keep importing: each step lifts a file one format version, as plain JSON, before
//! validation. Add a step (and its test) whenever FORMAT_VERSION goes up.

use serde_json::{Map, Value, json};

/// Lifts `file` from `version` to the current version, step by step.
pub fn to_current(mut file: Value, version: u64) -> Value {
    if version < 2 {
        file = v1_to_v2(file);
    }
    file
}

/// Version 1 kept one stamp per record (`updated_at`) and a `deleted` flag beside the fields,
/// and named the exporting device at the top level. Version 2 stamps each field, carries
/// deletion as a field, and says which selection the file holds.
fn v1_to_v2(file: Value) -> Value {
    let Value::Object(mut top) = file else {
        return file;
    };
    top.insert("version".into(), json!(2));
    let device = top.remove("device").unwrap_or(Value::Null);
    let officer = top.remove("officer").unwrap_or_else(|| json!(""));
    top.insert("exported_by".into(), json!({ "device": device, "officer": officer }));
    top.entry("selection").or_insert_with(|| json!({ "what": "all" }));
    if let Some(Value::Array(records)) = top.get_mut("records") {
        for record in records.iter_mut() {
            if let Value::Object(r) = record {
                lift_record(r);
            }
        }
    }
    Value::Object(top)
}

fn lift_record(r: &mut Map<String, Value>) {
    if let Some(at) = r.remove("updated_at") {
        r.insert("at".into(), at);
    }
    if let Some(Value::Bool(true)) = r.remove("deleted") {
        if let Some(Value::Object(fields)) = r.get_mut("fields") {
            fields.insert("deleted".into(), json!(true));
        }
    }
}

#[cfg(test)]
#[path = "migrate_tests.rs"]
mod tests;

//! The reference data set's money: 2,000 entries over four years in the app's own kinds —
//! mostly expenses (a quarter advanced by members, those of the last weeks not yet paid back),
//! the college's allocations, and sponsorships at every step, cash and in kind — and a budget
//! for each of the first hundred activities, its id derived from the activity as the app does.

use serde_json::json;

use super::inspections::Put;
use super::{Book, MONEY_ENTRIES, RecordId, SeededEntropy};

use crate::money::model::{CATEGORIES, SPONSOR_STATUSES as STATUSES, Scope};

pub fn write(
    book: &mut Book,
    rng: &mut SeededEntropy,
    put: &mut Put,
    units: &[RecordId],
    activities: &[RecordId],
    members: &[RecordId],
) {
    for (i, activity) in activities.iter().take(100).enumerate() {
        let lines = CATEGORIES.iter().take(4).map(|c| (*c, json!(((i as i64 % 7) + 1) * 20_000)));
        let mut fields = vec![("activity", json!(activity.to_string()))];
        fields.extend(lines);
        put(book, rng, Some(Scope::Activity { activity: *activity }.budget_id()), "budget", fields);
    }
    for i in 0..MONEY_ENTRIES {
        let date = format!("{}-{:02}-{:02}", 2021 + i / 500, 1 + i % 12, 1 + i % 28);
        let unit = json!(units[i % units.len()].to_string());
        let amount = ((rng.next_u64() % 50_000) + 100) as i64;
        match i % 10 {
            0 => {
                let fields = vec![
                    ("date", json!(date)),
                    ("amount", json!(amount * 20)),
                    ("source", json!("学院学生活动经费拨款")),
                    ("unit", unit),
                ];
                put(book, rng, None, "income", fields);
            }
            1 => {
                let status = STATUSES[i / 10 % STATUSES.len()];
                let fields = vec![
                    ("sponsor", json!(format!("赞助企业{}", i / 10))),
                    ("contact", json!("王经理")),
                    ("form", json!(if i % 30 == 1 { "in_kind" } else { "cash" })),
                    ("amount", json!(amount * 10)),
                    ("activity", json!(activities[i % activities.len()].to_string())),
                    ("unit", unit),
                    ("status", json!(status)),
                    ("contacting_on", json!(date)),
                    ("received_on", if matches!(status, "received" | "fulfilled") { json!(date) } else { json!(null) }),
                    ("promise_logo", json!(if status == "fulfilled" { "done" } else { "owed" })),
                ];
                put(book, rng, None, "sponsorship", fields);
            }
            _ => {
                let advanced = i % 4 == 0;
                let mut fields = vec![
                    ("date", json!(date)),
                    ("amount", json!(amount)),
                    ("category", json!(CATEGORIES[i % CATEGORIES.len()])),
                    ("what", json!("海报打印费用")),
                    ("unit", unit),
                    ("activity", json!(activities[i % activities.len()].to_string())),
                    ("payee", json!("校园快印店")),
                    ("paid_by", json!(if advanced { "member" } else { "union" })),
                    ("receipt_number", json!(format!("FP-{i:06}"))),
                    ("receipt_filed", json!(i % 3 != 0)),
                ];
                if advanced {
                    fields.push(("advanced_by", json!(members[i % members.len()].to_string())));
                    if i < MONEY_ENTRIES - 100 {
                        fields.push(("reimbursed_on", json!(date)));
                    }
                }
                put(book, rng, None, "expense", fields);
            }
        }
    }
}

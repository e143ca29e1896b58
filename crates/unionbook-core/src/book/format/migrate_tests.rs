use super::*;

#[test]
fn v1_files_become_v2() {
    let v1 = json!({
        "format": "unionbook", "version": 1, "exported_at": "2026-09-01T08:00:00Z",
        "device": "0000000000000009", "officer": "李华",
        "records": [
            { "id": "0000000000000021", "kind": "unit", "updated_at": "1.0.0000000000000009",
              "fields": { "name_zh": "生活部" } },
            { "id": "0000000000000022", "kind": "unit", "updated_at": "2.0.0000000000000009",
              "deleted": true, "fields": { "name_zh": "旧部门" } }
        ]
    });
    let v2 = to_current(v1, 1);
    assert_eq!(v2["version"], json!(2));
    assert_eq!(v2["exported_by"], json!({ "device": "0000000000000009", "officer": "李华" }));
    assert_eq!(v2["selection"], json!({ "what": "all" }));
    assert_eq!(v2["records"][0]["at"], json!("1.0.0000000000000009"));
    assert_eq!(v2["records"][1]["fields"]["deleted"], json!(true));
    assert!(v2["records"][1].get("updated_at").is_none());
}

#[test]
fn current_files_pass_unchanged() {
    let v2 = json!({ "format": "unionbook", "version": 2, "records": [] });
    assert_eq!(to_current(v2.clone(), 2), v2);
}

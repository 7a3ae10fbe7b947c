//! The README's event file reference names every key the schema knows
//! (as `key`, `key = …` or a `[key…]` table).

mod common;

use common::tarjama;
use serde_json::Value;

/// Every property name of the schema, top level and in its definitions.
fn keys(v: &Value, out: &mut Vec<String>) {
    if let Some(props) = v.get("properties").and_then(Value::as_object) {
        out.extend(props.keys().cloned());
    }
    for defs in ["$defs", "definitions"] {
        if let Some(d) = v.get(defs).and_then(Value::as_object) {
            for def in d.values() {
                keys(def, out);
            }
        }
    }
}

#[test]
fn every_event_key_is_documented() {
    let o = tarjama(&["schema"]);
    assert!(o.status.success());
    let schema: Value = serde_json::from_slice(&o.stdout).unwrap();
    let mut all = Vec::new();
    keys(&schema, &mut all);
    assert!(all.len() > 30, "{all:?}");
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let reference = &readme[readme.find("### event.toml reference").unwrap()..];
    // Rules are documented in their own table, checked in src/event/rules.rs.
    let missing: Vec<&String> = all
        .iter()
        .filter(|k| {
            ![format!("`{k}`"), format!("[{k}"), format!("`{k} = ")]
                .iter()
                .any(|form| reference.contains(form.as_str()))
        })
        .collect();
    assert!(missing.is_empty(), "not in the README: {missing:?}");
}

//! `tarjama schema`: the event file's JSON Schema, for editors and CI.

/// The JSON Schema of the event file, pretty-printed.
pub fn run() -> String {
    let schema = schemars::schema_for!(crate::event::file::EventFile);
    serde_json::to_string_pretty(&schema).expect("a schema serialises")
}

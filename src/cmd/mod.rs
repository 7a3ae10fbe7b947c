//! The subcommands, one file each. The CLI in main.rs only parses
//! arguments and calls these.

pub mod build;
pub mod plan;
pub mod schema;

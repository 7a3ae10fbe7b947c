//! tarjama: concept notes and interpreter booth schedules for multilingual
//! meetings, written in every meeting language from one event file.
//!
//! Data flows one way: `event` (validated) → `plan` (interpreter rota) →
//! `compose` (documents, calendars, the rota sheet, as `doc` models, words
//! from `i18n`) → `render` (one renderer per format) → `output` (atomic
//! writes). `pipeline` runs those steps; `cmd` is the command line.

pub mod batch;
pub mod bidi_class;
pub mod check;
pub mod cmd;
pub mod compose;
pub mod diag;
pub mod doc;
pub mod event;
pub mod hygiene;
pub mod i18n;
pub mod lang;
pub mod limits;
pub mod output;
pub mod pipeline;
pub mod plan;
pub mod render;
pub mod report;
pub mod verify;

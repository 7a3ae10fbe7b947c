//! tarjama: concept notes and interpreter booth schedules for multilingual
//! meetings, written in every meeting language from one event file.

pub mod cmd;
pub mod compose;
pub mod diag;
pub mod doc;
pub mod event;
pub mod i18n;
pub mod lang;
pub mod output;
pub mod plan;
pub mod render;

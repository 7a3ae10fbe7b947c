//! tarjama: concept notes and interpreter booth schedules for multilingual
//! meetings, written in every meeting language from one event file.

pub mod doc;
pub mod render;
pub mod diag;
pub mod event;
pub mod lang;
pub mod i18n;
pub mod compose;
pub mod cmd;
pub mod output;
pub mod plan;

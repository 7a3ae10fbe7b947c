//! tarjama: concept notes and interpreter booth schedules for multilingual
//! meetings, written in every meeting language from one event file.

pub mod doc;
pub mod render;

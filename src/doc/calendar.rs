//! A calendar as composed for one reader (an interpreter): events in local
//! time of one time zone, every text already in the reader's language.

use jiff::civil::DateTime;
use jiff::Timestamp;

#[derive(Debug, Clone, PartialEq)]
pub struct Calendar {
    /// BCP 47 tag of the texts, e.g. "fr".
    pub lang: String,
    /// IANA time zone the local times are in, e.g. "Europe/Zurich".
    pub time_zone: String,
    /// When the calendar was made (DTSTAMP): never the wall clock, so the
    /// same input gives the same bytes.
    pub stamp: Timestamp,
    /// Every event's SEQUENCE: the event's `revision`. A calendar program
    /// that imported an earlier revision takes an event's new times only
    /// if its sequence is higher (RFC 5545, 3.8.7.4).
    pub sequence: u32,
    pub events: Vec<CalendarEvent>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CalendarEvent {
    /// Stable across builds of the same meeting.
    pub uid: String,
    pub start: DateTime,
    pub end: DateTime,
    pub summary: String,
    /// Lines of detail, shown one per line.
    pub description: Vec<String>,
    pub location: Option<String>,
    pub alarm: Option<Alarm>,
    /// A turn at the microphone, or the arrival (connection test) before
    /// the first one: the file says which, for `tarjama verify`.
    pub kind: EventKind,
}

/// What a calendar event is, written as `X-TARJAMA-KIND` (clients ignore
/// it): an arrival of a team that joins mid-meeting overlaps the others'
/// turns, so times alone cannot tell it from a turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    Arrival,
    Turn,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Arrival => "arrival",
            EventKind::Turn => "turn",
        }
    }
}

/// A reminder shown some minutes before an event starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Alarm {
    pub minutes_before: u32,
    pub text: String,
}

//! Sizes past which an input is not a meeting any more but a mistake (a
//! generated file gone wrong, a binary file given by error): each is an
//! error naming the limit, before the cost of building it is paid. One
//! table drives the checks and the README's list (a test keeps them equal).

use crate::diag::Diagnostic;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    EventFileBytes,
    FtlFileBytes,
    LineBytes,
    MessageBytes,
    AgendaItems,
    People,
    Interpreters,
    Hosts,
}

/// A limit's name (as errors and the README give it), maximum and meaning.
pub struct Spec {
    pub limit: Limit,
    pub key: &'static str,
    pub max: usize,
    pub what: &'static str,
    pub help: &'static str,
}

const MIB: usize = 1 << 20;

pub const LIMITS: [Spec; 8] = [
    Spec {
        limit: Limit::EventFileBytes,
        key: "event-file-bytes",
        max: 16 * MIB,
        what: "bytes in event.toml",
        help: "an event file is a few kilobytes: check that this is the right file",
    },
    Spec {
        limit: Limit::FtlFileBytes,
        key: "ftl-file-bytes",
        max: 16 * MIB,
        what: "bytes in one .ftl file",
        help: "a meeting's messages in one language are a few dozen kilobytes: check that this is the right file",
    },
    Spec {
        limit: Limit::LineBytes,
        key: "line-bytes",
        // A name, an address or a list of ids; prose is in the .ftl files
        // (a 1 MB platform name had every document lay out 1 MB of text).
        max: 64 * 1024,
        what: "bytes in one line of event.toml",
        help: "put long texts in the .ftl files; a value in the event file is a name, a time or an id",
    },
    Spec {
        limit: Limit::MessageBytes,
        key: "message-bytes",
        max: 4 * MIB,
        what: "bytes in one message",
        help: "split the text into several sections (section-<id>-body messages)",
    },
    Spec {
        limit: Limit::AgendaItems,
        key: "agenda-items",
        max: 2_000,
        what: "agenda items",
        help: "a meeting's agenda has a few dozen items: split it into several meetings",
    },
    Spec {
        limit: Limit::People,
        key: "people",
        max: 50_000,
        what: "[people.*] tables",
        help: "list the speakers and moderators only; participants need no table",
    },
    Spec {
        limit: Limit::Interpreters,
        key: "interpreters",
        max: 300,
        what: "[[interpreters]]",
        help: "a meeting's booths hold a few interpreters each: split it into several meetings",
    },
    Spec {
        limit: Limit::Hosts,
        key: "hosts",
        max: 100,
        what: "[[hosts]]",
        help: "name the hosting organisations only",
    },
];

pub fn spec(limit: Limit) -> &'static Spec {
    LIMITS
        .iter()
        .find(|s| s.limit == limit)
        .expect("every limit is in the table")
}

/// An error if `count` is over `limit`.
pub fn over(limit: Limit, count: usize) -> Option<Diagnostic> {
    let s = spec(limit);
    (count > s.max).then(|| {
        Diagnostic::error(format!(
            "{} {}, more than tarjama's limit of {} (limit `{}`)",
            group(count),
            s.what,
            group(s.max),
            s.key
        ))
        .help(s.help)
    })
}

/// 16777216 → "16,777,216".
fn group(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn over_the_limit_names_it() {
        assert!(over(Limit::AgendaItems, 2_000).is_none());
        let d = over(Limit::AgendaItems, 5_000).unwrap();
        assert_eq!(
            d.message,
            "5,000 agenda items, more than tarjama's limit of 2,000 (limit `agenda-items`)"
        );
        assert!(d.help.is_some());
    }

    #[test]
    fn readme_lists_every_limit() {
        let readme =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
        for s in &LIMITS {
            let row = format!("| `{}` | {} |", s.key, group(s.max));
            assert!(readme.contains(&row), "README lacks the row {row:?}");
        }
    }
}

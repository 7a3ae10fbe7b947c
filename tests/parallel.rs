//! A parallel build is the serial build, byte for byte: every file of the
//! example meeting and of the two test meetings, rendered on rayon's pool
//! and on one thread, in every format.

mod common;

use std::path::Path;

use tarjama::pipeline;
use tarjama::render::{Resources, RENDERERS};

fn same_bytes_in_parallel(event: &Path) {
    let m = common::load(event, None);
    let outputs = pipeline::compose(&m);
    let res = Resources::default();
    let serial = pipeline::render_serial(&outputs, &RENDERERS, &res).expect("renders");
    // Several rounds: a race would show as a difference in one of them.
    for round in 0..3 {
        let parallel = pipeline::render(&outputs, &RENDERERS, &res).expect("renders");
        assert_eq!(parallel.len(), serial.len());
        for (p, s) in parallel.iter().zip(&serial) {
            assert_eq!(p.name, s.name, "round {round}: files in another order");
            assert!(
                p.bytes == s.bytes,
                "round {round}: {} differs between the parallel and the serial build",
                p.name
            );
        }
    }
    assert!(serial.iter().any(|f| f.name.ends_with(".pdf")));
}

#[test]
fn example_in_parallel_is_the_serial_build() {
    same_bytes_in_parallel(Path::new(common::EXAMPLE));
}

#[test]
fn test_meetings_in_parallel_are_the_serial_build() {
    for e in ["tests/events/imrf-2022", "tests/events/date-tbc"] {
        same_bytes_in_parallel(Path::new(e));
    }
}

/// Shaping and layout are memoised per font set, pictures per process: each
/// PDF drawn with a cache warmed by every document of the meeting (twice
/// over) is the PDF drawn with a cold one, alone.
#[test]
fn a_warm_layout_cache_draws_what_a_cold_one_draws() {
    let m = common::load(Path::new(common::EXAMPLE), None);
    let outputs = pipeline::compose(&m);
    let warm = Resources::default();
    pipeline::render_serial(&outputs, &RENDERERS, &warm).expect("renders");
    let warmed = pipeline::render_serial(&outputs, &RENDERERS, &warm).expect("renders");
    let pdf = tarjama::render::by_name("pdf").unwrap();
    let empty = tempfile::tempdir().unwrap();
    let mut compared = 0;
    for o in outputs.iter().filter(|o| pdf.accepts(&o.model)) {
        // A font set of its own: its caches start empty.
        let cold = Resources {
            fonts: tarjama::render::pdf::FontSet::from_dir(empty.path()).unwrap(),
        };
        let bytes = pdf.render(&o.model, &cold).expect("renders");
        let name = format!("{}.pdf", o.stem);
        let w = warmed
            .iter()
            .find(|f| f.name.ends_with(&name))
            .expect("built");
        assert!(
            w.bytes == bytes,
            "{name} differs when drawn with a warm cache"
        );
        compared += 1;
    }
    assert!(compared >= 8, "only {compared} PDFs compared");
}

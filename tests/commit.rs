//! The real binary and its output folder: a build killed half-way through
//! its commit leaves a folder the next build restores; a narrower rebuild
//! removes the earlier build's files and only those; modes follow the umask;
//! batch builds write OUT/<event id>/ and report failing events without
//! stopping the others.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::Command;

use common::Scratch;

/// Every file below `dir` (bookkeeping included) with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for e in fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let name = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
                out.insert(name, fs::read(&p).unwrap());
            }
        }
    }
    walk(dir, dir, &mut out);
    out
}

fn documents(snap: &BTreeMap<String, Vec<u8>>) -> Vec<&str> {
    snap.keys()
        .map(String::as_str)
        .filter(|n| !tarjama::output::is_bookkeeping(n))
        .collect()
}

fn build_with(s: &Scratch, args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tarjama"));
    cmd.args([
        "build",
        s.event.to_str().unwrap(),
        "--out",
        s.out.to_str().unwrap(),
    ])
    .args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

#[test]
fn a_build_killed_in_its_commit_is_undone_by_the_next() {
    let s = Scratch::example();
    let args = ["--format", "csv,ics,txt"];
    assert!(build_with(&s, &args, &[]).status.success());
    let before = snapshot(&s.out);
    // The meeting changes; the next build is killed after a few renames.
    s.edit("event.toml", "platform = \"Zoom\"", "platform = \"Webex\"");
    for kill_at in [1, 2, 5, 9] {
        let out = build_with(
            &s,
            &args,
            &[("TARJAMA_TEST_FAULT", &format!("kill:{kill_at}"))],
        );
        assert!(
            !out.status.success(),
            "the fault hook did not stop the build"
        );
        let mid = snapshot(&s.out);
        assert_ne!(
            documents(&mid),
            Vec::<&str>::new(),
            "a killed build emptied the folder"
        );
        // The next build first restores the previous set, then writes.
        let failed = build_with(&s, &["--lang", "xx"], &[]);
        assert_eq!(failed.status.code(), Some(2));
        let dir = s.out.join(".tarjama-journal");
        assert!(dir.exists(), "a bad-input build does not touch the folder");
        // A real build into the folder: restore, then commit the new set.
        let ok = build_with(&s, &args, &[]);
        assert!(
            ok.status.success(),
            "{}",
            String::from_utf8_lossy(&ok.stderr)
        );
        let after = snapshot(&s.out);
        assert!(after
            .keys()
            .all(|k| !k.ends_with(".part") && !k.contains("previous")));
        assert!(!s.out.join(".tarjama-journal").exists());
        let rota = String::from_utf8_lossy(&after["rota.csv"]).into_owned();
        assert_eq!(documents(&after), documents(&before));
        assert!(!rota.is_empty());
        // Back to the first meeting for the next round.
        s.edit("event.toml", "platform = \"Webex\"", "platform = \"Zoom\"");
        assert!(build_with(&s, &args, &[]).status.success());
        assert_eq!(snapshot(&s.out), before, "kill at {kill_at}");
        s.edit("event.toml", "platform = \"Zoom\"", "platform = \"Webex\"");
    }
}

#[test]
fn a_killed_build_is_restored_to_the_previous_set() {
    let s = Scratch::example();
    let args = ["--format", "csv,ics"];
    assert!(build_with(&s, &args, &[]).status.success());
    let before = snapshot(&s.out);
    s.edit(
        "event.toml",
        "start = \"15:30\"\nkind = \"qa\"",
        "start = \"15:35\"\nkind = \"qa\"",
    );
    let out = build_with(&s, &args, &[("TARJAMA_TEST_FAULT", "kill:6")]);
    assert!(!out.status.success());
    assert_ne!(snapshot(&s.out), before, "the kill left a mix, as it would");
    // The next build starts by putting the previous set back; this one
    // then fails at its first rename, so the folder must be that set.
    let _ = build_with(&s, &args, &[("TARJAMA_TEST_FAULT", "fail:1")]);
    let mut restored = snapshot(&s.out);
    restored.remove(".tarjama.lock");
    let mut want = before.clone();
    want.remove(".tarjama.lock");
    assert_eq!(
        restored.keys().collect::<Vec<_>>(),
        want.keys().collect::<Vec<_>>()
    );
    assert_eq!(restored, want);
}

#[test]
fn a_narrower_rebuild_leaves_no_file_of_the_wider_one() {
    let s = Scratch::example();
    assert!(build_with(&s, &["--format", "docx,csv,ics"], &[])
        .status
        .success());
    fs::write(s.out.join("notes.txt"), b"mine").unwrap();
    assert!(s.out.join("concept-note.fr.docx").exists());
    let out = build_with(&s, &["--format", "docx,csv,ics", "--lang", "en,ar"], &[]);
    assert!(out.status.success());
    // Each removed file is said, and only those.
    let said = String::from_utf8_lossy(&out.stdout);
    let removed: Vec<&str> = said.lines().filter(|l| l.starts_with("removed ")).collect();
    assert!(
        removed.iter().any(|l| l.contains("concept-note.fr.docx")
            && l.ends_with("(the previous build wrote it; this one does not)")),
        "{said}"
    );
    assert!(
        removed.iter().any(|l| l.contains("calendar/ES-2.ics")),
        "{said}"
    );
    assert!(
        !removed
            .iter()
            .any(|l| l.contains(".ar.") || l.contains("notes.txt")),
        "{said}"
    );
    let snap = snapshot(&s.out);
    let docs = documents(&snap);
    assert!(
        !docs
            .iter()
            .any(|n| n.contains(".fr.") || n.contains(".es.")),
        "{docs:?}"
    );
    assert!(
        !docs
            .iter()
            .any(|n| n.starts_with("calendar/FR") || n.starts_with("calendar/ES")),
        "{docs:?}"
    );
    assert!(docs.contains(&"concept-note.ar.docx"));
    assert_eq!(fs::read(s.out.join("notes.txt")).unwrap(), b"mine");
}

#[cfg(unix)]
#[test]
fn modes_follow_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    for (umask, want) in [("022", 0o644), ("077", 0o600), ("002", 0o664)] {
        let s = Scratch::example();
        let script =
            format!("umask {umask} && exec \"$0\" build \"$1\" --out \"$2\" --format csv,ics");
        let out = Command::new("sh")
            .args(["-c", &script, env!("CARGO_BIN_EXE_tarjama")])
            .arg(&s.event)
            .arg(&s.out)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        for f in ["rota.csv", "calendar/AR-1.ics"] {
            let mode = fs::metadata(s.out.join(f)).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, want, "{f} under umask {umask}");
        }
    }
}

#[test]
fn a_batch_builds_every_event_and_reports_the_failing_one() {
    let tmp = tempfile::tempdir().unwrap();
    let events = tmp.path().join("events");
    let copy = |name: &str, src: &str| {
        let d = events.join(name);
        fs::create_dir_all(&d).unwrap();
        for e in fs::read_dir(src).unwrap() {
            let p = e.unwrap().path();
            fs::copy(&p, d.join(p.file_name().unwrap())).unwrap();
        }
        d
    };
    copy("a-example", common::EXAMPLE);
    let b = copy("b-odd-id", common::EXAMPLE);
    let t = fs::read_to_string(b.join("event.toml")).unwrap();
    fs::write(
        b.join("event.toml"),
        t.replacen("id = \"gcm-talk-2023\"", "id = \"../Talk 2023/..\"", 1),
    )
    .unwrap();
    let c = copy("c-broken", common::EXAMPLE);
    let t = fs::read_to_string(c.join("event.toml")).unwrap();
    fs::write(
        c.join("event.toml"),
        t.replacen("format = \"online\"", "format = \"onlin\"", 1),
    )
    .unwrap();
    copy("d-imrf", "tests/events/imrf-2022");
    fs::create_dir_all(events.join("not-an-event")).unwrap();
    let out = tmp.path().join("out");
    let run = Command::new(env!("CARGO_BIN_EXE_tarjama"))
        .args([
            "build",
            events.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--format",
            "csv,docx",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("built 3 of 4 events"), "{stderr}");
    assert!(
        stderr.contains("1 failed:") && stderr.contains("c-broken"),
        "{stderr}"
    );
    assert!(stderr.contains("unknown variant `onlin`"), "{stderr}");
    // No progress bar on a pipe.
    assert!(
        !stderr.contains("events ") || !stderr.contains('\u{1b}'),
        "{stderr}"
    );
    for id in ["gcm-talk-2023", "Talk-2023", "imrf-exchange-2022"] {
        assert!(
            out.join(id).join("rota.csv").is_file(),
            "{id} missing:\n{stdout}"
        );
    }
    // The odd id stayed inside the output folder.
    assert!(!tmp.path().join("Talk 2023").exists());
    let dirs: Vec<String> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(dirs.len(), 3, "{dirs:?}");
}

#[test]
fn events_whose_ids_collide_are_both_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let a = Scratch::example();
    let b = Scratch::example();
    b.edit(
        "event.toml",
        "id = \"gcm-talk-2023\"",
        "id = \"GCM-Talk-2023\"",
    );
    let out = tmp.path().join("out");
    let run = Command::new(env!("CARGO_BIN_EXE_tarjama"))
        .args([
            "build",
            a.event.to_str().unwrap(),
            b.event.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("built 0 of 2 events"), "{stderr}");
    assert!(
        stderr.contains("give each event of a batch its own id"),
        "{stderr}"
    );
    assert!(!out.join("gcm-talk-2023").exists());
}

/// Files are written beside their places while the others are still being
/// drawn: a drawing error in one document (a character no font has) after
/// others were written leaves a built folder as it was, and a fresh one
/// not made at all.
#[test]
fn a_drawing_error_after_other_files_were_written_changes_nothing() {
    let s = Scratch::example();
    assert!(s.build(&[]).status.success());
    let before = snapshot(&s.out);
    s.edit(
        "en.ftl",
        "section-rationale-heading = Rationale",
        "section-rationale-heading = Rationale \u{2603}",
    );
    let run = s.build(&[]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("no font can draw"), "{stderr}");
    assert_eq!(snapshot(&s.out), before, "{stderr}");

    let fresh = s.out.with_file_name("fresh");
    let out = Command::new(env!("CARGO_BIN_EXE_tarjama"))
        .args([
            "build",
            s.event.to_str().unwrap(),
            "--out",
            fresh.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!fresh.exists(), "a failed build made {}", fresh.display());
}

/// The README's first command: `--out out`, a relative folder that does
/// not exist yet, from the folder the user is in; a nested one; and a
/// batch (a folder of event folders). A relative path's last ancestor is
/// the empty path, which is not a folder to make.
#[test]
fn a_relative_output_folder_that_does_not_exist_is_made() {
    let s = Scratch::example();
    let cwd = s.tmp().join("work");
    fs::create_dir(&cwd).unwrap();
    let events = s.tmp();
    for (event, out, rota) in [
        (&s.event, "out", "out/rota.csv"),
        (&s.event, "a/b/out", "a/b/out/rota.csv"),
        (
            &events.to_path_buf(),
            "batch-out",
            "batch-out/gcm-talk-2023/rota.csv",
        ),
    ] {
        let o = Command::new(env!("CARGO_BIN_EXE_tarjama"))
            .current_dir(&cwd)
            .arg("build")
            .arg(event)
            .args(["--out", out, "--format", "csv,ics"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert!(o.status.success(), "{out}: {stderr}");
        assert!(cwd.join(rota).is_file(), "{out}: {stderr}");
    }
}

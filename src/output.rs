//! Writing output files atomically: every file goes to a temporary file in
//! the output folder first and is renamed into place only when complete, so
//! no reader ever sees a half-written document.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;

/// A file to write: its name inside the output folder and its bytes.
#[derive(Debug, Clone)]
pub struct OutputFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Writes all `files` into `dir`. Each is first written in full to a
/// temporary file beside its target and then renamed over it.
pub fn write_all(dir: &Path, files: &[OutputFile]) -> Result<Vec<PathBuf>, Box<Diagnostic>> {
    let mut temps = Vec::new();
    for f in files {
        let target = dir.join(&f.name);
        let parent = target.parent().unwrap_or(dir);
        std::fs::create_dir_all(parent).map_err(|e| io_error(parent, e))?;
        let mut tmp = tempfile::Builder::new()
            .prefix(".tarjama-")
            .suffix(".part")
            .tempfile_in(parent)
            .map_err(|e| io_error(parent, e))?;
        tmp.write_all(&f.bytes)
            .and_then(|_| tmp.as_file().sync_all())
            .map_err(|e| io_error(&target, e))?;
        temps.push((tmp, target));
    }
    // Only once every file is complete does any of them replace its target.
    let mut written = Vec::new();
    for (tmp, target) in temps {
        tmp.persist(&target)
            .map_err(|e| io_error(&target, e.error))?;
        written.push(target);
    }
    Ok(written)
}

fn io_error(path: &Path, e: std::io::Error) -> Box<Diagnostic> {
    Box::new(
        Diagnostic::error(format!("cannot write {}: {e}", path.display()))
            .help("check that the output folder is writable and the disk is not full"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_files_and_leaves_no_temporaries() {
        let dir = tempfile::tempdir().unwrap();
        let files = vec![
            OutputFile {
                name: "a.txt".into(),
                bytes: b"one".to_vec(),
            },
            OutputFile {
                name: "sub/b.txt".into(),
                bytes: b"two".to_vec(),
            },
        ];
        write_all(dir.path(), &files).unwrap();
        assert_eq!(std::fs::read(dir.path().join("a.txt")).unwrap(), b"one");
        assert_eq!(std::fs::read(dir.path().join("sub/b.txt")).unwrap(), b"two");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".part"))
            .collect();
        assert!(leftovers.is_empty());
    }
}

//! Writing a build's files into its output folder as one set: a reader
//! finds either the previous complete set or the new one, never a mix, also
//! when a rename fails half-way, when the process is killed, or when two
//! builds aim at one folder.
//!
//! How: under a lock (`.tarjama.lock`), every file is first written in full
//! to a `.tarjama-*.part` file beside its target; every destination is
//! checked; a journal (`.tarjama-journal`) lists what the commit will do;
//! each target replaced and each stale file is moved to `.tarjama-previous/`
//! before its new version is renamed in. Removing the journal is the commit
//! point. On failure, and in the next build after a kill, the journal is
//! played backwards. A manifest (`.tarjama-manifest`) names the files the
//! build wrote, so that the next build removes those of its own it no longer
//! writes, and nothing else.

use std::collections::BTreeSet;
use std::fs::{self, File};
use std::io::Write;
use std::path::{Component, Path, PathBuf};

use crate::diag::Diagnostic;

/// A file to write: its name inside the output folder and its bytes.
#[derive(Debug, Clone)]
pub struct OutputFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

const LOCK: &str = ".tarjama.lock";
const MANIFEST: &str = ".tarjama-manifest";
const JOURNAL: &str = ".tarjama-journal";
const PREVIOUS: &str = ".tarjama-previous";
const PART_PREFIX: &str = ".tarjama-";
const PART_SUFFIX: &str = ".part";

/// Whether `name` (a file or folder name in an output folder) is one of
/// tarjama's own bookkeeping files rather than a document.
pub fn is_bookkeeping(name: &str) -> bool {
    name.starts_with(".tarjama")
}

/// Why a set was not written, and whether the folder is as it was.
#[derive(Debug)]
pub struct WriteError {
    pub diagnostic: Box<Diagnostic>,
    /// False only when a failed commit could not be undone: the folder may
    /// hold a mix until the next build into it restores the previous set.
    pub unchanged: bool,
}

/// Writes `files` into `dir` as one set (see the module's comment), and
/// removes the files the previous build into `dir` wrote that this one
/// does not. Returns the paths written.
pub fn write_set(dir: &Path, files: &[OutputFile]) -> Result<Vec<PathBuf>, WriteError> {
    let names: Vec<String> = files.iter().map(|f| f.name.clone()).collect();
    let mut stage = Stage::open(dir, names)?;
    stage.put_all(files)?;
    stage.commit()
}

/// A set being written: the folder checked and locked, each file written
/// and synced to its temporary file as it comes, then all committed at
/// once. A build stages each file as soon as it is drawn, so that the
/// disk works while the other files are drawn. Dropped before the commit,
/// it removes its temporary files, and the folders and lock file it made.
pub struct Stage {
    dir: PathBuf,
    /// The set's file names, in order; `temps` holds each one's file.
    names: Vec<String>,
    temps: Vec<Option<tempfile::NamedTempFile>>,
    /// Made once the folder is locked, while the documents are still
    /// drawn: the previous build's files this one does not write, the new
    /// manifest, and the journal, all written and synced, not yet in place.
    stale: Vec<String>,
    manifest: Option<tempfile::NamedTempFile>,
    journal: Option<tempfile::NamedTempFile>,
    lock: Option<File>,
    fault: Fault,
    /// Folders this build made, outermost first, and whether it made the
    /// lock file: what a set given up would leave behind otherwise.
    made: Vec<PathBuf>,
    made_lock: bool,
    committed: bool,
}

impl Stage {
    /// Checks the names, makes and locks `dir`, puts back what an
    /// interrupted build left, and checks that each file can take its place.
    pub fn open(dir: &Path, names: Vec<String>) -> Result<Stage, WriteError> {
        let mut stage = Stage {
            dir: dir.to_path_buf(),
            temps: names.iter().map(|_| None).collect(),
            names,
            stale: Vec::new(),
            manifest: None,
            journal: None,
            lock: None,
            fault: Fault::from_env(),
            made: Vec::new(),
            made_lock: false,
            committed: false,
        };
        stage.prepare().map_err(unchanged)?;
        Ok(stage)
    }

    fn prepare(&mut self) -> Result<(), Box<Diagnostic>> {
        for name in &self.names {
            check_name(name)?;
        }
        let dir = self.dir.clone();
        self.make_dirs(&dir)?;
        self.made_lock = !dir.join(LOCK).exists();
        self.lock = Some(lock(&dir)?);
        recover(&dir).map_err(|e| {
            Box::new(
                Diagnostic::error(format!(
                    "cannot restore {} after an interrupted build: {e}",
                    dir.display()
                ))
                .help("check that the folder is writable; the journal .tarjama-journal is kept for the next build"),
            )
        })?;
        for name in &self.names {
            check_destination(&dir, name)?;
        }
        self.stage_bookkeeping()
    }

    /// The stale files, the manifest and the journal (see the fields).
    /// Under the lock, with an interrupted build's files put back, the
    /// folder holds what the commit will find.
    fn stage_bookkeeping(&mut self) -> Result<(), Box<Diagnostic>> {
        let dir = &self.dir;
        let names: BTreeSet<&str> = self.names.iter().map(String::as_str).collect();
        self.stale = read_manifest(dir)
            .into_iter()
            .filter(|n| !names.contains(n.as_str()) && check_name(n).is_ok())
            .filter(|n| fs::symlink_metadata(dir.join(n)).is_ok_and(|m| m.is_file()))
            .collect();
        self.manifest = Some(temp_with(dir, MANIFEST, manifest_text(&names).as_bytes())?);
        // The journal says, before anything moves, how to undo every step.
        let mut journal = String::new();
        for name in self.names.iter().map(String::as_str).chain([MANIFEST]) {
            let kind = if dir.join(name).exists() {
                "replace"
            } else {
                "new"
            };
            journal.push_str(&format!("{kind}\t{name}\n"));
        }
        for name in &self.stale {
            journal.push_str(&format!("stale\t{name}\n"));
        }
        self.journal = Some(temp_with(dir, JOURNAL, journal.as_bytes())?);
        Ok(())
    }

    /// Makes `path` and the folders above it that are missing, noting
    /// each one made.
    fn make_dirs(&mut self, path: &Path) -> Result<(), Box<Diagnostic>> {
        // A relative path's last ancestor is the empty path, which is the
        // working folder, not one to make.
        let missing: Vec<&Path> = path
            .ancestors()
            .take_while(|p| !p.as_os_str().is_empty() && !p.exists())
            .collect();
        for p in missing.into_iter().rev() {
            match fs::create_dir(p) {
                Ok(()) => self.made.push(p.to_path_buf()),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(io_error(p, e, NOTHING_CHANGED)),
            }
        }
        Ok(())
    }

    /// Writes file `i` of the set (`names[i]`) to its temporary file.
    pub fn put(&mut self, i: usize, bytes: &[u8]) -> Result<(), WriteError> {
        let target = self.dir.join(&self.names[i]);
        self.make_dirs(target.parent().unwrap_or(&target))
            .map_err(unchanged)?;
        self.temps[i] = Some(temp_with(&self.dir, &self.names[i], bytes).map_err(unchanged)?);
        Ok(())
    }

    /// `put` for every file, side by side, a thread each: a thread mostly
    /// waits on the disk.
    fn put_all(&mut self, files: &[OutputFile]) -> Result<(), WriteError> {
        for f in files {
            let target = self.dir.join(&f.name);
            self.make_dirs(target.parent().unwrap_or(&target))
                .map_err(unchanged)?;
        }
        let dir = &self.dir;
        let written: Vec<_> = std::thread::scope(|s| {
            let threads: Vec<_> = files
                .iter()
                .map(|f| s.spawn(move || temp_with(dir, &f.name, &f.bytes)))
                .collect();
            threads
                .into_iter()
                .map(|t| {
                    t.join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                })
                .collect()
        });
        // The first failure in file order, whichever thread met it first.
        for (i, temp) in written.into_iter().enumerate() {
            self.temps[i] = Some(temp.map_err(unchanged)?);
        }
        Ok(())
    }

    /// Moves every file of the set into place (see the module's comment)
    /// and removes the previous build's files this one does not write.
    /// Returns the paths written.
    /// The files of the previous build that the commit removes: those its
    /// manifest lists and this build does not write.
    pub fn stale(&self) -> Vec<PathBuf> {
        self.stale.iter().map(|n| self.dir.join(n)).collect()
    }

    pub fn commit(mut self) -> Result<Vec<PathBuf>, WriteError> {
        let result = self.commit_staged().map_err(|e| match e {
            Stop::Before(diagnostic) => unchanged(diagnostic),
            Stop::Commit(diagnostic, unchanged) => WriteError {
                diagnostic,
                unchanged,
            },
        });
        self.committed = result.is_ok();
        result
    }

    fn commit_staged(&mut self) -> Result<Vec<PathBuf>, Stop> {
        let dir = self.dir.clone();
        let stale = std::mem::take(&mut self.stale);
        let not_written = |name: &str| {
            Box::new(
                Diagnostic::error(format!("{name} was not written before the commit"))
                    .help("this is a bug in tarjama; please report it; nothing was changed"),
            )
        };
        let mut temps = Vec::new();
        for (name, temp) in self.names.iter().zip(&mut self.temps) {
            let temp = temp.take().ok_or_else(|| not_written(name))?;
            temps.push((temp, name.as_str()));
        }
        let manifest = self.manifest.take().ok_or_else(|| not_written(MANIFEST))?;
        temps.push((manifest, MANIFEST));
        let journal = self.journal.take().ok_or_else(|| not_written(JOURNAL))?;
        journal
            .persist(dir.join(JOURNAL))
            .map_err(|e| io_error(&dir.join(JOURNAL), e.error, NOTHING_CHANGED))?;
        sync_dir(&dir);

        let fault = &mut self.fault;
        let committed = (|| -> Result<(), (PathBuf, std::io::Error)> {
            for (temp, name) in temps {
                let target = dir.join(name);
                if target.exists() {
                    let keep = dir.join(PREVIOUS).join(name);
                    make_parent(&keep).map_err(|e| (keep.clone(), e))?;
                    fault.step().map_err(|e| (target.clone(), e))?;
                    fs::rename(&target, &keep).map_err(|e| (target.clone(), e))?;
                }
                fault.step().map_err(|e| (target.clone(), e))?;
                temp.persist(&target)
                    .map_err(|e| (target.clone(), e.error))?;
            }
            for name in &stale {
                let target = dir.join(name);
                let keep = dir.join(PREVIOUS).join(name);
                make_parent(&keep).map_err(|e| (keep.clone(), e))?;
                fault.step().map_err(|e| (target.clone(), e))?;
                fs::rename(&target, &keep).map_err(|e| (target.clone(), e))?;
            }
            Ok(())
        })();
        if let Err((path, e)) = committed {
            let undone = recover(&dir);
            let help = match &undone {
                Ok(()) => format!(
                    "the previous files were put back: {} is as it was before this build. \
                     Check that the folder is writable and the disk is not full",
                    dir.display()
                ),
                Err(why) => format!(
                    "putting the previous files back failed too ({why}); the next build into {} \
                     restores them from .tarjama-previous",
                    dir.display()
                ),
            };
            return Err(Stop::Commit(
                Box::new(
                    Diagnostic::error(format!("cannot write {}: {e}", path.display())).help(help),
                ),
                undone.is_ok(),
            ));
        }
        // The commit point: from here on the new set is the folder's.
        if let Err(e) = fs::remove_file(dir.join(JOURNAL)) {
            // The new set is in place but not committed: the next build
            // would put the previous one back. Do it now, to say one thing.
            let undone = recover(&dir);
            return Err(Stop::Commit(
                io_error(
                    &dir.join(JOURNAL),
                    e,
                    "check that the output folder is writable",
                ),
                undone.is_ok(),
            ));
        }
        sync_dir(&dir);
        let _ = remove_previous(&dir);
        for name in &stale {
            remove_empty_parents(&dir, name);
        }
        Ok(self.names.iter().map(|n| dir.join(n)).collect())
    }
}

impl Drop for Stage {
    /// A set given up (a build failed, or its commit did): its temporary
    /// files go, then the lock file and the folders it made, if empty.
    fn drop(&mut self) {
        if self.committed {
            return;
        }
        self.temps.clear();
        self.manifest = None;
        self.journal = None;
        if self.made_lock {
            let _ = fs::remove_file(self.dir.join(LOCK));
        }
        for p in self.made.iter().rev() {
            let _ = fs::remove_dir(p);
        }
    }
}

fn unchanged(diagnostic: Box<Diagnostic>) -> WriteError {
    WriteError {
        diagnostic,
        unchanged: true,
    }
}

/// Where a write stopped: before anything moved, or in the commit (and
/// whether undoing it worked).
enum Stop {
    Before(Box<Diagnostic>),
    Commit(Box<Diagnostic>, bool),
}

impl From<Box<Diagnostic>> for Stop {
    fn from(d: Box<Diagnostic>) -> Stop {
        Stop::Before(d)
    }
}

/// Writes one file atomically into `dir` (a temporary file renamed into
/// place), outside any set: `tarjama proof` writes a single file anywhere.
pub fn write_file(dir: &Path, file: &OutputFile) -> Result<PathBuf, Box<Diagnostic>> {
    check_name(&file.name)?;
    let target = dir.join(&file.name);
    check_destination(dir, &file.name)?;
    let temp = temp_with(dir, &file.name, &file.bytes)?;
    temp.persist(&target)
        .map_err(|e| io_error(&target, e.error, NOTHING_CHANGED))?;
    Ok(target)
}

const NOTHING_CHANGED: &str =
    "nothing in the output folder was changed; check that it is writable and the disk is not full";

/// A name a build may write: relative, inside the folder, not one of
/// tarjama's own files.
pub(crate) fn check_name(name: &str) -> Result<(), Box<Diagnostic>> {
    let path = Path::new(name);
    let inside = !name.is_empty() && path.components().all(|c| matches!(c, Component::Normal(_)));
    let own = path
        .components()
        .any(|c| is_bookkeeping(&c.as_os_str().to_string_lossy()));
    if inside && !own {
        Ok(())
    } else {
        Err(Box::new(
            Diagnostic::error(format!(
                "refusing to write `{name}`: it is not a plain name inside the output folder"
            ))
            .help("this is a bug in tarjama; please report it"),
        ))
    }
}

/// Fails before anything is renamed if `name` cannot take its place: a
/// folder where the file goes, or a file where one of its folders goes.
fn check_destination(dir: &Path, name: &str) -> Result<(), Box<Diagnostic>> {
    let target = dir.join(name);
    let mut at = dir.to_path_buf();
    let parts: Vec<_> = Path::new(name).components().collect();
    for (i, part) in parts.iter().enumerate() {
        at.push(part);
        let Ok(meta) = fs::metadata(&at) else { break };
        let last = i + 1 == parts.len();
        let what = if last && meta.is_dir() {
            Some("a folder is where the file goes")
        } else if !last && !meta.is_dir() {
            Some("a file is where its folder goes")
        } else {
            None
        };
        if let Some(what) = what {
            return Err(Box::new(
                Diagnostic::error(format!(
                    "cannot write {}: {what} ({})",
                    target.display(),
                    at.display()
                ))
                .help(format!(
                    "move or remove {}; nothing in the output folder was changed",
                    at.display()
                )),
            ));
        }
    }
    Ok(())
}

/// The held lock on `dir`, released when dropped (or when the process ends,
/// however it ends).
fn lock(dir: &Path) -> Result<File, Box<Diagnostic>> {
    let path = dir.join(LOCK);
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| io_error(&path, e, NOTHING_CHANGED))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(fs::TryLockError::WouldBlock) => Err(Box::new(
            Diagnostic::error(format!(
                "another tarjama build is writing to {}",
                dir.display()
            ))
            .help("wait for it to finish, or give this build another --out folder; nothing was written"),
        )),
        Err(fs::TryLockError::Error(e)) => Err(io_error(&path, e, NOTHING_CHANGED)),
    }
}

/// Puts back what an interrupted commit moved (from its journal), and
/// removes what a killed build left: `.part` files and kept copies.
fn recover(dir: &Path) -> std::io::Result<()> {
    let journal = dir.join(JOURNAL);
    match fs::read_to_string(&journal) {
        Ok(text) => {
            for line in text.lines() {
                let Some((kind, name)) = line.split_once('\t') else {
                    continue;
                };
                if name != MANIFEST && check_name(name).is_err() {
                    continue;
                }
                let target = dir.join(name);
                let keep = dir.join(PREVIOUS).join(name);
                match kind {
                    "replace" | "stale" if keep.exists() => fs::rename(&keep, &target)?,
                    "new" if fs::symlink_metadata(&target).is_ok_and(|m| m.is_file()) => {
                        fs::remove_file(&target)?
                    }
                    _ => {}
                }
            }
            fs::remove_file(&journal)?;
            sync_dir(dir);
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    // No journal: whatever is still kept belongs to a committed build.
    match remove_previous(dir) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    remove_parts(dir, 0)
}

/// Removes the previous set kept in `dir` for a rollback. Its files are
/// unlinked side by side, a few threads each: an unlink that frees a
/// file's blocks takes about 0.1 ms on ext4, and a set of 26 files took
/// 2.5 ms one after the other, the longest step of the commit.
fn remove_previous(dir: &Path) -> std::io::Result<()> {
    let kept = dir.join(PREVIOUS);
    let mut files = Vec::new();
    let mut folders = vec![kept.clone()];
    while let Some(d) = folders.pop() {
        for entry in fs::read_dir(&d)? {
            let entry = entry?;
            if entry.file_type()?.is_dir() {
                folders.push(entry.path());
            } else {
                files.push(entry.path());
            }
        }
    }
    let chunk = files.len().div_ceil(4).max(1);
    std::thread::scope(|s| {
        for part in files.chunks(chunk) {
            s.spawn(move || {
                for f in part {
                    let _ = fs::remove_file(f);
                }
            });
        }
    });
    fs::remove_dir_all(kept)
}

/// Removes `.tarjama-*.part` files in `dir` and its subfolders.
fn remove_parts(dir: &Path, depth: usize) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let kind = entry.file_type()?;
        if kind.is_file() && name.starts_with(PART_PREFIX) && name.ends_with(PART_SUFFIX) {
            fs::remove_file(entry.path())?;
        } else if kind.is_dir() && depth < 4 && !is_bookkeeping(&name) {
            remove_parts(&entry.path(), depth + 1)?;
        }
    }
    Ok(())
}

/// The names the previous build wrote, from its manifest (none without
/// one).
pub fn read_manifest(dir: &Path) -> Vec<String> {
    fs::read_to_string(dir.join(MANIFEST))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

fn manifest_text(names: &BTreeSet<&str>) -> String {
    let mut s = String::from(
        "# The files the last tarjama build wrote into this folder. The next build\n\
         # removes those it does not write again, and touches nothing else.\n",
    );
    for n in names {
        s.push_str(n);
        s.push('\n');
    }
    s
}

/// A complete temporary file beside where `name` goes, readable as the
/// umask allows (as any file the user creates).
fn temp_with(
    dir: &Path,
    name: &str,
    bytes: &[u8],
) -> Result<tempfile::NamedTempFile, Box<Diagnostic>> {
    let target = dir.join(name);
    let parent = target.parent().unwrap_or(dir);
    fs::create_dir_all(parent).map_err(|e| io_error(parent, e, NOTHING_CHANGED))?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(PART_PREFIX).suffix(PART_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder
        .tempfile_in(parent)
        .map_err(|e| io_error(parent, e, NOTHING_CHANGED))?;
    tmp.write_all(bytes)
        .and_then(|_| tmp.as_file().sync_all())
        .map_err(|e| io_error(&target, e, NOTHING_CHANGED))?;
    Ok(tmp)
}

fn make_parent(path: &Path) -> std::io::Result<()> {
    match path.parent() {
        Some(p) => fs::create_dir_all(p),
        None => Ok(()),
    }
}

/// After a stale file went, its folder too if nothing is left in it.
fn remove_empty_parents(dir: &Path, name: &str) {
    let mut p = dir.join(name);
    while p.pop() && p != dir && p.starts_with(dir) {
        if fs::remove_dir(&p).is_err() {
            break;
        }
    }
}

/// Makes renames in `dir` durable (where the platform allows it).
fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

fn io_error(path: &Path, e: std::io::Error, help: &str) -> Box<Diagnostic> {
    Box::new(Diagnostic::error(format!("cannot write {}: {e}", path.display())).help(help))
}

/// A test hook: `TARJAMA_TEST_FAULT=fail:N` makes the commit's N-th rename
/// fail, `kill:N` ends the process there, as a full disk or a killed build
/// would. Never set outside tests.
struct Fault {
    at: Option<(bool, usize)>,
    done: usize,
}

impl Fault {
    fn from_env() -> Fault {
        let at = std::env::var("TARJAMA_TEST_FAULT").ok().and_then(|v| {
            let (kind, n) = v.split_once(':')?;
            Some((kind == "kill", n.parse().ok()?))
        });
        Fault { at, done: 0 }
    }

    fn step(&mut self) -> std::io::Result<()> {
        self.done += 1;
        match self.at {
            Some((true, n)) if n == self.done => std::process::abort(),
            Some((false, n)) if n == self.done => Err(std::io::Error::other(
                "fault injected by TARJAMA_TEST_FAULT",
            )),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `write_set` with a fault injected into the commit.
    fn write_set_with(
        dir: &Path,
        files: &[OutputFile],
        fault: Fault,
    ) -> Result<Vec<PathBuf>, (Box<Diagnostic>, bool)> {
        let names = files.iter().map(|f| f.name.clone()).collect();
        let split = |e: WriteError| (e.diagnostic, e.unchanged);
        let mut stage = Stage::open(dir, names).map_err(split)?;
        stage.fault = fault;
        stage.put_all(files).map_err(split)?;
        stage.commit().map_err(split)
    }

    fn file(name: &str, bytes: &[u8]) -> OutputFile {
        OutputFile {
            name: name.into(),
            bytes: bytes.to_vec(),
        }
    }

    fn leftovers(dir: &Path) -> Vec<String> {
        let mut v = Vec::new();
        for e in walk(dir) {
            let n = e.file_name().unwrap().to_string_lossy().into_owned();
            if n.ends_with(PART_SUFFIX) || n == JOURNAL || n == PREVIOUS {
                v.push(n);
            }
        }
        v
    }

    fn walk(dir: &Path) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for e in fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            out.push(p.clone());
            if p.is_dir() {
                out.extend(walk(&p));
            }
        }
        out
    }

    #[test]
    fn writes_files_and_leaves_no_temporaries() {
        let dir = tempfile::tempdir().unwrap();
        write_set(
            dir.path(),
            &[file("a.txt", b"one"), file("sub/b.txt", b"two")],
        )
        .unwrap();
        assert_eq!(fs::read(dir.path().join("a.txt")).unwrap(), b"one");
        assert_eq!(fs::read(dir.path().join("sub/b.txt")).unwrap(), b"two");
        assert!(leftovers(dir.path()).is_empty());
        let manifest = fs::read_to_string(dir.path().join(MANIFEST)).unwrap();
        assert!(manifest.contains("a.txt\n") && manifest.contains("sub/b.txt\n"));
    }

    #[test]
    fn a_narrower_build_removes_its_own_stale_files_only() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("mine.txt"), b"the user's").unwrap();
        write_set(
            dir.path(),
            &[
                file("a.fr.pdf", b"1"),
                file("cal/x.ics", b"2"),
                file("a.en.pdf", b"3"),
            ],
        )
        .unwrap();
        write_set(dir.path(), &[file("a.en.pdf", b"4")]).unwrap();
        assert!(!dir.path().join("a.fr.pdf").exists());
        assert!(!dir.path().join("cal").exists(), "emptied folder removed");
        assert_eq!(fs::read(dir.path().join("a.en.pdf")).unwrap(), b"4");
        assert_eq!(
            fs::read(dir.path().join("mine.txt")).unwrap(),
            b"the user's"
        );
    }

    #[test]
    fn a_folder_in_the_way_fails_before_anything_changes() {
        let dir = tempfile::tempdir().unwrap();
        write_set(dir.path(), &[file("a.txt", b"old"), file("z.txt", b"old")]).unwrap();
        fs::create_dir_all(dir.path().join("cal/AR-1.ics")).unwrap();
        let err = write_set(
            dir.path(),
            &[
                file("a.txt", b"new"),
                file("cal/AR-1.ics", b"new"),
                file("z.txt", b"new"),
            ],
        )
        .unwrap_err();
        assert!(err.unchanged);
        let err = err.diagnostic;
        assert!(
            err.message.contains("a folder is where the file goes"),
            "{}",
            err.message
        );
        assert_eq!(fs::read(dir.path().join("a.txt")).unwrap(), b"old");
        assert_eq!(fs::read(dir.path().join("z.txt")).unwrap(), b"old");
        assert!(
            leftovers(dir.path()).is_empty(),
            "{:?}",
            leftovers(dir.path())
        );
    }

    #[test]
    fn a_rename_failing_half_way_puts_the_previous_set_back() {
        let dir = tempfile::tempdir().unwrap();
        write_set(
            dir.path(),
            &[
                file("a.txt", b"old a"),
                file("b.txt", b"old b"),
                file("gone.txt", b"old"),
            ],
        )
        .unwrap();
        // Renames: a and b kept then replaced, c new, the manifest kept
        // then replaced, gone.txt kept: 8 steps, each made to fail once.
        for n in 1..=8 {
            let fault = Fault {
                at: Some((false, n)),
                done: 0,
            };
            let r = write_set_with(
                dir.path(),
                &[
                    file("a.txt", b"new a"),
                    file("b.txt", b"new b"),
                    file("c.txt", b"new c"),
                ],
                fault,
            );
            let (err, unchanged) = r.unwrap_err();
            assert!(unchanged, "fault at {n}");
            assert!(
                err.help
                    .as_deref()
                    .unwrap_or("")
                    .contains("as it was before"),
                "{err:?}"
            );
            assert_eq!(
                fs::read(dir.path().join("a.txt")).unwrap(),
                b"old a",
                "fault at {n}"
            );
            assert_eq!(
                fs::read(dir.path().join("b.txt")).unwrap(),
                b"old b",
                "fault at {n}"
            );
            assert_eq!(
                fs::read(dir.path().join("gone.txt")).unwrap(),
                b"old",
                "fault at {n}"
            );
            assert!(!dir.path().join("c.txt").exists(), "fault at {n}");
            assert!(
                leftovers(dir.path()).is_empty(),
                "fault at {n}: {:?}",
                leftovers(dir.path())
            );
        }
    }

    /// A build that fails while its files are staged (a drawing error)
    /// leaves the folder as it found it: no temporary file, no folder or
    /// lock file of its own; a fresh folder is not made at all.
    #[test]
    fn a_set_given_up_leaves_the_folder_as_it_was() {
        let tmp = tempfile::tempdir().unwrap();
        let fresh = tmp.path().join("out").join("event");
        let mut stage = Stage::open(&fresh, vec!["a.txt".into(), "calendar/b.ics".into()]).unwrap();
        stage.put(1, b"b").unwrap();
        assert!(fresh.join("calendar").is_dir());
        drop(stage);
        assert!(!tmp.path().join("out").exists());

        let dir = tempfile::tempdir().unwrap();
        write_set(dir.path(), &[file("a.txt", b"old a")]).unwrap();
        let sorted = |d: &Path| {
            let mut w = walk(d);
            w.sort();
            w
        };
        let before = sorted(dir.path());
        let mut stage =
            Stage::open(dir.path(), vec!["a.txt".into(), "calendar/b.ics".into()]).unwrap();
        stage.put(0, b"new a").unwrap();
        stage.put(1, b"b").unwrap();
        drop(stage);
        assert_eq!(sorted(dir.path()), before);
        assert_eq!(fs::read(dir.path().join("a.txt")).unwrap(), b"old a");
    }

    #[test]
    fn a_second_build_into_a_locked_folder_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let held = lock(dir.path()).unwrap();
        let err = write_set(dir.path(), &[file("a.txt", b"x")])
            .unwrap_err()
            .diagnostic;
        assert!(
            err.message.contains("another tarjama build"),
            "{}",
            err.message
        );
        assert!(!dir.path().join("a.txt").exists());
        drop(held);
        write_set(dir.path(), &[file("a.txt", b"x")]).unwrap();
    }

    #[test]
    fn parts_of_a_killed_build_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("calendar")).unwrap();
        fs::write(dir.path().join(".tarjama-abc.part"), b"half").unwrap();
        fs::write(dir.path().join("calendar/.tarjama-def.part"), b"half").unwrap();
        write_set(dir.path(), &[file("a.txt", b"x")]).unwrap();
        assert!(
            leftovers(dir.path()).is_empty(),
            "{:?}",
            leftovers(dir.path())
        );
    }

    #[test]
    fn names_outside_the_folder_are_refused() {
        for bad in ["../x", "/etc/x", "", "a/../../x", ".tarjama-manifest"] {
            assert!(check_name(bad).is_err(), "{bad}");
        }
        assert!(check_name("calendar/AR-1.ics").is_ok());
    }
}

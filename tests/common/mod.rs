//! What the integration tests share: the example meeting (as is, or copied
//! into a scratch folder to edit), the pipeline run on it, the real binary,
//! word counting as a reader compares texts, and external checkers.
#![allow(dead_code)]

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output as ProcessOutput};

use tarjama::doc::{Document, Model};
use tarjama::lang::Lang;
use tarjama::pipeline::{self, Meeting, Output};

pub const EXAMPLE: &str = "examples/gcm-talk-2023";

/// A copy of an event folder in a temporary directory, to edit freely.
pub struct Scratch {
    dir: tempfile::TempDir,
    pub event: PathBuf,
    pub out: PathBuf,
}

impl Scratch {
    /// A copy of the bundled example meeting.
    pub fn example() -> Scratch {
        Scratch::of(Path::new(EXAMPLE))
    }

    /// The example as a meeting written in French, with documents in
    /// French, Spanish and Arabic only and no en.ftl (English is a booth).
    pub fn example_without_english() -> Scratch {
        let s = Scratch::example();
        s.remove("en.ftl");
        s.edit(
            "event.toml",
            "document_languages = [\"ar\", \"en\", \"fr\", \"es\"]",
            "document_languages = [\"fr\", \"es\", \"ar\"]\nsource_language = \"fr\"",
        );
        s
    }

    /// The example with Spanish documents only, no interpretation, and no
    /// other language's .ftl file.
    pub fn example_only_in_spanish() -> Scratch {
        let s = Scratch::example();
        for f in ["en.ftl", "fr.ftl", "ar.ftl"] {
            s.remove(f);
        }
        s.edit(
            "event.toml",
            "document_languages = [\"ar\", \"en\", \"fr\", \"es\"]\ninterpretation_languages = [\"ar\", \"en\", \"fr\", \"es\"]",
            "document_languages = [\"es\"]",
        );
        s
    }

    /// A copy of the event folder `src`.
    pub fn of(src: &Path) -> Scratch {
        let dir = tempfile::tempdir().expect("temp dir");
        let event = dir.path().join("event");
        fs::create_dir(&event).unwrap();
        for entry in fs::read_dir(src).expect("event folder") {
            let p = entry.unwrap().path();
            if p.is_file() {
                fs::copy(&p, event.join(p.file_name().unwrap())).unwrap();
            }
        }
        let out = dir.path().join("out");
        Scratch { dir, event, out }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.event.join(name)
    }

    pub fn read(&self, name: &str) -> String {
        fs::read_to_string(self.path(name)).unwrap()
    }

    pub fn write(&self, name: &str, text: &str) {
        fs::write(self.path(name), text).unwrap();
    }

    /// Replaces the first `from` in file `name` by `to`; `from` must be there.
    pub fn edit(&self, name: &str, from: &str, to: &str) -> &Scratch {
        let s = self.read(name);
        assert!(s.contains(from), "{from:?} not in {name}");
        self.write(name, &s.replacen(from, to, 1));
        self
    }

    /// Appends `text` to file `name`.
    pub fn append(&self, name: &str, text: &str) -> &Scratch {
        let s = self.read(name);
        self.write(name, &format!("{s}\n{text}\n"));
        self
    }

    pub fn remove(&self, name: &str) {
        fs::remove_file(self.path(name)).unwrap();
    }

    /// `tarjama build` of this event into `self.out`, with `extra` arguments.
    pub fn build(&self, extra: &[&str]) -> ProcessOutput {
        let mut args = vec![
            "build",
            self.event.to_str().unwrap(),
            "--out",
            self.out.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        tarjama(&args)
    }

    pub fn tmp(&self) -> &Path {
        self.dir.path()
    }
}

/// The real binary with `args`.
pub fn tarjama(args: &[&str]) -> ProcessOutput {
    Command::new(env!("CARGO_BIN_EXE_tarjama"))
        .args(args)
        .output()
        .unwrap()
}

/// `tarjama proof` of `event` written to `out`, with `args` (`--lang`, …).
pub fn proof(event: &Path, out: &Path, args: &[&str]) -> ProcessOutput {
    let mut all = vec![
        "proof",
        event.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    all.extend_from_slice(args);
    tarjama(&all)
}

/// Makes the copied example impossible to plan: a speaker of Russian,
/// which no booth and no interpreter takes.
pub fn make_unplannable(s: &Scratch) {
    s.edit(
        "event.toml",
        "[people.mena]\nlanguages = [\"ar\"]",
        "[people.mena]\nlanguages = [\"ru\"]",
    );
}

/// The meeting at `event` loaded through the library, or a panic with its
/// diagnostics.
pub fn load(event: &Path, langs: Option<&[Lang]>) -> Meeting {
    pipeline::load(event, langs)
        .unwrap_or_else(|d| panic!("{} does not load:\n{d}", event.display()))
}

/// The example meeting, every language.
pub fn example() -> Meeting {
    load(Path::new(EXAMPLE), None)
}

/// Every output composed; panics if anything fell back to English or is
/// missing (strict).
pub fn compose_strict(m: &Meeting) -> Vec<Output> {
    let outputs = pipeline::compose(m);
    let problems = m.catalogs.sink().take(true);
    assert!(!problems.has_errors(), "composition problems:\n{problems}");
    outputs
}

/// The document composed under `stem` ("concept-note.ar").
pub fn document<'a>(outputs: &'a [Output], stem: &str) -> &'a Document {
    match outputs.iter().find(|o| o.stem == stem).map(|o| &o.model) {
        Some(Model::Document(d)) => d,
        _ => panic!("no document {stem}"),
    }
}

/// Words as a reader compares them: bidi controls removed, split at spaces;
/// a word broken after a slash or a hyphen at a line end is joined again
/// (the same comparison `tarjama verify` makes).
pub fn words(text: &str) -> Vec<String> {
    tarjama::verify::text::words(text)
}

/// `text` with every character that is not a letter, a digit or an Arabic
/// mark made a space and bidi controls removed: words as readers.py counts
/// them, whatever punctuation a reader moved.
pub fn letters_only(text: &str) -> String {
    text.chars()
        .filter(|&c| !tarjama::check::text::is_bidi_control(c))
        .map(|c| {
            if c.is_alphanumeric() || ('\u{64B}'..='\u{65F}').contains(&c) || c == '\u{670}' {
                c
            } else {
                ' '
            }
        })
        .collect()
}

/// The words of `want` that `got` lacks, counting repeats.
pub fn missing_words(want: &str, got: &str) -> Vec<String> {
    let mut bag: HashMap<String, usize> = HashMap::new();
    for w in words(got) {
        *bag.entry(w).or_default() += 1;
    }
    words(want)
        .into_iter()
        .filter(|w| match bag.get_mut(w) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .collect()
}

/// Whether tests may go without external checkers (TARJAMA_SKIP_EXTERNAL=1).
fn may_skip() -> bool {
    std::env::var("TARJAMA_SKIP_EXTERNAL").as_deref() == Ok("1")
}

/// The first of `candidates` that runs with `probe` arguments successfully,
/// or None when absent and TARJAMA_SKIP_EXTERNAL=1 allows it (else a panic
/// saying how to install it).
pub fn tool(what: &str, candidates: &[PathBuf], probe: &[&str]) -> Option<PathBuf> {
    for c in candidates {
        if Command::new(c)
            .args(probe)
            .output()
            .is_ok_and(|o| o.status.success())
        {
            return Some(c.clone());
        }
    }
    assert!(
        may_skip(),
        "{what} not found (tried {candidates:?}): run scripts/test (it installs the checkers) or set TARJAMA_SKIP_EXTERNAL=1"
    );
    eprintln!("skipping: no {what} (TARJAMA_SKIP_EXTERNAL=1)");
    None
}

/// The test venv's programs: `$TARJAMA_VENV` or ~/.cache/tarjama-test-venv.
fn venv_bin(name: &str) -> Option<PathBuf> {
    let venv = std::env::var_os("TARJAMA_VENV")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/tarjama-test-venv"))
        })?;
    Some(venv.join("bin").join(name))
}

/// A Python with python-docx and icalendar.
pub fn python() -> Option<PathBuf> {
    let candidates: Vec<PathBuf> = [
        std::env::var_os("TARJAMA_PYTHON").map(PathBuf::from),
        venv_bin("python"),
        Some(PathBuf::from("python3")),
    ]
    .into_iter()
    .flatten()
    .collect();
    tool(
        "a Python with python-docx and icalendar",
        &candidates,
        &["-c", "import docx, icalendar"],
    )
}

/// A Python with `page` (PyPI page-validation), a PDF/UA-1 validator.
pub fn pdfua_python() -> Option<PathBuf> {
    let candidates: Vec<PathBuf> = [
        std::env::var_os("TARJAMA_PYTHON").map(PathBuf::from),
        venv_bin("python"),
    ]
    .into_iter()
    .flatten()
    .collect();
    tool(
        "a Python with page-validation (PDF/UA-1)",
        &candidates,
        &["-c", "import page"],
    )
}

pub fn openxml_audit() -> Option<PathBuf> {
    let candidates: Vec<PathBuf> = [
        Some(PathBuf::from("openxml-audit")),
        venv_bin("openxml-audit"),
    ]
    .into_iter()
    .flatten()
    .collect();
    tool("openxml-audit", &candidates, &["--help"])
}

/// Mozilla's compare-locales (PyPI), the reference linter for Fluent files.
pub fn compare_locales() -> Option<PathBuf> {
    let candidates: Vec<PathBuf> = [
        venv_bin("compare-locales"),
        Some(PathBuf::from("compare-locales")),
    ]
    .into_iter()
    .flatten()
    .collect();
    tool("compare-locales", &candidates, &["--version"])
}

pub fn pdftotext() -> Option<PathBuf> {
    tool(
        "pdftotext (poppler-utils)",
        &[PathBuf::from("pdftotext")],
        &["-v"],
    )
}

/// The text pdftotext reads from a PDF file.
pub fn pdf_text(pdf: &Path) -> Option<String> {
    let tool = pdftotext()?;
    let out = Command::new(tool).arg(pdf).arg("-").output().unwrap();
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Runs a Python script with arguments; panics with its output if it fails.
pub fn run_python(py: &Path, script: &str, args: &[&Path]) -> String {
    let o = Command::new(py)
        .arg("-c")
        .arg(script)
        .args(args)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "python failed:\n{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// One part of a DOCX package, as text.
pub fn docx_part(docx: &Path, name: &str) -> String {
    use std::io::Read;
    let f = fs::File::open(docx).unwrap();
    let mut zip = zip::ZipArchive::new(f).unwrap();
    let mut s = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

/// All the text of a DOCX body, one line per paragraph, without the
/// direction marks the writer puts around left-to-right islands.
pub fn docx_text(docx: &Path) -> String {
    let xml = docx_part(docx, "word/document.xml");
    let mut out = String::new();
    for para in xml.split("</w:p>") {
        for piece in para.split("<w:t").skip(1) {
            let Some(start) = piece.find('>').map(|i| i + 1) else {
                continue;
            };
            let end = piece.find("</w:t>").unwrap_or(start);
            out.push_str(&piece[start..end]);
        }
        out.push('\n');
    }
    out.replace("&amp;", "&")
        .replace("&apos;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace(['\u{200E}', '\u{200F}'], "")
}

//! Discovering the cases of a directory: every `.cs`/`.il` file below it, named by its path
//! without the extension (`arith/checked_ops`). A source file without an EXPECT block that a
//! case names in `build: library:<file>` is a library, not a case.
//!
//! A file that does not parse is still a case: its trials fail with the parse error, so one
//! bad file never hides the others.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::case::{CaseError, CaseFile};
use crate::error::Error;
use crate::known::KnownFailures;

/// The file name of the known-failures list, looked for beside the cases directory.
pub const KNOWN_FAILURES_FILE: &str = "known-failures.txt";

/// One case.
#[derive(Debug, Clone)]
pub struct Case {
    /// `area/name`: the path below the cases directory without the extension.
    pub id: String,
    /// `cs` or `il`.
    pub ext: String,
    /// The file.
    pub path: PathBuf,
    /// The parsed file, or why it could not be parsed.
    pub file: Result<CaseFile, CaseError>,
}

impl Case {
    /// The first path component of the id (`arith`), or `.` for a case at the top level.
    pub fn area(&self) -> &str {
        match self.id.split_once('/') {
            Some((area, _)) => area,
            None => ".",
        }
    }
}

/// The cases of a directory and their known failures.
#[derive(Debug, Clone)]
pub struct Suite {
    /// The cases directory.
    pub root: PathBuf,
    /// Every case, sorted by id.
    pub cases: Vec<Arc<Case>>,
    /// Source files used as libraries (not cases).
    pub libraries: Vec<PathBuf>,
    /// The known failures.
    pub known: KnownFailures,
}

impl Suite {
    /// Loads the cases below `root` and the known-failures list `known_failures` (default:
    /// `known-failures.txt` beside `root`, i.e. `<root>/../known-failures.txt`; a missing
    /// file is an empty list). Fails on unreadable directories, two cases with one id, and a
    /// malformed or stale known-failures list.
    pub fn load(root: &Path, known_failures: Option<&Path>) -> Result<Suite, Error> {
        if !root.is_dir() {
            return Err(Error::BadInput(format!("{} is not a directory of cases", root.display())));
        }
        let mut files = Vec::new();
        walk(root, &mut files)?;
        files.sort();

        // First pass: read and parse everything that has an EXPECT block.
        let mut cases: Vec<Case> = Vec::new();
        let mut plain: Vec<(String, String, PathBuf)> = Vec::new();
        for path in files {
            let (id, ext) = case_id(root, &path)?;
            if let Some(other) = cases.iter().find(|c| c.id == id) {
                return Err(Error::BadInput(format!(
                    "two cases named {id}: {} and {}",
                    other.path.display(),
                    path.display()
                )));
            }
            let file = match std::fs::read(&path) {
                Err(e) => Err(CaseError::new(&path, None, format!("cannot read: {e}"))),
                Ok(bytes) => match String::from_utf8(bytes) {
                    Err(_) => Err(CaseError::new(&path, None, "not UTF-8 text")),
                    Ok(text) if !CaseFile::has_block(&text) => {
                        plain.push((id, ext, path));
                        continue;
                    }
                    Ok(text) => CaseFile::parse(&path, &text),
                },
            };
            cases.push(Case { id, ext, path, file });
        }

        // Second pass: libraries are the block-less files some case names.
        let mut used_as_library: BTreeSet<PathBuf> = BTreeSet::new();
        for case in &cases {
            if let Ok(file) = &case.file {
                let dir = case.path.parent().unwrap_or(root);
                for lib in file.expect.libraries() {
                    used_as_library.insert(normalize(&dir.join(lib)));
                }
            }
        }
        let mut libraries = Vec::new();
        for (id, ext, path) in plain {
            if used_as_library.contains(&normalize(&path)) {
                libraries.push(path);
            } else {
                let file = Err(CaseError::new(
                    &path,
                    None,
                    "no EXPECT block (a line that is exactly `/* EXPECT`), and no case uses the file as a library",
                ));
                cases.push(Case { id, ext, path, file });
            }
        }
        for case in &mut cases {
            if used_as_library.contains(&normalize(&case.path)) {
                case.file = Err(CaseError::new(
                    &case.path,
                    None,
                    "a case names this file in `build: library:`, but it has an EXPECT block (libraries have none)",
                ));
            }
        }
        cases.sort_by(|a, b| a.id.cmp(&b.id));

        let known_path = match known_failures {
            Some(p) => p.to_path_buf(),
            None => root.parent().unwrap_or(root).join(KNOWN_FAILURES_FILE),
        };
        let known = KnownFailures::load(&known_path)?;
        let ids: Vec<(&str, &str)> = cases.iter().map(|c| (c.id.as_str(), c.ext.as_str())).collect();
        known.check(&ids, &crate::mode::mode_names())?;

        Ok(Suite { root: root.to_path_buf(), cases: cases.into_iter().map(Arc::new).collect(), libraries, known })
    }
}

/// Every `.cs`/`.il` file below `dir`.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Error> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io("list", dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io("list", dir, e))?;
        let path = entry.path();
        let kind = entry.file_type().map_err(|e| Error::io("stat", &path, e))?;
        if kind.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "cs" || e == "il") {
            out.push(path);
        }
    }
    Ok(())
}

/// The id (`area/name`) and extension of a case file below `root`.
fn case_id(root: &Path, path: &Path) -> Result<(String, String), Error> {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let ext = rel.extension().and_then(|e| e.to_str()).unwrap_or("").to_string();
    let without = rel.with_extension("");
    let mut parts = Vec::new();
    for c in without.components() {
        match c.as_os_str().to_str() {
            Some(s) => parts.push(s),
            None => return Err(Error::BadInput(format!("{}: the path is not UTF-8", path.display()))),
        }
    }
    Ok((parts.join("/"), ext))
}

/// `path` with `.` and `..` resolved (through the file system when it exists).
fn normalize(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()))
}

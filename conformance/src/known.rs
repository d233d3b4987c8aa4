//! `known-failures.txt`: the (case, mode) pairs that are expected to fail for now, each with a
//! reason.
//!
//! ```text
//! # comment lines and blank lines are ignored
//! jit exceptions/*                 # exceptions: next milestone
//! *   arith/checked_ops            # every r2rhost mode: checked conversions missing
//! jit il/tail_calls.il             # the extension may be given
//! ```
//!
//! The first word is a mode name or `*` (every mode except the oracle, which is the
//! expectation source and never has known failures); the second a case path relative to the
//! cases directory, with or without the extension, where `*`, `**` and `?` are globs (see
//! [`crate::glob`]). The reason after `#` is required. An entry whose mode does not exist or
//! whose pattern matches no case is an error ([`KnownFailures::check`]), so the list cannot
//! rot silently; a known failure that passes fails its trial for the same reason.

use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::glob;

/// One line of the file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct KnownFailure {
    /// A mode name, or `*`.
    pub mode: String,
    /// A case path glob.
    pub pattern: String,
    /// Why it fails.
    pub reason: String,
    /// 1-based line in the file.
    pub line: usize,
}

impl KnownFailure {
    /// True when the entry covers `case` (an id like `arith/checked_ops`; `file_name_ext`
    /// is the case file's extension, e.g. `cs`) in `mode`.
    pub fn covers(&self, mode: &str, case: &str, ext: &str) -> bool {
        let mode_ok = self.mode == mode || (self.mode == "*" && mode != crate::mode::ORACLE);
        mode_ok && (glob::matches(&self.pattern, case) || glob::matches(&self.pattern, &format!("{case}.{ext}")))
    }
}

/// The parsed file (empty when there is none).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KnownFailures {
    /// The file the entries came from.
    pub file: Option<PathBuf>,
    /// Its entries, in order.
    pub entries: Vec<KnownFailure>,
}

impl KnownFailures {
    /// Reads `path`; a file that does not exist is an empty list.
    pub fn load(path: &Path) -> Result<KnownFailures, Error> {
        match std::fs::read_to_string(path) {
            Ok(text) => KnownFailures::parse(path, &text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Ok(KnownFailures { file: None, entries: Vec::new() })
            }
            Err(e) => Err(Error::io("read", path, e)),
        }
    }

    /// Parses the text of a known-failures file (`path` for messages).
    pub fn parse(path: &Path, text: &str) -> Result<KnownFailures, Error> {
        let err = |line: usize, message: String| Error::KnownFailures { file: path.to_path_buf(), line, message };
        let mut entries = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let trimmed = raw.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let (spec, reason) = match trimmed.split_once('#') {
                Some((spec, reason)) => (spec, reason.trim()),
                None => (trimmed, ""),
            };
            let words: Vec<&str> = spec.split_whitespace().collect();
            let [mode, pattern] = words[..] else {
                return Err(err(line, format!("expected `MODE CASE-PATH  # reason`, found {raw:?}")));
            };
            if reason.is_empty() {
                return Err(err(line, format!("entry `{mode} {pattern}` has no reason (add `# why it fails`)")));
            }
            if mode == crate::mode::ORACLE {
                return Err(err(line, "the oracle is the expectation source; it cannot have known failures".into()));
            }
            if entries.iter().any(|e: &KnownFailure| e.mode == mode && e.pattern == pattern) {
                return Err(err(line, format!("duplicate entry `{mode} {pattern}`")));
            }
            entries.push(KnownFailure { mode: mode.into(), pattern: pattern.into(), reason: reason.into(), line });
        }
        Ok(KnownFailures { file: Some(path.to_path_buf()), entries })
    }

    /// The first entry covering (`mode`, `case`).
    pub fn lookup(&self, mode: &str, case: &str, ext: &str) -> Option<&KnownFailure> {
        self.entries.iter().find(|e| e.covers(mode, case, ext))
    }

    /// Checks that every entry names a known mode (or `*`) and matches at least one of
    /// `cases` (`(id, extension)` pairs).
    pub fn check(&self, cases: &[(&str, &str)], known_modes: &[&str]) -> Result<(), Error> {
        let file = self.file.clone().unwrap_or_default();
        for e in &self.entries {
            if e.mode != "*" && !known_modes.contains(&e.mode.as_str()) {
                return Err(Error::KnownFailures {
                    file,
                    line: e.line,
                    message: format!("unknown mode {:?} (known: {}, or `*`)", e.mode, known_modes.join(", ")),
                });
            }
            let used = cases.iter().any(|(id, ext)| {
                glob::matches(&e.pattern, id) || glob::matches(&e.pattern, &format!("{id}.{ext}"))
            });
            if !used {
                return Err(Error::KnownFailures {
                    file,
                    line: e.line,
                    message: format!("`{} {}` matches no case: remove it from the list", e.mode, e.pattern),
                });
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<KnownFailures, Error> {
        KnownFailures::parse(Path::new("known-failures.txt"), text)
    }

    #[test]
    fn parses_and_matches() {
        let k = parse("# header\n\njit exceptions/*  # exceptions: next milestone\n*  il/tail_calls.il # tail calls\n").unwrap();
        assert_eq!(k.entries.len(), 2);
        assert_eq!(k.lookup("jit", "exceptions/throw", "cs").unwrap().reason, "exceptions: next milestone");
        assert!(k.lookup("r2r", "exceptions/throw", "cs").is_none());
        assert_eq!(k.lookup("r2r", "il/tail_calls", "il").unwrap().line, 4);
        assert!(k.lookup("oracle", "il/tail_calls", "il").is_none(), "`*` never covers the oracle");
        assert!(k.lookup("jit", "il/tail_calls", "cs").is_none());
        let cases = [("exceptions/throw", "cs"), ("il/tail_calls", "il")];
        k.check(&cases, &["oracle", "jit"]).unwrap();
    }

    #[test]
    fn rejects_bad_entries() {
        let e = parse("jit arith/x\n").unwrap_err().to_string();
        assert!(e.contains("known-failures.txt:1:") && e.contains("no reason"), "{e}");
        let e = parse("jit arith/x #   \n").unwrap_err().to_string();
        assert!(e.contains("no reason"), "{e}");
        let e = parse("jit # r\n").unwrap_err().to_string();
        assert!(e.contains("expected `MODE CASE-PATH"), "{e}");
        let e = parse("oracle arith/x # r\n").unwrap_err().to_string();
        assert!(e.contains("oracle"), "{e}");
        let e = parse("jit a/b # r\njit a/b # s\n").unwrap_err().to_string();
        assert!(e.contains(":2:") && e.contains("duplicate"), "{e}");
    }

    #[test]
    fn unused_entries_are_errors() {
        let k = parse("jit arith/*  # r\njit nothing/*  # r\n").unwrap();
        let e = k.check(&[("arith/a", "cs")], &["oracle", "jit"]).unwrap_err().to_string();
        assert!(e.contains(":2:") && e.contains("matches no case"), "{e}");
        let k = parse("jti arith/*  # typo\n").unwrap();
        let e = k.check(&[("arith/a", "cs")], &["oracle", "jit"]).unwrap_err().to_string();
        assert!(e.contains("unknown mode"), "{e}");
    }
}

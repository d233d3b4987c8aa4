//! Suite-level errors: problems that stop a whole run (as opposed to a failing case, which is
//! a result). Nothing here panics on bad input.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// Something that prevents running the suite at all.
#[derive(Debug)]
pub enum Error {
    /// A line of `known-failures.txt` is malformed or unused.
    KnownFailures {
        /// The file.
        file: PathBuf,
        /// The 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A mode is unknown or cannot be set up (e.g. the `r2rhost` binary is missing).
    Mode(String),
    /// A bad request (an empty mode list, two cases with one name, ...).
    BadInput(String),
    /// File-system trouble.
    Io {
        /// What was being done, with the path.
        context: String,
        /// The underlying error.
        source: io::Error,
    },
}

impl Error {
    /// An [`Error::Io`] for `what` on `path`.
    pub fn io(what: &str, path: &Path, source: io::Error) -> Self {
        Error::Io { context: format!("{what} {}", path.display()), source }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::KnownFailures { file, line, message } => write!(f, "{}:{line}: {message}", file.display()),
            Error::Mode(message) => write!(f, "mode: {message}"),
            Error::BadInput(message) => write!(f, "{message}"),
            Error::Io { context, source } => write!(f, "cannot {context}: {source}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

//! The driver's error type: a small, hand-written enum.
//!
//! Every fallible function in this crate returns [`Result`]. Nothing panics on bad input:
//! a missing SDK or tool is [`Error::ToolMissing`], a tool that ran and failed (compiler
//! errors, a failed restore) is [`Error::ToolFailed`] carrying the tool's own output, a
//! request that cannot be honoured is [`Error::BadInput`], and file-system trouble is
//! [`Error::Io`] with what was being done.

use std::fmt;
use std::io;
use std::path::Path;

/// Everything that can go wrong while discovering tools or building.
#[derive(Debug)]
pub enum Error {
    /// A tool (the .NET SDK, a reference pack, crossgen2, ...) could not be found.
    ToolMissing {
        /// Which tool.
        tool: String,
        /// Where it was looked for and what to do about it.
        detail: String,
    },
    /// A tool ran but did not succeed.
    ToolFailed {
        /// Which tool.
        tool: String,
        /// The command line, for reproducing by hand.
        command: String,
        /// How it ended (`exit status: 1`, `signal: 9`, ...).
        status: String,
        /// Its standard output (Roslyn and crossgen2 print diagnostics here).
        stdout: String,
        /// Its standard error.
        stderr: String,
    },
    /// The request itself is wrong: a missing input file, a bad name, an unsupported version.
    BadInput(String),
    /// An I/O operation failed.
    Io {
        /// What was being done, including the path.
        context: String,
        /// The underlying error.
        source: io::Error,
    },
}

/// `Result` specialised to the driver's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// Wraps an I/O error with a description of the operation and the path involved.
    pub fn io(what: &str, path: &Path, source: io::Error) -> Self {
        Error::Io { context: format!("{what} {}", path.display()), source }
    }

    /// A [`Error::BadInput`] from anything printable.
    pub fn bad_input(message: impl Into<String>) -> Self {
        Error::BadInput(message.into())
    }
}

/// Keeps the tail of a long tool output so errors stay readable.
fn tail(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut start = text.len() - max;
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::ToolMissing { tool, detail } => write!(f, "{tool} not found: {detail}"),
            Error::ToolFailed { tool, command, status, stdout, stderr } => {
                write!(f, "{tool} failed ({status})\n  command: {command}")?;
                let (out, err) = (stdout.trim(), stderr.trim());
                if !out.is_empty() {
                    write!(f, "\n  stdout:\n{}", tail(out, 16_384))?;
                }
                if !err.is_empty() {
                    write!(f, "\n  stderr:\n{}", tail(err, 16_384))?;
                }
                Ok(())
            }
            Error::BadInput(message) => write!(f, "bad input: {message}"),
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

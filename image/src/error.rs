//! The one error type of the image crate.
//!
//! Four kinds, kept apart because callers treat them differently:
//! a bad image (the input is wrong, here is where), an unsupported feature (the input is
//! fine, we do not handle it), an implementation limit (the input is fine but exceeds a
//! bound we chose), and an internal bug (an invariant of ours failed).

use std::borrow::Cow;
use std::fmt;

/// Result alias used throughout the crate.
pub type Result<T, E = ImageError> = std::result::Result<T, E>;

/// What went wrong while reading an image.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImageError {
    /// The bytes are not a valid image: a structure at file offset `offset` is malformed.
    /// `offset` is `None` when the structure has no file position (e.g. an RVA that maps to
    /// no section).
    BadImage {
        /// File offset of the offending structure, when it has one.
        offset: Option<u64>,
        /// What was expected there.
        what: Cow<'static, str>,
    },
    /// The input is well-formed but uses a feature this crate does not implement.
    Unsupported {
        /// The feature, phrased for a user (e.g. "PE machine 0x01c4").
        what: Cow<'static, str>,
    },
    /// The input is well-formed but exceeds a limit this crate imposes.
    Limit {
        /// The limit that was exceeded.
        what: Cow<'static, str>,
    },
    /// An invariant of this crate failed: a bug, not bad input.
    Internal {
        /// The invariant.
        what: Cow<'static, str>,
    },
    /// The operating system refused to open or map the file.
    Io {
        /// The path and the OS error, rendered.
        what: String,
    },
}

impl ImageError {
    /// A malformed structure at a known file offset.
    pub fn bad(offset: u64, what: impl Into<Cow<'static, str>>) -> Self {
        ImageError::BadImage { offset: Some(offset), what: what.into() }
    }

    /// A malformed structure with no file position.
    pub fn bad_nowhere(what: impl Into<Cow<'static, str>>) -> Self {
        ImageError::BadImage { offset: None, what: what.into() }
    }

    /// An unsupported feature.
    pub fn unsupported(what: impl Into<Cow<'static, str>>) -> Self {
        ImageError::Unsupported { what: what.into() }
    }

    /// An implementation limit.
    pub fn limit(what: impl Into<Cow<'static, str>>) -> Self {
        ImageError::Limit { what: what.into() }
    }

    /// An internal bug.
    pub fn internal(what: impl Into<Cow<'static, str>>) -> Self {
        ImageError::Internal { what: what.into() }
    }

    /// True when the input itself is at fault.
    pub fn is_bad_image(&self) -> bool {
        matches!(self, ImageError::BadImage { .. })
    }

    /// Adds context to the description, keeping the kind and offset.
    pub fn context(self, ctx: &str) -> Self {
        let prefix = |w: Cow<'static, str>| -> Cow<'static, str> { format!("{ctx}: {w}").into() };
        match self {
            ImageError::BadImage { offset, what } => ImageError::BadImage { offset, what: prefix(what) },
            ImageError::Unsupported { what } => ImageError::Unsupported { what: prefix(what) },
            ImageError::Limit { what } => ImageError::Limit { what: prefix(what) },
            ImageError::Internal { what } => ImageError::Internal { what: prefix(what) },
            ImageError::Io { what } => ImageError::Io { what: format!("{ctx}: {what}") },
        }
    }
}

impl fmt::Display for ImageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImageError::BadImage { offset: Some(o), what } => {
                write!(f, "bad image at file offset {o:#x}: {what}")
            }
            ImageError::BadImage { offset: None, what } => write!(f, "bad image: {what}"),
            ImageError::Unsupported { what } => write!(f, "unsupported: {what}"),
            ImageError::Limit { what } => write!(f, "implementation limit: {what}"),
            ImageError::Internal { what } => write!(f, "internal error (a bug in r2rhost): {what}"),
            ImageError::Io { what } => write!(f, "{what}"),
        }
    }
}

impl std::error::Error for ImageError {}

//! Why a method could not be compiled.

use std::fmt;

/// The managed exception the runtime should raise in place of running a method whose
/// compilation failed because of its input (bad IL, a missing member, a type that does not
/// load). The host turns it into the exception object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ManagedFailure {
    /// Full name of the exception type, e.g. `System.MissingMethodException`.
    pub exception: &'static str,
    /// Its message, in CoreCLR's shape.
    pub message: String,
}

/// A failed compilation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JitError {
    /// The IL is invalid at `offset` (CoreCLR: `InvalidProgramException`).
    InvalidIl {
        /// IL offset of the offending instruction (or of the body, for header problems).
        offset: u32,
        /// What is wrong.
        what: String,
    },
    /// Resolving a token failed with a managed exception (missing method, type load …).
    Managed(ManagedFailure),
    /// Valid IL that this JIT does not translate yet.
    Unsupported {
        /// IL offset.
        offset: u32,
        /// The feature.
        what: String,
    },
    /// A bound this JIT imposes (e.g. stack depth) was exceeded.
    Limit {
        /// What.
        what: String,
    },
    /// Cranelift rejected what we built: a bug in the translator.
    Internal {
        /// Details (the verifier's or backend's message).
        what: String,
    },
}

impl JitError {
    /// Invalid IL at `offset`.
    pub fn invalid(offset: u32, what: impl Into<String>) -> Self {
        JitError::InvalidIl { offset, what: what.into() }
    }

    /// Unsupported IL at `offset`.
    pub fn unsupported(offset: u32, what: impl Into<String>) -> Self {
        JitError::Unsupported { offset, what: what.into() }
    }

    /// An internal error.
    pub fn internal(what: impl Into<String>) -> Self {
        JitError::Internal { what: what.into() }
    }

    /// The managed exception the caller of the method should see, if the failure is the
    /// program's fault rather than ours.
    pub fn managed(&self) -> ManagedFailure {
        match self {
            JitError::Managed(m) => m.clone(),
            JitError::InvalidIl { offset, what } => ManagedFailure {
                exception: "System.InvalidProgramException",
                message: format!("Common Language Runtime detected an invalid program. (IL_{offset:04x}: {what})"),
            },
            other => ManagedFailure { exception: "System.InvalidProgramException", message: format!("r2rhost JIT: {other}") },
        }
    }
}

impl fmt::Display for JitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JitError::InvalidIl { offset, what } => write!(f, "invalid IL at IL_{offset:04x}: {what}"),
            JitError::Managed(m) => write!(f, "{}: {}", m.exception, m.message),
            JitError::Unsupported { offset, what } => write!(f, "unsupported at IL_{offset:04x}: {what}"),
            JitError::Limit { what } => write!(f, "JIT limit: {what}"),
            JitError::Internal { what } => write!(f, "internal JIT error (a bug in r2rhost): {what}"),
        }
    }
}

impl std::error::Error for JitError {}

impl From<ManagedFailure> for JitError {
    fn from(m: ManagedFailure) -> Self {
        JitError::Managed(m)
    }
}

/// Result alias.
pub type Result<T, E = JitError> = std::result::Result<T, E>;

//! # r2rhost-image: the format readers
//!
//! **Role.** Reads the files r2rhost runs: PE32/PE32+ containers, ECMA-335 metadata (tables,
//! heaps, signatures, IL method bodies and their EH clauses) and ReadyToRun native images
//! (header, sections, NativeFormat structures, entry points, import sections and fixup
//! signatures, runtime functions, x64 unwind info, EH info, composite-image structures).
//!
//! **Boundary.** Pure and passive: it turns bytes into typed views and never decides
//! anything about execution (which code to use, how to lay out types — that is `host`).
//! Everything is lazy and zero-copy over a borrowed `&[u8]` (usually a [`file::MappedFile`]);
//! opening an image reads headers only. No function panics on any input: malformed bytes
//! yield [`ImageError::BadImage`] with the file offset, valid-but-unhandled input yields
//! [`ImageError::Unsupported`] or [`ImageError::Limit`]. The only `unsafe` is the memory
//! mapping in [`mod@file`].
//!
//! **Dependents.** `pgo` (MIBC is an ECMA-335 assembly), `codegen` (IL bodies and
//! signatures), `host` (everything). This crate depends on nothing of ours.
//!
//! Data flows one way: `bytes` → [`pe`] → [`cli`] → [`metadata`] / [`r2r`].

#![deny(missing_docs)]

pub mod bytes;
pub mod cli;
pub mod error;
pub mod file;
pub mod image;
pub mod metadata;
pub mod pe;
pub mod r2r;

pub use error::{ImageError, Result};
pub use image::Image;

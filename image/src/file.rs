//! A read-only memory map of an image file: the only place this crate uses `unsafe`.

use std::fs::File;
use std::path::{Path, PathBuf};

use mmap_rs::{Mmap, MmapOptions};

use crate::error::{ImageError, Result};

/// An image file mapped read-only into memory. Readers borrow from [`MappedFile::bytes`].
#[derive(Debug)]
pub struct MappedFile {
    path: PathBuf,
    map: Option<Mmap>,
}

impl MappedFile {
    /// Opens and maps `path`. An empty file maps to an empty slice.
    pub fn open(path: impl AsRef<Path>) -> Result<MappedFile> {
        let path = path.as_ref().to_path_buf();
        let io = |e: &dyn std::fmt::Display| ImageError::Io { what: format!("{}: {e}", path.display()) };
        let file = File::open(&path).map_err(|e| io(&e))?;
        let len = file.metadata().map_err(|e| io(&e))?.len();
        let len = usize::try_from(len).map_err(|_| ImageError::limit("file larger than the address space"))?;
        if len == 0 {
            return Ok(MappedFile { path, map: None });
        }
        let options = MmapOptions::new(len).map_err(|e| io(&e))?;
        // SAFETY: `with_file` is unsafe because another process could truncate or modify
        // the file while it is mapped, which would make the mapped bytes change under a
        // shared borrow (or fault). We map read-only and private, and treat images as
        // immutable inputs for the life of the process, as every loader (including
        // CoreCLR's) does; readers never rely on the bytes being well-formed anyway.
        let options = unsafe { options.with_file(&file, 0) };
        let map = options.map().map_err(|e| io(&e))?;
        Ok(MappedFile { path, map: Some(map) })
    }

    /// The file's bytes.
    pub fn bytes(&self) -> &[u8] {
        self.map.as_ref().map_or(&[], |m| m.as_slice())
    }

    /// The path the file was opened from.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

//! The corelib shim (`corelib-shim/`): our System.Private.CoreLib, compiled from its C#
//! sources with the options in `corelib-shim/csc.rsp`.

use std::path::PathBuf;

use crate::cache::workspace_root;
use crate::csc::{CscOutput, CscRequest, OutputKind};
use crate::error::{Error, Result};

/// The shim's source directory.
pub fn shim_dir() -> PathBuf {
    workspace_root().join("corelib-shim")
}

/// Every `*.cs` under `corelib-shim/src`, sorted (the compilation order is deterministic).
pub fn sources() -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![shim_dir().join("src")];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| Error::io("read", &dir, e))?;
        for e in entries {
            let p = e.map_err(|e| Error::io("read", &dir, e))?.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "cs") {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The options of `corelib-shim/csc.rsp` (one per line; `#` comments and blank lines
/// skipped).
pub fn options() -> Result<Vec<String>> {
    let rsp = shim_dir().join("csc.rsp");
    let text = std::fs::read_to_string(&rsp).map_err(|e| Error::io("read", &rsp, e))?;
    Ok(text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_string).collect())
}

/// Builds `System.Private.CoreLib.dll` from the shim's sources (cached by content).
pub fn build() -> Result<CscOutput> {
    let mut req = CscRequest::new("System.Private.CoreLib", OutputKind::Library, sources()?);
    req.standalone = true;
    req.copy_references = false;
    req.extra_args = options()?;
    req.build()
}

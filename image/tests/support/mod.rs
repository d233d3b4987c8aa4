//! Shared helpers of the image crate's integration tests: the installed .NET framework
//! (located by the project's build driver) and a full enumeration of an assembly's metadata
//! ([`walk`]).

#![allow(dead_code)]

pub mod walk;

use std::path::PathBuf;

use r2rhost_driver::toolchain;

/// The shared framework directory `dotnet app.dll` uses for net10.0 programs.
pub fn framework_dir() -> Option<PathBuf> {
    toolchain().ok().map(|t| t.shared_framework_dir.clone())
}

/// Every `*.dll` of the shared framework and of the net10.0 reference pack, sorted.
pub fn framework_assemblies() -> Vec<PathBuf> {
    let Ok(t) = toolchain() else { return Vec::new() };
    let mut v: Vec<PathBuf> = t.framework_assemblies.iter().chain(&t.reference_assemblies).cloned().collect();
    v.sort();
    v
}

/// One shared-framework assembly by file name.
pub fn framework_assembly(name: &str) -> Option<PathBuf> {
    framework_dir().map(|d| d.join(name)).filter(|p| p.is_file())
}

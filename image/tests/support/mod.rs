//! Shared helpers of the image crate's integration tests: where the installed .NET shared
//! framework lives, and a full enumeration of an assembly's metadata ([`walk`]).
//!
//! The framework-location logic is deliberately small; the project's driver crate will
//! take it over.

#![allow(dead_code)]

pub mod walk;

use std::path::{Path, PathBuf};
use std::process::Command;

/// Parses a dotted version (`10.0.12`, `10.0.0-rc.1`) into comparable numbers.
fn version_key(v: &str) -> Vec<u64> {
    v.split(['.', '-']).map(|p| p.parse().unwrap_or(0)).collect()
}

/// The highest subdirectory of `dir` whose name starts with `prefix` (by version order).
fn highest_version_dir(dir: &Path, prefix: &str) -> Option<PathBuf> {
    let mut best: Option<(Vec<u64>, PathBuf)> = None;
    for e in std::fs::read_dir(dir).ok()?.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with(prefix) {
            let k = version_key(&name);
            if best.as_ref().is_none_or(|(b, _)| k > *b) {
                best = Some((k, e.path()));
            }
        }
    }
    best.map(|(_, p)| p)
}

/// The .NET install root: from `dotnet --list-runtimes` (its `[.../shared/Microsoft.NETCore.App]`
/// paths), else `DOTNET_ROOT`, else `/usr/share/dotnet`.
fn dotnet_root() -> Option<PathBuf> {
    if let Ok(out) = Command::new("dotnet").arg("--list-runtimes").output() {
        for line in String::from_utf8_lossy(&out.stdout).lines() {
            if let (Some(a), Some(b)) = (line.find('['), line.rfind(']'))
                && line.starts_with("Microsoft.NETCore.App ")
                && a < b
            {
                let shared = PathBuf::from(&line[a + 1..b]);
                if let Some(root) = shared.parent().and_then(Path::parent) {
                    return Some(root.to_path_buf());
                }
            }
        }
    }
    let env = std::env::var_os("DOTNET_ROOT").map(PathBuf::from);
    env.into_iter().chain([PathBuf::from("/usr/share/dotnet")]).find(|p| p.join("shared").is_dir())
}

/// Directories holding the framework assemblies to test: the highest installed
/// `Microsoft.NETCore.App 10.*` runtime and the highest `Microsoft.NETCore.App.Ref 10.*`
/// reference pack (`ref/net10.0`). Empty when .NET 10 is not installed.
pub fn framework_dirs() -> Vec<PathBuf> {
    let Some(root) = dotnet_root() else { return vec![] };
    let mut dirs = Vec::new();
    if let Some(rt) = highest_version_dir(&root.join("shared/Microsoft.NETCore.App"), "10.") {
        dirs.push(rt);
    }
    if let Some(pack) = highest_version_dir(&root.join("packs/Microsoft.NETCore.App.Ref"), "10.") {
        let r = pack.join("ref/net10.0");
        if r.is_dir() {
            dirs.push(r);
        }
    }
    dirs
}

/// Every `*.dll` in the framework directories, sorted.
pub fn framework_assemblies() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = framework_dirs()
        .iter()
        .filter_map(|d| std::fs::read_dir(d).ok())
        .flat_map(|rd| rd.flatten().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("dll")))
        .collect();
    v.sort();
    v
}

/// One framework assembly by file name (from the runtime directory).
pub fn framework_assembly(name: &str) -> Option<PathBuf> {
    framework_dirs().first().map(|d| d.join(name)).filter(|p| p.is_file())
}

//! Shared helpers for the image crate's integration tests.

#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;

/// The directory of the highest installed `Microsoft.NETCore.App 10.*` shared framework,
/// found through `dotnet --list-runtimes`.
pub fn framework_dir() -> Option<PathBuf> {
    let out = Command::new("dotnet").arg("--list-runtimes").output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let mut best: Option<(Vec<u32>, PathBuf)> = None;
    for line in text.lines() {
        // "Microsoft.NETCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.NETCore.App]"
        let Some(rest) = line.strip_prefix("Microsoft.NETCore.App ") else { continue };
        let Some((version, dir)) = rest.split_once(' ') else { continue };
        if !version.starts_with("10.") {
            continue;
        }
        let key: Vec<u32> = version.split(|c: char| !c.is_ascii_digit()).filter_map(|p| p.parse().ok()).collect();
        let dir = PathBuf::from(dir.trim_matches(|c| c == '[' || c == ']')).join(version);
        if best.as_ref().is_none_or(|(k, _)| key > *k) {
            best = Some((key, dir));
        }
    }
    best.map(|(_, d)| d)
}

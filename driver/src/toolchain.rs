//! Discovering the installed .NET toolchain: the `dotnet` host, the SDK and its Roslyn, the
//! net10.0 reference assemblies and the shared framework that `dotnet app.dll` runs on.
//!
//! Nothing is hard-coded: the root is `DOTNET_ROOT` when it holds a `dotnet` executable, else
//! `dotnet` found on `PATH` with symlinks resolved. SDKs and runtimes come from
//! `dotnet --list-sdks` / `dotnet --list-runtimes`; the reference pack is looked up under
//! `<root>/packs/Microsoft.NETCore.App.Ref`. Discovery runs once per process ([`toolchain`]).

use std::cmp::Ordering;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use crate::error::{Error, Result};
use crate::process;

/// The target framework every build in this crate is for.
pub const TFM: &str = "net10.0";
/// The major version of .NET that [`TFM`] names.
pub const DOTNET_MAJOR: u64 = 10;
/// The shared framework that plain console programs run on.
pub const NETCORE_APP: &str = "Microsoft.NETCore.App";

/// A .NET version such as `10.0.12` or `10.0.100-rc.1.25451.107`, ordered the way NuGet and
/// the host order them (a prerelease sorts before its release).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Version {
    /// Major version.
    pub major: u64,
    /// Minor version.
    pub minor: u64,
    /// Patch (for SDKs, the feature band and patch, e.g. 401).
    pub patch: u64,
    /// Prerelease label after `-`, empty for a release.
    pub pre: String,
}

impl Version {
    /// Parses `major.minor.patch[-pre]`; `None` when the text is not such a version.
    pub fn parse(text: &str) -> Option<Version> {
        let (nums, pre) = match text.split_once('-') {
            Some((nums, pre)) => (nums, pre.to_string()),
            None => (text, String::new()),
        };
        let mut parts = nums.split('.');
        let major = parts.next()?.parse().ok()?;
        let minor = parts.next()?.parse().ok()?;
        let patch = parts.next()?.parse().ok()?;
        if parts.next().is_some() {
            return None;
        }
        Some(Version { major, minor, patch, pre })
    }

    /// True for a release (no prerelease label).
    pub fn is_release(&self) -> bool {
        self.pre.is_empty()
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.major, self.minor, self.patch)
            .cmp(&(other.major, other.minor, other.patch))
            .then_with(|| match (self.pre.is_empty(), other.pre.is_empty()) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Greater,
                (false, true) => Ordering::Less,
                (false, false) => self.pre.cmp(&other.pre),
            })
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)?;
        if !self.pre.is_empty() {
            write!(f, "-{}", self.pre)?;
        }
        Ok(())
    }
}

/// The discovered toolchain. Obtain it with [`toolchain`].
#[derive(Debug, Clone)]
pub struct Toolchain {
    /// The installation root (`DOTNET_ROOT`).
    pub dotnet_root: PathBuf,
    /// The `dotnet` host executable.
    pub dotnet: PathBuf,
    /// The SDK used for compiling (highest installed with major >= 10).
    pub sdk_version: Version,
    /// `<root>/sdk/<version>`.
    pub sdk_dir: PathBuf,
    /// Roslyn's C# compiler, run as `dotnet csc.dll`.
    pub csc_dll: PathBuf,
    /// Version of the `Microsoft.NETCore.App.Ref` pack providing the reference assemblies.
    pub ref_pack_version: Version,
    /// `<root>/packs/Microsoft.NETCore.App.Ref/<version>/ref/net10.0`.
    pub ref_dir: PathBuf,
    /// Every reference assembly (`*.dll`) in [`Toolchain::ref_dir`], sorted by file name.
    pub reference_assemblies: Vec<PathBuf>,
    /// The shared framework version `dotnet app.dll` picks for net10.0 (highest 10.0.x).
    pub runtime_version: Version,
    /// `<root>/shared/Microsoft.NETCore.App/<version>`.
    pub shared_framework_dir: PathBuf,
    /// Every managed assembly (`*.dll`) of the shared framework, sorted by file name.
    pub framework_assemblies: Vec<PathBuf>,
}

static TOOLCHAIN: OnceLock<Toolchain> = OnceLock::new();

/// The toolchain of this machine, discovered on first call and remembered for the process.
pub fn toolchain() -> Result<&'static Toolchain> {
    if let Some(t) = TOOLCHAIN.get() {
        return Ok(t);
    }
    let discovered = Toolchain::discover()?;
    Ok(TOOLCHAIN.get_or_init(|| discovered))
}

/// The `dotnet` host executable.
pub fn dotnet_exe() -> Result<PathBuf> {
    Ok(toolchain()?.dotnet.clone())
}

/// The shared framework directory `dotnet app.dll` uses for net10.0 programs.
pub fn shared_framework_dir() -> Result<PathBuf> {
    Ok(toolchain()?.shared_framework_dir.clone())
}

/// The net10.0 reference assemblies (the `Microsoft.NETCore.App.Ref` pack), sorted.
pub fn reference_assemblies() -> Result<Vec<PathBuf>> {
    Ok(toolchain()?.reference_assemblies.clone())
}

impl Toolchain {
    /// Discovers the toolchain afresh (prefer [`toolchain`], which caches the answer).
    pub fn discover() -> Result<Toolchain> {
        let (dotnet_root, dotnet) = find_dotnet()?;

        let sdks = list(&dotnet, "--list-sdks")?;
        let (sdk_version, sdk_dir) = sdks
            .iter()
            .filter_map(|line| parse_list_line(line, false))
            .filter(|(_, v, _)| v.major >= DOTNET_MAJOR)
            .max_by(|a, b| a.1.cmp(&b.1))
            .map(|(_, v, base)| {
                let dir = base.join(v.to_string());
                (v, dir)
            })
            .ok_or_else(|| Error::ToolMissing {
                tool: ".NET SDK".into(),
                detail: format!(
                    "`{} --list-sdks` shows no SDK {DOTNET_MAJOR}.x or later (install the .NET {DOTNET_MAJOR} SDK)",
                    dotnet.display()
                ),
            })?;
        let csc_dll = sdk_dir.join("Roslyn").join("bincore").join("csc.dll");
        if !csc_dll.is_file() {
            return Err(Error::ToolMissing {
                tool: "Roslyn (csc.dll)".into(),
                detail: format!("expected at {}", csc_dll.display()),
            });
        }

        let runtimes = list(&dotnet, "--list-runtimes")?;
        let (runtime_version, shared_framework_dir) = runtimes
            .iter()
            .filter_map(|line| parse_list_line(line, true))
            .filter(|(name, v, _)| {
                name == NETCORE_APP && v.major == DOTNET_MAJOR && v.minor == 0 && v.is_release()
            })
            .max_by(|a, b| a.1.cmp(&b.1))
            .map(|(_, v, base)| {
                let dir = base.join(v.to_string());
                (v, dir)
            })
            .ok_or_else(|| Error::ToolMissing {
                tool: format!("{NETCORE_APP} {DOTNET_MAJOR}.0.x runtime"),
                detail: format!(
                    "`{} --list-runtimes` shows no {NETCORE_APP} {DOTNET_MAJOR}.0.x",
                    dotnet.display()
                ),
            })?;
        let framework_assemblies = dlls_in(&shared_framework_dir)?;
        if !framework_assemblies.iter().any(|p| p.ends_with("System.Private.CoreLib.dll")) {
            return Err(Error::ToolMissing {
                tool: format!("{NETCORE_APP} {runtime_version}"),
                detail: format!("no System.Private.CoreLib.dll in {}", shared_framework_dir.display()),
            });
        }

        let (ref_pack_version, ref_dir) = find_ref_pack(&dotnet_root)?;
        let reference_assemblies = dlls_in(&ref_dir)?;
        if !reference_assemblies.iter().any(|p| p.ends_with("System.Runtime.dll")) {
            return Err(Error::ToolMissing {
                tool: "net10.0 reference assemblies".into(),
                detail: format!("no System.Runtime.dll in {}", ref_dir.display()),
            });
        }

        Ok(Toolchain {
            dotnet_root,
            dotnet,
            sdk_version,
            sdk_dir,
            csc_dll,
            ref_pack_version,
            ref_dir,
            reference_assemblies,
            runtime_version,
            shared_framework_dir,
            framework_assemblies,
        })
    }

    /// A `Command` for the `dotnet` host with a quiet, reproducible environment.
    pub fn dotnet_command(&self) -> Command {
        let mut cmd = Command::new(&self.dotnet);
        process::quiet_dotnet_env(&mut cmd);
        cmd.env("DOTNET_ROOT", &self.dotnet_root);
        cmd
    }

    /// The text of a `<name>.runtimeconfig.json` that makes `dotnet <name>.dll` run on
    /// this machine's shared framework.
    pub fn runtime_config_json(&self) -> String {
        format!(
            "{{\n  \"runtimeOptions\": {{\n    \"tfm\": \"{TFM}\",\n    \"framework\": {{\n      \"name\": \"{NETCORE_APP}\",\n      \"version\": \"{}\"\n    }}\n  }}\n}}\n",
            self.runtime_version
        )
    }
}

/// Finds the `dotnet` executable and its root directory.
fn find_dotnet() -> Result<(PathBuf, PathBuf)> {
    if let Some(root) = std::env::var_os("DOTNET_ROOT").filter(|r| !r.is_empty()) {
        let exe = PathBuf::from(&root).join("dotnet");
        if exe.is_file() {
            let root = fs::canonicalize(&root).unwrap_or_else(|_| PathBuf::from(root));
            return Ok((root, exe));
        }
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        let candidate = dir.join("dotnet");
        if candidate.is_file() {
            let real = fs::canonicalize(&candidate)
                .map_err(|e| Error::io("resolve", &candidate, e))?;
            let root = real.parent().map(Path::to_path_buf).unwrap_or_default();
            return Ok((root, real));
        }
    }
    Err(Error::ToolMissing {
        tool: "dotnet".into(),
        detail: "neither $DOTNET_ROOT/dotnet nor `dotnet` on PATH exists (install the .NET 10 SDK)".into(),
    })
}

/// Runs `dotnet <arg>` and returns its output lines.
fn list(dotnet: &Path, arg: &str) -> Result<Vec<String>> {
    let mut cmd = Command::new(dotnet);
    process::quiet_dotnet_env(&mut cmd);
    cmd.arg(arg);
    let out = process::run("dotnet", &mut cmd)?;
    Ok(out.stdout.lines().map(str::to_string).collect())
}

/// Parses `10.0.401 [/usr/share/dotnet/sdk]` (SDKs) or
/// `Microsoft.NETCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.NETCore.App]` (runtimes).
fn parse_list_line(line: &str, named: bool) -> Option<(String, Version, PathBuf)> {
    let (head, rest) = line.trim().split_once(" [")?;
    let base = PathBuf::from(rest.strip_suffix(']')?);
    let (name, version) = if named { head.split_once(' ')? } else { ("", head) };
    Some((name.to_string(), Version::parse(version.trim())?, base))
}

/// The highest `Microsoft.NETCore.App.Ref` 10.x pack that has `ref/net10.0`.
fn find_ref_pack(root: &Path) -> Result<(Version, PathBuf)> {
    let packs = root.join("packs").join("Microsoft.NETCore.App.Ref");
    let mut best: Option<(Version, PathBuf)> = None;
    if let Ok(entries) = fs::read_dir(&packs) {
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(v) = name.to_str().and_then(Version::parse) else { continue };
            let dir = entry.path().join("ref").join(TFM);
            if v.major == DOTNET_MAJOR && dir.is_dir() && best.as_ref().is_none_or(|(b, _)| v > *b) {
                best = Some((v, dir));
            }
        }
    }
    best.ok_or_else(|| Error::ToolMissing {
        tool: format!("{TFM} reference assemblies"),
        detail: format!("no {}/<{DOTNET_MAJOR}.x>/ref/{TFM} (it ships with the .NET SDK)", packs.display()),
    })
}

/// All `*.dll` files directly in `dir`, sorted by file name.
pub(crate) fn dlls_in(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = fs::read_dir(dir).map_err(|e| Error::io("list", dir, e))?;
    let mut dlls = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io("list", dir, e))?;
        let path = entry.path();
        if path.extension().is_some_and(|x| x == "dll") && path.is_file() {
            dlls.push(path);
        }
    }
    dlls.sort();
    Ok(dlls)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_order_like_nuget() {
        let v = |s| Version::parse(s).unwrap();
        assert!(v("10.0.12") < v("10.0.14"));
        assert!(v("10.0.0-rc.1") < v("10.0.0"));
        assert!(v("9.0.300") < v("10.0.100"));
        assert_eq!(v("10.0.401").to_string(), "10.0.401");
        assert!(Version::parse("10.0").is_none());
        assert!(Version::parse("x.0.1").is_none());
    }

    #[test]
    fn parses_list_lines() {
        let (_, v, base) = parse_list_line("10.0.401 [/usr/share/dotnet/sdk]", false).unwrap();
        assert_eq!(v.to_string(), "10.0.401");
        assert_eq!(base, Path::new("/usr/share/dotnet/sdk"));
        let (name, v, _) = parse_list_line(
            "Microsoft.NETCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.NETCore.App]",
            true,
        )
        .unwrap();
        assert_eq!((name.as_str(), v.to_string().as_str()), ("Microsoft.NETCore.App", "10.0.12"));
        assert!(parse_list_line("garbage", true).is_none());
    }
}

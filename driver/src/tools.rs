//! Tool packages from NuGet, pinned: crossgen2, ILAsm and ILDAsm.
//!
//! The packages are restored on first use into `<cache>/tools/<version>/packages` by a
//! generated project of `<PackageDownload>` items and `dotnet restore --packages`, under a
//! file lock so that parallel tests and processes restore once. Each tool is then verified
//! (file present, executable) and a stamp file records success, so later uses cost a
//! `stat` or two. The version is [`DEFAULT_TOOLS_VERSION`] (the installed runtime's) unless
//! `R2RHOST_CROSSGEN2_VERSION` names another supported one.

use std::fs::{self, File};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::cache::{self, cache_root};
use crate::error::{Error, Result};
use crate::process;
use crate::toolchain::{Version, toolchain};

/// The pinned version of the tool packages.
pub const DEFAULT_TOOLS_VERSION: &str = "10.0.12";
/// Environment variable that selects another tool package version.
pub const TOOLS_VERSION_ENV: &str = "R2RHOST_CROSSGEN2_VERSION";
/// Lowest supported tool package version.
pub const MIN_TOOLS_VERSION: &str = "10.0.12";
/// Highest supported tool package version.
pub const MAX_TOOLS_VERSION: &str = "10.0.14";

/// NuGet id of the crossgen2 package.
pub const CROSSGEN2_PACKAGE: &str = "Microsoft.NETCore.App.Crossgen2.linux-x64";
/// NuGet id of the ILAsm package.
pub const ILASM_PACKAGE: &str = "runtime.linux-x64.Microsoft.NETCore.ILAsm";
/// NuGet id of the ILDAsm package.
pub const ILDASM_PACKAGE: &str = "runtime.linux-x64.Microsoft.NETCore.ILDAsm";

/// One restored, verified tool.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Tool {
    /// The NuGet package it comes from.
    pub package: &'static str,
    /// The package version.
    pub version: String,
    /// The executable.
    pub path: PathBuf,
}

impl Tool {
    /// `package/version`: what goes into cache keys as the tool's identity.
    pub fn identity(&self) -> String {
        format!("{}/{}", self.package, self.version)
    }
}

/// The restored tool set.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Tools {
    /// The package version all three tools share.
    pub version: String,
    /// The NuGet packages folder they were restored into.
    pub packages_dir: PathBuf,
    /// crossgen2 (a native single-file executable).
    pub crossgen2: Tool,
    /// ilasm.
    pub ilasm: Tool,
    /// ildasm.
    pub ildasm: Tool,
}

/// The tool version to use: `$R2RHOST_CROSSGEN2_VERSION` if set (must be within
/// [`MIN_TOOLS_VERSION`]..=[`MAX_TOOLS_VERSION`]), else [`DEFAULT_TOOLS_VERSION`].
pub fn tools_version() -> Result<Version> {
    parse_tools_version(std::env::var(TOOLS_VERSION_ENV).ok().as_deref())
}

/// Validates a requested tool version (`None` or blank: the default).
pub fn parse_tools_version(requested: Option<&str>) -> Result<Version> {
    let text = requested.map(str::trim).filter(|t| !t.is_empty()).unwrap_or(DEFAULT_TOOLS_VERSION);
    let version = Version::parse(text)
        .ok_or_else(|| Error::bad_input(format!("{TOOLS_VERSION_ENV}={text} is not a version")))?;
    let (min, max) = (Version::parse(MIN_TOOLS_VERSION), Version::parse(MAX_TOOLS_VERSION));
    if min.is_some_and(|m| version < m) || max.is_some_and(|m| version > m) {
        return Err(Error::bad_input(format!(
            "{TOOLS_VERSION_ENV}={version} is outside the supported {MIN_TOOLS_VERSION}..={MAX_TOOLS_VERSION}"
        )));
    }
    Ok(version)
}

static TOOLS: OnceLock<Tools> = OnceLock::new();

/// The tools at [`tools_version`], restored on first use and remembered for the process.
pub fn tools() -> Result<&'static Tools> {
    if let Some(t) = TOOLS.get() {
        return Ok(t);
    }
    let restored = restore(&tools_version()?)?;
    Ok(TOOLS.get_or_init(|| restored))
}

/// Restores (if needed) and verifies the tools at `version`.
pub fn restore(version: &Version) -> Result<Tools> {
    let base = cache_root().join("tools").join(version.to_string());
    let packages_dir = base.join("packages");
    let stamp = base.join("restored.stamp");
    let tools = layout(version, &packages_dir);
    if stamp.is_file() && verify(&tools).is_ok() {
        return Ok(tools);
    }

    fs::create_dir_all(&base).map_err(|e| Error::io("create", &base, e))?;
    let lock_path = cache_root().join("tools").join(format!("{version}.lock"));
    let lock = File::create(&lock_path).map_err(|e| Error::io("create", &lock_path, e))?;
    lock.lock().map_err(|e| Error::io("lock", &lock_path, e))?;
    if stamp.is_file() && verify(&tools).is_ok() {
        return Ok(tools);
    }

    let project_dir = base.join("restore");
    fs::create_dir_all(&project_dir).map_err(|e| Error::io("create", &project_dir, e))?;
    let project = project_dir.join("r2rhost-tools.csproj");
    cache::write(&project, restore_project(version).as_bytes())?;

    let tc = toolchain()?;
    let mut cmd = tc.dotnet_command();
    cmd.arg("restore")
        .arg(&project)
        .arg("--packages")
        .arg(&packages_dir)
        // Keep whatever surrounds the cache directory out of this restore.
        .arg("-p:ImportDirectoryBuildProps=false")
        .arg("-p:ImportDirectoryBuildTargets=false")
        .arg("-p:ImportDirectoryPackagesProps=false")
        .current_dir(&project_dir);
    process::run("dotnet restore (crossgen2, ilasm, ildasm)", &mut cmd)?;

    verify(&tools)?;
    cache::write(&stamp, format!("{}\n", version).as_bytes())?;
    drop(lock);
    Ok(tools)
}

/// Where each tool lands inside a NuGet packages folder (ids are lower-cased on disk).
fn layout(version: &Version, packages_dir: &Path) -> Tools {
    let v = version.to_string();
    let pkg = |id: &str| packages_dir.join(id.to_ascii_lowercase()).join(&v);
    let native = |id: &str, exe: &str| pkg(id).join("runtimes").join("linux-x64").join("native").join(exe);
    Tools {
        version: v.clone(),
        packages_dir: packages_dir.to_path_buf(),
        crossgen2: Tool {
            package: CROSSGEN2_PACKAGE,
            version: v.clone(),
            path: pkg(CROSSGEN2_PACKAGE).join("tools").join("crossgen2"),
        },
        ilasm: Tool { package: ILASM_PACKAGE, version: v.clone(), path: native(ILASM_PACKAGE, "ilasm") },
        ildasm: Tool { package: ILDASM_PACKAGE, version: v.clone(), path: native(ILDASM_PACKAGE, "ildasm") },
    }
}

/// Checks that every tool exists and is executable (adding the owner's execute bit if an
/// extraction lost it).
fn verify(tools: &Tools) -> Result<()> {
    for tool in [&tools.crossgen2, &tools.ilasm, &tools.ildasm] {
        let meta = fs::metadata(&tool.path).map_err(|_| Error::ToolMissing {
            tool: tool.identity(),
            detail: format!("restore did not produce {}", tool.path.display()),
        })?;
        if !meta.is_file() {
            return Err(Error::ToolMissing {
                tool: tool.identity(),
                detail: format!("{} is not a file", tool.path.display()),
            });
        }
        let mode = meta.permissions().mode();
        if mode & 0o111 == 0 {
            fs::set_permissions(&tool.path, fs::Permissions::from_mode(mode | 0o755))
                .map_err(|e| Error::io("make executable", &tool.path, e))?;
        }
    }
    Ok(())
}

/// The generated project: downloads the three packages, builds nothing.
fn restore_project(version: &Version) -> String {
    format!(
        r#"<!-- Generated by r2rhost-driver: restores the pinned tool packages. -->
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <DisableImplicitNuGetFallbackFolder>true</DisableImplicitNuGetFallbackFolder>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="{CROSSGEN2_PACKAGE}" Version="[{version}]" />
    <PackageDownload Include="{ILASM_PACKAGE}" Version="[{version}]" />
    <PackageDownload Include="{ILDASM_PACKAGE}" Version="[{version}]" />
  </ItemGroup>
</Project>
"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tool_versions_are_validated() {
        assert_eq!(parse_tools_version(None).unwrap().to_string(), DEFAULT_TOOLS_VERSION);
        assert_eq!(parse_tools_version(Some(" ")).unwrap().to_string(), DEFAULT_TOOLS_VERSION);
        assert_eq!(parse_tools_version(Some("10.0.14")).unwrap().to_string(), "10.0.14");
        assert!(matches!(parse_tools_version(Some("10.0.11")), Err(Error::BadInput(_))));
        assert!(matches!(parse_tools_version(Some("10.0.15")), Err(Error::BadInput(_))));
        assert!(matches!(parse_tools_version(Some("latest")), Err(Error::BadInput(_))));
    }

    #[test]
    fn restore_project_pins_exact_versions() {
        let text = restore_project(&Version::parse("10.0.13").unwrap());
        assert!(text.contains(r#"Include="Microsoft.NETCore.App.Crossgen2.linux-x64" Version="[10.0.13]""#));
        assert_eq!(text.matches("PackageDownload").count(), 3);
    }
}

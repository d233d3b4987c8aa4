//! C# builds with Roslyn, against the real net10.0 reference assemblies, the way
//! `dotnet build` compiles: `-nostdlib -noconfig`, every reference-pack assembly,
//! `-langversion:latest`, nullable enabled, `-deterministic`, the SDK's standard defines.
//! Exes get a `<name>.runtimeconfig.json` so `dotnet <name>.dll` runs them.

use std::path::{Path, PathBuf};

use crate::cache::{self, BuildOutput, CacheKey, KeyBuilder};
use crate::error::{Error, Result};
use crate::process;
use crate::toolchain::toolchain;

/// What kind of assembly to produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OutputKind {
    /// A console program (`<name>.dll` + `<name>.runtimeconfig.json`).
    #[default]
    Exe,
    /// A class library (`<name>.dll`).
    Library,
}

impl OutputKind {
    /// `exe` or `library`.
    pub fn as_str(self) -> &'static str {
        match self {
            OutputKind::Exe => "exe",
            OutputKind::Library => "library",
        }
    }
}

/// Defines `dotnet build` passes for a net10.0 project (plus `RELEASE`/`DEBUG`).
const SDK_DEFINES: &[&str] = &[
    "TRACE",
    "NET",
    "NET10_0",
    "NETCOREAPP",
    "NET5_0_OR_GREATER",
    "NET6_0_OR_GREATER",
    "NET7_0_OR_GREATER",
    "NET8_0_OR_GREATER",
    "NET9_0_OR_GREATER",
    "NET10_0_OR_GREATER",
    "NETCOREAPP3_1_OR_GREATER",
];

/// A C# compilation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CscRequest {
    /// Assembly name; the output is `<name>.dll`.
    pub name: String,
    /// C# source files, compiled in this order.
    pub sources: Vec<PathBuf>,
    /// Exe or library.
    pub kind: OutputKind,
    /// `-optimize+` (default) or `-optimize-`.
    pub optimize: bool,
    /// `-unsafe+`.
    pub allow_unsafe: bool,
    /// Extra references (other built assemblies), beyond the net10.0 reference pack.
    pub references: Vec<PathBuf>,
    /// Copy `references` into the output directory, as `dotnet build` does for project
    /// references, so an exe runs from there (default true).
    pub copy_references: bool,
    /// Extra preprocessor symbols.
    pub defines: Vec<String>,
    /// Further csc arguments, verbatim (escape hatch).
    pub extra_args: Vec<String>,
    /// Compile a core library: no framework reference pack and none of the SDK's default
    /// options or defines — `extra_args` carry every option (the corelib shim's `csc.rsp`).
    pub standalone: bool,
}

impl CscRequest {
    /// A request with the defaults: optimized, safe, no extra references or defines.
    pub fn new(name: impl Into<String>, kind: OutputKind, sources: Vec<PathBuf>) -> Self {
        CscRequest {
            name: name.into(),
            sources,
            kind,
            optimize: true,
            allow_unsafe: false,
            references: Vec::new(),
            copy_references: true,
            defines: Vec::new(),
            extra_args: Vec::new(),
            standalone: false,
        }
    }

    fn validate(&self) -> Result<()> {
        validate_name(&self.name)?;
        if self.sources.is_empty() {
            return Err(Error::bad_input(format!("csc {}: no source files", self.name)));
        }
        for define in &self.defines {
            let mut chars = define.chars();
            let ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
            if !ok {
                return Err(Error::bad_input(format!("csc {}: bad define {define:?}", self.name)));
            }
        }
        if self.copy_references {
            let own = format!("{}.dll", self.name);
            for r in &self.references {
                if r.file_name().is_some_and(|n| n.eq_ignore_ascii_case(own.as_str())) {
                    return Err(Error::bad_input(format!(
                        "csc {}: reference {} has the output's own name",
                        self.name,
                        r.display()
                    )));
                }
            }
        }
        Ok(())
    }

    /// The cache key of this build (validates the request and reads every input).
    pub fn cache_key(&self) -> Result<CacheKey> {
        self.validate()?;
        let tc = toolchain()?;
        let mut key = KeyBuilder::new("csc");
        key.text("tool", &format!("Roslyn from SDK {}", tc.sdk_version))
            .text("reference-pack", &format!("Microsoft.NETCore.App.Ref/{}", tc.ref_pack_version))
            .text("name", &self.name)
            .text("kind", self.kind.as_str())
            .flag("optimize", self.optimize)
            .flag("unsafe", self.allow_unsafe)
            .flag("copy-references", self.copy_references)
            .flag("standalone", self.standalone)
            .list("defines", &self.defines)
            .list("extra-args", &self.extra_args);
        if self.kind == OutputKind::Exe {
            key.text("runtime", &format!("Microsoft.NETCore.App/{}", tc.runtime_version));
        }
        key.files("sources", &self.sources)?.files("references", &self.references)?;
        Ok(key.finish())
    }

    /// Compiles (or takes the cached result).
    pub fn build(&self) -> Result<CscOutput> {
        let key = self.cache_key()?;
        let tc = toolchain()?;
        let dll_name = format!("{}.dll", self.name);
        let build = cache::build_cached("csc", &key, |dir| {
            let mut cmd = tc.dotnet_command();
            if self.standalone {
                cmd.arg(&tc.csc_dll).args(["-noconfig", "-utf8output"]).args(&self.extra_args);
                cmd.arg(format!("-out:{}", dir.join(&dll_name).display()));
                for r in &self.references {
                    cmd.arg(format!("-r:{}", absolute(r)?.display()));
                }
                for s in &self.sources {
                    cmd.arg(absolute(s)?);
                }
                cmd.current_dir(dir);
                let out = process::run("csc", &mut cmd)?;
                return Ok(format!("$ {}\n{}", process::render(&cmd), out.log()));
            }
            cmd.arg(&tc.csc_dll)
                .args(["-nologo", "-noconfig", "-nostdlib+", "-langversion:latest", "-nullable:enable"])
                .args(["-deterministic+", "-filealign:512", "-highentropyva+", "-utf8output"])
                .args(["-nowarn:1701,1702", "-debug-"])
                .arg(format!("-target:{}", self.kind.as_str()))
                .arg(if self.optimize { "-optimize+" } else { "-optimize-" })
                .arg(if self.allow_unsafe { "-unsafe+" } else { "-unsafe-" });
            let mut defines: Vec<&str> = SDK_DEFINES.to_vec();
            defines.push(if self.optimize { "RELEASE" } else { "DEBUG" });
            defines.extend(self.defines.iter().map(String::as_str));
            cmd.arg(format!("-define:{}", defines.join(";")));
            cmd.arg(format!("-out:{}", dir.join(&dll_name).display()));
            for r in tc.reference_assemblies.iter().chain(&self.references) {
                cmd.arg(format!("-r:{}", absolute(r)?.display()));
            }
            cmd.args(&self.extra_args);
            for s in &self.sources {
                cmd.arg(absolute(s)?);
            }
            cmd.current_dir(dir);
            let out = process::run("csc", &mut cmd)?;
            let log = format!("$ {}\n{}", process::render(&cmd), out.log());
            if self.kind == OutputKind::Exe {
                cache::write(&dir.join(format!("{}.runtimeconfig.json", self.name)), tc.runtime_config_json().as_bytes())?;
            }
            if self.copy_references {
                for r in &self.references {
                    if let Some(file_name) = r.file_name() {
                        cache::copy(r, &dir.join(file_name))?;
                    }
                }
            }
            Ok(log)
        })?;
        let dir = &build.dir;
        Ok(CscOutput {
            assembly: dir.join(&dll_name),
            runtime_config: (self.kind == OutputKind::Exe)
                .then(|| dir.join(format!("{}.runtimeconfig.json", self.name))),
            copied_references: if self.copy_references {
                self.references.iter().filter_map(|r| r.file_name()).map(|n| dir.join(n)).collect()
            } else {
                Vec::new()
            },
            build,
        })
    }
}

/// The result of a [`CscRequest`].
#[derive(Debug, Clone, serde::Serialize)]
pub struct CscOutput {
    /// `<dir>/<name>.dll`.
    pub assembly: PathBuf,
    /// `<dir>/<name>.runtimeconfig.json` for exes.
    pub runtime_config: Option<PathBuf>,
    /// References copied beside the assembly.
    pub copied_references: Vec<PathBuf>,
    /// Cache directory, key, hit or miss, log.
    pub build: BuildOutput,
}

/// Compiles `request` (same as [`CscRequest::build`]).
pub fn csc(request: &CscRequest) -> Result<CscOutput> {
    request.build()
}

/// Checks an assembly/output name: letters, digits, `.`, `_`, `-`; not starting with `.`.
pub(crate) fn validate_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && !name.starts_with('.')
        && name.len() <= 128
        && name.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c));
    if ok { Ok(()) } else { Err(Error::bad_input(format!("bad output name {name:?}"))) }
}

/// `path` made absolute against the current directory (tools run in the output directory).
pub(crate) fn absolute(path: &Path) -> Result<PathBuf> {
    std::path::absolute(path).map_err(|e| Error::io("resolve", path, e))
}

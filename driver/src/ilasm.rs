//! IL assembly with the pinned ILAsm: `.il` → dll or exe (+ runtimeconfig for exes).
//!
//! IL sources name their dependencies themselves (`.assembly extern System.Runtime`,
//! `System.Console`, ...); ILAsm resolves nothing, so no references are passed.

use std::path::PathBuf;

use crate::cache::{self, BuildOutput, CacheKey, KeyBuilder};
use crate::csc::{OutputKind, absolute, validate_name};
use crate::error::{Error, Result};
use crate::process;
use crate::toolchain::toolchain;
use crate::tools::tools;

/// An ILAsm build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IlasmRequest {
    /// Output name; the output is `<name>.dll`.
    pub name: String,
    /// The `.il` source.
    pub source: PathBuf,
    /// `-exe` or `-dll`.
    pub kind: OutputKind,
    /// `-optimize` (long branch forms to short; default true).
    pub optimize: bool,
    /// Further ilasm arguments, verbatim (escape hatch).
    pub extra_args: Vec<String>,
}

impl IlasmRequest {
    /// A request with the defaults (optimized).
    pub fn new(name: impl Into<String>, kind: OutputKind, source: PathBuf) -> Self {
        IlasmRequest { name: name.into(), source, kind, optimize: true, extra_args: Vec::new() }
    }

    /// The cache key of this build (validates the request, restores the tools if needed).
    pub fn cache_key(&self) -> Result<CacheKey> {
        validate_name(&self.name)?;
        if self.source.extension().is_none_or(|e| e != "il") {
            return Err(Error::bad_input(format!("ilasm {}: source {} is not a .il file", self.name, self.source.display())));
        }
        let tools = tools()?;
        let tc = toolchain()?;
        let mut key = KeyBuilder::new("ilasm");
        key.text("tool", &tools.ilasm.identity())
            .text("name", &self.name)
            .text("kind", self.kind.as_str())
            .flag("optimize", self.optimize)
            .list("extra-args", &self.extra_args);
        if self.kind == OutputKind::Exe {
            key.text("runtime", &format!("Microsoft.NETCore.App/{}", tc.runtime_version));
        }
        key.file("source", &self.source)?;
        Ok(key.finish())
    }

    /// Assembles (or takes the cached result).
    pub fn build(&self) -> Result<IlasmOutput> {
        let key = self.cache_key()?;
        let (tools, tc) = (tools()?, toolchain()?);
        let dll_name = format!("{}.dll", self.name);
        let build = cache::build_cached("ilasm", &key, |dir| {
            let mut cmd = std::process::Command::new(&tools.ilasm.path);
            cmd.arg(if self.kind == OutputKind::Exe { "-exe" } else { "-dll" })
                .args(["-nologo", "-quiet", "-det"])
                .arg(format!("-output={}", dir.join(&dll_name).display()));
            if self.optimize {
                cmd.arg("-optimize");
            }
            cmd.args(&self.extra_args).arg(absolute(&self.source)?).current_dir(dir);
            let out = process::run("ilasm", &mut cmd)?;
            let log = format!("$ {}\n{}", process::render(&cmd), out.log());
            if !dir.join(&dll_name).is_file() {
                return Err(Error::ToolFailed {
                    tool: "ilasm".into(),
                    command: process::render(&cmd),
                    status: "exit status: 0 but no output".into(),
                    stdout: out.stdout,
                    stderr: out.stderr,
                });
            }
            if self.kind == OutputKind::Exe {
                cache::write(&dir.join(format!("{}.runtimeconfig.json", self.name)), tc.runtime_config_json().as_bytes())?;
            }
            Ok(log)
        })?;
        Ok(IlasmOutput {
            assembly: build.dir.join(&dll_name),
            runtime_config: (self.kind == OutputKind::Exe)
                .then(|| build.dir.join(format!("{}.runtimeconfig.json", self.name))),
            build,
        })
    }
}

/// The result of an [`IlasmRequest`].
#[derive(Debug, Clone, serde::Serialize)]
pub struct IlasmOutput {
    /// `<dir>/<name>.dll`.
    pub assembly: PathBuf,
    /// `<dir>/<name>.runtimeconfig.json` for exes.
    pub runtime_config: Option<PathBuf>,
    /// Cache directory, key, hit or miss, log.
    pub build: BuildOutput,
}

/// Assembles `request` (same as [`IlasmRequest::build`]).
pub fn ilasm(request: &IlasmRequest) -> Result<IlasmOutput> {
    request.build()
}

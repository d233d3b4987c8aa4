//! Disassembly with the pinned ILDAsm, for diagnostics and tests.
//!
//! The text is cached like a build (`<cache>/ildasm/<key>/<stem>.il`). ILDAsm prints the
//! address it happened to map the image at (`// Image base: 0x...`); that line is dropped
//! so the text depends on the assembly alone.

use std::path::PathBuf;

use crate::cache::{self, BuildOutput, CacheKey, KeyBuilder};
use crate::csc::absolute;
use crate::error::{Error, Result};
use crate::process;
use crate::tools::tools;

/// An ILDAsm dump.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IldasmRequest {
    /// The assembly to disassemble.
    pub assembly: PathBuf,
    /// `-tokens`: show metadata tokens.
    pub tokens: bool,
    /// `-bytes`: show instruction bytes.
    pub bytes: bool,
    /// `-raweh`: exception clauses in raw form.
    pub raw_eh: bool,
    /// `-headers`: PE and CLI headers.
    pub headers: bool,
    /// Further ildasm arguments, verbatim (e.g. `-r2rnativemetadata`, `-item=...`).
    pub extra_args: Vec<String>,
}

/// The result of an [`IldasmRequest`].
#[derive(Debug, Clone, serde::Serialize)]
pub struct IldasmOutput {
    /// The disassembly.
    pub text: String,
    /// Where it is stored: `<dir>/<stem>.il`.
    pub file: PathBuf,
    /// Cache directory, key, hit or miss, log.
    pub build: BuildOutput,
}

impl IldasmRequest {
    /// A plain dump of `assembly`.
    pub fn new(assembly: PathBuf) -> Self {
        IldasmRequest { assembly, ..Default::default() }
    }

    fn args(&self) -> Vec<String> {
        let mut args = vec!["-utf8".to_string()];
        for (on, arg) in [(self.tokens, "-tokens"), (self.bytes, "-bytes"), (self.raw_eh, "-raweh"), (self.headers, "-headers")] {
            if on {
                args.push(arg.into());
            }
        }
        args.extend(self.extra_args.iter().cloned());
        args
    }

    fn stem(&self) -> String {
        self.assembly.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into())
    }

    /// The cache key of this dump.
    pub fn cache_key(&self) -> Result<CacheKey> {
        let tools = tools()?;
        let mut key = KeyBuilder::new("ildasm");
        key.text("tool", &tools.ildasm.identity()).list("options", &self.args()).file("assembly", &self.assembly)?;
        Ok(key.finish())
    }

    /// Disassembles (or takes the cached text).
    pub fn build(&self) -> Result<IldasmOutput> {
        let key = self.cache_key()?;
        let tools = tools()?;
        let file_name = format!("{}.il", self.stem());
        let build = cache::build_cached("ildasm", &key, |dir| {
            let mut cmd = std::process::Command::new(&tools.ildasm.path);
            cmd.args(self.args()).arg(absolute(&self.assembly)?).current_dir(dir);
            let out = process::run("ildasm", &mut cmd)?;
            let text: String = out
                .stdout
                .lines()
                .filter(|l| !l.starts_with("// Image base:"))
                .flat_map(|l| [l, "\n"])
                .collect();
            cache::write(&dir.join(&file_name), text.as_bytes())?;
            Ok(out.stderr)
        })?;
        let file = build.dir.join(&file_name);
        let text = std::fs::read_to_string(&file).map_err(|e| Error::io("read", &file, e))?;
        Ok(IldasmOutput { text, file, build })
    }
}

/// Disassembles `request` (same as [`IldasmRequest::build`]).
pub fn ildasm(request: &IldasmRequest) -> Result<IldasmOutput> {
    request.build()
}

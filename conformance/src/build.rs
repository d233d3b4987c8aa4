//! Building a case into a runnable `.dll` with the project's driver (Roslyn for `.cs`,
//! ILAsm for `.il`, content-hash cached), honouring `build:`.
//!
//! The [`Builder`] trait is the seam: the runner's own tests use a fake builder so they need
//! neither the .NET SDK nor the runtime.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use r2rhost_driver::{CscRequest, IlasmRequest, OutputKind};

use crate::case::Expectation;

/// A built case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Built {
    /// The program (`<dir>/<name>.dll`, with its runtimeconfig and libraries beside it).
    pub app: PathBuf,
    /// True when nothing was compiled (everything came from the cache).
    pub cache_hit: bool,
    /// Time spent.
    pub duration: Duration,
}

/// Builds cases.
pub trait Builder: Send + Sync + std::fmt::Debug {
    /// Builds the case at `path` (a `.cs` or `.il` file) with its parsed expectation.
    /// Errors are complete messages (compiler output included).
    fn build(&self, path: &Path, expect: &Expectation) -> Result<Built, String>;
}

/// The real builder: [`r2rhost_driver`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DriverBuilder;

/// The assembly name of a source file: its file stem.
fn assembly_name(path: &Path) -> Result<String, String> {
    path.file_stem()
        .and_then(|s| s.to_str())
        .map(str::to_string)
        .ok_or_else(|| format!("{}: no usable file name", path.display()))
}

fn extension(path: &Path) -> &str {
    path.extension().and_then(|e| e.to_str()).unwrap_or("")
}

impl Builder for DriverBuilder {
    fn build(&self, path: &Path, expect: &Expectation) -> Result<Built, String> {
        let start = Instant::now();
        let dir = path.parent().unwrap_or(Path::new("."));
        let mut cache_hit = true;
        let mut libraries = Vec::new();
        for lib in expect.libraries() {
            let source = dir.join(lib);
            if !source.is_file() {
                return Err(format!("build: library:{} — {} does not exist", lib.display(), source.display()));
            }
            let name = assembly_name(&source)?;
            let fail = |e: r2rhost_driver::Error| format!("building library {}: {e}", source.display());
            let (assembly, build) = match extension(&source) {
                "cs" => {
                    let mut req = CscRequest::new(name, OutputKind::Library, vec![source.clone()]);
                    req.allow_unsafe = expect.allow_unsafe();
                    let out = req.build().map_err(fail)?;
                    (out.assembly, out.build)
                }
                "il" => {
                    let out = IlasmRequest::new(name, OutputKind::Library, source.clone()).build().map_err(fail)?;
                    (out.assembly, out.build)
                }
                other => return Err(format!("build: library:{} — unknown source type {other:?} (.cs or .il)", lib.display())),
            };
            cache_hit &= build.cache_hit;
            libraries.push(assembly);
        }

        let name = assembly_name(path)?;
        let fail = |e: r2rhost_driver::Error| e.to_string();
        let app = match extension(path) {
            "cs" => {
                let mut req = CscRequest::new(name, OutputKind::Exe, vec![path.to_path_buf()]);
                req.allow_unsafe = expect.allow_unsafe();
                req.references = libraries;
                let out = req.build().map_err(fail)?;
                cache_hit &= out.build.cache_hit;
                out.assembly
            }
            "il" => {
                if expect.allow_unsafe() {
                    return Err("build: `unsafe` applies to C# cases only".into());
                }
                let out = IlasmRequest::new(name, OutputKind::Exe, path.to_path_buf()).build().map_err(fail)?;
                cache_hit &= out.build.cache_hit;
                if libraries.is_empty() {
                    out.assembly
                } else {
                    stage(&out.assembly, &out.build.key, &libraries)?
                }
            }
            other => return Err(format!("unknown case type {other:?} (.cs or .il)")),
        };
        Ok(Built { app, cache_hit, duration: start.elapsed() })
    }
}

/// ILAsm does not copy references: put the exe, its runtimeconfig and the libraries into
/// `target/conformance/stage/<key>/` (written to a temporary directory, then renamed).
fn stage(exe: &Path, key: &str, libraries: &[PathBuf]) -> Result<PathBuf, String> {
    let root = crate::mode::target_dir().join("conformance").join("stage");
    let libs_key: String = libraries.iter().map(|l| l.display().to_string()).collect::<Vec<_>>().join("|");
    let dir = root.join(format!("{}-{:016x}", &key[..key.len().min(32)], fnv1a(libs_key.as_bytes())));
    let file_name = exe.file_name().ok_or("exe without a file name")?;
    if !dir.is_dir() {
        let tmp = root.join(format!(".tmp-{}-{}", std::process::id(), fnv1a(dir.to_string_lossy().as_bytes())));
        let io = |what: &str, p: &Path, e: std::io::Error| format!("cannot {what} {}: {e}", p.display());
        std::fs::create_dir_all(&tmp).map_err(|e| io("create", &tmp, e))?;
        let exe_dir = exe.parent().unwrap_or(Path::new("."));
        let mut files = vec![exe.to_path_buf(), exe_dir.join(Path::new(file_name).with_extension("runtimeconfig.json"))];
        files.extend(libraries.iter().cloned());
        for f in &files {
            if let Some(n) = f.file_name() {
                std::fs::copy(f, tmp.join(n)).map_err(|e| io("copy", f, e))?;
            }
        }
        if std::fs::rename(&tmp, &dir).is_err() {
            let _ = std::fs::remove_dir_all(&tmp);
            if !dir.is_dir() {
                return Err(format!("cannot create {}", dir.display()));
            }
        }
    }
    Ok(dir.join(file_name))
}

/// FNV-1a, for short stable directory names.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

//! Execution modes. A mode is data: a name, a command template and environment variables.
//! Adding a mode is one line in [`MODES`] (plus, if it should run by default, its name in
//! [`DEFAULT_MODES`]).
//!
//! Command templates are argument lists. The first word is the program: `{dotnet}` (the
//! `dotnet` host of the toolchain), `{r2rhost}` (the r2rhost binary, see [`find_r2rhost`]) or
//! a path. In the other words `{app}` is replaced by the built program's `.dll` path and
//! `{dir}` by its directory, and a word that is exactly `{args}` expands to the case's
//! `args:`.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::error::Error;

/// The name of the oracle mode: CoreCLR, whose behaviour defines the expectations.
pub const ORACLE: &str = "oracle";

/// Environment variable: the modes to run, comma-separated (default [`DEFAULT_MODES`]).
pub const MODES_ENV: &str = "R2RHOST_CONFORMANCE_MODES";
/// Environment variable: the r2rhost binary to run (default: found in the target dir).
pub const BIN_ENV: &str = "R2RHOST_BIN";

/// A built-in mode.
#[derive(Debug, Clone, Copy)]
pub struct ModeSpec {
    /// Its name (`oracle`, `jit`, ...), used in trial names and `known-failures.txt`.
    pub name: &'static str,
    /// The command template.
    pub command: &'static [&'static str],
    /// Extra environment for the run.
    pub env: &'static [(&'static str, &'static str)],
    /// One line for `--help` and docs.
    pub about: &'static str,
}

/// Every built-in mode. One line per mode.
pub const MODES: &[ModeSpec] = &[
    ModeSpec { name: ORACLE, command: &["{dotnet}", "{app}", "{args}"], env: &[], about: "CoreCLR (`dotnet app.dll`): the expectation source" },
    ModeSpec { name: "jit", command: &["{r2rhost}", "run", "{app}", "{args}"], env: &[], about: "r2rhost: every method through the Cranelift JIT" },
    ModeSpec {
        name: "jit-checked",
        command: &["{r2rhost}", "run", "--verify", "--verify-heap", "{app}", "{args}"],
        env: &[],
        about: "r2rhost JIT with Cranelift's IR verifier on every method and a heap check at exit",
    },
];

/// The modes run when neither `R2RHOST_CONFORMANCE_MODES` nor `--mode` says otherwise.
pub const DEFAULT_MODES: &[&str] = &[ORACLE, "jit", "jit-checked"];

/// Environment every built-in mode runs under: a pinned locale (the expectations are
/// CoreCLR's output under C.UTF-8; see `cases/README.md`).
pub const COMMON_ENV: &[(&str, &str)] = &[("LANG", "C.UTF-8"), ("LC_ALL", "C.UTF-8")];

/// The names of the built-in modes.
pub fn mode_names() -> Vec<&'static str> {
    MODES.iter().map(|m| m.name).collect()
}

/// A mode ready to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mode {
    /// The name.
    pub name: String,
    /// The program to start.
    pub program: PathBuf,
    /// Its arguments, a template (`{app}`, `{dir}`, `{args}`).
    pub args: Vec<String>,
    /// Environment set for the run (on top of the inherited one).
    pub env: Vec<(String, String)>,
    /// True for the expectation source: only its trials rewrite cases under `BLESS=1`.
    pub is_oracle: bool,
}

impl Mode {
    /// A mode with an explicit program (tests use fake ones, e.g. `/bin/sh -c ...`).
    pub fn custom(name: &str, program: impl Into<PathBuf>, args: &[&str], env: &[(&str, &str)]) -> Mode {
        Mode {
            name: name.to_string(),
            program: program.into(),
            args: args.iter().map(|a| a.to_string()).collect(),
            env: env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            is_oracle: false,
        }
    }

    /// The built-in mode `name`, with its program located (`{dotnet}` through the driver's
    /// toolchain, `{r2rhost}` through `r2rhost`, or [`find_r2rhost`] when `None`).
    pub fn builtin(name: &str, r2rhost: Option<&Path>) -> Result<Mode, Error> {
        let spec = MODES.iter().find(|m| m.name == name).ok_or_else(|| {
            Error::Mode(format!("unknown mode {name:?} (known: {})", mode_names().join(", ")))
        })?;
        let (first, rest) = spec.command.split_first().ok_or_else(|| Error::Mode(format!("mode {name}: empty command")))?;
        let mut env: Vec<(String, String)> = COMMON_ENV.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let program = match *first {
            "{dotnet}" => {
                let tc = r2rhost_driver::toolchain().map_err(|e| Error::Mode(format!("mode {name}: {e}")))?;
                env.push(("DOTNET_ROOT".into(), tc.dotnet_root.display().to_string()));
                env.push(("DOTNET_CLI_TELEMETRY_OPTOUT".into(), "1".into()));
                env.push(("DOTNET_NOLOGO".into(), "1".into()));
                tc.dotnet.clone()
            }
            "{r2rhost}" => match r2rhost {
                Some(path) => path.to_path_buf(),
                None => find_r2rhost()?,
            },
            other => PathBuf::from(other),
        };
        env.extend(spec.env.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        Ok(Mode {
            name: name.to_string(),
            program,
            args: rest.iter().map(|a| a.to_string()).collect(),
            env,
            is_oracle: name == ORACLE,
        })
    }

    /// The argument list for running `app` with the case's `args`.
    pub fn expand_args(&self, app: &Path, case_args: &[String]) -> Vec<OsString> {
        let dir = app.parent().unwrap_or(Path::new("."));
        let mut out = Vec::new();
        for word in &self.args {
            if word == "{args}" {
                out.extend(case_args.iter().map(OsString::from));
            } else if word.contains('{') {
                let app_s = app.display().to_string();
                let dir_s = dir.display().to_string();
                out.push(word.replace("{app}", &app_s).replace("{dir}", &dir_s).into());
            } else {
                out.push(word.into());
            }
        }
        out
    }
}

/// The modes named by `R2RHOST_CONFORMANCE_MODES` (comma-separated), or [`DEFAULT_MODES`].
pub fn modes_from_env() -> Result<Vec<String>, Error> {
    match std::env::var(MODES_ENV) {
        Ok(value) if !value.trim().is_empty() => parse_mode_list(&value),
        _ => Ok(DEFAULT_MODES.iter().map(|m| m.to_string()).collect()),
    }
}

/// Parses a comma-separated list of mode names (`all` = every built-in mode), checking each.
pub fn parse_mode_list(text: &str) -> Result<Vec<String>, Error> {
    let mut modes: Vec<String> = Vec::new();
    for word in text.split(',').map(str::trim).filter(|w| !w.is_empty()) {
        let names: Vec<&str> = if word == "all" { mode_names() } else { vec![word] };
        for name in names {
            if !MODES.iter().any(|m| m.name == name) {
                return Err(Error::Mode(format!("unknown mode {name:?} (known: {}, all)", mode_names().join(", "))));
            }
            if !modes.iter().any(|m| m == name) {
                modes.push(name.to_string());
            }
        }
    }
    if modes.is_empty() {
        return Err(Error::Mode(format!("no mode named in {text:?}")));
    }
    Ok(modes)
}

/// The r2rhost binary: `$R2RHOST_BIN`, else the newer of `<target>/debug/r2rhost` and
/// `<target>/release/r2rhost`, where `<target>` is `$CARGO_TARGET_DIR` or the workspace's
/// `target/` (`scripts/test.sh` builds the workspace before testing, so it exists there).
pub fn find_r2rhost() -> Result<PathBuf, Error> {
    if let Some(bin) = std::env::var_os(BIN_ENV).filter(|v| !v.is_empty()) {
        let bin = PathBuf::from(bin);
        return if bin.is_file() {
            Ok(bin)
        } else {
            Err(Error::Mode(format!("{BIN_ENV}={} does not exist", bin.display())))
        };
    }
    let target = target_dir();
    let candidates = [target.join("debug").join("r2rhost"), target.join("release").join("r2rhost")];
    let newest = candidates
        .iter()
        .filter_map(|p| {
            let modified = std::fs::metadata(p).ok().filter(|m| m.is_file())?.modified().unwrap_or(SystemTime::UNIX_EPOCH);
            Some((modified, p))
        })
        .max_by_key(|(modified, _)| *modified);
    match newest {
        Some((_, path)) => Ok(path.clone()),
        None => Err(Error::Mode(format!(
            "the r2rhost binary is missing: looked for {} and {}; build it (`scripts/cargo build -p r2rhost`) or set {BIN_ENV}",
            candidates[0].display(),
            candidates[1].display()
        ))),
    }
}

/// The cargo target directory: `$CARGO_TARGET_DIR` (relative to the workspace root if
/// relative) or `<workspace>/target`.
pub fn target_dir() -> PathBuf {
    let root = r2rhost_driver::workspace_root();
    match std::env::var_os("CARGO_TARGET_DIR").filter(|v| !v.is_empty()) {
        Some(dir) => root.join(dir),
        None => root.join("target"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_expand() {
        let m = Mode::custom("x", "/bin/echo", &["run", "{app}", "--dir={dir}", "{args}", "end"], &[]);
        let args = m.expand_args(Path::new("/c/app.dll"), &["a".into(), "b c".into()]);
        assert_eq!(args, ["run", "/c/app.dll", "--dir=/c", "a", "b c", "end"].map(OsString::from));
    }

    #[test]
    fn mode_lists() {
        assert_eq!(parse_mode_list("oracle, jit,oracle").unwrap(), ["oracle", "jit"]);
        assert_eq!(parse_mode_list("all").unwrap(), mode_names());
        assert!(parse_mode_list("jti").unwrap_err().to_string().contains("unknown mode"));
        assert!(parse_mode_list(" , ").is_err());
        assert!(DEFAULT_MODES.iter().all(|d| mode_names().contains(d)));
    }
}

//! Running one case in one mode: build (once per case and process), execute, compare or
//! bless, and apply the known-failures list. The result is a [`CaseResult`]; nothing here
//! panics on a bad case.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use crate::build::{Built, Builder, DriverBuilder};
use crate::case::CaseFile;
use crate::compare::compare;
use crate::exec::{self, Exit};
use crate::known::KnownFailures;
use crate::mode::Mode;
use crate::suite::Case;

/// Environment variable: the per-run timeout in seconds (default 60).
pub const TIMEOUT_ENV: &str = "R2RHOST_CONFORMANCE_TIMEOUT";
/// Environment variable: `BLESS=1` rewrites expectations from oracle runs.
pub const BLESS_ENV: &str = "BLESS";
/// The default per-run timeout.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// How to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Kill a run after this long.
    pub timeout: Duration,
    /// Rewrite each case's EXPECT block from its oracle run (other modes never write).
    pub bless: bool,
    /// The r2rhost binary (`None`: [`crate::mode::find_r2rhost`]).
    pub r2rhost: Option<PathBuf>,
    /// Parallel runs (for [`crate::run_suite`]; the test harness uses its own threads).
    pub jobs: usize,
}

impl Default for Options {
    fn default() -> Self {
        let jobs = std::thread::available_parallelism().map_or(2, |n| n.get());
        Options { timeout: DEFAULT_TIMEOUT, bless: false, r2rhost: None, jobs }
    }
}

impl Options {
    /// The defaults, with `BLESS`, `R2RHOST_CONFORMANCE_TIMEOUT` and `R2RHOST_BIN` applied.
    pub fn from_env() -> Result<Options, crate::Error> {
        let mut options = Options {
            bless: std::env::var(BLESS_ENV).is_ok_and(|v| !v.is_empty() && v != "0"),
            r2rhost: std::env::var_os(crate::mode::BIN_ENV).filter(|v| !v.is_empty()).map(PathBuf::from),
            ..Options::default()
        };
        if let Ok(text) = std::env::var(TIMEOUT_ENV) {
            let secs: f64 = text
                .trim()
                .parse()
                .ok()
                .filter(|s: &f64| s.is_finite() && *s > 0.0)
                .ok_or_else(|| crate::Error::BadInput(format!("{TIMEOUT_ENV}={text:?} is not a positive number of seconds")))?;
            options.timeout = Duration::from_secs_f64(secs);
        }
        Ok(options)
    }
}

/// The verdict of one (case, mode) trial.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Matched the expectation.
    Passed,
    /// `BLESS=1`, oracle: the expectation was rewritten (`changed`) or already equal.
    Blessed {
        /// True when the file was rewritten.
        changed: bool,
    },
    /// Did not match, failed to build, or the case is malformed.
    Failed,
    /// Failed, and `known-failures.txt` says it does.
    KnownFailure,
    /// Passed although `known-failures.txt` says it fails: a failure (the list must shrink).
    UnexpectedPass,
    /// Not run: the case's `modes:` excludes the mode.
    Skipped,
}

impl Verdict {
    /// True for verdicts that fail a run.
    pub fn is_failure(self) -> bool {
        matches!(self, Verdict::Failed | Verdict::UnexpectedPass)
    }
}

/// The result of one (case, mode) trial.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CaseResult {
    /// The case id (`arith/checked_ops`).
    pub case: String,
    /// Its area (`arith`).
    pub area: String,
    /// The mode name.
    pub mode: String,
    /// What happened.
    pub verdict: Verdict,
    /// Details: the diff or error for failures, the reason for known failures and skips.
    pub message: String,
    /// How the program ended, if it ran.
    pub exit: Option<Exit>,
    /// Time spent building (0 when the build was shared with another mode's trial).
    pub build_seconds: f64,
    /// Time spent running.
    pub run_seconds: f64,
}

impl CaseResult {
    /// `mode::case`, the trial name.
    pub fn trial_name(&self) -> String {
        trial_name(&self.mode, &self.case)
    }
}

/// The name of a trial: `jit::arith/checked_ops`.
pub fn trial_name(mode: &str, case: &str) -> String {
    format!("{mode}::{case}")
}

type BuildSlot = Arc<OnceLock<Result<Built, String>>>;

/// Runs trials. Shared by threads: builds are memoized per case, so the oracle and the jit
/// trial of a case build it once.
#[derive(Debug)]
pub struct Runner {
    /// How to run.
    pub options: Options,
    /// The known failures.
    pub known: KnownFailures,
    builder: Box<dyn Builder>,
    builds: Mutex<HashMap<PathBuf, BuildSlot>>,
    /// Mode names a case's `modes:` may name.
    mode_names: Vec<String>,
}

impl Runner {
    /// A runner that builds with the driver.
    pub fn new(options: Options, known: KnownFailures) -> Runner {
        Runner::with_builder(options, known, Box::new(DriverBuilder))
    }

    /// A runner with another builder (tests).
    pub fn with_builder(options: Options, known: KnownFailures, builder: Box<dyn Builder>) -> Runner {
        let mode_names = crate::mode::mode_names().into_iter().map(str::to_string).collect();
        Runner { options, known, builder, builds: Mutex::new(HashMap::new()), mode_names }
    }

    /// Builds `case` once per runner; `Ok((built, true))` for the call that built it.
    fn build(&self, case: &Case, file: &CaseFile) -> (Result<Built, String>, bool) {
        let slot = {
            let mut builds = self.builds.lock().unwrap_or_else(|p| p.into_inner());
            builds.entry(case.path.clone()).or_default().clone()
        };
        let mut first = false;
        let result = slot.get_or_init(|| {
            first = true;
            self.builder.build(&case.path, &file.expect)
        });
        (result.clone(), first)
    }

    /// Runs `case` in `mode`.
    pub fn run(&self, case: &Case, mode: &Mode) -> CaseResult {
        let mut result = CaseResult {
            case: case.id.clone(),
            area: case.area().to_string(),
            mode: mode.name.clone(),
            verdict: Verdict::Failed,
            message: String::new(),
            exit: None,
            build_seconds: 0.0,
            run_seconds: 0.0,
        };
        let file = match &case.file {
            Ok(file) => file,
            Err(e) => {
                result.message = format!("malformed case: {e}");
                return result;
            }
        };
        let expect = &file.expect;
        if let Some(bad) = expect.modes.iter().flatten().find(|m| !self.mode_names.contains(m) && **m != mode.name) {
            result.message = format!("{}: `modes:` names unknown mode {bad:?}", case.path.display());
            return result;
        }
        if !expect.runs_in(&mode.name) {
            result.verdict = Verdict::Skipped;
            result.message = format!("not run in mode {} (modes: {})", mode.name, expect.modes.as_deref().unwrap_or_default().join(", "));
            return result;
        }

        let (built, first) = self.build(case, file);
        let built = match built {
            Ok(b) => b,
            Err(e) => {
                result.message = format!("build failed: {}\n{e}", case.path.display());
                return result;
            }
        };
        if first {
            result.build_seconds = built.duration.as_secs_f64();
        }

        let args = mode.expand_args(&built.app, &expect.args);
        let stdin = expect.stdin.as_ref().map(|line| format!("{line}\n"));
        let request = exec::Request {
            program: &mode.program,
            args: &args,
            env: &mode.env,
            cwd: built.app.parent(),
            stdin: stdin.as_deref(),
            timeout: self.options.timeout,
        };
        let command = render_command(&mode.program, &args);
        let run = match exec::execute(&request) {
            Ok(run) => run,
            Err(e) => {
                result.message = format!("{e}\n  command: {command}");
                return result;
            }
        };
        result.exit = Some(run.exit);
        result.run_seconds = run.duration.as_secs_f64();

        if self.options.bless && mode.is_oracle {
            match bless(case, file, &run) {
                Ok(changed) => {
                    result.verdict = Verdict::Blessed { changed };
                    result.message = if changed { "expectation rewritten".into() } else { "expectation unchanged".into() };
                }
                Err(e) => result.message = e,
            }
            return result;
        }

        let mismatch = compare(expect, &run);
        let known = if mode.is_oracle { None } else { self.known.lookup(&mode.name, &case.id, &case.ext) };
        match (mismatch, known) {
            (None, None) => result.verdict = Verdict::Passed,
            (None, Some(k)) => {
                result.verdict = Verdict::UnexpectedPass;
                result.message = format!(
                    "unexpectedly passed: remove it from known-failures.txt (line {}: `{} {}  # {}`)",
                    k.line, k.mode, k.pattern, k.reason
                );
            }
            (Some(_), Some(k)) => {
                result.verdict = Verdict::KnownFailure;
                result.message = format!("known failure: {}", k.reason);
            }
            (Some(diff), None) => {
                result.message = format!("{}: output differs in mode {}\n  command: {command}\n{diff}", case.path.display(), mode.name);
            }
        }
        result
    }
}

/// Rewrites the case's EXPECT block from `run`; `Ok(true)` when the file changed.
fn bless(case: &Case, file: &CaseFile, run: &exec::Execution) -> Result<bool, String> {
    let Exit::Code(code) = run.exit else {
        return Err(format!("{}: cannot bless: the oracle run timed out", case.path.display()));
    };
    if run.truncated {
        return Err(format!("{}: cannot bless: the output was cut at {} bytes", case.path.display(), exec::OUTPUT_LIMIT));
    }
    let text = file.render_blessed(code, &run.stdout, &run.stderr).map_err(|e| e.to_string())?;
    let current = std::fs::read(&case.path).map_err(|e| format!("cannot read {}: {e}", case.path.display()))?;
    if current == text.as_bytes() {
        return Ok(false);
    }
    write_atomically(&case.path, text.as_bytes())?;
    Ok(true)
}

/// Writes `path` through a temporary file beside it and a rename.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.bless-{}", std::process::id()));
    std::fs::write(&tmp, bytes).map_err(|e| format!("cannot write {}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("cannot replace {}: {e}", path.display())
    })
}

/// A command line for messages (not for re-parsing).
fn render_command(program: &Path, args: &[std::ffi::OsString]) -> String {
    let mut words = vec![program.display().to_string()];
    for a in args {
        let s = a.to_string_lossy();
        if !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "-_./:=+,@%".contains(c)) {
            words.push(s.into_owned());
        } else {
            words.push(format!("'{}'", s.replace('\'', "'\\''")));
        }
    }
    words.join(" ")
}

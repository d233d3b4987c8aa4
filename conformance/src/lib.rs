//! # r2rhost-conformance
//!
//! **Role.** Runs conformance cases (C# or IL programs with their expected stdout, stderr
//! and exit code inline, see `CASE-FORMAT.md`) under CoreCLR, the oracle, and under `r2rhost`
//! in every execution mode, and compares stdout, stderr and exit code exactly.
//!
//! **Boundary.** Drives the `r2rhost` binary as a user would; links no runtime code. Builds
//! cases with [`r2rhost_driver`] (Roslyn / ILAsm, content-hash cached).
//!
//! | module | what |
//! | --- | --- |
//! | [`case`] | parse a case file's `/* EXPECT */` block; render it back for `BLESS=1` |
//! | [`suite`] | discover the cases of a directory (and the libraries they use) |
//! | [`known`] | `known-failures.txt`: expected failures per (mode, case glob), with reasons |
//! | [`mode`] | execution modes as data (`oracle`, `jit`, ...), default modes, the r2rhost binary |
//! | [`build`] | build a case with the driver (`build: unsafe`, `library:<file>`) |
//! | [`exec`] | run a program with a timeout, capturing bounded output |
//! | [`compare`] | compare with the expectation; readable line diffs |
//! | [`runner`] | one (case, mode) trial → [`CaseResult`], incl. bless and known failures |
//! | [`report`] | summary table and `target/conformance/summary.json` |
//! | [`glob`] | the tiny glob matcher of the known-failures list |
//!
//! Entry points: the test harness `tests/conformance.rs` (`cargo test -p
//! r2rhost-conformance -- jit::arith`), the `r2rhost-conformance` binary, and
//! [`run_suite`] for hosts that want to expose the suite as a command.
//!
//! ```no_run
//! let report = r2rhost_conformance::run_suite(
//!     std::path::Path::new("conformance/cases"),
//!     &["oracle".to_string()],
//!     Some("arith/"),
//! )?;
//! print!("{}", report.summary_table());
//! # Ok::<(), r2rhost_conformance::Error>(())
//! ```

#![deny(missing_docs)]

pub mod build;
pub mod case;
pub mod compare;
pub mod error;
pub mod exec;
pub mod glob;
pub mod known;
pub mod mode;
pub mod report;
pub mod runner;
pub mod suite;

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

pub use case::{CaseError, CaseFile, Expectation};
pub use error::Error;
pub use mode::{DEFAULT_MODES, MODES, Mode};
pub use report::Report;
pub use runner::{CaseResult, Options, Runner, Verdict};
pub use suite::{Case, Suite};

/// The crate's own cases directory (`conformance/cases`).
pub fn default_cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("cases")
}

/// Runs the cases below `dir` in `modes` (built-in mode names), keeping the trials whose
/// name (`mode::area/case`) contains `filter`, with [`Options::from_env`].
pub fn run_suite(dir: &Path, modes: &[String], filter: Option<&str>) -> Result<Report, Error> {
    run_suite_with(dir, modes, filter, &Options::from_env()?, &|_| {})
}

/// [`run_suite`] with explicit options and a callback for each result as it arrives.
pub fn run_suite_with(
    dir: &Path,
    modes: &[String],
    filter: Option<&str>,
    options: &Options,
    on_result: &(dyn Fn(&CaseResult) + Sync),
) -> Result<Report, Error> {
    if modes.is_empty() {
        return Err(Error::BadInput("no mode to run".into()));
    }
    let suite = Suite::load(dir, None)?;
    let modes = modes
        .iter()
        .map(|m| Mode::builtin(m, options.r2rhost.as_deref()))
        .collect::<Result<Vec<_>, _>>()?;
    let runner = Runner::new(options.clone(), suite.known.clone());
    Ok(run_trials(&runner, &suite, &modes, filter, options.jobs, on_result))
}

/// Runs every (case, mode) trial of `suite` whose name contains `filter` on `jobs` threads,
/// mode by mode (so parallel trials build different cases).
pub fn run_trials(
    runner: &Runner,
    suite: &Suite,
    modes: &[Mode],
    filter: Option<&str>,
    jobs: usize,
    on_result: &(dyn Fn(&CaseResult) + Sync),
) -> Report {
    let start = Instant::now();
    let trials: Vec<(&Case, &Mode)> = modes
        .iter()
        .flat_map(|m| suite.cases.iter().map(move |c| (c.as_ref(), m)))
        .filter(|(c, m)| filter.is_none_or(|f| runner::trial_name(&m.name, &c.id).contains(f)))
        .collect();
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::with_capacity(trials.len()));
    std::thread::scope(|s| {
        for _ in 0..jobs.clamp(1, trials.len().max(1)) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some((case, mode)) = trials.get(i) else { break };
                    let result = runner.run(case, mode);
                    on_result(&result);
                    results.lock().unwrap_or_else(|p| p.into_inner()).push(result);
                }
            });
        }
    });
    let mut report = Report {
        modes: modes.iter().map(|m| m.name.clone()).collect(),
        results: results.into_inner().unwrap_or_else(|p| p.into_inner()),
        duration: start.elapsed(),
    };
    report.sort();
    report
}

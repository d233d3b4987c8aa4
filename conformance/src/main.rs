//! `r2rhost-conformance`: run the conformance cases from the command line.
//!
//! ```text
//! cargo run -p r2rhost-conformance -- [--mode jit] [--bless] [FILTER]
//! ```
//!
//! Does what the test harness does (`cargo test -p r2rhost-conformance`) with a report made
//! for reading: failures with their diffs as they happen, known failures in one line each,
//! the summary table at the end, and `target/conformance/summary.json`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use r2rhost_conformance::{CaseResult, Options, Verdict, mode, report};

#[derive(Debug, Parser)]
#[command(name = "r2rhost-conformance", about = "Run the conformance cases under CoreCLR (the oracle) and r2rhost's modes")]
struct Cli {
    /// Modes to run, comma-separated or repeated (`all` for every mode). Default:
    /// $R2RHOST_CONFORMANCE_MODES, else the built-in default.
    #[arg(long = "mode", short = 'm')]
    modes: Vec<String>,
    /// Rewrite each case's EXPECT block from its oracle run (also: BLESS=1).
    #[arg(long)]
    bless: bool,
    /// The cases directory.
    #[arg(long, value_name = "DIR")]
    cases: Option<PathBuf>,
    /// Parallel runs (default: the number of CPUs).
    #[arg(long, short = 'j')]
    jobs: Option<usize>,
    /// Per-run timeout in seconds (default: $R2RHOST_CONFORMANCE_TIMEOUT, else 60).
    #[arg(long, value_name = "SECS")]
    timeout: Option<f64>,
    /// The r2rhost binary (default: $R2RHOST_BIN, else target/{debug,release}/r2rhost).
    #[arg(long, value_name = "PATH")]
    r2rhost: Option<PathBuf>,
    /// Where to write the JSON summary.
    #[arg(long, value_name = "PATH")]
    json: Option<PathBuf>,
    /// Also list passing trials.
    #[arg(long, short = 'v')]
    verbose: bool,
    /// List the modes and exit.
    #[arg(long)]
    list_modes: bool,
    /// Run only trials whose name (`mode::area/case`) contains this.
    filter: Option<String>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, r2rhost_conformance::Error> {
    if cli.list_modes {
        for m in mode::MODES {
            let default = if mode::DEFAULT_MODES.contains(&m.name) { " (default)" } else { "" };
            println!("{:<8} {}{default}\n         {}", m.name, m.about, m.command.join(" "));
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut options = Options::from_env()?;
    options.bless |= cli.bless;
    if let Some(jobs) = cli.jobs {
        options.jobs = jobs.max(1);
    }
    if let Some(secs) = cli.timeout {
        if !(secs.is_finite() && secs > 0.0) {
            return Err(r2rhost_conformance::Error::BadInput(format!("--timeout {secs}: not a positive number")));
        }
        options.timeout = Duration::from_secs_f64(secs);
    }
    if cli.r2rhost.is_some() {
        options.r2rhost = cli.r2rhost.clone();
    }
    let modes = if cli.modes.is_empty() { mode::modes_from_env()? } else { mode::parse_mode_list(&cli.modes.join(","))? };
    let dir = cli.cases.clone().unwrap_or_else(r2rhost_conformance::default_cases_dir);
    let verbose = cli.verbose;
    let report = r2rhost_conformance::run_suite_with(&dir, &modes, cli.filter.as_deref(), &options, &|r| print_result(r, verbose))?;

    println!();
    print!("{}", report.summary_table());
    let json = cli.json.unwrap_or_else(report::summary_path);
    report.write_json(&json)?;
    println!("summary: {}", json.display());
    if report.results.is_empty() {
        println!("no trial matched the filter");
    }
    Ok(if report.failed() { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

fn print_result(r: &CaseResult, verbose: bool) {
    let name = r.trial_name();
    let text = match r.verdict {
        Verdict::Passed if verbose => format!("ok         {name} ({:.2} s)\n", r.run_seconds),
        Verdict::Passed => return,
        Verdict::Blessed { changed: true } => format!("blessed    {name}: rewritten\n"),
        Verdict::Blessed { changed: false } if verbose => format!("blessed    {name}: unchanged\n"),
        Verdict::Blessed { changed: false } => return,
        Verdict::Skipped if verbose => format!("skipped    {name}: {}\n", r.message),
        Verdict::Skipped => return,
        Verdict::KnownFailure => format!("known      {name}: {}\n", r.message.trim_start_matches("known failure: ")),
        Verdict::UnexpectedPass => format!("UNEXPECTED {name}: {}\n", r.message),
        Verdict::Failed => {
            let indented: String = r.message.lines().map(|l| format!("    {l}\n")).collect();
            format!("FAIL       {name}\n{indented}")
        }
    };
    print!("{text}");
}

//! The conformance suite as a test harness (libtest-mimic): one trial per (mode, case),
//! named `mode::area/case`, so `cargo test -p r2rhost-conformance -- jit::arith` filters.
//!
//! Environment: `R2RHOST_CONFORMANCE_MODES` (comma list, default `mode::DEFAULT_MODES`),
//! `BLESS=1` (oracle trials rewrite EXPECT blocks), `R2RHOST_CONFORMANCE_TIMEOUT` (seconds),
//! `R2RHOST_BIN` (the r2rhost binary; default `target/{debug,release}/r2rhost`).
//!
//! Known failures (`conformance/known-failures.txt`) that fail are reported as ignored with
//! their reason; ones that pass fail. At the end a summary table is printed and
//! `target/conformance/summary.json` written.

use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use libtest_mimic::{Arguments, Completion, Failed, Trial};
use r2rhost_conformance::{Mode, Options, Report, Runner, Suite, Verdict, mode, report, runner};

fn main() -> ExitCode {
    let args = Arguments::from_args();
    let setup = || -> Result<(Suite, Vec<String>, Options), r2rhost_conformance::Error> {
        let suite = Suite::load(&r2rhost_conformance::default_cases_dir(), None)?;
        Ok((suite, mode::modes_from_env()?, Options::from_env()?))
    };
    let (suite, mode_names, options) = match setup() {
        Ok(x) => x,
        Err(e) => {
            eprintln!("conformance: {e}");
            return ExitCode::FAILURE;
        }
    };

    // Listing needs no programs; running resolves each mode's program first, so a missing
    // r2rhost binary is one clear error rather than a failure per trial.
    let modes: Vec<Arc<Mode>> = if args.list {
        mode_names.iter().map(|n| Arc::new(Mode::custom(n, "", &[], &[]))).collect()
    } else {
        match mode_names.iter().map(|n| Mode::builtin(n, options.r2rhost.as_deref()).map(Arc::new)).collect() {
            Ok(modes) => modes,
            Err(e) => {
                eprintln!("conformance: {e}");
                return ExitCode::FAILURE;
            }
        }
    };

    let runner = Arc::new(Runner::new(options, suite.known.clone()));
    let results = Arc::new(Mutex::new(Vec::new()));
    let mut trials = Vec::new();
    for m in &modes {
        for case in &suite.cases {
            let (runner, results, m, case) = (runner.clone(), results.clone(), m.clone(), case.clone());
            trials.push(Trial::ignorable_test(runner::trial_name(&m.name, &case.id), move || {
                let result = runner.run(&case, &m);
                let outcome = match result.verdict {
                    Verdict::Passed | Verdict::Blessed { .. } => Ok(Completion::Completed),
                    Verdict::KnownFailure | Verdict::Skipped => Ok(Completion::ignored_with(&result.message)),
                    Verdict::Failed | Verdict::UnexpectedPass => Err(Failed::from(&result.message)),
                };
                results.lock().unwrap_or_else(|p| p.into_inner()).push(result);
                outcome
            }));
        }
    }

    let start = Instant::now();
    let conclusion = libtest_mimic::run(&args, trials);
    if !args.list {
        let mut report = Report {
            modes: mode_names,
            results: std::mem::take(&mut *results.lock().unwrap_or_else(|p| p.into_inner())),
            duration: start.elapsed(),
        };
        report.sort();
        if !report.results.is_empty() {
            println!("{}", report.summary_table());
            let path = report::summary_path();
            match report.write_json(&path) {
                Ok(()) => println!("summary: {}", path.display()),
                Err(e) => eprintln!("conformance: {e}"),
            }
        }
    }
    conclusion.exit_code()
}

//! Wall time of the benchmark programs (`conformance/cases/bench/`) under `r2rhost run`
//! (the release binary, tier-0 JIT) and under `dotnet` (CoreCLR, default tiering),
//! measured in the same run, alternating, after one warm-up run of each. Every run's
//! stdout and exit code must equal the case's expectation, so a fast wrong answer cannot
//! count. Reports the median of each and the ratio r2rhost / CoreCLR.
//!
//! `scripts/cargo build --release -p r2rhost && scripts/cargo run --release -p r2rhost-benchmarks --bin run-bench [RUNS]`

use std::ffi::OsString;
use std::path::Path;
use std::time::Duration;

use r2rhost_benchmarks::{release_r2rhost, write_json};
use r2rhost_conformance::build::{Builder, DriverBuilder};
use r2rhost_conformance::case::Expectation;
use r2rhost_conformance::exec::{Exit, Request, execute};
use r2rhost_conformance::suite::Suite;

fn run_once(program: &Path, args: &[OsString], expect: &Expectation) -> Result<Duration, String> {
    let req = Request { program, args, env: &[], cwd: None, stdin: expect.stdin.as_deref(), timeout: Duration::from_secs(300) };
    let run = execute(&req)?;
    if run.exit != Exit::Code(expect.exit) || run.stdout != expect.stdout {
        let first = run.stderr.lines().next().unwrap_or("").to_string();
        return Err(format!("wrong result (exit {:?}) {first}", run.exit));
    }
    Ok(run.duration)
}

fn median(v: &mut [Duration]) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let runs: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(5).max(1);
    let r2rhost = release_r2rhost().unwrap_or_else(|e| {
        eprintln!("run-bench: {e}");
        std::process::exit(2)
    });
    let dotnet = r2rhost_driver::dotnet_exe().unwrap_or_else(|e| {
        eprintln!("run-bench: {e}");
        std::process::exit(2)
    });
    let suite = Suite::load(&r2rhost_conformance::default_cases_dir(), None).unwrap_or_else(|e| {
        eprintln!("run-bench: {e}");
        std::process::exit(2)
    });
    println!("{:<28} {:>12} {:>12} {:>8}  ({runs} runs each, medians)", "program", "CoreCLR", "r2rhost", "ratio");
    let mut rows = Vec::new();
    for case in suite.cases.iter().filter(|c| c.area() == "bench") {
        let Ok(file) = &case.file else { continue };
        let built = match DriverBuilder.build(&case.path, &file.expect) {
            Ok(b) => b,
            Err(e) => {
                println!("{:<28} build failed: {e}", case.id);
                continue;
            }
        };
        let case_args: Vec<OsString> = file.expect.args.iter().map(OsString::from).collect();
        let dotnet_args: Vec<OsString> = std::iter::once(built.app.clone().into_os_string()).chain(case_args.iter().cloned()).collect();
        let r2r_args: Vec<OsString> = ["run".into(), built.app.clone().into_os_string()].into_iter().chain(case_args.iter().cloned()).collect();
        let (mut d, mut r) = (Vec::new(), Vec::new());
        let mut error = None;
        for i in 0..=runs {
            match (run_once(&dotnet, &dotnet_args, &file.expect), run_once(&r2rhost, &r2r_args, &file.expect)) {
                (Ok(a), Ok(b)) if i > 0 => {
                    d.push(a);
                    r.push(b);
                }
                (Ok(_), Ok(_)) => {}
                (Err(e), _) => error = Some(format!("CoreCLR: {e}")),
                (_, Err(e)) => error = Some(format!("r2rhost: {e}")),
            }
            if error.is_some() {
                break;
            }
        }
        if let Some(e) = error {
            println!("{:<28} {e}", case.id);
            rows.push(serde_json::json!({ "program": case.id, "error": e }));
            continue;
        }
        let (dm, rm) = (median(&mut d), median(&mut r));
        let ratio = rm.as_secs_f64() / dm.as_secs_f64();
        println!("{:<28} {:>10.1}ms {:>10.1}ms {:>7.2}x", case.id, dm.as_secs_f64() * 1e3, rm.as_secs_f64() * 1e3, ratio);
        rows.push(serde_json::json!({ "program": case.id, "coreclr_ms": dm.as_secs_f64() * 1e3, "r2rhost_ms": rm.as_secs_f64() * 1e3, "ratio": ratio }));
    }
    match write_json("run-bench", &serde_json::json!({ "runs": runs, "results": rows })) {
        Ok(p) => println!("wrote {}", p.display()),
        Err(e) => eprintln!("could not write JSON: {e}"),
    }
}

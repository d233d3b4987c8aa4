//! Wall time of the benchmark programs (`conformance/cases/bench/`) under `r2rhost run`
//! (the release binary, tier-0 JIT) and under `dotnet` (CoreCLR, default tiering),
//! measured in the same run, alternating, after one warm-up run of each. Two tables:
//!
//! - **conformance size**: the programs as the conformance suite runs them (10–35 ms, so
//!   mostly process start-up). Every run's stdout and exit code must equal the case's
//!   expectation.
//! - **scaled (steady state)**: each program with the size argument from [`SCALED`], large
//!   enough that start-up is a small part. There is no stored expectation at these sizes:
//!   CoreCLR's warm-up run must exit 100 (the program's own checks passed) and its stdout and
//!   exit code become the reference every later run, of either runtime, must equal.
//!
//! A run with a wrong result is an error for that program, never a time. The warm-up runs
//! go through `/usr/bin/time` (when present) for each runtime's peak resident set size;
//! timed runs are not wrapped. Reports medians, the ratio r2rhost / CoreCLR and peak RSS,
//! the load average before and after and the CPU time other processes used during each
//! table (the numbers mean little on a busy machine), and writes both tables to
//! `target/benchmarks/run-bench.json`.
//!
//! `scripts/cargo build --release -p r2rhost && scripts/cargo run --release -p r2rhost-benchmarks --bin run-bench -- [--runs N] [--no-scaled] [--only TEXT]`

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::Duration;

use r2rhost_benchmarks::{release_r2rhost, write_json};
use r2rhost_conformance::build::{Builder, DriverBuilder};
use r2rhost_conformance::exec::{Execution, Exit, Request, execute};
use r2rhost_conformance::suite::Suite;

/// Size arguments for the "scaled (steady state)" table, one per benchmark program. Chosen
/// so one CoreCLR run takes roughly 0.3–1 s on the 2-core development machine (run-bench
/// medians, idle machine, whole process): binary_trees 17 ≈ 0.39 s, fannkuch_redux 10 ≈
/// 0.22 s (11 takes 3.7 s: n! permutations), mandelbrot_checksum 3000 ≈ 0.52 s, nbody
/// 5 000 000 steps ≈ 0.46 s, spectral_norm 4000 ≈ 0.68 s.
///
/// binary_trees is also bounded by memory: r2rhost has no collector yet, so its heap keeps
/// every node the program ever allocates, about ((d-4)/2+1) · 2^(d+5) nodes of 32 bytes for
/// depth d. Depth 17 peaks at about 0.92 GiB, 18 at 2.1 GiB (measured) and 19 would need
/// about 4.3 GiB; keep r2rhost's peak under [`PEAK_BUDGET_KIB`].
const SCALED: &[(&str, &str)] = &[
    ("bench/binary_trees", "17"),
    ("bench/fannkuch_redux", "10"),
    ("bench/mandelbrot_checksum", "3000"),
    ("bench/nbody", "5000000"),
    ("bench/spectral_norm", "4000"),
];

/// A warm-up run whose peak RSS exceeds this (4 GiB) is flagged in the table: the machine
/// has 24 GiB and other work runs beside the benchmarks.
const PEAK_BUDGET_KIB: u64 = 4 << 20;

/// Reports peak RSS through this, when it exists.
const TIME_EXE: &str = "/usr/bin/time";

/// Each run is killed after this long.
const TIMEOUT: Duration = Duration::from_secs(300);

/// What every run of one program at one size must print and return.
#[derive(Debug, Clone)]
struct Reference {
    stdout: String,
    exit: i32,
}

/// A program to run: the executable and its arguments.
#[derive(Debug)]
struct Invocation<'a> {
    program: &'a Path,
    args: Vec<OsString>,
}

/// One run's result: the wall time, or why it does not count.
fn run_once(cmd: &Invocation<'_>, reference: &Reference) -> Result<Duration, String> {
    let req = Request { program: cmd.program, args: &cmd.args, env: &[], cwd: None, stdin: None, timeout: TIMEOUT };
    let run = execute(&req)?;
    check(&run, reference)?;
    Ok(run.duration)
}

fn exit_text(exit: &Exit) -> String {
    match exit {
        Exit::Code(c) => c.to_string(),
        Exit::TimedOut => format!("none: killed after {} s", TIMEOUT.as_secs()),
    }
}

/// Whether a run printed and returned what `reference` says; the error quotes the first line
/// of stderr.
fn check(run: &Execution, reference: &Reference) -> Result<(), String> {
    if run.exit != Exit::Code(reference.exit) || run.stdout != reference.stdout {
        let first = run.stderr.lines().next().unwrap_or("");
        let what = if run.exit == Exit::Code(reference.exit) {
            "stdout differs".to_string()
        } else {
            format!("exit code {}, expected {}", exit_text(&run.exit), reference.exit)
        };
        return Err(format!("wrong result ({what}) {first}").trim_end().to_string());
    }
    Ok(())
}

/// An untimed run through `/usr/bin/time` (when present; `scratch` receives its report): the
/// run (its duration includes the wrapper) and the peak resident set size in KiB.
fn run_with_peak(cmd: &Invocation<'_>, scratch: &Path) -> Result<(Execution, Option<u64>), String> {
    let time = Path::new(TIME_EXE);
    if !time.is_file() {
        let req = Request { program: cmd.program, args: &cmd.args, env: &[], cwd: None, stdin: None, timeout: TIMEOUT };
        return Ok((execute(&req)?, None));
    }
    let _ = std::fs::remove_file(scratch);
    let mut args: Vec<OsString> = vec!["-f".into(), "%M".into(), "-o".into(), scratch.into(), cmd.program.into()];
    args.extend(cmd.args.iter().cloned());
    let req = Request { program: time, args: &args, env: &[], cwd: None, stdin: None, timeout: TIMEOUT };
    let run = execute(&req)?;
    // GNU time writes "Command exited with non-zero status N" before the format's line.
    let peak = std::fs::read_to_string(scratch).ok().and_then(|t| t.lines().rev().find(|l| !l.trim().is_empty()).and_then(|l| l.trim().parse().ok()));
    Ok((run, peak))
}

/// One program at one size, measured under both runtimes.
#[derive(Debug, Default)]
struct Measured {
    coreclr: Vec<Duration>,
    r2rhost: Vec<Duration>,
    coreclr_peak_kib: Option<u64>,
    r2rhost_peak_kib: Option<u64>,
}

/// Warm-up runs (peak RSS; CoreCLR's sets the reference when `expected` is `None`), then
/// `runs` timed runs of each, alternating. Any wrong result ends the measurement with an
/// error naming the runtime.
fn measure(dotnet: &Invocation<'_>, r2rhost: &Invocation<'_>, expected: Option<&Reference>, runs: usize, scratch: &Path) -> Result<Measured, String> {
    let mut m = Measured::default();
    let (run, peak) = run_with_peak(dotnet, scratch).map_err(|e| format!("CoreCLR: {e}"))?;
    m.coreclr_peak_kib = peak;
    let reference = match expected {
        Some(r) => {
            check(&run, r).map_err(|e| format!("CoreCLR: {e}"))?;
            r.clone()
        }
        None => {
            if run.exit != Exit::Code(100) {
                let first = run.stderr.lines().next().unwrap_or("");
                return Err(format!("CoreCLR: the program's checks failed (exit code {}) {first}", exit_text(&run.exit)).trim_end().to_string());
            }
            Reference { stdout: run.stdout, exit: 100 }
        }
    };
    let (run, peak) = run_with_peak(r2rhost, scratch).map_err(|e| format!("r2rhost: {e}"))?;
    m.r2rhost_peak_kib = peak;
    check(&run, &reference).map_err(|e| format!("r2rhost: {e}"))?;
    for _ in 0..runs {
        m.coreclr.push(run_once(dotnet, &reference).map_err(|e| format!("CoreCLR: {e}"))?);
        m.r2rhost.push(run_once(r2rhost, &reference).map_err(|e| format!("r2rhost: {e}"))?);
    }
    Ok(m)
}

fn median(v: &[Duration]) -> Duration {
    let mut v = v.to_vec();
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn mib(kib: Option<u64>) -> String {
    kib.map_or_else(|| "-".to_string(), |k| format!("{:.0}", k as f64 / 1024.0))
}

/// The 1-, 5- and 15-minute load averages.
fn load_average() -> Option<[f64; 3]> {
    let text = std::fs::read_to_string("/proc/loadavg").ok()?;
    let mut it = text.split_whitespace().map(|f| f.parse::<f64>().ok());
    Some([it.next()??, it.next()??, it.next()??])
}

/// Prints the load averages; with `flag`, marks the machine as busy when the 1-minute
/// average exceeds half the cores (after a run, the run itself has raised it).
fn print_load(when: &str, load: Option<[f64; 3]>, cores: usize, flag: bool) {
    match load {
        Some([a, b, c]) => {
            let busy = if flag && a > 0.5 * cores as f64 { "  (busy: timings are suspect; rerun when the machine is idle)" } else { "" };
            println!("load average {when}: {a:.2} {b:.2} {c:.2} on {cores} cores{busy}");
        }
        None => println!("load average {when}: unknown"),
    }
}

/// CPU time counters, in clock ticks (`USER_HZ`, 100 per second on Linux): busy time of the
/// whole machine (`/proc/stat`) and the time of this process and of its waited-for children
/// (`/proc/self/stat`), so the difference between two samples is what other processes used.
#[derive(Debug, Clone, Copy)]
struct CpuSample {
    machine_busy: u64,
    ours: u64,
}

/// Clock ticks per second of `/proc/stat` and `/proc/self/stat` (`USER_HZ`, fixed at 100 on Linux).
const USER_HZ: f64 = 100.0;

fn cpu_sample() -> Option<CpuSample> {
    let stat = std::fs::read_to_string("/proc/stat").ok()?;
    let cpu: Vec<u64> = stat.lines().next()?.strip_prefix("cpu ")?.split_whitespace().map(|f| f.parse().ok()).collect::<Option<_>>()?;
    // user nice system idle iowait irq softirq steal ...: all but idle and iowait.
    let machine_busy = cpu.iter().take(8).enumerate().filter(|(i, _)| *i != 3 && *i != 4).map(|(_, v)| v).sum();
    let me = std::fs::read_to_string("/proc/self/stat").ok()?;
    // After the command name in parentheses: state is field 3, utime..cstime fields 14..17.
    let fields: Vec<&str> = me.rsplit_once(')')?.1.split_whitespace().collect();
    let ours = fields.get(11..15)?.iter().map(|f| f.parse::<u64>().ok()).sum::<Option<u64>>()?;
    Some(CpuSample { machine_busy, ours })
}

/// CPU seconds other processes used between two samples.
fn others_cpu(before: Option<CpuSample>, after: Option<CpuSample>) -> Option<f64> {
    let (b, a) = (before?, after?);
    let others = (a.machine_busy.saturating_sub(b.machine_busy)).saturating_sub(a.ours.saturating_sub(b.ours));
    Some(others as f64 / USER_HZ)
}

/// Command-line options.
#[derive(Debug)]
struct Options {
    runs: usize,
    scaled: bool,
    only: Option<String>,
}

const USAGE: &str = "usage: run-bench [--runs N | N] [--no-scaled] [--only TEXT]
  --runs N      timed runs of each runtime per program and table, after one warm-up (default 5)
  --no-scaled   only the conformance-size table (skip the scaled, steady-state one)
  --only TEXT   only programs whose id (bench/name) contains TEXT";

fn parse_options() -> Result<Options, String> {
    let mut o = Options { runs: 5, scaled: true, only: None };
    let mut args = std::env::args().skip(1);
    let runs = |v: Option<String>| -> Result<usize, String> {
        let v = v.ok_or("--runs needs a number")?;
        v.parse::<usize>().ok().filter(|&n| n > 0).ok_or_else(|| format!("not a positive number of runs: {v}"))
    };
    while let Some(a) = args.next() {
        match a.as_str() {
            "--runs" => o.runs = runs(args.next())?,
            "--no-scaled" => o.scaled = false,
            "--only" => o.only = Some(args.next().ok_or("--only needs a text")?),
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0)
            }
            _ if a.starts_with(|c: char| c.is_ascii_digit()) => o.runs = runs(Some(a))?,
            _ => return Err(format!("unknown argument {a:?}")),
        }
    }
    Ok(o)
}

/// A benchmark program, built.
#[derive(Debug)]
struct Program {
    id: String,
    app: PathBuf,
    expected: Reference,
    case_args: Vec<String>,
}

/// Other processes using more than this share of one core during a table make its numbers
/// suspect (the machine has few cores, and CoreCLR's background JIT needs one).
const OTHERS_BUDGET: f64 = 0.1;

/// Runs one table: `args_of` gives a program's arguments and whether they are the case's
/// own (so its stored expectation applies), or `None` to leave the program out. Returns the
/// rows and what else ran on the machine meanwhile, as JSON.
fn table(
    title: &str,
    programs: &[Program],
    dotnet: &Path,
    r2rhost: &Path,
    runs: usize,
    scratch: &Path,
    args_of: impl Fn(&Program) -> Option<(Vec<String>, bool)>,
) -> serde_json::Value {
    let (start, cpu_start) = (std::time::Instant::now(), cpu_sample());
    let plural = if runs == 1 { "" } else { "s" };
    println!("\n== {title}: median of {runs} timed run{plural} of each runtime; peak RSS of the warm-up run");
    println!("{:<28} {:>8} {:>10} {:>10} {:>7} {:>10} {:>10}", "program", "size", "CoreCLR", "r2rhost", "ratio", "CLR MiB", "r2r MiB");
    let mut rows = Vec::new();
    for p in programs {
        let Some((args, own)) = args_of(p) else {
            println!("{:<28} no size for this table", p.id);
            rows.push(serde_json::json!({ "program": p.id, "error": "no size for this table" }));
            continue;
        };
        let size = if args.is_empty() { "-".to_string() } else { args.join(" ") };
        let os_args = args.iter().map(OsString::from);
        let dotnet_cmd = Invocation { program: dotnet, args: std::iter::once(p.app.clone().into_os_string()).chain(os_args.clone()).collect() };
        let r2r_cmd = Invocation { program: r2rhost, args: ["run".into(), p.app.clone().into_os_string()].into_iter().chain(os_args).collect() };
        let expected = own.then_some(&p.expected);
        match measure(&dotnet_cmd, &r2r_cmd, expected, runs, scratch) {
            Err(e) => {
                println!("{:<28} {size:>8} {e}", p.id);
                rows.push(serde_json::json!({ "program": p.id, "args": args, "error": e }));
            }
            Ok(m) => {
                let (dm, rm) = (median(&m.coreclr), median(&m.r2rhost));
                let ratio = rm.as_secs_f64() / dm.as_secs_f64();
                let over = m.r2rhost_peak_kib.is_some_and(|k| k > PEAK_BUDGET_KIB);
                println!(
                    "{:<28} {size:>8} {:>8.1}ms {:>8.1}ms {:>6.2}x {:>10} {:>10}{}",
                    p.id,
                    ms(dm),
                    ms(rm),
                    ratio,
                    mib(m.coreclr_peak_kib),
                    mib(m.r2rhost_peak_kib),
                    if over { "  over the 4 GiB budget" } else { "" }
                );
                let all = |v: &[Duration]| v.iter().map(|d| ms(*d)).collect::<Vec<_>>();
                rows.push(serde_json::json!({
                    "program": p.id,
                    "args": args,
                    "coreclr_ms": ms(dm),
                    "r2rhost_ms": ms(rm),
                    "ratio": ratio,
                    "coreclr_runs_ms": all(&m.coreclr),
                    "r2rhost_runs_ms": all(&m.r2rhost),
                    "coreclr_peak_rss_kib": m.coreclr_peak_kib,
                    "r2rhost_peak_rss_kib": m.r2rhost_peak_kib,
                }));
            }
        }
    }
    let wall = start.elapsed().as_secs_f64();
    let others = others_cpu(cpu_start, cpu_sample());
    match others {
        Some(o) => {
            let share = o / wall;
            let busy = if share > OTHERS_BUDGET { "  (busy: timings are suspect; rerun when the machine is idle)" } else { "" };
            println!("other processes used {o:.1} CPU-s during these {wall:.0} s ({:.0}% of one core){busy}", share * 100.0);
        }
        None => println!("(CPU use of other processes unknown: no /proc)"),
    }
    serde_json::json!({ "results": rows, "wall_s": wall, "other_processes_cpu_s": others })
}

fn fail(e: String) -> ! {
    eprintln!("run-bench: {e}");
    std::process::exit(2)
}

fn main() {
    let opts = parse_options().unwrap_or_else(|e| fail(format!("{e}\n{USAGE}")));
    let r2rhost = release_r2rhost().unwrap_or_else(|e| fail(e));
    let dotnet = r2rhost_driver::dotnet_exe().unwrap_or_else(|e| fail(e.to_string()));
    let suite = Suite::load(&r2rhost_conformance::default_cases_dir(), None).unwrap_or_else(|e| fail(e.to_string()));
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let load_before = load_average();
    print_load("before", load_before, cores, true);

    let mut programs = Vec::new();
    for case in suite.cases.iter().filter(|c| c.area() == "bench") {
        if opts.only.as_deref().is_some_and(|t| !case.id.contains(t)) {
            continue;
        }
        let file = match &case.file {
            Ok(f) => f,
            Err(e) => {
                println!("{:<28} malformed case: {e}", case.id);
                continue;
            }
        };
        if file.expect.stdin.is_some() {
            println!("{:<28} skipped: run-bench does not feed stdin", case.id);
            continue;
        }
        match DriverBuilder.build(&case.path, &file.expect) {
            Ok(b) => programs.push(Program {
                id: case.id.clone(),
                app: b.app,
                expected: Reference { stdout: file.expect.stdout.clone(), exit: file.expect.exit },
                case_args: file.expect.args.clone(),
            }),
            Err(e) => println!("{:<28} build failed: {e}", case.id),
        }
    }
    let scratch = std::env::temp_dir().join(format!("run-bench-{}.peak", std::process::id()));

    let conformance = table("conformance size", &programs, &dotnet, &r2rhost, opts.runs, &scratch, |p| Some((p.case_args.clone(), true)));
    let scaled = opts.scaled.then(|| {
        table("scaled (steady state)", &programs, &dotnet, &r2rhost, opts.runs, &scratch, |p| {
            SCALED.iter().find(|(id, _)| *id == p.id).map(|(_, size)| (vec![size.to_string()], false))
        })
    });
    let _ = std::fs::remove_file(&scratch);

    println!();
    let load_after = load_average();
    print_load("after", load_after, cores, false);
    let json = serde_json::json!({
        "runs": opts.runs,
        "cores": cores,
        "load_average_before": load_before,
        "load_average_after": load_after,
        "conformance_size": conformance,
        "scaled": scaled,
    });
    match write_json("run-bench", &json) {
        Ok(p) => println!("wrote {}", p.display()),
        Err(e) => eprintln!("could not write JSON: {e}"),
    }
}

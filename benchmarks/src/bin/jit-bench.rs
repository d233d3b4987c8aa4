//! Tier-0 compile time per method over the conformance corpus.
//!
//! Runs every conformance case with `r2rhost run --log jit` (the release binary) and
//! records, for every method the JIT compiled, the time `--log jit` reports: from the
//! prestub's request to finished machine code (token resolution and type loading
//! included). The distribution (hdrhistogram) is printed overall and by IL size; the
//! target is a median ≤ 50 µs. Compilations of cases that fail still count: they measure
//! the compiler. Nothing is asserted.
//!
//! `scripts/cargo build --release -p r2rhost && scripts/cargo run --release -p r2rhost-benchmarks --bin jit-bench`

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::time::Duration;

use hdrhistogram::Histogram;
use r2rhost_benchmarks::{Distribution, release_r2rhost, write_json};
use r2rhost_conformance::build::{Builder, DriverBuilder};
use r2rhost_conformance::exec::{Request, execute};
use r2rhost_conformance::suite::Suite;

/// One `[jit]` line: (method, IL bytes, code bytes, microseconds).
fn parse_line(line: &str) -> Option<(String, u32, u32, u64)> {
    let rest = line.strip_prefix("[jit] ")?;
    let (name, fields) = rest.rsplit_once(" il=")?;
    let mut it = fields.split_whitespace();
    let il = it.next()?.parse().ok()?;
    let code = it.next()?.strip_prefix("code=")?.parse().ok()?;
    let time = it.next()?.strip_prefix("time=")?.strip_suffix("us")?.parse().ok()?;
    Some((name.to_string(), il, code, time))
}

fn new_hist() -> Histogram<u64> {
    Histogram::new_with_bounds(1, 60_000_000, 3).expect("valid bounds")
}

fn main() {
    let r2rhost = release_r2rhost().unwrap_or_else(|e| {
        eprintln!("jit-bench: {e}");
        std::process::exit(2)
    });
    let suite = Suite::load(&r2rhost_conformance::default_cases_dir(), None).unwrap_or_else(|e| {
        eprintln!("jit-bench: {e}");
        std::process::exit(2)
    });
    let mut all = new_hist();
    let buckets: [(&str, u32, u32); 4] = [("IL < 16 B", 0, 16), ("IL 16-63 B", 16, 64), ("IL 64-255 B", 64, 256), ("IL >= 256 B", 256, u32::MAX)];
    let mut by_size: Vec<Histogram<u64>> = buckets.iter().map(|_| new_hist()).collect();
    let mut distinct: BTreeMap<String, u64> = BTreeMap::new();
    let (mut programs, mut il_total, mut code_total) = (0u32, 0u64, 0u64);
    for case in &suite.cases {
        let Ok(file) = &case.file else { continue };
        let Ok(built) = DriverBuilder.build(&case.path, &file.expect) else { continue };
        let mut args: Vec<OsString> = vec!["run".into(), built.app.clone().into(), "--log".into(), "jit".into()];
        args.extend(file.expect.args.iter().map(OsString::from));
        let req = Request { program: &r2rhost, args: &args, env: &[], cwd: None, stdin: file.expect.stdin.as_deref(), timeout: Duration::from_secs(60) };
        let Ok(run) = execute(&req) else { continue };
        programs += 1;
        for (name, il, code, us) in run.stderr.lines().filter_map(parse_line) {
            all.saturating_record(us.max(1));
            for (i, (_, lo, hi)) in buckets.iter().enumerate() {
                if il >= *lo && il < *hi {
                    by_size[i].saturating_record(us.max(1));
                }
            }
            il_total += u64::from(il);
            code_total += u64::from(code);
            distinct.entry(name).and_modify(|t| *t = (*t).min(us)).or_insert(us);
        }
    }
    let overall = Distribution::of(&all);
    println!("tier-0 compile time per method over {programs} conformance programs ({} compilations, {} distinct methods)", overall.count, distinct.len());
    println!("IL compiled: {il_total} bytes -> machine code: {code_total} bytes ({:.1}x)\n", code_total as f64 / il_total.max(1) as f64);
    println!("{:<14} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8} {:>9}", "IL size", "count", "median", "p75", "p90", "p99", "max", "mean");
    let row = |label: &str, d: &Distribution| {
        println!("{label:<14} {:>8} {:>6}µs {:>6}µs {:>6}µs {:>6}µs {:>6}µs {:>7.1}µs", d.count, d.median, d.p75, d.p90, d.p99, d.max, d.mean);
    };
    row("all", &overall);
    let sized: Vec<(String, Distribution)> = buckets.iter().zip(&by_size).map(|((l, _, _), h)| (l.to_string(), Distribution::of(h))).collect();
    for (l, d) in &sized {
        row(l, d);
    }
    println!("\ntarget: median <= 50µs -> {}", if overall.median <= 50 { "meets target" } else { "MISSES target" });
    match write_json("jit-bench", &serde_json::json!({ "programs": programs, "overall": overall, "by_il_size": sized, "distinct_methods": distinct.len(), "il_bytes": il_total, "code_bytes": code_total })) {
        Ok(p) => println!("wrote {}", p.display()),
        Err(e) => eprintln!("could not write JSON: {e}"),
    }
}

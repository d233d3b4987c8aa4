//! # r2rhost-benchmarks
//!
//! **Role.** Reported numbers: how fast r2rhost reads images, starts programs and runs
//! them, side by side with CoreCLR measured in the same run where there is a CoreCLR
//! counterpart. Binaries in `src/bin/` print a table and write JSON under
//! `target/benchmarks/`. Nothing here asserts a timing: targets are printed next to the
//! measurement, and tests never depend on them.
//!
//! **Boundary.** Drives the readers as a library (`image-bench`) or the `r2rhost` binary;
//! inputs come from the build driver.
//!
//! | binary | what it measures |
//! | --- | --- |
//! | `image-bench` | opening System.Private.CoreLib (header + sections), and enumerating all its methods with their fixups |
//! | `jit-bench` | tier-0 compile time per method over the conformance corpus (`r2rhost run --log jit`), as a distribution |
//! | `run-bench` | wall time and peak RSS of the benchmark programs under `r2rhost run` and `dotnet`, at conformance size (start-up dominated) and scaled up (steady state), as ratios from one run |

use std::time::Duration;

use hdrhistogram::Histogram;
use serde::Serialize;

/// Summary of repeated measurements of one operation.
#[derive(Clone, Debug, Serialize)]
pub struct Measurement {
    /// What was measured.
    pub name: String,
    /// Iterations measured (after warm-up).
    pub iterations: u64,
    /// Fastest iteration, in microseconds.
    pub min_us: f64,
    /// Median, in microseconds.
    pub median_us: f64,
    /// 99th percentile, in microseconds.
    pub p99_us: f64,
    /// Target, in microseconds, if there is one.
    pub target_us: Option<f64>,
}

impl Measurement {
    /// Whether the median meets the target (`None` without a target).
    pub fn meets_target(&self) -> Option<bool> {
        self.target_us.map(|t| self.median_us <= t)
    }
}

/// Runs `f` `warmup` times unmeasured, then `iterations` times measured (nanosecond
/// resolution, recorded in an HDR histogram).
pub fn measure(name: &str, warmup: u32, iterations: u32, target: Option<Duration>, mut f: impl FnMut()) -> Measurement {
    for _ in 0..warmup {
        f();
    }
    let mut h = Histogram::<u64>::new_with_bounds(1, 600_000_000_000, 3).expect("valid bounds and precision");
    for _ in 0..iterations {
        let t = std::time::Instant::now();
        f();
        let ns = u64::try_from(t.elapsed().as_nanos()).unwrap_or(u64::MAX);
        h.saturating_record(ns.max(1));
    }
    let us = |ns: u64| ns as f64 / 1000.0;
    Measurement {
        name: name.to_string(),
        iterations: h.len(),
        min_us: us(h.min()),
        median_us: us(h.value_at_quantile(0.5)),
        p99_us: us(h.value_at_quantile(0.99)),
        target_us: target.map(|t| t.as_secs_f64() * 1e6),
    }
}

/// The `r2rhost` binary to measure: `R2RHOST_BIN`, else `target/release/r2rhost`.
pub fn release_r2rhost() -> Result<std::path::PathBuf, String> {
    if let Some(p) = std::env::var_os("R2RHOST_BIN") {
        return Ok(std::path::PathBuf::from(p));
    }
    let p = r2rhost_driver::workspace_root().join("target/release/r2rhost");
    if p.is_file() {
        Ok(p)
    } else {
        Err(format!("{} is missing: build it with `scripts/cargo build --release -p r2rhost` (or set R2RHOST_BIN)", p.display()))
    }
}

/// Summary statistics of a histogram of microseconds.
#[derive(Clone, Debug, Serialize)]
pub struct Distribution {
    /// Samples.
    pub count: u64,
    /// Minimum.
    pub min: u64,
    /// Median.
    pub median: u64,
    /// 75th percentile.
    pub p75: u64,
    /// 90th percentile.
    pub p90: u64,
    /// 99th percentile.
    pub p99: u64,
    /// Maximum.
    pub max: u64,
    /// Mean.
    pub mean: f64,
}

impl Distribution {
    /// Summarizes `h`.
    pub fn of(h: &Histogram<u64>) -> Distribution {
        Distribution {
            count: h.len(),
            min: h.min(),
            median: h.value_at_quantile(0.5),
            p75: h.value_at_quantile(0.75),
            p90: h.value_at_quantile(0.9),
            p99: h.value_at_quantile(0.99),
            max: h.max(),
            mean: h.mean(),
        }
    }
}

/// Prints measurements as a table.
pub fn print_table(rows: &[Measurement]) {
    println!("{:<58} {:>7} {:>11} {:>11} {:>11} {:>11}  verdict", "measurement", "iters", "min µs", "median µs", "p99 µs", "target µs");
    for m in rows {
        let verdict = match m.meets_target() {
            Some(true) => "meets target",
            Some(false) => "MISSES target",
            None => "",
        };
        let target = m.target_us.map_or(String::from("-"), |t| format!("{t:.0}"));
        println!(
            "{:<58} {:>7} {:>11.1} {:>11.1} {:>11.1} {:>11}  {verdict}",
            m.name, m.iterations, m.min_us, m.median_us, m.p99_us, target
        );
    }
}

/// Writes `value` as JSON to `target/benchmarks/<name>.json` under the workspace root and
/// returns the path.
pub fn write_json(name: &str, value: &impl Serialize) -> std::io::Result<std::path::PathBuf> {
    let dir = r2rhost_driver::workspace_root().join("target").join("benchmarks");
    std::fs::create_dir_all(&dir)?;
    let path = dir.join(format!("{name}.json"));
    let text = serde_json::to_string_pretty(value).map_err(std::io::Error::other)?;
    std::fs::write(&path, text)?;
    Ok(path)
}

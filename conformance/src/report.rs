//! The outcome of a run: every [`CaseResult`], a per-mode / per-area summary table, and
//! `target/conformance/summary.json`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::runner::{CaseResult, Verdict};

/// The results of a run.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// The modes that ran, in order.
    pub modes: Vec<String>,
    /// One result per (case, mode) trial that ran, sorted by mode order then case.
    pub results: Vec<CaseResult>,
    /// Wall time of the whole run.
    pub duration: Duration,
}

/// Counts of one row of the summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    /// Passed (or blessed).
    pub passed: usize,
    /// Failed.
    pub failed: usize,
    /// Known failures that failed.
    pub known: usize,
    /// Known failures that passed (a failure).
    pub unexpected: usize,
    /// Not run in the mode (`modes:`).
    pub skipped: usize,
}

impl Counts {
    fn add(&mut self, verdict: Verdict) {
        match verdict {
            Verdict::Passed | Verdict::Blessed { .. } => self.passed += 1,
            Verdict::Failed => self.failed += 1,
            Verdict::KnownFailure => self.known += 1,
            Verdict::UnexpectedPass => self.unexpected += 1,
            Verdict::Skipped => self.skipped += 1,
        }
    }

    /// Trials that ran.
    pub fn ran(&self) -> usize {
        self.passed + self.failed + self.known + self.unexpected
    }
}

impl Report {
    /// Sorts the results by mode (in `modes` order) and case id.
    pub fn sort(&mut self) {
        let order = |m: &str| self.modes.iter().position(|x| x == m).unwrap_or(usize::MAX);
        let mut results = std::mem::take(&mut self.results);
        results.sort_by(|a, b| (order(&a.mode), &a.case).cmp(&(order(&b.mode), &b.case)));
        self.results = results;
    }

    /// True when any trial failed or passed unexpectedly.
    pub fn failed(&self) -> bool {
        self.results.iter().any(|r| r.verdict.is_failure())
    }

    /// Counts per mode.
    pub fn per_mode(&self) -> BTreeMap<String, Counts> {
        let mut map: BTreeMap<String, Counts> = BTreeMap::new();
        for r in &self.results {
            map.entry(r.mode.clone()).or_default().add(r.verdict);
        }
        map
    }

    /// Counts per (area, mode).
    pub fn per_area(&self) -> BTreeMap<String, BTreeMap<String, Counts>> {
        let mut map: BTreeMap<String, BTreeMap<String, Counts>> = BTreeMap::new();
        for r in &self.results {
            map.entry(r.area.clone()).or_default().entry(r.mode.clone()).or_default().add(r.verdict);
        }
        map
    }

    /// The modes with results, in run order.
    fn modes_present(&self) -> Vec<String> {
        let mut modes: Vec<String> = self.modes.iter().filter(|m| self.results.iter().any(|r| &r.mode == *m)).cloned().collect();
        for r in &self.results {
            if !modes.contains(&r.mode) {
                modes.push(r.mode.clone());
            }
        }
        modes
    }

    /// The summary table: per mode passed / failed / known failures / unexpected passes /
    /// skipped, then per area `passed/ran` for each mode (with `+Nk` known failures).
    pub fn summary_table(&self) -> String {
        let modes = self.modes_present();
        let per_mode = self.per_mode();
        let mut out = String::new();
        let _ = writeln!(out, "conformance summary ({} trials, {:.1} s)", self.results.len(), self.duration.as_secs_f64());
        let _ = writeln!(out, "{:<10} {:>7} {:>7} {:>7} {:>11} {:>8}", "mode", "passed", "failed", "known", "unexpected", "skipped");
        for m in &modes {
            let c = per_mode.get(m).copied().unwrap_or_default();
            let _ = writeln!(out, "{m:<10} {:>7} {:>7} {:>7} {:>11} {:>8}", c.passed, c.failed, c.known, c.unexpected, c.skipped);
        }
        let rewritten: Vec<&str> =
            self.results.iter().filter(|r| r.verdict == Verdict::Blessed { changed: true }).map(|r| r.case.as_str()).collect();
        let blessed = self.results.iter().filter(|r| matches!(r.verdict, Verdict::Blessed { .. })).count();
        if blessed > 0 {
            let _ = writeln!(out, "BLESS: {} of {blessed} expectations rewritten{}{}", rewritten.len(), if rewritten.is_empty() { "" } else { ": " }, rewritten.join(", "));
        }
        let per_area = self.per_area();
        if !per_area.is_empty() {
            let _ = write!(out, "\n{:<14}", "area");
            for m in &modes {
                let _ = write!(out, " {m:>14}");
            }
            out.push('\n');
            for (area, by_mode) in &per_area {
                let _ = write!(out, "{area:<14}");
                for m in &modes {
                    let c = by_mode.get(m).copied().unwrap_or_default();
                    let mut cell = format!("{}/{}", c.passed, c.ran());
                    if c.known > 0 {
                        cell.push_str(&format!(" +{}k", c.known));
                    }
                    if c.unexpected > 0 {
                        cell.push_str(&format!(" +{}u", c.unexpected));
                    }
                    let _ = write!(out, " {cell:>14}");
                }
                out.push('\n');
            }
            out.push_str("(cells: passed/ran; +Nk: known failures, +Nu: unexpected passes)\n");
        }
        out
    }

    /// The JSON form: totals per mode and area, and every result.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "modes": self.modes_present(),
            "duration_seconds": self.duration.as_secs_f64(),
            "totals": self.per_mode(),
            "areas": self.per_area(),
            "results": self.results,
        })
    }

    /// Writes [`Report::to_json`] to `path` (creating its directory).
    pub fn write_json(&self, path: &Path) -> Result<(), crate::Error> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| crate::Error::io("create", dir, e))?;
        }
        let text = serde_json::to_string_pretty(&self.to_json()).unwrap_or_default();
        std::fs::write(path, text + "\n").map_err(|e| crate::Error::io("write", path, e))
    }
}

/// `target/conformance/summary.json`.
pub fn summary_path() -> PathBuf {
    crate::mode::target_dir().join("conformance").join("summary.json")
}

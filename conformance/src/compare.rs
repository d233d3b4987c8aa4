//! Comparing a run with the expectation: exit code, stdout and stderr must be exactly equal.
//! A mismatch is described with a line diff of each differing stream (unified format, three
//! lines of context, bounded length).

use similar::TextDiff;

use crate::case::Expectation;
use crate::exec::{Execution, Exit};

/// Diff lines shown per stream before the rest is summarised.
pub const MAX_DIFF_LINES: usize = 60;

/// `None` when `got` matches `expect`, else a readable description of every difference.
pub fn compare(expect: &Expectation, got: &Execution) -> Option<String> {
    let mut report = String::new();
    match got.exit {
        Exit::Code(code) if code == expect.exit => {}
        Exit::Code(code) => report.push_str(&format!("exit code: expected {}, got {code}\n", expect.exit)),
        Exit::TimedOut => report.push_str(&format!(
            "timed out after {:.1} s and was killed (expected exit code {})\n",
            got.duration.as_secs_f64(),
            expect.exit
        )),
    }
    for (name, want, have) in [("stdout", &expect.stdout, &got.stdout), ("stderr", &expect.stderr, &got.stderr)] {
        if want != have {
            report.push_str(&format!("{name} differs (- expected, + actual):\n"));
            report.push_str(&diff(want, have, MAX_DIFF_LINES));
        }
    }
    if got.truncated {
        report.push_str(&format!("(output was cut at {} bytes per stream)\n", crate::exec::OUTPUT_LIMIT));
    }
    (!report.is_empty()).then_some(report)
}

/// A unified line diff of `expected` → `actual`, at most `max_lines` lines (then a count of
/// the rest). Every line ends with `\n`.
pub fn diff(expected: &str, actual: &str, max_lines: usize) -> String {
    if expected.is_empty() || actual.is_empty() {
        // Show the side that exists in full (bounded) rather than as one big hunk header.
        let (sign, text) = if expected.is_empty() { ('+', actual) } else { ('-', expected) };
        let what = if expected.is_empty() { "expected nothing; printed" } else { "printed nothing; expected" };
        let mut out = format!("  ({what}:)\n");
        push_bounded(&mut out, text.lines().map(|l| format!("{sign}{l}")), max_lines);
        return out;
    }
    let diff = TextDiff::configure()
        .timeout(std::time::Duration::from_secs(2))
        .diff_lines(expected, actual);
    let text = diff.unified_diff().context_radius(3).missing_newline_hint(true).to_string();
    let mut out = String::new();
    push_bounded(&mut out, text.lines().map(str::to_string), max_lines);
    out
}

fn push_bounded(out: &mut String, lines: impl Iterator<Item = String>, max_lines: usize) {
    let mut rest = 0usize;
    for (i, line) in lines.enumerate() {
        if i < max_lines {
            out.push_str(&line);
            out.push('\n');
        } else {
            rest += 1;
        }
    }
    if rest > 0 {
        out.push_str(&format!("  ... {rest} more diff lines\n"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn expectation(exit: i32, stdout: &str) -> Expectation {
        Expectation {
            exit,
            args: vec![],
            stdin: None,
            build: vec![],
            modes: None,
            stdout: stdout.into(),
            stderr: String::new(),
        }
    }

    fn run(exit: Exit, stdout: &str, stderr: &str) -> Execution {
        Execution { exit, stdout: stdout.into(), stderr: stderr.into(), truncated: false, duration: Duration::ZERO }
    }

    #[test]
    fn equal_runs_match() {
        assert_eq!(compare(&expectation(100, "a\n"), &run(Exit::Code(100), "a\n", "")), None);
    }

    #[test]
    fn differences_are_described() {
        let want = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        let have = "1\n2\n3\n4\nFIVE\n6\n7\n8\n9\n";
        let report = compare(&expectation(100, want), &run(Exit::Code(1), have, "boom\n")).unwrap();
        assert!(report.contains("exit code: expected 100, got 1"), "{report}");
        assert!(report.contains("@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+FIVE\n 6\n"), "{report}");
        assert!(!report.contains("\n 1\n"), "context is bounded: {report}");
        assert!(report.contains("stderr differs") && report.contains("+boom"), "{report}");
    }

    #[test]
    fn missing_newline_and_timeouts() {
        let report = compare(&expectation(0, "a\n"), &run(Exit::TimedOut, "a", "")).unwrap();
        assert!(report.contains("timed out"), "{report}");
        assert!(report.contains("No newline at end of file"), "{report}");
    }

    #[test]
    fn long_diffs_are_cut() {
        let want: String = (0..500).map(|i| format!("{i}\n")).collect();
        let d = diff(&want, "x\n", 10);
        assert_eq!(d.lines().count(), 11);
        assert!(d.ends_with("more diff lines\n"));
    }
}

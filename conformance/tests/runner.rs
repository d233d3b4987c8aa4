//! Tests of the runner itself. They need neither the .NET SDK nor r2rhost: cases are
//! "built" by a fake builder (the program is the case file itself) and run by fake modes
//! (`/bin/sh` scripts), so failures, diffs, timeouts, known failures and blessing can be
//! exercised deterministically.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use r2rhost_conformance::build::{Built, Builder};
use r2rhost_conformance::case::CaseFile;
use r2rhost_conformance::known::KnownFailures;
use r2rhost_conformance::{CaseResult, Expectation, Mode, Options, Runner, Suite, Verdict, run_trials};

/// A temporary directory removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "r2rhost-conformance-test-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn write(&self, rel: &str, text: &str) -> PathBuf {
        let path = self.0.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// "Builds" a case by handing back its source path (fake modes look at the name), or fails
/// for cases whose name contains `nobuild`.
#[derive(Debug)]
struct FakeBuilder;

impl Builder for FakeBuilder {
    fn build(&self, path: &Path, _expect: &Expectation) -> Result<Built, String> {
        if path.to_string_lossy().contains("nobuild") {
            return Err("error CS1002: ; expected".into());
        }
        Ok(Built { app: path.to_path_buf(), cache_hit: true, duration: Duration::ZERO })
    }
}

/// A fake r2rhost mode: `sh -c SCRIPT sh APP ARGS...`.
fn sh_mode(name: &str, script: &str) -> Mode {
    Mode::custom(name, "/bin/sh", &["-c", script, "sh", "{app}", "{args}"], &[])
}

/// A fake mode that behaves by case name: `pass*` prints `ok` and exits 100, `fail*` prints
/// `bad` and exits 1, `hang*` sleeps, `echo*` echoes its arguments and its stdin.
const BY_NAME: &str = r#"app=$1; shift
case "$(basename "$app")" in
  pass*) echo ok; exit 100;;
  fail*) echo ok; echo bad; echo ok; exit 1;;
  hang*) sleep 30;;
  echo*) echo "args: $*"; read line; echo "stdin: $line"; exit 100;;
esac
exit 99"#;

fn case_text(exit: i32, headers: &str, stdout: &str) -> String {
    format!("class Program {{ static int Main() => 100; }}\n/* EXPECT\nexit: {exit}\n{headers}--- stdout\n{stdout}--- stderr\n*/\n")
}

fn runner(known: KnownFailures, timeout: Duration) -> Runner {
    let options = Options { timeout, bless: false, r2rhost: None, jobs: 2 };
    Runner::with_builder(options, known, Box::new(FakeBuilder))
}

fn run_all(dir: &Path, modes: &[Mode], timeout: Duration) -> Vec<CaseResult> {
    let suite = Suite::load(dir, None).unwrap();
    let r = Runner::with_builder(
        Options { timeout, bless: false, r2rhost: None, jobs: 2 },
        suite.known.clone(),
        Box::new(FakeBuilder),
    );
    run_trials(&r, &suite, modes, None, 2, &|_| {}).results
}

fn result<'a>(results: &'a [CaseResult], mode: &str, case: &str) -> &'a CaseResult {
    results.iter().find(|r| r.mode == mode && r.case == case).unwrap_or_else(|| panic!("no result for {mode}::{case}"))
}

#[test]
fn passing_failing_and_hanging_cases() {
    let t = TempDir::new();
    let cases = t.0.join("cases");
    t.write("cases/a/pass_one.cs", &case_text(100, "", "ok\n"));
    t.write("cases/a/fail_one.cs", &case_text(100, "", "ok\nok\nok\n"));
    t.write("cases/b/hang_one.cs", &case_text(100, "", ""));
    t.write("cases/b/echo_args.cs", &case_text(100, "args: x  y\nstdin: hello world\n", "args: x y\nstdin: hello world\n"));
    let results = run_all(&cases, &[sh_mode("jit", BY_NAME)], Duration::from_millis(500));
    assert_eq!(results.len(), 4);

    assert_eq!(result(&results, "jit", "a/pass_one").verdict, Verdict::Passed);
    assert_eq!(result(&results, "jit", "b/echo_args").verdict, Verdict::Passed, "{:?}", result(&results, "jit", "b/echo_args"));

    let fail = result(&results, "jit", "a/fail_one");
    assert_eq!(fail.verdict, Verdict::Failed);
    assert!(fail.message.contains("exit code: expected 100, got 1"), "{}", fail.message);
    assert!(fail.message.contains(" ok\n-ok\n+bad\n ok\n"), "{}", fail.message);
    assert!(fail.message.contains("command: /bin/sh -c"), "{}", fail.message);
    assert!(fail.message.contains("fail_one.cs"), "{}", fail.message);

    let hang = result(&results, "jit", "b/hang_one");
    assert_eq!(hang.verdict, Verdict::Failed);
    assert!(hang.message.contains("timed out"), "{}", hang.message);
    assert!(hang.run_seconds < 10.0);
}

#[test]
fn known_failures_are_ignored_and_unexpected_passes_fail() {
    let t = TempDir::new();
    let cases = t.0.join("cases");
    t.write("cases/a/pass_one.cs", &case_text(100, "", "ok\n"));
    t.write("cases/a/fail_one.cs", &case_text(100, "", "ok\nok\nok\n"));
    t.write("cases/b/fail_two.cs", &case_text(100, "", "x\n"));
    t.write("known-failures.txt", "jit a/*  # milestone 2\n* b/fail_two.cs  # everywhere\n");
    let results = run_all(&cases, &[sh_mode("jit", BY_NAME)], Duration::from_secs(10));

    let known = result(&results, "jit", "a/fail_one");
    assert_eq!(known.verdict, Verdict::KnownFailure);
    assert_eq!(known.message, "known failure: milestone 2");
    assert_eq!(result(&results, "jit", "b/fail_two").verdict, Verdict::KnownFailure);

    let unexpected = result(&results, "jit", "a/pass_one");
    assert_eq!(unexpected.verdict, Verdict::UnexpectedPass);
    assert!(unexpected.message.contains("unexpectedly passed: remove it from known-failures.txt"), "{}", unexpected.message);
    assert!(unexpected.message.contains("(line 1: `jit a/*  # milestone 2`)"), "{}", unexpected.message);
}

#[test]
fn stale_or_reasonless_known_failures_stop_the_suite() {
    let t = TempDir::new();
    let cases = t.0.join("cases");
    t.write("cases/a/pass_one.cs", &case_text(100, "", "ok\n"));
    t.write("known-failures.txt", "jit gone/*  # removed area\n");
    let e = Suite::load(&cases, None).unwrap_err().to_string();
    assert!(e.contains("known-failures.txt:1:") && e.contains("matches no case"), "{e}");
    t.write("known-failures.txt", "jit a/pass_one\n");
    let e = Suite::load(&cases, None).unwrap_err().to_string();
    assert!(e.contains("no reason"), "{e}");
}

#[test]
fn malformed_cases_fail_alone_with_file_and_line() {
    let t = TempDir::new();
    let cases = t.0.join("cases");
    t.write("cases/a/pass_one.cs", &case_text(100, "", "ok\n"));
    t.write("cases/a/pass_bad_header.cs", &case_text(100, "args x\n", "ok\n"));
    t.write("cases/a/pass_no_exit.cs", "x\n/* EXPECT\n--- stdout\nok\n--- stderr\n*/\n");
    t.write("cases/a/pass_comment.cs", "x\n/* EXPECT\nexit: 100\n--- stdout\nok */\n--- stderr\n*/\n");
    t.write("cases/a/pass_no_block.il", ".assembly x {}\n");
    t.write("cases/a/pass_build.cs", &case_text(100, "build: optimize-\n", "ok\n"));
    t.write("cases/a/pass_modes.cs", &case_text(100, "modes: jit, r2r-typo\n", "ok\n"));
    let results = run_all(&cases, &[sh_mode("jit", BY_NAME)], Duration::from_secs(10));
    assert_eq!(result(&results, "jit", "a/pass_one").verdict, Verdict::Passed);
    let expect_error = |case: &str, needle: &str| {
        let r = result(&results, "jit", case);
        assert_eq!(r.verdict, Verdict::Failed, "{case}");
        assert!(r.message.contains(needle), "{case}: {}", r.message);
    };
    expect_error("a/pass_bad_header", "pass_bad_header.cs:4: expected a header line");
    expect_error("a/pass_no_exit", "pass_no_exit.cs:2: the EXPECT block has no `exit:` line");
    expect_error("a/pass_comment", "pass_comment.cs:5: line 5 contains `*/`");
    expect_error("a/pass_no_block", "pass_no_block.il: no EXPECT block");
    expect_error("a/pass_build", "pass_build.cs:4: unknown build option \"optimize-\"");
    expect_error("a/pass_modes", "names unknown mode \"r2r-typo\"");
}

#[test]
fn build_errors_and_mode_restrictions() {
    let t = TempDir::new();
    let cases = t.0.join("cases");
    t.write("cases/a/nobuild.cs", &case_text(100, "", ""));
    t.write("cases/a/pass_oracle_only.cs", &case_text(100, "modes: oracle\n", "ok\n"));
    let results = run_all(&cases, &[sh_mode("jit", BY_NAME)], Duration::from_secs(10));
    let nobuild = result(&results, "jit", "a/nobuild");
    assert_eq!(nobuild.verdict, Verdict::Failed);
    assert!(nobuild.message.contains("build failed") && nobuild.message.contains("CS1002"), "{}", nobuild.message);
    let skipped = result(&results, "jit", "a/pass_oracle_only");
    assert_eq!(skipped.verdict, Verdict::Skipped);
    assert!(skipped.message.contains("modes: oracle"), "{}", skipped.message);
}

#[test]
fn libraries_are_not_cases() {
    let t = TempDir::new();
    let cases = t.0.join("cases");
    t.write("cases/a/pass_uses_lib.cs", &case_text(100, "build: library:lib/helper.cs\n", "ok\n"));
    t.write("cases/a/lib/helper.cs", "public static class Helper {}\n");
    let suite = Suite::load(&cases, None).unwrap();
    assert_eq!(suite.cases.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["a/pass_uses_lib"]);
    assert_eq!(suite.libraries.len(), 1);
}

#[test]
fn bless_round_trip_on_a_copy() {
    let t = TempDir::new();
    let cases = t.0.join("cases");
    // A copy of a real case, with its header lines (args) and its real expected output.
    let original_path = r2rhost_conformance::default_cases_dir().join("env/main_args_and_command_line.cs");
    let original = std::fs::read_to_string(&original_path).unwrap();
    let copy = t.write("cases/env/main_args_and_command_line.cs", &original);
    let parsed = CaseFile::parse(&copy, &original).unwrap();

    // A fake oracle that prints the file named by $OUT and exits with $CODE.
    let out_file = t.0.join("out.txt");
    let oracle = |code: &str| {
        let mut m = Mode::custom("oracle", "/bin/sh", &["-c", "cat \"$OUT\"; exit $CODE", "sh", "{app}", "{args}"], &[]);
        m.env = vec![("OUT".into(), out_file.display().to_string()), ("CODE".into(), code.into())];
        m.is_oracle = true;
        m
    };
    let bless = |mode: &Mode| {
        let suite = Suite::load(&cases, None).unwrap();
        let mut r = runner(KnownFailures::default(), Duration::from_secs(10));
        r.options.bless = true;
        r.run(&suite.cases[0], mode)
    };

    // Same output: the file stays byte-identical.
    std::fs::write(&out_file, &parsed.expect.stdout).unwrap();
    let r = bless(&oracle("100"));
    assert_eq!(r.verdict, Verdict::Blessed { changed: false }, "{}", r.message);
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), original);

    // New output and exit code: the block is rewritten, the body and `args:` are kept.
    std::fs::write(&out_file, "changed\n").unwrap();
    let r = bless(&oracle("3"));
    assert_eq!(r.verdict, Verdict::Blessed { changed: true }, "{}", r.message);
    let blessed = std::fs::read_to_string(&copy).unwrap();
    let reparsed = CaseFile::parse(&copy, &blessed).unwrap();
    assert_eq!(reparsed.body, parsed.body);
    assert_eq!(reparsed.expect.args, parsed.expect.args);
    assert_eq!((reparsed.expect.exit, reparsed.expect.stdout.as_str()), (3, "changed\n"));
    assert!(blessed.ends_with("/* EXPECT\nexit: 3\nargs: alpha 7 beta-gamma 42\n--- stdout\nchanged\n--- stderr\n*/\n"), "{blessed}");

    // Non-oracle modes never write, even with bless on.
    let mut fake_jit = oracle("100");
    fake_jit.name = "jit".into();
    fake_jit.is_oracle = false;
    let r = bless(&fake_jit);
    assert_eq!(r.verdict, Verdict::Failed);
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), blessed);

    // And back: blessing with the original output restores the original bytes.
    std::fs::write(&out_file, &parsed.expect.stdout).unwrap();
    let r = bless(&oracle("100"));
    assert_eq!(r.verdict, Verdict::Blessed { changed: true });
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), original);

    // Output the format cannot hold is refused, and the file is left alone.
    std::fs::write(&out_file, "no newline").unwrap();
    let r = bless(&oracle("100"));
    assert_eq!(r.verdict, Verdict::Failed);
    assert!(r.message.contains("does not end with a newline"), "{}", r.message);
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), original);
}

#[test]
fn every_real_case_parses_and_renders_back_byte_identically() {
    let suite = Suite::load(&r2rhost_conformance::default_cases_dir(), None).unwrap();
    assert!(suite.cases.len() >= 147, "{} cases", suite.cases.len());
    for case in &suite.cases {
        let file = case.file.as_ref().unwrap_or_else(|e| panic!("{e}"));
        let text = std::fs::read_to_string(&case.path).unwrap();
        assert_eq!(file.render().unwrap(), text, "{}", case.path.display());
    }
}

#[test]
fn summary_counts_and_json() {
    let t = TempDir::new();
    let cases = t.0.join("cases");
    t.write("cases/a/pass_one.cs", &case_text(100, "", "ok\n"));
    t.write("cases/a/fail_one.cs", &case_text(100, "", "ok\n"));
    t.write("cases/b/fail_two.cs", &case_text(100, "", "ok\n"));
    t.write("cases/b/pass_jit_only.cs", &case_text(100, "modes: jit\n", "ok\n"));
    t.write("known-failures.txt", "jit b/fail_two  # reason\n");
    let suite = Suite::load(&cases, None).unwrap();
    let r = runner(suite.known.clone(), Duration::from_secs(10));
    let modes = [sh_mode("oracle", BY_NAME), sh_mode("jit", BY_NAME)];
    let report = run_trials(&r, &suite, &modes, None, 3, &|_| {});
    assert_eq!(report.results.len(), 8);
    assert!(report.failed());
    let per_mode = report.per_mode();
    let jit = per_mode["jit"];
    assert_eq!((jit.passed, jit.failed, jit.known, jit.unexpected, jit.skipped), (2, 1, 1, 0, 0));
    let oracle = per_mode["oracle"];
    assert_eq!((oracle.passed, oracle.failed, oracle.known, oracle.skipped), (1, 2, 0, 1));
    let table = report.summary_table();
    assert!(table.contains("oracle") && table.contains("1/2 +1k"), "{table}");
    let json = report.to_json();
    assert_eq!(json["totals"]["jit"]["known"], 1);
    assert_eq!(json["results"].as_array().unwrap().len(), 8);
    assert_eq!(json["results"][0]["mode"], "oracle", "sorted by mode order");

    // Filters select trials by name.
    let only = run_trials(&r, &suite, &modes, Some("jit::b/"), 2, &|_| {});
    assert_eq!(only.results.iter().map(|r| r.trial_name()).collect::<Vec<_>>(), ["jit::b/fail_two", "jit::b/pass_jit_only"]);
}

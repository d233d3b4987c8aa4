//! `r2rhost run` over corrupted copies of a real program: whatever the bytes, the host ends
//! with the program's own output, a managed exception or a typed start-up error — never a
//! Rust panic and never an internal JIT error. Corrupted IL may legitimately loop forever or
//! touch memory it should not (CoreCLR would crash too); those runs are counted, not failed.
//! Fixed seed and case count, so every CI run tries the same images.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::Duration;

use proptest::test_runner::{Config, RngSeed, TestRunner};
use r2rhost_conformance::exec::{Exit, Request, execute};
use r2rhost_driver::corrupt::{mutated, mutations};
use r2rhost_driver::samples;
use r2rhost_image::pe::PeFile;

/// How one run ended.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Outcome {
    /// Exit 100: the program ran as if intact.
    Ran,
    /// Another exit code with a one-line reason on stderr (start-up error, managed exception).
    Rejected,
    /// A signal or the timeout: corrupted code doing what corrupted code does.
    Crashed,
}

fn run(r2rhost: &Path, app: &Path, env: &[(String, String)]) -> (Outcome, String) {
    let args = [OsString::from("run"), app.as_os_str().to_owned()];
    let req = Request { program: r2rhost, args: &args, env, cwd: None, stdin: None, timeout: Duration::from_secs(3) };
    let e = execute(&req).expect("r2rhost starts");
    let outcome = match e.exit {
        Exit::Code(100) => Outcome::Ran,
        Exit::Code(c) if c < 128 => Outcome::Rejected,
        // 134 is also how an unhandled managed exception ends (as in CoreCLR).
        Exit::Code(134) if e.stderr.starts_with("Unhandled exception.") => Outcome::Rejected,
        _ => Outcome::Crashed,
    };
    (outcome, e.stderr)
}

/// Runs `app` after writing each corrupted copy of `original` to `target`; returns the
/// tally of outcomes. Fails on a panic or an internal JIT error.
fn fuzz(r2rhost: &Path, app: &Path, original: &[u8], target: &Path, env: &[(String, String)], cases: u32, seed: u64) -> BTreeMap<Outcome, u32> {
    let pe = PeFile::parse(original).unwrap();
    let ranges = pe.sections().iter().map(|s| s.pointer_to_raw_data as usize..(s.pointer_to_raw_data + s.size_of_raw_data) as usize).collect();
    let strategy = mutations(ranges, original.len());
    let config = Config { cases, rng_seed: RngSeed::Fixed(seed), failure_persistence: None, ..Config::default() };
    let tally = RefCell::new(BTreeMap::<Outcome, u32>::new());
    TestRunner::new(config)
        .run(&strategy, |ms| {
            std::fs::write(target, mutated(original, &ms)).unwrap();
            let (outcome, stderr) = run(r2rhost, app, env);
            *tally.borrow_mut().entry(outcome).or_default() += 1;
            proptest::prop_assert!(!stderr.contains("panicked at"), "the host panicked:\n{stderr}");
            proptest::prop_assert!(!stderr.contains("a bug in r2rhost"), "internal error:\n{stderr}");
            Ok(())
        })
        .unwrap();
    std::fs::write(target, original).unwrap();
    tally.into_inner()
}

/// samples/hello in a fresh directory: (r2rhost, the app, its bytes).
fn hello(tag: &str) -> (&'static Path, PathBuf, Vec<u8>) {
    let r2rhost = Path::new(env!("CARGO_BIN_EXE_r2rhost"));
    let hello = samples::build("hello").expect("samples/hello builds");
    let original = std::fs::read(&hello.entry).unwrap();
    let dir = std::env::temp_dir().join(format!("r2rhost-run-fuzz-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(hello.entry.with_extension("runtimeconfig.json"), dir.join("Hello.runtimeconfig.json")).unwrap();
    let app = dir.join("Hello.dll");
    std::fs::write(&app, &original).unwrap();
    assert_eq!(run(r2rhost, &app, &[]).0, Outcome::Ran, "the pristine program must run");
    (r2rhost, app, original)
}

#[test]
fn corrupted_programs_never_panic_the_host() {
    let (r2rhost, app, original) = hello("app");
    let tally = fuzz(r2rhost, &app, &original, &app, &[], 600, 0x7275_6e21);
    println!("corrupted Hello.dll: {tally:?}");
    // The corpus must reach the loader and the JIT, not only the PE header checks.
    assert!(tally.get(&Outcome::Ran).copied().unwrap_or(0) >= 60, "{tally:?}");
    assert!(tally.get(&Outcome::Rejected).copied().unwrap_or(0) >= 60, "{tally:?}");
}

/// The corelib is an input like any other (`R2RHOST_CORELIB`): a corrupted one makes the
/// program fail with a reason, not the host.
#[test]
fn a_corrupted_corelib_never_panics_the_host() {
    let (r2rhost, app, _) = hello("corelib");
    let shim = r2rhost_driver::shim::build().expect("the corelib shim builds");
    let original = std::fs::read(&shim.assembly).unwrap();
    let corelib = app.with_file_name("corrupt-corelib.dll");
    let env = [("R2RHOST_CORELIB".to_string(), corelib.display().to_string())];
    let tally = fuzz(r2rhost, &app, &original, &corelib, &env, 400, 0x636f_7265);
    println!("corrupted corelib: {tally:?}");
    assert!(tally.get(&Outcome::Ran).copied().unwrap_or(0) >= 40, "{tally:?}");
}


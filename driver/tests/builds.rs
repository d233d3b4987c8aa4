//! End-to-end tests of the driver: real Roslyn, ILAsm and crossgen2 builds, run under
//! `dotnet`. Everything goes through the shared cache, so these are safe to run in parallel
//! (per-key file locks) and fast when warm.

use std::fs;
use std::path::{Path, PathBuf};

use r2rhost_driver::samples::{self, SUCCESS_EXIT_CODE};
use r2rhost_driver::{
    CscRequest, Crossgen2Request, Error, IldasmRequest, OutputKind, reference_assemblies, run_app,
    shared_framework_dir, toolchain,
};

/// A per-test scratch directory outside the cache (removed on drop).
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("r2rhost-driver-test-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn hello_source() -> PathBuf {
    samples::samples_dir().join("hello").join("Hello.cs")
}

fn hello_request(source: PathBuf) -> CscRequest {
    CscRequest::new("Hello", OutputKind::Exe, vec![source])
}

fn assert_runs_ok(what: &str, entry: &Path) -> String {
    let run = run_app(entry, &[], &[]).unwrap();
    assert_eq!(
        run.exit_code,
        Some(SUCCESS_EXIT_CODE),
        "{what}: dotnet {} exited with {:?}\nstdout:\n{}\nstderr:\n{}",
        entry.display(),
        run.exit_code,
        run.stdout,
        run.stderr
    );
    assert!(!run.stdout.contains("MISMATCH"), "{what}: {}", run.stdout);
    run.stdout
}

#[test]
fn toolchain_is_discovered() {
    let tc = toolchain().unwrap();
    assert!(tc.dotnet.is_file());
    assert_eq!(tc.runtime_version.major, 10);
    assert!(tc.csc_dll.is_file());
    let fw = shared_framework_dir().unwrap();
    assert!(fw.join("System.Private.CoreLib.dll").is_file());
    let refs = reference_assemblies().unwrap();
    assert!(refs.iter().any(|r| r.ends_with("System.Runtime.dll")));
    assert!(refs.iter().all(|r| r.extension().is_some_and(|e| e == "dll")));
    assert!(tc.runtime_config_json().contains(&format!("\"version\": \"{}\"", tc.runtime_version)));
}

#[test]
fn hello_builds_and_runs_under_dotnet() {
    let out = hello_request(hello_source()).build().unwrap();
    assert!(out.assembly.is_file());
    let config = out.runtime_config.as_ref().unwrap();
    let text = fs::read_to_string(config).unwrap();
    assert!(text.contains("\"tfm\": \"net10.0\"") && text.contains("Microsoft.NETCore.App"));
    let run = run_app(&out.assembly, &[], &[]).unwrap();
    assert_eq!(run.exit_code, Some(SUCCESS_EXIT_CODE), "{run:?}");
    assert!(run.stdout.starts_with("Hello from r2rhost!\n"), "{}", run.stdout);
    assert!(run.stdout.contains("5^2 = 25\nsum = 55\n"), "{}", run.stdout);
}

#[test]
fn second_build_is_a_cache_hit() {
    let request = hello_request(hello_source());
    let first = request.build().unwrap();
    let second = request.build().unwrap();
    assert!(second.build.cache_hit, "second build started the compiler");
    assert_eq!(first.build.dir, second.build.dir);
    assert_eq!(first.build.key, second.build.key);
    assert!(second.build.dir.join("key.txt").is_file());
}

#[test]
fn key_depends_on_content_not_location() {
    let scratch = Scratch::new("key");
    let original = fs::read(hello_source()).unwrap();
    let same_dir = scratch.0.join("same");
    let changed_dir = scratch.0.join("changed");
    fs::create_dir_all(&same_dir).unwrap();
    fs::create_dir_all(&changed_dir).unwrap();
    fs::write(same_dir.join("Hello.cs"), &original).unwrap();
    let mut changed = original;
    let at = changed.iter().position(|&b| b == b'!').unwrap();
    changed[at] = b'?';
    fs::write(changed_dir.join("Hello.cs"), &changed).unwrap();

    let key = |p: PathBuf| hello_request(p).cache_key().unwrap();
    let k_original = key(hello_source());
    assert_eq!(k_original, key(same_dir.join("Hello.cs")), "same bytes elsewhere, same key");
    assert_ne!(k_original, key(changed_dir.join("Hello.cs")), "one byte changed, same key");

    let mut unoptimized = hello_request(hello_source());
    unoptimized.optimize = false;
    assert_ne!(k_original, unoptimized.cache_key().unwrap(), "options are part of the key");
}

#[test]
fn compiler_errors_come_back_with_the_compiler_output() {
    let scratch = Scratch::new("csc-error");
    let source = scratch.0.join("Broken.cs");
    fs::write(&source, "class Broken { int M() { return \"not an int\"; } }\n").unwrap();
    let err = CscRequest::new("Broken", OutputKind::Library, vec![source]).build().unwrap_err();
    match &err {
        Error::ToolFailed { tool, stdout, .. } => {
            assert_eq!(tool, "csc");
            assert!(stdout.contains("error CS0029"), "{stdout}");
        }
        other => panic!("expected ToolFailed, got {other:?}"),
    }
    assert!(err.to_string().contains("CS0029"));
}

#[test]
fn bad_requests_are_bad_input() {
    let missing = hello_request(PathBuf::from("/nonexistent/Missing.cs")).build().unwrap_err();
    assert!(matches!(missing, Error::BadInput(_)), "{missing:?}");
    let bad_name = CscRequest::new("../escape", OutputKind::Exe, vec![hello_source()]).build().unwrap_err();
    assert!(matches!(bad_name, Error::BadInput(_)), "{bad_name:?}");
    let no_inputs = Crossgen2Request::new(Vec::new()).build().unwrap_err();
    assert!(matches!(no_inputs, Error::BadInput(_)), "{no_inputs:?}");
    let no_sample = samples::build("nope").unwrap_err();
    assert!(matches!(no_sample, Error::BadInput(_)), "{no_sample:?}");
}

#[test]
fn ilasm_sample_builds_and_runs() {
    let sample = samples::build("il").unwrap();
    let stdout = assert_runs_ok("il", &sample.entry);
    assert!(stdout.contains("tail. call, 1000000 deep = 1000000"), "{stdout}");
}

#[test]
fn crossgen2_output_runs_and_its_map_lists_compiled_methods() {
    let variant = samples::r2r_variant("hello").unwrap();
    assert_eq!(variant.images.len(), 1);
    assert!(variant.entry.is_file());
    assert_ne!(fs::read(&variant.entry).unwrap(), fs::read(&variant.request.inputs[0]).unwrap());
    let stdout = assert_runs_ok("hello r2r", &variant.entry);
    assert!(stdout.starts_with("Hello from r2rhost!"));
    let csv = fs::read_to_string(&variant.map_csv[0]).unwrap();
    assert!(csv.starts_with("Rva,Length,Relocs,Section,Symbol,Node Type"));
    let methods: Vec<&str> = csv.lines().filter(|l| l.ends_with(",MethodWithGCInfo")).collect();
    assert!(methods.iter().any(|l| l.contains("Hello__Main")), "{methods:?}");
    assert!(methods.iter().any(|l| l.contains("Hello__Square")), "{methods:?}");
}

#[test]
fn ildasm_disassembles() {
    let sample = samples::build("hello").unwrap();
    let out = IldasmRequest::new(sample.entry).build().unwrap();
    assert!(out.text.contains(".assembly Hello"), "{}", out.text);
    assert!(out.text.contains("Main() cil managed"), "{}", out.text);
    assert!(!out.text.contains("// Image base:"));
    assert!(out.file.is_file());
}

#[test]
fn full_r2r_suite_builds() {
    let suite = samples::r2r_suite().unwrap();
    let names: Vec<&str> = suite.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(names, samples::SUITE.iter().map(|s| s.name).collect::<Vec<_>>());
    for v in &suite {
        assert!(!v.images.is_empty(), "{}", v.name);
        for image in v.images.iter().chain(&v.map_csv) {
            assert!(image.is_file(), "{}: {} missing", v.name, image.display());
        }
        assert!(v.entry.is_file(), "{}", v.name);
        let compiled: usize = v
            .map_csv
            .iter()
            .map(|m| fs::read_to_string(m).unwrap().lines().filter(|l| l.ends_with(",MethodWithGCInfo")).count())
            .sum();
        assert!(compiled > 0, "{}: no compiled methods in the map", v.name);
        assert!(v.crossgen2_args.starts_with(&["--targetos".into(), "linux".into(), "--targetarch".into(), "x64".into(), "-O".into()]));
    }
    let by_name = |n: &str| suite.iter().find(|v| v.name == n).unwrap();
    let image_bytes = |n: &str| fs::read(&by_name(n).images[0]).unwrap();
    assert_ne!(image_bytes("default"), image_bytes("avx2"));
    assert_ne!(image_bytes("avx2"), image_bytes("avx512"));
    assert!(by_name("avx512").crossgen2_args.windows(2).any(|w| w == ["--instruction-set", "avx512"]));
    let composite = by_name("composite");
    assert!(composite.output.composite_image.as_ref().is_some_and(|c| c.ends_with("bubble.r2r.dll")));
    assert_eq!(composite.images.len(), 3);
    let hot_cold = fs::read_to_string(&by_name("hot-cold").map_csv[0]).unwrap();
    assert!(hot_cold.contains("MethodColdCodeNode"), "hot/cold splitting produced no cold code");
}

#[test]
fn every_sample_passes_under_dotnet_as_il_and_as_r2r() {
    for sample in samples::build_all().unwrap() {
        assert_runs_ok(&format!("{} (IL)", sample.name), &sample.entry);
    }
    for variant in samples::r2r_suite().unwrap() {
        assert_runs_ok(&format!("{} (R2R)", variant.name), &variant.entry);
    }
}

#[test]
fn r2r_code_is_used_at_run_time() {
    // With R2R code disabled the runtime must JIT everything; the results stay the same.
    let variant = samples::r2r_variant("default").unwrap();
    let with = assert_runs_ok("default (R2R)", &variant.entry);
    let without = run_app(&variant.entry, &[], &[("DOTNET_ReadyToRun", "0")]).unwrap();
    assert_eq!(without.exit_code, Some(SUCCESS_EXIT_CODE));
    assert_eq!(with, without.stdout, "R2R and JIT output differ");
}

#[test]
fn cli_builds_a_sample_and_prints_json() {
    let exe = env!("CARGO_BIN_EXE_r2rhost-build");
    let out = std::process::Command::new(exe).args(["sample", "hello", "--json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["name"], "hello");
    assert!(Path::new(value["entry"].as_str().unwrap()).is_file());

    let bad = std::process::Command::new(exe).args(["sample", "nope"]).output().unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("no sample \"nope\""));
}

#[test]
fn cli_reports_a_missing_sdk_and_a_bad_tool_version_without_panicking() {
    let exe = env!("CARGO_BIN_EXE_r2rhost-build");
    let scratch = Scratch::new("cli-env");
    let no_sdk = std::process::Command::new(exe)
        .arg("tools")
        .env_clear()
        .env("PATH", scratch.0.join("empty-bin"))
        .env("R2RHOST_CACHE", scratch.0.join("cache"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&no_sdk.stderr);
    assert_eq!(no_sdk.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("dotnet not found"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");

    let bad_version = std::process::Command::new(exe)
        .arg("tools")
        .env("R2RHOST_CROSSGEN2_VERSION", "10.0.99")
        .env("R2RHOST_CACHE", scratch.0.join("cache"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&bad_version.stderr);
    assert_eq!(bad_version.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("outside the supported 10.0.12..=10.0.14"), "{stderr}");
}

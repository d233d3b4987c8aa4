//! `r2rhost inspect` on real crossgen2 output of the project's samples (built by the driver),
//! on every shared-framework assembly, and through the command line.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use iced_x86::{Decoder, DecoderOptions};
use r2rhost::inspect::{self, Options, Report};
use r2rhost_driver::samples;

fn inspect(path: &Path) -> Report {
    inspect::inspect_file(path, &Options::default()).unwrap_or_else(|e| panic!("inspect {}: {e}", path.display()))
}

/// RVAs of the `MethodWithGCInfo` nodes of a crossgen2 `.map.csv`: the methods it compiled.
fn compiled_rvas_from_map(csv: &Path) -> BTreeSet<u32> {
    let text = std::fs::read_to_string(csv).unwrap();
    let mut set = BTreeSet::new();
    for line in text.lines().skip(1) {
        let cols: Vec<&str> = line.split(',').collect();
        if cols.last() == Some(&"MethodWithGCInfo") {
            let rva = u32::from_str_radix(cols[0].trim_start_matches("0x"), 16).unwrap();
            set.insert(rva);
        }
    }
    set
}

fn native_rvas(report: &Report) -> BTreeSet<u32> {
    report.methods.iter().filter_map(|m| m.native.as_ref()).map(|n| n.rva).collect()
}

/// The image whose map is `csv` (`X.map.csv` belongs to `X.dll`).
fn image_of_map(csv: &Path) -> PathBuf {
    let name = csv.file_name().unwrap().to_string_lossy().replace(".map.csv", ".dll");
    csv.with_file_name(name)
}

#[test]
fn compiled_methods_equal_crossgen2_map_for_every_variant() {
    let suite = samples::r2r_suite().expect("R2R suite builds");
    let mut checked = 0;
    for v in &suite {
        assert!(!v.map_csv.is_empty(), "variant {} has no map", v.name);
        for csv in &v.map_csv {
            let image = image_of_map(csv);
            let report = inspect(&image);
            assert!(report.errors.is_empty(), "{} ({}): {:?}", v.name, image.display(), report.errors);
            let ours = native_rvas(&report);
            let theirs = compiled_rvas_from_map(csv);
            assert!(!theirs.is_empty(), "{}: map lists no methods", v.name);
            assert_eq!(ours, theirs, "{}: methods with code differ from crossgen2's map ({})", v.name, image.display());
            let r2r = report.r2r.as_ref().unwrap();
            assert_eq!(r2r.version, "16.0");
            assert!(r2r.compiler.as_deref().unwrap_or("").starts_with("Crossgen2 10.0"), "{:?}", r2r.compiler);
            checked += 1;
        }
    }
    assert!(checked >= 11, "only {checked} images checked");
}

#[test]
fn fixups_eh_and_unwind_are_rendered_with_names() {
    let v = samples::r2r_variant("default").unwrap();
    let report = inspect(&v.images[0]);
    let fixups: Vec<&str> =
        report.methods.iter().filter_map(|m| m.native.as_ref()).flat_map(|n| n.fixups.iter().map(|f| f.text.as_str())).collect();
    // A struct from another version bubble is guarded by a layout check with its full name.
    assert!(fixups.contains(&"Check_TypeLayout System.ValueTuple`2<int32,int32> size 8 align native no-gc-refs"), "{fixups:#?}");
    assert!(fixups.iter().any(|f| f.starts_with("Check_FieldOffset System.ValueTuple`2<int32,int32>.Item2 at 0x4")));
    assert!(fixups.iter().any(|f| f.starts_with("TypeHandle System.OverflowException")));
    assert!(fixups.iter().any(|f| f.starts_with("StringHandle \"")));
    // In a single-assembly image every token resolves in the image itself.
    assert!(!fixups.iter().any(|f| f.contains("[module")), "unresolved module in {fixups:#?}");

    let eh: Vec<&str> =
        report.methods.iter().filter_map(|m| m.native.as_ref()).flat_map(|n| n.eh_clauses.iter().map(|s| s.as_str())).collect();
    assert!(eh.iter().any(|c| c.starts_with("catch System.OverflowException: try [")), "{eh:#?}");
    assert!(eh.iter().any(|c| c.starts_with("filter at ")), "{eh:#?}");
    // RyuJIT clones finally blocks into the normal path and keeps the exceptional path as
    // a fault clause, so C# `finally` shows up as `fault` here.
    assert!(eh.iter().any(|c| c.starts_with("fault: try [")), "{eh:#?}");

    // Every method's main body has unwind codes; methods with EH have funclets.
    for m in report.methods.iter().filter_map(|m| m.native.as_ref()) {
        let main = &m.runtime_functions[0];
        assert_eq!(main.role, "main");
        assert!(main.unwind[0].starts_with("v1 flags [EHANDLER UHANDLER]"), "{:?}", main.unwind);
        if !m.eh_clauses.is_empty() {
            assert!(m.runtime_functions.iter().any(|f| f.role == "funclet"));
        }
    }
    // Coverage per type adds up.
    let c = &report.coverage;
    assert_eq!(c.types.iter().map(|t| t.il_methods).sum::<u32>(), c.il_methods);
    assert_eq!(c.types.iter().map(|t| t.compiled_methods).sum::<u32>(), c.compiled_methods);
    assert!(c.compiled_methods > 150 && c.instantiations > 50, "{c:?}");
    assert!(!report.decision.uses_native_code);
}

fn isa_fixups(variant: &str) -> BTreeSet<String> {
    let v = samples::r2r_variant(variant).unwrap();
    let report = inspect(&v.images[0]);
    report
        .methods
        .iter()
        .filter_map(|m| m.native.as_ref())
        .flat_map(|n| n.fixups.iter())
        .filter(|f| f.kind == "Check_InstructionSetSupport")
        .map(|f| f.text.clone())
        .collect()
}

#[test]
fn instruction_set_variants_carry_their_isa_requirements() {
    let default = isa_fixups("default");
    let avx2 = isa_fixups("avx2");
    let avx512 = isa_fixups("avx512");
    // Baseline code that was compiled without AVX2 says so; the AVX2 build requires it.
    assert!(default.iter().any(|f| f.contains("-AVX2")), "{default:#?}");
    assert!(!default.iter().any(|f| f.contains("+AVX2")), "{default:#?}");
    assert!(avx2.iter().any(|f| f.contains("+AVX2") && f.contains("+VECTORT256")), "{avx2:#?}");
    assert!(avx512.iter().any(|f| f.contains("+EVEX")), "{avx512:#?}");
    assert_ne!(default, avx2);
    assert_ne!(avx2, avx512);
}

#[test]
fn verify_layout_variant_has_verify_fixups() {
    let v = samples::r2r_variant("verify-layout").unwrap();
    let report = inspect(&v.images[0]);
    let kinds: BTreeSet<String> =
        report.methods.iter().filter_map(|m| m.native.as_ref()).flat_map(|n| n.fixups.iter().map(|f| f.kind.clone())).collect();
    assert!(kinds.contains("Verify_TypeLayout"), "{kinds:?}");
    assert!(kinds.contains("Verify_FieldOffset"), "{kinds:?}");
}

#[test]
fn hot_cold_variant_reports_cold_parts() {
    let v = samples::r2r_variant("hot-cold").unwrap();
    let report = inspect(&v.images[0]);
    let cold = report.methods.iter().filter_map(|m| m.native.as_ref()).filter(|n| n.runtime_functions.iter().any(|f| f.role == "cold")).count();
    assert!(cold > 0, "no method with a cold part");
}

#[test]
fn inputbubble_resolves_tokens_of_the_other_assembly() {
    let v = samples::r2r_variant("inputbubble").unwrap();
    let app = v.images.iter().find(|p| p.ends_with("BubbleApp.dll")).unwrap();
    let report = inspect(app);
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    let fixups: Vec<&str> =
        report.methods.iter().filter_map(|m| m.native.as_ref()).flat_map(|n| n.fixups.iter().map(|f| f.text.as_str())).collect();
    assert!(fixups.iter().any(|f| f.contains("BubbleLib.")), "no BubbleLib names in {fixups:#?}");
    // BubbleLib sits beside the app, so nothing of it stays a raw token.
    for f in &fixups {
        if f.contains("[module") {
            assert!(!f.contains("BubbleLib"), "{f}");
        }
    }
}

#[test]
fn composite_image_and_component_stubs() {
    let v = samples::r2r_variant("composite").unwrap();
    let composite = v.output.composite_image.clone().expect("composite image");
    let report = inspect(&composite);
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    assert_eq!(report.r2r.as_ref().unwrap().components.len(), 2);
    assert!(report.methods.iter().any(|m| m.name.starts_with("[BubbleLib]BubbleLib.Point.Offset(")));
    assert!(report.methods.iter().any(|m| m.name.starts_with("[BubbleApp]App.Main(")));
    let in_composite = native_rvas(&report);

    // A component stub is inspected through its composite image.
    for stub in v.images.iter().filter(|p| *p != &composite) {
        let r = inspect(stub);
        assert!(r.errors.is_empty(), "{}: {:?}", stub.display(), r.errors);
        assert_eq!(r.r2r.as_ref().unwrap().owner_composite.as_deref(), Some("bubble.r2r.dll"));
        assert!(r.decision.checks.iter().any(|c| c.name == "owner composite" && c.ok));
        let rvas = native_rvas(&r);
        assert!(!rvas.is_empty() && rvas.is_subset(&in_composite), "{}", stub.display());
    }

    // Without its composite next to it, a stub still inspects: the check fails, with a reason.
    let dir = tempdir("stub-alone");
    let stub = v.images.iter().find(|p| p.ends_with("BubbleApp.dll")).unwrap();
    let lonely = dir.join("BubbleApp.dll");
    std::fs::copy(stub, &lonely).unwrap();
    let r = inspect(&lonely);
    let check = r.decision.checks.iter().find(|c| c.name == "owner composite").unwrap();
    assert!(!check.ok && check.detail.contains("not found"), "{check:?}");
    assert!(r.methods.iter().all(|m| m.native.is_none()));
    assert!(r.coverage.il_methods > 0);
}

#[test]
fn plain_il_assembly_gets_the_metadata_view() {
    let hello = samples::build("hello").unwrap();
    let report = inspect(&hello.entry);
    assert!(report.r2r.is_none());
    assert!(report.decision.reason.contains("IL-only"));
    assert!(report.coverage.il_methods > 0);
    assert_eq!(report.coverage.compiled_methods, 0);
    assert!(report.methods.iter().any(|m| m.name.contains("Main(") && m.il_size.unwrap_or(0) > 0));
    assert_eq!(report.cli.as_ref().unwrap().entry_point.as_deref().map(|e| e.contains("Main")), Some(true));
}

/// Every RIP-relative operand (and branch target) that lands on an import cell carries that
/// cell's fixup in the disassembly.
#[test]
fn disassembly_annotates_every_import_cell_reference() {
    let v = samples::r2r_variant("default").unwrap();
    let opts = Options { disasm: true, ..Options::default() };
    let report = inspect::inspect_file(&v.images[0], &opts).unwrap();
    let r2r = report.r2r.as_ref().unwrap();
    let cell_ranges: Vec<(u64, u64)> = r2r.import_sections.iter().map(|s| (u64::from(s.rva), u64::from(s.rva) + 8 * u64::from(s.cells))).collect();
    let in_cells = |a: u64| cell_ranges.iter().any(|(lo, hi)| a >= *lo && a < *hi);
    let mut annotated = 0;
    for n in report.methods.iter().filter_map(|m| m.native.as_ref()) {
        let lines = n.disasm.as_ref().unwrap();
        for line in lines {
            let bytes: Vec<u8> = (0..line.bytes.len() / 2).map(|i| u8::from_str_radix(&line.bytes[2 * i..2 * i + 2], 16).unwrap()).collect();
            let mut d = Decoder::with_ip(64, &bytes, line.address, DecoderOptions::NONE);
            let ins = d.decode();
            if ins.is_ip_rel_memory_operand() && in_cells(ins.ip_rel_memory_address()) {
                let note = line.note.as_deref().unwrap_or_else(|| panic!("unannotated cell reference: {} {}", line.address, line.text));
                assert!(note.contains('['), "{note}");
                annotated += 1;
            }
        }
    }
    assert!(annotated > 500, "only {annotated} cell references");
}

#[test]
fn every_shared_framework_assembly_inspects_cleanly() {
    let tc = r2rhost_driver::toolchain().unwrap();
    let mut r2r_images = 0;
    for path in &tc.framework_assemblies {
        let report = inspect(path);
        assert!(report.errors.is_empty(), "{}: {:?}", path.display(), report.errors);
        if report.r2r.is_some() {
            r2r_images += 1;
            assert!(report.coverage.r2r_methods > 0 || report.coverage.il_methods == 0, "{}", path.display());
        }
    }
    assert!(r2r_images > 80, "{r2r_images}");
}

fn tempdir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("r2rhost-test-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn r2rhost() -> Command {
    Command::new(env!("CARGO_BIN_EXE_r2rhost"))
}

#[test]
fn command_line_text_json_and_errors() {
    let v = samples::r2r_variant("hello").unwrap();
    let out = r2rhost().arg("inspect").arg(&v.images[0]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("readytorun   16.0"), "{text}");
    assert!(text.contains("Coverage"));

    let out = r2rhost().args(["inspect", "--json", "--disasm"]).arg(&v.images[0]).output().unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(json["methods"].as_array().unwrap().iter().any(|m| m["native"]["disasm"].is_array()));

    let dir = tempdir("cli");
    let garbage = dir.join("garbage.dll");
    std::fs::write(&garbage, b"MZ this is not a PE file at all").unwrap();
    let out = r2rhost().arg("inspect").arg(&garbage).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("bad image at file offset"), "{err}");

    let out = r2rhost().arg("inspect").arg(dir.join("missing.dll")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));

    for what in ["metadata", "il", "r2r"] {
        let out = r2rhost().args(["dump", what]).arg(&v.images[0]).output().unwrap();
        assert!(out.status.success(), "dump {what}");
        assert!(!out.stdout.is_empty());
    }
}

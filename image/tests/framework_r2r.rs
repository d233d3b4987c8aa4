//! Opens every assembly of the installed .NET 10 shared framework and reads every
//! ReadyToRun structure in it: sections, import cells, method and instantiation entry
//! points with their fixup lists, runtime functions and unwind info, EH clauses. Asserts
//! that nothing fails and prints what was seen.

mod support;

use std::collections::BTreeMap;
use std::path::PathBuf;

use r2rhost_image::file::MappedFile;
use r2rhost_image::pe::{PeFile, Rva};
use r2rhost_image::r2r::fixups::{FixupPayload, ReadyToRunHelper};
use r2rhost_image::r2r::walk::{WalkStats, walk};
use r2rhost_image::r2r::{Fixup, ReadyToRun, RuntimeFunctionIndex, SectionKind, dump};

fn framework_dlls() -> Vec<PathBuf> {
    let dir = support::framework_dir().expect("a Microsoft.NETCore.App 10.* shared framework (dotnet --list-runtimes)");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir).expect("framework directory").filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "dll")).collect();
    v.sort();
    assert!(v.len() > 100, "expected the whole framework in {}", dir.display());
    v
}

/// Signatures are emitted back to back: a decoded signature must end at or before the next
/// one starts. Returns how many ended exactly there.
fn check_signature_extents(r2r: &ReadyToRun<'_>, path: &str) -> usize {
    let imports = r2r.imports().unwrap();
    let mut rvas: Vec<u32> = imports.cells().filter_map(|c| imports.signature_rva(c).ok()).map(|r| r.0).collect();
    rvas.sort_unstable();
    rvas.dedup();
    let mut exact = 0;
    for w in rvas.windows(2) {
        let bytes = r2r.pe().at_rva(Rva(w[0])).unwrap();
        let (f, len) = Fixup::decode_with_len(bytes, 0, r2r.fixup_context()).unwrap();
        let gap = (w[1] - w[0]) as usize;
        assert!(len <= gap, "{path}: signature at {:#x} ({f}) is {len} bytes but the next starts after {gap}", w[0]);
        exact += usize::from(len == gap);
    }
    exact
}

#[test]
fn every_framework_image_reads_without_errors() {
    let mut total = WalkStats::default();
    let mut r2r_images = 0;
    let mut versions: BTreeMap<(u16, u16), usize> = BTreeMap::new();
    let mut compilers: BTreeMap<String, usize> = BTreeMap::new();
    let mut unknown_sections = 0;
    let mut exact_extents = 0;
    let mut entry_checks = 0;
    for path in framework_dlls() {
        let name = path.display().to_string();
        let file = MappedFile::open(&path).unwrap();
        let pe = PeFile::parse(file.bytes()).unwrap();
        let Some(r2r) = ReadyToRun::open(&pe).unwrap_or_else(|e| panic!("{name}: {e}")) else { continue };
        r2r_images += 1;
        *versions.entry((r2r.major_version(), r2r.minor_version())).or_default() += 1;
        let id = r2r.compiler_identifier().unwrap().unwrap_or("<none>").to_string();
        *compilers.entry(id).or_default() += 1;
        unknown_sections += r2r.header().core.unknown_sections().count();
        assert!(!r2r.is_composite() && !r2r.is_component_stub(), "{name}: the Linux shared framework is not composite");

        let stats = walk(&r2r);
        for (what, e) in &stats.errors {
            eprintln!("{name}: {what}: {e}");
        }
        assert_eq!(stats.error_count, 0, "{name}: {} errors", stats.error_count);
        total.add(&stats);
        exact_extents += check_signature_extents(&r2r, &name);

        // Every method entry point starts a runtime function that `find` locates, and every
        // EH method start is some method's entry point.
        let rf = r2r.runtime_functions().unwrap();
        let boundaries = r2r.extent_boundaries().unwrap();
        if let Some(t) = r2r.method_def_entry_points().unwrap() {
            for e in t.iter() {
                let (_, ep) = e.unwrap();
                let f = rf.get(ep.runtime_function).unwrap();
                assert_eq!(rf.find(f.begin).unwrap().map(|g| g.index), Some(ep.runtime_function), "{name}");
                assert_eq!(rf.find(Rva(f.end.0 - 1)).unwrap().map(|g| g.index), Some(ep.runtime_function), "{name}");
                entry_checks += 1;
            }
        }
        if let Some(eh) = r2r.exception_info().unwrap() {
            for e in eh.entries() {
                let e = e.unwrap();
                let f = rf.find(e.method_start).unwrap().unwrap();
                assert!(boundaries.contains(f.index), "{name}: EH for {} which is no method entry", e.method_start);
            }
        }
        assert!(r2r.hot_cold_map().unwrap().is_none(), "{name}: the framework is not hot/cold split");
    }
    println!("R2R images: {r2r_images}; versions {versions:?}; compilers {compilers:?}; unknown sections {unknown_sections}");
    println!(
        "methods {} + instantiations {}, with fixups {} ({} shared by back-reference), fixup-list cells {}; import cells {} ({} signatures end exactly where the next begins), tokens {}",
        total.methods, total.instance_methods, total.methods_with_fixups, total.shared_fixup_lists, total.fixup_list_cells, total.import_cells, exact_extents, total.tokens
    );
    println!("runtime functions {} (funclets {}), unwind codes {}; EH methods {}, clauses {} by flags {:?}", total.runtime_functions, total.funclets, total.unwind_codes, total.eh_methods, total.eh_clauses, total.eh_flags);
    println!("fixups by kind {:?}", total.fixups_by_kind);
    assert!(r2r_images >= 90, "only {r2r_images} ReadyToRun images");
    assert!(versions.keys().all(|&(major, _)| major >= 13), ".NET 10 images are R2R 13 or newer: {versions:?}");
    assert!(compilers.keys().all(|c| c.starts_with("Crossgen2 ")), "{compilers:?}");
    assert!(total.methods > 50_000 && total.instance_methods > 20_000 && total.runtime_functions > 100_000 && total.eh_clauses > 5_000);
    assert!(entry_checks == total.methods);
}

#[test]
fn corelib_details_and_dumps() {
    let path = framework_dlls().into_iter().find(|p| p.file_name().is_some_and(|n| n == "System.Private.CoreLib.dll")).unwrap();
    let file = MappedFile::open(&path).unwrap();
    let pe = PeFile::parse(file.bytes()).unwrap();
    let r2r = ReadyToRun::open(&pe).unwrap().unwrap();
    // The required sections and the .NET 9+ maps are all there.
    for k in [SectionKind::CompilerIdentifier, SectionKind::ImportSections, SectionKind::RuntimeFunctions, SectionKind::MethodDefEntryPoints, SectionKind::ExceptionInfo, SectionKind::InstanceMethodEntryPoints, SectionKind::MethodIsGenericMap, SectionKind::EnclosingTypeMap, SectionKind::TypeGenericInfoMap] {
        assert!(r2r.section(k).is_some(), "CoreLib lacks {k}");
    }
    // The eager section holds the helper cells, among them the module handle.
    let imports = r2r.imports().unwrap();
    let eager = imports.sections().iter().find(|s| s.flags.has(r2rhost_image::r2r::imports::ImportSectionFlags::EAGER)).unwrap();
    let helpers: Vec<ReadyToRunHelper> = imports
        .cells()
        .filter(|c| c.section == eager.index)
        .filter_map(|c| match imports.fixup(c).unwrap().payload {
            FixupPayload::Helper(h) => Some(h),
            _ => None,
        })
        .collect();
    for h in [ReadyToRunHelper::Module, ReadyToRunHelper::DelayLoad_MethodCall, ReadyToRunHelper::WriteBarrier, ReadyToRunHelper::PersonalityRoutine] {
        assert!(helpers.contains(&h), "no eager {h} cell in CoreLib");
    }
    // Method RID 1..n lookups agree with iteration.
    let t = r2r.method_def_entry_points().unwrap().unwrap();
    let mut n = 0;
    for e in t.iter() {
        let (rid, ep) = e.unwrap();
        assert_eq!(t.get(rid).unwrap().unwrap().runtime_function, ep.runtime_function);
        n += 1;
    }
    assert!(n > 20_000);
    // Every instantiation names an instantiated owner or method.
    let inst = r2r.instance_entry_points().unwrap().unwrap();
    let mut count = 0;
    for e in inst.iter() {
        let e = e.unwrap();
        assert!(e.method.owner_type.is_some() || !e.method.instantiation.is_empty(), "{:?}", e.method);
        count += 1;
    }
    assert!(count > 10_000);
    // Dumps render every part.
    let mut text = String::new();
    dump::dump_header(&r2r, &mut text).unwrap();
    assert!(text.contains("version ") && text.contains("MethodDefEntryPoints") && text.contains("compiler Crossgen2"));
    let mut imp = String::new();
    dump::dump_imports(&r2r, &mut imp).unwrap();
    assert!(imp.contains("Helper DelayLoad_MethodCall") && imp.contains("Check_InstructionSetSupport +X86BASE") && !imp.contains("<error"));
    let mut rfs = String::new();
    dump::dump_runtime_functions(&r2r, &mut rfs).unwrap();
    assert!(rfs.contains("push rbp") && rfs.contains("alloc_small 0x") && rfs.contains("set_fpreg rbp+0x") && !rfs.contains("<error"));
    let mut eh = String::new();
    dump::dump_eh(&r2r, &mut eh).unwrap();
    assert!(eh.contains("finally") && eh.contains("catch") && !eh.contains("<error"));
    let mut methods = String::new();
    dump::dump_methods(&r2r, &mut methods).unwrap();
    assert!(methods.contains("fixup ") && !methods.contains("<error"));
    println!("CoreLib dump: {} header, {} import, {} method, {} unwind, {} EH bytes", text.len(), imp.len(), methods.len(), rfs.len(), eh.len());
    // Unwind info: every function carries the personality routine and GC info after it.
    let rf = r2r.runtime_functions().unwrap();
    let f = rf.get(RuntimeFunctionIndex(0)).unwrap();
    let u = rf.unwind_info(&pe, &f).unwrap();
    assert_eq!(u.flag_names(), ["EHANDLER", "UHANDLER"]);
    assert!(u.gc_info_rva().is_some());
}

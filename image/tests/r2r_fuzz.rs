//! Corrupts a real ReadyToRun image (bit flips, truncation, splices) and runs the full
//! traversal and every dump over it: errors are expected, panics and hangs are not.

mod support;

use std::ops::Range;

use proptest::test_runner::{Config, RngSeed, TestRunner};
use r2rhost_driver::corrupt::{mutated, mutations};
use r2rhost_image::pe::PeFile;
use r2rhost_image::r2r::{ReadyToRun, dump, walk};

/// Number of corrupted images tried (fixed seed, so every run tries the same ones).
const CASES: u32 = 10_000;

/// A small framework image that still has every common table (EH, instantiations, maps).
const VICTIM: &str = "System.Diagnostics.StackTrace.dll";

fn victim() -> Vec<u8> {
    let dir = support::framework_dir().expect("a Microsoft.NETCore.App 10.* shared framework");
    std::fs::read(dir.join(VICTIM)).expect("victim image")
}

/// File ranges worth corrupting: the ReadyToRun header and every section it lists, plus
/// the unwind infos and signatures they point to (all inside the PE sections holding them).
fn interesting_ranges(data: &[u8]) -> Vec<Range<usize>> {
    let pe = PeFile::parse(data).unwrap();
    let r2r = ReadyToRun::open(&pe).unwrap().unwrap();
    let header = r2r.header().file_offset as usize;
    let mut v = Vec::new();
    v.push(header..header + 16 + 12 * r2r.sections().len());
    for s in r2r.sections() {
        if let Ok(b) = r2r.section_bytes(*s) {
            let start = b.base() as usize;
            v.push(start..start + b.len());
        }
    }
    v.retain(|r| !r.is_empty());
    v
}

/// Everything a consumer might do with an image. Returns the walk's error count when the
/// image still opened as ReadyToRun.
fn exercise(data: &[u8]) -> Option<usize> {
    let Ok(pe) = PeFile::parse(data) else { return None };
    let Ok(Some(r2r)) = ReadyToRun::open(&pe) else { return None };
    let stats = walk::walk(&r2r);
    let _ = dump::dump_all(&r2r);
    if let Ok(imports) = r2r.imports() {
        for c in imports.cells().take(5000) {
            if let Ok(f) = imports.fixup(c) {
                let mut n = 0;
                f.visit_tokens(&mut |_, _| n += 1);
                std::hint::black_box((n, f.to_string()));
            }
        }
    }
    if let Ok(rf) = r2r.runtime_functions() {
        for rva in (0..0x40_0000u32).step_by(0x1_0001) {
            let _ = rf.find(r2rhost_image::pe::Rva(rva));
        }
    }
    Some(stats.error_count)
}

#[test]
fn corrupted_images_never_panic() {
    let original = victim();
    assert_eq!(exercise(&original), Some(0), "the pristine image must read cleanly");
    let ranges = interesting_ranges(&original);
    let strategy = mutations(ranges, original.len());
    let config = Config { cases: CASES, rng_seed: RngSeed::Fixed(0x5252_5452), failure_persistence: None, ..Config::default() };
    let mut runner = TestRunner::new(config);
    let opened = std::cell::Cell::new(0usize);
    let damaged = std::cell::Cell::new(0usize);
    runner
        .run(&strategy, |ms| {
            let data = mutated(&original, &ms);
            if let Some(errors) = exercise(&data) {
                opened.set(opened.get() + 1);
                damaged.set(damaged.get() + usize::from(errors > 0));
            }
            Ok(())
        })
        .unwrap();
    println!("{} of {CASES} corrupted images opened as ReadyToRun; {} of those reported errors", opened.get(), damaged.get());
    // The corpus must actually reach the readers and hit damage, or the test proves nothing.
    assert!(opened.get() > CASES as usize / 2 && damaged.get() > CASES as usize / 8, "opened {}, damaged {}", opened.get(), damaged.get());
}

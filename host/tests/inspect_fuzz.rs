//! `r2rhost inspect` (with disassembly, text and JSON rendering) over corrupted copies of
//! real crossgen2 output: a report or an error every time, never a panic.
//! Fixed seed and case count, so every CI run tries the same images.

use std::path::{Path, PathBuf};

use proptest::test_runner::{Config, RngSeed, TestRunner};
use r2rhost::inspect::{self, Options, text};
use r2rhost_driver::corrupt::{mutated, mutations};
use r2rhost_driver::samples;
use r2rhost_image::pe::PeFile;

/// Runs everything `inspect` does with `data`; true when a report came back.
fn exercise(data: &[u8], dir: &Path) -> bool {
    let opts = Options { disasm: true, ..Options::default() };
    match inspect::inspect_bytes(data, "fuzz.dll", &[dir.to_path_buf()], &opts) {
        Ok(report) => {
            std::hint::black_box(text::render(&report, text::TextOptions { unwind: true }));
            std::hint::black_box(serde_json::to_string(&report).unwrap());
            true
        }
        Err(e) => {
            std::hint::black_box(e.to_string());
            false
        }
    }
}

/// The file ranges of every PE section (where the CLI, metadata and R2R structures live).
fn section_ranges(data: &[u8]) -> Vec<std::ops::Range<usize>> {
    let pe = PeFile::parse(data).unwrap();
    pe.sections().iter().map(|s| s.pointer_to_raw_data as usize..(s.pointer_to_raw_data + s.size_of_raw_data) as usize).collect()
}

fn fuzz(image: &PathBuf, cases: u32, seed: u64) {
    let original = std::fs::read(image).unwrap();
    let dir = image.parent().unwrap().to_path_buf();
    assert!(exercise(&original, &dir), "the pristine image must inspect");
    let strategy = mutations(section_ranges(&original), original.len());
    let config = Config { cases, rng_seed: RngSeed::Fixed(seed), failure_persistence: None, ..Config::default() };
    let reports = std::cell::Cell::new(0u32);
    TestRunner::new(config)
        .run(&strategy, |ms| {
            reports.set(reports.get() + u32::from(exercise(&mutated(&original, &ms), &dir)));
            Ok(())
        })
        .unwrap();
    println!("{}: {} of {cases} corrupted images produced a report", image.display(), reports.get());
    // Most single-digit mutations leave the headers intact: the corpus must reach the
    // report builder, or this test proves nothing.
    assert!(reports.get() > cases / 2, "only {} reports", reports.get());
}

#[test]
fn corrupted_single_file_images_never_panic() {
    let v = samples::r2r_variant("hello").unwrap();
    fuzz(&v.images[0], 3000, 0x4845_4c4c);
}

#[test]
fn corrupted_composite_images_never_panic() {
    let v = samples::r2r_variant("composite").unwrap();
    fuzz(v.output.composite_image.as_ref().unwrap(), 1500, 0x434f_4d50);
}

#[test]
fn corrupted_component_stubs_never_panic() {
    let v = samples::r2r_variant("composite").unwrap();
    let stub = v.images.iter().find(|p| p.ends_with("BubbleApp.dll")).unwrap();
    fuzz(stub, 1500, 0x5354_5542);
}

//! Reading System.Private.CoreLib.dll of the installed shared framework:
//! 1. open: map the file, parse the PE/CLI headers and the ReadyToRun header with its
//!    section directory (target ≤ 1 ms);
//! 2. enumerate: every method with R2R code (MethodDefEntryPoints and
//!    InstanceMethodEntryPoints), its fixup list, and every listed cell's fixup signature
//!    fully decoded (target ≤ 50 ms);
//!
//! and, for scale, the same enumeration decoding only each cell's fixup kind.
//!
//! Run with `scripts/cargo run --release -p r2rhost-benchmarks --bin image-bench`.

use std::hint::black_box;
use std::time::Duration;

use r2rhost_benchmarks::{Measurement, measure, print_table, write_json};
use r2rhost_image::file::MappedFile;
use r2rhost_image::r2r::{FixupList, Imports, ReadyToRun};
use r2rhost_image::{Image, Result};

fn open(path: &std::path::Path) -> usize {
    let file = MappedFile::open(path).expect("CoreLib maps");
    let image = Image::parse(file.bytes()).expect("CoreLib parses");
    let r2r = image.r2r.as_ref().expect("CoreLib is ReadyToRun");
    black_box(r2r.sections().len())
}

/// Walks every method with code and its fixups; returns (methods, cells).
fn enumerate(r2r: &ReadyToRun<'_>, full_decode: bool) -> Result<(usize, usize)> {
    let imports = r2r.imports()?;
    let mut methods = 0usize;
    let mut cells = 0usize;
    let mut visit = |list: Option<FixupList<'_>>, imports: &Imports<'_>| -> Result<()> {
        methods += 1;
        if let Some(list) = list {
            let mut err = None;
            list.for_each_cell(&mut |cell| {
                cells += 1;
                let r = if full_decode { imports.fixup(cell).map(|f| black_box(f.kind)) } else { imports.fixup_kind(cell).map(|k| black_box(k.1)) };
                if let Err(e) = r {
                    err.get_or_insert(e);
                }
            })?;
            if let Some(e) = err {
                return Err(e);
            }
        }
        Ok(())
    };
    if let Some(eps) = r2r.method_def_entry_points()? {
        for e in eps.iter() {
            let (_, ep) = e?;
            visit(ep.fixups, &imports)?;
        }
    }
    if let Some(inst) = r2r.instance_entry_points()? {
        for e in inst.iter() {
            visit(e?.entry.fixups, &imports)?;
        }
    }
    Ok((methods, cells))
}

fn main() {
    let fw = r2rhost_driver::shared_framework_dir().expect("a .NET 10 shared framework");
    let path = fw.join("System.Private.CoreLib.dll");
    let file = MappedFile::open(&path).expect("CoreLib maps");
    let image = Image::parse(file.bytes()).expect("CoreLib parses");
    let r2r = image.r2r.as_ref().expect("CoreLib is ReadyToRun");
    let (methods, cells) = enumerate(r2r, true).expect("CoreLib enumerates without errors");
    println!("{} ({} bytes): {methods} methods with R2R code, {cells} fixup cells\n", path.display(), file.bytes().len());

    let rows: Vec<Measurement> = vec![
        measure("open CoreLib: map + PE/CLI/R2R headers + sections", 50, 2000, Some(Duration::from_millis(1)), || {
            black_box(open(&path));
        }),
        measure("enumerate all methods + fixup lists, fixups fully decoded", 3, 30, Some(Duration::from_millis(50)), || {
            black_box(enumerate(r2r, true).ok());
        }),
        measure("enumerate all methods + fixup lists, fixup kinds only", 3, 30, None, || {
            black_box(enumerate(r2r, false).ok());
        }),
    ];
    print_table(&rows);
    match write_json("image-bench", &serde_json::json!({ "file": path, "methods": methods, "fixup_cells": cells, "measurements": rows })) {
        Ok(p) => println!("\nwrote {}", p.display()),
        Err(e) => eprintln!("could not write JSON: {e}"),
    }
}

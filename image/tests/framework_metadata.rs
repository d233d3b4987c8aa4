//! Opens every assembly of the installed .NET 10 shared framework and reference pack and
//! enumerates all of its metadata (see `support::walk`), asserting that nothing fails.
//! Prints per-assembly counts (`cargo test -- --nocapture`).

mod support;

use std::time::Instant;

use r2rhost_image::cli::CliHeader;
use r2rhost_image::file::MappedFile;
use r2rhost_image::metadata::Metadata;
use r2rhost_image::pe::PeFile;
use support::walk::{walk_file, Counts, EnumMap};

#[test]
fn framework_metadata_enumerates_without_errors() {
    let files = support::framework_assemblies();
    assert!(
        !files.is_empty(),
        "no .NET 10 shared framework found (looked via `dotnet --list-runtimes`, DOTNET_ROOT, /usr/share/dotnet)"
    );
    let start = Instant::now();
    let maps: Vec<MappedFile> = files.iter().map(|p| MappedFile::open(p).unwrap()).collect();

    // Pass 1: every enum of every assembly, so attribute blobs can be decoded.
    let mut enums = EnumMap::default();
    for m in &maps {
        if let Ok(pe) = PeFile::parse(m.bytes())
            && let Ok(Some(cli)) = CliHeader::read(&pe)
            && let Ok(md) = Metadata::from_pe(&pe, &cli)
        {
            enums.add_from(&md);
        }
    }

    // Pass 2: the full walk.
    let mut total = Counts::default();
    let (mut assemblies, mut native, mut failed) = (0, 0, 0);
    for (path, m) in files.iter().zip(&maps) {
        let t = Instant::now();
        let w = walk_file(m.bytes(), &enums);
        if w.native {
            native += 1;
            continue;
        }
        assemblies += 1;
        let c = &w.counts;
        println!(
            "{:<60} {:>7} rows {:>6} methods {:>6} bodies {:>8} IL {:>5} EH {:>7} names {:>5} CA ({} unresolved) {:>4} ms{}",
            path.strip_prefix(path.parent().and_then(|p| p.parent()).unwrap_or(path)).unwrap_or(path).display(),
            c.rows,
            c.methods,
            c.bodies,
            c.instructions,
            c.eh_clauses,
            c.names,
            c.custom_attributes,
            c.ca_unresolved,
            t.elapsed().as_millis(),
            if w.error_count > 0 { format!("  {} ERRORS", w.error_count) } else { String::new() }
        );
        for e in &w.errors {
            println!("    {e}");
        }
        if w.error_count > 0 {
            failed += 1;
        }
        total.add(c);
    }
    println!(
        "TOTAL {assemblies} assemblies ({native} native skipped), {} enums known: {total:?} in {:.1} s",
        enums.len(),
        start.elapsed().as_secs_f64()
    );
    assert!(assemblies > 300, "only {assemblies} managed assemblies found");
    assert_eq!(failed, 0, "{failed} assemblies had errors (run with --nocapture for the list)");
    assert_eq!(total.ca_unresolved, 0, "custom attributes with unresolvable enum types");
}

/// Opening CoreLib's metadata reads headers only; naming every method (declaring type,
/// name, decoded signature) is a few milliseconds in release. Prints the timings; the
/// assertions are loose so that debug builds pass.
#[test]
fn corelib_open_and_name_every_method() {
    use r2rhost_image::metadata::names::NameOptions;
    use r2rhost_image::metadata::sig::SigReader;
    use r2rhost_image::metadata::token::{MethodDefRid, TypeDefRid};

    let Some(path) = support::framework_assembly("System.Private.CoreLib.dll") else {
        panic!("System.Private.CoreLib.dll not found in the .NET 10 shared framework");
    };
    let file = MappedFile::open(path).unwrap();
    let pe = PeFile::parse(file.bytes()).unwrap();
    let cli = CliHeader::read(&pe).unwrap().unwrap();
    let t = Instant::now();
    let md = Metadata::from_pe(&pe, &cli).unwrap();
    let open = t.elapsed();

    let names = md.names().with_options(NameOptions::ildasm());
    let mut buf = String::new();
    // The first pass also pays for page faults on the mapped file; the second is warm.
    let mut pass = || {
        let t = Instant::now();
        let (mut n, mut bytes) = (0usize, 0usize);
        for m in md.rids::<MethodDefRid>() {
            let row = md.method_def(m).unwrap();
            SigReader::new(md.blob(row.signature).unwrap()).method_sig().unwrap();
            buf.clear();
            names.method_def(&mut buf, m).unwrap();
            n += 1;
            bytes += buf.len();
        }
        (n, bytes, t.elapsed())
    };
    let (_, _, cold) = pass();
    let (n, bytes, all) = pass();
    // The lighter query a loader makes: each type's methods, with names and signatures.
    let t = Instant::now();
    let mut params = 0usize;
    for ty in md.rids::<TypeDefRid>() {
        let tr = md.type_def(ty).unwrap();
        let _ = (md.string(tr.namespace).unwrap(), md.string(tr.name).unwrap());
        for m in md.type_methods(ty).unwrap() {
            let row = md.method_def(m).unwrap();
            let _ = md.string(row.name).unwrap();
            params += SigReader::new(md.blob(row.signature).unwrap()).method_sig().unwrap().params.len();
        }
    }
    let light = t.elapsed();
    println!("CoreLib: every type's methods with names and decoded signatures: {light:?} ({params} parameters)");
    println!("CoreLib: open {open:?}; {n} methods named and signatures decoded in {all:?} warm, {cold:?} cold ({bytes} bytes of names)");
    assert!(n > 30_000);
    assert!(open.as_millis() < 50, "opening metadata took {open:?}");
}

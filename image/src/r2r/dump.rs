//! Textual dumps of a ReadyToRun image at token level (no type names: a later layer adds
//! those with the metadata reader). Per-item decoding errors are printed inline, so a dump
//! of a damaged image still shows everything that can be read; only a failure to write or
//! to open a whole table is returned as an error.

use std::fmt::Write;

use crate::error::Result;
use crate::r2r::ids::{ImportCell, ImportSlot, RuntimeFunctionIndex};
use crate::r2r::maps::format_guid;
use crate::r2r::{CoreHeader, ReadyToRun};

fn w(r: std::fmt::Result) -> Result<()> {
    r.map_err(|_| crate::error::ImageError::internal("formatting into a String failed"))
}

/// Header, flags and the section directory (with components for a composite image).
pub fn dump_header(r2r: &ReadyToRun<'_>, out: &mut String) -> Result<()> {
    let h = r2r.header();
    w(writeln!(out, "ReadyToRun header at {} (file offset {:#x}), found via {:?}", h.rva, h.file_offset, r2r.source()))?;
    w(writeln!(out, "  version {}.{}", h.major_version, h.minor_version))?;
    w(writeln!(out, "  flags {}", h.core.flags))?;
    match r2r.compiler_identifier() {
        Ok(Some(id)) => w(writeln!(out, "  compiler {id}"))?,
        Ok(None) => {}
        Err(e) => w(writeln!(out, "  compiler <error: {e}>"))?,
    }
    dump_sections(&h.core, out)?;
    if r2r.is_composite() {
        match r2r.components() {
            Ok(cs) => {
                for c in cs {
                    w(writeln!(out, "  component {} (COR header {} +{:#x}) flags {}", c.index, c.cor_header.rva, c.cor_header.size, c.core.flags))?;
                    dump_sections(&c.core, out)?;
                }
            }
            Err(e) => w(writeln!(out, "  components <error: {e}>"))?,
        }
    }
    if let Ok(Some(owner)) = r2r.owner_composite_executable() {
        w(writeln!(out, "  owner composite executable {owner}"))?;
    }
    match r2r.manifest_assembly_mvids() {
        Ok(Some(m)) => {
            for (i, g) in m.iter().enumerate() {
                match g {
                    Ok(g) => w(writeln!(out, "  manifest AssemblyRef #{} MVID {}", i + 1, format_guid(&g)))?,
                    Err(e) => w(writeln!(out, "  manifest MVID <error: {e}>"))?,
                }
            }
        }
        Ok(None) => {}
        Err(e) => w(writeln!(out, "  manifest MVIDs <error: {e}>"))?,
    }
    Ok(())
}

fn dump_sections(core: &CoreHeader, out: &mut String) -> Result<()> {
    for s in &core.sections {
        w(writeln!(out, "    section {:>3} {:<26} {} size {:#x}", s.kind.id(), s.kind.to_string(), s.rva, s.size))?;
    }
    Ok(())
}

/// The import sections with every cell's decoded signature.
pub fn dump_imports(r2r: &ReadyToRun<'_>, out: &mut String) -> Result<()> {
    let imports = r2r.imports()?;
    for s in imports.sections() {
        w(writeln!(
            out,
            "import section {} cells {} +{:#x} ({} x {} bytes) flags {:?} type {:?} signatures {} aux {}",
            s.index.0,
            s.cells.rva,
            s.cells.size,
            s.cell_count(),
            s.entry_size,
            s.flags,
            s.kind,
            s.signatures,
            s.auxiliary_data
        ))?;
        if s.signatures.0 == 0 {
            continue;
        }
        for i in 0..s.cell_count() {
            let cell = ImportCell { section: s.index, slot: ImportSlot(i) };
            let rva = s.cell_rva(cell.slot).map(|r| r.to_string()).unwrap_or_default();
            match imports.fixup(cell) {
                Ok(f) => w(writeln!(out, "  [{i:>5}] {rva} {f}"))?,
                Err(e) => w(writeln!(out, "  [{i:>5}] {rva} <error: {e}>"))?,
            }
        }
    }
    Ok(())
}

/// Every method with code: its runtime functions and its fixup cells.
pub fn dump_methods(r2r: &ReadyToRun<'_>, out: &mut String) -> Result<()> {
    let imports = r2r.imports()?;
    let rf = r2r.runtime_functions()?;
    let boundaries = r2r.extent_boundaries()?;
    let fixups = |list: Option<crate::r2r::FixupList<'_>>, out: &mut String| -> Result<()> {
        let Some(list) = list else { return Ok(()) };
        match list.cells() {
            Ok(cells) => {
                for c in cells {
                    match imports.fixup(c) {
                        Ok(f) => w(writeln!(out, "    fixup {c} {f}"))?,
                        Err(e) => w(writeln!(out, "    fixup {c} <error: {e}>"))?,
                    }
                }
            }
            Err(e) => w(writeln!(out, "    fixups <error: {e}>"))?,
        }
        Ok(())
    };
    let extent = |main: RuntimeFunctionIndex, out: &mut String| -> Result<()> {
        let range = rf.method_extent(main, &|i| boundaries.contains(i));
        for i in range {
            match rf.get(RuntimeFunctionIndex(i)) {
                Ok(f) => w(writeln!(out, "    rf#{i} {}..{} unwind {}", f.begin, f.end, f.unwind))?,
                Err(e) => w(writeln!(out, "    rf#{i} <error: {e}>"))?,
            }
        }
        Ok(())
    };
    for (ci, core) in r2r.assembly_core_headers()?.iter().enumerate() {
        let Some(t) = r2r.method_def_entry_points_in(core)? else { continue };
        for e in t.iter() {
            match e {
                Ok((rid, ep)) => {
                    w(writeln!(out, "method [assembly {ci}] MethodDef#{:#x} -> {}", rid.0, ep.runtime_function))?;
                    extent(ep.runtime_function, out)?;
                    fixups(ep.fixups, out)?;
                }
                Err(e) => w(writeln!(out, "method <error: {e}>"))?,
            }
        }
    }
    if let Some(t) = r2r.instance_entry_points()? {
        for e in t.iter() {
            match e {
                Ok(ie) => {
                    w(writeln!(out, "instance {} -> {}", crate::r2r::fixups::format_method(&ie.method), ie.entry.runtime_function))?;
                    extent(ie.entry.runtime_function, out)?;
                    fixups(ie.entry.fixups, out)?;
                }
                Err(e) => w(writeln!(out, "instance <error: {e}>"))?,
            }
        }
    }
    Ok(())
}

/// Every runtime function with its unwind info and unwind codes.
pub fn dump_runtime_functions(r2r: &ReadyToRun<'_>, out: &mut String) -> Result<()> {
    let rf = r2r.runtime_functions()?;
    for f in rf.iter() {
        match f {
            Ok(f) => {
                w(write!(out, "rf#{} {}..{} ", f.index.0, f.begin, f.end))?;
                match rf.unwind_info(r2r.pe(), &f) {
                    Ok(u) => w(writeln!(out, "unwind {} {u}", f.unwind))?,
                    Err(e) => w(writeln!(out, "unwind {} <error: {e}>", f.unwind))?,
                }
            }
            Err(e) => w(writeln!(out, "rf <error: {e}>"))?,
        }
    }
    Ok(())
}

/// Every method's EH clauses.
pub fn dump_eh(r2r: &ReadyToRun<'_>, out: &mut String) -> Result<()> {
    let Some(t) = r2r.exception_info()? else { return Ok(()) };
    for e in t.entries() {
        match e {
            Ok(e) => {
                w(writeln!(out, "EH method {} ({} clauses at {})", e.method_start, e.count, e.clauses))?;
                match t.clauses(r2r.pe(), &e) {
                    Ok(cs) => {
                        for c in cs {
                            w(writeln!(out, "  {c}"))?;
                        }
                    }
                    Err(err) => w(writeln!(out, "  <error: {err}>"))?,
                }
            }
            Err(err) => w(writeln!(out, "EH <error: {err}>"))?,
        }
    }
    Ok(())
}

/// Everything above, in order (only the header for a component stub).
pub fn dump_all(r2r: &ReadyToRun<'_>) -> Result<String> {
    let mut out = String::new();
    dump_header(r2r, &mut out)?;
    if r2r.is_component_stub() && r2r.section(crate::r2r::SectionKind::ImportSections).is_none() {
        return Ok(out);
    }
    dump_imports(r2r, &mut out)?;
    dump_methods(r2r, &mut out)?;
    dump_runtime_functions(r2r, &mut out)?;
    dump_eh(r2r, &mut out)?;
    Ok(out)
}

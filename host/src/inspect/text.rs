//! The human-readable rendering of an inspect [`Report`].

use std::fmt::Write;

use super::report::*;

/// What to print besides the summary.
#[derive(Clone, Copy, Debug, Default)]
pub struct TextOptions {
    /// Print each method's runtime functions and unwind codes.
    pub unwind: bool,
}

/// Renders `r` as text.
pub fn render(r: &Report, opts: TextOptions) -> String {
    let mut s = String::new();
    // Writing into a String cannot fail.
    let _ = write_report(&mut s, r, opts);
    s
}

fn write_report(s: &mut String, r: &Report, opts: TextOptions) -> std::fmt::Result {
    writeln!(s, "file         {} ({} bytes)", r.file, r.file_size)?;
    writeln!(s, "pe           {} machine {}, image base {:#x}, {} sections", r.pe.kind, r.pe.machine, r.pe.image_base, r.pe.sections.len())?;
    if let Some(c) = &r.cli {
        write!(s, "cli          runtime {}, metadata {}, flags {}", c.runtime_version, c.metadata_version, c.flags.join("|"))?;
        if let Some(e) = &c.entry_point {
            write!(s, ", entry point {e}")?;
        }
        writeln!(s)?;
    }
    if let Some(a) = &r.assembly {
        writeln!(s, "assembly     {}", a.name)?;
        for reference in &a.references {
            writeln!(s, "  reference  {reference}")?;
        }
    }
    if let Some(x) = &r.r2r {
        write!(s, "readytorun   {} flags {}", x.version, x.flags.join("|"))?;
        if let Some(c) = &x.compiler {
            write!(s, ", compiler \"{c}\"")?;
        }
        writeln!(s)?;
        if let Some(o) = &x.owner_composite {
            writeln!(s, "  component of composite image {o}")?;
        }
        for c in &x.components {
            writeln!(s, "  {c}")?;
        }
    }
    writeln!(s, "decision     {}", r.decision.reason)?;
    for c in &r.decision.checks {
        writeln!(s, "  [{}] {:<18} {}", if c.ok { "ok" } else { "no" }, c.name, c.detail)?;
    }

    writeln!(s, "\nPE sections")?;
    writeln!(s, "  {:<8} {:>10} {:>10} {:>10} {:>10}  flags", "name", "rva", "vsize", "raw off", "raw size")?;
    for sec in &r.pe.sections {
        writeln!(
            s,
            "  {:<8} {:>#10x} {:>#10x} {:>#10x} {:>#10x}  {:#010x}",
            sec.name, sec.rva, sec.virtual_size, sec.raw_offset, sec.raw_size, sec.characteristics
        )?;
    }
    if let Some(x) = &r.r2r {
        writeln!(s, "\nReadyToRun sections")?;
        for sec in &x.sections {
            writeln!(s, "  {:>3} {:<28} {:>#10x} {:>8}", sec.id, sec.name, sec.rva, sec.size)?;
        }
        if !x.import_sections.is_empty() {
            writeln!(s, "\nImport sections")?;
            for i in &x.import_sections {
                writeln!(
                    s,
                    "  {:>2} {:<15} {:>6} cells at {:#x}  flags [{}] type {}",
                    i.index,
                    i.role,
                    i.cells,
                    i.rva,
                    i.flags.join(" "),
                    i.section_type
                )?;
            }
        }
        writeln!(s, "  runtime functions: {}", x.runtime_functions)?;
    }

    let c = &r.coverage;
    writeln!(s, "\nCoverage")?;
    let pct = if c.il_methods == 0 { 0.0 } else { 100.0 * f64::from(c.compiled_methods) / f64::from(c.il_methods) };
    writeln!(
        s,
        "  methods with IL bodies {}, with R2R code {} ({pct:.1}%), R2R methods in all {}, compiled instantiations {}",
        c.il_methods, c.compiled_methods, c.r2r_methods, c.instantiations
    )?;
    if c.types.iter().any(|t| t.il_methods > 0) {
        writeln!(s, "  {:>6} {:>6}  type", "IL", "R2R")?;
        for t in c.types.iter().filter(|t| t.il_methods > 0) {
            writeln!(s, "  {:>6} {:>6}  {}", t.il_methods, t.compiled_methods, t.name)?;
        }
    }

    if !r.methods.is_empty() {
        writeln!(s, "\nMethods")?;
    }
    for m in &r.methods {
        write_method(s, m, opts)?;
    }
    if !r.errors.is_empty() {
        writeln!(s, "\nErrors ({})", r.errors.len())?;
        for e in &r.errors {
            writeln!(s, "  {e}")?;
        }
    }
    Ok(())
}

fn write_method(s: &mut String, m: &MethodReport, opts: TextOptions) -> std::fmt::Result {
    let token = if m.token.is_empty() { "instance".to_string() } else { m.token.clone() };
    write!(s, "  {token:<8} {}", m.name)?;
    if let Some(il) = m.il_size {
        write!(s, "  [IL {il} bytes]")?;
    }
    writeln!(s)?;
    if let Some(n) = &m.native {
        let funclets = n.runtime_functions.iter().filter(|f| f.role == "funclet").count();
        let cold = n.runtime_functions.iter().any(|f| f.role == "cold");
        write!(s, "           R2R code at {:#x}, {} bytes", n.rva, n.size)?;
        if funclets > 0 {
            write!(s, ", {funclets} funclet(s)")?;
        }
        if cold {
            write!(s, ", cold part")?;
        }
        writeln!(s, ", {} fixup(s)", n.fixups.len())?;
        for f in &n.fixups {
            writeln!(s, "             fixup {:<22} {}", f.cell, f.text)?;
        }
        for e in &n.eh_clauses {
            writeln!(s, "             eh    {e}")?;
        }
        if opts.unwind {
            for rf in &n.runtime_functions {
                writeln!(s, "             {} rf#{} [{:#x}, {:#x})", rf.role, rf.index, rf.begin, rf.end)?;
                for line in &rf.unwind {
                    writeln!(s, "               {line}")?;
                }
            }
        }
        if let Some(lines) = &n.disasm {
            for l in lines {
                write!(s, "             {:>8x}  {:<24} {}", l.address, l.bytes, l.text)?;
                if let Some(note) = &l.note {
                    write!(s, "    ; {note}")?;
                }
                writeln!(s)?;
            }
        }
        for e in &n.errors {
            writeln!(s, "             error {e}")?;
        }
    }
    writeln!(s, "           -> {}", m.decision)
}

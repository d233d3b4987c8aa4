//! A full traversal of every ReadyToRun structure of an image, collecting counts and
//! errors instead of stopping at the first one. Used by the image checks of tools and by
//! the tests that run over the whole shared framework and over corrupted images.

use std::collections::BTreeMap;

use crate::error::ImageError;
use crate::r2r::fixups::FixupKind;
use crate::r2r::ids::{ImportCell, ImportSlot, RuntimeFunctionIndex};
use crate::r2r::{FixupList, Imports, ReadyToRun, RuntimeFunctions};

/// At most this many errors are kept (the count goes on).
pub const MAX_KEPT_ERRORS: usize = 100;

/// What a traversal saw.
#[derive(Clone, Debug, Default)]
pub struct WalkStats {
    /// Sections in all (core) headers.
    pub sections: usize,
    /// Component assemblies (composite images).
    pub components: usize,
    /// Import sections.
    pub import_sections: usize,
    /// Import cells whose signature was decoded.
    pub import_cells: usize,
    /// Decoded fixups per kind (outermost kind).
    pub fixups_by_kind: BTreeMap<FixupKind, usize>,
    /// Cells with a module override.
    pub module_overrides: usize,
    /// Tokens seen while walking fixup payloads.
    pub tokens: usize,
    /// Methods with code in MethodDefEntryPoints.
    pub methods: usize,
    /// Compiled instantiations in InstanceMethodEntryPoints.
    pub instance_methods: usize,
    /// Methods (of both kinds) with a fixup list.
    pub methods_with_fixups: usize,
    /// Fixup lists reached through a back-reference (shared with an earlier method).
    pub shared_fixup_lists: usize,
    /// Cells referenced by fixup lists (with repetition).
    pub fixup_list_cells: usize,
    /// Runtime functions.
    pub runtime_functions: usize,
    /// Runtime functions that belong to a method extent after its main body (funclets).
    pub funclets: usize,
    /// Unwind codes decoded.
    pub unwind_codes: usize,
    /// Unwind infos with chained info.
    pub chained_unwind: usize,
    /// Methods with EH clauses.
    pub eh_methods: usize,
    /// EH clauses.
    pub eh_clauses: usize,
    /// EH clauses per flags value.
    pub eh_flags: BTreeMap<u32, usize>,
    /// Hot/cold pairs.
    pub hot_cold_pairs: usize,
    /// Errors seen (all of them counted here).
    pub error_count: usize,
    /// The first [`MAX_KEPT_ERRORS`] errors, with the structure they came from.
    pub errors: Vec<(String, ImageError)>,
}

impl WalkStats {
    fn err(&mut self, what: &str, e: ImageError) {
        self.error_count += 1;
        if self.errors.len() < MAX_KEPT_ERRORS {
            self.errors.push((what.to_string(), e));
        }
    }

    /// Adds another image's counts to these.
    pub fn add(&mut self, o: &WalkStats) {
        self.sections += o.sections;
        self.components += o.components;
        self.import_sections += o.import_sections;
        self.import_cells += o.import_cells;
        for (k, v) in &o.fixups_by_kind {
            *self.fixups_by_kind.entry(*k).or_default() += v;
        }
        self.module_overrides += o.module_overrides;
        self.tokens += o.tokens;
        self.methods += o.methods;
        self.instance_methods += o.instance_methods;
        self.methods_with_fixups += o.methods_with_fixups;
        self.shared_fixup_lists += o.shared_fixup_lists;
        self.fixup_list_cells += o.fixup_list_cells;
        self.runtime_functions += o.runtime_functions;
        self.funclets += o.funclets;
        self.unwind_codes += o.unwind_codes;
        self.chained_unwind += o.chained_unwind;
        self.eh_methods += o.eh_methods;
        self.eh_clauses += o.eh_clauses;
        for (k, v) in &o.eh_flags {
            *self.eh_flags.entry(*k).or_default() += v;
        }
        self.hot_cold_pairs += o.hot_cold_pairs;
        self.error_count += o.error_count;
        for e in &o.errors {
            if self.errors.len() < MAX_KEPT_ERRORS {
                self.errors.push(e.clone());
            }
        }
    }
}

macro_rules! tri {
    ($stats:expr, $what:expr, $e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => {
                $stats.err($what, e);
                return;
            }
        }
    };
}

/// Walks everything: headers and small maps, every import cell's signature, every method
/// entry point with its fixup list (each listed cell must exist and decode), every
/// instantiation entry point, every runtime function's unwind info and method extent, and
/// every EH clause. For a component stub only the header is walked.
pub fn walk(r2r: &ReadyToRun<'_>) -> WalkStats {
    let mut s = WalkStats::default();
    walk_headers(r2r, &mut s);
    if r2r.is_component_stub() && r2r.section(crate::r2r::SectionKind::ImportSections).is_none() {
        // A component stub: the code and its tables live in the owning composite image.
        return s;
    }
    let imports = match r2r.imports() {
        Ok(i) => Some(i),
        Err(e) => {
            s.err("import sections", e);
            None
        }
    };
    if let Some(imports) = &imports {
        walk_imports(imports, &mut s);
    }
    walk_methods(r2r, imports.as_ref(), &mut s);
    walk_code(r2r, &mut s);
    walk_eh(r2r, &mut s);
    s
}

fn walk_headers(r2r: &ReadyToRun<'_>, s: &mut WalkStats) {
    s.sections += r2r.sections().len();
    if let Err(e) = r2r.compiler_identifier() {
        s.err("compiler identifier", e);
    }
    if let Err(e) = r2r.owner_composite_executable() {
        s.err("owner composite executable", e);
    }
    match r2r.manifest_assembly_mvids() {
        Ok(Some(m)) => {
            for g in m.iter() {
                if let Err(e) = g {
                    s.err("manifest MVID", e);
                }
            }
        }
        Ok(None) => {}
        Err(e) => s.err("manifest MVIDs", e),
    }
    if let Err(e) = r2r.manifest_metadata() {
        s.err("manifest metadata", e);
    }
    match r2r.components() {
        Ok(cs) => {
            s.components += cs.len();
            for c in &cs {
                s.sections += c.core.sections.len();
            }
        }
        Err(e) => s.err("component assemblies", e),
    }
    let cores = tri!(s, "assembly core headers", r2r.assembly_core_headers());
    for core in &cores {
        if let Err(e) = r2r.method_is_generic_map_in(core) {
            s.err("MethodIsGenericMap", e);
        }
        if let Err(e) = r2r.enclosing_type_map_in(core) {
            s.err("EnclosingTypeMap", e);
        }
        if let Err(e) = r2r.type_generic_info_map_in(core) {
            s.err("TypeGenericInfoMap", e);
        }
    }
}

fn walk_imports(imports: &Imports<'_>, s: &mut WalkStats) {
    s.import_sections += imports.sections().len();
    for sec in imports.sections() {
        if sec.signatures.0 == 0 {
            continue;
        }
        for slot in 0..sec.cell_count() {
            let cell = ImportCell { section: sec.index, slot: ImportSlot(slot) };
            match imports.fixup(cell) {
                Ok(f) => {
                    s.import_cells += 1;
                    *s.fixups_by_kind.entry(f.kind).or_default() += 1;
                    if f.module_override.is_some() {
                        s.module_overrides += 1;
                    }
                    let mut n = 0usize;
                    f.visit_tokens(&mut |_, _| n += 1);
                    s.tokens += n;
                }
                Err(e) => s.err(&format!("import cell {cell}"), e),
            }
        }
    }
}

fn walk_fixup_list(imports: Option<&Imports<'_>>, list: Option<FixupList<'_>>, what: &str, s: &mut WalkStats) {
    let Some(list) = list else { return };
    s.methods_with_fixups += 1;
    let mut cells = Vec::new();
    if let Err(e) = list.for_each_cell(&mut |c| cells.push(c)) {
        s.err(what, e);
        return;
    }
    s.fixup_list_cells += cells.len();
    let Some(imports) = imports else { return };
    for c in cells {
        if imports.section(c.section).is_none() {
            s.err(what, ImageError::bad(list.file_offset(), format!("fixup list names import section {} of {}", c.section.0, imports.sections().len())));
            return;
        }
        if let Err(e) = imports.fixup_kind(c) {
            s.err(what, e);
            return;
        }
    }
}

fn walk_methods(r2r: &ReadyToRun<'_>, imports: Option<&Imports<'_>>, s: &mut WalkStats) {
    let rf_len = r2r.runtime_functions().map(|r| r.len()).unwrap_or(0);
    let check_rf = |i: RuntimeFunctionIndex, what: &str, s: &mut WalkStats| {
        if i.0 >= rf_len {
            s.err(what, ImageError::bad_nowhere(format!("entry point names runtime function {} of {rf_len}", i.0)));
        }
    };
    let cores = tri!(s, "assembly core headers", r2r.assembly_core_headers());
    for core in &cores {
        let t = match r2r.method_def_entry_points_in(core) {
            Ok(Some(t)) => t,
            Ok(None) => continue,
            Err(e) => {
                s.err("MethodDefEntryPoints", e);
                continue;
            }
        };
        for e in t.iter() {
            match e {
                Ok((rid, ep)) => {
                    s.methods += 1;
                    let what = format!("MethodDef {:#x}", rid.0);
                    check_rf(ep.runtime_function, &what, s);
                    s.shared_fixup_lists += usize::from(ep.fixups_shared);
                    walk_fixup_list(imports, ep.fixups, &what, s);
                }
                Err(e) => s.err("MethodDefEntryPoints", e),
            }
        }
    }
    match r2r.instance_entry_points() {
        Ok(Some(t)) => {
            for e in t.iter() {
                match e {
                    Ok(ie) => {
                        s.instance_methods += 1;
                        let what = format!("instance entry at file offset {:#x}", ie.file_offset);
                        check_rf(ie.entry.runtime_function, &what, s);
                        s.shared_fixup_lists += usize::from(ie.entry.fixups_shared);
                        walk_fixup_list(imports, ie.entry.fixups, &what, s);
                    }
                    Err(e) => s.err("InstanceMethodEntryPoints", e),
                }
            }
        }
        Ok(None) => {}
        Err(e) => s.err("InstanceMethodEntryPoints", e),
    }
}

fn walk_code(r2r: &ReadyToRun<'_>, s: &mut WalkStats) {
    let rf: RuntimeFunctions<'_> = tri!(s, "runtime functions", r2r.runtime_functions());
    s.runtime_functions += rf.len() as usize;
    if let Err(e) = rf.validate() {
        s.err("runtime functions", e);
    }
    for f in rf.iter() {
        let f = match f {
            Ok(f) => f,
            Err(e) => {
                s.err("runtime function", e);
                break;
            }
        };
        match rf.unwind_info(r2r.pe(), &f) {
            Ok(u) => {
                s.unwind_codes += u.codes.len();
                if let Some(c) = u.chained {
                    s.chained_unwind += 1;
                    if let Err(e) = r2r.pe().at_rva(c.unwind) {
                        s.err(&format!("chained unwind of rf#{}", f.index.0), e);
                    }
                }
            }
            Err(e) => s.err(&format!("unwind info of rf#{}", f.index.0), e),
        }
    }
    let boundaries = tri!(s, "method extents", r2r.extent_boundaries());
    let mut funclets = 0usize;
    for i in 0..rf.len() {
        let idx = RuntimeFunctionIndex(i);
        if boundaries.contains(idx) {
            let ext = rf.method_extent(idx, &|j| boundaries.contains(j));
            funclets += ext.len().saturating_sub(1);
        }
    }
    s.funclets += funclets;
    match r2r.hot_cold_map() {
        Ok(Some(h)) => {
            for p in h.iter() {
                match p {
                    Ok((c, hot)) => {
                        s.hot_cold_pairs += 1;
                        if c.0 >= rf.len() || hot.0 >= rf.len() {
                            s.err("HotColdMap", ImageError::bad_nowhere(format!("hot/cold pair ({}, {}) beyond {} runtime functions", c.0, hot.0, rf.len())));
                        }
                    }
                    Err(e) => s.err("HotColdMap", e),
                }
            }
        }
        Ok(None) => {}
        Err(e) => s.err("HotColdMap", e),
    }
}

fn walk_eh(r2r: &ReadyToRun<'_>, s: &mut WalkStats) {
    let t = match r2r.exception_info() {
        Ok(Some(t)) => t,
        Ok(None) => return,
        Err(e) => {
            s.err("ExceptionInfo", e);
            return;
        }
    };
    if let Err(e) = t.validate() {
        s.err("ExceptionInfo", e);
    }
    let rf = r2r.runtime_functions().ok();
    for e in t.entries() {
        let e = match e {
            Ok(e) => e,
            Err(err) => {
                s.err("ExceptionInfo entry", err);
                break;
            }
        };
        s.eh_methods += 1;
        if let Some(rf) = &rf {
            match rf.find(e.method_start) {
                Ok(Some(f)) if f.begin == e.method_start => {}
                Ok(_) => s.err("ExceptionInfo entry", ImageError::bad_nowhere(format!("EH method start {} is not the start of a runtime function", e.method_start))),
                Err(err) => s.err("ExceptionInfo entry", err),
            }
        }
        match t.clauses(r2r.pe(), &e) {
            Ok(cs) => {
                let mut prev: Option<(u32, u32)> = None;
                for c in cs {
                    if c.is_same_try() && prev != Some((c.try_start, c.try_end)) {
                        s.err("EH clause", ImageError::bad_nowhere(format!("same-try EH clause of {} does not repeat the previous try range", e.method_start)));
                    }
                    prev = Some((c.try_start, c.try_end));
                    s.eh_clauses += 1;
                    *s.eh_flags.entry(c.flags.0).or_default() += 1;
                    if c.kind().is_none() {
                        s.err("EH clause", ImageError::bad_nowhere(format!("EH clause of {} with flags {:#x}", e.method_start, c.flags.0)));
                    }
                }
            }
            Err(err) => s.err("EH clauses", err),
        }
    }
}

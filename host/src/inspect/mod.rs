//! `r2rhost inspect`: what native code is in a file, and which of it this host will use.
//!
//! [`inspect_file`] builds a [`Report`]: the PE/CLI/R2R headers, the host's image-level
//! decision, coverage (methods with R2R code vs methods with IL bodies, overall and per
//! type), and per method its code, fixups rendered with names, EH clauses, unwind codes and
//! optionally annotated disassembly. Plain IL assemblies get the metadata view. Composite
//! images list each component's methods (names come from the component stubs beside them),
//! and a component stub is inspected through its owning composite.
//!
//! Reading never panics: a header that does not parse is an error for the whole file; a
//! table or a method that does not decode is recorded in the report's `errors` and the rest
//! of the report stands.

pub mod disasm;
pub mod report;
pub mod text;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use r2rhost_image::file::MappedFile;
use r2rhost_image::metadata::coded::TypeOrMethodDef;
use r2rhost_image::metadata::names::{ModuleMetadata, Names};
use r2rhost_image::metadata::token::{AssemblyRefRid, MethodDefRid, TableId, Token, TypeDefRid};
use r2rhost_image::metadata::sig::TypeSig;
use r2rhost_image::metadata::Metadata;
use r2rhost_image::pe::{PeKind, Rva};
use r2rhost_image::r2r::eh::{EhClauseKind, ExceptionInfo};
use r2rhost_image::r2r::names::FixupNames;
use r2rhost_image::r2r::{
    ImportSection, Imports, IndexSet, MethodDefEntryPoints, MethodEntryPoint, ModuleIndex, ReadyToRun, RuntimeFunctionIndex,
    RuntimeFunctions,
};
use r2rhost_image::{Image, ImageError, Result};

use crate::probe;
use crate::r2r::policy;
pub use report::*;

/// What to include.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Disassemble each listed method's native code.
    pub disasm: bool,
    /// Only list methods whose name or token contains this text.
    pub method_filter: Option<String>,
    /// Extra directories to look for referenced assemblies in (after the file's own).
    pub reference_dirs: Vec<PathBuf>,
}

/// Inspects the file at `path`.
pub fn inspect_file(path: &Path, opts: &Options) -> Result<Report> {
    let file = MappedFile::open(path)?;
    let mut dirs = Vec::new();
    if let Some(d) = path.parent() {
        dirs.push(if d.as_os_str().is_empty() { PathBuf::from(".") } else { d.to_path_buf() });
    }
    dirs.extend(opts.reference_dirs.iter().cloned());
    inspect_bytes(file.bytes(), &path.display().to_string(), &dirs, opts)
}

/// Inspects an image held in memory; `dirs` are probed for referenced assemblies and for
/// a component stub's composite image.
pub fn inspect_bytes(bytes: &[u8], name: &str, dirs: &[PathBuf], opts: &Options) -> Result<Report> {
    let image = Image::parse(bytes)?;
    let mut report = Report { file: name.to_string(), file_size: bytes.len() as u64, ..Report::default() };
    report.pe = pe_summary(&image);
    let Some(md) = &image.metadata else {
        report.decision = ImageDecision { uses_native_code: false, reason: "not a managed image (no CLI header)".into(), checks: vec![] };
        return Ok(report);
    };
    report.cli = image.cli.as_ref().map(|cli| CliSummary {
        runtime_version: format!("{}.{}", cli.major_runtime_version, cli.minor_runtime_version),
        flags: cli.flag_names().iter().map(|s| s.to_string()).collect(),
        entry_point: (cli.entry_point_token != 0).then(|| {
            md.token_name(Token(cli.entry_point_token)).unwrap_or_else(|_| format!("{:08X}", cli.entry_point_token))
        }),
        metadata_version: md.version().to_string(),
    });
    report.assembly = assembly_summary(md, &mut report.errors);

    let Some(r2r) = &image.r2r else {
        report.decision = policy::il_only_decision();
        let code = CodeSource::none();
        list_module(&mut report, &image, &ModuleSet::own_only(&image), &code, "", opts);
        return Ok(report);
    };
    report.r2r = Some(r2r_summary(r2r, &mut report.errors));

    if r2r.is_component_stub() {
        inspect_component_stub(&mut report, &image, md, r2r, dirs, opts);
    } else if r2r.is_composite() {
        inspect_composite(&mut report, &image, md, r2r, dirs, opts);
    } else {
        report.decision = policy::image_decision(&image, None);
        let files = load_override_modules(md, r2r, dirs, &mut report.errors);
        let modules = ModuleSet::for_image(&image, r2r, &files, &mut report.errors);
        let code = CodeSource::open(r2r, r2r.method_def_entry_points(), &mut report.errors);
        list_module(&mut report, &image, &modules, &code, "", opts);
        list_instantiations(&mut report, &modules, &code, opts);
    }
    Ok(report)
}

/// A component stub: its code lives in the composite named by OwnerCompositeExecutable.
fn inspect_component_stub(report: &mut Report, image: &Image<'_>, md: &Metadata<'_>, r2r: &ReadyToRun<'_>, dirs: &[PathBuf], opts: &Options) {
    let owner = match r2r.owner_composite_executable() {
        Ok(Some(o)) => o.trim_end_matches('\0').to_string(),
        Ok(None) => String::new(),
        Err(e) => {
            report.errors.push(format!("owner composite executable: {e}"));
            String::new()
        }
    };
    let owner_path = probe::find_file(&owner, dirs);
    report.decision = policy::image_decision(image, Some(owner_path.is_some()));
    let Some(owner_path) = owner_path else {
        let code = CodeSource::none();
        list_module(report, image, &ModuleSet::own_only(image), &code, "", opts);
        return;
    };
    let composite_file = match MappedFile::open(&owner_path) {
        Ok(f) => f,
        Err(e) => {
            report.errors.push(format!("composite {}: {e}", owner_path.display()));
            return;
        }
    };
    let composite = match Image::parse(composite_file.bytes()) {
        Ok(c) => c,
        Err(e) => {
            report.errors.push(format!("composite {}: {e}", owner_path.display()));
            return;
        }
    };
    let (Some(cmd), Some(cr2r)) = (&composite.metadata, &composite.r2r) else {
        report.errors.push(format!("{} is not a ReadyToRun composite image", owner_path.display()));
        return;
    };
    let own_name = md.assembly_name().ok().flatten().map(|a| a.name.to_string()).unwrap_or_default();
    let files = load_override_modules(cmd, cr2r, dirs, &mut report.errors);
    let modules = ModuleSet::for_image(&composite, cr2r, &files, &mut report.errors);
    match component_index(cmd, cr2r, &own_name) {
        Some(k) => {
            // Tokens of this component's own methods are in the stub's metadata.
            let view = modules.with_own(image);
            let ep = component_entry_points(cr2r, k);
            let code = CodeSource::open(cr2r, ep, &mut report.errors);
            list_module(report, image, &view, &code, "", opts);
        }
        None => report.errors.push(format!("{own_name} is not a component of {}", owner_path.display())),
    }
}

/// A composite image: list every component's methods.
fn inspect_composite(report: &mut Report, image: &Image<'_>, md: &Metadata<'_>, r2r: &ReadyToRun<'_>, dirs: &[PathBuf], opts: &Options) {
    report.decision = policy::composite_decision();
    let files = load_override_modules(md, r2r, dirs, &mut report.errors);
    let modules = ModuleSet::for_image(image, r2r, &files, &mut report.errors);
    let components = match r2r.components() {
        Ok(c) => c,
        Err(e) => {
            report.errors.push(format!("component assemblies: {e}"));
            Vec::new()
        }
    };
    for c in &components {
        let name = md.assembly_ref_name(AssemblyRefRid(c.index)).map(|a| a.name.to_string()).unwrap_or_else(|_| format!("component {}", c.index));
        let index = manifest_ref_module_index(r2r, c.index);
        let Some(component) = modules.image(index.0) else {
            report.errors.push(format!("component {name}: its assembly was not found next to the composite image"));
            continue;
        };
        let ep = r2r.method_def_entry_points_in(&c.core);
        let code = CodeSource::open(r2r, ep, &mut report.errors);
        let component_modules = modules.with_own(component);
        list_module(report, component, &component_modules, &code, &format!("[{name}]"), opts);
    }
    let code = CodeSource::open(r2r, Ok(None), &mut report.errors);
    list_instantiations(report, &modules, &code, opts);
}

/// The index (1-based, parallel to the manifest AssemblyRefs) of the component named `name`.
fn component_index(md: &Metadata<'_>, r2r: &ReadyToRun<'_>, name: &str) -> Option<u32> {
    let comps = r2r.components().ok()?;
    comps.iter().map(|c| c.index).find(|i| md.assembly_ref_name(AssemblyRefRid(*i)).is_ok_and(|a| a.name.eq_ignore_ascii_case(name)))
}

fn component_entry_points<'a>(r2r: &ReadyToRun<'a>, index: u32) -> Result<Option<MethodDefEntryPoints<'a>>> {
    let comps = r2r.components()?;
    match comps.iter().find(|c| c.index == index) {
        Some(c) => r2r.method_def_entry_points_in(&c.core),
        None => Ok(None),
    }
}

/// The module-override index of manifest AssemblyRef `k` of `r2r`.
fn manifest_ref_module_index(r2r: &ReadyToRun<'_>, k: u32) -> ModuleIndex {
    let rules = r2r.module_override_rules(0);
    let base = rules.il_assembly_refs + u32::from(rules.manifest_self_entry);
    ModuleIndex(base + k)
}

// ---------------------------------------------------------------------------------------
// Modules for names

/// Files of the assemblies module-override indices name, kept mapped while names are made.
struct OverrideFiles {
    /// Module index → mapped file.
    files: Vec<(u32, MappedFile)>,
}

/// Loads the assemblies that module-override indices 1.. can name: the IL AssemblyRefs and
/// the manifest metadata's AssemblyRefs, probed in `dirs`. Missing ones are fine (their
/// tokens print raw); they are not errors.
fn load_override_modules(md: &Metadata<'_>, r2r: &ReadyToRun<'_>, dirs: &[PathBuf], errors: &mut Vec<String>) -> OverrideFiles {
    let mut files = Vec::new();
    let ilar = if r2r.is_composite() { 0 } else { md.row_count(TableId::AssemblyRef) };
    let mut want: Vec<(u32, String)> = Vec::new();
    for i in 1..=ilar {
        if let Ok(a) = md.assembly_ref_name(AssemblyRefRid(i)) {
            want.push((i, a.name.to_string()));
        }
    }
    match r2r.manifest_metadata() {
        Ok(Some(bytes)) => match Metadata::parse(bytes) {
            Ok(manifest) => {
                let rules = r2r.module_override_rules(ilar);
                let base = rules.il_assembly_refs + u32::from(rules.manifest_self_entry);
                for k in 1..=manifest.row_count(TableId::AssemblyRef) {
                    if let Ok(a) = manifest.assembly_ref_name(AssemblyRefRid(k)) {
                        want.push((base + k, a.name.to_string()));
                    }
                }
            }
            Err(e) => errors.push(format!("manifest metadata: {e}")),
        },
        Ok(None) => {}
        Err(e) => errors.push(format!("manifest metadata: {e}")),
    }
    for (index, name) in want {
        if let Some(path) = probe::find_assembly(&name, dirs)
            && let Ok(f) = MappedFile::open(&path)
        {
            files.push((index, f));
        }
    }
    OverrideFiles { files }
}

/// Module-override index → image (and so metadata), for [`Names`] and [`FixupNames`].
struct ModuleSet<'m, 'a> {
    own: &'m Image<'a>,
    by_index: Vec<Option<Image<'a>>>,
    manifest_index: Option<u32>,
    manifest: Option<Metadata<'a>>,
}

impl<'m, 'a> ModuleSet<'m, 'a> {
    fn own_only(own: &'m Image<'a>) -> Self {
        ModuleSet { own, by_index: Vec::new(), manifest_index: None, manifest: None }
    }

    fn for_image(own: &'m Image<'a>, r2r: &ReadyToRun<'a>, files: &'a OverrideFiles, errors: &mut Vec<String>) -> Self {
        let ilar = match &own.metadata {
            Some(md) if !r2r.is_composite() => md.row_count(TableId::AssemblyRef),
            _ => 0,
        };
        let rules = r2r.module_override_rules(ilar);
        let mut by_index: Vec<Option<Image<'a>>> = Vec::new();
        for (i, f) in &files.files {
            match Image::parse(f.bytes()) {
                Ok(img) => {
                    let i = *i as usize;
                    if by_index.len() <= i {
                        by_index.resize_with(i + 1, || None);
                    }
                    by_index[i] = Some(img);
                }
                Err(e) => errors.push(format!("{}: {e}", f.path().display())),
            }
        }
        let manifest = r2r.manifest_metadata().ok().flatten().and_then(|b| Metadata::parse(b).ok());
        let manifest_index = rules.manifest_self_entry.then_some(rules.il_assembly_refs + 1);
        ModuleSet { own, by_index, manifest_index, manifest }
    }

    /// The loaded image for module-override index `index` (not the manifest).
    fn image(&self, index: u32) -> Option<&Image<'a>> {
        if index == 0 {
            return Some(self.own);
        }
        self.by_index.get(index as usize)?.as_ref()
    }

    /// A view of the same modules whose own module (index 0) is `own`.
    fn with_own<'n>(&'n self, own: &'n Image<'a>) -> ModuleSetView<'n, 'a> {
        ModuleSetView { own, set: self }
    }
}

impl<'a> ModuleMetadata<'a> for ModuleSet<'_, 'a> {
    fn module(&self, index: u32) -> Option<&Metadata<'a>> {
        if index != 0 && Some(index) == self.manifest_index {
            return self.manifest.as_ref();
        }
        self.image(index)?.metadata.as_ref()
    }
}

/// A [`ModuleSet`] seen from one component of a composite image.
struct ModuleSetView<'n, 'a> {
    own: &'n Image<'a>,
    set: &'n ModuleSet<'n, 'a>,
}

impl<'a> ModuleMetadata<'a> for ModuleSetView<'_, 'a> {
    fn module(&self, index: u32) -> Option<&Metadata<'a>> {
        if index == 0 { self.own.metadata.as_ref() } else { self.set.module(index) }
    }
}

// ---------------------------------------------------------------------------------------
// Code tables

/// The tables needed to describe methods' native code.
struct CodeSource<'r, 'a> {
    r2r: Option<&'r ReadyToRun<'a>>,
    entry_points: Option<MethodDefEntryPoints<'a>>,
    imports: Option<Imports<'a>>,
    rf: Option<RuntimeFunctions<'a>>,
    boundaries: Option<IndexSet>,
    eh: Option<ExceptionInfo<'a>>,
    cold_of_hot: HashMap<u32, u32>,
}

impl<'r, 'a> CodeSource<'r, 'a> {
    fn none() -> Self {
        CodeSource { r2r: None, entry_points: None, imports: None, rf: None, boundaries: None, eh: None, cold_of_hot: HashMap::new() }
    }

    fn open(r2r: &'r ReadyToRun<'a>, entry_points: Result<Option<MethodDefEntryPoints<'a>>>, errors: &mut Vec<String>) -> Self {
        let mut note = |what: &str, e: ImageError| errors.push(format!("{what}: {e}"));
        let entry_points = entry_points.unwrap_or_else(|e| {
            note("MethodDefEntryPoints", e);
            None
        });
        let imports = r2r.imports().map_err(|e| note("import sections", e)).ok();
        let rf = r2r.runtime_functions().map_err(|e| note("runtime functions", e)).ok();
        let boundaries = r2r.extent_boundaries().map_err(|e| note("method extents", e)).ok();
        let eh = r2r.exception_info().map_err(|e| note("exception info", e)).ok().flatten();
        let mut cold_of_hot = HashMap::new();
        match r2r.hot_cold_map() {
            Ok(Some(map)) => {
                for pair in map.iter() {
                    match pair {
                        Ok((cold, hot)) => {
                            cold_of_hot.insert(hot.0, cold.0);
                        }
                        Err(e) => {
                            note("hot/cold map", e);
                            break;
                        }
                    }
                }
            }
            Ok(None) => {}
            Err(e) => note("hot/cold map", e),
        }
        CodeSource { r2r: Some(r2r), entry_points, imports, rf, boundaries, eh, cold_of_hot }
    }

    fn entry(&self, rid: MethodDefRid) -> Result<Option<MethodEntryPoint<'a>>> {
        match &self.entry_points {
            Some(t) => t.get(rid),
            None => Ok(None),
        }
    }
}

// ---------------------------------------------------------------------------------------
// Methods

fn matches_filter(opts: &Options, token: &str, name: &str) -> bool {
    opts.method_filter.as_deref().is_none_or(|f| name.contains(f) || token.eq_ignore_ascii_case(f))
}

/// Coverage of one module's MethodDefs and, for those passing the filter, method reports.
fn list_module<'a>(report: &mut Report, img: &Image<'a>, modules: &dyn ModuleMetadata<'a>, code: &CodeSource<'_, 'a>, prefix: &str, opts: &Options) {
    let Some(md) = &img.metadata else { return };
    let names = Names::new(md).with_modules(modules);
    let fixup_names = FixupNames::new(modules);
    let mut entry_names: Option<HashMap<u32, String>> = None;
    for ty in md.rids::<TypeDefRid>() {
        let type_name = names.render(|n, out| n.type_def(out, ty)).unwrap_or_else(|e| format!("TypeDef#{} ({e})", ty.0));
        let methods = match md.type_methods(ty) {
            Ok(m) => m,
            Err(e) => {
                report.errors.push(format!("methods of {type_name}: {e}"));
                continue;
            }
        };
        let mut tc = TypeCoverage { name: format!("{prefix}{type_name}"), il_methods: 0, compiled_methods: 0 };
        let mut any = false;
        for m in methods {
            any = true;
            let row = match md.method_def(m) {
                Ok(r) => r,
                Err(e) => {
                    report.errors.push(format!("MethodDef#{}: {e}", m.0));
                    continue;
                }
            };
            let has_il = row.rva != 0;
            let entry = code.entry(m).unwrap_or_else(|e| {
                report.errors.push(format!("entry point of MethodDef#{}: {e}", m.0));
                None
            });
            if has_il {
                tc.il_methods += 1;
                report.coverage.il_methods += 1;
            }
            if entry.is_some() {
                report.coverage.r2r_methods += 1;
                if has_il {
                    tc.compiled_methods += 1;
                    report.coverage.compiled_methods += 1;
                }
            }
            let token = format!("{}", m.token());
            let name = names.render(|n, out| n.method_def(out, m)).unwrap_or_else(|e| format!("MethodDef#{} ({e})", m.0));
            let name = format!("{prefix}{name}");
            if !matches_filter(opts, &token, &name) {
                continue;
            }
            let il_size = if has_il {
                match md.method_body(&img.pe, m) {
                    Ok(Some(b)) => Some(b.code.len() as u32),
                    _ => None,
                }
            } else {
                None
            };
            let native = entry.as_ref().map(|e| native_code(code, e, &fixup_names, opts, &mut entry_names, modules));
            let generic = md.generic_params_of(TypeOrMethodDef::MethodDef(m)).next().is_some()
                || md.generic_params_of(TypeOrMethodDef::TypeDef(ty)).next().is_some();
            let facts = policy::MethodFacts { has_il, has_native: native.is_some(), flags: row.flags, impl_flags: row.impl_flags, generic };
            let decision = policy::method_decision(&report.decision, facts);
            report.methods.push(MethodReport { token, name, il_size, native, decision });
        }
        if any {
            report.coverage.types.push(tc);
        }
    }
}

/// Compiled generic instantiations (InstanceMethodEntryPoints).
fn list_instantiations<'a>(report: &mut Report, modules: &dyn ModuleMetadata<'a>, code: &CodeSource<'_, 'a>, opts: &Options) {
    let Some(r2r) = code.r2r else { return };
    let table = match r2r.instance_entry_points() {
        Ok(Some(t)) => t,
        Ok(None) => return,
        Err(e) => {
            report.errors.push(format!("InstanceMethodEntryPoints: {e}"));
            return;
        }
    };
    let fixup_names = FixupNames::new(modules);
    let mut entry_names = None;
    for e in table.iter() {
        let e = match e {
            Ok(e) => e,
            Err(err) => {
                report.errors.push(format!("InstanceMethodEntryPoints: {err}"));
                break;
            }
        };
        report.coverage.instantiations += 1;
        // In a composite image there is no "own module": an instantiation's method token
        // belongs to the module its owner type is qualified with (observed in crossgen2
        // 10.0 output: `{module 3} Container<..>` + MethodDef#0xd of module 3).
        let ctx = match &e.method.owner_type {
            Some(TypeSig::InModule { module, .. }) if r2r.is_composite() => ModuleIndex(*module),
            _ => ModuleIndex(0),
        };
        let name = fixup_names.render_method(&e.method, ctx);
        if !matches_filter(opts, "", &name) {
            continue;
        }
        let native = native_code(code, &e.entry, &fixup_names, opts, &mut entry_names, modules);
        let decision = policy::instantiation_decision(&report.decision);
        report.methods.push(MethodReport { token: String::new(), name, il_size: None, native: Some(native), decision });
    }
}

/// Describes one method's native code: runtime functions with unwind info, fixups, EH
/// clauses and, when asked, disassembly.
fn native_code<'a>(
    code: &CodeSource<'_, 'a>,
    entry: &MethodEntryPoint<'_>,
    fixup_names: &FixupNames<'_, 'a>,
    opts: &Options,
    entry_names: &mut Option<HashMap<u32, String>>,
    modules: &dyn ModuleMetadata<'a>,
) -> NativeCode {
    let mut out = NativeCode::default();
    let (Some(r2r), Some(rf)) = (code.r2r, &code.rf) else {
        out.errors.push("no runtime functions table".into());
        return out;
    };
    let main = entry.runtime_function;
    let mut parts: Vec<(RuntimeFunctionIndex, &'static str)> = Vec::new();
    let extent = match &code.boundaries {
        Some(b) => rf.method_extent(main, &|j| b.contains(j)),
        None => main.0..main.0.saturating_add(1),
    };
    for i in extent {
        parts.push((RuntimeFunctionIndex(i), if i == main.0 { "main" } else { "funclet" }));
    }
    if let Some(cold) = code.cold_of_hot.get(&main.0) {
        parts.push((RuntimeFunctionIndex(*cold), "cold"));
    }
    for (idx, role) in parts {
        let f = match rf.get(idx) {
            Ok(f) => f,
            Err(e) => {
                out.errors.push(format!("runtime function {}: {e}", idx.0));
                continue;
            }
        };
        if role == "main" {
            out.rva = f.begin.0;
        }
        out.size = out.size.saturating_add(f.len());
        let unwind = match rf.unwind_info(r2r.pe(), &f) {
            Ok(u) => u.to_string().lines().map(|l| l.trim().to_string()).collect(),
            Err(e) => vec![format!("error: {e}")],
        };
        out.runtime_functions.push(RuntimeFunctionReport { index: idx.0, role: role.into(), begin: f.begin.0, end: f.end.0, unwind });
    }
    if let (Some(list), Some(imports)) = (&entry.fixups, &code.imports) {
        match list.cells() {
            Ok(cells) => {
                for cell in cells {
                    let (label, cell_rva) = match imports.section(cell.section) {
                        Some(s) => (format!("{}[{}]", section_role(imports, s), cell.slot.0), s.cell_rva(cell.slot).map_or(0, |r| r.0)),
                        None => (format!("section{}[{}]", cell.section.0, cell.slot.0), 0),
                    };
                    match imports.fixup(cell) {
                        Ok(f) => out.fixups.push(FixupReport { cell: label, cell_rva, kind: f.kind.name().to_string(), text: fixup_names.render(&f) }),
                        Err(e) => out.errors.push(format!("fixup {label}: {e}")),
                    }
                }
            }
            Err(e) => out.errors.push(format!("fixup list: {e}")),
        }
    }
    if let Some(eh) = &code.eh {
        match eh.find(Rva(out.rva)) {
            Ok(Some(entry)) => match eh.clauses(r2r.pe(), &entry) {
                Ok(clauses) => {
                    for c in clauses {
                        out.eh_clauses.push(eh_clause_text(&c, modules));
                    }
                }
                Err(e) => out.errors.push(format!("EH clauses: {e}")),
            },
            Ok(None) => {}
            Err(e) => out.errors.push(format!("EH info: {e}")),
        }
    }
    if opts.disasm {
        let names = entry_names.get_or_insert_with(|| method_entry_names(code, modules));
        let mut lines = Vec::new();
        for part in &out.runtime_functions {
            match r2r.pe().slice_rva(Rva(part.begin), part.end.saturating_sub(part.begin)) {
                Ok(bytes) => {
                    let annotate = |target: u64| annotate_target(code, fixup_names, names, target);
                    lines.extend(disasm::disassemble(bytes.data(), u64::from(part.begin), &annotate));
                }
                Err(e) => out.errors.push(format!("code of runtime function {}: {e}", part.index)),
            }
        }
        out.disasm = Some(lines);
    }
    out
}

fn eh_clause_text<'a>(c: &r2rhost_image::r2r::eh::EhClause, modules: &dyn ModuleMetadata<'a>) -> String {
    let kind = match c.kind() {
        Some(EhClauseKind::Typed) => {
            let class = c.class_token().map(|t| {
                modules.module(0).and_then(|md| md.token_name(t).ok()).unwrap_or_else(|| format!("{t}"))
            });
            format!("catch {}", class.unwrap_or_default())
        }
        Some(EhClauseKind::Filter) => format!("filter at {:#x}", c.filter_offset().unwrap_or(0)),
        Some(EhClauseKind::Finally) => "finally".to_string(),
        Some(EhClauseKind::Fault) => "fault".to_string(),
        None => format!("flags {:#x}", c.flags.0),
    };
    let mut extra = String::new();
    if c.is_duplicated() {
        extra.push_str(" (duplicated)");
    }
    if c.is_same_try() {
        extra.push_str(" (same try)");
    }
    format!("{kind}: try [{:#x}, {:#x}) handler [{:#x}, {:#x}){extra}", c.try_start, c.try_end, c.handler_start, c.handler_end)
}

/// Names crossgen2 gives import sections of each shape (display only).
fn section_role(imports: &Imports<'_>, s: &ImportSection) -> &'static str {
    use r2rhost_image::r2r::imports::ImportSectionType;
    use r2rhost_image::r2r::FixupKind;
    let eager = s.flags.has(r2rhost_image::r2r::imports::ImportSectionFlags::EAGER);
    let pcode = s.flags.has(r2rhost_image::r2r::imports::ImportSectionFlags::PCODE);
    let first_kind = || {
        if s.cell_count() == 0 {
            return None;
        }
        let cell = r2rhost_image::r2r::ImportCell { section: s.index, slot: r2rhost_image::r2r::ImportSlot(0) };
        imports.fixup_kind(cell).ok().map(|(_, k)| k)
    };
    if s.cell_count() == 0 {
        return "(empty)";
    }
    match s.kind {
        ImportSectionType::StringHandle => "StringImports",
        _ if eager => "EagerImports",
        ImportSectionType::StubDispatch => match first_kind() {
            Some(FixupKind::VirtualEntry | FixupKind::VirtualEntry_DefToken | FixupKind::VirtualEntry_RefToken | FixupKind::VirtualEntry_Slot) => {
                "DispatchImports"
            }
            _ => "MethodImports",
        },
        _ if !pcode => "ILBodyImports",
        _ => match first_kind() {
            Some(
                FixupKind::NewObject
                | FixupKind::NewArray
                | FixupKind::IsInstanceOf
                | FixupKind::ChkCast
                | FixupKind::FieldAddress
                | FixupKind::CctorTrigger
                | FixupKind::StaticBaseNonGC
                | FixupKind::StaticBaseGC
                | FixupKind::ThreadStaticBaseNonGC
                | FixupKind::ThreadStaticBaseGC
                | FixupKind::DelegateCtor
                | FixupKind::ThisObjDictionaryLookup
                | FixupKind::TypeDictionaryLookup
                | FixupKind::MethodDictionaryLookup
                | FixupKind::VirtualEntry,
            ) => "HelperImports",
            _ => "PrecodeImports",
        },
    }
}

/// RVA of each method entry point → the method's name (for disassembly notes).
fn method_entry_names<'a>(code: &CodeSource<'_, 'a>, modules: &dyn ModuleMetadata<'a>) -> HashMap<u32, String> {
    let mut map = HashMap::new();
    let (Some(rf), Some(eps), Some(md)) = (&code.rf, &code.entry_points, modules.module(0)) else { return map };
    let names = Names::new(md).with_modules(modules);
    for e in eps.iter().flatten() {
        let (rid, ep) = e;
        if let Ok(f) = rf.get(ep.runtime_function)
            && let Ok(n) = names.render(|n, out| n.method_def(out, rid))
        {
            map.insert(f.begin.0, n);
        }
    }
    map
}

fn annotate_target(code: &CodeSource<'_, '_>, fixup_names: &FixupNames<'_, '_>, names: &HashMap<u32, String>, target: u64) -> Option<String> {
    let rva = u32::try_from(target).ok()?;
    if let Some(imports) = &code.imports
        && let Some(cell) = imports.cell_at_rva(Rva(rva))
    {
        let label = imports.section(cell.section).map(|s| format!("{}[{}]", section_role(imports, s), cell.slot.0)).unwrap_or_default();
        return Some(match imports.fixup(cell) {
            Ok(f) => format!("{label} {}", fixup_names.render(&f)),
            Err(e) => format!("{label} ({e})"),
        });
    }
    if let Some(n) = names.get(&rva) {
        return Some(n.clone());
    }
    if let Some(r2r) = code.r2r
        && let Some((start, size)) = r2r.delay_load_thunks()
        && rva >= start.0
        && rva - start.0 < size
    {
        return Some("delay-load thunk".into());
    }
    None
}

// ---------------------------------------------------------------------------------------
// Headers

fn pe_summary(image: &Image<'_>) -> PeSummary {
    let pe = &image.pe;
    PeSummary {
        kind: match pe.kind {
            PeKind::Pe32 => "PE32".into(),
            PeKind::Pe32Plus => "PE32+".into(),
        },
        machine: pe.machine.to_string(),
        image_base: pe.image_base,
        size_of_image: pe.size_of_image,
        sections: pe
            .sections()
            .iter()
            .map(|s| PeSection {
                name: s.name(),
                rva: s.virtual_address.0,
                virtual_size: s.virtual_size,
                raw_offset: s.pointer_to_raw_data,
                raw_size: s.size_of_raw_data,
                characteristics: s.characteristics,
            })
            .collect(),
    }
}

fn assembly_summary(md: &Metadata<'_>, errors: &mut Vec<String>) -> Option<AssemblySummary> {
    let name = match md.assembly_name() {
        Ok(Some(a)) => a.to_string(),
        Ok(None) => return None,
        Err(e) => {
            errors.push(format!("assembly name: {e}"));
            return None;
        }
    };
    let mut references = Vec::new();
    for r in md.rids::<AssemblyRefRid>() {
        match md.assembly_ref_name(r) {
            Ok(a) => references.push(a.to_string()),
            Err(e) => errors.push(format!("AssemblyRef#{}: {e}", r.0)),
        }
    }
    Some(AssemblySummary { name, references })
}

fn r2r_summary(r2r: &ReadyToRun<'_>, errors: &mut Vec<String>) -> R2rSummary {
    let mut s = R2rSummary {
        version: format!("{}.{}", r2r.major_version(), r2r.minor_version()),
        flags: r2r.flags().names(),
        header_source: format!("{:?}", r2r.source()),
        sections: r2r.sections().iter().map(|e| R2rSection { id: e.kind.id(), name: e.kind.name().into(), rva: e.rva.0, size: e.size }).collect(),
        ..R2rSummary::default()
    };
    match r2r.compiler_identifier() {
        Ok(c) => s.compiler = c.map(|c| c.trim_end_matches('\0').to_string()),
        Err(e) => errors.push(format!("compiler identifier: {e}")),
    }
    match r2r.owner_composite_executable() {
        Ok(o) => s.owner_composite = o.map(|o| o.trim_end_matches('\0').to_string()),
        Err(e) => errors.push(format!("owner composite executable: {e}")),
    }
    if r2r.section(r2rhost_image::r2r::SectionKind::ImportSections).is_some() {
        match r2r.imports() {
            Ok(imports) => {
                for sec in imports.sections() {
                    s.import_sections.push(ImportSectionSummary {
                        index: sec.index.0,
                        role: section_role(&imports, sec).into(),
                        flags: sec.flags.names(),
                        section_type: format!("{:?}", sec.kind),
                        cells: sec.cell_count(),
                        rva: sec.cells.rva.0,
                    });
                }
            }
            Err(e) => errors.push(format!("import sections: {e}")),
        }
    }
    if r2r.section(r2rhost_image::r2r::SectionKind::RuntimeFunctions).is_some() {
        match r2r.runtime_functions() {
            Ok(rf) => s.runtime_functions = rf.len(),
            Err(e) => errors.push(format!("runtime functions: {e}")),
        }
    }
    if r2r.is_composite()
        && let Ok(comps) = r2r.components()
    {
        s.components = comps.iter().map(|c| format!("component {} (core header at {})", c.index, c.core.rva)).collect();
    }
    s
}

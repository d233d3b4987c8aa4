//! ReadyToRun: the native-code part of a crossgen2 image.
//!
//! [`ReadyToRun`] is opened from a parsed PE file; opening reads the header and the section
//! directory only. Every table is then reached on demand through an accessor that returns a
//! cheap view over the image bytes:
//!
//! * [`header`]: the header, flags and section kinds;
//! * [`native`]: NativeFormat integers, arrays, hashtables, nibble streams;
//! * [`entrypoints`]: MethodDef and instantiation entry points and their fixup lists;
//! * [`imports`] and [`fixups`]: import sections, cells and their decoded signatures;
//! * [`runtime_functions`] and [`unwind`]: code ranges and x64 unwind info;
//! * [`eh`]: exception clauses;
//! * [`maps`]: composite components, manifest MVIDs, module-override rules, small maps;
//! * [`dump`]: textual dumps of all of the above (token level);
//! * [`names`]: fixups rendered with metadata names;
//! * [`walk`]: a full traversal collecting counts and errors.

pub mod dump;
pub mod eh;
pub mod entrypoints;
pub mod fixups;
pub mod header;
pub mod ids;
pub mod imports;
pub mod maps;
pub mod names;
pub mod native;
pub mod runtime_functions;
pub mod unwind;
pub mod walk;

pub use entrypoints::{FixupList, InstanceEntryPoint, InstanceMethodEntryPoints, MethodDefEntryPoints, MethodEntryPoint};
pub use fixups::{Fixup, FixupContext, FixupKind, FixupPayload, InstructionSet, ReadyToRunHelper};
pub use header::{CoreHeader, Header, R2RFlags, SectionEntry, SectionKind};
pub use ids::{ImportCell, ImportSectionIndex, ImportSlot, ModuleIndex, RuntimeFunctionIndex};
pub use imports::{ImportSection, Imports};
pub use maps::{ComponentAssembly, ModuleOverrideRules, ModuleTarget};
pub use runtime_functions::{IndexSet, RuntimeFunction, RuntimeFunctions};

use crate::bytes::{Bytes, Cursor};
use crate::cli::CliHeader;
use crate::error::{ImageError, Result};
use crate::pe::{DataDirectory, PeFile, PeKind, Rva};
use eh::ExceptionInfo;
use maps::{EnclosingTypeMap, HotColdMap, ManifestAssemblyMvids, MethodIsGenericMap, TypeGenericInfoMap};

/// The default name of the export that locates the header of a composite image.
pub const RTR_HEADER_EXPORT: &str = "RTR_HEADER";

/// How the header was found.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum HeaderSource {
    /// Through the CLI header's `ManagedNativeHeader` (single-file images, component stubs).
    ManagedNativeHeader,
    /// Through a named export (composite images).
    Export(String),
}

/// Upper bound on component assemblies of one composite image.
pub const MAX_COMPONENTS: usize = 65536;

/// A ReadyToRun image: the PE file plus its parsed header.
#[derive(Clone, Debug)]
pub struct ReadyToRun<'a> {
    pe: PeFile<'a>,
    header: Header,
    source: HeaderSource,
}

impl<'a> ReadyToRun<'a> {
    /// Opens the header through the CLI header's `ManagedNativeHeader`, falling back to the
    /// `RTR_HEADER` export. `Ok(None)` for an IL-only image.
    pub fn from_pe(pe: &PeFile<'a>, cli: &CliHeader) -> Result<Option<ReadyToRun<'a>>> {
        if !cli.managed_native_header.is_empty() {
            let header = Header::read(pe, cli.managed_native_header.rva)?;
            return Ok(Some(ReadyToRun { pe: pe.clone(), header, source: HeaderSource::ManagedNativeHeader }));
        }
        Self::from_export(pe, RTR_HEADER_EXPORT)
    }

    /// Opens the header through the export `name` (composite images; crossgen2's
    /// `--rtr-header-symbol-name` changes it). `Ok(None)` when there is no such export.
    pub fn from_export(pe: &PeFile<'a>, name: &str) -> Result<Option<ReadyToRun<'a>>> {
        let Some(e) = pe.exports()?.into_iter().find(|e| e.name == name) else { return Ok(None) };
        let header = Header::read(pe, e.rva)?;
        Ok(Some(ReadyToRun { pe: pe.clone(), header, source: HeaderSource::Export(name.to_string()) }))
    }

    /// Opens whatever header the image has: through its CLI header when it has one, else
    /// through `RTR_HEADER`.
    pub fn open(pe: &PeFile<'a>) -> Result<Option<ReadyToRun<'a>>> {
        match CliHeader::read(pe)? {
            Some(cli) => Self::from_pe(pe, &cli),
            None => Self::from_export(pe, RTR_HEADER_EXPORT),
        }
    }

    /// The PE file.
    pub fn pe(&self) -> &PeFile<'a> {
        &self.pe
    }

    /// The main header.
    pub fn header(&self) -> &Header {
        &self.header
    }

    /// How the header was found.
    pub fn source(&self) -> &HeaderSource {
        &self.source
    }

    /// `MajorVersion`.
    pub fn major_version(&self) -> u16 {
        self.header.major_version
    }

    /// `MinorVersion`.
    pub fn minor_version(&self) -> u16 {
        self.header.minor_version
    }

    /// The main header's flags.
    pub fn flags(&self) -> R2RFlags {
        self.header.core.flags
    }

    /// The main header's section directory.
    pub fn sections(&self) -> &[SectionEntry] {
        &self.header.core.sections
    }

    /// The main header's entry for `kind`.
    pub fn section(&self, kind: SectionKind) -> Option<SectionEntry> {
        self.header.core.section(kind)
    }

    /// The bytes of a section.
    pub fn section_bytes(&self, s: SectionEntry) -> Result<Bytes<'a>> {
        self.pe.directory_bytes(s.directory()).map_err(|e| e.context(&format!("section {}", s.kind)))
    }

    fn bytes_of(&self, core: &CoreHeader, kind: SectionKind) -> Result<Option<Bytes<'a>>> {
        core.section(kind).map(|s| self.section_bytes(s)).transpose()
    }

    fn required(&self, kind: SectionKind) -> Result<Bytes<'a>> {
        let s = self.section(kind).ok_or_else(|| ImageError::bad(self.header.file_offset, format!("required section {kind} is missing")))?;
        self.section_bytes(s)
    }

    /// True for a composite image (it lists component assemblies).
    pub fn is_composite(&self) -> bool {
        self.section(SectionKind::ComponentAssemblies).is_some()
    }

    /// True for a component stub: a rewritten IL assembly whose code is in a composite image.
    pub fn is_component_stub(&self) -> bool {
        self.flags().has(R2RFlags::COMPONENT) || self.section(SectionKind::OwnerCompositeExecutable).is_some()
    }

    /// The parameters fixup signatures need (pointer size from the PE kind).
    pub fn fixup_context(&self) -> FixupContext {
        FixupContext { pointer_size: if self.pe.kind == PeKind::Pe32Plus { 8 } else { 4 } }
    }

    /// CompilerIdentifier, e.g. `Crossgen2 …`.
    pub fn compiler_identifier(&self) -> Result<Option<&'a str>> {
        self.bytes_of(&self.header.core, SectionKind::CompilerIdentifier)?.map(maps::section_text).transpose()
    }

    /// OwnerCompositeExecutable (component stubs): the composite image's file name.
    pub fn owner_composite_executable(&self) -> Result<Option<&'a str>> {
        self.bytes_of(&self.header.core, SectionKind::OwnerCompositeExecutable)?.map(maps::section_text).transpose()
    }

    /// The component assemblies of a composite image, each with its core header.
    pub fn components(&self) -> Result<Vec<ComponentAssembly>> {
        let Some(b) = self.bytes_of(&self.header.core, SectionKind::ComponentAssemblies)? else { return Ok(Vec::new()) };
        let n = b.len() / 16;
        if n > MAX_COMPONENTS {
            return Err(ImageError::limit(format!("{n} component assemblies (limit {MAX_COMPONENTS})")));
        }
        let mut c = Cursor::new(b);
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            let cor_header = DataDirectory::read(&mut c)?;
            let core_header_dir = DataDirectory::read(&mut c)?;
            let core = CoreHeader::read(&self.pe, core_header_dir.rva).map_err(|e| e.context(&format!("component assembly {}", i + 1)))?;
            out.push(ComponentAssembly { index: i as u32 + 1, cor_header, core_header_dir, core });
        }
        Ok(out)
    }

    /// The ManifestMetadata bytes (an ECMA-335 metadata root), for the metadata reader.
    pub fn manifest_metadata(&self) -> Result<Option<Bytes<'a>>> {
        self.bytes_of(&self.header.core, SectionKind::ManifestMetadata)
    }

    /// ManifestAssemblyMvids.
    pub fn manifest_assembly_mvids(&self) -> Result<Option<ManifestAssemblyMvids<'a>>> {
        self.bytes_of(&self.header.core, SectionKind::ManifestAssemblyMvids)?.map(ManifestAssemblyMvids::new).transpose()
    }

    /// The module-override rules of this image, given the AssemblyRef row count of its IL
    /// metadata (ignored, i.e. 0, for composite images).
    pub fn module_override_rules(&self, il_assembly_refs: u32) -> ModuleOverrideRules {
        let ilar = if self.is_composite() { 0 } else { il_assembly_refs };
        ModuleOverrideRules::new(ilar, self.major_version(), self.minor_version())
    }

    /// The import sections (required).
    pub fn imports(&self) -> Result<Imports<'a>> {
        let s = self.section(SectionKind::ImportSections).ok_or_else(|| ImageError::bad(self.header.file_offset, "required section ImportSections is missing"))?;
        Imports::read(&self.pe, s.directory(), self.fixup_context())
    }

    /// The runtime functions (required).
    pub fn runtime_functions(&self) -> Result<RuntimeFunctions<'a>> {
        Ok(RuntimeFunctions::new(self.required(SectionKind::RuntimeFunctions)?))
    }

    /// MethodDefEntryPoints of the main header (single-file images).
    pub fn method_def_entry_points(&self) -> Result<Option<MethodDefEntryPoints<'a>>> {
        self.method_def_entry_points_in(&self.header.core)
    }

    /// MethodDefEntryPoints of a core header (a component's, for composite images).
    pub fn method_def_entry_points_in(&self, core: &CoreHeader) -> Result<Option<MethodDefEntryPoints<'a>>> {
        self.bytes_of(core, SectionKind::MethodDefEntryPoints)?.map(MethodDefEntryPoints::new).transpose()
    }

    /// InstanceMethodEntryPoints.
    pub fn instance_entry_points(&self) -> Result<Option<InstanceMethodEntryPoints<'a>>> {
        self.bytes_of(&self.header.core, SectionKind::InstanceMethodEntryPoints)?.map(InstanceMethodEntryPoints::new).transpose()
    }

    /// ExceptionInfo (absent when no method has EH clauses).
    pub fn exception_info(&self) -> Result<Option<ExceptionInfo<'a>>> {
        self.bytes_of(&self.header.core, SectionKind::ExceptionInfo)?.map(ExceptionInfo::new).transpose()
    }

    /// HotColdMap (only with hot/cold splitting).
    pub fn hot_cold_map(&self) -> Result<Option<HotColdMap<'a>>> {
        self.bytes_of(&self.header.core, SectionKind::HotColdMap)?.map(HotColdMap::new).transpose()
    }

    /// MethodIsGenericMap of a core header.
    pub fn method_is_generic_map_in(&self, core: &CoreHeader) -> Result<Option<MethodIsGenericMap<'a>>> {
        self.bytes_of(core, SectionKind::MethodIsGenericMap)?.map(MethodIsGenericMap::new).transpose()
    }

    /// EnclosingTypeMap of a core header.
    pub fn enclosing_type_map_in(&self, core: &CoreHeader) -> Result<Option<EnclosingTypeMap<'a>>> {
        self.bytes_of(core, SectionKind::EnclosingTypeMap)?.map(EnclosingTypeMap::new).transpose()
    }

    /// TypeGenericInfoMap of a core header.
    pub fn type_generic_info_map_in(&self, core: &CoreHeader) -> Result<Option<TypeGenericInfoMap<'a>>> {
        self.bytes_of(core, SectionKind::TypeGenericInfoMap)?.map(TypeGenericInfoMap::new).transpose()
    }

    /// The core headers holding assembly-scope sections: the main one for a single-file
    /// image, each component's for a composite image.
    pub fn assembly_core_headers(&self) -> Result<Vec<CoreHeader>> {
        if self.is_composite() { Ok(self.components()?.into_iter().map(|c| c.core).collect()) } else { Ok(vec![self.header.core.clone()]) }
    }

    /// The runtime-function indices at which a method's extent ends: every method entry
    /// (MethodDef and instantiation entry points of every assembly) and every cold part.
    pub fn extent_boundaries(&self) -> Result<IndexSet> {
        let rf = self.runtime_functions()?;
        let mut set = IndexSet::with_len(rf.len());
        for core in self.assembly_core_headers()? {
            if let Some(t) = self.method_def_entry_points_in(&core)? {
                for e in t.iter() {
                    set.insert(e?.1.runtime_function);
                }
            }
        }
        if let Some(t) = self.instance_entry_points()? {
            for e in t.iter() {
                set.insert(e?.entry.runtime_function);
            }
        }
        if let Some(h) = self.hot_cold_map()? {
            for p in h.iter() {
                set.insert(p?.0);
            }
        }
        Ok(set)
    }

    /// The delay-load thunk range (DelayLoadMethodCallThunks), if present.
    pub fn delay_load_thunks(&self) -> Option<(Rva, u32)> {
        self.section(SectionKind::DelayLoadMethodCallThunks).map(|s| (s.rva, s.size))
    }
}

//! The data `r2rhost inspect` reports: plain structs, serializable to JSON, rendered as
//! text by [`super::text`].

use serde::Serialize;

use super::disasm::DisasmLine;
pub use crate::r2r::policy::{Check, ImageDecision};

/// Everything `inspect` found in one file.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Report {
    /// The path as given.
    pub file: String,
    /// File size in bytes.
    pub file_size: u64,
    /// PE container summary.
    pub pe: PeSummary,
    /// CLI header, if the file is a managed image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cli: Option<CliSummary>,
    /// Assembly identity and references, if the metadata has an Assembly row.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assembly: Option<AssemblySummary>,
    /// ReadyToRun header summary, if the file is an R2R image or a component stub.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r2r: Option<R2rSummary>,
    /// What this host will do with the file's native code, and why.
    pub decision: ImageDecision,
    /// Methods with native code vs methods with IL bodies.
    pub coverage: Coverage,
    /// Per-method details (possibly filtered).
    pub methods: Vec<MethodReport>,
    /// Problems found while reading parts of the file; the rest of the report stands.
    pub errors: Vec<String>,
}

/// The PE container.
#[derive(Clone, Debug, Default, Serialize)]
pub struct PeSummary {
    /// `PE32` or `PE32+`.
    pub kind: String,
    /// The machine field and its decoding.
    pub machine: String,
    /// Preferred image base.
    pub image_base: u64,
    /// Size once mapped.
    pub size_of_image: u32,
    /// Section table.
    pub sections: Vec<PeSection>,
}

/// One PE section.
#[derive(Clone, Debug, Serialize)]
pub struct PeSection {
    /// Name.
    pub name: String,
    /// RVA.
    pub rva: u32,
    /// Size once mapped.
    pub virtual_size: u32,
    /// File offset of the raw data.
    pub raw_offset: u32,
    /// Size of the raw data.
    pub raw_size: u32,
    /// Characteristics flags.
    pub characteristics: u32,
}

/// The CLI header.
#[derive(Clone, Debug, Default, Serialize)]
pub struct CliSummary {
    /// `major.minor` runtime version of the header.
    pub runtime_version: String,
    /// Names of the set `COMIMAGE_FLAGS_*`.
    pub flags: Vec<String>,
    /// The entry point, as a name when it resolves.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry_point: Option<String>,
    /// Metadata version string (e.g. `v4.0.30319`).
    pub metadata_version: String,
}

/// Assembly identity.
#[derive(Clone, Debug, Default, Serialize)]
pub struct AssemblySummary {
    /// Display name.
    pub name: String,
    /// Referenced assemblies (display names).
    pub references: Vec<String>,
}

/// The ReadyToRun header.
#[derive(Clone, Debug, Default, Serialize)]
pub struct R2rSummary {
    /// `major.minor`.
    pub version: String,
    /// Flag names.
    pub flags: Vec<String>,
    /// CompilerIdentifier section.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compiler: Option<String>,
    /// How the header was found (`ManagedNativeHeader` or an export).
    pub header_source: String,
    /// The section directory.
    pub sections: Vec<R2rSection>,
    /// Import sections.
    pub import_sections: Vec<ImportSectionSummary>,
    /// For a composite image: its components.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<String>,
    /// For a component stub: the composite image that holds its code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_composite: Option<String>,
    /// Runtime functions (method bodies and funclets).
    pub runtime_functions: u32,
}

/// One entry of the R2R section directory.
#[derive(Clone, Debug, Serialize)]
pub struct R2rSection {
    /// Numeric id.
    pub id: u32,
    /// Name (`Unknown` for ids this reader does not know; they are skipped).
    pub name: String,
    /// RVA.
    pub rva: u32,
    /// Size.
    pub size: u32,
}

/// One import section.
#[derive(Clone, Debug, Serialize)]
pub struct ImportSectionSummary {
    /// Position in the import-section table.
    pub index: u32,
    /// The name crossgen2 gives sections of this shape.
    pub role: String,
    /// Flag names.
    pub flags: Vec<String>,
    /// Section type.
    pub section_type: String,
    /// Number of cells.
    pub cells: u32,
    /// RVA of the first cell.
    pub rva: u32,
}

/// Native code vs IL, overall and per type.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Coverage {
    /// MethodDefs with an IL body.
    pub il_methods: u32,
    /// MethodDefs with an IL body and R2R code.
    pub compiled_methods: u32,
    /// MethodDefs with R2R code (with or without IL).
    pub r2r_methods: u32,
    /// Compiled generic instantiations (InstanceMethodEntryPoints).
    pub instantiations: u32,
    /// Per type, in metadata order (types with no methods are omitted).
    pub types: Vec<TypeCoverage>,
}

/// Coverage of one type.
#[derive(Clone, Debug, Serialize)]
pub struct TypeCoverage {
    /// Type name.
    pub name: String,
    /// Methods with IL bodies.
    pub il_methods: u32,
    /// Of those, methods with R2R code.
    pub compiled_methods: u32,
}

/// One method.
#[derive(Clone, Debug, Default, Serialize)]
pub struct MethodReport {
    /// MethodDef token (`06000001`), empty for a generic instantiation.
    pub token: String,
    /// Readable name with parameter types.
    pub name: String,
    /// Size of the IL code in bytes, when the method has an IL body.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub il_size: Option<u32>,
    /// The R2R code, when the image has some for this method.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub native: Option<NativeCode>,
    /// What the host will run for this method, and why.
    pub decision: String,
}

/// A method's native code in the image.
#[derive(Clone, Debug, Default, Serialize)]
pub struct NativeCode {
    /// RVA of the entry point.
    pub rva: u32,
    /// Total bytes of the main body, its funclets and a cold part.
    pub size: u32,
    /// Runtime functions: the main body first, then funclets, then a cold part.
    pub runtime_functions: Vec<RuntimeFunctionReport>,
    /// The method's fixup list, decoded.
    pub fixups: Vec<FixupReport>,
    /// EH clauses.
    pub eh_clauses: Vec<String>,
    /// Disassembly, when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disasm: Option<Vec<DisasmLine>>,
    /// Problems decoding this method's parts.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<String>,
}

/// One runtime function of a method.
#[derive(Clone, Debug, Serialize)]
pub struct RuntimeFunctionReport {
    /// Index in the RuntimeFunctions table.
    pub index: u32,
    /// `main`, `funclet` or `cold`.
    pub role: String,
    /// Start RVA.
    pub begin: u32,
    /// End RVA (exclusive).
    pub end: u32,
    /// Unwind info: header line then one line per code.
    pub unwind: Vec<String>,
}

/// One fixup of a method's fixup list.
#[derive(Clone, Debug, Serialize)]
pub struct FixupReport {
    /// Import section and slot.
    pub cell: String,
    /// RVA of the cell.
    pub cell_rva: u32,
    /// The fixup kind.
    pub kind: String,
    /// The fixup rendered with names.
    pub text: String,
}

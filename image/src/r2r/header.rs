//! `READYTORUN_HEADER`, `READYTORUN_CORE_HEADER` and the section directory (reference §1.2–1.6).

use std::fmt;

use crate::bytes::{Bytes, Cursor};
use crate::error::{ImageError, Result};
use crate::pe::{DataDirectory, PeFile, Rva};

/// `READYTORUN_SIGNATURE`: the bytes "RTR\0".
pub const READYTORUN_SIGNATURE: u32 = 0x0052_5452;

/// `READYTORUN_FLAG_*` bits of a (core) header.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct R2RFlags(pub u32);

impl R2RFlags {
    /// The source IL assembly was platform-neutral (AnyCPU).
    pub const PLATFORM_NEUTRAL_SOURCE: u32 = 0x0000_0001;
    /// The runtime may trust the type metadata of this module (also documented as
    /// "composite" in older format docs; do not use it to detect composites).
    pub const SKIP_TYPE_VALIDATION: u32 = 0x0000_0002;
    /// Only some methods have code (chosen by profile).
    pub const PARTIAL: u32 = 0x0000_0004;
    /// P/Invoke stubs compiled into the image are not shareable.
    pub const NONSHARED_PINVOKE_STUBS: u32 = 0x0000_0008;
    /// Input MSIL is embedded in a composite image.
    pub const EMBEDDED_MSIL: u32 = 0x0000_0010;
    /// This header describes a component assembly of a composite image.
    pub const COMPONENT: u32 = 0x0000_0020;
    /// The version bubble contains several modules (`--inputbubble`).
    pub const MULTIMODULE_VERSION_BUBBLE: u32 = 0x0000_0040;
    /// The image holds code that would naturally live in another module.
    pub const UNRELATED_R2R_CODE: u32 = 0x0000_0080;
    /// The owning composite image is in a platform-native envelope.
    pub const PLATFORM_NATIVE_IMAGE: u32 = 0x0000_0100;

    const NAMES: [(u32, &'static str); 9] = [
        (Self::PLATFORM_NEUTRAL_SOURCE, "PLATFORM_NEUTRAL_SOURCE"),
        (Self::SKIP_TYPE_VALIDATION, "SKIP_TYPE_VALIDATION"),
        (Self::PARTIAL, "PARTIAL"),
        (Self::NONSHARED_PINVOKE_STUBS, "NONSHARED_PINVOKE_STUBS"),
        (Self::EMBEDDED_MSIL, "EMBEDDED_MSIL"),
        (Self::COMPONENT, "COMPONENT"),
        (Self::MULTIMODULE_VERSION_BUBBLE, "MULTIMODULE_VERSION_BUBBLE"),
        (Self::UNRELATED_R2R_CODE, "UNRELATED_R2R_CODE"),
        (Self::PLATFORM_NATIVE_IMAGE, "PLATFORM_NATIVE_IMAGE"),
    ];

    /// True when every bit of `flag` is set.
    pub fn has(self, flag: u32) -> bool {
        self.0 & flag == flag
    }

    /// Names of the set bits (unknown bits are rendered in hex).
    pub fn names(self) -> Vec<String> {
        let mut out: Vec<String> = Self::NAMES.iter().filter(|(b, _)| self.0 & b != 0).map(|(_, n)| (*n).to_string()).collect();
        let known = Self::NAMES.iter().fold(0, |a, (b, _)| a | b);
        if self.0 & !known != 0 {
            out.push(format!("{:#x}", self.0 & !known));
        }
        out
    }
}

impl fmt::Debug for R2RFlags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:#x} [{}]", self.0, self.names().join(" | "))
    }
}

impl fmt::Display for R2RFlags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

macro_rules! section_kinds {
    ($($name:ident = $id:literal : $doc:literal),* $(,)?) => {
        /// `ReadyToRunSectionType`: what a directory entry of the (core) header describes.
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        pub enum SectionKind {
            $(#[doc = $doc] $name,)*
            /// An id this crate does not know; such sections are skipped.
            Unknown(u32),
        }

        impl SectionKind {
            /// Every known kind, in id order.
            pub const KNOWN: &'static [SectionKind] = &[$(SectionKind::$name),*];

            /// The kind for a section id.
            pub fn from_id(id: u32) -> SectionKind {
                match id {
                    $($id => SectionKind::$name,)*
                    other => SectionKind::Unknown(other),
                }
            }

            /// The numeric id.
            pub fn id(self) -> u32 {
                match self {
                    $(SectionKind::$name => $id,)*
                    SectionKind::Unknown(id) => id,
                }
            }

            /// The name used in `readytorun.h`.
            pub fn name(self) -> &'static str {
                match self {
                    $(SectionKind::$name => stringify!($name),)*
                    SectionKind::Unknown(_) => "Unknown",
                }
            }
        }
    };
}

section_kinds! {
    CompilerIdentifier = 100: "NUL-terminated compiler name and version.",
    ImportSections = 101: "The `READYTORUN_IMPORT_SECTION` table.",
    RuntimeFunctions = 102: "The sorted `RUNTIME_FUNCTION` array.",
    MethodDefEntryPoints = 103: "NativeArray: MethodDef RID − 1 → entry point and fixups.",
    ExceptionInfo = 104: "Method start → EH clauses lookup table.",
    DebugInfo = 105: "NativeArray: runtime function → debug info.",
    DelayLoadMethodCallThunks = 106: "RVA range of the delay-load thunks.",
    AvailableTypesOld = 107: "Obsolete format of AvailableTypes.",
    AvailableTypes = 108: "NativeHashtable of the types defined or exported.",
    InstanceMethodEntryPoints = 109: "NativeHashtable of compiled generic instantiations.",
    InliningInfo = 110: "Inlining information (v2.1, deprecated in v4.1).",
    ProfileDataInfo = 111: "Profile data (v2.2).",
    ManifestMetadata = 112: "Extra ECMA-335 metadata whose AssemblyRefs extend module-override indices.",
    AttributePresence = 113: "Cuckoo filter of custom-attribute presence.",
    InliningInfo2 = 114: "Inlinee → inliners table (v4.1).",
    ComponentAssemblies = 115: "Composite images: one entry per component assembly.",
    OwnerCompositeExecutable = 116: "Component stubs: file name of the owning composite image.",
    PgoInstrumentationData = 117: "Embedded PGO data (v5.2).",
    ManifestAssemblyMvids = 118: "One 16-byte MVID per manifest AssemblyRef (v5.3).",
    CrossModuleInlineInfo = 119: "Cross-module inlining information (v6.2).",
    HotColdMap = 120: "Pairs (cold runtime function, hot runtime function) (v8.0).",
    MethodIsGenericMap = 121: "Bit vector: MethodDef has generic parameters (v9.0).",
    EnclosingTypeMap = 122: "Per TypeDef: enclosing TypeDef RID (v9.0).",
    TypeGenericInfoMap = 123: "Per TypeDef: generic-parameter info nibble (v9.0).",
}

impl fmt::Display for SectionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SectionKind::Unknown(id) => write!(f, "Unknown({id})"),
            k => f.write_str(k.name()),
        }
    }
}

/// One `READYTORUN_SECTION` directory entry.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct SectionEntry {
    /// What the section holds.
    pub kind: SectionKind,
    /// Where it is.
    pub rva: Rva,
    /// Its size in bytes.
    pub size: u32,
}

impl SectionEntry {
    /// The section as a data directory.
    pub fn directory(&self) -> DataDirectory {
        DataDirectory { rva: self.rva, size: self.size }
    }
}

/// Upper bound on the number of sections of one header. Real images have about 20; the
/// bound only keeps garbage counts from turning into large allocations.
pub const MAX_SECTIONS: u32 = 4096;

/// A `READYTORUN_CORE_HEADER`: flags and the section directory. The image's main header
/// has one, and so does each component assembly of a composite image.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct CoreHeader {
    /// Where the core header starts.
    pub rva: Rva,
    /// File offset of the core header.
    pub file_offset: u64,
    /// `READYTORUN_FLAG_*`.
    pub flags: R2RFlags,
    /// The directory, in file order (the format requires ascending ids).
    pub sections: Vec<SectionEntry>,
}

impl CoreHeader {
    /// Reads a core header (flags, count, sections) at `rva`.
    pub fn read(pe: &PeFile<'_>, rva: Rva) -> Result<CoreHeader> {
        let bytes = pe.at_rva(rva).map_err(|e| e.context("ReadyToRun core header"))?;
        Self::read_from(bytes, rva)
    }

    fn read_from(bytes: Bytes<'_>, rva: Rva) -> Result<CoreHeader> {
        let flags = R2RFlags(bytes.u32(0)?);
        let count = bytes.u32(4)?;
        if count > MAX_SECTIONS {
            return Err(ImageError::limit(format!("ReadyToRun header at file offset {:#x} declares {count} sections (limit {MAX_SECTIONS})", bytes.base())));
        }
        let table = bytes.slice(8, count as usize * 12)?;
        let mut c = Cursor::new(table);
        let mut sections = Vec::with_capacity(count as usize);
        for _ in 0..count {
            let at = c.pos();
            let id = c.u32()?;
            let dir = DataDirectory::read(&mut c)?;
            let kind = SectionKind::from_id(id);
            if let Some(prev) = sections.last().map(|s: &SectionEntry| s.kind.id())
                && prev >= id
            {
                return Err(table.bad(at, format!("section ids not ascending ({prev} then {id})")));
            }
            sections.push(SectionEntry { kind, rva: dir.rva, size: dir.size });
        }
        Ok(CoreHeader { rva, file_offset: bytes.base(), flags, sections })
    }

    /// The entry for `kind`, if present.
    pub fn section(&self, kind: SectionKind) -> Option<SectionEntry> {
        self.sections.iter().find(|s| s.kind == kind).copied()
    }

    /// The sections whose ids are not known to this crate.
    pub fn unknown_sections(&self) -> impl Iterator<Item = &SectionEntry> {
        self.sections.iter().filter(|s| matches!(s.kind, SectionKind::Unknown(_)))
    }
}

/// The main `READYTORUN_HEADER`: signature, version and the image's core header.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Header {
    /// RVA of the header.
    pub rva: Rva,
    /// File offset of the header.
    pub file_offset: u64,
    /// `MajorVersion`.
    pub major_version: u16,
    /// `MinorVersion`.
    pub minor_version: u16,
    /// Flags and sections.
    pub core: CoreHeader,
}

impl Header {
    /// Reads and validates the header at `rva`.
    pub fn read(pe: &PeFile<'_>, rva: Rva) -> Result<Header> {
        let bytes = pe.at_rva(rva).map_err(|e| e.context("ReadyToRun header"))?;
        let sig = bytes.u32(0)?;
        if sig != READYTORUN_SIGNATURE {
            return Err(bytes.bad(0, format!("ReadyToRun signature {sig:#010x}, expected {READYTORUN_SIGNATURE:#010x} (\"RTR\")")));
        }
        let major_version = bytes.u16(4)?;
        let minor_version = bytes.u16(6)?;
        let core_rva = rva.checked_add(8).ok_or_else(|| bytes.bad(0, "header RVA overflows"))?;
        let core = CoreHeader::read_from(bytes.tail(8)?, core_rva)?;
        Ok(Header { rva, file_offset: bytes.base(), major_version, minor_version, core })
    }

    /// True when the header's version is at least `major.minor`.
    pub fn version_at_least(&self, major: u16, minor: u16) -> bool {
        (self.major_version, self.minor_version) >= (major, minor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_kinds_round_trip() {
        for k in SectionKind::KNOWN {
            assert_eq!(SectionKind::from_id(k.id()), *k);
        }
        assert_eq!(SectionKind::KNOWN.len(), 24);
        assert_eq!(SectionKind::from_id(124), SectionKind::Unknown(124));
        assert_eq!(SectionKind::from_id(99).id(), 99);
        assert_eq!(SectionKind::TypeGenericInfoMap.id(), 123);
    }

    #[test]
    fn core_header_checks_count_and_order() {
        let mut b = vec![0x4b, 0, 0, 0, 2, 0, 0, 0];
        for (id, rva) in [(100u32, 0x1000u32), (102, 0x2000)] {
            b.extend_from_slice(&id.to_le_bytes());
            b.extend_from_slice(&rva.to_le_bytes());
            b.extend_from_slice(&16u32.to_le_bytes());
        }
        let h = CoreHeader::read_from(Bytes::new(&b), Rva(0)).unwrap();
        assert_eq!(h.sections.len(), 2);
        assert_eq!(h.section(SectionKind::RuntimeFunctions).unwrap().rva, Rva(0x2000));
        assert!(h.flags.has(R2RFlags::MULTIMODULE_VERSION_BUBBLE));
        // Swap order -> error.
        let mut bad = b.clone();
        bad[8..12].copy_from_slice(&103u32.to_le_bytes());
        assert!(CoreHeader::read_from(Bytes::new(&bad), Rva(0)).is_err());
        // Truncated.
        assert!(CoreHeader::read_from(Bytes::new(&b[..30]), Rva(0)).is_err());
        // Huge count -> limit, no allocation.
        let mut huge = b.clone();
        huge[4..8].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(matches!(CoreHeader::read_from(Bytes::new(&huge), Rva(0)), Err(ImageError::Limit { .. })));
    }

    #[test]
    fn flag_names() {
        assert_eq!(R2RFlags(0x4b).names(), ["PLATFORM_NEUTRAL_SOURCE", "SKIP_TYPE_VALIDATION", "NONSHARED_PINVOKE_STUBS", "MULTIMODULE_VERSION_BUBBLE"]);
        assert_eq!(R2RFlags(0x1000).names(), ["0x1000"]);
    }
}

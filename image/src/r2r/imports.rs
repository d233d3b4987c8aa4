//! The import-section table (section 101) and its cells (reference §4.1–4.2).
//!
//! Every external reference of native code goes through a pointer-sized cell of an import
//! section; each cell has a fixup signature, found through the section's parallel array of
//! signature RVAs.

use std::fmt;

use crate::bytes::{Bytes, Cursor};
use crate::error::{ImageError, Result};
use crate::pe::{DataDirectory, PeFile, Rva};
use crate::r2r::fixups::{Fixup, FixupContext, FixupKind, peek_kind};
use crate::r2r::ids::{ImportCell, ImportSectionIndex, ImportSlot, ModuleIndex};

/// `ReadyToRunImportSectionFlags`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ImportSectionFlags(pub u16);

impl ImportSectionFlags {
    /// Filled when the image loads.
    pub const EAGER: u16 = 0x0001;
    /// The cells hold code pointers.
    pub const PCODE: u16 = 0x0004;

    /// True when `flag` is set.
    pub fn has(self, flag: u16) -> bool {
        self.0 & flag != 0
    }

    /// Names of the set bits (unknown bits in hex).
    pub fn names(self) -> Vec<String> {
        let mut v = Vec::new();
        if self.has(Self::EAGER) {
            v.push("Eager".to_string());
        }
        if self.has(Self::PCODE) {
            v.push("PCode".to_string());
        }
        let rest = self.0 & !(Self::EAGER | Self::PCODE);
        if rest != 0 {
            v.push(format!("{rest:#x}"));
        }
        v
    }
}

impl fmt::Debug for ImportSectionFlags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 == 0 {
            return f.write_str("None");
        }
        f.write_str(&self.names().join(" | "))
    }
}

/// `ReadyToRunImportSectionType`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ImportSectionType {
    /// 0: no particular type.
    Unknown,
    /// 2: call cells with GC ref maps (method calls, virtual stub dispatch).
    StubDispatch,
    /// 3: string literals.
    StringHandle,
    /// 7: IL-body fixups.
    IlBodyFixups,
    /// Another value.
    Other(u8),
}

impl ImportSectionType {
    /// Decodes the type byte.
    pub fn from_u8(v: u8) -> ImportSectionType {
        match v {
            0 => ImportSectionType::Unknown,
            2 => ImportSectionType::StubDispatch,
            3 => ImportSectionType::StringHandle,
            7 => ImportSectionType::IlBodyFixups,
            o => ImportSectionType::Other(o),
        }
    }
}

/// One `READYTORUN_IMPORT_SECTION` (20 bytes).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ImportSection {
    /// Position in the table.
    pub index: ImportSectionIndex,
    /// The cell array.
    pub cells: DataDirectory,
    /// Flags.
    pub flags: ImportSectionFlags,
    /// Type.
    pub kind: ImportSectionType,
    /// Bytes per cell (8 on x64).
    pub entry_size: u8,
    /// RVA of the `u32[]` of signature RVAs parallel to the cells (0 = none).
    pub signatures: Rva,
    /// RVA of auxiliary data (GC ref maps of call sections), 0 if none.
    pub auxiliary_data: Rva,
}

impl ImportSection {
    /// Number of cells (`size / entry_size`; 0 when the entry size is 0).
    pub fn cell_count(&self) -> u32 {
        if self.entry_size == 0 { 0 } else { self.cells.size / u32::from(self.entry_size) }
    }

    /// RVA of cell `slot`, if it exists.
    pub fn cell_rva(&self, slot: ImportSlot) -> Option<Rva> {
        if slot.0 >= self.cell_count() {
            return None;
        }
        self.cells.rva.checked_add(slot.0.checked_mul(u32::from(self.entry_size))?)
    }

    /// The slot of the cell at `rva`, if it falls on a cell boundary of this section.
    pub fn slot_of(&self, rva: Rva) -> Option<ImportSlot> {
        let d = rva.0.checked_sub(self.cells.rva.0)?;
        let es = u32::from(self.entry_size);
        if es == 0 || d % es != 0 || d / es >= self.cell_count() {
            return None;
        }
        Some(ImportSlot(d / es))
    }
}

/// Upper bound on import sections (real images have 7–8).
pub const MAX_IMPORT_SECTIONS: usize = 1024;

/// The decoded import-section table plus what is needed to read cell signatures.
#[derive(Clone, Debug)]
pub struct Imports<'a> {
    pe: PeFile<'a>,
    sections: Vec<ImportSection>,
    /// Per section: the signature-RVA array (empty when the section has none).
    signature_arrays: Vec<Bytes<'a>>,
    ctx: FixupContext,
}

impl<'a> Imports<'a> {
    /// Reads the table in `dir` (the ImportSections section).
    pub fn read(pe: &PeFile<'a>, dir: DataDirectory, ctx: FixupContext) -> Result<Imports<'a>> {
        let bytes = pe.directory_bytes(dir).map_err(|e| e.context("import sections"))?;
        let n = bytes.len() / 20;
        if n > MAX_IMPORT_SECTIONS {
            return Err(ImageError::limit(format!("{n} import sections (limit {MAX_IMPORT_SECTIONS})")));
        }
        let mut c = Cursor::new(bytes);
        let mut sections = Vec::with_capacity(n);
        let mut signature_arrays = Vec::with_capacity(n);
        for i in 0..n {
            let at = c.pos();
            let cells = DataDirectory::read(&mut c)?;
            let flags = ImportSectionFlags(c.u16()?);
            let kind = ImportSectionType::from_u8(c.u8()?);
            let entry_size = c.u8()?;
            let signatures = Rva(c.u32()?);
            let auxiliary_data = Rva(c.u32()?);
            let s = ImportSection { index: ImportSectionIndex(i as u32), cells, flags, kind, entry_size, signatures, auxiliary_data };
            if entry_size == 0 && cells.size != 0 {
                return Err(bytes.bad(at, "import section with entry size 0"));
            }
            // The cells must exist in the file: this bounds every cell count by the file size.
            pe.slice_rva(cells.rva, cells.size).map_err(|e| e.context(&format!("cells of import section {i}")))?;
            let sigs = if signatures.0 == 0 || s.cell_count() == 0 {
                Bytes::new(&[])
            } else {
                let len = s.cell_count().checked_mul(4).ok_or_else(|| bytes.bad(at, "import section too large"))?;
                pe.slice_rva(signatures, len).map_err(|e| e.context(&format!("signatures of import section {i}")))?
            };
            sections.push(s);
            signature_arrays.push(sigs);
        }
        Ok(Imports { pe: pe.clone(), sections, signature_arrays, ctx })
    }

    /// The sections, in table order.
    pub fn sections(&self) -> &[ImportSection] {
        &self.sections
    }

    /// Section `index`.
    pub fn section(&self, index: ImportSectionIndex) -> Option<&ImportSection> {
        self.sections.get(index.as_usize())
    }

    /// The section and slot of the cell at `rva` (for mapping RIP-relative operands of code
    /// to cells).
    pub fn cell_at_rva(&self, rva: Rva) -> Option<ImportCell> {
        self.sections.iter().find_map(|s| s.slot_of(rva).map(|slot| ImportCell { section: s.index, slot }))
    }

    /// The RVA of `cell`'s signature. Fails when the cell does not exist or its section
    /// has no signatures.
    pub fn signature_rva(&self, cell: ImportCell) -> Result<Rva> {
        let s = self.section(cell.section).ok_or_else(|| ImageError::bad_nowhere(format!("import section {} does not exist", cell.section.0)))?;
        if cell.slot.0 >= s.cell_count() {
            return Err(ImageError::bad_nowhere(format!("import cell {cell} beyond the {} cells of its section", s.cell_count())));
        }
        let arr = self.signature_arrays.get(cell.section.as_usize()).copied().unwrap_or(Bytes::new(&[]));
        if arr.is_empty() {
            return Err(ImageError::bad_nowhere(format!("import section {} has no signatures", cell.section.0)));
        }
        Ok(Rva(arr.u32(cell.slot.as_usize() * 4)?))
    }

    /// The bytes from `cell`'s signature to the end of its PE section.
    pub fn signature_bytes(&self, cell: ImportCell) -> Result<Bytes<'a>> {
        let rva = self.signature_rva(cell)?;
        self.pe.at_rva(rva).map_err(|e| e.context(&format!("signature of import cell {cell}")))
    }

    /// The fixup kind (and module override) of `cell`, without decoding the payload.
    pub fn fixup_kind(&self, cell: ImportCell) -> Result<(Option<ModuleIndex>, FixupKind)> {
        peek_kind(self.signature_bytes(cell)?, 0)
    }

    /// The fully decoded fixup signature of `cell`.
    pub fn fixup(&self, cell: ImportCell) -> Result<Fixup> {
        Fixup::decode(self.signature_bytes(cell)?, 0, self.ctx)
    }

    /// Decodes a fixup signature at an arbitrary RVA (e.g. one found in other tables).
    pub fn fixup_at_rva(&self, rva: Rva) -> Result<Fixup> {
        Fixup::decode(self.pe.at_rva(rva)?, 0, self.ctx)
    }

    /// Every cell of every section, in order.
    pub fn cells(&self) -> impl Iterator<Item = ImportCell> + '_ {
        self.sections.iter().flat_map(|s| (0..s.cell_count()).map(move |i| ImportCell { section: s.index, slot: ImportSlot(i) }))
    }

    /// The decoding parameters used for signatures.
    pub fn context(&self) -> FixupContext {
        self.ctx
    }
}

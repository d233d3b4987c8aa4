//! PE/COFF: headers, sections, RVA translation, data directories, base relocations, exports.
//!
//! Accepts PE32 and PE32+ (IL-only assemblies are usually PE32; crossgen2 writes PE32+ with
//! the machine value XOR'ed with an OS constant, 0xFD1D for Linux x64). Only the headers
//! and the section table are read at [`PeFile::parse`]; everything else on demand.

use std::fmt;

use crate::bytes::{Bytes, Cursor};
use crate::error::{ImageError, Result};

/// A relative virtual address: an address relative to the image base once mapped.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Rva(pub u32);

impl Rva {
    /// The RVA `self + delta`, or `None` on overflow.
    pub fn checked_add(self, delta: u32) -> Option<Rva> {
        self.0.checked_add(delta).map(Rva)
    }
}

impl fmt::Debug for Rva {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Rva({:#x})", self.0)
    }
}

impl fmt::Display for Rva {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:#010x}", self.0)
    }
}

/// An `IMAGE_DATA_DIRECTORY`: an RVA and a size.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct DataDirectory {
    /// Start of the data.
    pub rva: Rva,
    /// Size in bytes.
    pub size: u32,
}

impl DataDirectory {
    /// Reads a directory (8 bytes) from a cursor.
    pub fn read(c: &mut Cursor<'_>) -> Result<Self> {
        Ok(DataDirectory { rva: Rva(c.u32()?), size: c.u32()? })
    }

    /// True when both fields are zero (the directory is absent).
    pub fn is_empty(&self) -> bool {
        self.rva.0 == 0 && self.size == 0
    }
}

/// Indexes of the optional header's data directories (PE/COFF spec).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(usize)]
pub enum DirectoryId {
    /// Export table.
    Export = 0,
    /// Import table.
    Import = 1,
    /// Resource table.
    Resource = 2,
    /// Exception table (`.pdata`).
    Exception = 3,
    /// Certificate table.
    Security = 4,
    /// Base relocation table.
    BaseReloc = 5,
    /// Debug directory.
    Debug = 6,
    /// COM descriptor: the CLI header.
    ComDescriptor = 14,
}

/// The COFF machine field, with the OS encoding crossgen2 applies (`arch ^ os`).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Machine(pub u16);

/// Target architectures a PE machine value can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arch {
    /// IMAGE_FILE_MACHINE_I386 (also used by AnyCPU IL images).
    X86,
    /// IMAGE_FILE_MACHINE_AMD64.
    X64,
    /// IMAGE_FILE_MACHINE_ARMNT.
    Arm,
    /// IMAGE_FILE_MACHINE_ARM64.
    Arm64,
    /// IMAGE_FILE_MACHINE_LOONGARCH64.
    LoongArch64,
    /// IMAGE_FILE_MACHINE_RISCV64.
    RiscV64,
}

/// Operating systems encoded into the machine field of native (R2R) images.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetOs {
    /// No XOR: Windows (or a plain IL image).
    Windows,
    /// `^ 0x7B79`.
    Linux,
    /// `^ 0x4644`.
    Apple,
    /// `^ 0xADC4`.
    FreeBsd,
    /// `^ 0x1993`.
    NetBsd,
    /// `^ 0x1992`.
    SunOs,
}

const ARCHES: [(u16, Arch); 6] = [
    (0x014c, Arch::X86),
    (0x8664, Arch::X64),
    (0x01c4, Arch::Arm),
    (0xaa64, Arch::Arm64),
    (0x6264, Arch::LoongArch64),
    (0x5064, Arch::RiscV64),
];
const OSES: [(u16, TargetOs); 6] = [
    (0x0000, TargetOs::Windows),
    (0x7b79, TargetOs::Linux),
    (0x4644, TargetOs::Apple),
    (0xadc4, TargetOs::FreeBsd),
    (0x1993, TargetOs::NetBsd),
    (0x1992, TargetOs::SunOs),
];

impl Machine {
    /// Linux x64 as crossgen2 writes it: `0x8664 ^ 0x7B79`.
    pub const LINUX_X64: Machine = Machine(0xfd1d);

    /// Splits the value into architecture and OS, if it is one of the known combinations.
    pub fn decode(self) -> Option<(Arch, TargetOs)> {
        for (os_bits, os) in OSES {
            let raw = self.0 ^ os_bits;
            if let Some((_, arch)) = ARCHES.iter().find(|(v, _)| *v == raw) {
                return Some((*arch, os));
            }
        }
        None
    }
}

impl fmt::Debug for Machine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self}")
    }
}

impl fmt::Display for Machine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.decode() {
            Some((arch, os)) => write!(f, "{:#06x} ({arch:?}, {os:?})", self.0),
            None => write!(f, "{:#06x} (unknown)", self.0),
        }
    }
}

/// One entry of the section table.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Section {
    /// The 8-byte name, NUL-padded.
    pub name: [u8; 8],
    /// Size once mapped.
    pub virtual_size: u32,
    /// RVA of the first byte.
    pub virtual_address: Rva,
    /// Bytes present in the file.
    pub size_of_raw_data: u32,
    /// File offset of the raw data.
    pub pointer_to_raw_data: u32,
    /// `IMAGE_SCN_*` flags.
    pub characteristics: u32,
}

impl Section {
    /// Contains code (`IMAGE_SCN_CNT_CODE`).
    pub const CNT_CODE: u32 = 0x0000_0020;
    /// Executable (`IMAGE_SCN_MEM_EXECUTE`).
    pub const MEM_EXECUTE: u32 = 0x2000_0000;
    /// Readable (`IMAGE_SCN_MEM_READ`).
    pub const MEM_READ: u32 = 0x4000_0000;
    /// Writable (`IMAGE_SCN_MEM_WRITE`).
    pub const MEM_WRITE: u32 = 0x8000_0000;

    /// The name as text (lossy, trailing NULs dropped).
    pub fn name(&self) -> String {
        let end = self.name.iter().position(|&b| b == 0).unwrap_or(8);
        String::from_utf8_lossy(&self.name[..end]).into_owned()
    }

    /// The mapped extent: `max(virtual_size, size_of_raw_data)` (some linkers leave
    /// `virtual_size` zero).
    pub fn mapped_size(&self) -> u32 {
        self.virtual_size.max(self.size_of_raw_data)
    }

    /// True when `rva` falls inside the mapped extent of this section.
    pub fn contains(&self, rva: Rva) -> bool {
        rva.0 >= self.virtual_address.0 && (rva.0 - self.virtual_address.0) < self.mapped_size()
    }
}

impl fmt::Debug for Section {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Section")
            .field("name", &self.name())
            .field("rva", &self.virtual_address)
            .field("virtual_size", &format_args!("{:#x}", self.virtual_size))
            .field("raw", &format_args!("{:#x}+{:#x}", self.pointer_to_raw_data, self.size_of_raw_data))
            .field("characteristics", &format_args!("{:#x}", self.characteristics))
            .finish()
    }
}

/// PE32 (`0x10b`) or PE32+ (`0x20b`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeKind {
    /// 32-bit optional header.
    Pe32,
    /// 64-bit optional header.
    Pe32Plus,
}

/// The parsed headers of a PE file over borrowed bytes.
#[derive(Clone)]
pub struct PeFile<'a> {
    bytes: Bytes<'a>,
    /// COFF machine.
    pub machine: Machine,
    /// COFF characteristics (`IMAGE_FILE_*`).
    pub characteristics: u16,
    /// COFF time stamp (crossgen2 writes a deterministic value).
    pub time_date_stamp: u32,
    /// PE32 or PE32+.
    pub kind: PeKind,
    /// Preferred load address.
    pub image_base: u64,
    /// Section alignment once mapped.
    pub section_alignment: u32,
    /// Alignment of raw data in the file.
    pub file_alignment: u32,
    /// Size of the mapped image.
    pub size_of_image: u32,
    /// Size of all headers in the file.
    pub size_of_headers: u32,
    /// Subsystem (3 = console, 2 = GUI).
    pub subsystem: u16,
    /// `IMAGE_DLLCHARACTERISTICS_*`.
    pub dll_characteristics: u16,
    directories: Vec<DataDirectory>,
    sections: Vec<Section>,
}

impl fmt::Debug for PeFile<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PeFile")
            .field("machine", &self.machine)
            .field("kind", &self.kind)
            .field("image_base", &format_args!("{:#x}", self.image_base))
            .field("sections", &self.sections)
            .finish_non_exhaustive()
    }
}

/// A base relocation entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BaseReloc {
    /// `IMAGE_REL_BASED_*` (3 = HIGHLOW, 10 = DIR64; 0 = padding is skipped).
    pub kind: u8,
    /// The RVA to patch.
    pub rva: Rva,
}

/// One named export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Export {
    /// The exported name.
    pub name: String,
    /// The exported RVA.
    pub rva: Rva,
}

impl<'a> PeFile<'a> {
    /// Parses the DOS stub, COFF and optional headers and the section table.
    pub fn parse(data: &'a [u8]) -> Result<PeFile<'a>> {
        let bytes = Bytes::new(data);
        if bytes.array::<2>(0).map_err(|_| bytes.bad(0, "file too small for a DOS header"))? != *b"MZ" {
            return Err(bytes.bad(0, "missing MZ signature: not a PE file"));
        }
        let lfanew = bytes.u32(0x3c)? as usize;
        if bytes.array::<4>(lfanew)? != *b"PE\0\0" {
            return Err(bytes.bad(lfanew, "missing PE\\0\\0 signature"));
        }
        let mut c = bytes.cursor(lfanew + 4);
        let machine = Machine(c.u16()?);
        let number_of_sections = c.u16()?;
        let time_date_stamp = c.u32()?;
        let _symbols = c.u32()?;
        let _nsymbols = c.u32()?;
        let size_of_optional_header = c.u16()? as usize;
        let characteristics = c.u16()?;
        let opt_start = c.pos();
        let opt = bytes.slice(opt_start, size_of_optional_header)?;
        let magic = opt.u16(0)?;
        let (kind, image_base, dir_count_off) = match magic {
            0x10b => (PeKind::Pe32, u64::from(opt.u32(28)?), 92),
            0x20b => (PeKind::Pe32Plus, opt.u64(24)?, 108),
            m => return Err(opt.bad(0, format!("unknown optional-header magic {m:#x}"))),
        };
        let section_alignment = opt.u32(32)?;
        let file_alignment = opt.u32(36)?;
        let size_of_image = opt.u32(56)?;
        let size_of_headers = opt.u32(60)?;
        let subsystem = opt.u16(68)?;
        let dll_characteristics = opt.u16(70)?;
        let number_of_dirs = opt.u32(dir_count_off)? as usize;
        // The directory array must fit in the optional header; never trust the count alone.
        let dir_room = (opt.len().saturating_sub(dir_count_off + 4)) / 8;
        let ndirs = number_of_dirs.min(dir_room).min(16);
        let mut dc = opt.cursor(dir_count_off + 4);
        let mut directories = Vec::with_capacity(ndirs);
        for _ in 0..ndirs {
            directories.push(DataDirectory::read(&mut dc)?);
        }
        let table = bytes.slice(opt_start + size_of_optional_header, usize::from(number_of_sections) * 40)?;
        let mut sections = Vec::with_capacity(usize::from(number_of_sections));
        let mut sc = Cursor::new(table);
        for _ in 0..number_of_sections {
            let name = sc.take(8)?.array::<8>(0)?;
            let virtual_size = sc.u32()?;
            let virtual_address = Rva(sc.u32()?);
            let size_of_raw_data = sc.u32()?;
            let pointer_to_raw_data = sc.u32()?;
            sc.skip(12)?;
            let characteristics = sc.u32()?;
            sections.push(Section {
                name,
                virtual_size,
                virtual_address,
                size_of_raw_data,
                pointer_to_raw_data,
                characteristics,
            });
        }
        Ok(PeFile {
            bytes,
            machine,
            characteristics,
            time_date_stamp,
            kind,
            image_base,
            section_alignment,
            file_alignment,
            size_of_image,
            size_of_headers,
            subsystem,
            dll_characteristics,
            directories,
            sections,
        })
    }

    /// The whole file.
    pub fn bytes(&self) -> Bytes<'a> {
        self.bytes
    }

    /// The section table.
    pub fn sections(&self) -> &[Section] {
        &self.sections
    }

    /// A data directory, if the header has that many and it is non-empty.
    pub fn directory(&self, id: DirectoryId) -> Option<DataDirectory> {
        self.directories.get(id as usize).copied().filter(|d| !d.is_empty())
    }

    /// All data directories present in the header (possibly empty ones).
    pub fn directories(&self) -> &[DataDirectory] {
        &self.directories
    }

    /// The section that maps `rva`, if any.
    pub fn section_of(&self, rva: Rva) -> Option<&Section> {
        self.sections.iter().find(|s| s.contains(rva))
    }

    /// Translates an RVA to a file offset. Fails when the RVA is in no section, or lies in
    /// the zero-filled tail of a section that has no file bytes.
    pub fn rva_to_offset(&self, rva: Rva) -> Result<usize> {
        if let Some(s) = self.section_of(rva) {
            let delta = rva.0 - s.virtual_address.0;
            if delta >= s.size_of_raw_data {
                return Err(ImageError::bad_nowhere(format!(
                    "RVA {rva} lies in the zero-filled part of section {}",
                    s.name()
                )));
            }
            return Ok(s.pointer_to_raw_data as usize + delta as usize);
        }
        if rva.0 < self.size_of_headers {
            return Ok(rva.0 as usize);
        }
        Err(ImageError::bad_nowhere(format!("RVA {rva} is not inside any section")))
    }

    /// The file bytes from `rva` to the end of its section's raw data.
    pub fn at_rva(&self, rva: Rva) -> Result<Bytes<'a>> {
        let off = self.rva_to_offset(rva)?;
        let end = match self.section_of(rva) {
            Some(s) => (s.pointer_to_raw_data as usize).saturating_add(s.size_of_raw_data as usize),
            None => self.size_of_headers as usize,
        };
        let len = end.saturating_sub(off);
        self.bytes.slice(off, len).map_err(|e| e.context("section data past the end of the file"))
    }

    /// Exactly `len` file bytes at `rva` (must lie inside one section's raw data).
    pub fn slice_rva(&self, rva: Rva, len: u32) -> Result<Bytes<'a>> {
        let within = self.at_rva(rva)?;
        within.slice(0, len as usize).map_err(|e| e.context(format!("{len:#x} bytes at RVA {rva}").as_str()))
    }

    /// The bytes a data directory describes.
    pub fn directory_bytes(&self, dir: DataDirectory) -> Result<Bytes<'a>> {
        self.slice_rva(dir.rva, dir.size)
    }

    /// Iterates the base relocations (padding entries skipped). Stops at the first
    /// malformed block with an error item.
    pub fn base_relocations(&self) -> BaseRelocIter<'a> {
        let bytes = match self.directory(DirectoryId::BaseReloc) {
            None => Ok(Bytes::new(&[])),
            Some(d) => self.directory_bytes(d),
        };
        match bytes {
            Ok(b) => BaseRelocIter { cur: Cursor::new(b), block: None, failed: false, pending: None },
            Err(e) => BaseRelocIter { cur: Cursor::new(Bytes::new(&[])), block: None, failed: false, pending: Some(e) },
        }
    }

    /// The named exports (used to find `RTR_HEADER` in composite images).
    pub fn exports(&self) -> Result<Vec<Export>> {
        let Some(dir) = self.directory(DirectoryId::Export) else { return Ok(Vec::new()) };
        let d = self.directory_bytes(dir)?;
        let number_of_names = d.u32(24)?;
        let address_of_functions = Rva(d.u32(28)?);
        let address_of_names = Rva(d.u32(32)?);
        let address_of_ordinals = Rva(d.u32(36)?);
        let names = self.slice_rva(address_of_names, number_of_names.checked_mul(4).ok_or_else(|| d.bad(24, "export count overflows"))?)?;
        let ordinals = self.slice_rva(address_of_ordinals, number_of_names * 2)?;
        let functions = self.at_rva(address_of_functions)?;
        let mut out = Vec::new();
        for i in 0..number_of_names as usize {
            let name_rva = Rva(names.u32(i * 4)?);
            let name = self.at_rva(name_rva)?.cstr(0)?;
            let ordinal = ordinals.u16(i * 2)? as usize;
            let rva = Rva(functions.u32(ordinal * 4)?);
            out.push(Export { name: String::from_utf8_lossy(name).into_owned(), rva });
        }
        Ok(out)
    }
}

/// Iterator over base relocations; see [`PeFile::base_relocations`].
#[derive(Debug)]
pub struct BaseRelocIter<'a> {
    cur: Cursor<'a>,
    block: Option<(Rva, Cursor<'a>)>,
    failed: bool,
    pending: Option<ImageError>,
}

impl Iterator for BaseRelocIter<'_> {
    type Item = Result<BaseReloc>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(e) = self.pending.take() {
            self.failed = true;
            return Some(Err(e));
        }
        if self.failed {
            return None;
        }
        loop {
            if let Some((page, entries)) = &mut self.block {
                if !entries.at_end() {
                    let e = match entries.u16() {
                        Ok(e) => e,
                        Err(err) => {
                            self.failed = true;
                            return Some(Err(err));
                        }
                    };
                    let kind = (e >> 12) as u8;
                    if kind == 0 {
                        continue;
                    }
                    let Some(rva) = page.checked_add(u32::from(e & 0xfff)) else {
                        self.failed = true;
                        return Some(Err(entries.bad("relocation RVA overflows")));
                    };
                    return Some(Ok(BaseReloc { kind, rva }));
                }
                self.block = None;
            }
            if self.cur.remaining() < 8 {
                return None;
            }
            let header = (|| -> Result<(Rva, Cursor<'_>)> {
                let at = self.cur.pos();
                let page = Rva(self.cur.u32()?);
                let size = self.cur.u32()? as usize;
                if size < 8 {
                    return Err(self.cur.bytes().bad(at, "base-relocation block smaller than its header"));
                }
                let body = self.cur.take(size - 8)?;
                Ok((page, Cursor::new(body)))
            })();
            match header {
                Ok(b) => self.block = Some(b),
                Err(e) => {
                    self.failed = true;
                    return Some(Err(e));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn machine_decoding() {
        assert_eq!(Machine::LINUX_X64.decode(), Some((Arch::X64, TargetOs::Linux)));
        assert_eq!(Machine(0x14c).decode(), Some((Arch::X86, TargetOs::Windows)));
        assert_eq!(Machine(0x8664 ^ 0x4644).decode(), Some((Arch::X64, TargetOs::Apple)));
        assert_eq!(Machine(0x1234).decode(), None);
    }

    #[test]
    fn rejects_non_pe() {
        assert!(PeFile::parse(b"").is_err());
        assert!(PeFile::parse(b"MZ").is_err());
        let mut v = vec![0u8; 0x100];
        v[0] = b'M';
        v[1] = b'Z';
        v[0x3c] = 0x80;
        assert!(PeFile::parse(&v).unwrap_err().is_bad_image());
    }
}

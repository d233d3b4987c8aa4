//! The CLI (COR20) header: where metadata and the ReadyToRun header live.

use crate::bytes::Cursor;
use crate::error::Result;
use crate::pe::{DataDirectory, DirectoryId, PeFile};

/// `COMIMAGE_FLAGS_*` values of [`CliHeader::flags`].
pub mod flags {
    /// The image contains only IL.
    pub const IL_ONLY: u32 = 0x0000_0001;
    /// The image requires a 32-bit process.
    pub const BIT32_REQUIRED: u32 = 0x0000_0002;
    /// The image is an IL library: set by crossgen2 on single-file ReadyToRun images.
    pub const IL_LIBRARY: u32 = 0x0000_0004;
    /// The image is strong-name signed.
    pub const STRONG_NAME_SIGNED: u32 = 0x0000_0008;
    /// The entry point is a native RVA, not a method token.
    pub const NATIVE_ENTRYPOINT: u32 = 0x0000_0010;
    /// Track debug data.
    pub const TRACK_DEBUG_DATA: u32 = 0x0001_0000;
    /// Prefer a 32-bit process.
    pub const BIT32_PREFERRED: u32 = 0x0002_0000;
}

/// `IMAGE_COR20_HEADER` (ECMA-335 II.25.3.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CliHeader {
    /// Size of the header in bytes (72).
    pub cb: u32,
    /// Major runtime version (2).
    pub major_runtime_version: u16,
    /// Minor runtime version (5).
    pub minor_runtime_version: u16,
    /// The metadata root.
    pub metadata: DataDirectory,
    /// `COMIMAGE_FLAGS_*`.
    pub flags: u32,
    /// MethodDef/File token of the entry point, or an RVA with `NATIVE_ENTRYPOINT`.
    pub entry_point_token: u32,
    /// Managed resources.
    pub resources: DataDirectory,
    /// Strong-name signature.
    pub strong_name_signature: DataDirectory,
    /// Code manager table (unused, 0).
    pub code_manager_table: DataDirectory,
    /// VTable fixups (mixed-mode images only).
    pub vtable_fixups: DataDirectory,
    /// Export address table jumps (unused).
    pub export_address_table_jumps: DataDirectory,
    /// The ReadyToRun header in single-file R2R images.
    pub managed_native_header: DataDirectory,
}

impl CliHeader {
    /// Reads the CLI header that data directory 14 points to. `Ok(None)` when the image has
    /// no COM descriptor (a native PE file).
    pub fn read(pe: &PeFile<'_>) -> Result<Option<CliHeader>> {
        let Some(dir) = pe.directory(DirectoryId::ComDescriptor) else { return Ok(None) };
        let bytes = pe.at_rva(dir.rva).map_err(|e| e.context("CLI header"))?;
        let cb = bytes.u32(0)?;
        if cb < 72 {
            return Err(bytes.bad(0, format!("CLI header size {cb} is smaller than 72")));
        }
        let mut c = Cursor::new(bytes.slice(0, 72)?);
        c.skip(4)?;
        Ok(Some(CliHeader {
            cb,
            major_runtime_version: c.u16()?,
            minor_runtime_version: c.u16()?,
            metadata: DataDirectory::read(&mut c)?,
            flags: c.u32()?,
            entry_point_token: c.u32()?,
            resources: DataDirectory::read(&mut c)?,
            strong_name_signature: DataDirectory::read(&mut c)?,
            code_manager_table: DataDirectory::read(&mut c)?,
            vtable_fixups: DataDirectory::read(&mut c)?,
            export_address_table_jumps: DataDirectory::read(&mut c)?,
            managed_native_header: DataDirectory::read(&mut c)?,
        }))
    }

    /// Names of the set flags, for dumps.
    pub fn flag_names(&self) -> Vec<&'static str> {
        let table = [
            (flags::IL_ONLY, "ILONLY"),
            (flags::BIT32_REQUIRED, "32BITREQUIRED"),
            (flags::IL_LIBRARY, "IL_LIBRARY"),
            (flags::STRONG_NAME_SIGNED, "STRONGNAMESIGNED"),
            (flags::NATIVE_ENTRYPOINT, "NATIVE_ENTRYPOINT"),
            (flags::TRACK_DEBUG_DATA, "TRACKDEBUGDATA"),
            (flags::BIT32_PREFERRED, "32BITPREFERRED"),
        ];
        table.iter().filter(|(f, _)| self.flags & f != 0).map(|(_, n)| *n).collect()
    }
}

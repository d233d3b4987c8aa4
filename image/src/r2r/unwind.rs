//! x64 `UNWIND_INFO` (Windows format, used by ReadyToRun code on every OS; reference §3.2–3.3).
//!
//! Layout: version/flags, prolog size, code count, frame register/offset, the unwind codes
//! (2 bytes each, padded to an even count), then either a chained `RUNTIME_FUNCTION`
//! (`UNW_FLAG_CHAININFO`) or, with a handler flag, a 4-byte personality RVA followed by
//! handler data — for crossgen2 that data is the method's GC info.

use std::fmt;

use crate::bytes::Bytes;
use crate::error::{ImageError, Result};
use crate::pe::Rva;

/// `UNW_FLAG_EHANDLER`.
pub const UNW_FLAG_EHANDLER: u8 = 0x1;
/// `UNW_FLAG_UHANDLER`.
pub const UNW_FLAG_UHANDLER: u8 = 0x2;
/// `UNW_FLAG_CHAININFO`.
pub const UNW_FLAG_CHAININFO: u8 = 0x4;

/// An x64 general-purpose register as numbered in unwind codes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Reg(pub u8);

impl Reg {
    /// The register's name (`rax` … `r15`).
    pub fn name(self) -> &'static str {
        const NAMES: [&str; 16] = ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"];
        NAMES.get(usize::from(self.0)).copied().unwrap_or("?")
    }
}

impl fmt::Display for Reg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One decoded unwind operation with its operands.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum UnwindOp {
    /// `UWOP_PUSH_NONVOL` (0).
    PushNonVol(Reg),
    /// `UWOP_ALLOC_LARGE` (1): bytes allocated (from a 16-bit ×8 or a 32-bit operand).
    AllocLarge(u32),
    /// `UWOP_ALLOC_SMALL` (2): bytes allocated (8–128).
    AllocSmall(u32),
    /// `UWOP_SET_FPREG` (3): the frame register is set to RSP + frame offset.
    SetFpReg,
    /// `UWOP_SAVE_NONVOL` (4): register saved at RSP + offset (16-bit ×8 operand).
    SaveNonVol {
        /// The register.
        reg: Reg,
        /// Offset from RSP after the prolog.
        offset: u32,
    },
    /// `UWOP_SAVE_NONVOL_FAR` (5): register saved at RSP + 32-bit offset.
    SaveNonVolFar {
        /// The register.
        reg: Reg,
        /// Offset from RSP after the prolog.
        offset: u32,
    },
    /// `UWOP_EPILOG` (6, version 2): epilog description (operands kept raw).
    Epilog {
        /// The op-info nibble.
        info: u8,
        /// The extra slot.
        extra: u16,
    },
    /// `UWOP_SPARE_CODE` (7): reserved; two extra slots.
    Spare {
        /// The op-info nibble.
        info: u8,
    },
    /// `UWOP_SAVE_XMM128` (8): XMM register saved at RSP + offset (16-bit ×16 operand).
    SaveXmm128 {
        /// XMM register number.
        xmm: u8,
        /// Offset from RSP after the prolog.
        offset: u32,
    },
    /// `UWOP_SAVE_XMM128_FAR` (9): XMM register saved at RSP + 32-bit offset.
    SaveXmm128Far {
        /// XMM register number.
        xmm: u8,
        /// Offset from RSP after the prolog.
        offset: u32,
    },
    /// `UWOP_PUSH_MACHFRAME` (10): a machine frame (with an error code when true).
    PushMachFrame {
        /// An error code was pushed too.
        error_code: bool,
    },
    /// `UWOP_SET_FPREG_LARGE` (11): frame register = RSP + 32-bit offset ×16.
    SetFpRegLarge(u32),
}

/// One unwind code: where in the prolog it applies, what it does, and how many 2-byte slots
/// it uses.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct UnwindCode {
    /// Offset of the end of the instruction within the prolog.
    pub code_offset: u8,
    /// The operation.
    pub op: UnwindOp,
    /// Slots consumed, including the first (1–3).
    pub slots: u8,
}

/// A chained `RUNTIME_FUNCTION` (with `UNW_FLAG_CHAININFO`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ChainedFunction {
    /// Start of the parent function.
    pub begin: Rva,
    /// End of the parent function.
    pub end: Rva,
    /// The parent's unwind info.
    pub unwind: Rva,
}

/// A decoded `UNWIND_INFO`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct UnwindInfo {
    /// Where it is.
    pub rva: Rva,
    /// Version (1, or 2 with epilog codes).
    pub version: u8,
    /// `UNW_FLAG_*`.
    pub flags: u8,
    /// Prolog size in bytes.
    pub prolog_size: u8,
    /// Number of 2-byte code slots.
    pub code_slots: u8,
    /// Frame register, if one is established (0 = none).
    pub frame_register: Option<Reg>,
    /// Frame-register offset in units of 16 bytes.
    pub frame_offset: u8,
    /// The codes, in order (latest prolog instruction first).
    pub codes: Vec<UnwindCode>,
    /// The chained function, with `UNW_FLAG_CHAININFO`.
    pub chained: Option<ChainedFunction>,
    /// The personality routine, with a handler flag.
    pub personality: Option<Rva>,
}

impl UnwindInfo {
    /// Size of the fixed part and the codes, padded to 4 bytes.
    pub fn codes_end(&self) -> u32 {
        (4 + 2 * u32::from(self.code_slots) + 3) & !3
    }

    /// Where handler data starts (just after the personality RVA), with a handler flag.
    /// For crossgen2 code this is the GC info of a method's main body (funclets have none).
    pub fn handler_data_rva(&self) -> Option<Rva> {
        self.personality?;
        self.rva.checked_add(self.codes_end() + 4)
    }

    /// Alias of [`UnwindInfo::handler_data_rva`] named after its crossgen2 content.
    pub fn gc_info_rva(&self) -> Option<Rva> {
        self.handler_data_rva()
    }

    /// Decodes the unwind info at `rva` from `bytes` (which start at that RVA).
    pub fn decode(bytes: Bytes<'_>, rva: Rva) -> Result<UnwindInfo> {
        let b0 = bytes.u8(0)?;
        let version = b0 & 7;
        let flags = b0 >> 3;
        if version != 1 && version != 2 {
            return Err(ImageError::unsupported(format!("x64 unwind info version {version} at file offset {:#x}", bytes.base())));
        }
        let prolog_size = bytes.u8(1)?;
        let code_slots = bytes.u8(2)?;
        let fr = bytes.u8(3)?;
        let frame_register = if fr & 0x0f == 0 { None } else { Some(Reg(fr & 0x0f)) };
        let frame_offset = fr >> 4;
        let slot = |i: usize| -> Result<u16> { bytes.u16(4 + 2 * i) };
        let n = usize::from(code_slots);
        let mut codes = Vec::with_capacity(n);
        let mut i = 0;
        while i < n {
            let at = 4 + 2 * i;
            let code_offset = bytes.u8(at)?;
            let b = bytes.u8(at + 1)?;
            let (op_code, info) = (b & 0x0f, b >> 4);
            let extra = |k: usize| -> Result<u16> {
                if i + k >= n {
                    return Err(bytes.bad(at, format!("unwind code {op_code} needs {k} more slot(s) than the {n} declared")));
                }
                slot(i + k)
            };
            let far = |s: &dyn Fn(usize) -> Result<u16>| -> Result<u32> { Ok(u32::from(s(1)?) | (u32::from(s(2)?) << 16)) };
            let (op, slots) = match op_code {
                0 => (UnwindOp::PushNonVol(Reg(info)), 1),
                1 => match info {
                    0 => (UnwindOp::AllocLarge(u32::from(extra(1)?) * 8), 2),
                    1 => (UnwindOp::AllocLarge(far(&extra)?), 3),
                    _ => return Err(bytes.bad(at, format!("UWOP_ALLOC_LARGE with op info {info}"))),
                },
                2 => (UnwindOp::AllocSmall(u32::from(info) * 8 + 8), 1),
                3 => (UnwindOp::SetFpReg, 1),
                4 => (UnwindOp::SaveNonVol { reg: Reg(info), offset: u32::from(extra(1)?) * 8 }, 2),
                5 => (UnwindOp::SaveNonVolFar { reg: Reg(info), offset: far(&extra)? }, 3),
                6 => (UnwindOp::Epilog { info, extra: extra(1)? }, 2),
                7 => {
                    extra(2)?;
                    (UnwindOp::Spare { info }, 3)
                }
                8 => (UnwindOp::SaveXmm128 { xmm: info, offset: u32::from(extra(1)?) * 16 }, 2),
                9 => (UnwindOp::SaveXmm128Far { xmm: info, offset: far(&extra)? }, 3),
                10 => (UnwindOp::PushMachFrame { error_code: info & 1 != 0 }, 1),
                11 => (UnwindOp::SetFpRegLarge(far(&extra)?), 3),
                _ => return Err(bytes.bad(at, format!("unknown x64 unwind op {op_code}"))),
            };
            codes.push(UnwindCode { code_offset, op, slots });
            i += usize::from(slots);
        }
        let tail = (4 + 2 * n + 3) & !3;
        let mut chained = None;
        let mut personality = None;
        if flags & UNW_FLAG_CHAININFO != 0 {
            chained = Some(ChainedFunction { begin: Rva(bytes.u32(tail)?), end: Rva(bytes.u32(tail + 4)?), unwind: Rva(bytes.u32(tail + 8)?) });
        } else if flags & (UNW_FLAG_EHANDLER | UNW_FLAG_UHANDLER) != 0 {
            personality = Some(Rva(bytes.u32(tail)?));
        }
        Ok(UnwindInfo { rva, version, flags, prolog_size, code_slots, frame_register, frame_offset, codes, chained, personality })
    }

    /// Names of the set flags.
    pub fn flag_names(&self) -> Vec<&'static str> {
        let mut v = Vec::new();
        if self.flags & UNW_FLAG_EHANDLER != 0 {
            v.push("EHANDLER");
        }
        if self.flags & UNW_FLAG_UHANDLER != 0 {
            v.push("UHANDLER");
        }
        if self.flags & UNW_FLAG_CHAININFO != 0 {
            v.push("CHAININFO");
        }
        v
    }

    /// Renders one code as assembly-like text (`push rbp`, `alloc_small 0x28`,
    /// `set_fpreg rbp+0x10`).
    pub fn format_code(&self, code: &UnwindCode) -> String {
        let fp = self.frame_register.map_or("?", |r| r.name());
        match code.op {
            UnwindOp::PushNonVol(r) => format!("push {r}"),
            UnwindOp::AllocLarge(n) => format!("alloc_large {n:#x}"),
            UnwindOp::AllocSmall(n) => format!("alloc_small {n:#x}"),
            UnwindOp::SetFpReg => format!("set_fpreg {fp}+{:#x}", u32::from(self.frame_offset) * 16),
            UnwindOp::SaveNonVol { reg, offset } => format!("save_nonvol {reg} [rsp+{offset:#x}]"),
            UnwindOp::SaveNonVolFar { reg, offset } => format!("save_nonvol_far {reg} [rsp+{offset:#x}]"),
            UnwindOp::Epilog { info, extra } => format!("epilog info {info:#x} {extra:#x}"),
            UnwindOp::Spare { info } => format!("spare {info:#x}"),
            UnwindOp::SaveXmm128 { xmm, offset } => format!("save_xmm128 xmm{xmm} [rsp+{offset:#x}]"),
            UnwindOp::SaveXmm128Far { xmm, offset } => format!("save_xmm128_far xmm{xmm} [rsp+{offset:#x}]"),
            UnwindOp::PushMachFrame { error_code } => format!("push_machframe{}", if error_code { " (error code)" } else { "" }),
            UnwindOp::SetFpRegLarge(o) => format!("set_fpreg_large {fp}+{:#x}", u64::from(o) * 16),
        }
    }
}

impl fmt::Display for UnwindInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "v{} flags [{}] prolog {:#x} slots {}", self.version, self.flag_names().join(" "), self.prolog_size, self.code_slots)?;
        if let Some(r) = self.frame_register {
            write!(f, " frame {r}+{:#x}", u32::from(self.frame_offset) * 16)?;
        }
        if let Some(p) = self.personality {
            write!(f, " personality {p}")?;
        }
        if let Some(c) = self.chained {
            write!(f, " chained {}..{} unwind {}", c.begin, c.end, c.unwind)?;
        }
        for c in &self.codes {
            write!(f, "\n    [{:#04x}] {}", c.code_offset, self.format_code(c))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_a_typical_prolog() {
        // v1, EHANDLER|UHANDLER; prolog 0x0a; 5 slots; frame rbp+0x10.
        // codes: [0x0a] set_fpreg, [0x06] alloc_small 0x28 (info 4), [0x02] push rbp,
        //        [0x01] save_nonvol rbx [rsp+0x40] (2 slots)
        let b = [
            0x19, 0x0a, 0x05, 0x15, //
            0x0a, 0x03, 0x06, 0x42, 0x02, 0x50, 0x01, 0x34, 0x08, 0x00, //
            0x00, 0x00, // pad to 4
            0x78, 0x56, 0x34, 0x12, // personality
        ];
        let u = UnwindInfo::decode(Bytes::new(&b), Rva(0x1000)).unwrap();
        assert_eq!((u.version, u.flags, u.prolog_size), (1, 3, 0x0a));
        assert_eq!(u.frame_register, Some(Reg(5)));
        assert_eq!(u.codes.len(), 4);
        let text: Vec<String> = u.codes.iter().map(|c| u.format_code(c)).collect();
        assert_eq!(text, ["set_fpreg rbp+0x10", "alloc_small 0x28", "push rbp", "save_nonvol rbx [rsp+0x40]"]);
        assert_eq!(u.personality, Some(Rva(0x1234_5678)));
        assert_eq!(u.codes_end(), 16);
        assert_eq!(u.gc_info_rva(), Some(Rva(0x1000 + 20)));
    }

    #[test]
    fn rejects_malformed_codes() {
        // A 2-slot op declared with only 1 slot.
        assert!(UnwindInfo::decode(Bytes::new(&[0x01, 0, 1, 0, 0, 0x04, 0, 0]), Rva(0)).is_err());
        // Unknown op 12.
        assert!(UnwindInfo::decode(Bytes::new(&[0x01, 0, 1, 0, 0, 0x0c, 0, 0]), Rva(0)).is_err());
        // Version 3.
        assert!(matches!(UnwindInfo::decode(Bytes::new(&[0x03, 0, 0, 0]), Rva(0)), Err(ImageError::Unsupported { .. })));
        // Truncated personality.
        assert!(UnwindInfo::decode(Bytes::new(&[0x19, 0, 0, 0, 1]), Rva(0)).is_err());
        // Chained info.
        let mut b = vec![0x21, 0, 0, 0];
        b.extend_from_slice(&[1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0]);
        let u = UnwindInfo::decode(Bytes::new(&b), Rva(0)).unwrap();
        assert_eq!(u.chained, Some(ChainedFunction { begin: Rva(1), end: Rva(2), unwind: Rva(3) }));
    }
}

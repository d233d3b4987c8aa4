//! IL method bodies (ECMA-335 II.25.4): tiny and fat headers, the code bytes, extra data
//! sections with small and fat exception-handling clauses; and the CIL instruction
//! decoder [`IlInstructions`], which never panics on truncated or invalid code.
//!
//! The textual, ildasm-style dump of a body lives in [`crate::metadata::names`] because it
//! renders tokens through the name formatter.

use std::fmt;

use crate::bytes::Bytes;
use crate::error::Result;
use crate::metadata::opcodes::{Opcode, OperandKind, PREFIX_FE};
use crate::metadata::sig::TypeDefOrRef;
use crate::metadata::token::{StandAloneSigRid, TableId, Token, TypeDefRid, TypeRefRid, TypeSpecRid, UserStringIndex};
use crate::pe::{PeFile, Rva};

/// An offset into a method's IL code. Displays as `IL_xxxx`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct IlOffset(pub u32);

impl fmt::Display for IlOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "IL_{:04x}", self.0)
    }
}

impl fmt::Debug for IlOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// Which header format a body uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeaderFormat {
    /// One byte: code size < 64, max stack 8, no locals, no EH.
    Tiny,
    /// Twelve bytes (or more, per its size field).
    Fat,
}

/// Method-header flag: more sections follow the code.
pub const CORILMETHOD_MORESECTS: u16 = 0x08;
/// Method-header flag: zero-initialize locals.
pub const CORILMETHOD_INITLOCALS: u16 = 0x10;

/// What an exception-handling clause does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EhKind {
    /// A typed catch.
    Catch(TypeDefOrRef),
    /// A filter: the filter block starts at `filter` and ends where the handler begins.
    Filter {
        /// Start of the filter block.
        filter: IlOffset,
    },
    /// A finally handler.
    Finally,
    /// A fault handler.
    Fault,
}

/// One exception-handling clause (II.25.4.6), small or fat form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EhClause {
    /// The handler kind.
    pub kind: EhKind,
    /// Start of the protected block.
    pub try_offset: IlOffset,
    /// Length of the protected block.
    pub try_length: u32,
    /// Start of the handler.
    pub handler_offset: IlOffset,
    /// Length of the handler.
    pub handler_length: u32,
    /// The clause came from a fat section.
    pub fat: bool,
}

impl EhClause {
    /// End (exclusive) of the protected block.
    pub fn try_end(&self) -> u64 {
        u64::from(self.try_offset.0) + u64::from(self.try_length)
    }

    /// End (exclusive) of the handler.
    pub fn handler_end(&self) -> u64 {
        u64::from(self.handler_offset.0) + u64::from(self.handler_length)
    }
}

/// A decoded method body.
#[derive(Clone, Debug)]
pub struct MethodBody<'a> {
    /// Tiny or fat.
    pub format: HeaderFormat,
    /// Header flags (fat only; `0x2` for tiny).
    pub flags: u16,
    /// Size of the header in bytes.
    pub header_size: u32,
    /// Maximum evaluation-stack depth.
    pub max_stack: u16,
    /// Locals are zero-initialized.
    pub init_locals: bool,
    /// The locals signature, if the method has locals.
    pub local_var_sig: Option<StandAloneSigRid>,
    /// The IL code.
    pub code: Bytes<'a>,
    /// Exception-handling clauses in file order.
    pub eh_clauses: Vec<EhClause>,
    /// Total size in bytes: header, code, padding and extra sections.
    pub total_size: u32,
}

impl<'a> MethodBody<'a> {
    /// Reads the body at `rva` (a MethodDef's RVA) of a PE image.
    pub fn read(pe: &PeFile<'a>, rva: Rva) -> Result<MethodBody<'a>> {
        let bytes = pe.at_rva(rva).map_err(|e| e.context(&format!("method body at RVA {rva}")))?;
        MethodBody::parse(bytes)
    }

    /// Parses a body starting at the first byte of `bytes` (which may extend past it).
    /// Section alignment is computed from the file offsets, which equal the RVAs modulo 4
    /// in any image whose file alignment is a multiple of 4.
    pub fn parse(bytes: Bytes<'a>) -> Result<MethodBody<'a>> {
        let b0 = bytes.u8(0).map_err(|e| e.context("method header"))?;
        match b0 & 0x3 {
            0x2 => {
                let code = bytes.slice(1, usize::from(b0 >> 2)).map_err(|e| e.context("tiny method code"))?;
                Ok(MethodBody {
                    format: HeaderFormat::Tiny,
                    flags: 0x2,
                    header_size: 1,
                    max_stack: 8,
                    init_locals: false,
                    local_var_sig: None,
                    code,
                    eh_clauses: Vec::new(),
                    total_size: 1 + u32::from(b0 >> 2),
                })
            }
            0x3 => Self::parse_fat(bytes),
            _ => Err(bytes.bad(0, format!("method header byte {b0:#04x} is neither tiny nor fat"))),
        }
    }

    fn parse_fat(bytes: Bytes<'a>) -> Result<MethodBody<'a>> {
        let word = bytes.u16(0).map_err(|e| e.context("fat method header"))?;
        let flags = word & 0x0fff;
        let header_size = u32::from(word >> 12) * 4;
        if header_size < 12 {
            return Err(bytes.bad(0, format!("fat method header size {header_size} is smaller than 12")));
        }
        let max_stack = bytes.u16(2)?;
        let code_size = bytes.u32(4)?;
        let tok = Token(bytes.u32(8)?);
        let local_var_sig = match tok.0 {
            0 => None,
            _ => Some(StandAloneSigRid::from_token(tok).filter(|r| r.0 != 0).ok_or_else(|| {
                bytes.bad(8, format!("local variable signature token {tok} is not a StandAloneSig token"))
            })?),
        };
        let code = bytes.slice(header_size as usize, code_size as usize).map_err(|e| e.context("method code"))?;
        let mut end = header_size as usize + code_size as usize;
        let mut eh_clauses = Vec::new();
        let mut more = flags & CORILMETHOD_MORESECTS != 0;
        while more {
            // Sections start on a 4-byte boundary.
            let at = end + ((4 - (bytes.file_offset(end) % 4) as usize) % 4);
            let kind = bytes.u8(at).map_err(|e| e.context("method data section"))?;
            let fat = kind & 0x40 != 0;
            let data_size = if fat {
                let a = bytes.array::<4>(at)?;
                u32::from_le_bytes([a[1], a[2], a[3], 0]) as usize
            } else {
                usize::from(bytes.u8(at + 1)?)
            };
            if data_size < 4 {
                return Err(bytes.bad(at, format!("method data section of {data_size} bytes is smaller than its header")));
            }
            let section = bytes.slice(at, data_size).map_err(|e| e.context("method data section"))?;
            if kind & 0x01 != 0 {
                let clause_size = if fat { 24 } else { 12 };
                let count = (data_size - 4) / clause_size;
                eh_clauses.reserve(count);
                for i in 0..count {
                    eh_clauses.push(read_clause(section, 4 + i * clause_size, fat)?);
                }
            }
            more = kind & 0x80 != 0;
            end = at + data_size;
        }
        Ok(MethodBody {
            format: HeaderFormat::Fat,
            flags,
            header_size,
            max_stack,
            init_locals: flags & CORILMETHOD_INITLOCALS != 0,
            local_var_sig,
            code,
            eh_clauses,
            total_size: u32::try_from(end).map_err(|_| bytes.bad(0, "method body larger than 4 GiB"))?,
        })
    }

    /// The instructions of the body.
    pub fn instructions(&self) -> IlInstructions<'a> {
        IlInstructions::new(self.code)
    }
}

impl<'a> crate::metadata::Metadata<'a> {
    /// The IL body of a method defined in this module, read from `pe` (the image this
    /// metadata belongs to). `None` for methods without IL: RVA 0 (abstract, runtime,
    /// P/Invoke) or a native/runtime code type in the implementation flags.
    pub fn method_body(&self, pe: &PeFile<'a>, method: crate::metadata::token::MethodDefRid) -> Result<Option<MethodBody<'a>>> {
        let row = self.method_def(method)?;
        if row.rva == 0 || row.impl_flags.code_type() != 0 {
            return Ok(None);
        }
        MethodBody::read(pe, Rva(row.rva)).map(Some).map_err(|e| e.context(&format!("{method:?}")))
    }
}

fn read_clause(s: Bytes<'_>, off: usize, fat: bool) -> Result<EhClause> {
    let (flags, try_offset, try_length, handler_offset, handler_length, extra) = if fat {
        (s.u32(off)?, s.u32(off + 4)?, s.u32(off + 8)?, s.u32(off + 12)?, s.u32(off + 16)?, s.u32(off + 20)?)
    } else {
        (
            u32::from(s.u16(off)?),
            u32::from(s.u16(off + 2)?),
            u32::from(s.u8(off + 4)?),
            u32::from(s.u16(off + 5)?),
            u32::from(s.u8(off + 7)?),
            s.u32(off + 8)?,
        )
    };
    let kind = match flags {
        0 => {
            let tok = Token(extra);
            let class = match tok.table() {
                Some(TableId::TypeDef) => TypeDefOrRef::TypeDef(TypeDefRid(tok.rid())),
                Some(TableId::TypeRef) => TypeDefOrRef::TypeRef(TypeRefRid(tok.rid())),
                Some(TableId::TypeSpec) => TypeDefOrRef::TypeSpec(TypeSpecRid(tok.rid())),
                _ => return Err(s.bad(off + if fat { 20 } else { 8 }, format!("catch clause class token {tok} is not a type"))),
            };
            EhKind::Catch(class)
        }
        1 => EhKind::Filter { filter: IlOffset(extra) },
        2 => EhKind::Finally,
        4 => EhKind::Fault,
        f => return Err(s.bad(off, format!("exception clause flags {f:#x} are not catch/filter/finally/fault"))),
    };
    Ok(EhClause {
        kind,
        try_offset: IlOffset(try_offset),
        try_length,
        handler_offset: IlOffset(handler_offset),
        handler_length,
        fat,
    })
}

/// The targets of a `switch`, already checked to be valid offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SwitchTargets<'a> {
    table: Bytes<'a>,
    base: u32,
}

impl<'a> SwitchTargets<'a> {
    /// Number of targets.
    pub fn len(&self) -> usize {
        self.table.len() / 4
    }

    /// True for a `switch` with no targets.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The targets, as absolute IL offsets.
    pub fn iter(&self) -> impl Iterator<Item = IlOffset> + 'a {
        let base = i64::from(self.base);
        self.table.data().chunks_exact(4).map(move |c| {
            let d = i32::from_le_bytes([c[0], c[1], c[2], c[3]]);
            // Every target was range-checked when the instruction was decoded.
            IlOffset(u32::try_from(base + i64::from(d)).unwrap_or(0))
        })
    }
}

/// The decoded inline operand of an instruction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Operand<'a> {
    /// No operand.
    None,
    /// `ldc.i4.s`.
    I8(i8),
    /// `unaligned.` / `no.`.
    U8(u8),
    /// `ldc.i4`.
    I32(i32),
    /// `ldc.i8`.
    I64(i64),
    /// `ldc.r4`.
    R4(f32),
    /// `ldc.r8`.
    R8(f64),
    /// A branch target (absolute).
    Branch(IlOffset),
    /// `switch` targets.
    Switch(SwitchTargets<'a>),
    /// A metadata token (method, field, type, signature or `ldtoken` operand).
    Token(Token),
    /// An `ldstr` operand.
    String(UserStringIndex),
    /// An argument or local number.
    Var(u16),
}

/// One decoded instruction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Instruction<'a> {
    /// Offset of the opcode.
    pub offset: IlOffset,
    /// The opcode.
    pub opcode: Opcode,
    /// The operand.
    pub operand: Operand<'a>,
    /// Encoded size (opcode plus operand).
    pub size: u32,
}

impl Instruction<'_> {
    /// Offset of the next instruction.
    pub fn next_offset(&self) -> u32 {
        self.offset.0.saturating_add(self.size)
    }
}

/// Decodes the instructions of an IL code buffer in order. Yields one error and stops on
/// an unknown opcode, a truncated operand, an `ldstr` operand that is not a user-string
/// token or a branch whose target is not representable as an offset. Targets beyond the
/// code or inside an instruction are the verifier's business and are not reported here.
#[derive(Clone, Debug)]
pub struct IlInstructions<'a> {
    code: Bytes<'a>,
    pos: usize,
    done: bool,
}

impl<'a> IlInstructions<'a> {
    /// A decoder over a code buffer (IL offset 0 = first byte).
    pub fn new(code: Bytes<'a>) -> Self {
        IlInstructions { code, pos: 0, done: false }
    }

    fn decode(&mut self) -> Result<Instruction<'a>> {
        let start = self.pos;
        let mut c = self.code.cursor(start);
        let b = c.u8()?;
        let opcode = if b == PREFIX_FE {
            let b2 = c.u8().map_err(|e| e.context("two-byte opcode"))?;
            Opcode::from_fe_byte(b2).ok_or_else(|| self.code.bad(start, format!("unknown opcode 0xfe {b2:#04x}")))?
        } else {
            Opcode::from_byte(b).ok_or_else(|| self.code.bad(start, format!("unknown opcode {b:#04x}")))?
        };
        let at = c.pos();
        let operand = match opcode.operand() {
            OperandKind::None => Operand::None,
            OperandKind::I8 => Operand::I8(c.u8()? as i8),
            OperandKind::U8 => Operand::U8(c.u8()?),
            OperandKind::I32 => Operand::I32(c.i32()?),
            OperandKind::I64 => Operand::I64(c.u64()? as i64),
            OperandKind::R4 => Operand::R4(f32::from_bits(c.u32()?)),
            OperandKind::R8 => Operand::R8(f64::from_bits(c.u64()?)),
            OperandKind::VarShort => Operand::Var(u16::from(c.u8()?)),
            OperandKind::VarLong => Operand::Var(c.u16()?),
            OperandKind::BranchShort => {
                let d = i64::from(c.u8()? as i8);
                Operand::Branch(self.target(start, c.pos(), d)?)
            }
            OperandKind::BranchLong => {
                let d = i64::from(c.i32()?);
                Operand::Branch(self.target(start, c.pos(), d)?)
            }
            OperandKind::Switch => {
                let n = c.u32()? as usize;
                let len = n.checked_mul(4).ok_or_else(|| self.code.bad(at, "switch count overflows"))?;
                let table = c.take(len).map_err(|e| e.context(&format!("switch with {n} targets")))?;
                let base = c.pos();
                for (i, ch) in table.data().chunks_exact(4).enumerate() {
                    let d = i64::from(i32::from_le_bytes([ch[0], ch[1], ch[2], ch[3]]));
                    self.target(start, base, d).map_err(|e| e.context(&format!("switch target {i}")))?;
                }
                let base = u32::try_from(base).map_err(|_| self.code.bad(start, "IL offset beyond 4 GiB"))?;
                Operand::Switch(SwitchTargets { table, base })
            }
            OperandKind::String => {
                let t = Token(c.u32()?);
                if !t.is_user_string() {
                    return Err(self.code.bad(at, format!("ldstr operand {t} is not a user-string token")));
                }
                Operand::String(UserStringIndex(t.rid()))
            }
            OperandKind::Method | OperandKind::Field | OperandKind::Type | OperandKind::Sig | OperandKind::Tok => {
                Operand::Token(Token(c.u32()?))
            }
        };
        let size = c.pos() - start;
        self.pos = c.pos();
        Ok(Instruction {
            offset: IlOffset(u32::try_from(start).map_err(|_| self.code.bad(start, "IL offset beyond 4 GiB"))?),
            opcode,
            operand,
            size: size as u32,
        })
    }

    fn target(&self, start: usize, next: usize, delta: i64) -> Result<IlOffset> {
        let t = next as i64 + delta;
        u32::try_from(t)
            .map(IlOffset)
            .map_err(|_| self.code.bad(start, format!("branch target {t} is not a valid IL offset")))
    }
}

impl<'a> Iterator for IlInstructions<'a> {
    type Item = Result<Instruction<'a>>;
    fn next(&mut self) -> Option<Self::Item> {
        if self.done || self.pos >= self.code.len() {
            return None;
        }
        let r = self.decode();
        if r.is_err() {
            self.done = true;
        }
        Some(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ImageError;

    fn ins(code: &[u8]) -> Vec<Result<Instruction<'_>>> {
        IlInstructions::new(Bytes::new(code)).collect()
    }

    #[test]
    fn tiny_body() {
        let b = [0x0a, 0x02, 0x2a, 0xff];
        let m = MethodBody::parse(Bytes::new(&b)).unwrap();
        assert_eq!(m.format, HeaderFormat::Tiny);
        assert_eq!(m.code.data(), &[0x02, 0x2a]);
        assert_eq!(m.max_stack, 8);
        let v: Vec<_> = m.instructions().map(|i| i.unwrap().opcode).collect();
        assert_eq!(v, vec![Opcode::Ldarg0, Opcode::Ret]);
        assert!(MethodBody::parse(Bytes::new(&[0x0e, 0x02])).is_err()); // truncated
        assert!(MethodBody::parse(Bytes::new(&[0x00])).is_err());
        assert!(MethodBody::parse(Bytes::new(&[])).is_err());
    }

    /// Fat header (12 bytes) + `code` + padding + the given sections.
    fn fat(code: &[u8], flags: u16, sections: &[u8]) -> Vec<u8> {
        let mut v = Vec::new();
        v.extend_from_slice(&((3u16 << 12) | flags | 0x3).to_le_bytes());
        v.extend_from_slice(&4u16.to_le_bytes());
        v.extend_from_slice(&(code.len() as u32).to_le_bytes());
        v.extend_from_slice(&0x1100_0002u32.to_le_bytes());
        v.extend_from_slice(code);
        while v.len() % 4 != 0 {
            v.push(0);
        }
        v.extend_from_slice(sections);
        v
    }

    #[test]
    fn fat_body_with_small_and_fat_eh_sections() {
        // try { nop } catch TypeRef#1 { leave.s }   (small section, MoreSects)
        // then a fat section with a finally and a filter clause.
        let code = [0x00, 0xde, 0x00, 0x2a, 0x2a];
        let mut small = vec![0x01 | 0x80, 4 + 12, 0, 0];
        small.extend_from_slice(&0u16.to_le_bytes()); // flags: catch
        small.extend_from_slice(&0u16.to_le_bytes()); // try offset
        small.push(1); // try length
        small.extend_from_slice(&1u16.to_le_bytes()); // handler offset
        small.push(2); // handler length
        small.extend_from_slice(&0x0100_0001u32.to_le_bytes());
        let mut fat_sec = vec![0x41, 4 + 48, 0, 0];
        for (flags, extra) in [(2u32, 0u32), (1, 3)] {
            for v in [flags, 0, 1, 3, 1, extra] {
                fat_sec.extend_from_slice(&v.to_le_bytes());
            }
        }
        let mut sections = small;
        sections.extend_from_slice(&fat_sec);
        let body = fat(&code, CORILMETHOD_MORESECTS | CORILMETHOD_INITLOCALS, &sections);
        let m = MethodBody::parse(Bytes::new(&body)).unwrap();
        assert_eq!(m.format, HeaderFormat::Fat);
        assert!(m.init_locals);
        assert_eq!(m.local_var_sig, Some(StandAloneSigRid(2)));
        assert_eq!(m.code.len(), 5);
        assert_eq!(m.eh_clauses.len(), 3);
        assert_eq!(m.eh_clauses[0].kind, EhKind::Catch(TypeDefOrRef::TypeRef(TypeRefRid(1))));
        assert_eq!(m.eh_clauses[0].handler_offset, IlOffset(1));
        assert!(!m.eh_clauses[0].fat);
        assert_eq!(m.eh_clauses[1].kind, EhKind::Finally);
        assert_eq!(m.eh_clauses[2].kind, EhKind::Filter { filter: IlOffset(3) });
        assert_eq!(m.total_size as usize, body.len());

        // Every truncation of the body fails cleanly (or parses a prefix).
        for len in 0..body.len() {
            let _ = MethodBody::parse(Bytes::new(&body[..len]));
        }
        assert!(MethodBody::parse(Bytes::new(&body[..body.len() - 1])).is_err());
        // A section claiming fewer than 4 bytes is rejected (it could loop forever).
        let zero = fat(&code, CORILMETHOD_MORESECTS, &[0x81, 0, 0, 0]);
        assert!(MethodBody::parse(Bytes::new(&zero)).is_err());
        // Unknown clause flags, bad catch tokens.
        let mut bad = sections.clone();
        bad[4] = 8;
        assert!(MethodBody::parse(Bytes::new(&fat(&code, CORILMETHOD_MORESECTS, &bad))).is_err());
        // A non-StandAloneSig locals token.
        let mut badtok = body.clone();
        badtok[11] = 0x02;
        assert!(MethodBody::parse(Bytes::new(&badtok)).is_err());
    }

    #[test]
    fn decodes_every_operand_kind() {
        let code = [
            0x1f, 0xfe, // ldc.i4.s -2
            0x20, 1, 0, 0, 0, // ldc.i4 1
            0x21, 1, 0, 0, 0, 0, 0, 0, 0x80, // ldc.i8
            0x22, 0, 0, 0x80, 0x3f, // ldc.r4 1.0
            0x23, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f, // ldc.r8 1.0
            0x2b, 0xfe, // br.s -2 -> self
            0x45, 2, 0, 0, 0, 0, 0, 0, 0, 0xf6, 0xff, 0xff, 0xff, // switch (next, next-10)
            0x72, 1, 0, 0, 0x70, // ldstr
            0x28, 5, 0, 0, 0x0a, // call MemberRef#5
            0xfe, 0x0c, 0x34, 0x12, // ldloc 0x1234
            0x11, 7, // ldloc.s 7
            0xfe, 0x12, 4, // unaligned. 4
            0x2a,
        ];
        let v: Vec<_> = ins(&code).into_iter().map(|r| r.unwrap()).collect();
        assert_eq!(v[0].operand, Operand::I8(-2));
        assert_eq!(v[1].operand, Operand::I32(1));
        assert_eq!(v[2].operand, Operand::I64(i64::MIN + 1));
        assert_eq!(v[3].operand, Operand::R4(1.0));
        assert_eq!(v[4].operand, Operand::R8(1.0));
        assert_eq!(v[5].operand, Operand::Branch(v[5].offset));
        let Operand::Switch(t) = v[6].operand else { panic!() };
        let next = v[6].next_offset();
        assert_eq!(t.iter().collect::<Vec<_>>(), vec![IlOffset(next), IlOffset(next - 10)]);
        assert_eq!(v[7].operand, Operand::String(UserStringIndex(1)));
        assert_eq!(v[8].operand, Operand::Token(Token(0x0a00_0005)));
        assert_eq!(v[9].operand, Operand::Var(0x1234));
        assert_eq!(v[9].size, 4);
        assert_eq!(v[10].operand, Operand::Var(7));
        assert_eq!(v[11].operand, Operand::U8(4));
        assert_eq!(v[12].opcode, Opcode::Ret);
        // Every truncation: errors, never panics; the error is the last item.
        for len in 0..code.len() {
            let r = ins(&code[..len]);
            for (i, x) in r.iter().enumerate() {
                if x.is_err() {
                    assert_eq!(i, r.len() - 1);
                }
            }
        }
    }

    #[test]
    fn invalid_code() {
        assert!(ins(&[0x24])[0].is_err());
        assert!(ins(&[0xfe, 0x08])[0].is_err());
        assert!(ins(&[0xfe])[0].is_err());
        assert!(ins(&[0x2b, 0x80])[0].is_err()); // br.s to -126
        assert!(ins(&[0x72, 1, 0, 0, 0x06])[0].is_err()); // ldstr of a MethodDef token
        assert!(ins(&[0x45, 0xff, 0xff, 0xff, 0xff])[0].is_err()); // huge switch, no allocation
        let e = ins(&[0x00, 0x00, 0xa6]);
        assert_eq!(e.len(), 3);
        let Err(ImageError::BadImage { offset: Some(2), .. }) = &e[2] else { panic!("{:?}", e[2]) };
    }
}

//! EH info: the ExceptionInfo lookup table (section 104) and the 24-byte
//! `READYTORUN_EXCEPTION_CLAUSE` records it points to (reference §8.4).

use std::fmt;

use crate::bytes::Bytes;
use crate::error::{ImageError, Result};
use crate::metadata::token::Token;
use crate::pe::{PeFile, Rva};

/// `CorExceptionFlag` / `CORINFO_EH_CLAUSE_FLAGS` of a clause.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct EhClauseFlags(pub u32);

impl EhClauseFlags {
    /// A filter clause (else, with no kind bit, a typed catch).
    pub const FILTER: u32 = 0x1;
    /// A finally clause.
    pub const FINALLY: u32 = 0x2;
    /// A fault clause.
    pub const FAULT: u32 = 0x4;
    /// A copy of an enclosing clause that covers a funclet's code.
    pub const DUPLICATED: u32 = 0x8;
    /// The clause has the same try range as the previous one.
    pub const SAME_TRY: u32 = 0x10;

    /// True when `flag` is set.
    pub fn has(self, flag: u32) -> bool {
        self.0 & flag != 0
    }
}

impl fmt::Debug for EhClauseFlags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:#x}", self.0)
    }
}

/// What a clause's handler does.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum EhClauseKind {
    /// Catches exceptions of the class in `class_token`.
    Typed,
    /// Runs the filter at `filter_offset` to decide.
    Filter,
    /// Always runs on leaving the try.
    Finally,
    /// Runs when the try is left by an exception.
    Fault,
}

/// One `READYTORUN_EXCEPTION_CLAUSE`; offsets are native code offsets from the method start,
/// ends exclusive.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct EhClause {
    /// Flags.
    pub flags: EhClauseFlags,
    /// Start of the protected range.
    pub try_start: u32,
    /// End of the protected range.
    pub try_end: u32,
    /// Start of the handler funclet.
    pub handler_start: u32,
    /// End of the handler funclet.
    pub handler_end: u32,
    /// Class token (typed catch) or filter funclet offset (filter).
    pub class_token_or_filter_offset: u32,
}

impl EhClause {
    /// Decodes the clause from 24 bytes.
    pub fn read(b: Bytes<'_>, off: usize) -> Result<EhClause> {
        Ok(EhClause {
            flags: EhClauseFlags(b.u32(off)?),
            try_start: b.u32(off + 4)?,
            try_end: b.u32(off + 8)?,
            handler_start: b.u32(off + 12)?,
            handler_end: b.u32(off + 16)?,
            class_token_or_filter_offset: b.u32(off + 20)?,
        })
    }

    /// The clause kind. A value with several kind bits is malformed (`None`).
    pub fn kind(&self) -> Option<EhClauseKind> {
        match self.flags.0 & 0x7 {
            0 => Some(EhClauseKind::Typed),
            EhClauseFlags::FILTER => Some(EhClauseKind::Filter),
            EhClauseFlags::FINALLY => Some(EhClauseKind::Finally),
            EhClauseFlags::FAULT => Some(EhClauseKind::Fault),
            _ => None,
        }
    }

    /// True for a duplicated clause.
    pub fn is_duplicated(&self) -> bool {
        self.flags.has(EhClauseFlags::DUPLICATED)
    }

    /// True when the clause shares the previous clause's try range.
    pub fn is_same_try(&self) -> bool {
        self.flags.has(EhClauseFlags::SAME_TRY)
    }

    /// The caught class, for a typed catch (a token of the method's module).
    pub fn class_token(&self) -> Option<Token> {
        (self.kind() == Some(EhClauseKind::Typed)).then_some(Token(self.class_token_or_filter_offset))
    }

    /// The filter funclet's offset, for a filter.
    pub fn filter_offset(&self) -> Option<u32> {
        (self.kind() == Some(EhClauseKind::Filter)).then_some(self.class_token_or_filter_offset)
    }
}

impl fmt::Display for EhClause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.kind() {
            Some(EhClauseKind::Typed) => "catch",
            Some(EhClauseKind::Filter) => "filter",
            Some(EhClauseKind::Finally) => "finally",
            Some(EhClauseKind::Fault) => "fault",
            None => "invalid",
        };
        write!(f, "{kind:<7} try [{:#x}, {:#x}) handler [{:#x}, {:#x})", self.try_start, self.try_end, self.handler_start, self.handler_end)?;
        match self.kind() {
            Some(EhClauseKind::Typed) => write!(f, " class {:08X}", self.class_token_or_filter_offset)?,
            Some(EhClauseKind::Filter) => write!(f, " filter {:#x}", self.class_token_or_filter_offset)?,
            _ => {}
        }
        if self.is_duplicated() {
            f.write_str(" duplicated")?;
        }
        if self.is_same_try() {
            f.write_str(" same-try")?;
        }
        let rest = self.flags.0 & !0x1f;
        if rest != 0 {
            write!(f, " flags+{rest:#x}")?;
        }
        Ok(())
    }
}

/// One entry of the lookup table: a method start and its clauses' location.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct EhEntry {
    /// Start RVA of the method's main body.
    pub method_start: Rva,
    /// RVA of its first clause.
    pub clauses: Rva,
    /// Number of clauses.
    pub count: u32,
}

/// The ExceptionInfo lookup table.
#[derive(Clone, Copy, Debug)]
pub struct ExceptionInfo<'a> {
    bytes: Bytes<'a>,
    /// Entries, excluding the sentinel.
    count: u32,
}

impl<'a> ExceptionInfo<'a> {
    /// The table over its section bytes. It must hold at least the sentinel.
    pub fn new(bytes: Bytes<'a>) -> Result<ExceptionInfo<'a>> {
        let n = bytes.len() / 8;
        if n == 0 {
            return Err(bytes.bad(0, "ExceptionInfo table without its sentinel entry"));
        }
        Ok(ExceptionInfo { bytes, count: (n - 1) as u32 })
    }

    /// Number of methods with EH clauses.
    pub fn len(&self) -> u32 {
        self.count
    }

    /// True when no method has clauses.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Entry `i` (`i < len()`).
    pub fn entry(&self, i: u32) -> Result<EhEntry> {
        if i >= self.count {
            return Err(ImageError::bad_nowhere(format!("EH entry {i} beyond the {} in the table", self.count)));
        }
        let o = i as usize * 8;
        let method_start = Rva(self.bytes.u32(o)?);
        let clauses = Rva(self.bytes.u32(o + 4)?);
        let next = self.bytes.u32(o + 12)?;
        let span = next.checked_sub(clauses.0).ok_or_else(|| self.bytes.bad(o + 4, "EH clause ranges out of order"))?;
        if span % 24 != 0 {
            return Err(self.bytes.bad(o + 4, format!("EH clause range of {span} bytes is not a multiple of 24")));
        }
        Ok(EhEntry { method_start, clauses, count: span / 24 })
    }

    /// All entries in order.
    pub fn entries(&self) -> impl Iterator<Item = Result<EhEntry>> + '_ {
        (0..self.count).map(|i| self.entry(i))
    }

    /// The entry for the method starting at `method_start` (binary search).
    pub fn find(&self, method_start: Rva) -> Result<Option<EhEntry>> {
        let (mut lo, mut hi) = (0u32, self.count);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = Rva(self.bytes.u32(mid as usize * 8)?);
            if start == method_start {
                return self.entry(mid).map(Some);
            }
            if start < method_start {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Ok(None)
    }

    /// The clauses of `entry`, decoded from the image.
    pub fn clauses(&self, pe: &PeFile<'a>, entry: &EhEntry) -> Result<Vec<EhClause>> {
        let len = entry.count.checked_mul(24).ok_or_else(|| ImageError::bad_nowhere("EH clause count overflows"))?;
        let b = pe.slice_rva(entry.clauses, len).map_err(|e| e.context(&format!("EH clauses of the method at {}", entry.method_start)))?;
        (0..entry.count as usize).map(|i| EhClause::read(b, i * 24)).collect()
    }

    /// Checks that method starts are strictly ascending and the sentinel is `0xFFFFFFFF`.
    pub fn validate(&self) -> Result<()> {
        let sentinel = self.bytes.u32(self.count as usize * 8)?;
        if sentinel != u32::MAX {
            return Err(self.bytes.bad(self.count as usize * 8, format!("EH table sentinel is {sentinel:#x}, expected 0xffffffff")));
        }
        let mut prev: Option<u32> = None;
        for i in 0..self.count {
            let s = self.bytes.u32(i as usize * 8)?;
            if prev.is_some_and(|p| p >= s) {
                return Err(self.bytes.bad(i as usize * 8, "EH table not sorted by method start"));
            }
            prev = Some(s);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_and_clauses() {
        let mut b = Vec::new();
        for (s, c) in [(0x100u32, 0x2000u32), (0x200, 0x2030), (u32::MAX, 0x2048)] {
            b.extend_from_slice(&s.to_le_bytes());
            b.extend_from_slice(&c.to_le_bytes());
        }
        let t = ExceptionInfo::new(Bytes::new(&b)).unwrap();
        t.validate().unwrap();
        assert_eq!(t.len(), 2);
        assert_eq!(t.entry(0).unwrap().count, 2);
        assert_eq!(t.find(Rva(0x200)).unwrap().unwrap().count, 1);
        assert_eq!(t.find(Rva(0x150)).unwrap(), None);
        let mut bad = b.clone();
        bad[12..16].copy_from_slice(&0x2001u32.to_le_bytes());
        assert!(ExceptionInfo::new(Bytes::new(&bad)).unwrap().entry(0).is_err());
        assert!(ExceptionInfo::new(Bytes::new(&[0; 4])).is_err());
        let mut clause = Vec::new();
        for v in [0x12u32, 4, 10, 10, 20, 0x0100_0003] {
            clause.extend_from_slice(&v.to_le_bytes());
        }
        let c = EhClause::read(Bytes::new(&clause), 0).unwrap();
        assert_eq!(c.kind(), Some(EhClauseKind::Finally));
        assert!(c.is_same_try());
        assert_eq!(c.class_token(), None);
        assert_eq!(c.to_string(), "finally try [0x4, 0xa) handler [0xa, 0x14) same-try");
    }
}

//! The RUNTIME_FUNCTIONS table (section 102): one x64 `RUNTIME_FUNCTION` per method body,
//! funclet and cold part, sorted by start address (reference §3.1, §3.4).

use std::ops::Range;

use crate::bytes::Bytes;
use crate::error::Result;
use crate::pe::{PeFile, Rva};
use crate::r2r::ids::RuntimeFunctionIndex;
use crate::r2r::unwind::UnwindInfo;

/// One `RUNTIME_FUNCTION` (12 bytes).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct RuntimeFunction {
    /// Its index in the table.
    pub index: RuntimeFunctionIndex,
    /// First byte of code.
    pub begin: Rva,
    /// One past the last byte of code.
    pub end: Rva,
    /// The unwind info.
    pub unwind: Rva,
}

impl RuntimeFunction {
    /// Code size in bytes (0 when `end < begin`).
    pub fn len(&self) -> u32 {
        self.end.0.saturating_sub(self.begin.0)
    }

    /// True for an empty range.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// True when `rva` lies in `[begin, end)`.
    pub fn contains(&self, rva: Rva) -> bool {
        rva >= self.begin && rva < self.end
    }
}

/// The RUNTIME_FUNCTIONS table.
#[derive(Clone, Copy, Debug)]
pub struct RuntimeFunctions<'a> {
    bytes: Bytes<'a>,
    count: u32,
}

impl<'a> RuntimeFunctions<'a> {
    /// The table over its section bytes (`size / 12` entries; a partial trailing entry is
    /// ignored as the runtime does).
    pub fn new(bytes: Bytes<'a>) -> RuntimeFunctions<'a> {
        RuntimeFunctions { bytes, count: (bytes.len() / 12) as u32 }
    }

    /// Number of entries.
    pub fn len(&self) -> u32 {
        self.count
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Entry `i`.
    pub fn get(&self, i: RuntimeFunctionIndex) -> Result<RuntimeFunction> {
        if i.0 >= self.count {
            return Err(crate::error::ImageError::bad_nowhere(format!("runtime function {} beyond the {} in the table", i.0, self.count)));
        }
        let o = i.as_usize() * 12;
        Ok(RuntimeFunction { index: i, begin: Rva(self.bytes.u32(o)?), end: Rva(self.bytes.u32(o + 4)?), unwind: Rva(self.bytes.u32(o + 8)?) })
    }

    /// All entries in order.
    pub fn iter(&self) -> impl Iterator<Item = Result<RuntimeFunction>> + '_ {
        (0..self.count).map(|i| self.get(RuntimeFunctionIndex(i)))
    }

    /// The entry whose `[begin, end)` contains `rva` (binary search on `begin`).
    pub fn find(&self, rva: Rva) -> Result<Option<RuntimeFunction>> {
        let (mut lo, mut hi) = (0u32, self.count);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.get(RuntimeFunctionIndex(mid))?.begin <= rva {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if lo == 0 {
            return Ok(None);
        }
        let f = self.get(RuntimeFunctionIndex(lo - 1))?;
        Ok(f.contains(rva).then_some(f))
    }

    /// Checks that entries are sorted by `begin`, non-overlapping and non-empty.
    pub fn validate(&self) -> Result<()> {
        let mut prev: Option<RuntimeFunction> = None;
        for f in self.iter() {
            let f = f?;
            let at = self.bytes.file_offset(f.index.as_usize() * 12);
            if f.end <= f.begin {
                return Err(crate::error::ImageError::bad(at, format!("runtime function {} is empty or reversed ({}..{})", f.index.0, f.begin, f.end)));
            }
            if let Some(p) = prev
                && f.begin < p.end
            {
                return Err(crate::error::ImageError::bad(at, format!("runtime function {} starts at {} inside or before {} ({}..{})", f.index.0, f.begin, p.index.0, p.begin, p.end)));
            }
            prev = Some(f);
        }
        Ok(())
    }

    /// Decodes the unwind info of entry `f`.
    pub fn unwind_info(&self, pe: &PeFile<'_>, f: &RuntimeFunction) -> Result<UnwindInfo> {
        let bytes = pe.at_rva(f.unwind).map_err(|e| e.context(&format!("unwind info of runtime function {}", f.index.0)))?;
        UnwindInfo::decode(bytes, f.unwind)
    }

    /// The runtime functions of the method whose main body is `main`: the body and the
    /// funclets after it, up to the next index for which `is_boundary` is true (another
    /// method's entry, or a cold part) or the end of the table.
    pub fn method_extent(&self, main: RuntimeFunctionIndex, is_boundary: &dyn Fn(RuntimeFunctionIndex) -> bool) -> Range<u32> {
        let mut end = main.0.saturating_add(1).min(self.count);
        while end < self.count && !is_boundary(RuntimeFunctionIndex(end)) {
            end += 1;
        }
        main.0.min(self.count)..end
    }
}

/// A set of runtime-function indices (method entries and cold parts), used to find method
/// extents.
#[derive(Clone, Debug, Default)]
pub struct IndexSet {
    bits: Vec<u64>,
}

impl IndexSet {
    /// An empty set able to hold indices below `len`.
    pub fn with_len(len: u32) -> IndexSet {
        IndexSet { bits: vec![0; (len as usize).div_ceil(64)] }
    }

    /// Adds `i` (ignored when out of range).
    pub fn insert(&mut self, i: RuntimeFunctionIndex) {
        if let Some(w) = self.bits.get_mut(i.as_usize() / 64) {
            *w |= 1 << (i.0 % 64);
        }
    }

    /// True when `i` is in the set.
    pub fn contains(&self, i: RuntimeFunctionIndex) -> bool {
        self.bits.get(i.as_usize() / 64).is_some_and(|w| w & (1 << (i.0 % 64)) != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(entries: &[(u32, u32)]) -> Vec<u8> {
        let mut b = Vec::new();
        for &(s, e) in entries {
            b.extend_from_slice(&s.to_le_bytes());
            b.extend_from_slice(&e.to_le_bytes());
            b.extend_from_slice(&0u32.to_le_bytes());
        }
        b
    }

    #[test]
    fn find_and_extents() {
        let b = table(&[(0x100, 0x140), (0x140, 0x150), (0x160, 0x180), (0x180, 0x190)]);
        let t = RuntimeFunctions::new(Bytes::new(&b));
        assert_eq!(t.len(), 4);
        t.validate().unwrap();
        assert_eq!(t.find(Rva(0xff)).unwrap(), None);
        assert_eq!(t.find(Rva(0x100)).unwrap().unwrap().index, RuntimeFunctionIndex(0));
        assert_eq!(t.find(Rva(0x14f)).unwrap().unwrap().index, RuntimeFunctionIndex(1));
        assert_eq!(t.find(Rva(0x155)).unwrap(), None);
        assert_eq!(t.find(Rva(0x18f)).unwrap().unwrap().index, RuntimeFunctionIndex(3));
        assert_eq!(t.find(Rva(0x190)).unwrap(), None);
        let mut entries = IndexSet::with_len(4);
        entries.insert(RuntimeFunctionIndex(0));
        entries.insert(RuntimeFunctionIndex(2));
        assert_eq!(t.method_extent(RuntimeFunctionIndex(0), &|i| entries.contains(i)), 0..2);
        assert_eq!(t.method_extent(RuntimeFunctionIndex(2), &|i| entries.contains(i)), 2..4);
        assert_eq!(t.method_extent(RuntimeFunctionIndex(9), &|i| entries.contains(i)), 4..4);
        assert!(t.get(RuntimeFunctionIndex(4)).is_err());
        let bad = table(&[(0x100, 0x140), (0x130, 0x150)]);
        assert!(RuntimeFunctions::new(Bytes::new(&bad)).validate().is_err());
    }
}

//! Method entry points: MethodDefEntryPoints (section 103), InstanceMethodEntryPoints
//! (section 109) and the nibble-encoded fixup lists they point to (reference §2.5–2.6).

use crate::bytes::Bytes;
use crate::error::Result;
use crate::metadata::token::MethodDefRid;
use crate::r2r::fixups::{R2RMethodSig, method_sig};
use crate::r2r::ids::{ImportCell, ImportSectionIndex, ImportSlot, RuntimeFunctionIndex};
use crate::r2r::native::{NativeArray, NativeArrayIter, NativeHashtable, NativeHashtableIter, NibbleReader, decode_unsigned};

/// A method's fixup list: the cells that must be resolved before its code may run.
#[derive(Clone, Copy, Debug)]
pub struct FixupList<'a> {
    bytes: Bytes<'a>,
    offset: usize,
}

impl<'a> FixupList<'a> {
    /// A list whose blob starts at `offset` of `bytes`.
    pub fn new(bytes: Bytes<'a>, offset: usize) -> FixupList<'a> {
        FixupList { bytes, offset }
    }

    /// File offset of the blob.
    pub fn file_offset(&self) -> u64 {
        self.bytes.file_offset(self.offset)
    }

    /// Decodes the list into cells, in blob order (sorted by section, then slot).
    /// The loop consumes at least one nibble per step, so it ends within the window.
    pub fn cells(&self) -> Result<Vec<ImportCell>> {
        let mut out = Vec::new();
        self.for_each_cell(&mut |c| out.push(c))?;
        Ok(out)
    }

    /// Calls `f` for each cell without allocating.
    pub fn for_each_cell(&self, f: &mut dyn FnMut(ImportCell)) -> Result<()> {
        let mut r = NibbleReader::new(self.bytes, self.offset);
        let overflow = || self.bytes.bad(self.offset, "fixup list index overflows");
        let mut table = r.read_unsigned()?;
        loop {
            let mut slot = r.read_unsigned()?;
            loop {
                f(ImportCell { section: ImportSectionIndex(table), slot: ImportSlot(slot) });
                let d = r.read_unsigned()?;
                if d == 0 {
                    break;
                }
                slot = slot.checked_add(d).ok_or_else(overflow)?;
            }
            let t = r.read_unsigned()?;
            if t == 0 {
                return Ok(());
            }
            table = table.checked_add(t).ok_or_else(overflow)?;
        }
    }
}

/// Where a method's code is and what it needs first.
#[derive(Clone, Copy, Debug)]
pub struct MethodEntryPoint<'a> {
    /// The method's main runtime function (its entry point is that function's start).
    pub runtime_function: RuntimeFunctionIndex,
    /// The fixup list, if any.
    pub fixups: Option<FixupList<'a>>,
    /// True when the fixup list is shared through a back-reference (`id & 2`).
    pub fixups_shared: bool,
}

/// Decodes the entry-point encoding at `off`: `id` (bit 0 = has fixups, bit 1 = the fixup
/// blob is a back-reference) and, for a back-reference, the delta. Returns the entry and
/// the offset just past the encoding.
pub fn decode_entry_point(bytes: Bytes<'_>, off: usize) -> Result<(MethodEntryPoint<'_>, usize)> {
    let (id, next) = decode_unsigned(bytes, off)?;
    if id & 1 == 0 {
        return Ok((MethodEntryPoint { runtime_function: RuntimeFunctionIndex(id >> 1), fixups: None, fixups_shared: false }, next));
    }
    let index = RuntimeFunctionIndex(id >> 2);
    if id & 2 != 0 {
        let (delta, after) = decode_unsigned(bytes, next)?;
        let blob = next.checked_sub(delta as usize).ok_or_else(|| bytes.bad(next, format!("fixup back-reference {delta:#x} points before its section")))?;
        Ok((MethodEntryPoint { runtime_function: index, fixups: Some(FixupList::new(bytes, blob)), fixups_shared: true }, after))
    } else {
        Ok((MethodEntryPoint { runtime_function: index, fixups: Some(FixupList::new(bytes, next)), fixups_shared: false }, next))
    }
}

/// The MethodDefEntryPoints table: MethodDef RID → entry point.
#[derive(Clone, Copy, Debug)]
pub struct MethodDefEntryPoints<'a> {
    array: NativeArray<'a>,
}

impl<'a> MethodDefEntryPoints<'a> {
    /// Opens the table over its section bytes.
    pub fn new(bytes: Bytes<'a>) -> Result<MethodDefEntryPoints<'a>> {
        Ok(MethodDefEntryPoints { array: NativeArray::new(bytes, 0)? })
    }

    /// Number of MethodDef rows the table covers.
    pub fn len(&self) -> u32 {
        self.array.len()
    }

    /// True when the table covers no rows.
    pub fn is_empty(&self) -> bool {
        self.array.is_empty()
    }

    /// The entry of `rid`; `None` when the method has no native code.
    pub fn get(&self, rid: MethodDefRid) -> Result<Option<MethodEntryPoint<'a>>> {
        let Some(index) = rid.0.checked_sub(1) else { return Ok(None) };
        match self.array.get(index)? {
            None => Ok(None),
            Some(off) => Ok(Some(decode_entry_point(self.array.bytes(), off)?.0)),
        }
    }

    /// Every method with code, in RID order. Stops after the first error.
    pub fn iter(&self) -> MethodDefEntryPointsIter<'a> {
        MethodDefEntryPointsIter { inner: self.array.iter(), bytes: self.array.bytes(), failed: false }
    }
}

/// Iterator over [`MethodDefEntryPoints`].
#[derive(Clone, Debug)]
pub struct MethodDefEntryPointsIter<'a> {
    inner: NativeArrayIter<'a>,
    bytes: Bytes<'a>,
    failed: bool,
}

impl<'a> Iterator for MethodDefEntryPointsIter<'a> {
    type Item = Result<(MethodDefRid, MethodEntryPoint<'a>)>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let r = match self.inner.next()? {
            Ok((i, off)) => decode_entry_point(self.bytes, off).map(|(e, _)| (MethodDefRid(i + 1), e)),
            Err(e) => Err(e),
        };
        self.failed = r.is_err();
        Some(r)
    }
}

/// One compiled instantiation from InstanceMethodEntryPoints.
#[derive(Clone, Debug)]
pub struct InstanceEntryPoint<'a> {
    /// The low byte of the entry's version-resilient hash.
    pub hash_low_byte: u8,
    /// The instantiated method (normally with `OwnerType` and/or `MethodInstantiation`),
    /// tokens in the image's own module unless `UpdateContext`/`MODULE_ZAPSIG` say otherwise.
    pub method: R2RMethodSig,
    /// Its code and fixups.
    pub entry: MethodEntryPoint<'a>,
    /// File offset of the entry's signature.
    pub file_offset: u64,
}

/// The InstanceMethodEntryPoints hashtable.
#[derive(Clone, Copy, Debug)]
pub struct InstanceMethodEntryPoints<'a> {
    table: NativeHashtable<'a>,
}

impl<'a> InstanceMethodEntryPoints<'a> {
    /// Opens the table over its section bytes.
    pub fn new(bytes: Bytes<'a>) -> Result<InstanceMethodEntryPoints<'a>> {
        Ok(InstanceMethodEntryPoints { table: NativeHashtable::new(bytes, 0)? })
    }

    /// The underlying hashtable.
    pub fn hashtable(&self) -> NativeHashtable<'a> {
        self.table
    }

    /// Decodes the entry whose data starts at `off`.
    pub fn entry_at(&self, hash_low_byte: u8, off: usize) -> Result<InstanceEntryPoint<'a>> {
        let bytes = self.table.bytes();
        let mut c = bytes.cursor(off);
        let method = method_sig(&mut c)?;
        let (entry, _) = decode_entry_point(bytes, c.pos())?;
        Ok(InstanceEntryPoint { hash_low_byte, method, entry, file_offset: bytes.file_offset(off) })
    }

    /// The candidates for a version-resilient method hash (verify each by its signature).
    pub fn lookup(&self, hash: u32) -> Result<Vec<InstanceEntryPoint<'a>>> {
        self.table.lookup(hash)?.into_iter().map(|off| self.entry_at((hash & 0xff) as u8, off)).collect()
    }

    /// Every entry. Stops after the first error.
    pub fn iter(&self) -> InstanceEntryPointsIter<'a> {
        InstanceEntryPointsIter { table: *self, inner: self.table.iter(), failed: false }
    }
}

/// Iterator over [`InstanceMethodEntryPoints`].
#[derive(Clone, Debug)]
pub struct InstanceEntryPointsIter<'a> {
    table: InstanceMethodEntryPoints<'a>,
    inner: NativeHashtableIter<'a>,
    failed: bool,
}

impl<'a> Iterator for InstanceEntryPointsIter<'a> {
    type Item = Result<InstanceEntryPoint<'a>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let r = match self.inner.next()? {
            Ok((low, off)) => self.table.entry_at(low, off),
            Err(e) => Err(e),
        };
        self.failed = r.is_err();
        Some(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::r2r::native::encode_unsigned;

    /// Nibble-encodes unsigned values.
    fn nibbles(vals: &[u32]) -> Vec<u8> {
        let mut nib = Vec::new();
        for &v in vals {
            let mut groups = vec![(v & 7) as u8];
            let mut x = v >> 3;
            while x != 0 {
                groups.push((x & 7) as u8);
                x >>= 3;
            }
            groups.reverse();
            let n = groups.len();
            for (i, g) in groups.into_iter().enumerate() {
                nib.push(if i + 1 < n { g | 8 } else { g });
            }
        }
        nib.chunks(2).map(|c| c[0] | (c.get(1).copied().unwrap_or(0) << 4)).collect()
    }

    #[test]
    fn fixup_list_decodes_runs() {
        // table 2: slots 5, 6, 9; then table 2+3=5: slot 100.
        let b = nibbles(&[2, 5, 1, 3, 0, 3, 100, 0, 0]);
        let cells = FixupList::new(Bytes::new(&b), 0).cells().unwrap();
        let want: Vec<(u32, u32)> = vec![(2, 5), (2, 6), (2, 9), (5, 100)];
        assert_eq!(cells.iter().map(|c| (c.section.0, c.slot.0)).collect::<Vec<_>>(), want);
        // Truncated lists fail instead of looping.
        let t = nibbles(&[2, 5, 1]);
        assert!(FixupList::new(Bytes::new(&t), 0).cells().is_err());
        // Overflowing slot arithmetic fails.
        let o = nibbles(&[0, u32::MAX, 1, 0, 0]);
        assert!(FixupList::new(Bytes::new(&o), 0).cells().is_err());
    }

    #[test]
    fn entry_point_forms() {
        let mut b = Vec::new();
        encode_unsigned(7 << 1, &mut b); // index 7, no fixups
        let (e, next) = decode_entry_point(Bytes::new(&b), 0).unwrap();
        assert_eq!((e.runtime_function, e.fixups.is_none(), next), (RuntimeFunctionIndex(7), true, 1));
        // Inline fixups: id = 9 << 2 | 1, blob follows.
        let mut b = Vec::new();
        encode_unsigned((9 << 2) | 1, &mut b);
        b.extend(nibbles(&[1, 4, 0, 0]));
        let (e, _) = decode_entry_point(Bytes::new(&b), 0).unwrap();
        assert_eq!(e.runtime_function, RuntimeFunctionIndex(9));
        assert_eq!(e.fixups.unwrap().cells().unwrap(), [ImportCell { section: ImportSectionIndex(1), slot: ImportSlot(4) }]);
        // Back-reference: blob at 0, entry at 3: id = 9<<2|3, delta = position after id − 0.
        let mut b = nibbles(&[1, 4, 0, 0]);
        let at = b.len();
        encode_unsigned((9 << 2) | 3, &mut b);
        encode_unsigned((at + 1) as u32, &mut b);
        let (e, _) = decode_entry_point(Bytes::new(&b), at).unwrap();
        assert!(e.fixups_shared);
        assert_eq!(e.fixups.unwrap().cells().unwrap().len(), 1);
        // A back-reference before the window fails.
        let mut b = Vec::new();
        encode_unsigned(3, &mut b);
        encode_unsigned(50, &mut b);
        assert!(decode_entry_point(Bytes::new(&b), 0).is_err());
    }
}

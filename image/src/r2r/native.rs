//! NativeFormat: the variable-length integers, sparse arrays, hashtables and nibble streams
//! ReadyToRun uses for its lookup tables (format reference §2).
//!
//! All readers work on a [`Bytes`] window (usually one ReadyToRun section) with offsets
//! relative to that window; errors carry absolute file offsets. Every loop is bounded by
//! the window length or by a fixed depth, so cyclic or garbage offsets cannot hang a reader.

use crate::bytes::Bytes;
use crate::error::Result;

/// Decodes a NativeFormat unsigned integer at `off`; returns the value and the offset just
/// past it.
pub fn decode_unsigned(b: Bytes<'_>, off: usize) -> Result<(u32, usize)> {
    let b0 = u32::from(b.u8(off)?);
    let byte = |i: usize| -> Result<u32> { Ok(u32::from(b.u8(off + i)?)) };
    if b0 & 1 == 0 {
        Ok((b0 >> 1, off + 1))
    } else if b0 & 2 == 0 {
        Ok(((b0 >> 2) | (byte(1)? << 6), off + 2))
    } else if b0 & 4 == 0 {
        Ok(((b0 >> 3) | (byte(1)? << 5) | (byte(2)? << 13), off + 3))
    } else if b0 & 8 == 0 {
        Ok(((b0 >> 4) | (byte(1)? << 4) | (byte(2)? << 12) | (byte(3)? << 20), off + 4))
    } else if b0 & 16 == 0 {
        Ok((b.u32(off + 1)?, off + 5))
    } else {
        Err(b.bad(off, format!("invalid NativeFormat integer lead byte {b0:#04x}")))
    }
}

/// Decodes a NativeFormat signed integer at `off` (same shapes as [`decode_unsigned`], with
/// sign extension from the top bit of the assembled field).
pub fn decode_signed(b: Bytes<'_>, off: usize) -> Result<(i32, usize)> {
    let (raw, next) = decode_unsigned(b, off)?;
    let bits = match next - off {
        1 => 7,
        2 => 14,
        3 => 21,
        4 => 28,
        _ => return Ok((raw as i32, next)),
    };
    let shift = 32 - bits;
    Ok((((raw << shift) as i32) >> shift, next))
}

/// Encodes `v` as a NativeFormat unsigned integer (the shortest form). Used by tests and by
/// tools that build images.
pub fn encode_unsigned(v: u32, out: &mut Vec<u8>) {
    if v < 1 << 7 {
        out.push((v << 1) as u8);
    } else if v < 1 << 14 {
        out.extend_from_slice(&[((v << 2) | 1) as u8, (v >> 6) as u8]);
    } else if v < 1 << 21 {
        out.extend_from_slice(&[((v << 3) | 3) as u8, (v >> 5) as u8, (v >> 13) as u8]);
    } else if v < 1 << 28 {
        out.extend_from_slice(&[((v << 4) | 7) as u8, (v >> 4) as u8, (v >> 12) as u8, (v >> 20) as u8]);
    } else {
        out.push(0x0f);
        out.extend_from_slice(&v.to_le_bytes());
    }
}

/// Encodes `v` as a NativeFormat signed integer (the shortest form).
pub fn encode_signed(v: i32, out: &mut Vec<u8>) {
    let fits = |bits: u32| -> bool { (v >> (bits - 1)) == 0 || (v >> (bits - 1)) == -1 };
    let u = v as u32;
    if fits(7) {
        out.push((u << 1) as u8);
    } else if fits(14) {
        out.extend_from_slice(&[((u << 2) | 1) as u8, (u >> 6) as u8]);
    } else if fits(21) {
        out.extend_from_slice(&[((u << 3) | 3) as u8, (u >> 5) as u8, (u >> 13) as u8]);
    } else if fits(28) {
        out.extend_from_slice(&[((u << 4) | 7) as u8, (u >> 4) as u8, (u >> 12) as u8, (u >> 20) as u8]);
    } else {
        out.push(0x0f);
        out.extend_from_slice(&u.to_le_bytes());
    }
}

/// Reads an unsigned index entry of `size` (0 = u8, 1 = u16, 2 = u32) at `off`.
fn read_sized(b: Bytes<'_>, off: usize, size: u8) -> Result<u32> {
    match size {
        0 => b.u8(off).map(u32::from),
        1 => b.u16(off).map(u32::from),
        _ => b.u32(off),
    }
}

/// Number of elements per NativeArray block.
const BLOCK_SIZE: u32 = 16;

/// A NativeFormat sparse array (`NativeArray`, reference §2.4).
#[derive(Clone, Copy, Debug)]
pub struct NativeArray<'a> {
    bytes: Bytes<'a>,
    base: usize,
    count: u32,
    entry_index_size: u8,
}

impl<'a> NativeArray<'a> {
    /// Opens the array whose header is at `off` in `bytes`. Fails when the block index does
    /// not fit in the window, so the element count is bounded by the window size.
    pub fn new(bytes: Bytes<'a>, off: usize) -> Result<NativeArray<'a>> {
        let (h, base) = decode_unsigned(bytes, off)?;
        let count = h >> 2;
        let entry_index_size = (h & 3) as u8;
        if entry_index_size == 3 {
            return Err(bytes.bad(off, "NativeArray entry index size 3 is invalid"));
        }
        let blocks = count.div_ceil(BLOCK_SIZE) as usize;
        let index_len = blocks.checked_mul(1usize << entry_index_size).ok_or_else(|| bytes.bad(off, "NativeArray too large"))?;
        if index_len > bytes.len().saturating_sub(base) {
            return Err(bytes.bad(off, format!("NativeArray of {count} elements: block index does not fit in its section")));
        }
        Ok(NativeArray { bytes, base, count, entry_index_size })
    }

    /// The declared number of elements (present or not).
    pub fn len(&self) -> u32 {
        self.count
    }

    /// True when the array declares no elements.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The window the array lives in (element offsets are relative to it).
    pub fn bytes(&self) -> Bytes<'a> {
        self.bytes
    }

    /// `TryGetAt`: the offset of element `index`'s data, or `None` when the element is absent.
    pub fn get(&self, index: u32) -> Result<Option<usize>> {
        if index >= self.count {
            return Ok(None);
        }
        let size = self.entry_index_size;
        let slot = self.base + ((index / BLOCK_SIZE) as usize) * (1usize << size);
        let mut off = self.base.checked_add(read_sized(self.bytes, slot, size)? as usize).ok_or_else(|| self.bytes.bad(slot, "NativeArray block offset overflows"))?;
        let mut bit = BLOCK_SIZE >> 1;
        while bit > 0 {
            let (v, next) = decode_unsigned(self.bytes, off)?;
            if index & bit != 0 {
                if v & 2 != 0 {
                    off = off.checked_add((v >> 2) as usize).ok_or_else(|| self.bytes.bad(off, "NativeArray node offset overflows"))?;
                    bit >>= 1;
                    continue;
                }
            } else if v & 1 != 0 {
                off = next;
                bit >>= 1;
                continue;
            }
            // Not descended: a matching special leaf holds the element, anything else means absent.
            if v & 3 == 0 && (v >> 2) == (index & (BLOCK_SIZE - 1)) {
                return Ok(Some(next));
            }
            return Ok(None);
        }
        Ok(Some(off))
    }

    /// Iterates the present elements as `(index, data offset)`, in index order. Stops after
    /// the first error (which it yields).
    pub fn iter(&self) -> NativeArrayIter<'a> {
        NativeArrayIter { array: *self, next: 0, failed: false }
    }
}

/// Iterator over the present elements of a [`NativeArray`].
#[derive(Clone, Debug)]
pub struct NativeArrayIter<'a> {
    array: NativeArray<'a>,
    next: u32,
    failed: bool,
}

impl Iterator for NativeArrayIter<'_> {
    type Item = Result<(u32, usize)>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.failed && self.next < self.array.count {
            let i = self.next;
            self.next += 1;
            match self.array.get(i) {
                Ok(Some(off)) => return Some(Ok((i, off))),
                Ok(None) => {}
                Err(e) => {
                    self.failed = true;
                    return Some(Err(e));
                }
            }
        }
        None
    }
}

/// A NativeFormat hashtable (`NativeHashtable`, reference §2.6).
#[derive(Clone, Copy, Debug)]
pub struct NativeHashtable<'a> {
    bytes: Bytes<'a>,
    base: usize,
    bucket_mask: u32,
    entry_index_size: u8,
}

impl<'a> NativeHashtable<'a> {
    /// Opens the hashtable whose header byte is at `off` in `bytes`.
    pub fn new(bytes: Bytes<'a>, off: usize) -> Result<NativeHashtable<'a>> {
        let hdr = bytes.u8(off)?;
        let shift = u32::from(hdr >> 2);
        let entry_index_size = hdr & 3;
        if entry_index_size == 3 {
            return Err(bytes.bad(off, "NativeHashtable entry index size 3 is invalid"));
        }
        let base = off + 1;
        // numberOfBuckets + 1 bucket offsets must fit in the window.
        let buckets = 1u64.checked_shl(shift).filter(|&n| n <= u64::from(u32::MAX)).ok_or_else(|| bytes.bad(off, format!("NativeHashtable with 2^{shift} buckets")))?;
        let need = (buckets + 1) * (1u64 << entry_index_size);
        if need > bytes.len().saturating_sub(base) as u64 {
            return Err(bytes.bad(off, format!("NativeHashtable of {buckets} buckets does not fit in its section")));
        }
        Ok(NativeHashtable { bytes, base, bucket_mask: (buckets - 1) as u32, entry_index_size })
    }

    /// Number of buckets.
    pub fn bucket_count(&self) -> u32 {
        self.bucket_mask + 1
    }

    /// The window the table lives in.
    pub fn bytes(&self) -> Bytes<'a> {
        self.bytes
    }

    /// The `[start, end)` offsets of bucket `i`'s entries.
    fn bucket(&self, i: u32) -> Result<(usize, usize)> {
        let size = self.entry_index_size;
        let at = |k: u32| -> Result<usize> {
            let slot = self.base + (k as usize) * (1usize << size);
            Ok(self.base + read_sized(self.bytes, slot, size)? as usize)
        };
        let start = at(i)?;
        let end = at(i + 1)?;
        if end < start || end > self.bytes.len() {
            return Err(self.bytes.bad(self.base, format!("NativeHashtable bucket {i} has a bad extent")));
        }
        Ok((start, end))
    }

    /// Reads one entry at `pos`: `(low hash byte, data offset, position of the next entry)`.
    fn entry(&self, pos: usize) -> Result<(u8, usize, usize)> {
        let low = self.bytes.u8(pos)?;
        let (delta, next) = decode_signed(self.bytes, pos + 1)?;
        let target = (pos as i64 + 1 + i64::from(delta)) as usize;
        if (pos as i64 + 1 + i64::from(delta)) < 0 || target >= self.bytes.len() {
            return Err(self.bytes.bad(pos + 1, format!("NativeHashtable entry offset {delta} points outside its section")));
        }
        Ok((low, target, next))
    }

    /// The data offsets of all entries whose hash matches `hash` (several entries may share
    /// a hash; callers verify each by its content).
    pub fn lookup(&self, hash: u32) -> Result<Vec<usize>> {
        let (mut pos, end) = self.bucket((hash >> 8) & self.bucket_mask)?;
        let want = (hash & 0xff) as u8;
        let mut out = Vec::new();
        while pos < end {
            let (low, target, next) = self.entry(pos)?;
            if low > want {
                break;
            }
            if low == want {
                out.push(target);
            }
            pos = next;
        }
        Ok(out)
    }

    /// Iterates every entry as `(low hash byte, data offset)`, bucket by bucket. Stops after
    /// the first error (which it yields).
    pub fn iter(&self) -> NativeHashtableIter<'a> {
        NativeHashtableIter { table: *self, bucket: 0, pos: 0, end: 0, started: false, failed: false }
    }
}

/// Iterator over all entries of a [`NativeHashtable`].
#[derive(Clone, Debug)]
pub struct NativeHashtableIter<'a> {
    table: NativeHashtable<'a>,
    bucket: u32,
    pos: usize,
    end: usize,
    started: bool,
    failed: bool,
}

impl Iterator for NativeHashtableIter<'_> {
    type Item = Result<(u8, usize)>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        loop {
            if self.pos < self.end {
                return match self.table.entry(self.pos) {
                    Ok((low, target, next)) => {
                        self.pos = next;
                        Some(Ok((low, target)))
                    }
                    Err(e) => {
                        self.failed = true;
                        Some(Err(e))
                    }
                };
            }
            if self.started {
                if self.bucket >= self.table.bucket_mask {
                    return None;
                }
                self.bucket += 1;
            }
            self.started = true;
            match self.table.bucket(self.bucket) {
                Ok((s, e)) => {
                    self.pos = s;
                    self.end = e;
                }
                Err(e) => {
                    self.failed = true;
                    return Some(Err(e));
                }
            }
        }
    }
}

/// Reads nibble-encoded integers (reference §2.2): low nibble of each byte first; each
/// nibble contributes 3 bits, most significant group first; bit 3 means "more follow".
#[derive(Clone, Copy, Debug)]
pub struct NibbleReader<'a> {
    bytes: Bytes<'a>,
    /// Position in nibbles from the start of the window.
    nibble: usize,
}

impl<'a> NibbleReader<'a> {
    /// A reader starting at byte `off` of `bytes`.
    pub fn new(bytes: Bytes<'a>, off: usize) -> NibbleReader<'a> {
        NibbleReader { bytes, nibble: off.saturating_mul(2) }
    }

    /// The next nibble.
    pub fn read_nibble(&mut self) -> Result<u8> {
        let b = self.bytes.u8(self.nibble / 2)?;
        let n = if self.nibble.is_multiple_of(2) { b & 0x0f } else { b >> 4 };
        self.nibble += 1;
        Ok(n)
    }

    /// The next unsigned integer. Values that do not fit in 32 bits are rejected.
    pub fn read_unsigned(&mut self) -> Result<u32> {
        let start = self.nibble / 2;
        let mut v: u32 = 0;
        loop {
            let n = self.read_nibble()?;
            if v > (u32::MAX >> 3) {
                return Err(self.bytes.bad(start, "nibble-encoded integer overflows 32 bits"));
            }
            v = (v << 3) | u32::from(n & 7);
            if n & 8 == 0 {
                return Ok(v);
            }
        }
    }

    /// The next signed integer (`(abs << 1) | sign`).
    pub fn read_signed(&mut self) -> Result<i32> {
        let u = self.read_unsigned()?;
        let mag = (u >> 1) as i32;
        Ok(if u & 1 != 0 { -mag } else { mag })
    }

    /// Byte offset (within the window) of the byte holding the next nibble.
    pub fn byte_offset(&self) -> usize {
        self.nibble / 2
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ImageError;

    fn unsigned(bytes: &[u8]) -> Result<(u32, usize)> {
        decode_unsigned(Bytes::new(bytes), 0)
    }

    #[test]
    fn reference_examples() {
        assert_eq!(unsigned(&[0x18]).unwrap(), (12, 1));
        assert_eq!(unsigned(&[0xa1, 0x0f]).unwrap(), (1000, 2));
        let mut v = Vec::new();
        encode_unsigned(12, &mut v);
        assert_eq!(v, [0x18]);
        v.clear();
        encode_unsigned(1000, &mut v);
        assert_eq!(v, [0xa1, 0x0f]);
    }

    #[test]
    fn all_shapes_round_trip() {
        for &x in &[0u32, 1, 127, 128, 16383, 16384, (1 << 21) - 1, 1 << 21, (1 << 28) - 1, 1 << 28, u32::MAX] {
            let mut v = Vec::new();
            encode_unsigned(x, &mut v);
            assert_eq!(unsigned(&v).unwrap(), (x, v.len()), "{x}");
        }
        for &x in &[0i32, 1, -1, 63, -64, 64, -65, 8191, -8192, 8192, 1 << 20, -(1 << 20), (1 << 27) - 1, -(1 << 27), 1 << 27, i32::MIN, i32::MAX] {
            let mut v = Vec::new();
            encode_signed(x, &mut v);
            assert_eq!(decode_signed(Bytes::new(&v), 0).unwrap(), (x, v.len()), "{x}");
        }
        assert_eq!(decode_signed(Bytes::new(&[0xfe]), 0).unwrap().0, -1);
        assert_eq!(decode_signed(Bytes::new(&[0x7e]), 0).unwrap().0, 63);
    }

    #[test]
    fn truncated_and_invalid_integers_fail() {
        assert!(unsigned(&[]).is_err());
        assert!(unsigned(&[0x01]).is_err());
        assert!(unsigned(&[0x03, 0]).is_err());
        assert!(unsigned(&[0x07, 0, 0]).is_err());
        assert!(unsigned(&[0x0f, 0, 0, 0]).is_err());
        let e = decode_unsigned(Bytes::with_base(&[0x1f, 0, 0, 0, 0, 0], 0x40), 0).unwrap_err();
        assert_eq!(e, ImageError::bad(0x40, "invalid NativeFormat integer lead byte 0x1f"));
    }

    /// Builds a NativeArray the way the NativeFormat writer lays it out: one block of up to
    /// 16 elements, a binary tree of nodes, each element data being one unsigned integer.
    fn build_array(elems: &[Option<u32>]) -> Vec<u8> {
        // Tree node encoding: recursively for each level.
        fn node(elems: &[Option<u32>], lo: u32, bit: u32, out: &mut Vec<u8>) {
            // elems covers indices [lo, lo + 2*bit)
            if bit == 0 {
                if let Some(v) = elems[lo as usize] {
                    encode_unsigned(v, out);
                }
                return;
            }
            let left: Vec<u32> = (lo..lo + bit).filter(|&i| elems[i as usize].is_some()).collect();
            let right: Vec<u32> = (lo + bit..lo + 2 * bit).filter(|&i| elems[i as usize].is_some()).collect();
            if left.len() + right.len() == 1 {
                // Special leaf: (index & 15) << 2, then the data.
                let i = left.first().or(right.first()).copied().unwrap();
                encode_unsigned((i & 15) << 2, out);
                encode_unsigned(elems[i as usize].unwrap(), out);
                return;
            }
            let mut l = Vec::new();
            let mut r = Vec::new();
            if !left.is_empty() {
                node(elems, lo, bit / 2, &mut l);
            }
            if !right.is_empty() {
                node(elems, lo + bit, bit / 2, &mut r);
            }
            // Node: flags bit0 = left child follows immediately, bit1 = right at +delta.
            // Use a fixed 4-byte-wide encoding for the delta so its size is known up front.
            let flags = u32::from(!left.is_empty()) | (u32::from(!right.is_empty()) << 1);
            let delta = if right.is_empty() { 0 } else { 5 + l.len() as u32 };
            out.push(0x0f);
            out.extend_from_slice(&((delta << 2) | flags).to_le_bytes());
            out.extend_from_slice(&l);
            out.extend_from_slice(&r);
        }
        let mut out = Vec::new();
        let count = elems.len() as u32;
        encode_unsigned(count << 2, &mut out); // entry index size 0 (u8)
        let blocks = count.div_ceil(16);
        let index_at = out.len();
        out.resize(out.len() + blocks as usize, 0);
        let base = index_at;
        let mut padded: Vec<Option<u32>> = elems.to_vec();
        padded.resize((blocks * 16) as usize, None);
        for b in 0..blocks {
            out[index_at + b as usize] = (out.len() - base) as u8;
            node(&padded, b * 16, 8, &mut out);
        }
        out
    }

    #[test]
    fn native_array_lookup_and_iteration() {
        let elems: Vec<Option<u32>> = (0..40u32).map(|i| if i % 3 == 0 || i == 17 { Some(i * 7) } else { None }).collect();
        let bytes = build_array(&elems);
        let arr = NativeArray::new(Bytes::new(&bytes), 0).unwrap();
        assert_eq!(arr.len(), 40);
        for (i, e) in elems.iter().enumerate() {
            let got = arr.get(i as u32).unwrap().map(|off| decode_unsigned(Bytes::new(&bytes), off).unwrap().0);
            assert_eq!(got, *e, "index {i}");
        }
        assert_eq!(arr.get(40).unwrap(), None);
        assert_eq!(arr.get(u32::MAX).unwrap(), None);
        let present: Vec<u32> = arr.iter().map(|r| r.unwrap().0).collect();
        let want: Vec<u32> = (0..40).filter(|&i| elems[i as usize].is_some()).collect();
        assert_eq!(present, want);
    }

    #[test]
    fn native_array_single_element_is_a_special_leaf() {
        let mut elems = vec![None; 16];
        elems[9] = Some(5);
        let bytes = build_array(&elems);
        let arr = NativeArray::new(Bytes::new(&bytes), 0).unwrap();
        assert_eq!(arr.get(8).unwrap(), None);
        let off = arr.get(9).unwrap().unwrap();
        assert_eq!(decode_unsigned(Bytes::new(&bytes), off).unwrap().0, 5);
    }

    #[test]
    fn native_array_rejects_garbage() {
        // Count 2^28 but only a few bytes: the block index cannot fit.
        assert!(NativeArray::new(Bytes::new(&[0x0f, 0xff, 0xff, 0xff, 0xff]), 0).is_err());
        assert!(NativeArray::new(Bytes::new(&[0x07]), 0).is_err()); // truncated header
        assert!(NativeArray::new(Bytes::new(&[(1 << 2 | 3) << 1]), 0).is_err()); // size 3
        // A block offset pointing past the end yields an error, not a panic.
        let bytes = [(1u8 << 2) << 1, 0xf0];
        let arr = NativeArray::new(Bytes::new(&bytes), 0).unwrap();
        assert!(arr.get(0).is_err());
        assert_eq!(arr.iter().filter(|r| r.is_err()).count(), 1);
    }

    fn build_hashtable(entries: &[(u32, u32)], shift: u8) -> Vec<u8> {
        // Each entry's data is one unsigned integer placed after all buckets.
        let nb = 1u32 << shift;
        let mut buckets: Vec<Vec<(u8, u32)>> = vec![Vec::new(); nb as usize];
        for &(hash, val) in entries {
            buckets[((hash >> 8) & (nb - 1)) as usize].push(((hash & 0xff) as u8, val));
        }
        for b in &mut buckets {
            b.sort();
        }
        // Layout: hdr, (nb+1) u16 offsets, bucket entries (u8 low, 5-byte signed delta), data.
        let hdr = (shift << 2) | 1;
        let entries_start = 1 + 2 * (nb as usize + 1);
        let total_entries: usize = buckets.iter().map(|b| b.len()).sum();
        let data_start = entries_start + total_entries * 6;
        let mut out = vec![hdr];
        let mut offs = Vec::new();
        let mut pos = entries_start;
        for b in &buckets {
            offs.push(pos - 1);
            pos += b.len() * 6;
        }
        offs.push(pos - 1);
        for o in offs {
            out.extend_from_slice(&(o as u16).to_le_bytes());
        }
        let mut data = Vec::new();
        for b in &buckets {
            for &(low, val) in b {
                let field = out.len() + 1;
                let target = data_start + data.len();
                out.push(low);
                out.push(0x0f);
                out.extend_from_slice(&((target as i32 - field as i32) as u32).to_le_bytes());
                encode_unsigned(val, &mut data);
            }
        }
        out.extend_from_slice(&data);
        out
    }

    #[test]
    fn hashtable_lookup_and_enumeration() {
        let entries = [(0x0000_0105, 1), (0x0000_0105, 2), (0x0000_0110, 3), (0x0000_0201, 4), (0x1234_5678, 5)];
        let bytes = build_hashtable(&entries, 2);
        let b = Bytes::new(&bytes);
        let t = NativeHashtable::new(b, 0).unwrap();
        assert_eq!(t.bucket_count(), 4);
        let val = |off: usize| decode_unsigned(b, off).unwrap().0;
        let mut got: Vec<u32> = t.lookup(0x0105).unwrap().into_iter().map(val).collect();
        got.sort();
        assert_eq!(got, [1, 2]);
        assert_eq!(t.lookup(0x0110).unwrap().into_iter().map(val).collect::<Vec<_>>(), [3]);
        assert!(t.lookup(0x0111).unwrap().is_empty());
        assert_eq!(t.lookup(0x1234_5678).unwrap().into_iter().map(val).collect::<Vec<_>>(), [5]);
        let mut all: Vec<u32> = t.iter().map(|r| val(r.unwrap().1)).collect();
        all.sort();
        assert_eq!(all, [1, 2, 3, 4, 5]);
    }

    #[test]
    fn hashtable_rejects_garbage() {
        assert!(NativeHashtable::new(Bytes::new(&[0xff]), 0).is_err()); // 2^63 buckets
        assert!(NativeHashtable::new(Bytes::new(&[0x7c, 0, 0]), 0).is_err()); // does not fit
        assert!(NativeHashtable::new(Bytes::new(&[0x03, 0, 0]), 0).is_err()); // size 3
        // One bucket whose end precedes its start.
        let t = NativeHashtable::new(Bytes::new(&[0x00, 5, 1, 0, 0, 0]), 0).unwrap();
        assert!(t.lookup(0).is_err());
        assert_eq!(t.iter().count(), 1);
        // An entry whose relative offset points before the window.
        let t = NativeHashtable::new(Bytes::new(&[0x00, 2, 4, 0x00, 0x7e]), 0).unwrap();
        assert!(t.lookup(0).is_err());
    }

    #[test]
    fn nibbles() {
        // 0x21: nibble 1 then 2; 0x9a: nibble 0xa (more, 2) then 0x9 (more, 1); 0x03: 3.
        let bytes = [0x21, 0x9a, 0x03];
        let mut r = NibbleReader::new(Bytes::new(&bytes), 0);
        assert_eq!(r.read_unsigned().unwrap(), 1);
        assert_eq!(r.read_unsigned().unwrap(), 2);
        // 0xa -> 2 more, 0x9 -> 1 more, 0x3 -> 3: (2 << 6) | (1 << 3) | 3 = 139
        assert_eq!(r.read_unsigned().unwrap(), 139);
        assert_eq!(r.read_nibble().unwrap(), 0);
        assert!(r.read_nibble().is_err());
        // Overflow: 12 continuation nibbles.
        let long = [0x99u8; 8];
        assert!(NibbleReader::new(Bytes::new(&long), 0).read_unsigned().is_err());
        let mut s = NibbleReader::new(Bytes::new(&[0x43]), 0);
        assert_eq!(s.read_signed().unwrap(), -1);
        assert_eq!(s.read_signed().unwrap(), 2);
    }
}

//! The four metadata heaps (ECMA-335 II.24.2.2–4): `#Strings` (NUL-terminated UTF-8),
//! `#Blob` (length-prefixed bytes), `#GUID` (16-byte entries, 1-based) and `#US`
//! (length-prefixed UTF-16 plus a trailing flag byte).
//!
//! Each heap is a thin view over its stream; every lookup is bounds-checked and reports
//! the absolute file offset of a malformed entry. A heap whose stream is absent is empty,
//! so only index 0 (the nil/empty entry) resolves in it.

use std::fmt;

use crate::bytes::{Bytes, Cursor};
use crate::error::{ImageError, Result};
use crate::metadata::token::{BlobIndex, GuidIndex, StringIndex, UserStringIndex};

/// The `#Strings` heap.
#[derive(Clone, Copy, Debug)]
pub struct StringHeap<'a> {
    bytes: Bytes<'a>,
}

impl<'a> StringHeap<'a> {
    /// A view over the stream's bytes.
    pub fn new(bytes: Bytes<'a>) -> Self {
        StringHeap { bytes }
    }

    /// The stream's bytes.
    pub fn bytes(&self) -> Bytes<'a> {
        self.bytes
    }

    /// The string at `index`: the bytes up to the next NUL, which must be UTF-8.
    /// Index 0 is the empty string even when the heap is absent.
    pub fn get(&self, index: StringIndex) -> Result<&'a str> {
        if index.0 == 0 {
            return Ok("");
        }
        let off = index.0 as usize;
        if off >= self.bytes.len() {
            return Err(ImageError::bad(
                self.bytes.base(),
                format!("#Strings index {:#x} is past the end of the heap ({:#x} bytes)", index.0, self.bytes.len()),
            ));
        }
        let raw = self.bytes.cstr(off)?;
        std::str::from_utf8(raw).map_err(|e| self.bytes.bad(off + e.valid_up_to(), "#Strings entry is not valid UTF-8"))
    }
}

/// The `#Blob` heap.
#[derive(Clone, Copy, Debug)]
pub struct BlobHeap<'a> {
    bytes: Bytes<'a>,
}

impl<'a> BlobHeap<'a> {
    /// A view over the stream's bytes.
    pub fn new(bytes: Bytes<'a>) -> Self {
        BlobHeap { bytes }
    }

    /// The stream's bytes.
    pub fn bytes(&self) -> Bytes<'a> {
        self.bytes
    }

    /// The blob at `index` (without its compressed length prefix). Index 0 is the empty
    /// blob even when the heap is absent.
    pub fn get(&self, index: BlobIndex) -> Result<Bytes<'a>> {
        if index.0 == 0 {
            return Ok(Bytes::with_base(&[], self.bytes.base()));
        }
        let off = index.0 as usize;
        if off >= self.bytes.len() {
            return Err(ImageError::bad(
                self.bytes.base(),
                format!("#Blob index {:#x} is past the end of the heap ({:#x} bytes)", index.0, self.bytes.len()),
            ));
        }
        let mut c = self.bytes.cursor(off);
        let len = c.compressed_u32()?;
        c.take(len as usize).map_err(|e| e.context("#Blob entry"))
    }
}

/// A GUID as stored in metadata (the in-memory layout of a Windows `GUID`: the first three
/// fields little-endian).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Guid(pub [u8; 16]);

impl fmt::Display for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let b = &self.0;
        let d1 = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        let d2 = u16::from_le_bytes([b[4], b[5]]);
        let d3 = u16::from_le_bytes([b[6], b[7]]);
        write!(f, "{d1:08x}-{d2:04x}-{d3:04x}-{:02x}{:02x}-", b[8], b[9])?;
        for x in &b[10..] {
            write!(f, "{x:02x}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{{{self}}}")
    }
}

/// The `#GUID` heap.
#[derive(Clone, Copy, Debug)]
pub struct GuidHeap<'a> {
    bytes: Bytes<'a>,
}

impl<'a> GuidHeap<'a> {
    /// A view over the stream's bytes.
    pub fn new(bytes: Bytes<'a>) -> Self {
        GuidHeap { bytes }
    }

    /// The stream's bytes.
    pub fn bytes(&self) -> Bytes<'a> {
        self.bytes
    }

    /// The GUID at 1-based `index`; `None` for index 0.
    pub fn get(&self, index: GuidIndex) -> Result<Option<Guid>> {
        let Some(i) = (index.0 as usize).checked_sub(1) else { return Ok(None) };
        let off = i.checked_mul(16).ok_or_else(|| self.bytes.bad(0, "#GUID index overflows"))?;
        match self.bytes.array::<16>(off) {
            Ok(g) => Ok(Some(Guid(g))),
            Err(_) => Err(ImageError::bad(
                self.bytes.base(),
                format!("#GUID index {} is past the end of the heap ({} entries)", index.0, self.bytes.len() / 16),
            )),
        }
    }
}

/// The `#US` (user string) heap, read by `ldstr`.
#[derive(Clone, Copy, Debug)]
pub struct UserStringHeap<'a> {
    bytes: Bytes<'a>,
}

impl<'a> UserStringHeap<'a> {
    /// A view over the stream's bytes.
    pub fn new(bytes: Bytes<'a>) -> Self {
        UserStringHeap { bytes }
    }

    /// The stream's bytes.
    pub fn bytes(&self) -> Bytes<'a> {
        self.bytes
    }

    /// The user string at `index`. Index 0 is the empty string even when the heap is absent.
    pub fn get(&self, index: UserStringIndex) -> Result<UserString<'a>> {
        if index.0 == 0 {
            return Ok(UserString { utf16: Bytes::with_base(&[], self.bytes.base()), flag: 0 });
        }
        let off = index.0 as usize;
        if off >= self.bytes.len() {
            return Err(ImageError::bad(
                self.bytes.base(),
                format!("#US index {:#x} is past the end of the heap ({:#x} bytes)", index.0, self.bytes.len()),
            ));
        }
        let mut c = self.bytes.cursor(off);
        let len = c.compressed_u32()? as usize;
        let body = c.take(len).map_err(|e| e.context("#US entry"))?;
        if len == 0 {
            return Ok(UserString { utf16: body, flag: 0 });
        }
        if len.is_multiple_of(2) {
            return Err(body.bad(0, format!("#US entry length {len} is even: the trailing flag byte is missing")));
        }
        Ok(UserString { utf16: body.slice(0, len - 1)?, flag: body.u8(len - 1)? })
    }
}

/// One `#US` entry: UTF-16LE code units (possibly with unpaired surrogates, which .NET
/// strings allow) and the trailing flag byte (1 when some character needs more than
/// 8-bit handling, II.24.2.4).
#[derive(Clone, Copy, Debug)]
pub struct UserString<'a> {
    utf16: Bytes<'a>,
    flag: u8,
}

impl<'a> UserString<'a> {
    /// The raw UTF-16LE bytes.
    pub fn utf16_bytes(&self) -> Bytes<'a> {
        self.utf16
    }

    /// The trailing flag byte.
    pub fn flag(&self) -> u8 {
        self.flag
    }

    /// Number of UTF-16 code units.
    pub fn len(&self) -> usize {
        self.utf16.len() / 2
    }

    /// True for the empty string.
    pub fn is_empty(&self) -> bool {
        self.utf16.is_empty()
    }

    /// The UTF-16 code units.
    pub fn units(&self) -> impl Iterator<Item = u16> + 'a {
        self.utf16.data().chunks_exact(2).map(|p| u16::from_le_bytes([p[0], p[1]]))
    }

    /// The string, with unpaired surrogates replaced by U+FFFD.
    pub fn to_string_lossy(&self) -> String {
        char::decode_utf16(self.units()).map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER)).collect()
    }
}

impl fmt::Display for UserString<'_> {
    /// Writes the string as a C#-style quoted literal with escapes (for IL dumps).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write;
        f.write_char('"')?;
        for c in char::decode_utf16(self.units()) {
            match c {
                Ok('"') => f.write_str("\\\"")?,
                Ok('\\') => f.write_str("\\\\")?,
                Ok('\n') => f.write_str("\\n")?,
                Ok('\r') => f.write_str("\\r")?,
                Ok('\t') => f.write_str("\\t")?,
                Ok('\0') => f.write_str("\\0")?,
                Ok(c) if c.is_control() => write!(f, "\\u{:04X}", c as u32)?,
                Ok(c) => f.write_char(c)?,
                Err(e) => write!(f, "\\u{:04X}", e.unpaired_surrogate())?,
            }
        }
        f.write_char('"')
    }
}

/// Reads a compressed-length-prefixed UTF-8 string as used by custom-attribute blobs
/// (`SerString`, II.23.3): `0xFF` means null.
pub(crate) fn ser_string<'a>(c: &mut Cursor<'a>) -> Result<Option<&'a str>> {
    if c.peek_u8()? == 0xff {
        c.u8()?;
        return Ok(None);
    }
    let len = c.compressed_u32()? as usize;
    let b = c.take(len)?;
    std::str::from_utf8(b.data()).map(Some).map_err(|e| b.bad(e.valid_up_to(), "SerString is not valid UTF-8"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings() {
        let h = StringHeap::new(Bytes::with_base(b"\0abc\0d\xffe\0nonul", 0x100));
        assert_eq!(h.get(StringIndex(0)).unwrap(), "");
        assert_eq!(h.get(StringIndex(1)).unwrap(), "abc");
        assert_eq!(h.get(StringIndex(3)).unwrap(), "c");
        assert_eq!(h.get(StringIndex(6)).unwrap_err(), ImageError::bad(0x106, "#Strings entry is not valid UTF-8"));
        assert!(h.get(StringIndex(10)).is_err()); // unterminated
        assert!(h.get(StringIndex(100)).is_err());
        assert_eq!(StringHeap::new(Bytes::new(&[])).get(StringIndex(0)).unwrap(), "");
    }

    #[test]
    fn blobs() {
        let h = BlobHeap::new(Bytes::with_base(&[0, 2, 0xaa, 0xbb, 0x80, 0x03, 1, 2, 3, 5, 1], 0x10));
        assert_eq!(h.get(BlobIndex(0)).unwrap().len(), 0);
        let b = h.get(BlobIndex(1)).unwrap();
        assert_eq!(b.data(), &[0xaa, 0xbb]);
        assert_eq!(b.base(), 0x12);
        assert_eq!(h.get(BlobIndex(4)).unwrap().data(), &[1, 2, 3]);
        assert!(h.get(BlobIndex(9)).is_err()); // length 5, one byte present
        assert!(h.get(BlobIndex(11)).is_err());
    }

    #[test]
    fn guids() {
        let mut data = [0u8; 32];
        data[16] = 0x78;
        data[17] = 0x56;
        data[18] = 0x34;
        data[19] = 0x12;
        let h = GuidHeap::new(Bytes::new(&data));
        assert_eq!(h.get(GuidIndex(0)).unwrap(), None);
        let g = h.get(GuidIndex(2)).unwrap().unwrap();
        assert_eq!(g.to_string(), "12345678-0000-0000-0000-000000000000");
        assert!(h.get(GuidIndex(3)).is_err());
        assert!(h.get(GuidIndex(u32::MAX)).is_err());
    }

    #[test]
    fn user_strings() {
        // "hi" + flag 0; "\"é" + flag 1; a lone surrogate; an even-length entry.
        let data = [0, 5, b'h', 0, b'i', 0, 0, 5, b'"', 0, 0xe9, 0, 1, 3, 0x00, 0xd8, 0, 2, 0x41, 0];
        let h = UserStringHeap::new(Bytes::new(&data));
        let s = h.get(UserStringIndex(1)).unwrap();
        assert_eq!(s.to_string_lossy(), "hi");
        assert_eq!(s.len(), 2);
        let q = h.get(UserStringIndex(7)).unwrap();
        assert_eq!(q.flag(), 1);
        assert_eq!(q.to_string(), "\"\\\"é\"");
        let lone = h.get(UserStringIndex(13)).unwrap();
        assert_eq!(lone.to_string_lossy(), "\u{fffd}");
        assert_eq!(lone.to_string(), "\"\\uD800\"");
        assert!(h.get(UserStringIndex(17)).is_err());
        assert!(h.get(UserStringIndex(0)).unwrap().is_empty());
    }

    #[test]
    fn ser_strings() {
        let data = [0xff, 3, b'a', b'b', b'c', 2, 0xc3];
        let b = Bytes::new(&data);
        let mut c = b.cursor(0);
        assert_eq!(ser_string(&mut c).unwrap(), None);
        assert_eq!(ser_string(&mut c).unwrap(), Some("abc"));
        assert!(ser_string(&mut c).is_err());
    }
}

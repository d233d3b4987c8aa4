//! Bounds-checked little-endian reads over a window of the file.
//!
//! Every structure in this crate is read through [`Bytes`] (random access) or [`Cursor`]
//! (sequential). A window remembers the file offset of its first byte, so any failure is
//! reported at an absolute file offset. Nothing here can panic or read out of bounds; the
//! arithmetic is checked.

use crate::error::{ImageError, Result};

/// A borrowed window of the image with the file offset of its first byte.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Bytes<'a> {
    data: &'a [u8],
    base: u64,
}

impl std::fmt::Debug for Bytes<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Bytes {{ base: {:#x}, len: {:#x} }}", self.base, self.data.len())
    }
}

macro_rules! read_le {
    ($name:ident, $ty:ty) => {
        #[doc = concat!("Reads a little-endian `", stringify!($ty), "` at `off`.")]
        pub fn $name(&self, off: usize) -> Result<$ty> {
            const N: usize = std::mem::size_of::<$ty>();
            let b = self.array::<N>(off)?;
            Ok(<$ty>::from_le_bytes(b))
        }
    };
}

impl<'a> Bytes<'a> {
    /// A window over a whole file (base offset 0).
    pub fn new(data: &'a [u8]) -> Self {
        Bytes { data, base: 0 }
    }

    /// A window whose first byte sits at file offset `base`.
    pub fn with_base(data: &'a [u8], base: u64) -> Self {
        Bytes { data, base }
    }

    /// The bytes of the window.
    pub fn data(&self) -> &'a [u8] {
        self.data
    }

    /// Length of the window.
    pub fn len(&self) -> usize {
        self.data.len()
    }

    /// True for an empty window.
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// File offset of the window's first byte.
    pub fn base(&self) -> u64 {
        self.base
    }

    /// File offset of position `off` inside the window.
    pub fn file_offset(&self, off: usize) -> u64 {
        self.base.saturating_add(off as u64)
    }

    /// An error "bad image" at position `off` of this window.
    pub fn bad(&self, off: usize, what: impl Into<std::borrow::Cow<'static, str>>) -> ImageError {
        ImageError::bad(self.file_offset(off), what)
    }

    /// The sub-window `[off, off+len)`.
    pub fn slice(&self, off: usize, len: usize) -> Result<Bytes<'a>> {
        let end = off.checked_add(len).ok_or_else(|| self.bad(off, "length overflows"))?;
        match self.data.get(off..end) {
            Some(d) => Ok(Bytes { data: d, base: self.file_offset(off) }),
            None => Err(self.bad(
                off,
                format!("{len:#x} bytes needed but the enclosing structure has {:#x}", self.data.len().saturating_sub(off)),
            )),
        }
    }

    /// The sub-window from `off` to the end.
    pub fn tail(&self, off: usize) -> Result<Bytes<'a>> {
        match self.data.get(off..) {
            Some(d) => Ok(Bytes { data: d, base: self.file_offset(off) }),
            None => Err(self.bad(off, "offset past the end of the enclosing structure")),
        }
    }

    /// `N` bytes at `off`.
    pub fn array<const N: usize>(&self, off: usize) -> Result<[u8; N]> {
        let end = off.checked_add(N).ok_or_else(|| self.bad(off, "offset overflows"))?;
        match self.data.get(off..end) {
            Some(s) => {
                let mut a = [0u8; N];
                a.copy_from_slice(s);
                Ok(a)
            }
            None => Err(self.bad(off, format!("truncated: {N} bytes needed"))),
        }
    }

    /// The byte at `off`.
    pub fn u8(&self, off: usize) -> Result<u8> {
        self.data.get(off).copied().ok_or_else(|| self.bad(off, "truncated: 1 byte needed"))
    }

    read_le!(u16, u16);
    read_le!(u32, u32);
    read_le!(u64, u64);
    read_le!(i32, i32);

    /// A NUL-terminated byte string at `off` (without the NUL); fails if no NUL occurs
    /// within the window.
    pub fn cstr(&self, off: usize) -> Result<&'a [u8]> {
        let rest = self.data.get(off..).ok_or_else(|| self.bad(off, "string offset past the end"))?;
        match rest.iter().position(|&b| b == 0) {
            Some(n) => Ok(&rest[..n]),
            None => Err(self.bad(off, "unterminated string")),
        }
    }

    /// A sequential reader starting at `off`.
    pub fn cursor(&self, off: usize) -> Cursor<'a> {
        Cursor { bytes: *self, pos: off }
    }
}

/// A sequential reader over a [`Bytes`] window.
#[derive(Clone, Copy, Debug)]
pub struct Cursor<'a> {
    bytes: Bytes<'a>,
    pos: usize,
}

macro_rules! cursor_read {
    ($name:ident, $ty:ty) => {
        #[doc = concat!("Reads a little-endian `", stringify!($ty), "` and advances.")]
        pub fn $name(&mut self) -> Result<$ty> {
            let v = self.bytes.$name(self.pos)?;
            self.pos += std::mem::size_of::<$ty>();
            Ok(v)
        }
    };
}

impl<'a> Cursor<'a> {
    /// A cursor at the start of `bytes`.
    pub fn new(bytes: Bytes<'a>) -> Self {
        Cursor { bytes, pos: 0 }
    }

    /// Current position within the window.
    pub fn pos(&self) -> usize {
        self.pos
    }

    /// Moves to `pos` within the window (checked on the next read).
    pub fn seek(&mut self, pos: usize) {
        self.pos = pos;
    }

    /// The window being read.
    pub fn bytes(&self) -> Bytes<'a> {
        self.bytes
    }

    /// Bytes left before the end of the window.
    pub fn remaining(&self) -> usize {
        self.bytes.len().saturating_sub(self.pos)
    }

    /// True when no bytes are left.
    pub fn at_end(&self) -> bool {
        self.remaining() == 0
    }

    /// File offset of the current position.
    pub fn file_offset(&self) -> u64 {
        self.bytes.file_offset(self.pos)
    }

    /// An error "bad image" at the current position.
    pub fn bad(&self, what: impl Into<std::borrow::Cow<'static, str>>) -> ImageError {
        self.bytes.bad(self.pos, what)
    }

    /// The byte at the current position, without advancing.
    pub fn peek_u8(&self) -> Result<u8> {
        self.bytes.u8(self.pos)
    }

    cursor_read!(u8, u8);
    cursor_read!(u16, u16);
    cursor_read!(u32, u32);
    cursor_read!(u64, u64);
    cursor_read!(i32, i32);

    /// The next `len` bytes as a window, and advances.
    pub fn take(&mut self, len: usize) -> Result<Bytes<'a>> {
        let b = self.bytes.slice(self.pos, len)?;
        self.pos += len;
        Ok(b)
    }

    /// Skips `len` bytes (checked).
    pub fn skip(&mut self, len: usize) -> Result<()> {
        self.take(len).map(|_| ())
    }

    /// An ECMA-335 compressed unsigned integer (II.23.2): 1, 2 or 4 bytes, big-endian.
    pub fn compressed_u32(&mut self) -> Result<u32> {
        let b0 = self.u8()?;
        if b0 & 0x80 == 0 {
            Ok(u32::from(b0))
        } else if b0 & 0xc0 == 0x80 {
            let b1 = self.u8()?;
            Ok((u32::from(b0 & 0x3f) << 8) | u32::from(b1))
        } else if b0 & 0xe0 == 0xc0 {
            let rest = self.take(3)?.array::<3>(0)?;
            Ok((u32::from(b0 & 0x1f) << 24) | (u32::from(rest[0]) << 16) | (u32::from(rest[1]) << 8) | u32::from(rest[2]))
        } else {
            self.pos -= 1;
            Err(self.bad(format!("invalid compressed integer lead byte {b0:#04x}")))
        }
    }

    /// An ECMA-335 compressed signed integer (II.23.2): rotated sign bit, 1, 2 or 4 bytes.
    pub fn compressed_i32(&mut self) -> Result<i32> {
        let start = self.pos;
        let raw = self.compressed_u32()?;
        let bits = match self.pos - start {
            1 => 7,
            2 => 14,
            _ => 29,
        };
        let magnitude = (raw >> 1) as i32;
        Ok(if raw & 1 == 0 { magnitude } else { magnitude - (1 << (bits - 1)) })
    }

    /// An unsigned integer of `size` (2 or 4) bytes, as used for metadata indexes.
    pub fn index(&mut self, size: u8) -> Result<u32> {
        if size == 2 { self.u16().map(u32::from) } else { self.u32() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_report_file_offsets() {
        let data = [1u8, 2, 3, 4, 5, 6];
        let b = Bytes::with_base(&data, 0x100);
        assert_eq!(b.u16(0).unwrap(), 0x0201);
        assert_eq!(b.u32(2).unwrap(), 0x0605_0403);
        let err = b.u32(4).unwrap_err();
        assert_eq!(err, ImageError::bad(0x104, "truncated: 4 bytes needed"));
        let sub = b.slice(2, 3).unwrap();
        assert_eq!(sub.base(), 0x102);
        assert!(sub.u32(0).is_err());
        assert!(b.slice(usize::MAX, 2).is_err());
        assert!(b.array::<2>(usize::MAX).is_err());
    }

    #[test]
    fn compressed_integers() {
        // Examples from ECMA-335 II.23.2.
        let cases: [(&[u8], u32); 8] = [
            (&[0x03], 3),
            (&[0x7f], 0x7f),
            (&[0x80, 0x80], 0x80),
            (&[0xae, 0x57], 0x2e57),
            (&[0xbf, 0xff], 0x3fff),
            (&[0xc0, 0x00, 0x40, 0x00], 0x4000),
            (&[0xdf, 0xff, 0xff, 0xff], 0x1fff_ffff),
            (&[0x00], 0),
        ];
        for (bytes, v) in cases {
            assert_eq!(Bytes::new(bytes).cursor(0).compressed_u32().unwrap(), v);
        }
        let signed: [(&[u8], i32); 6] = [
            (&[0x06], 3),
            (&[0x7b], -3),
            (&[0x80, 0x80], 64),
            (&[0x01], -64),
            (&[0xc0, 0x00, 0x40, 0x00], 8192),
            (&[0xc0, 0x00, 0x00, 0x01], -268_435_456),
        ];
        for (bytes, v) in signed {
            assert_eq!(Bytes::new(bytes).cursor(0).compressed_i32().unwrap(), v, "{bytes:x?}");
        }
        assert!(Bytes::new(&[0xff]).cursor(0).compressed_u32().is_err());
        assert!(Bytes::new(&[0xc0, 0]).cursor(0).compressed_u32().is_err());
    }

    #[test]
    fn cstr_needs_terminator() {
        let b = Bytes::new(b"abc\0de");
        assert_eq!(b.cstr(0).unwrap(), b"abc");
        assert!(b.cstr(4).is_err());
        assert!(b.cstr(60).is_err());
    }
}

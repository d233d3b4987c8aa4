//! ECMA-335 metadata: the root and its streams, tables, heaps, signatures, IL bodies.
//!
//! [`Metadata::parse`] reads only the metadata root, the stream headers and the table
//! stream header (row counts), and computes every table's row layout; rows are decoded on
//! access. Opening even System.Private.CoreLib therefore costs microseconds and allocates
//! one small vector (the stream list).
//!
//! | file | covers |
//! |---|---|
//! | `mod.rs` | the root, streams (`#~`, `#-`, `#JTD`, heaps), table locations, raw rows |
//! | [`schema`] | the columns of every table and their widths |
//! | [`token`], [`coded`] | typed tokens, row ids, heap indexes, coded indexes |
//! | [`heaps`] | `#Strings`, `#Blob`, `#GUID`, `#US` |
//! | [`rows`], [`flags`] | one typed struct per table row; attribute flag types |
//! | [`lookup`] | member lists (through `*Ptr` tables), searches in sorted tables |
//! | [`sig`] | signature blobs |
//! | [`il`], [`opcodes`] | method bodies, EH clauses, the CIL opcode table, IL decoding |
//! | [`names`] | human-readable type, method and field names; IL dumps |
//! | [`assembly`] | assembly identities, forwarders, module refs, files |
//! | [`attrs`] | custom-attribute blobs |
//! | [`dump`] | a one-line-per-row textual dump of the tables |

pub mod assembly;
pub mod attrs;
pub mod coded;
pub mod dump;
pub mod flags;
pub mod heaps;
pub mod il;
pub mod lookup;
pub mod names;
pub mod opcodes;
pub mod rows;
pub mod schema;
pub mod sig;
pub mod token;

#[cfg(test)]
mod tests;
#[cfg(test)]
pub(crate) mod testutil;

use std::marker::PhantomData;
use std::sync::OnceLock;

use crate::bytes::Bytes;
use crate::cli::CliHeader;
use crate::error::{ImageError, Result};
use crate::pe::PeFile;
use heaps::{BlobHeap, Guid, GuidHeap, StringHeap, UserString, UserStringHeap};
use schema::{RowLayout, Sizing, MAX_COLUMNS};
use token::{BlobIndex, GuidIndex, Rid, StringIndex, TableId, UserStringIndex};

/// The metadata root signature, "BSJB" little-endian.
pub const METADATA_SIGNATURE: u32 = 0x424a_5342;

/// Which table stream the metadata has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableStreamKind {
    /// `#~`: the optimized form every compiler emits.
    Compressed,
    /// `#-`: the unoptimized (EnC) form; may contain `*Ptr` tables and unsorted tables.
    Uncompressed,
}

/// One stream header of the metadata root.
#[derive(Clone, Copy, Debug)]
pub struct StreamHeader<'a> {
    /// The stream's name (e.g. `#Strings`).
    pub name: &'a str,
    /// Offset from the metadata root.
    pub offset: u32,
    /// Size in bytes.
    pub size: u32,
    /// The stream's bytes.
    pub bytes: Bytes<'a>,
}

/// The header of the table stream (II.24.2.6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TableStreamHeader {
    /// `#~` or `#-`.
    pub kind: TableStreamKind,
    /// Major version (2 in current files).
    pub major: u8,
    /// Minor version (0).
    pub minor: u8,
    /// The `HeapSizes` byte (see the `HEAP_*` constants in [`schema`]).
    pub heap_sizes: u8,
    /// Bit vector of present tables.
    pub valid: u64,
    /// Bit vector of tables declared sorted.
    pub sorted: u64,
    /// The 4 bytes of extra data after the row counts, when `HeapSizes` bit 0x40 is set.
    pub extra_data: Option<u32>,
    /// A `#JTD` stream is present: the tables are a minimal EnC delta and every index
    /// column is 4 bytes wide.
    pub minimal_delta: bool,
}

#[derive(Clone, Copy, Debug)]
struct TableData<'a> {
    rows: u32,
    layout: RowLayout,
    data: Bytes<'a>,
}

/// A parsed metadata root with lazy access to its tables and heaps.
///
/// All accessors take `&self` and decode on demand; nothing is cached except, per
/// table, whether a searched table turned out to be sorted (see [`lookup`]).
#[derive(Debug)]
pub struct Metadata<'a> {
    root: Bytes<'a>,
    major: u16,
    minor: u16,
    version: &'a str,
    flags: u16,
    streams: Vec<StreamHeader<'a>>,
    header: TableStreamHeader,
    strings: StringHeap<'a>,
    blobs: BlobHeap<'a>,
    guids: GuidHeap<'a>,
    user_strings: UserStringHeap<'a>,
    row_counts: [u32; 64],
    tables: [TableData<'a>; TableId::COUNT],
    table_data_end: u64,
    sorted_cache: [OnceLock<bool>; TableId::COUNT],
}

impl<'a> Metadata<'a> {
    /// The metadata of a PE image, located through its CLI header.
    pub fn from_pe(pe: &PeFile<'a>, cli: &CliHeader) -> Result<Metadata<'a>> {
        let bytes = pe.directory_bytes(cli.metadata).map_err(|e| e.context("metadata directory"))?;
        Metadata::parse(bytes)
    }

    /// Parses a metadata root (II.24.2.1) and its stream headers, and locates every table.
    /// Reads no rows.
    pub fn parse(root: Bytes<'a>) -> Result<Metadata<'a>> {
        let sig = root.u32(0).map_err(|e| e.context("metadata root"))?;
        if sig != METADATA_SIGNATURE {
            return Err(root.bad(0, format!("metadata signature is {sig:#010x}, not BSJB")));
        }
        let major = root.u16(4)?;
        let minor = root.u16(6)?;
        let version_len = root.u32(12)? as usize;
        let version_bytes = root.slice(16, version_len).map_err(|e| e.context("metadata version string"))?;
        let raw_version = version_bytes.data();
        let raw_version = &raw_version[..raw_version.iter().position(|&b| b == 0).unwrap_or(raw_version.len())];
        let version = std::str::from_utf8(raw_version)
            .map_err(|_| version_bytes.bad(0, "metadata version string is not UTF-8"))?;
        let mut c = root.cursor(16 + version_len);
        let flags = c.u16()?;
        let nstreams = c.u16()?;

        // Each stream header is at least 12 bytes: never reserve more than could fit.
        let mut streams = Vec::with_capacity(usize::from(nstreams).min(c.remaining() / 12));
        for _ in 0..nstreams {
            let offset = c.u32()?;
            let size = c.u32()?;
            let name_at = c.pos();
            let window = root.slice(name_at, c.remaining().min(32))?;
            let name = window.cstr(0).map_err(|_| root.bad(name_at, "stream name is not NUL-terminated within 32 bytes"))?;
            let name = std::str::from_utf8(name).map_err(|_| root.bad(name_at, "stream name is not ASCII"))?;
            c.skip((name.len() + 4) & !3)?;
            let bytes = root
                .slice(offset as usize, size as usize)
                .map_err(|e| e.context(&format!("stream {name} lies outside the metadata")))?;
            streams.push(StreamHeader { name, offset, size, bytes });
        }

        let find = |n: &str| streams.iter().find(|s| s.name == n).map(|s| s.bytes);
        let empty = Bytes::with_base(&[], root.base());
        let minimal_delta = find("#JTD").is_some();
        let (kind, tables_bytes) = match (find("#~"), find("#-")) {
            (Some(b), None) => (TableStreamKind::Compressed, b),
            (None, Some(b)) => (TableStreamKind::Uncompressed, b),
            (Some(_), Some(_)) => return Err(root.bad(0, "metadata has both #~ and #- table streams")),
            (None, None) => return Err(root.bad(0, "metadata has no table stream (#~ or #-)")),
        };
        if minimal_delta && kind != TableStreamKind::Uncompressed {
            return Err(root.bad(0, "#JTD (minimal delta) requires a #- table stream"));
        }

        let mut tc = tables_bytes.cursor(0);
        tc.skip(4).map_err(|e| e.context("table stream header"))?;
        let tmajor = tc.u8()?;
        let tminor = tc.u8()?;
        let heap_sizes = tc.u8()?;
        tc.skip(1)?;
        let valid = tc.u64()?;
        let sorted = tc.u64()?;
        let mut row_counts = [0u32; 64];
        for (i, count) in row_counts.iter_mut().enumerate() {
            if valid & (1u64 << i) != 0 {
                let at = tc.pos();
                let n = tc.u32()?;
                if n > 0x00ff_ffff {
                    return Err(tables_bytes.bad(at, format!("table {i:#04x} has {n:#x} rows, more than a token can address")));
                }
                *count = n;
            }
        }
        let extra_data = if heap_sizes & schema::HEAP_EXTRA_DATA != 0 { Some(tc.u32()?) } else { None };

        let sizing = Sizing { heap_sizes, rows: &row_counts, minimal_delta };
        let mut pos = tc.pos();
        let mut tables = [TableData { rows: 0, layout: RowLayout::default(), data: empty }; TableId::COUNT];
        for (t, slot) in TableId::ALL.iter().zip(tables.iter_mut()) {
            let rows = row_counts[*t as usize];
            let layout = RowLayout::compute(*t, &sizing);
            let len = (rows as usize).checked_mul(usize::from(layout.row_size)).ok_or_else(|| tables_bytes.bad(pos, "table size overflows"))?;
            let data = tables_bytes
                .slice(pos, len)
                .map_err(|e| e.context(&format!("{} table ({rows} rows of {} bytes)", t.name(), layout.row_size)))?;
            *slot = TableData { rows, layout, data };
            pos += len;
        }

        let header = TableStreamHeader { kind, major: tmajor, minor: tminor, heap_sizes, valid, sorted, extra_data, minimal_delta };
        Ok(Metadata {
            root,
            major,
            minor,
            version,
            flags,
            header,
            strings: StringHeap::new(find("#Strings").unwrap_or(empty)),
            blobs: BlobHeap::new(find("#Blob").unwrap_or(empty)),
            guids: GuidHeap::new(find("#GUID").unwrap_or(empty)),
            user_strings: UserStringHeap::new(find("#US").unwrap_or(empty)),
            streams,
            row_counts,
            tables,
            table_data_end: tables_bytes.file_offset(pos),
            sorted_cache: std::array::from_fn(|_| OnceLock::new()),
        })
    }

    /// The whole metadata (root to end of the directory).
    pub fn root(&self) -> Bytes<'a> {
        self.root
    }

    /// The version string of the root (e.g. `v4.0.30319`).
    pub fn version(&self) -> &'a str {
        self.version
    }

    /// Major and minor version of the metadata root (1.1 in current files).
    pub fn root_version(&self) -> (u16, u16) {
        (self.major, self.minor)
    }

    /// The root's flags word (reserved, 0).
    pub fn root_flags(&self) -> u16 {
        self.flags
    }

    /// All stream headers in file order, including ones this reader ignores.
    pub fn streams(&self) -> &[StreamHeader<'a>] {
        &self.streams
    }

    /// The table stream header.
    pub fn table_header(&self) -> &TableStreamHeader {
        &self.header
    }

    /// File offset just past the last table this reader knows (tables above 0x2C, e.g.
    /// Portable PDB tables, follow it).
    pub fn table_data_end(&self) -> u64 {
        self.table_data_end
    }

    /// The `#Strings` heap.
    pub fn strings(&self) -> StringHeap<'a> {
        self.strings
    }

    /// The `#Blob` heap.
    pub fn blobs(&self) -> BlobHeap<'a> {
        self.blobs
    }

    /// The `#GUID` heap.
    pub fn guids(&self) -> GuidHeap<'a> {
        self.guids
    }

    /// The `#US` heap.
    pub fn user_strings(&self) -> UserStringHeap<'a> {
        self.user_strings
    }

    /// The string at `index` in `#Strings`.
    pub fn string(&self, index: StringIndex) -> Result<&'a str> {
        self.strings.get(index)
    }

    /// The blob at `index` in `#Blob`.
    pub fn blob(&self, index: BlobIndex) -> Result<Bytes<'a>> {
        self.blobs.get(index)
    }

    /// The GUID at `index` in `#GUID` (`None` for index 0).
    pub fn guid(&self, index: GuidIndex) -> Result<Option<Guid>> {
        self.guids.get(index)
    }

    /// The user string at `index` in `#US`.
    pub fn user_string(&self, index: UserStringIndex) -> Result<UserString<'a>> {
        self.user_strings.get(index)
    }

    /// Number of rows in `table`.
    pub fn row_count(&self, table: TableId) -> u32 {
        self.row_counts[table as usize]
    }

    /// Row count of any of the 64 possible table ids (including tables this reader does not
    /// decode, such as Portable PDB tables).
    pub fn raw_row_count(&self, table_bit: u8) -> u32 {
        self.row_counts.get(usize::from(table_bit)).copied().unwrap_or(0)
    }

    /// True when the table stream header declares `table` sorted.
    pub fn is_declared_sorted(&self, table: TableId) -> bool {
        self.header.sorted & (1u64 << (table as u32)) != 0
    }

    /// The byte layout of `table`'s rows in this file.
    pub fn row_layout(&self, table: TableId) -> RowLayout {
        self.tables[table as usize].layout
    }

    /// The bytes of `table` (all rows).
    pub fn table_bytes(&self, table: TableId) -> Bytes<'a> {
        self.tables[table as usize].data
    }

    /// Every row id of the table `R` indexes, in order.
    pub fn rids<R: Rid>(&self) -> RidIter<R> {
        RidIter { next: 1, end: self.row_count(R::TABLE).saturating_add(1), _r: PhantomData }
    }

    /// True when `rid` is a row of `table` (1..=rows).
    pub fn contains(&self, table: TableId, rid: u32) -> bool {
        rid != 0 && rid <= self.row_count(table)
    }

    /// One raw column value; `None` when `rid` is not a row of `table` or `col` is not a
    /// column of it.
    pub(crate) fn raw_col(&self, table: TableId, rid: u32, col: usize) -> Option<u32> {
        let t = &self.tables[table as usize];
        if rid == 0 || rid > t.rows || col >= usize::from(t.layout.columns) {
            return None;
        }
        let off = (rid as usize - 1) * usize::from(t.layout.row_size) + usize::from(t.layout.offsets[col]);
        // The table window holds exactly `rows` rows (checked in `parse`), so these reads
        // cannot fail for an in-range row.
        let d = t.data.data();
        if t.layout.widths[col] == 2 {
            let b = d.get(off..off + 2)?;
            Some(u32::from(u16::from_le_bytes([b[0], b[1]])))
        } else {
            let b = d.get(off..off + 4)?;
            Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        }
    }

    /// All column values of one row, undecoded.
    pub fn raw_row(&self, table: TableId, rid: u32) -> Result<RawRow> {
        let t = &self.tables[table as usize];
        if rid == 0 || rid > t.rows {
            return Err(ImageError::bad(
                t.data.base(),
                format!("{}#{rid} does not exist (the table has {} rows)", table.name(), t.rows),
            ));
        }
        let row_off = (rid as usize - 1) * usize::from(t.layout.row_size);
        let bytes = t.data.slice(row_off, usize::from(t.layout.row_size))?.data();
        let mut values = [0u32; MAX_COLUMNS];
        for (i, v) in values.iter_mut().enumerate().take(usize::from(t.layout.columns)) {
            let off = usize::from(t.layout.offsets[i]);
            // The layout's offsets and widths lie within `row_size` by construction.
            *v = match (t.layout.widths[i], bytes.get(off..)) {
                (2, Some([a, b, ..])) => u32::from(u16::from_le_bytes([*a, *b])),
                (4, Some([a, b, c, d, ..])) => u32::from_le_bytes([*a, *b, *c, *d]),
                _ => return Err(ImageError::internal("row layout exceeds the row")),
            };
        }
        Ok(RawRow { table, rid, offset: t.data.file_offset(row_off), layout: t.layout, values })
    }

    pub(crate) fn sorted_cache(&self, table: TableId) -> &OnceLock<bool> {
        &self.sorted_cache[table as usize]
    }
}

/// One undecoded row: the column values as stored, with their file positions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RawRow {
    /// The table.
    pub table: TableId,
    /// The row id.
    pub rid: u32,
    /// File offset of the row.
    pub offset: u64,
    /// The table's row layout.
    pub layout: RowLayout,
    values: [u32; MAX_COLUMNS],
}

impl RawRow {
    /// The column values (as many as the table has columns).
    pub fn values(&self) -> &[u32] {
        &self.values[..usize::from(self.layout.columns)]
    }

    /// One column's value (0 past the last column).
    pub fn value(&self, col: usize) -> u32 {
        self.values.get(col).copied().unwrap_or(0)
    }

    /// File offset of one column.
    pub fn column_offset(&self, col: usize) -> u64 {
        self.offset + u64::from(self.layout.offsets.get(col).copied().unwrap_or(0))
    }
}

/// Iterator over the row ids of one table.
#[derive(Clone, Debug)]
pub struct RidIter<R> {
    next: u32,
    end: u32,
    _r: PhantomData<R>,
}

impl<R: Rid> Iterator for RidIter<R> {
    type Item = R;
    fn next(&mut self) -> Option<R> {
        if self.next >= self.end {
            return None;
        }
        let r = R::from_raw(self.next);
        self.next += 1;
        Some(r)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end.saturating_sub(self.next) as usize;
        (n, Some(n))
    }
}

impl<R: Rid> ExactSizeIterator for RidIter<R> {}
impl<R: Rid> DoubleEndedIterator for RidIter<R> {
    fn next_back(&mut self) -> Option<R> {
        if self.next >= self.end {
            return None;
        }
        self.end -= 1;
        Some(R::from_raw(self.end))
    }
}

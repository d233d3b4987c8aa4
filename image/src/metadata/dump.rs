//! A textual dump of metadata: the root, the streams, and every table one line per row,
//! with strings resolved, blobs shown in hex and indexes shown as `Table#rid`. Driven by
//! the [`schema`](crate::metadata::schema), so it covers every table without per-table
//! code. Malformed values are shown inline (`<bad …>`) so a dump of a broken image still
//! completes.

use std::fmt::{self, Write};

use crate::metadata::schema::{schema, ColumnKind};
use crate::metadata::token::{BlobIndex, GuidIndex, StringIndex, TableId};
use crate::metadata::Metadata;

/// Displays one row (`TypeDef#2: Flags=0x100001 TypeName="C" …`).
#[derive(Clone, Copy, Debug)]
pub struct RowDisplay<'m, 'a> {
    md: &'m Metadata<'a>,
    table: TableId,
    rid: u32,
}

/// Most blob bytes shown in a dump line.
const BLOB_PREVIEW: usize = 24;

impl fmt::Display for RowDisplay<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let md = self.md;
        write!(f, "{}#{}:", self.table.name(), self.rid)?;
        let row = match md.raw_row(self.table, self.rid) {
            Ok(r) => r,
            Err(e) => return write!(f, " <{e}>"),
        };
        for (i, col) in schema(self.table).columns.iter().enumerate() {
            let v = row.value(i);
            write!(f, " {}=", col.name)?;
            match col.kind {
                ColumnKind::U16 | ColumnKind::U32 => write!(f, "{v:#x}")?,
                ColumnKind::String => match md.string(StringIndex(v)) {
                    Ok(s) => write!(f, "{s:?}")?,
                    Err(_) => write!(f, "<bad #Strings {v:#x}>")?,
                },
                ColumnKind::Guid => match md.guid(GuidIndex(v)) {
                    Ok(Some(g)) => write!(f, "{{{g}}}")?,
                    Ok(None) => f.write_str("nil")?,
                    Err(_) => write!(f, "<bad #GUID {v}>")?,
                },
                ColumnKind::Blob => match md.blob(BlobIndex(v)) {
                    Ok(b) => {
                        write!(f, "[{}]", b.len())?;
                        for x in b.data().iter().take(BLOB_PREVIEW) {
                            write!(f, "{x:02x}")?;
                        }
                        if b.len() > BLOB_PREVIEW {
                            f.write_str("…")?;
                        }
                    }
                    Err(_) => write!(f, "<bad #Blob {v:#x}>")?,
                },
                ColumnKind::Index(t) => {
                    if v == 0 {
                        f.write_str("nil")?
                    } else {
                        write!(f, "{}#{v}", t.name())?
                    }
                }
                ColumnKind::List(_) => write!(f, "{v}")?,
                ColumnKind::Coded(k) => match k.split(v) {
                    Ok((_, 0)) => f.write_str("nil")?,
                    Ok((t, rid)) => write!(f, "{}#{rid}", t.name())?,
                    Err(tag) => write!(f, "<bad {k} tag {tag}>")?,
                },
            }
        }
        Ok(())
    }
}

impl<'a> Metadata<'a> {
    /// A displayable view of one row.
    pub fn row_display(&self, table: TableId, rid: u32) -> RowDisplay<'_, 'a> {
        RowDisplay { md: self, table, rid }
    }

    /// Writes the header part of the dump: root, streams, table stream header.
    pub fn dump_header(&self, out: &mut dyn Write) -> fmt::Result {
        let (maj, min) = self.root_version();
        let h = self.table_header();
        writeln!(out, "metadata root at file offset {:#x}: version {:?}, root {maj}.{min}", self.root().base(), self.version())?;
        for s in self.streams() {
            writeln!(out, "  stream {:<10} offset {:#8x} size {:#8x}", s.name, s.offset, s.size)?;
        }
        writeln!(
            out,
            "tables {:?} {}.{}: HeapSizes {:#04x}, Valid {:#018x}, Sorted {:#018x}{}{}",
            h.kind,
            h.major,
            h.minor,
            h.heap_sizes,
            h.valid,
            h.sorted,
            h.extra_data.map(|x| format!(", extra data {x:#x}")).unwrap_or_default(),
            if h.minimal_delta { ", minimal delta (#JTD)" } else { "" },
        )
    }

    /// Writes one table: a header line and one line per row.
    pub fn dump_table(&self, out: &mut dyn Write, table: TableId) -> fmt::Result {
        let n = self.row_count(table);
        let l = self.row_layout(table);
        writeln!(
            out,
            "table {} ({:#04x}): {n} rows of {} bytes at file offset {:#x}{}",
            table.name(),
            table as u8,
            l.row_size,
            self.table_bytes(table).base(),
            if self.is_declared_sorted(table) { ", sorted" } else { "" }
        )?;
        for rid in 1..=n {
            writeln!(out, "  {}", self.row_display(table, rid))?;
        }
        Ok(())
    }

    /// Writes the whole dump: header and every non-empty table.
    pub fn dump(&self, out: &mut dyn Write) -> fmt::Result {
        self.dump_header(out)?;
        for t in TableId::ALL {
            if self.row_count(t) > 0 {
                self.dump_table(out, t)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytes::Bytes;
    use crate::metadata::testutil::MdBuilder;

    #[test]
    fn dumps_rows() {
        let mut b = MdBuilder::new();
        let n = b.string("C");
        let blob = b.blob(&[0x06, 0x08]);
        b.row(TableId::TypeDef, &[1, n, 0, (3 << 2) | 1, 1, 1]);
        b.row(TableId::Field, &[0x16, n, blob]);
        b.row(TableId::Field, &[0x16, 999, 999]);
        b.row(TableId::InterfaceImpl, &[1, 3]);
        let bytes = b.build();
        let md = Metadata::parse(Bytes::new(&bytes)).unwrap();
        let mut s = String::new();
        md.dump(&mut s).unwrap();
        assert!(s.contains("TypeDef#1: Flags=0x1 TypeName=\"C\" TypeNamespace=\"\" Extends=TypeRef#3 FieldList=1 MethodList=1"), "{s}");
        assert!(s.contains("Field#1: Flags=0x16 Name=\"C\" Signature=[2]0608"), "{s}");
        assert!(s.contains("Field#2: Flags=0x16 Name=<bad #Strings 0x3e7> Signature=<bad #Blob 0x3e7>"), "{s}");
        assert!(s.contains("Interface=<bad TypeDefOrRef tag 3>"), "{s}");
        assert!(s.contains("table Field (0x04): 2 rows of 6 bytes"), "{s}");
    }
}

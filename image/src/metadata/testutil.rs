//! Test helper: builds metadata roots byte by byte (any heap sizes, `#~` or `#-`, `#JTD`,
//! extra data, arbitrary rows), so unit tests can exercise encodings compilers rarely emit.

use std::collections::BTreeMap;

use crate::metadata::schema::{RowLayout, Sizing};
use crate::metadata::token::TableId;

/// A metadata root under construction.
pub(crate) struct MdBuilder {
    pub uncompressed: bool,
    pub jtd: bool,
    pub heap_sizes: u8,
    pub extra_data: Option<u32>,
    pub sorted: u64,
    pub strings: Vec<u8>,
    pub blobs: Vec<u8>,
    pub guids: Vec<u8>,
    pub us: Vec<u8>,
    pub rows: BTreeMap<TableId, Vec<Vec<u32>>>,
    /// Extra streams (name, bytes) appended after the standard ones.
    pub extra_streams: Vec<(String, Vec<u8>)>,
}

impl MdBuilder {
    pub fn new() -> Self {
        MdBuilder {
            uncompressed: false,
            jtd: false,
            heap_sizes: 0,
            extra_data: None,
            sorted: 0,
            strings: vec![0],
            blobs: vec![0],
            guids: vec![],
            us: vec![0],
            rows: BTreeMap::new(),
            extra_streams: vec![],
        }
    }

    /// Appends a string to `#Strings`; returns its index.
    pub fn string(&mut self, s: &str) -> u32 {
        let at = self.strings.len() as u32;
        self.strings.extend_from_slice(s.as_bytes());
        self.strings.push(0);
        at
    }

    /// Appends a blob (with a compressed length) to `#Blob`; returns its index.
    pub fn blob(&mut self, b: &[u8]) -> u32 {
        let at = self.blobs.len() as u32;
        compress(&mut self.blobs, b.len() as u32);
        self.blobs.extend_from_slice(b);
        at
    }

    /// Appends a user string; returns its index.
    pub fn user_string(&mut self, s: &str) -> u32 {
        let at = self.us.len() as u32;
        let units: Vec<u16> = s.encode_utf16().collect();
        compress(&mut self.us, units.len() as u32 * 2 + 1);
        for u in units {
            self.us.extend_from_slice(&u.to_le_bytes());
        }
        self.us.push(0);
        at
    }

    /// Appends a row; returns its row id.
    pub fn row(&mut self, t: TableId, values: &[u32]) -> u32 {
        let v = self.rows.entry(t).or_default();
        v.push(values.to_vec());
        v.len() as u32
    }

    /// Serializes the metadata root.
    pub fn build(&self) -> Vec<u8> {
        let mut counts = [0u32; 64];
        for (t, r) in &self.rows {
            counts[*t as usize] = r.len() as u32;
        }
        let mut valid = 0u64;
        for (i, c) in counts.iter().enumerate() {
            if *c > 0 {
                valid |= 1 << i;
            }
        }
        let sizing = Sizing { heap_sizes: self.heap_sizes, rows: &counts, minimal_delta: self.jtd };
        let mut tables = Vec::new();
        tables.extend_from_slice(&0u32.to_le_bytes());
        tables.extend_from_slice(&[2, 0, self.heap_sizes | if self.extra_data.is_some() { 0x40 } else { 0 }, 1]);
        tables.extend_from_slice(&valid.to_le_bytes());
        tables.extend_from_slice(&self.sorted.to_le_bytes());
        for c in counts.iter().filter(|c| **c > 0) {
            tables.extend_from_slice(&c.to_le_bytes());
        }
        if let Some(x) = self.extra_data {
            tables.extend_from_slice(&x.to_le_bytes());
        }
        for (t, rows) in &self.rows {
            let l = RowLayout::compute(*t, &sizing);
            for r in rows {
                for i in 0..usize::from(l.columns) {
                    let v = r.get(i).copied().unwrap_or(0);
                    if l.widths[i] == 2 {
                        tables.extend_from_slice(&(v as u16).to_le_bytes());
                    } else {
                        tables.extend_from_slice(&v.to_le_bytes());
                    }
                }
            }
        }
        let pad = |v: &mut Vec<u8>| {
            while !v.len().is_multiple_of(4) {
                v.push(0);
            }
        };
        let mut streams: Vec<(String, Vec<u8>)> = vec![(if self.uncompressed { "#-" } else { "#~" }.to_string(), tables)];
        streams.push(("#Strings".into(), self.strings.clone()));
        streams.push(("#US".into(), self.us.clone()));
        streams.push(("#GUID".into(), self.guids.clone()));
        streams.push(("#Blob".into(), self.blobs.clone()));
        if self.jtd {
            streams.push(("#JTD".into(), vec![]));
        }
        streams.extend(self.extra_streams.iter().cloned());
        for s in &mut streams {
            pad(&mut s.1);
        }

        let version = b"v4.0.30319\0\0";
        let mut header_len = 16 + version.len() + 4;
        for (name, _) in &streams {
            header_len += 8 + ((name.len() + 4) & !3);
        }
        let mut out = Vec::new();
        out.extend_from_slice(&0x424a_5342u32.to_le_bytes());
        out.extend_from_slice(&1u16.to_le_bytes());
        out.extend_from_slice(&1u16.to_le_bytes());
        out.extend_from_slice(&0u32.to_le_bytes());
        out.extend_from_slice(&(version.len() as u32).to_le_bytes());
        out.extend_from_slice(version);
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(&(streams.len() as u16).to_le_bytes());
        let mut offset = header_len;
        for (name, data) in &streams {
            out.extend_from_slice(&(offset as u32).to_le_bytes());
            out.extend_from_slice(&(data.len() as u32).to_le_bytes());
            let mut n = name.as_bytes().to_vec();
            n.push(0);
            pad(&mut n);
            out.extend_from_slice(&n);
            offset += data.len();
        }
        assert_eq!(out.len(), header_len);
        for (_, data) in &streams {
            out.extend_from_slice(data);
        }
        out
    }
}

/// Appends an ECMA-335 compressed unsigned integer.
pub(crate) fn compress(out: &mut Vec<u8>, v: u32) {
    if v < 0x80 {
        out.push(v as u8);
    } else if v < 0x4000 {
        out.extend_from_slice(&((v as u16) | 0x8000).to_be_bytes());
    } else {
        out.extend_from_slice(&(v | 0xc000_0000).to_be_bytes());
    }
}

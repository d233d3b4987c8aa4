//! Assembly identity: the `Assembly` and `AssemblyRef` rows as [`AssemblyName`]s
//! (`System.Runtime, Version=10.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a`),
//! public-key tokens, exported types (type forwarders) with their target, module
//! references and files.

use std::fmt;

use crate::error::Result;
use crate::metadata::coded::Implementation;
use crate::metadata::flags::AssemblyFlags;
use crate::metadata::token::*;
use crate::metadata::Metadata;

/// A four-part assembly version.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Version {
    /// Major.
    pub major: u16,
    /// Minor.
    pub minor: u16,
    /// Build.
    pub build: u16,
    /// Revision.
    pub revision: u16,
}

impl Version {
    fn from_parts(v: [u16; 4]) -> Version {
        Version { major: v[0], minor: v[1], build: v[2], revision: v[3] }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}.{}", self.major, self.minor, self.build, self.revision)
    }
}

/// The strong-name part of an identity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PublicKey<'a> {
    /// Not strong-named.
    None,
    /// A full public key (as in the `Assembly` table).
    Key(&'a [u8]),
    /// An 8-byte public-key token (usual in `AssemblyRef`).
    Token(&'a [u8]),
}

/// An assembly's identity, from an `Assembly` or `AssemblyRef` row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AssemblyName<'a> {
    /// Simple name.
    pub name: &'a str,
    /// Version.
    pub version: Version,
    /// Culture; empty for neutral.
    pub culture: &'a str,
    /// Public key or token.
    pub public_key: PublicKey<'a>,
    /// Flags.
    pub flags: AssemblyFlags,
}

impl AssemblyName<'_> {
    /// The public-key token: the stored token, or the last 8 bytes of the SHA-1 of the full
    /// key, reversed (II.6.2.1.3).
    pub fn public_key_token(&self) -> Option<[u8; 8]> {
        match self.public_key {
            PublicKey::None => None,
            PublicKey::Token(t) => t.try_into().ok(),
            PublicKey::Key(k) => {
                let h = sha1(k);
                let mut t = [0u8; 8];
                for (i, b) in h[12..].iter().rev().enumerate() {
                    t[i] = *b;
                }
                Some(t)
            }
        }
    }
}

impl fmt::Display for AssemblyName<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, Version={}, Culture={}", self.name, self.version, if self.culture.is_empty() { "neutral" } else { self.culture })?;
        match (self.public_key, self.public_key_token()) {
            (PublicKey::None, _) => f.write_str(", PublicKeyToken=null"),
            (PublicKey::Token(t), None) => write!(f, ", PublicKeyToken=<{} bytes>", t.len()),
            (_, Some(t)) => {
                f.write_str(", PublicKeyToken=")?;
                for b in t {
                    write!(f, "{b:02x}")?;
                }
                Ok(())
            }
            (PublicKey::Key(_), None) => Ok(()),
        }
    }
}

/// Where an exported type ultimately lives (after following nested exported types).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportedTypeTarget {
    /// Another assembly: a type forwarder.
    Assembly(AssemblyRefRid),
    /// Another module of this assembly.
    File(FileRid),
}

impl<'a> Metadata<'a> {
    /// This assembly's identity; `None` for a module without an `Assembly` row.
    pub fn assembly_name(&self) -> Result<Option<AssemblyName<'a>>> {
        if self.row_count(TableId::Assembly) == 0 {
            return Ok(None);
        }
        let r = self.assembly(AssemblyRid(1))?;
        let key = self.blob(r.public_key)?;
        Ok(Some(AssemblyName {
            name: self.string(r.name)?,
            version: Version::from_parts(r.version),
            culture: self.string(r.culture)?,
            public_key: if key.is_empty() { PublicKey::None } else { PublicKey::Key(key.data()) },
            flags: r.flags,
        }))
    }

    /// The identity an `AssemblyRef` asks for.
    pub fn assembly_ref_name(&self, rid: AssemblyRefRid) -> Result<AssemblyName<'a>> {
        let r = self.assembly_ref(rid)?;
        let key = self.blob(r.public_key_or_token)?;
        Ok(AssemblyName {
            name: self.string(r.name)?,
            version: Version::from_parts(r.version),
            culture: self.string(r.culture)?,
            public_key: if key.is_empty() {
                PublicKey::None
            } else if r.flags.contains(AssemblyFlags::PUBLIC_KEY) {
                PublicKey::Key(key.data())
            } else {
                PublicKey::Token(key.data())
            },
            flags: r.flags,
        })
    }

    /// The name of a module reference (a module of this assembly or a native library).
    pub fn module_ref_name(&self, rid: ModuleRefRid) -> Result<&'a str> {
        self.string(self.module_ref(rid)?.name)
    }

    /// The name of a file of this assembly.
    pub fn file_name(&self, rid: FileRid) -> Result<&'a str> {
        self.string(self.file(rid)?.name)
    }

    /// The full name of an exported type (`Namespace.Outer+Inner`).
    pub fn exported_type_name(&self, rid: ExportedTypeRid) -> Result<String> {
        let mut chain = Vec::new();
        let mut cur = rid;
        loop {
            if chain.len() >= crate::metadata::names::MAX_NAME_DEPTH as usize {
                return Err(crate::error::ImageError::limit("exported types nested too deeply (a cycle?)"));
            }
            let r = self.exported_type(cur)?;
            chain.push(r);
            match r.implementation {
                Implementation::ExportedType(outer) => cur = outer,
                _ => break,
            }
        }
        let mut s = String::new();
        for (i, r) in chain.iter().rev().enumerate() {
            if i == 0 {
                let ns = self.string(r.namespace)?;
                if !ns.is_empty() {
                    s.push_str(ns);
                    s.push('.');
                }
            } else {
                s.push('+');
            }
            s.push_str(self.string(r.name)?);
        }
        Ok(s)
    }

    /// Where an exported type lives, following enclosing exported types.
    pub fn exported_type_target(&self, rid: ExportedTypeRid) -> Result<ExportedTypeTarget> {
        let mut cur = rid;
        for _ in 0..crate::metadata::names::MAX_NAME_DEPTH {
            match self.exported_type(cur)?.implementation {
                Implementation::AssemblyRef(a) => return Ok(ExportedTypeTarget::Assembly(a)),
                Implementation::File(f) => return Ok(ExportedTypeTarget::File(f)),
                Implementation::ExportedType(outer) => cur = outer,
            }
        }
        Err(crate::error::ImageError::limit("exported types nested too deeply (a cycle?)"))
    }

    /// Finds a top-level exported type by namespace and name (a linear scan).
    pub fn find_exported_type(&self, namespace: &str, name: &str) -> Result<Option<ExportedTypeRid>> {
        for rid in self.rids::<ExportedTypeRid>() {
            let r = self.exported_type(rid)?;
            if !matches!(r.implementation, Implementation::ExportedType(_))
                && self.string(r.name)? == name
                && self.string(r.namespace)? == namespace
            {
                return Ok(Some(rid));
            }
        }
        Ok(None)
    }
}

/// SHA-1 (FIPS 180-4), used only to derive public-key tokens.
fn sha1(data: &[u8]) -> [u8; 20] {
    let mut h: [u32; 5] = [0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476, 0xc3d2_e1f0];
    let bit_len = (data.len() as u64).wrapping_mul(8);
    let mut tail = Vec::with_capacity(128);
    let full = data.len() / 64 * 64;
    tail.extend_from_slice(&data[full..]);
    tail.push(0x80);
    while tail.len() % 64 != 56 {
        tail.push(0);
    }
    tail.extend_from_slice(&bit_len.to_be_bytes());
    for block in data[..full].chunks_exact(64).chain(tail.chunks_exact(64)) {
        let mut wv = [0u32; 80];
        for (i, c) in block.chunks_exact(4).enumerate() {
            wv[i] = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
        }
        for i in 16..80 {
            wv[i] = (wv[i - 3] ^ wv[i - 8] ^ wv[i - 14] ^ wv[i - 16]).rotate_left(1);
        }
        let [mut a, mut b, mut c, mut d, mut e] = h;
        for (i, wi) in wv.iter().enumerate() {
            let (f, k) = match i {
                0..=19 => ((b & c) | (!b & d), 0x5a82_7999),
                20..=39 => (b ^ c ^ d, 0x6ed9_eba1),
                40..=59 => ((b & c) | (b & d) | (c & d), 0x8f1b_bcdc),
                _ => (b ^ c ^ d, 0xca62_c1d6),
            };
            let t = a.rotate_left(5).wrapping_add(f).wrapping_add(e).wrapping_add(k).wrapping_add(*wi);
            e = d;
            d = c;
            c = b.rotate_left(30);
            b = a;
            a = t;
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 20];
    for (i, x) in h.iter().enumerate() {
        out[i * 4..i * 4 + 4].copy_from_slice(&x.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    #[test]
    fn sha1_vectors() {
        assert_eq!(hex(&sha1(b"")), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
        assert_eq!(hex(&sha1(b"abc")), "a9993e364706816aba3e25717850c26c9cd0d89d");
        let long = b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
        assert_eq!(hex(&sha1(long)), "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
        assert_eq!(hex(&sha1(&[b'a'; 1000])), "291e9a6c66994949b57ba5e650361e98fc36b1ba");
    }

    #[test]
    fn ecma_key_token() {
        // The ECMA standard public key has the well-known token b77a5c561934e089.
        let key = [0u8, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0];
        let n = AssemblyName {
            name: "mscorlib",
            version: Version { major: 4, minor: 0, build: 0, revision: 0 },
            culture: "",
            public_key: PublicKey::Key(&key),
            flags: AssemblyFlags(1),
        };
        assert_eq!(hex(&n.public_key_token().unwrap()), "b77a5c561934e089");
        assert_eq!(n.to_string(), "mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089");
        let r = AssemblyName { public_key: PublicKey::None, culture: "fr", ..n };
        assert_eq!(r.to_string(), "mscorlib, Version=4.0.0.0, Culture=fr, PublicKeyToken=null");
    }
}

//! Small per-image and per-assembly tables: composite-image component assemblies, manifest
//! MVIDs, the module-override index rules, HotColdMap, MethodIsGenericMap, EnclosingTypeMap
//! and TypeGenericInfoMap (reference §1.5–1.6, §3.4, §4.6).

use crate::bytes::Bytes;
use crate::error::{ImageError, Result};
use crate::metadata::token::{AssemblyRefRid, MethodDefRid, TypeDefRid};
use crate::pe::DataDirectory;
use crate::r2r::header::CoreHeader;
use crate::r2r::ids::{ModuleIndex, RuntimeFunctionIndex};

/// One component assembly of a composite image (`READYTORUN_COMPONENT_ASSEMBLIES_ENTRY`).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ComponentAssembly {
    /// 1-based position, parallel to the manifest metadata's AssemblyRef rows.
    pub index: u32,
    /// The component's CLI header inside the composite image.
    pub cor_header: DataDirectory,
    /// Where its core header is.
    pub core_header_dir: DataDirectory,
    /// Its core header: flags and the assembly-scope sections.
    pub core: CoreHeader,
}

/// The ManifestAssemblyMvids section: one 16-byte MVID per manifest AssemblyRef.
#[derive(Clone, Copy, Debug)]
pub struct ManifestAssemblyMvids<'a> {
    bytes: Bytes<'a>,
}

impl<'a> ManifestAssemblyMvids<'a> {
    /// The table over its section bytes.
    pub fn new(bytes: Bytes<'a>) -> Result<ManifestAssemblyMvids<'a>> {
        if !bytes.len().is_multiple_of(16) {
            return Err(bytes.bad(0, format!("ManifestAssemblyMvids of {} bytes is not a multiple of 16", bytes.len())));
        }
        Ok(ManifestAssemblyMvids { bytes })
    }

    /// Number of MVIDs.
    pub fn len(&self) -> usize {
        self.bytes.len() / 16
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// MVID `i` (0-based, i.e. for manifest AssemblyRef RID `i + 1`), as stored (GUID byte order).
    pub fn get(&self, i: usize) -> Result<[u8; 16]> {
        self.bytes.array::<16>(i.checked_mul(16).ok_or_else(|| self.bytes.bad(0, "MVID index overflows"))?)
    }

    /// All MVIDs.
    pub fn iter(&self) -> impl Iterator<Item = Result<[u8; 16]>> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }
}

/// Formats a stored GUID in the usual `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` form.
pub fn format_guid(g: &[u8; 16]) -> String {
    format!(
        "{:08x}-{:04x}-{:04x}-{:02x}{:02x}-{:02x}{:02x}{:02x}{:02x}{:02x}{:02x}",
        u32::from_le_bytes([g[0], g[1], g[2], g[3]]),
        u16::from_le_bytes([g[4], g[5]]),
        u16::from_le_bytes([g[6], g[7]]),
        g[8],
        g[9],
        g[10],
        g[11],
        g[12],
        g[13],
        g[14],
        g[15]
    )
}

/// What a module-override index refers to (reference §4.6).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ModuleTarget {
    /// 0: the image's own module (the signature's default context).
    OwnModule,
    /// An AssemblyRef of the image's IL metadata.
    IlAssemblyRef(AssemblyRefRid),
    /// The manifest metadata itself (R2R ≥ 6.3).
    ManifestModule,
    /// An AssemblyRef of the manifest metadata (ManifestMetadata section).
    ManifestAssemblyRef(AssemblyRefRid),
}

/// The rules that map module-override indices to assemblies. They depend on the number of
/// AssemblyRef rows of the image's IL metadata (0 for a composite image, whose indices all
/// go to the manifest) and on the format version.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ModuleOverrideRules {
    /// AssemblyRef rows of the IL metadata (`ILAR`).
    pub il_assembly_refs: u32,
    /// True from R2R 6.3 on: index `ILAR + 1` is the manifest metadata itself.
    pub manifest_self_entry: bool,
}

impl ModuleOverrideRules {
    /// The rules for an image of version `major.minor` whose IL metadata has
    /// `il_assembly_refs` AssemblyRef rows (pass 0 for a composite image).
    pub fn new(il_assembly_refs: u32, major: u16, minor: u16) -> ModuleOverrideRules {
        ModuleOverrideRules { il_assembly_refs, manifest_self_entry: (major, minor) >= (6, 3) }
    }

    /// Resolves `index`. Index 0 of a composite image (ILAR 0) still means "own module" here;
    /// composite signatures normally always carry an explicit override.
    pub fn resolve(&self, index: ModuleIndex) -> ModuleTarget {
        let i = index.0;
        let ilar = self.il_assembly_refs;
        if i == 0 {
            ModuleTarget::OwnModule
        } else if i <= ilar {
            ModuleTarget::IlAssemblyRef(AssemblyRefRid(i))
        } else if self.manifest_self_entry {
            if i == ilar + 1 { ModuleTarget::ManifestModule } else { ModuleTarget::ManifestAssemblyRef(AssemblyRefRid(i - ilar - 1)) }
        } else {
            ModuleTarget::ManifestAssemblyRef(AssemblyRefRid(i - ilar))
        }
    }
}

/// HotColdMap (section 120): `(cold runtime function, hot runtime function)` pairs.
#[derive(Clone, Copy, Debug)]
pub struct HotColdMap<'a> {
    bytes: Bytes<'a>,
}

impl<'a> HotColdMap<'a> {
    /// The map over its section bytes.
    pub fn new(bytes: Bytes<'a>) -> Result<HotColdMap<'a>> {
        if !bytes.len().is_multiple_of(8) {
            return Err(bytes.bad(0, format!("HotColdMap of {} bytes is not a multiple of 8", bytes.len())));
        }
        Ok(HotColdMap { bytes })
    }

    /// Number of pairs.
    pub fn len(&self) -> usize {
        self.bytes.len() / 8
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Pair `i` as `(cold, hot)`.
    pub fn get(&self, i: usize) -> Result<(RuntimeFunctionIndex, RuntimeFunctionIndex)> {
        let o = i.checked_mul(8).ok_or_else(|| self.bytes.bad(0, "HotColdMap index overflows"))?;
        Ok((RuntimeFunctionIndex(self.bytes.u32(o)?), RuntimeFunctionIndex(self.bytes.u32(o + 4)?)))
    }

    /// All pairs `(cold, hot)`.
    pub fn iter(&self) -> impl Iterator<Item = Result<(RuntimeFunctionIndex, RuntimeFunctionIndex)>> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }

    /// The cold part of the method whose main body is `hot`, if it was split.
    pub fn cold_of(&self, hot: RuntimeFunctionIndex) -> Result<Option<RuntimeFunctionIndex>> {
        for p in self.iter() {
            let (c, h) = p?;
            if h == hot {
                return Ok(Some(c));
            }
        }
        Ok(None)
    }
}

/// MethodIsGenericMap (section 121): `u32 bitCount`, then a bit vector in which bit `i` =
/// MethodDef RID `i + 1` has generic parameters. Bits are taken **most significant first**
/// within each byte (verified against the GenericParam tables of the .NET 10 framework; the
/// format reference's "LSB-first" is wrong).
#[derive(Clone, Copy, Debug)]
pub struct MethodIsGenericMap<'a> {
    bits: Bytes<'a>,
    count: u32,
}

impl<'a> MethodIsGenericMap<'a> {
    /// The map over its section bytes.
    pub fn new(bytes: Bytes<'a>) -> Result<MethodIsGenericMap<'a>> {
        let count = bytes.u32(0)?;
        let bits = bytes.tail(4)?;
        if (count as usize).div_ceil(8) > bits.len() {
            return Err(bytes.bad(0, format!("MethodIsGenericMap of {count} bits does not fit in {} bytes", bits.len())));
        }
        Ok(MethodIsGenericMap { bits, count })
    }

    /// Number of methods covered.
    pub fn len(&self) -> u32 {
        self.count
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Whether `rid` has generic parameters (`None` when out of range).
    pub fn is_generic(&self, rid: MethodDefRid) -> Result<Option<bool>> {
        let Some(i) = rid.0.checked_sub(1).filter(|&i| i < self.count) else { return Ok(None) };
        Ok(Some(self.bits.u8(i as usize / 8)? & (0x80 >> (i % 8)) != 0))
    }
}

/// EnclosingTypeMap (section 122): `u16 count`, then per TypeDef the enclosing TypeDef RID
/// (0 = not nested).
#[derive(Clone, Copy, Debug)]
pub struct EnclosingTypeMap<'a> {
    entries: Bytes<'a>,
    count: u16,
}

impl<'a> EnclosingTypeMap<'a> {
    /// The map over its section bytes.
    pub fn new(bytes: Bytes<'a>) -> Result<EnclosingTypeMap<'a>> {
        let count = bytes.u16(0)?;
        let entries = bytes.slice(2, usize::from(count) * 2)?;
        Ok(EnclosingTypeMap { entries, count })
    }

    /// Number of TypeDefs covered.
    pub fn len(&self) -> u16 {
        self.count
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The enclosing type of `rid`: `Some(None)` when not nested, `None` when out of range.
    pub fn enclosing(&self, rid: TypeDefRid) -> Result<Option<Option<TypeDefRid>>> {
        let Some(i) = rid.0.checked_sub(1).filter(|&i| i < u32::from(self.count)) else { return Ok(None) };
        let e = self.entries.u16(i as usize * 2)?;
        Ok(Some((e != 0).then_some(TypeDefRid(u32::from(e)))))
    }
}

/// The 4-bit generic info of one TypeDef (TypeGenericInfoMap).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct TypeGenericInfo(pub u8);

impl TypeGenericInfo {
    /// Generic-parameter count: 0, 1, 2, or 3 meaning "more than two".
    pub fn generic_count(self) -> u8 {
        self.0 & 3
    }

    /// Some parameter has constraints.
    pub fn has_constraints(self) -> bool {
        self.0 & 4 != 0
    }

    /// Some parameter has variance.
    pub fn has_variance(self) -> bool {
        self.0 & 8 != 0
    }
}

/// TypeGenericInfoMap (section 123): `u32 count`, then 4-bit entries, two per byte, the
/// higher nibble holding the lower RID.
#[derive(Clone, Copy, Debug)]
pub struct TypeGenericInfoMap<'a> {
    nibbles: Bytes<'a>,
    count: u32,
}

impl<'a> TypeGenericInfoMap<'a> {
    /// The map over its section bytes.
    pub fn new(bytes: Bytes<'a>) -> Result<TypeGenericInfoMap<'a>> {
        let count = bytes.u32(0)?;
        let nibbles = bytes.tail(4)?;
        if (count as usize).div_ceil(2) > nibbles.len() {
            return Err(bytes.bad(0, format!("TypeGenericInfoMap of {count} entries does not fit in {} bytes", nibbles.len())));
        }
        Ok(TypeGenericInfoMap { nibbles, count })
    }

    /// Number of TypeDefs covered.
    pub fn len(&self) -> u32 {
        self.count
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The info of `rid` (`None` when out of range).
    pub fn get(&self, rid: TypeDefRid) -> Result<Option<TypeGenericInfo>> {
        let Some(i) = rid.0.checked_sub(1).filter(|&i| i < self.count) else { return Ok(None) };
        let b = self.nibbles.u8(i as usize / 2)?;
        Ok(Some(TypeGenericInfo(if i % 2 == 0 { b >> 4 } else { b & 0x0f })))
    }
}

/// Reads the UTF-8 text of a string section (CompilerIdentifier, OwnerCompositeExecutable),
/// dropping trailing NULs.
pub fn section_text(bytes: Bytes<'_>) -> Result<&str> {
    let d = bytes.data();
    let end = d.iter().rposition(|&b| b != 0).map_or(0, |p| p + 1);
    let text = d.get(..end).unwrap_or(&[]);
    if text.contains(&0) {
        return Err(bytes.bad(0, "string section with an embedded NUL"));
    }
    std::str::from_utf8(text).map_err(|e| ImageError::bad(bytes.file_offset(e.valid_up_to()), "string section is not UTF-8"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_override_rules() {
        let r = ModuleOverrideRules::new(5, 16, 0);
        assert_eq!(r.resolve(ModuleIndex(0)), ModuleTarget::OwnModule);
        assert_eq!(r.resolve(ModuleIndex(5)), ModuleTarget::IlAssemblyRef(AssemblyRefRid(5)));
        assert_eq!(r.resolve(ModuleIndex(6)), ModuleTarget::ManifestModule);
        assert_eq!(r.resolve(ModuleIndex(7)), ModuleTarget::ManifestAssemblyRef(AssemblyRefRid(1)));
        let old = ModuleOverrideRules::new(5, 6, 2);
        assert_eq!(old.resolve(ModuleIndex(6)), ModuleTarget::ManifestAssemblyRef(AssemblyRefRid(1)));
        let composite = ModuleOverrideRules::new(0, 16, 0);
        assert_eq!(composite.resolve(ModuleIndex(1)), ModuleTarget::ManifestModule);
        assert_eq!(composite.resolve(ModuleIndex(2)), ModuleTarget::ManifestAssemblyRef(AssemblyRefRid(1)));
    }

    #[test]
    fn small_maps() {
        let g = MethodIsGenericMap::new(Bytes::new(&[10, 0, 0, 0, 0b1010_0000, 0b0100_0000])).unwrap();
        assert_eq!(g.is_generic(MethodDefRid(1)).unwrap(), Some(true));
        assert_eq!(g.is_generic(MethodDefRid(2)).unwrap(), Some(false));
        assert_eq!(g.is_generic(MethodDefRid(3)).unwrap(), Some(true));
        assert_eq!(g.is_generic(MethodDefRid(10)).unwrap(), Some(true));
        assert_eq!(g.is_generic(MethodDefRid(11)).unwrap(), None);
        assert_eq!(g.is_generic(MethodDefRid(0)).unwrap(), None);
        assert!(MethodIsGenericMap::new(Bytes::new(&[0xff, 0, 0, 0, 1])).is_err());
        let e = EnclosingTypeMap::new(Bytes::new(&[2, 0, 0, 0, 1, 0])).unwrap();
        assert_eq!(e.enclosing(TypeDefRid(1)).unwrap(), Some(None));
        assert_eq!(e.enclosing(TypeDefRid(2)).unwrap(), Some(Some(TypeDefRid(1))));
        assert!(EnclosingTypeMap::new(Bytes::new(&[3, 0, 0, 0])).is_err());
        let t = TypeGenericInfoMap::new(Bytes::new(&[3, 0, 0, 0, 0x51, 0x0e])).unwrap();
        assert_eq!(t.get(TypeDefRid(1)).unwrap(), Some(TypeGenericInfo(5)));
        assert_eq!(t.get(TypeDefRid(2)).unwrap(), Some(TypeGenericInfo(1)));
        assert_eq!(t.get(TypeDefRid(3)).unwrap().unwrap().generic_count(), 0);
        let h = HotColdMap::new(Bytes::new(&[9, 0, 0, 0, 2, 0, 0, 0])).unwrap();
        assert_eq!(h.cold_of(RuntimeFunctionIndex(2)).unwrap(), Some(RuntimeFunctionIndex(9)));
        assert_eq!(section_text(Bytes::new(b"Crossgen2 1.0\0\0")).unwrap(), "Crossgen2 1.0");
        assert!(section_text(Bytes::new(b"a\0b")).is_err());
        assert_eq!(format_guid(&[0x33, 0x22, 0x11, 0x00, 0x55, 0x44, 0x77, 0x66, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff]), "00112233-4455-6677-8899-aabbccddeeff");
    }
}

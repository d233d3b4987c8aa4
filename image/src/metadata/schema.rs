//! The physical schema of the metadata tables (ECMA-335 II.22 and II.24.2.6): the columns
//! of every table 0x00–0x2C, their kinds, and how a file's heap-size flags and row counts
//! turn them into byte sizes and row layouts.
//!
//! This is data, shared by the typed row decoders, the generic dump and the tests.

use crate::metadata::coded::CodedIndexKind;
use crate::metadata::token::TableId;

/// What a column holds, which determines its width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnKind {
    /// A 2-byte constant.
    U16,
    /// A 4-byte constant.
    U32,
    /// An index into `#Strings`.
    String,
    /// An index into `#GUID`.
    Guid,
    /// An index into `#Blob`.
    Blob,
    /// A row id in the given table.
    Index(TableId),
    /// The first entry of a member list in the given table. When the table's `*Ptr`
    /// indirection table is present the value indexes the `*Ptr` table instead; the list
    /// runs to the next row's value (or to the end of the table).
    List(TableId),
    /// A coded index.
    Coded(CodedIndexKind),
}

/// One column of a table.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    /// The column's name as in ECMA-335.
    pub name: &'static str,
    /// The column's kind.
    pub kind: ColumnKind,
}

/// The schema of one table.
#[derive(Clone, Copy, Debug)]
pub struct TableSchema {
    /// Which table.
    pub id: TableId,
    /// The table's name as in ECMA-335.
    pub name: &'static str,
    /// The columns in file order.
    pub columns: &'static [Column],
    /// For tables searched by one column (the "sorted" tables of II.22), that column.
    pub key: Option<usize>,
}

/// The most columns any table has (Assembly and AssemblyRef have 9).
pub const MAX_COLUMNS: usize = 9;

const fn col(name: &'static str, kind: ColumnKind) -> Column {
    Column { name, kind }
}

use ColumnKind as K;
use TableId as T;

macro_rules! schemas {
    ($($id:ident $(key $key:literal)? : [$($cname:literal => $ckind:expr),* $(,)?];)*) => {
        static SCHEMAS: [TableSchema; TableId::COUNT] = [
            $(TableSchema {
                id: T::$id,
                name: stringify!($id),
                columns: &[$(col($cname, $ckind)),*],
                key: schemas!(@key $($key)?),
            },)*
        ];
    };
    (@key) => { None };
    (@key $k:literal) => { Some($k) };
}

schemas! {
    Module: ["Generation" => K::U16, "Name" => K::String, "Mvid" => K::Guid, "EncId" => K::Guid, "EncBaseId" => K::Guid];
    TypeRef: ["ResolutionScope" => K::Coded(CodedIndexKind::ResolutionScope), "TypeName" => K::String, "TypeNamespace" => K::String];
    TypeDef: [
        "Flags" => K::U32, "TypeName" => K::String, "TypeNamespace" => K::String,
        "Extends" => K::Coded(CodedIndexKind::TypeDefOrRef), "FieldList" => K::List(T::Field), "MethodList" => K::List(T::MethodDef),
    ];
    FieldPtr: ["Field" => K::Index(T::Field)];
    Field: ["Flags" => K::U16, "Name" => K::String, "Signature" => K::Blob];
    MethodPtr: ["Method" => K::Index(T::MethodDef)];
    MethodDef: [
        "RVA" => K::U32, "ImplFlags" => K::U16, "Flags" => K::U16, "Name" => K::String,
        "Signature" => K::Blob, "ParamList" => K::List(T::Param),
    ];
    ParamPtr: ["Param" => K::Index(T::Param)];
    Param: ["Flags" => K::U16, "Sequence" => K::U16, "Name" => K::String];
    InterfaceImpl key 0: ["Class" => K::Index(T::TypeDef), "Interface" => K::Coded(CodedIndexKind::TypeDefOrRef)];
    MemberRef: ["Class" => K::Coded(CodedIndexKind::MemberRefParent), "Name" => K::String, "Signature" => K::Blob];
    Constant key 1: ["Type" => K::U16, "Parent" => K::Coded(CodedIndexKind::HasConstant), "Value" => K::Blob];
    CustomAttribute key 0: [
        "Parent" => K::Coded(CodedIndexKind::HasCustomAttribute), "Type" => K::Coded(CodedIndexKind::CustomAttributeType),
        "Value" => K::Blob,
    ];
    FieldMarshal key 0: ["Parent" => K::Coded(CodedIndexKind::HasFieldMarshal), "NativeType" => K::Blob];
    DeclSecurity key 1: ["Action" => K::U16, "Parent" => K::Coded(CodedIndexKind::HasDeclSecurity), "PermissionSet" => K::Blob];
    ClassLayout key 2: ["PackingSize" => K::U16, "ClassSize" => K::U32, "Parent" => K::Index(T::TypeDef)];
    FieldLayout key 1: ["Offset" => K::U32, "Field" => K::Index(T::Field)];
    StandAloneSig: ["Signature" => K::Blob];
    EventMap key 0: ["Parent" => K::Index(T::TypeDef), "EventList" => K::List(T::Event)];
    EventPtr: ["Event" => K::Index(T::Event)];
    Event: ["EventFlags" => K::U16, "Name" => K::String, "EventType" => K::Coded(CodedIndexKind::TypeDefOrRef)];
    PropertyMap key 0: ["Parent" => K::Index(T::TypeDef), "PropertyList" => K::List(T::Property)];
    PropertyPtr: ["Property" => K::Index(T::Property)];
    Property: ["Flags" => K::U16, "Name" => K::String, "Type" => K::Blob];
    MethodSemantics key 2: [
        "Semantics" => K::U16, "Method" => K::Index(T::MethodDef), "Association" => K::Coded(CodedIndexKind::HasSemantics),
    ];
    MethodImpl key 0: [
        "Class" => K::Index(T::TypeDef), "MethodBody" => K::Coded(CodedIndexKind::MethodDefOrRef),
        "MethodDeclaration" => K::Coded(CodedIndexKind::MethodDefOrRef),
    ];
    ModuleRef: ["Name" => K::String];
    TypeSpec: ["Signature" => K::Blob];
    ImplMap key 1: [
        "MappingFlags" => K::U16, "MemberForwarded" => K::Coded(CodedIndexKind::MemberForwarded),
        "ImportName" => K::String, "ImportScope" => K::Index(T::ModuleRef),
    ];
    FieldRva key 1: ["RVA" => K::U32, "Field" => K::Index(T::Field)];
    EncLog: ["Token" => K::U32, "FuncCode" => K::U32];
    EncMap: ["Token" => K::U32];
    Assembly: [
        "HashAlgId" => K::U32, "MajorVersion" => K::U16, "MinorVersion" => K::U16, "BuildNumber" => K::U16,
        "RevisionNumber" => K::U16, "Flags" => K::U32, "PublicKey" => K::Blob, "Name" => K::String, "Culture" => K::String,
    ];
    AssemblyProcessor: ["Processor" => K::U32];
    AssemblyOs: ["OSPlatformID" => K::U32, "OSMajorVersion" => K::U32, "OSMinorVersion" => K::U32];
    AssemblyRef: [
        "MajorVersion" => K::U16, "MinorVersion" => K::U16, "BuildNumber" => K::U16, "RevisionNumber" => K::U16,
        "Flags" => K::U32, "PublicKeyOrToken" => K::Blob, "Name" => K::String, "Culture" => K::String, "HashValue" => K::Blob,
    ];
    AssemblyRefProcessor: ["Processor" => K::U32, "AssemblyRef" => K::Index(T::AssemblyRef)];
    AssemblyRefOs: [
        "OSPlatformID" => K::U32, "OSMajorVersion" => K::U32, "OSMinorVersion" => K::U32, "AssemblyRef" => K::Index(T::AssemblyRef),
    ];
    File: ["Flags" => K::U32, "Name" => K::String, "HashValue" => K::Blob];
    ExportedType: [
        "Flags" => K::U32, "TypeDefId" => K::U32, "TypeName" => K::String, "TypeNamespace" => K::String,
        "Implementation" => K::Coded(CodedIndexKind::Implementation),
    ];
    ManifestResource: ["Offset" => K::U32, "Flags" => K::U32, "Name" => K::String, "Implementation" => K::Coded(CodedIndexKind::Implementation)];
    NestedClass key 0: ["NestedClass" => K::Index(T::TypeDef), "EnclosingClass" => K::Index(T::TypeDef)];
    GenericParam key 2: ["Number" => K::U16, "Flags" => K::U16, "Owner" => K::Coded(CodedIndexKind::TypeOrMethodDef), "Name" => K::String];
    MethodSpec: ["Method" => K::Coded(CodedIndexKind::MethodDefOrRef), "Instantiation" => K::Blob];
    GenericParamConstraint key 0: ["Owner" => K::Index(T::GenericParam), "Constraint" => K::Coded(CodedIndexKind::TypeDefOrRef)];
}

/// The schema of `table`.
pub fn schema(table: TableId) -> &'static TableSchema {
    &SCHEMAS[table as usize]
}

/// The `*Ptr` indirection table of a member table, if it has one.
pub fn ptr_table(target: TableId) -> Option<TableId> {
    match target {
        T::Field => Some(T::FieldPtr),
        T::MethodDef => Some(T::MethodPtr),
        T::Param => Some(T::ParamPtr),
        T::Event => Some(T::EventPtr),
        T::Property => Some(T::PropertyPtr),
        _ => None,
    }
}

/// Inputs that decide column widths: heap-size flags, row counts, and whether the stream
/// is a minimal EnC delta (`#JTD`), which forces every index to 4 bytes.
#[derive(Clone, Copy, Debug)]
pub struct Sizing<'r> {
    /// The `HeapSizes` byte of the table stream header.
    pub heap_sizes: u8,
    /// Row counts of all 64 possible tables.
    pub rows: &'r [u32; 64],
    /// A `#JTD` stream is present.
    pub minimal_delta: bool,
}

/// `HeapSizes` bit: `#Strings` indexes are 4 bytes.
pub const HEAP_STRINGS_LARGE: u8 = 0x01;
/// `HeapSizes` bit: `#GUID` indexes are 4 bytes.
pub const HEAP_GUID_LARGE: u8 = 0x02;
/// `HeapSizes` bit: `#Blob` indexes are 4 bytes.
pub const HEAP_BLOB_LARGE: u8 = 0x04;
/// `HeapSizes` bit: the stream is an EnC delta.
pub const HEAP_ENC_DELTA: u8 = 0x20;
/// `HeapSizes` bit: four bytes of extra data follow the row counts (not in ECMA-335;
/// honoured by CoreCLR and used by some obfuscators).
pub const HEAP_EXTRA_DATA: u8 = 0x40;
/// `HeapSizes` bit: the heaps contain deleted-marks (EnC).
pub const HEAP_DELETED_MARKS: u8 = 0x80;

impl Sizing<'_> {
    fn large_table(&self, t: TableId) -> bool {
        self.minimal_delta || self.rows[t as usize] > 0xffff
    }

    /// Width in bytes (2 or 4) of a column of `kind`.
    pub fn width(&self, kind: ColumnKind) -> u8 {
        let heap = |bit: u8| if self.minimal_delta || self.heap_sizes & bit != 0 { 4 } else { 2 };
        match kind {
            K::U16 => 2,
            K::U32 => 4,
            K::String => heap(HEAP_STRINGS_LARGE),
            K::Guid => heap(HEAP_GUID_LARGE),
            K::Blob => heap(HEAP_BLOB_LARGE),
            K::Index(t) => {
                if self.large_table(t) {
                    4
                } else {
                    2
                }
            }
            K::List(t) => {
                // A list may point into the Ptr table: wide if either table is large.
                let ptr_large = ptr_table(t).is_some_and(|p| self.large_table(p));
                if ptr_large || self.large_table(t) { 4 } else { 2 }
            }
            K::Coded(c) => {
                let limit = 1u32 << (16 - c.tag_bits());
                let large = self.minimal_delta
                    || c.tables().iter().flatten().any(|t| self.rows[*t as usize] >= limit);
                if large { 4 } else { 2 }
            }
        }
    }
}

/// Byte layout of one table's rows in a particular file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RowLayout {
    /// Size of one row in bytes.
    pub row_size: u8,
    /// Number of columns.
    pub columns: u8,
    /// Offset of each column within the row.
    pub offsets: [u8; MAX_COLUMNS],
    /// Width (2 or 4) of each column.
    pub widths: [u8; MAX_COLUMNS],
}

impl RowLayout {
    /// Computes the layout of `table` under `sizing`.
    pub fn compute(table: TableId, sizing: &Sizing<'_>) -> RowLayout {
        let mut l = RowLayout::default();
        let mut off = 0u8;
        for (i, c) in schema(table).columns.iter().enumerate() {
            let w = sizing.width(c.kind);
            l.offsets[i] = off;
            l.widths[i] = w;
            off += w;
        }
        l.row_size = off;
        l.columns = schema(table).columns.len() as u8;
        l
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_is_complete_and_ordered() {
        for (i, t) in TableId::ALL.iter().enumerate() {
            let s = schema(*t);
            assert_eq!(s.id as usize, i);
            assert!(s.columns.len() <= MAX_COLUMNS);
            assert!(!s.columns.is_empty());
            if let Some(k) = s.key {
                assert!(k < s.columns.len());
            }
        }
        assert_eq!(TableId::GenericParamConstraint.name(), "GenericParamConstraint");
    }

    #[test]
    fn widths() {
        let mut rows = [0u32; 64];
        let small = Sizing { heap_sizes: 0, rows: &rows, minimal_delta: false };
        assert_eq!(RowLayout::compute(TableId::TypeDef, &small).row_size, 14);
        assert_eq!(RowLayout::compute(TableId::Assembly, &small).row_size, 22);
        rows[TableId::MethodDef as usize] = 0x1_0000;
        rows[TableId::TypeRef as usize] = 0x4000; // TypeDefOrRef has 2 tag bits: 0x4000 needs 4 bytes
        let big = Sizing { heap_sizes: HEAP_STRINGS_LARGE | HEAP_BLOB_LARGE, rows: &rows, minimal_delta: false };
        let l = RowLayout::compute(TableId::TypeDef, &big);
        assert_eq!(&l.widths[..6], &[4, 4, 4, 4, 2, 4]);
        assert_eq!(l.row_size, 22);
        rows[TableId::TypeRef as usize] = 0x3fff;
        let edge = Sizing { heap_sizes: 0, rows: &rows, minimal_delta: false };
        assert_eq!(edge.width(K::Coded(CodedIndexKind::TypeDefOrRef)), 2);
        let jtd = Sizing { heap_sizes: 0, rows: &[0; 64], minimal_delta: true };
        assert_eq!(RowLayout::compute(TableId::Param, &jtd).row_size, 8);
        // A large FieldPtr makes TypeDef.FieldList wide even if Field is small.
        let mut r2 = [0u32; 64];
        r2[TableId::FieldPtr as usize] = 0x1_0000;
        let s2 = Sizing { heap_sizes: 0, rows: &r2, minimal_delta: false };
        assert_eq!(s2.width(K::List(TableId::Field)), 4);
        assert_eq!(s2.width(K::Index(TableId::Field)), 2);
    }
}

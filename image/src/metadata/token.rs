//! Typed tokens, row ids and heap indexes (ECMA-335 II.22, II.24.2).
//!
//! A [`Token`] is `table << 24 | rid`. Each commonly used table has its own row-id type so
//! a `MethodDefRid` cannot be passed where a `TypeDefRid` is meant; heap offsets have their
//! own types too.

use std::fmt;

/// Metadata tables, numbered as in ECMA-335 II.22 (plus the `*Ptr` tables of `#-` streams).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
#[allow(missing_docs)]
pub enum TableId {
    Module = 0x00,
    TypeRef = 0x01,
    TypeDef = 0x02,
    FieldPtr = 0x03,
    Field = 0x04,
    MethodPtr = 0x05,
    MethodDef = 0x06,
    ParamPtr = 0x07,
    Param = 0x08,
    InterfaceImpl = 0x09,
    MemberRef = 0x0a,
    Constant = 0x0b,
    CustomAttribute = 0x0c,
    FieldMarshal = 0x0d,
    DeclSecurity = 0x0e,
    ClassLayout = 0x0f,
    FieldLayout = 0x10,
    StandAloneSig = 0x11,
    EventMap = 0x12,
    EventPtr = 0x13,
    Event = 0x14,
    PropertyMap = 0x15,
    PropertyPtr = 0x16,
    Property = 0x17,
    MethodSemantics = 0x18,
    MethodImpl = 0x19,
    ModuleRef = 0x1a,
    TypeSpec = 0x1b,
    ImplMap = 0x1c,
    FieldRva = 0x1d,
    EncLog = 0x1e,
    EncMap = 0x1f,
    Assembly = 0x20,
    AssemblyProcessor = 0x21,
    AssemblyOs = 0x22,
    AssemblyRef = 0x23,
    AssemblyRefProcessor = 0x24,
    AssemblyRefOs = 0x25,
    File = 0x26,
    ExportedType = 0x27,
    ManifestResource = 0x28,
    NestedClass = 0x29,
    GenericParam = 0x2a,
    MethodSpec = 0x2b,
    GenericParamConstraint = 0x2c,
}

impl TableId {
    /// Number of table ids (0x00..=0x2c).
    pub const COUNT: usize = 0x2d;

    /// All tables in id order.
    pub const ALL: [TableId; TableId::COUNT] = {
        use TableId::*;
        [
            Module, TypeRef, TypeDef, FieldPtr, Field, MethodPtr, MethodDef, ParamPtr, Param,
            InterfaceImpl, MemberRef, Constant, CustomAttribute, FieldMarshal, DeclSecurity,
            ClassLayout, FieldLayout, StandAloneSig, EventMap, EventPtr, Event, PropertyMap,
            PropertyPtr, Property, MethodSemantics, MethodImpl, ModuleRef, TypeSpec, ImplMap,
            FieldRva, EncLog, EncMap, Assembly, AssemblyProcessor, AssemblyOs, AssemblyRef,
            AssemblyRefProcessor, AssemblyRefOs, File, ExportedType, ManifestResource,
            NestedClass, GenericParam, MethodSpec, GenericParamConstraint,
        ]
    };

    /// The table's name as in ECMA-335 (e.g. `"TypeDef"`).
    pub fn name(self) -> &'static str {
        crate::metadata::schema::schema(self).name
    }

    /// The table with id `id`, if it exists.
    pub fn from_u8(id: u8) -> Option<TableId> {
        TableId::ALL.get(usize::from(id)).copied()
    }
}

/// A metadata token: table id in the top byte, row id in the low 24 bits.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Token(pub u32);

impl Token {
    /// Builds a token from a table and a row id.
    pub fn new(table: TableId, rid: u32) -> Token {
        Token(((table as u32) << 24) | (rid & 0x00ff_ffff))
    }

    /// The table byte (may name no table, e.g. 0x70 for user strings).
    pub fn table_byte(self) -> u8 {
        (self.0 >> 24) as u8
    }

    /// The table, if the top byte names one.
    pub fn table(self) -> Option<TableId> {
        TableId::from_u8(self.table_byte())
    }

    /// The row id (1-based; 0 means "nil").
    pub fn rid(self) -> u32 {
        self.0 & 0x00ff_ffff
    }

    /// True for a user-string token (`0x70xxxxxx`, an offset into `#US`).
    pub fn is_user_string(self) -> bool {
        self.table_byte() == 0x70
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:#010x}", self.0)
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:08X}", self.0)
    }
}

/// Common behaviour of the typed row ids: which table they index and the raw number.
pub trait Rid: Copy + Eq + Ord + std::hash::Hash + fmt::Debug {
    /// The table this row id indexes.
    const TABLE: TableId;
    /// Wraps a raw 1-based row number (0 = nil). Not validated against any table.
    fn from_raw(rid: u32) -> Self;
    /// The raw 1-based row number.
    fn raw(self) -> u32;
    /// The metadata token of this row.
    fn to_token(self) -> Token {
        Token::new(Self::TABLE, self.raw())
    }
}

macro_rules! rid_types {
    ($($name:ident => $table:ident),* $(,)?) => {$(
        #[doc = concat!("A 1-based row id in the `", stringify!($table), "` table.")]
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub u32);

        impl $name {
            /// The table this row id indexes.
            pub const TABLE: TableId = TableId::$table;

            /// The token for this row.
            pub fn token(self) -> Token {
                Token::new(TableId::$table, self.0)
            }

            /// The row id of `token`, if it belongs to this table.
            pub fn from_token(token: Token) -> Option<Self> {
                (token.table() == Some(TableId::$table)).then_some($name(token.rid()))
            }

            /// Zero-based index (`rid - 1`); `None` for the nil row.
            pub fn index(self) -> Option<usize> {
                (self.0 as usize).checked_sub(1)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!(stringify!($table), "#{}"), self.0)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(self, f)
            }
        }

        impl Rid for $name {
            const TABLE: TableId = TableId::$table;
            fn from_raw(rid: u32) -> Self {
                $name(rid)
            }
            fn raw(self) -> u32 {
                self.0
            }
        }
    )*};
}

rid_types! {
    ModuleRid => Module,
    TypeRefRid => TypeRef,
    TypeDefRid => TypeDef,
    FieldPtrRid => FieldPtr,
    FieldRid => Field,
    MethodPtrRid => MethodPtr,
    MethodDefRid => MethodDef,
    ParamPtrRid => ParamPtr,
    ParamRid => Param,
    InterfaceImplRid => InterfaceImpl,
    MemberRefRid => MemberRef,
    ConstantRid => Constant,
    CustomAttributeRid => CustomAttribute,
    FieldMarshalRid => FieldMarshal,
    DeclSecurityRid => DeclSecurity,
    ClassLayoutRid => ClassLayout,
    FieldLayoutRid => FieldLayout,
    StandAloneSigRid => StandAloneSig,
    EventMapRid => EventMap,
    EventPtrRid => EventPtr,
    EventRid => Event,
    PropertyMapRid => PropertyMap,
    PropertyPtrRid => PropertyPtr,
    PropertyRid => Property,
    MethodSemanticsRid => MethodSemantics,
    MethodImplRid => MethodImpl,
    ModuleRefRid => ModuleRef,
    TypeSpecRid => TypeSpec,
    ImplMapRid => ImplMap,
    FieldRvaRid => FieldRva,
    EncLogRid => EncLog,
    EncMapRid => EncMap,
    AssemblyRid => Assembly,
    AssemblyProcessorRid => AssemblyProcessor,
    AssemblyOsRid => AssemblyOs,
    AssemblyRefRid => AssemblyRef,
    AssemblyRefProcessorRid => AssemblyRefProcessor,
    AssemblyRefOsRid => AssemblyRefOs,
    FileRid => File,
    ExportedTypeRid => ExportedType,
    ManifestResourceRid => ManifestResource,
    NestedClassRid => NestedClass,
    GenericParamRid => GenericParam,
    MethodSpecRid => MethodSpec,
    GenericParamConstraintRid => GenericParamConstraint,
}

macro_rules! heap_index {
    ($($name:ident: $doc:literal),* $(,)?) => {$(
        #[doc = $doc]
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub struct $name(pub u32);

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!(stringify!($name), "({:#x})"), self.0)
            }
        }
    )*};
}

heap_index! {
    StringIndex: "A byte offset into the `#Strings` heap.",
    BlobIndex: "A byte offset into the `#Blob` heap.",
    GuidIndex: "A 1-based index into the `#GUID` heap (0 = none).",
    UserStringIndex: "A byte offset into the `#US` heap.",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_parts() {
        let t = Token(0x0600_002a);
        assert_eq!(t.table(), Some(TableId::MethodDef));
        assert_eq!(t.rid(), 42);
        assert_eq!(MethodDefRid::from_token(t), Some(MethodDefRid(42)));
        assert_eq!(TypeDefRid::from_token(t), None);
        assert_eq!(MethodDefRid(42).token(), t);
        assert_eq!(Token(0x7000_0001).table(), None);
        assert!(Token(0x7000_0001).is_user_string());
        for (i, t) in TableId::ALL.iter().enumerate() {
            assert_eq!(*t as usize, i);
        }
    }
}

//! Coded indexes (ECMA-335 II.24.2.6): a row id plus a small tag naming one of several
//! tables, packed into one 2- or 4-byte column.
//!
//! Every coded-index family is a typed enum here ([`HasConstant`], [`MemberRefParent`], …);
//! [`CodedIndexKind`] describes the family (tag width, tables by tag) so that the table
//! schema can size the columns. The nil value (row id 0) is represented as `None` by the
//! row decoders, never as a variant.

use std::fmt;

use crate::metadata::sig::TypeDefOrRef;
use crate::metadata::token::*;

/// The thirteen coded-index families of ECMA-335 II.24.2.6.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum CodedIndexKind {
    TypeDefOrRef,
    HasConstant,
    HasCustomAttribute,
    HasFieldMarshal,
    HasDeclSecurity,
    MemberRefParent,
    HasSemantics,
    MethodDefOrRef,
    MemberForwarded,
    Implementation,
    CustomAttributeType,
    ResolutionScope,
    TypeOrMethodDef,
}

impl CodedIndexKind {
    /// Number of tag bits.
    pub fn tag_bits(self) -> u32 {
        match self {
            CodedIndexKind::HasFieldMarshal
            | CodedIndexKind::HasSemantics
            | CodedIndexKind::MethodDefOrRef
            | CodedIndexKind::MemberForwarded
            | CodedIndexKind::TypeOrMethodDef => 1,
            CodedIndexKind::TypeDefOrRef
            | CodedIndexKind::HasConstant
            | CodedIndexKind::HasDeclSecurity
            | CodedIndexKind::Implementation
            | CodedIndexKind::ResolutionScope => 2,
            CodedIndexKind::MemberRefParent | CodedIndexKind::CustomAttributeType => 3,
            CodedIndexKind::HasCustomAttribute => 5,
        }
    }

    /// The table of each tag value (`None` for tags the standard leaves unused).
    pub fn tables(self) -> &'static [Option<TableId>] {
        use TableId as T;
        match self {
            CodedIndexKind::TypeDefOrRef => &[Some(T::TypeDef), Some(T::TypeRef), Some(T::TypeSpec)],
            CodedIndexKind::HasConstant => &[Some(T::Field), Some(T::Param), Some(T::Property)],
            CodedIndexKind::HasCustomAttribute => &[
                Some(T::MethodDef),
                Some(T::Field),
                Some(T::TypeRef),
                Some(T::TypeDef),
                Some(T::Param),
                Some(T::InterfaceImpl),
                Some(T::MemberRef),
                Some(T::Module),
                Some(T::DeclSecurity),
                Some(T::Property),
                Some(T::Event),
                Some(T::StandAloneSig),
                Some(T::ModuleRef),
                Some(T::TypeSpec),
                Some(T::Assembly),
                Some(T::AssemblyRef),
                Some(T::File),
                Some(T::ExportedType),
                Some(T::ManifestResource),
                Some(T::GenericParam),
                Some(T::GenericParamConstraint),
                Some(T::MethodSpec),
            ],
            CodedIndexKind::HasFieldMarshal => &[Some(T::Field), Some(T::Param)],
            CodedIndexKind::HasDeclSecurity => &[Some(T::TypeDef), Some(T::MethodDef), Some(T::Assembly)],
            CodedIndexKind::MemberRefParent => {
                &[Some(T::TypeDef), Some(T::TypeRef), Some(T::ModuleRef), Some(T::MethodDef), Some(T::TypeSpec)]
            }
            CodedIndexKind::HasSemantics => &[Some(T::Event), Some(T::Property)],
            CodedIndexKind::MethodDefOrRef => &[Some(T::MethodDef), Some(T::MemberRef)],
            CodedIndexKind::MemberForwarded => &[Some(T::Field), Some(T::MethodDef)],
            CodedIndexKind::Implementation => &[Some(T::File), Some(T::AssemblyRef), Some(T::ExportedType)],
            CodedIndexKind::CustomAttributeType => &[None, None, Some(T::MethodDef), Some(T::MemberRef), None],
            CodedIndexKind::ResolutionScope => {
                &[Some(T::Module), Some(T::ModuleRef), Some(T::AssemblyRef), Some(T::TypeRef)]
            }
            CodedIndexKind::TypeOrMethodDef => &[Some(T::TypeDef), Some(T::MethodDef)],
        }
    }

    /// Splits a raw column value into (table, row id). `Err(tag)` for an unused or
    /// out-of-range tag. The row id may be 0 (nil).
    pub fn split(self, raw: u32) -> Result<(TableId, u32), u32> {
        let bits = self.tag_bits();
        let tag = raw & ((1 << bits) - 1);
        match self.tables().get(tag as usize).copied().flatten() {
            Some(t) => Ok((t, raw >> bits)),
            None => Err(tag),
        }
    }

    /// Packs a (table, row id) pair; `None` when the family has no such table.
    pub fn encode(self, table: TableId, rid: u32) -> Option<u32> {
        let tag = self.tables().iter().position(|t| *t == Some(table))?;
        Some((rid << self.tag_bits()) | tag as u32)
    }
}

impl fmt::Display for CodedIndexKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// A typed coded index: one enum per family.
pub trait CodedIndex: Copy + Sized + fmt::Debug {
    /// The family.
    const KIND: CodedIndexKind;
    /// Builds the value from a table and a non-nil row id; `None` if the family has no
    /// such table.
    fn from_parts(table: TableId, rid: u32) -> Option<Self>;
    /// The metadata token the index designates.
    fn token(self) -> Token;
    /// The raw (packed) column value, as used for sorting and binary search.
    fn raw(self) -> u32 {
        let t = self.token();
        // Every token produced by `token()` names a table of the family.
        Self::KIND.encode(t.table().unwrap_or(TableId::Module), t.rid()).unwrap_or(0)
    }
}

macro_rules! coded_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident($rid:ident)),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $(
                #[doc = concat!("A `", stringify!($variant), "` row.")]
                $(#[$vdoc])*
                $variant($rid),
            )*
        }
        coded_impl!($name { $($variant($rid)),* });
    };
}

macro_rules! coded_impl {
    ($name:ident { $($variant:ident($rid:ident)),* }) => {
        impl CodedIndex for $name {
            const KIND: CodedIndexKind = CodedIndexKind::$name;
            fn from_parts(table: TableId, rid: u32) -> Option<Self> {
                match table {
                    $(TableId::$variant => Some($name::$variant($rid(rid))),)*
                    _ => None,
                }
            }
            fn token(self) -> Token {
                match self {
                    $($name::$variant(r) => r.token(),)*
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    $($name::$variant(r) => fmt::Debug::fmt(r, f),)*
                }
            }
        }
    };
}

// `TypeDefOrRef` is defined with the signature decoder (it also has a compressed form).
coded_impl!(TypeDefOrRef { TypeDef(TypeDefRid), TypeRef(TypeRefRid), TypeSpec(TypeSpecRid) });

coded_enum! {
    /// Owner of a `Constant` row.
    HasConstant { Field(FieldRid), Param(ParamRid), Property(PropertyRid) }
}

coded_enum! {
    /// Owner of a `CustomAttribute` row.
    HasCustomAttribute {
        MethodDef(MethodDefRid),
        Field(FieldRid),
        TypeRef(TypeRefRid),
        TypeDef(TypeDefRid),
        Param(ParamRid),
        InterfaceImpl(InterfaceImplRid),
        MemberRef(MemberRefRid),
        Module(ModuleRid),
        /// ECMA-335 calls this tag "Permission".
        DeclSecurity(DeclSecurityRid),
        Property(PropertyRid),
        Event(EventRid),
        StandAloneSig(StandAloneSigRid),
        ModuleRef(ModuleRefRid),
        TypeSpec(TypeSpecRid),
        Assembly(AssemblyRid),
        AssemblyRef(AssemblyRefRid),
        File(FileRid),
        ExportedType(ExportedTypeRid),
        ManifestResource(ManifestResourceRid),
        GenericParam(GenericParamRid),
        GenericParamConstraint(GenericParamConstraintRid),
        MethodSpec(MethodSpecRid),
    }
}

coded_enum! {
    /// Owner of a `FieldMarshal` row.
    HasFieldMarshal { Field(FieldRid), Param(ParamRid) }
}

coded_enum! {
    /// Owner of a `DeclSecurity` row.
    HasDeclSecurity { TypeDef(TypeDefRid), MethodDef(MethodDefRid), Assembly(AssemblyRid) }
}

coded_enum! {
    /// Parent of a `MemberRef`: a type, a module (global members) or a method definition
    /// (call-site signature of a vararg method).
    MemberRefParent {
        TypeDef(TypeDefRid),
        TypeRef(TypeRefRid),
        ModuleRef(ModuleRefRid),
        MethodDef(MethodDefRid),
        TypeSpec(TypeSpecRid),
    }
}

coded_enum! {
    /// The event or property a `MethodSemantics` row attaches a method to.
    HasSemantics { Event(EventRid), Property(PropertyRid) }
}

coded_enum! {
    /// A method, defined here or referenced.
    MethodDefOrRef { MethodDef(MethodDefRid), MemberRef(MemberRefRid) }
}

coded_enum! {
    /// The member an `ImplMap` (P/Invoke) row describes.
    MemberForwarded { Field(FieldRid), MethodDef(MethodDefRid) }
}

coded_enum! {
    /// Where an exported type or a manifest resource lives.
    Implementation { File(FileRid), AssemblyRef(AssemblyRefRid), ExportedType(ExportedTypeRid) }
}

coded_enum! {
    /// The constructor of a custom attribute.
    CustomAttributeType { MethodDef(MethodDefRid), MemberRef(MemberRefRid) }
}

coded_enum! {
    /// The scope a `TypeRef` is resolved in.
    ResolutionScope {
        Module(ModuleRid),
        ModuleRef(ModuleRefRid),
        AssemblyRef(AssemblyRefRid),
        /// The enclosing type of a nested type.
        TypeRef(TypeRefRid),
    }
}

coded_enum! {
    /// Owner of a generic parameter.
    TypeOrMethodDef { TypeDef(TypeDefRid), MethodDef(MethodDefRid) }
}

impl From<MethodDefOrRef> for CustomAttributeType {
    fn from(m: MethodDefOrRef) -> Self {
        match m {
            MethodDefOrRef::MethodDef(r) => CustomAttributeType::MethodDef(r),
            MethodDefOrRef::MemberRef(r) => CustomAttributeType::MemberRef(r),
        }
    }
}

impl From<CustomAttributeType> for MethodDefOrRef {
    fn from(m: CustomAttributeType) -> Self {
        match m {
            CustomAttributeType::MethodDef(r) => MethodDefOrRef::MethodDef(r),
            CustomAttributeType::MemberRef(r) => MethodDefOrRef::MemberRef(r),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_and_encode() {
        let k = CodedIndexKind::HasCustomAttribute;
        assert_eq!(k.split((7 << 5) | 3), Ok((TableId::TypeDef, 7)));
        assert_eq!(k.split(22), Err(22));
        assert_eq!(k.encode(TableId::MethodSpec, 1), Some((1 << 5) | 21));
        let ca = CodedIndexKind::CustomAttributeType;
        assert_eq!(ca.split((5 << 3) | 3), Ok((TableId::MemberRef, 5)));
        assert_eq!(ca.split(1 << 3), Err(0));
        assert_eq!(MemberRefParent::TypeSpec(TypeSpecRid(2)).raw(), (2 << 3) | 4);
        assert_eq!(TypeDefOrRef::TypeRef(TypeRefRid(3)).raw(), (3 << 2) | 1);
        for kind in [
            CodedIndexKind::TypeDefOrRef,
            CodedIndexKind::HasConstant,
            CodedIndexKind::HasCustomAttribute,
            CodedIndexKind::HasFieldMarshal,
            CodedIndexKind::HasDeclSecurity,
            CodedIndexKind::MemberRefParent,
            CodedIndexKind::HasSemantics,
            CodedIndexKind::MethodDefOrRef,
            CodedIndexKind::MemberForwarded,
            CodedIndexKind::Implementation,
            CodedIndexKind::CustomAttributeType,
            CodedIndexKind::ResolutionScope,
            CodedIndexKind::TypeOrMethodDef,
        ] {
            assert!(kind.tables().len() <= 1 << kind.tag_bits(), "{kind}");
        }
    }
}

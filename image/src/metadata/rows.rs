//! One typed struct per metadata table row (ECMA-335 II.22) and the `Metadata` accessors
//! that decode them (`md.type_def(rid)`, `md.method_def(rid)`, …).
//!
//! Decoding validates what a row says about other rows: simple and coded indexes must name
//! existing rows (or be nil where ECMA-335 allows it), member lists may run one past the
//! end, coded-index tags must be defined. Heap indexes are *not* resolved here; they are
//! checked when the caller reads the string or blob.

use crate::error::{ImageError, Result};
use crate::metadata::coded::*;
use crate::metadata::flags::*;
use crate::metadata::schema::ptr_table;
use crate::metadata::sig::TypeDefOrRef;
use crate::metadata::token::*;
use crate::metadata::{Metadata, RawRow};

/// Reads typed columns of one raw row, reporting errors at the column's file offset.
pub(crate) struct RowReader<'m, 'a> {
    md: &'m Metadata<'a>,
    row: RawRow,
}

impl<'m, 'a> RowReader<'m, 'a> {
    pub(crate) fn new(md: &'m Metadata<'a>, table: TableId, rid: u32) -> Result<Self> {
        Ok(RowReader { md, row: md.raw_row(table, rid)? })
    }

    fn err(&self, col: usize, what: String) -> ImageError {
        let name = crate::metadata::schema::schema(self.row.table).columns.get(col).map_or("?", |c| c.name);
        ImageError::bad(self.row.column_offset(col), format!("{}#{}.{name}: {what}", self.row.table.name(), self.row.rid))
    }

    pub(crate) fn u16(&self, col: usize) -> u16 {
        self.row.value(col) as u16
    }
    pub(crate) fn u32(&self, col: usize) -> u32 {
        self.row.value(col)
    }
    pub(crate) fn string(&self, col: usize) -> StringIndex {
        StringIndex(self.row.value(col))
    }
    pub(crate) fn blob(&self, col: usize) -> BlobIndex {
        BlobIndex(self.row.value(col))
    }
    pub(crate) fn guid(&self, col: usize) -> GuidIndex {
        GuidIndex(self.row.value(col))
    }

    /// A simple index that may be nil.
    pub(crate) fn index_opt<R: Rid>(&self, col: usize) -> Result<Option<R>> {
        let v = self.row.value(col);
        if v == 0 {
            return Ok(None);
        }
        if v > self.md.row_count(R::TABLE) {
            return Err(self.err(col, format!("{}#{v} does not exist ({} rows)", R::TABLE.name(), self.md.row_count(R::TABLE))));
        }
        Ok(Some(R::from_raw(v)))
    }

    /// A simple index that must name a row.
    pub(crate) fn index<R: Rid>(&self, col: usize) -> Result<R> {
        self.index_opt(col)?.ok_or_else(|| self.err(col, format!("nil {} index", R::TABLE.name())))
    }

    /// The start of a member list: 1..=rows+1 of the list's table (the `*Ptr` table when
    /// present).
    pub(crate) fn list<R: Rid>(&self, col: usize) -> Result<R> {
        let v = self.row.value(col);
        let table = self.md.list_table(R::TABLE);
        let rows = self.md.row_count(table);
        if v == 0 || v > rows.saturating_add(1) {
            return Err(self.err(col, format!("member list start {v} is outside 1..={} of {}", rows + 1, table.name())));
        }
        Ok(R::from_raw(v))
    }

    /// A coded index that may be nil.
    pub(crate) fn coded_opt<C: CodedIndex>(&self, col: usize) -> Result<Option<C>> {
        let v = self.row.value(col);
        let (table, rid) = C::KIND.split(v).map_err(|tag| self.err(col, format!("invalid {} tag {tag}", C::KIND)))?;
        if rid == 0 {
            return Ok(None);
        }
        if rid > self.md.row_count(table) {
            return Err(self.err(col, format!("{}#{rid} does not exist ({} rows)", table.name(), self.md.row_count(table))));
        }
        C::from_parts(table, rid).map(Some).ok_or_else(|| self.err(col, format!("table {} in {}", table.name(), C::KIND)))
    }

    /// A coded index that must name a row.
    pub(crate) fn coded<C: CodedIndex>(&self, col: usize) -> Result<C> {
        self.coded_opt(col)?.ok_or_else(|| self.err(col, format!("nil {}", C::KIND)))
    }
}

macro_rules! row_accessor {
    ($(#[$doc:meta])* $fn:ident, $rid:ident, $row:ident, |$r:ident| $body:expr) => {
        impl<'a> Metadata<'a> {
            $(#[$doc])*
            pub fn $fn(&self, rid: $rid) -> Result<$row> {
                let $r = RowReader::new(self, $rid::TABLE, rid.0)?;
                Ok($body)
            }
        }
    };
}

/// `Module` (0x00): this module's name and identity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ModuleRow {
    /// Generation (0).
    pub generation: u16,
    /// Module file name.
    pub name: StringIndex,
    /// Module version id.
    pub mvid: GuidIndex,
    /// EnC id.
    pub enc_id: GuidIndex,
    /// EnC base id.
    pub enc_base_id: GuidIndex,
}
row_accessor!(
    /// Decodes a `Module` row.
    module, ModuleRid, ModuleRow, |r| ModuleRow {
        generation: r.u16(0), name: r.string(1), mvid: r.guid(2), enc_id: r.guid(3), enc_base_id: r.guid(4)
    }
);

/// `TypeRef` (0x01): a reference to a type defined elsewhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TypeRefRow {
    /// Where to resolve it; `None` means "look in the ExportedType table".
    pub scope: Option<ResolutionScope>,
    /// Name.
    pub name: StringIndex,
    /// Namespace.
    pub namespace: StringIndex,
}
row_accessor!(
    /// Decodes a `TypeRef` row.
    type_ref, TypeRefRid, TypeRefRow, |r| TypeRefRow { scope: r.coded_opt(0)?, name: r.string(1), namespace: r.string(2) }
);

/// `TypeDef` (0x02): a type defined in this module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TypeDefRow {
    /// Flags.
    pub flags: TypeAttributes,
    /// Name (with generic arity suffix, e.g. ``List`1``).
    pub name: StringIndex,
    /// Namespace (empty for nested types).
    pub namespace: StringIndex,
    /// Base type; `None` for interfaces, `System.Object` and `<Module>`.
    pub extends: Option<TypeDefOrRef>,
    /// First field (index into FieldPtr when present); see [`Metadata::type_fields`].
    pub field_list: FieldRid,
    /// First method (index into MethodPtr when present); see [`Metadata::type_methods`].
    pub method_list: MethodDefRid,
}
row_accessor!(
    /// Decodes a `TypeDef` row.
    type_def, TypeDefRid, TypeDefRow, |r| TypeDefRow {
        flags: TypeAttributes(r.u32(0)),
        name: r.string(1),
        namespace: r.string(2),
        extends: r.coded_opt(3)?,
        field_list: r.list(4)?,
        method_list: r.list(5)?,
    }
);

/// `FieldPtr` (0x03): one entry of the field indirection of `#-` streams.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldPtrRow {
    /// The field.
    pub field: FieldRid,
}
row_accessor!(
    /// Decodes a `FieldPtr` row.
    field_ptr, FieldPtrRid, FieldPtrRow, |r| FieldPtrRow { field: r.index(0)? }
);

/// `Field` (0x04).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldRow {
    /// Flags.
    pub flags: FieldAttributes,
    /// Name.
    pub name: StringIndex,
    /// Field signature blob (II.23.2.4).
    pub signature: BlobIndex,
}
row_accessor!(
    /// Decodes a `Field` row.
    field, FieldRid, FieldRow, |r| FieldRow { flags: FieldAttributes(r.u16(0)), name: r.string(1), signature: r.blob(2) }
);

/// `MethodPtr` (0x05).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MethodPtrRow {
    /// The method.
    pub method: MethodDefRid,
}
row_accessor!(
    /// Decodes a `MethodPtr` row.
    method_ptr, MethodPtrRid, MethodPtrRow, |r| MethodPtrRow { method: r.index(0)? }
);

/// `MethodDef` (0x06).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MethodDefRow {
    /// RVA of the IL body (0 for abstract, runtime-implemented and P/Invoke methods).
    pub rva: u32,
    /// Implementation flags.
    pub impl_flags: MethodImplAttributes,
    /// Flags.
    pub flags: MethodAttributes,
    /// Name.
    pub name: StringIndex,
    /// Method signature blob (II.23.2.1).
    pub signature: BlobIndex,
    /// First parameter (index into ParamPtr when present); see [`Metadata::method_params`].
    pub param_list: ParamRid,
}
row_accessor!(
    /// Decodes a `MethodDef` row.
    method_def, MethodDefRid, MethodDefRow, |r| MethodDefRow {
        rva: r.u32(0),
        impl_flags: MethodImplAttributes(r.u16(1)),
        flags: MethodAttributes(r.u16(2)),
        name: r.string(3),
        signature: r.blob(4),
        param_list: r.list(5)?,
    }
);

/// `ParamPtr` (0x07).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParamPtrRow {
    /// The parameter.
    pub param: ParamRid,
}
row_accessor!(
    /// Decodes a `ParamPtr` row.
    param_ptr, ParamPtrRid, ParamPtrRow, |r| ParamPtrRow { param: r.index(0)? }
);

/// `Param` (0x08).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParamRow {
    /// Flags.
    pub flags: ParamAttributes,
    /// 0 for the return value, else the 1-based parameter position.
    pub sequence: u16,
    /// Name.
    pub name: StringIndex,
}
row_accessor!(
    /// Decodes a `Param` row.
    param, ParamRid, ParamRow, |r| ParamRow { flags: ParamAttributes(r.u16(0)), sequence: r.u16(1), name: r.string(2) }
);

/// `InterfaceImpl` (0x09).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InterfaceImplRow {
    /// The implementing type.
    pub class: TypeDefRid,
    /// The interface.
    pub interface: TypeDefOrRef,
}
row_accessor!(
    /// Decodes an `InterfaceImpl` row.
    interface_impl, InterfaceImplRid, InterfaceImplRow, |r| InterfaceImplRow { class: r.index(0)?, interface: r.coded(1)? }
);

/// `MemberRef` (0x0A): a reference to a field or method.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemberRefRow {
    /// The member's parent.
    pub class: MemberRefParent,
    /// Name.
    pub name: StringIndex,
    /// Field or method signature blob.
    pub signature: BlobIndex,
}
row_accessor!(
    /// Decodes a `MemberRef` row.
    member_ref, MemberRefRid, MemberRefRow, |r| MemberRefRow { class: r.coded(0)?, name: r.string(1), signature: r.blob(2) }
);

/// `Constant` (0x0B): a default value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConstantRow {
    /// Element type of the value (`ELEMENT_TYPE_*`; `CLASS` for a null reference).
    pub ty: u8,
    /// Owner.
    pub parent: HasConstant,
    /// The value's bytes.
    pub value: BlobIndex,
}
row_accessor!(
    /// Decodes a `Constant` row.
    constant, ConstantRid, ConstantRow, |r| ConstantRow { ty: (r.u16(0) & 0xff) as u8, parent: r.coded(1)?, value: r.blob(2) }
);

/// `CustomAttribute` (0x0C).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CustomAttributeRow {
    /// The entity the attribute is applied to.
    pub parent: HasCustomAttribute,
    /// The attribute's constructor.
    pub ctor: CustomAttributeType,
    /// The value blob (II.23.3); see [`Metadata::decode_custom_attribute`].
    pub value: BlobIndex,
}
row_accessor!(
    /// Decodes a `CustomAttribute` row.
    custom_attribute, CustomAttributeRid, CustomAttributeRow, |r| CustomAttributeRow {
        parent: r.coded(0)?, ctor: r.coded(1)?, value: r.blob(2)
    }
);

/// `FieldMarshal` (0x0D).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldMarshalRow {
    /// The field or parameter.
    pub parent: HasFieldMarshal,
    /// Marshalling descriptor blob (II.23.4).
    pub native_type: BlobIndex,
}
row_accessor!(
    /// Decodes a `FieldMarshal` row.
    field_marshal, FieldMarshalRid, FieldMarshalRow, |r| FieldMarshalRow { parent: r.coded(0)?, native_type: r.blob(1) }
);

/// `DeclSecurity` (0x0E).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeclSecurityRow {
    /// Security action.
    pub action: u16,
    /// Owner.
    pub parent: HasDeclSecurity,
    /// Permission set blob.
    pub permission_set: BlobIndex,
}
row_accessor!(
    /// Decodes a `DeclSecurity` row.
    decl_security, DeclSecurityRid, DeclSecurityRow, |r| DeclSecurityRow {
        action: r.u16(0), parent: r.coded(1)?, permission_set: r.blob(2)
    }
);

/// `ClassLayout` (0x0F).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClassLayoutRow {
    /// `.pack` (0 = default).
    pub packing_size: u16,
    /// `.size` (0 = computed).
    pub class_size: u32,
    /// The type.
    pub parent: TypeDefRid,
}
row_accessor!(
    /// Decodes a `ClassLayout` row.
    class_layout, ClassLayoutRid, ClassLayoutRow, |r| ClassLayoutRow {
        packing_size: r.u16(0), class_size: r.u32(1), parent: r.index(2)?
    }
);

/// `FieldLayout` (0x10): explicit field offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldLayoutRow {
    /// Byte offset.
    pub offset: u32,
    /// The field.
    pub field: FieldRid,
}
row_accessor!(
    /// Decodes a `FieldLayout` row.
    field_layout, FieldLayoutRid, FieldLayoutRow, |r| FieldLayoutRow { offset: r.u32(0), field: r.index(1)? }
);

/// `StandAloneSig` (0x11): a locals signature or a `calli` method signature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StandAloneSigRow {
    /// Signature blob.
    pub signature: BlobIndex,
}
row_accessor!(
    /// Decodes a `StandAloneSig` row.
    stand_alone_sig, StandAloneSigRid, StandAloneSigRow, |r| StandAloneSigRow { signature: r.blob(0) }
);

/// `EventMap` (0x12).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventMapRow {
    /// The type.
    pub parent: TypeDefRid,
    /// First event (index into EventPtr when present).
    pub event_list: EventRid,
}
row_accessor!(
    /// Decodes an `EventMap` row.
    event_map, EventMapRid, EventMapRow, |r| EventMapRow { parent: r.index(0)?, event_list: r.list(1)? }
);

/// `EventPtr` (0x13).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventPtrRow {
    /// The event.
    pub event: EventRid,
}
row_accessor!(
    /// Decodes an `EventPtr` row.
    event_ptr, EventPtrRid, EventPtrRow, |r| EventPtrRow { event: r.index(0)? }
);

/// `Event` (0x14).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventRow {
    /// Flags.
    pub flags: EventAttributes,
    /// Name.
    pub name: StringIndex,
    /// Delegate type of the event.
    pub event_type: Option<TypeDefOrRef>,
}
row_accessor!(
    /// Decodes an `Event` row.
    event, EventRid, EventRow, |r| EventRow { flags: EventAttributes(r.u16(0)), name: r.string(1), event_type: r.coded_opt(2)? }
);

/// `PropertyMap` (0x15).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PropertyMapRow {
    /// The type.
    pub parent: TypeDefRid,
    /// First property (index into PropertyPtr when present).
    pub property_list: PropertyRid,
}
row_accessor!(
    /// Decodes a `PropertyMap` row.
    property_map, PropertyMapRid, PropertyMapRow, |r| PropertyMapRow { parent: r.index(0)?, property_list: r.list(1)? }
);

/// `PropertyPtr` (0x16).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PropertyPtrRow {
    /// The property.
    pub property: PropertyRid,
}
row_accessor!(
    /// Decodes a `PropertyPtr` row.
    property_ptr, PropertyPtrRid, PropertyPtrRow, |r| PropertyPtrRow { property: r.index(0)? }
);

/// `Property` (0x17).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PropertyRow {
    /// Flags.
    pub flags: PropertyAttributes,
    /// Name.
    pub name: StringIndex,
    /// Property signature blob (II.23.2.5).
    pub signature: BlobIndex,
}
row_accessor!(
    /// Decodes a `Property` row.
    property, PropertyRid, PropertyRow, |r| PropertyRow { flags: PropertyAttributes(r.u16(0)), name: r.string(1), signature: r.blob(2) }
);

/// `MethodSemantics` (0x18): getters, setters, adders, …
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MethodSemanticsRow {
    /// The role.
    pub semantics: MethodSemanticsAttributes,
    /// The method.
    pub method: MethodDefRid,
    /// The property or event.
    pub association: HasSemantics,
}
row_accessor!(
    /// Decodes a `MethodSemantics` row.
    method_semantics, MethodSemanticsRid, MethodSemanticsRow, |r| MethodSemanticsRow {
        semantics: MethodSemanticsAttributes(r.u16(0)), method: r.index(1)?, association: r.coded(2)?
    }
);

/// `MethodImpl` (0x19): explicit overrides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MethodImplRow {
    /// The type whose vtable is affected.
    pub class: TypeDefRid,
    /// The implementing method.
    pub body: MethodDefOrRef,
    /// The overridden declaration.
    pub declaration: MethodDefOrRef,
}
row_accessor!(
    /// Decodes a `MethodImpl` row.
    method_impl, MethodImplRid, MethodImplRow, |r| MethodImplRow { class: r.index(0)?, body: r.coded(1)?, declaration: r.coded(2)? }
);

/// `ModuleRef` (0x1A).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ModuleRefRow {
    /// Module (or native library) name.
    pub name: StringIndex,
}
row_accessor!(
    /// Decodes a `ModuleRef` row.
    module_ref, ModuleRefRid, ModuleRefRow, |r| ModuleRefRow { name: r.string(0) }
);

/// `TypeSpec` (0x1B): a constructed type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TypeSpecRow {
    /// Type signature blob.
    pub signature: BlobIndex,
}
row_accessor!(
    /// Decodes a `TypeSpec` row.
    type_spec, TypeSpecRid, TypeSpecRow, |r| TypeSpecRow { signature: r.blob(0) }
);

/// `ImplMap` (0x1C): P/Invoke information.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImplMapRow {
    /// Flags.
    pub flags: PInvokeAttributes,
    /// The method (or field).
    pub member: MemberForwarded,
    /// Entry point name in the native library.
    pub import_name: StringIndex,
    /// The native library.
    pub import_scope: ModuleRefRid,
}
row_accessor!(
    /// Decodes an `ImplMap` row.
    impl_map, ImplMapRid, ImplMapRow, |r| ImplMapRow {
        flags: PInvokeAttributes(r.u16(0)), member: r.coded(1)?, import_name: r.string(2), import_scope: r.index(3)?
    }
);

/// `FieldRVA` (0x1D): initial data of a static field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldRvaRow {
    /// RVA of the data.
    pub rva: u32,
    /// The field.
    pub field: FieldRid,
}
row_accessor!(
    /// Decodes a `FieldRVA` row.
    field_rva, FieldRvaRid, FieldRvaRow, |r| FieldRvaRow { rva: r.u32(0), field: r.index(1)? }
);

/// `EncLog` (0x1E).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EncLogRow {
    /// The token edited.
    pub token: Token,
    /// The edit.
    pub func_code: u32,
}
row_accessor!(
    /// Decodes an `EncLog` row.
    enc_log, EncLogRid, EncLogRow, |r| EncLogRow { token: Token(r.u32(0)), func_code: r.u32(1) }
);

/// `EncMap` (0x1F).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EncMapRow {
    /// The token.
    pub token: Token,
}
row_accessor!(
    /// Decodes an `EncMap` row.
    enc_map, EncMapRid, EncMapRow, |r| EncMapRow { token: Token(r.u32(0)) }
);

/// `Assembly` (0x20): this assembly's identity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AssemblyRow {
    /// Hash algorithm of the File table's hashes.
    pub hash_alg_id: u32,
    /// Version: major, minor, build, revision.
    pub version: [u16; 4],
    /// Flags.
    pub flags: AssemblyFlags,
    /// Full public key (empty if unsigned).
    pub public_key: BlobIndex,
    /// Simple name.
    pub name: StringIndex,
    /// Culture (empty = neutral).
    pub culture: StringIndex,
}
row_accessor!(
    /// Decodes an `Assembly` row.
    assembly, AssemblyRid, AssemblyRow, |r| AssemblyRow {
        hash_alg_id: r.u32(0),
        version: [r.u16(1), r.u16(2), r.u16(3), r.u16(4)],
        flags: AssemblyFlags(r.u32(5)),
        public_key: r.blob(6),
        name: r.string(7),
        culture: r.string(8),
    }
);

/// `AssemblyProcessor` (0x21), unused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AssemblyProcessorRow {
    /// Processor id.
    pub processor: u32,
}
row_accessor!(
    /// Decodes an `AssemblyProcessor` row.
    assembly_processor, AssemblyProcessorRid, AssemblyProcessorRow, |r| AssemblyProcessorRow { processor: r.u32(0) }
);

/// `AssemblyOS` (0x22), unused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AssemblyOsRow {
    /// Platform id.
    pub platform_id: u32,
    /// OS major version.
    pub major: u32,
    /// OS minor version.
    pub minor: u32,
}
row_accessor!(
    /// Decodes an `AssemblyOS` row.
    assembly_os, AssemblyOsRid, AssemblyOsRow, |r| AssemblyOsRow { platform_id: r.u32(0), major: r.u32(1), minor: r.u32(2) }
);

/// `AssemblyRef` (0x23).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AssemblyRefRow {
    /// Version: major, minor, build, revision.
    pub version: [u16; 4],
    /// Flags (`PUBLIC_KEY` set when the blob is a full key rather than a token).
    pub flags: AssemblyFlags,
    /// Public key or 8-byte token.
    pub public_key_or_token: BlobIndex,
    /// Simple name.
    pub name: StringIndex,
    /// Culture.
    pub culture: StringIndex,
    /// Hash of the referenced assembly (usually empty).
    pub hash_value: BlobIndex,
}
row_accessor!(
    /// Decodes an `AssemblyRef` row.
    assembly_ref, AssemblyRefRid, AssemblyRefRow, |r| AssemblyRefRow {
        version: [r.u16(0), r.u16(1), r.u16(2), r.u16(3)],
        flags: AssemblyFlags(r.u32(4)),
        public_key_or_token: r.blob(5),
        name: r.string(6),
        culture: r.string(7),
        hash_value: r.blob(8),
    }
);

/// `AssemblyRefProcessor` (0x24), unused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AssemblyRefProcessorRow {
    /// Processor id.
    pub processor: u32,
    /// The assembly reference.
    pub assembly_ref: AssemblyRefRid,
}
row_accessor!(
    /// Decodes an `AssemblyRefProcessor` row.
    assembly_ref_processor, AssemblyRefProcessorRid, AssemblyRefProcessorRow, |r| AssemblyRefProcessorRow {
        processor: r.u32(0), assembly_ref: r.index(1)?
    }
);

/// `AssemblyRefOS` (0x25), unused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AssemblyRefOsRow {
    /// Platform id.
    pub platform_id: u32,
    /// OS major version.
    pub major: u32,
    /// OS minor version.
    pub minor: u32,
    /// The assembly reference.
    pub assembly_ref: AssemblyRefRid,
}
row_accessor!(
    /// Decodes an `AssemblyRefOS` row.
    assembly_ref_os, AssemblyRefOsRid, AssemblyRefOsRow, |r| AssemblyRefOsRow {
        platform_id: r.u32(0), major: r.u32(1), minor: r.u32(2), assembly_ref: r.index(3)?
    }
);

/// `File` (0x26): another file of a multi-file assembly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileRow {
    /// Flags.
    pub flags: FileAttributes,
    /// File name.
    pub name: StringIndex,
    /// Hash of the file.
    pub hash_value: BlobIndex,
}
row_accessor!(
    /// Decodes a `File` row.
    file, FileRid, FileRow, |r| FileRow { flags: FileAttributes(r.u32(0)), name: r.string(1), hash_value: r.blob(2) }
);

/// `ExportedType` (0x27): a type forwarder or a type of another module of this assembly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportedTypeRow {
    /// Flags (`TypeAttributes`; 0x200000 = forwarder).
    pub flags: TypeAttributes,
    /// TypeDef token hint in the target module (may be 0).
    pub type_def_id: u32,
    /// Name.
    pub name: StringIndex,
    /// Namespace.
    pub namespace: StringIndex,
    /// Where the type lives: an assembly (forwarder), a file, or the enclosing exported type.
    pub implementation: Implementation,
}
row_accessor!(
    /// Decodes an `ExportedType` row.
    exported_type, ExportedTypeRid, ExportedTypeRow, |r| ExportedTypeRow {
        flags: TypeAttributes(r.u32(0)),
        type_def_id: r.u32(1),
        name: r.string(2),
        namespace: r.string(3),
        implementation: r.coded(4)?,
    }
);

/// `ManifestResource` (0x28).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ManifestResourceRow {
    /// Offset in the resources directory (when in this file).
    pub offset: u32,
    /// Flags.
    pub flags: ManifestResourceAttributes,
    /// Name.
    pub name: StringIndex,
    /// Where it lives; `None` means this file.
    pub implementation: Option<Implementation>,
}
row_accessor!(
    /// Decodes a `ManifestResource` row.
    manifest_resource, ManifestResourceRid, ManifestResourceRow, |r| ManifestResourceRow {
        offset: r.u32(0), flags: ManifestResourceAttributes(r.u32(1)), name: r.string(2), implementation: r.coded_opt(3)?
    }
);

/// `NestedClass` (0x29).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NestedClassRow {
    /// The nested type.
    pub nested: TypeDefRid,
    /// Its enclosing type.
    pub enclosing: TypeDefRid,
}
row_accessor!(
    /// Decodes a `NestedClass` row.
    nested_class, NestedClassRid, NestedClassRow, |r| NestedClassRow { nested: r.index(0)?, enclosing: r.index(1)? }
);

/// `GenericParam` (0x2A).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GenericParamRow {
    /// Position (0-based).
    pub number: u16,
    /// Flags (variance, constraints).
    pub flags: GenericParamAttributes,
    /// The generic type or method.
    pub owner: TypeOrMethodDef,
    /// Name.
    pub name: StringIndex,
}
row_accessor!(
    /// Decodes a `GenericParam` row.
    generic_param, GenericParamRid, GenericParamRow, |r| GenericParamRow {
        number: r.u16(0), flags: GenericParamAttributes(r.u16(1)), owner: r.coded(2)?, name: r.string(3)
    }
);

/// `MethodSpec` (0x2B): a generic method instantiation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MethodSpecRow {
    /// The generic method.
    pub method: MethodDefOrRef,
    /// Instantiation blob (II.23.2.15).
    pub instantiation: BlobIndex,
}
row_accessor!(
    /// Decodes a `MethodSpec` row.
    method_spec, MethodSpecRid, MethodSpecRow, |r| MethodSpecRow { method: r.coded(0)?, instantiation: r.blob(1) }
);

/// `GenericParamConstraint` (0x2C).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GenericParamConstraintRow {
    /// The constrained parameter.
    pub owner: GenericParamRid,
    /// The constraint type.
    pub constraint: TypeDefOrRef,
}
row_accessor!(
    /// Decodes a `GenericParamConstraint` row.
    generic_param_constraint, GenericParamConstraintRid, GenericParamConstraintRow, |r| GenericParamConstraintRow {
        owner: r.index(0)?, constraint: r.coded(1)?
    }
);

impl Metadata<'_> {
    /// The table member lists of `target` index: its `*Ptr` table when that is present,
    /// else `target` itself.
    pub fn list_table(&self, target: TableId) -> TableId {
        match ptr_table(target) {
            Some(p) if self.row_count(p) > 0 => p,
            _ => target,
        }
    }

    /// Runs the typed decoder of `table` on one row and formats the result with `Debug`
    /// (for validation, tests and bug reports).
    pub fn decode_row_debug(&self, table: TableId, rid: u32) -> Result<String> {
        let mut s = String::new();
        self.decode_row_with(table, rid, &mut |d| {
            use std::fmt::Write;
            let _ = write!(s, "{d:?}");
        })?;
        Ok(s)
    }

    /// Runs the typed decoder of `table` on one row, validating every index it holds.
    pub fn check_row(&self, table: TableId, rid: u32) -> Result<()> {
        self.decode_row_with(table, rid, &mut |_| {})
    }

    fn decode_row_with(&self, table: TableId, rid: u32, f: &mut dyn FnMut(&dyn std::fmt::Debug)) -> Result<()> {
        macro_rules! d {
            ($f:ident, $r:ident) => {
                f(&self.$f($r(rid))?)
            };
        }
        match table {
            TableId::Module => d!(module, ModuleRid),
            TableId::TypeRef => d!(type_ref, TypeRefRid),
            TableId::TypeDef => d!(type_def, TypeDefRid),
            TableId::FieldPtr => d!(field_ptr, FieldPtrRid),
            TableId::Field => d!(field, FieldRid),
            TableId::MethodPtr => d!(method_ptr, MethodPtrRid),
            TableId::MethodDef => d!(method_def, MethodDefRid),
            TableId::ParamPtr => d!(param_ptr, ParamPtrRid),
            TableId::Param => d!(param, ParamRid),
            TableId::InterfaceImpl => d!(interface_impl, InterfaceImplRid),
            TableId::MemberRef => d!(member_ref, MemberRefRid),
            TableId::Constant => d!(constant, ConstantRid),
            TableId::CustomAttribute => d!(custom_attribute, CustomAttributeRid),
            TableId::FieldMarshal => d!(field_marshal, FieldMarshalRid),
            TableId::DeclSecurity => d!(decl_security, DeclSecurityRid),
            TableId::ClassLayout => d!(class_layout, ClassLayoutRid),
            TableId::FieldLayout => d!(field_layout, FieldLayoutRid),
            TableId::StandAloneSig => d!(stand_alone_sig, StandAloneSigRid),
            TableId::EventMap => d!(event_map, EventMapRid),
            TableId::EventPtr => d!(event_ptr, EventPtrRid),
            TableId::Event => d!(event, EventRid),
            TableId::PropertyMap => d!(property_map, PropertyMapRid),
            TableId::PropertyPtr => d!(property_ptr, PropertyPtrRid),
            TableId::Property => d!(property, PropertyRid),
            TableId::MethodSemantics => d!(method_semantics, MethodSemanticsRid),
            TableId::MethodImpl => d!(method_impl, MethodImplRid),
            TableId::ModuleRef => d!(module_ref, ModuleRefRid),
            TableId::TypeSpec => d!(type_spec, TypeSpecRid),
            TableId::ImplMap => d!(impl_map, ImplMapRid),
            TableId::FieldRva => d!(field_rva, FieldRvaRid),
            TableId::EncLog => d!(enc_log, EncLogRid),
            TableId::EncMap => d!(enc_map, EncMapRid),
            TableId::Assembly => d!(assembly, AssemblyRid),
            TableId::AssemblyProcessor => d!(assembly_processor, AssemblyProcessorRid),
            TableId::AssemblyOs => d!(assembly_os, AssemblyOsRid),
            TableId::AssemblyRef => d!(assembly_ref, AssemblyRefRid),
            TableId::AssemblyRefProcessor => d!(assembly_ref_processor, AssemblyRefProcessorRid),
            TableId::AssemblyRefOs => d!(assembly_ref_os, AssemblyRefOsRid),
            TableId::File => d!(file, FileRid),
            TableId::ExportedType => d!(exported_type, ExportedTypeRid),
            TableId::ManifestResource => d!(manifest_resource, ManifestResourceRid),
            TableId::NestedClass => d!(nested_class, NestedClassRid),
            TableId::GenericParam => d!(generic_param, GenericParamRid),
            TableId::MethodSpec => d!(method_spec, MethodSpecRid),
            TableId::GenericParamConstraint => d!(generic_param_constraint, GenericParamConstraintRid),
        }
        Ok(())
    }
}

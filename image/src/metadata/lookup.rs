//! Navigating between rows: member lists (fields, methods, parameters, events, properties,
//! all through the `*Ptr` indirection tables when present), the reverse "who owns this
//! member" searches, and lookups by key in the tables ECMA-335 keeps sorted (NestedClass,
//! ClassLayout, CustomAttribute, GenericParam, …).
//!
//! Searched tables are binary-searched when their key column is non-decreasing. That is
//! verified once per table on first use (an O(rows) scan of one column, a few microseconds
//! even for CoreLib) rather than trusting the header's `Sorted` bits, so a lying header
//! cannot make a lookup miss; unsorted tables (legal in `#-` streams) are scanned linearly.

use std::marker::PhantomData;

use crate::error::{ImageError, Result};
use crate::metadata::coded::*;
use crate::metadata::rows::ClassLayoutRow;
use crate::metadata::schema::{schema, ptr_table};
use crate::metadata::token::*;
use crate::metadata::Metadata;

/// The members of one owner (a type's fields or methods, a method's parameters, a type's
/// events or properties), resolved through the `*Ptr` table when present.
///
/// Row ids yielded are those stored in the file and are validated when used.
#[derive(Clone, Debug)]
pub struct MemberList<'m, 'a, R> {
    md: &'m Metadata<'a>,
    ptr: Option<TableId>,
    next: u32,
    end: u32,
    _r: PhantomData<R>,
}

impl<'m, 'a, R: Rid> MemberList<'m, 'a, R> {
    fn empty(md: &'m Metadata<'a>) -> Self {
        MemberList { md, ptr: None, next: 1, end: 1, _r: PhantomData }
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.next) as usize
    }

    /// True when there are no members.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The positions covered in the list table (the `*Ptr` table or the member table).
    pub fn positions(&self) -> std::ops::Range<u32> {
        self.next..self.end
    }
}

impl<R: Rid> Iterator for MemberList<'_, '_, R> {
    type Item = R;
    fn next(&mut self) -> Option<R> {
        if self.next >= self.end {
            return None;
        }
        let pos = self.next;
        self.next += 1;
        Some(match self.ptr {
            // An in-range Ptr row always reads; 0 (nil) would be reported on use.
            Some(p) => R::from_raw(self.md.raw_col(p, pos, 0).unwrap_or(0)),
            None => R::from_raw(pos),
        })
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.len(), Some(self.len()))
    }
}

impl<R: Rid> ExactSizeIterator for MemberList<'_, '_, R> {}

/// The rows of a searched table whose key column equals one value.
#[derive(Clone, Debug)]
pub struct KeyedRows<'m, 'a, R> {
    md: &'m Metadata<'a>,
    table: TableId,
    col: usize,
    key: u32,
    next: u32,
    end: u32,
    scan: bool,
    _r: PhantomData<R>,
}

impl<R: Rid> Iterator for KeyedRows<'_, '_, R> {
    type Item = R;
    fn next(&mut self) -> Option<R> {
        while self.next < self.end {
            let rid = self.next;
            self.next += 1;
            if !self.scan || self.md.raw_col(self.table, rid, self.col) == Some(self.key) {
                return Some(R::from_raw(rid));
            }
        }
        None
    }
}

impl<'a> Metadata<'a> {
    /// The `[start, end)` positions of the member list in column `col` of `owner`'s row.
    fn list_range(&self, owner_table: TableId, owner: u32, col: usize, target: TableId) -> Result<(u32, u32)> {
        let row = self.raw_row(owner_table, owner)?;
        let list_table = self.list_table(target);
        let limit = self.row_count(list_table).saturating_add(1);
        let start = row.value(col);
        let end = if owner < self.row_count(owner_table) {
            self.raw_col(owner_table, owner + 1, col).unwrap_or(limit)
        } else {
            limit
        };
        if start == 0 || start > limit || end < start || end > limit {
            return Err(ImageError::bad(
                row.column_offset(col),
                format!(
                    "{}#{owner}: member list {start}..{end} of {} is not within 1..={limit} or not ascending",
                    owner_table.name(),
                    list_table.name()
                ),
            ));
        }
        Ok((start, end))
    }

    fn member_list<R: Rid>(&self, owner_table: TableId, owner: u32, col: usize) -> Result<MemberList<'_, 'a, R>> {
        let (start, end) = self.list_range(owner_table, owner, col, R::TABLE)?;
        let ptr = ptr_table(R::TABLE).filter(|p| self.row_count(*p) > 0);
        Ok(MemberList { md: self, ptr, next: start, end, _r: PhantomData })
    }

    /// The fields of a type.
    pub fn type_fields(&self, ty: TypeDefRid) -> Result<MemberList<'_, 'a, FieldRid>> {
        self.member_list(TableId::TypeDef, ty.0, 4)
    }

    /// The methods of a type.
    pub fn type_methods(&self, ty: TypeDefRid) -> Result<MemberList<'_, 'a, MethodDefRid>> {
        self.member_list(TableId::TypeDef, ty.0, 5)
    }

    /// The `Param` rows of a method (including the return value's row, sequence 0, if any).
    pub fn method_params(&self, method: MethodDefRid) -> Result<MemberList<'_, 'a, ParamRid>> {
        self.member_list(TableId::MethodDef, method.0, 5)
    }

    /// The events of a type (via `EventMap`).
    pub fn type_events(&self, ty: TypeDefRid) -> Result<MemberList<'_, 'a, EventRid>> {
        match self.find_one(TableId::EventMap, ty.0) {
            Some(map) => self.member_list(TableId::EventMap, map, 1),
            None => Ok(MemberList::empty(self)),
        }
    }

    /// The properties of a type (via `PropertyMap`).
    pub fn type_properties(&self, ty: TypeDefRid) -> Result<MemberList<'_, 'a, PropertyRid>> {
        match self.find_one(TableId::PropertyMap, ty.0) {
            Some(map) => self.member_list(TableId::PropertyMap, map, 1),
            None => Ok(MemberList::empty(self)),
        }
    }

    /// The position of `rid` in the list table of `target` (its `*Ptr` table, if any).
    fn list_position(&self, target: TableId, rid: u32) -> Option<u32> {
        match ptr_table(target).filter(|p| self.row_count(*p) > 0) {
            Some(p) => (1..=self.row_count(p)).find(|&i| self.raw_col(p, i, 0) == Some(rid)),
            None => self.contains(target, rid).then_some(rid),
        }
    }

    /// The owner row whose member list (column `col`) contains `rid`: binary search over
    /// the list starts, which ECMA-335 requires to be ascending (an error otherwise).
    fn list_owner(&self, owner_table: TableId, col: usize, target: TableId, rid: u32) -> Result<Option<u32>> {
        let Some(pos) = self.list_position(target, rid) else { return Ok(None) };
        let n = self.row_count(owner_table);
        let start_of = |o: u32| self.raw_col(owner_table, o, col).unwrap_or(0);
        // Last owner whose list starts at or before `pos`.
        let (mut lo, mut hi) = (1u32, n.saturating_add(1));
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if start_of(mid) <= pos {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let candidate = lo - 1;
        if candidate == 0 {
            return Ok(None);
        }
        // With ascending lists the last owner starting at or before `pos` contains it.
        let (s, e) = self.list_range(owner_table, candidate, col, target)?;
        if s <= pos && pos < e {
            return Ok(Some(candidate));
        }
        let row = self.raw_row(owner_table, candidate)?;
        Err(ImageError::bad(
            row.column_offset(col),
            format!("{} member lists are not ascending (near {}#{candidate})", owner_table.name(), owner_table.name()),
        ))
    }

    /// The type that declares a method (`None` only for a malformed image).
    pub fn method_declaring_type(&self, method: MethodDefRid) -> Result<Option<TypeDefRid>> {
        Ok(self.list_owner(TableId::TypeDef, 5, TableId::MethodDef, method.0)?.map(TypeDefRid))
    }

    /// The type that declares a field.
    pub fn field_declaring_type(&self, field: FieldRid) -> Result<Option<TypeDefRid>> {
        Ok(self.list_owner(TableId::TypeDef, 4, TableId::Field, field.0)?.map(TypeDefRid))
    }

    /// The method a parameter row belongs to.
    pub fn param_method(&self, param: ParamRid) -> Result<Option<MethodDefRid>> {
        Ok(self.list_owner(TableId::MethodDef, 5, TableId::Param, param.0)?.map(MethodDefRid))
    }

    /// The type that declares a property.
    pub fn property_declaring_type(&self, property: PropertyRid) -> Result<Option<TypeDefRid>> {
        match self.list_owner(TableId::PropertyMap, 1, TableId::Property, property.0)? {
            Some(map) => Ok(Some(self.property_map(PropertyMapRid(map))?.parent)),
            None => Ok(None),
        }
    }

    /// The type that declares an event.
    pub fn event_declaring_type(&self, event: EventRid) -> Result<Option<TypeDefRid>> {
        match self.list_owner(TableId::EventMap, 1, TableId::Event, event.0)? {
            Some(map) => Ok(Some(self.event_map(EventMapRid(map))?.parent)),
            None => Ok(None),
        }
    }

    /// True when the key column of `table` is non-decreasing (computed once).
    pub fn is_key_sorted(&self, table: TableId) -> bool {
        *self.sorted_cache(table).get_or_init(|| {
            let Some(col) = schema(table).key else { return false };
            let mut prev = 0u32;
            for rid in 1..=self.row_count(table) {
                let v = self.raw_col(table, rid, col).unwrap_or(0);
                if v < prev {
                    return false;
                }
                prev = v;
            }
            true
        })
    }

    /// `(first, end, scan)`: the candidate rows of `table` for `key`; when `scan` is set
    /// the rows are not sorted and every row in the range must be tested.
    fn key_range(&self, table: TableId, key: u32) -> (u32, u32, bool) {
        let col = schema(table).key.unwrap_or(0);
        let n = self.row_count(table);
        if !self.is_key_sorted(table) {
            return (1, n.saturating_add(1), true);
        }
        let val = |rid: u32| self.raw_col(table, rid, col).unwrap_or(0);
        // Lower bound by binary search, then a short forward scan: keys have few rows.
        let (mut lo, mut hi) = (1u32, n.saturating_add(1));
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if val(mid) < key {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let mut end = lo;
        while end <= n && val(end) == key {
            end += 1;
        }
        (lo, end, false)
    }

    /// The rows of a searched table whose key column holds `key` (the raw column value,
    /// e.g. [`CodedIndex::raw`] for coded keys).
    pub fn rows_with_key<R: Rid>(&self, key: u32) -> KeyedRows<'_, 'a, R> {
        let table = R::TABLE;
        let col = schema(table).key.unwrap_or(0);
        let (next, end, scan) = self.key_range(table, key);
        KeyedRows { md: self, table, col, key, next, end, scan, _r: PhantomData }
    }

    fn find_one(&self, table: TableId, key: u32) -> Option<u32> {
        let col = schema(table).key.unwrap_or(0);
        let (first, end, scan) = self.key_range(table, key);
        (first..end).find(|&r| !scan || self.raw_col(table, r, col) == Some(key))
    }

    /// The enclosing type of a nested type (`None` for top-level types). As in CoreCLR, only
    /// types whose visibility flags say "nested" are looked up in NestedClass.
    pub fn enclosing_class(&self, ty: TypeDefRid) -> Result<Option<TypeDefRid>> {
        if !self.type_def(ty)?.flags.is_nested() {
            return Ok(None);
        }
        match self.find_one(TableId::NestedClass, ty.0) {
            Some(r) => Ok(Some(self.nested_class(NestedClassRid(r))?.enclosing)),
            None => Ok(None),
        }
    }

    /// The types nested directly in `ty` (a linear scan of NestedClass, which is sorted by
    /// the nested type, not the enclosing one).
    pub fn nested_types(&self, ty: TypeDefRid) -> impl Iterator<Item = TypeDefRid> + '_ {
        (1..=self.row_count(TableId::NestedClass))
            .filter(move |&r| self.raw_col(TableId::NestedClass, r, 1) == Some(ty.0))
            .filter_map(move |r| self.raw_col(TableId::NestedClass, r, 0).map(TypeDefRid))
    }

    /// The explicit layout (`.pack`, `.size`) of a type, if it has one.
    pub fn class_layout_of(&self, ty: TypeDefRid) -> Result<Option<ClassLayoutRow>> {
        self.find_one(TableId::ClassLayout, ty.0).map(|r| self.class_layout(ClassLayoutRid(r))).transpose()
    }

    /// The explicit offset of a field (`FieldLayout`), if it has one.
    pub fn field_offset_of(&self, field: FieldRid) -> Result<Option<u32>> {
        Ok(self.find_one(TableId::FieldLayout, field.0).map(|r| self.field_layout(FieldLayoutRid(r))).transpose()?.map(|l| l.offset))
    }

    /// The RVA of a field's initial data (`FieldRVA`), if it has one.
    pub fn field_rva_of(&self, field: FieldRid) -> Result<Option<u32>> {
        Ok(self.find_one(TableId::FieldRva, field.0).map(|r| self.field_rva(FieldRvaRid(r))).transpose()?.map(|l| l.rva))
    }

    /// The `Constant` row (default value) of a field, parameter or property.
    pub fn constant_of(&self, parent: HasConstant) -> Option<ConstantRid> {
        self.find_one(TableId::Constant, parent.raw()).map(ConstantRid)
    }

    /// The `ImplMap` row (P/Invoke information) of a method or field.
    pub fn impl_map_of(&self, member: MemberForwarded) -> Option<ImplMapRid> {
        self.find_one(TableId::ImplMap, member.raw()).map(ImplMapRid)
    }

    /// The `FieldMarshal` row of a field or parameter.
    pub fn field_marshal_of(&self, parent: HasFieldMarshal) -> Option<FieldMarshalRid> {
        self.find_one(TableId::FieldMarshal, parent.raw()).map(FieldMarshalRid)
    }

    /// The generic parameters of a type or method, in `number` order.
    pub fn generic_params_of(&self, owner: TypeOrMethodDef) -> KeyedRows<'_, 'a, GenericParamRid> {
        self.rows_with_key(owner.raw())
    }

    /// The constraints of a generic parameter.
    pub fn generic_param_constraints_of(&self, param: GenericParamRid) -> KeyedRows<'_, 'a, GenericParamConstraintRid> {
        self.rows_with_key(param.0)
    }

    /// The interfaces a type declares it implements.
    pub fn interface_impls_of(&self, ty: TypeDefRid) -> KeyedRows<'_, 'a, InterfaceImplRid> {
        self.rows_with_key(ty.0)
    }

    /// The custom attributes applied to an entity.
    pub fn custom_attributes_of(&self, parent: HasCustomAttribute) -> KeyedRows<'_, 'a, CustomAttributeRid> {
        self.rows_with_key(parent.raw())
    }

    /// The methods attached to a property or event.
    pub fn method_semantics_of(&self, association: HasSemantics) -> KeyedRows<'_, 'a, MethodSemanticsRid> {
        self.rows_with_key(association.raw())
    }

    /// The explicit overrides (`.override`) declared by a type.
    pub fn method_impls_of(&self, ty: TypeDefRid) -> KeyedRows<'_, 'a, MethodImplRid> {
        self.rows_with_key(ty.0)
    }

    /// The security declarations of a type, method or assembly.
    pub fn decl_security_of(&self, parent: HasDeclSecurity) -> KeyedRows<'_, 'a, DeclSecurityRid> {
        self.rows_with_key(parent.raw())
    }
}

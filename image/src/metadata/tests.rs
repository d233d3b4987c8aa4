//! Unit tests of the metadata root, table layout, rows and lookups over hand-built
//! metadata (see [`super::testutil`]).

use super::coded::*;
use super::schema::*;
use super::testutil::MdBuilder;
use super::token::*;
use super::*;
use crate::metadata::sig::TypeDefOrRef;

/// Two types: `<Module>` and `N.C` with fields f1,f2 and methods m1,m2 (m2 has one param).
fn simple() -> MdBuilder {
    let mut b = MdBuilder::new();
    let module = b.string("<Module>");
    let n = b.string("N");
    let c = b.string("C");
    let sig = b.blob(&[0x06, 0x08]); // FIELD int32
    let msig = b.blob(&[0x00, 0x01, 0x01, 0x08]); // static void(int32)
    let mname = b.string("m.dll");
    b.row(TableId::Module, &[0, mname, 0, 0, 0]);
    b.row(TableId::TypeDef, &[0, module, 0, 0, 1, 1]);
    b.row(TableId::TypeDef, &[0x100001, c, n, 0, 1, 1]);
    for f in ["f1", "f2"] {
        let s = b.string(f);
        b.row(TableId::Field, &[0x6, s, sig]);
    }
    for m in ["m1", "m2"] {
        let s = b.string(m);
        b.row(TableId::MethodDef, &[0, 0, 0x16, s, msig, 1]);
    }
    // m2's param list starts at 1; m1's is empty (also starts at 1).
    b.rows.get_mut(&TableId::MethodDef).unwrap()[1][5] = 1;
    let p = b.string("x");
    b.row(TableId::Param, &[0, 1, p]);
    b
}

#[test]
fn parses_compressed_tables() {
    let bytes = simple().build();
    let md = Metadata::parse(Bytes::with_base(&bytes, 0x200)).unwrap();
    assert_eq!(md.version(), "v4.0.30319");
    assert_eq!(md.table_header().kind, TableStreamKind::Compressed);
    assert_eq!(md.row_count(TableId::TypeDef), 2);
    assert_eq!(md.streams().len(), 5);
    let c = md.type_def(TypeDefRid(2)).unwrap();
    assert_eq!(md.string(c.name).unwrap(), "C");
    assert_eq!(md.string(c.namespace).unwrap(), "N");
    assert_eq!(c.extends, None);
    let fields: Vec<_> = md.type_fields(TypeDefRid(2)).unwrap().collect();
    assert_eq!(fields, vec![FieldRid(1), FieldRid(2)]);
    assert!(md.type_fields(TypeDefRid(1)).unwrap().is_empty());
    let methods: Vec<_> = md.type_methods(TypeDefRid(2)).unwrap().collect();
    assert_eq!(methods, vec![MethodDefRid(1), MethodDefRid(2)]);
    assert!(md.method_params(MethodDefRid(1)).unwrap().is_empty());
    assert_eq!(md.method_params(MethodDefRid(2)).unwrap().collect::<Vec<_>>(), vec![ParamRid(1)]);
    assert_eq!(md.method_declaring_type(MethodDefRid(2)).unwrap(), Some(TypeDefRid(2)));
    assert_eq!(md.field_declaring_type(FieldRid(1)).unwrap(), Some(TypeDefRid(2)));
    assert_eq!(md.param_method(ParamRid(1)).unwrap(), Some(MethodDefRid(2)));
    assert_eq!(md.method_declaring_type(MethodDefRid(3)).unwrap(), None);
    assert!(md.type_def(TypeDefRid(3)).is_err());
    assert!(md.type_def(TypeDefRid(0)).is_err());
    assert_eq!(md.rids::<TypeDefRid>().collect::<Vec<_>>(), vec![TypeDefRid(1), TypeDefRid(2)]);
    for t in TableId::ALL {
        for rid in 1..=md.row_count(t) {
            md.check_row(t, rid).unwrap();
        }
    }
}

#[test]
fn wide_heaps_extra_data_and_jtd() {
    let mut b = simple();
    b.heap_sizes = HEAP_STRINGS_LARGE | HEAP_GUID_LARGE | HEAP_BLOB_LARGE;
    b.extra_data = Some(0xdead_beef);
    let bytes = b.build();
    let md = Metadata::parse(Bytes::new(&bytes)).unwrap();
    assert_eq!(md.table_header().extra_data, Some(0xdead_beef));
    assert_eq!(md.row_layout(TableId::Field).row_size, 10);
    assert_eq!(md.string(md.field(FieldRid(2)).unwrap().name).unwrap(), "f2");

    let mut j = simple();
    j.uncompressed = true;
    j.jtd = true;
    let bytes = j.build();
    let md = Metadata::parse(Bytes::new(&bytes)).unwrap();
    assert!(md.table_header().minimal_delta);
    assert_eq!(md.row_layout(TableId::TypeDef).row_size, 24);
    assert_eq!(md.string(md.type_def(TypeDefRid(2)).unwrap().name).unwrap(), "C");

    // #JTD with a compressed stream is rejected.
    let mut bad = simple();
    bad.jtd = true;
    assert!(Metadata::parse(Bytes::new(&bad.build())).is_err());
}

#[test]
fn large_tables_use_four_byte_indexes() {
    let mut b = MdBuilder::new();
    let name = b.string("T");
    b.row(TableId::TypeDef, &[0, name, 0, 0, 1, 1]);
    b.row(TableId::TypeDef, &[0, name, 0, 0, 70_000, 1]);
    for _ in 0..70_001 {
        b.row(TableId::Field, &[0, name, 0]);
    }
    // HasConstant has 2 tag bits: 70001 fields exceed 2^14.
    b.row(TableId::Constant, &[0x08, (70_001 << 2), 0]);
    let bytes = b.build();
    let md = Metadata::parse(Bytes::new(&bytes)).unwrap();
    assert_eq!(md.row_layout(TableId::TypeDef).widths[4], 4);
    assert_eq!(md.row_layout(TableId::Constant).widths[1], 4);
    assert_eq!(md.type_fields(TypeDefRid(1)).unwrap().len(), 69_999);
    assert_eq!(md.type_fields(TypeDefRid(2)).unwrap().len(), 2);
    assert_eq!(md.field_declaring_type(FieldRid(70_001)).unwrap(), Some(TypeDefRid(2)));
    assert_eq!(md.constant(ConstantRid(1)).unwrap().parent, HasConstant::Field(FieldRid(70_001)));
    assert_eq!(md.constant_of(HasConstant::Field(FieldRid(70_001))), Some(ConstantRid(1)));
}

#[test]
fn uncompressed_with_ptr_tables() {
    let mut b = simple();
    b.uncompressed = true;
    // Fields are stored in reverse order: the type's list goes through FieldPtr.
    b.row(TableId::FieldPtr, &[2]);
    b.row(TableId::FieldPtr, &[1]);
    b.row(TableId::MethodPtr, &[2]);
    b.row(TableId::MethodPtr, &[1]);
    let bytes = b.build();
    let md = Metadata::parse(Bytes::new(&bytes)).unwrap();
    assert_eq!(md.table_header().kind, TableStreamKind::Uncompressed);
    assert_eq!(md.list_table(TableId::Field), TableId::FieldPtr);
    let fields: Vec<_> = md.type_fields(TypeDefRid(2)).unwrap().collect();
    assert_eq!(fields, vec![FieldRid(2), FieldRid(1)]);
    let methods: Vec<_> = md.type_methods(TypeDefRid(2)).unwrap().collect();
    assert_eq!(methods, vec![MethodDefRid(2), MethodDefRid(1)]);
    assert_eq!(md.field_declaring_type(FieldRid(1)).unwrap(), Some(TypeDefRid(2)));
    assert_eq!(md.method_declaring_type(MethodDefRid(1)).unwrap(), Some(TypeDefRid(2)));
    assert_eq!(md.field_ptr(FieldPtrRid(1)).unwrap().field, FieldRid(2));
    // A Ptr entry pointing nowhere fails when used, not when listed.
    let mut b2 = simple();
    b2.uncompressed = true;
    b2.row(TableId::FieldPtr, &[9]);
    b2.row(TableId::FieldPtr, &[1]);
    let bytes = b2.build();
    let md = Metadata::parse(Bytes::new(&bytes)).unwrap();
    let f: Vec<_> = md.type_fields(TypeDefRid(2)).unwrap().collect();
    assert_eq!(f[0], FieldRid(9));
    assert!(md.field(f[0]).is_err());
    assert!(md.field_ptr(FieldPtrRid(1)).is_err());
}

#[test]
fn lookups_sorted_and_unsorted() {
    for reverse in [false, true] {
        let mut b = simple();
        // Custom attributes on TypeDef#2 (x2) and Field#1, ctor MethodDef#1.
        let ctor = (1 << 3) | 2;
        let mut cas = vec![
            vec![HasCustomAttribute::Field(FieldRid(1)).raw(), ctor, 0],
            vec![HasCustomAttribute::TypeDef(TypeDefRid(2)).raw(), ctor, 0],
            vec![HasCustomAttribute::TypeDef(TypeDefRid(2)).raw(), ctor, 0],
        ];
        cas.sort();
        if reverse {
            cas.reverse();
        }
        for r in cas {
            b.row(TableId::CustomAttribute, &r);
        }
        b.row(TableId::NestedClass, &[2, 1]);
        b.rows.get_mut(&TableId::TypeDef).unwrap()[1][0] = 0x2; // nested public
        b.row(TableId::GenericParam, &[0, 0, TypeOrMethodDef::TypeDef(TypeDefRid(2)).raw(), 0]);
        b.row(TableId::GenericParam, &[0, 0, TypeOrMethodDef::MethodDef(MethodDefRid(2)).raw(), 0]);
        b.row(TableId::ClassLayout, &[8, 16, 2]);
        let bytes = b.build();
        let md = Metadata::parse(Bytes::new(&bytes)).unwrap();
        assert_eq!(md.is_key_sorted(TableId::CustomAttribute), !reverse);
        assert_eq!(md.custom_attributes_of(HasCustomAttribute::TypeDef(TypeDefRid(2))).count(), 2);
        assert_eq!(md.custom_attributes_of(HasCustomAttribute::Field(FieldRid(1))).count(), 1);
        assert_eq!(md.custom_attributes_of(HasCustomAttribute::Field(FieldRid(2))).count(), 0);
        let ca = md.custom_attributes_of(HasCustomAttribute::Field(FieldRid(1))).next().unwrap();
        assert_eq!(md.custom_attribute(ca).unwrap().ctor, CustomAttributeType::MethodDef(MethodDefRid(1)));
        assert_eq!(md.enclosing_class(TypeDefRid(2)).unwrap(), Some(TypeDefRid(1)));
        assert_eq!(md.enclosing_class(TypeDefRid(1)).unwrap(), None);
        assert_eq!(md.nested_types(TypeDefRid(1)).collect::<Vec<_>>(), vec![TypeDefRid(2)]);
        assert_eq!(md.generic_params_of(TypeOrMethodDef::MethodDef(MethodDefRid(2))).count(), 1);
        assert_eq!(md.class_layout_of(TypeDefRid(2)).unwrap().unwrap().class_size, 16);
        assert_eq!(md.class_layout_of(TypeDefRid(1)).unwrap(), None);
    }
}

#[test]
fn invalid_indexes_are_reported_at_the_column() {
    let mut b = simple();
    b.row(TableId::InterfaceImpl, &[2, 3]); // tag 3 is invalid for TypeDefOrRef
    b.row(TableId::InterfaceImpl, &[2, (5 << 2) | 1]); // TypeRef#5 does not exist
    b.row(TableId::InterfaceImpl, &[0, (1 << 2)]); // nil class
    b.row(TableId::TypeRef, &[0, 0, 0]); // nil scope is allowed
    let bytes = b.build();
    let md = Metadata::parse(Bytes::with_base(&bytes, 0x1000)).unwrap();
    let e = md.interface_impl(InterfaceImplRid(1)).unwrap_err();
    let ImageError::BadImage { offset: Some(off), what } = &e else { panic!("{e}") };
    let row = md.raw_row(TableId::InterfaceImpl, 1).unwrap();
    assert_eq!(*off, row.column_offset(1));
    assert!(what.contains("InterfaceImpl#1.Interface"), "{what}");
    assert!(md.interface_impl(InterfaceImplRid(2)).is_err());
    assert!(md.interface_impl(InterfaceImplRid(3)).is_err());
    assert_eq!(md.type_ref(TypeRefRid(1)).unwrap().scope, None);
    assert_eq!(
        md.interface_impl(InterfaceImplRid(1)).map(|r| r.interface).ok(),
        None::<TypeDefOrRef>
    );
}

#[test]
fn bad_roots() {
    let good = simple().build();
    // Wrong signature, missing table stream, stream outside the root.
    let mut bad = good.clone();
    bad[0] = b'X';
    assert!(Metadata::parse(Bytes::new(&bad)).is_err());
    let mut none = MdBuilder::new();
    none.row(TableId::Module, &[0, 0, 0, 0, 0]);
    let mut nb = none.build();
    // Rename "#~" to "#x".
    let pos = nb.windows(3).position(|w| w == b"#~\0").unwrap();
    nb[pos + 1] = b'x';
    assert!(Metadata::parse(Bytes::new(&nb)).is_err());
    // A row count beyond 2^24.
    let mut huge = good;
    let tpos = u32::from_le_bytes(huge[32..36].try_into().unwrap()) as usize; // first stream offset
    huge[tpos + 24..tpos + 28].copy_from_slice(&0x0100_0000u32.to_le_bytes());
    assert!(Metadata::parse(Bytes::new(&huge)).is_err());
    // Unknown streams are ignored.
    let mut extra = simple();
    extra.extra_streams.push(("#Pdb".into(), vec![1, 2, 3, 4]));
    let eb = extra.build();
    let md = Metadata::parse(Bytes::new(&eb)).unwrap();
    assert_eq!(md.streams().len(), 6);
}

#[test]
fn every_truncation_fails_cleanly() {
    let mut b = simple();
    b.uncompressed = true;
    b.row(TableId::FieldPtr, &[2]);
    b.row(TableId::FieldPtr, &[1]);
    let good = b.build();
    for len in 0..good.len() {
        let Ok(md) = Metadata::parse(Bytes::new(&good[..len])) else { continue };
        for t in TableId::ALL {
            for rid in 1..=md.row_count(t) {
                let _ = md.check_row(t, rid);
            }
        }
        for ty in md.rids::<TypeDefRid>() {
            if let Ok(f) = md.type_fields(ty) {
                for f in f {
                    let _ = md.field(f).and_then(|f| md.string(f.name));
                }
            }
        }
    }
}

#[test]
fn metadata_is_shareable_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Metadata<'static>>();
    assert_send_sync::<il::MethodBody<'static>>();
}

#[test]
fn ptr_tables_for_params_events_and_properties() {
    let mut b = simple();
    b.uncompressed = true;
    let p2 = b.string("y");
    b.row(TableId::Param, &[0, 2, p2]);
    // m2's params go through ParamPtr in reverse order.
    b.row(TableId::ParamPtr, &[2]);
    b.row(TableId::ParamPtr, &[1]);
    let (e, p) = (b.string("E"), b.string("P"));
    let psig = b.blob(&[0x08, 0, 0x08]);
    b.row(TableId::Event, &[0, e, 0]);
    b.row(TableId::Event, &[0, e, 0]);
    b.row(TableId::EventPtr, &[2]);
    b.row(TableId::EventPtr, &[1]);
    b.row(TableId::EventMap, &[2, 1]);
    b.row(TableId::Property, &[0, p, psig]);
    b.row(TableId::PropertyPtr, &[1]);
    b.row(TableId::PropertyMap, &[2, 1]);
    b.row(TableId::MethodSemantics, &[2, 1, HasSemantics::Property(PropertyRid(1)).raw()]);
    let bytes = b.build();
    let md = Metadata::parse(Bytes::new(&bytes)).unwrap();
    assert_eq!(md.method_params(MethodDefRid(2)).unwrap().collect::<Vec<_>>(), vec![ParamRid(2), ParamRid(1)]);
    assert_eq!(md.param_method(ParamRid(2)).unwrap(), Some(MethodDefRid(2)));
    assert_eq!(md.type_events(TypeDefRid(2)).unwrap().collect::<Vec<_>>(), vec![EventRid(2), EventRid(1)]);
    assert!(md.type_events(TypeDefRid(1)).unwrap().is_empty());
    assert_eq!(md.event_declaring_type(EventRid(1)).unwrap(), Some(TypeDefRid(2)));
    assert_eq!(md.type_properties(TypeDefRid(2)).unwrap().collect::<Vec<_>>(), vec![PropertyRid(1)]);
    assert_eq!(md.property_declaring_type(PropertyRid(1)).unwrap(), Some(TypeDefRid(2)));
    let sem: Vec<_> = md.method_semantics_of(HasSemantics::Property(PropertyRid(1))).collect();
    assert_eq!(md.method_semantics(sem[0]).unwrap().method, MethodDefRid(1));
    assert_eq!(md.names().render(|n, o| n.property(o, PropertyRid(1))).unwrap(), "N.C.P");
}

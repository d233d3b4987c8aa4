//! Loader unit tests against the embedded corelib shim (skipped when the build had no .NET
//! SDK and the shim is not embedded).

use std::path::PathBuf;

use super::methods::{DataOnlyStubs, MethodId};
use super::types::{Category, TypeKey};
use super::{Loader, TypeId};

fn loader() -> Option<Loader> {
    let (path, image) = crate::runtime::corelib_image().ok()?;
    Some(Loader::new(path, image, PathBuf::from("."), Box::new(DataOnlyStubs::default())).expect("the corelib shim loads"))
}

fn corelib(l: &mut Loader, ns: &str, name: &str) -> TypeId {
    let t = l.corelib_type(ns, name).expect("corelib type");
    l.ensure_ready(t).expect("ready");
    t
}

#[test]
fn first_array_type_does_not_share_system_array_id() {
    let Some(mut l) = loader() else { return };
    let object = l.corelib_type("System", "Object").unwrap();
    let arr = l.sz_array(object).unwrap();
    let array = l.corelib_type("System", "Array").unwrap();
    assert_ne!(arr, array);
    assert_eq!(l.ty(arr).category, Category::Array);
    assert_eq!(l.ty(arr).element, Some(object));
    assert_eq!(l.type_of(TypeKey::SzArray(object)).unwrap(), arr);
}

#[test]
fn open_generic_definition_is_instantiated_over_its_parameters() {
    let Some(mut l) = loader() else { return };
    let cl = l.corelib;
    let (_, rid) = l.find_type_def(cl, "System.Collections.Generic", "GenericEqualityComparer`1").unwrap().unwrap();
    let open = l.type_of(TypeKey::Def { asm: l.corelib, rid, inst: Vec::new() }).unwrap();
    l.ensure_ready(open).expect("an open definition loads (its parent mentions !0)");
    assert!(l.is_generic_definition(open));
    assert!(l.contains_generic_params(open));
    let TypeKey::Def { inst, .. } = l.ty(open).key.clone() else { panic!() };
    assert_eq!(l.ty(inst[0]).category, Category::GenericParam);
    assert_eq!(l.ty(inst[0]).name, "T");
    let int = corelib(&mut l, "System", "Int32");
    let closed = l.type_of(TypeKey::Def { asm: l.corelib, rid, inst: vec![int] }).unwrap();
    assert!(!l.is_generic_definition(closed));
    assert!(!l.contains_generic_params(closed));
}

#[test]
fn inline_array_repeats_its_field() {
    let Some(mut l) = loader() else { return };
    let (_, rid) = l.find_type_def(l.corelib, "System.Runtime.CompilerServices", "InlineArray4`1").unwrap().unwrap();
    let object = corelib(&mut l, "System", "Object");
    let t = l.type_of(TypeKey::Def { asm: l.corelib, rid, inst: vec![object] }).unwrap();
    l.ensure_laid_out(t).unwrap();
    assert_eq!(l.ty(t).size, 32);
    assert_eq!(l.ty(t).gc_slots, vec![0, 8, 16, 24]);
    let byte = corelib(&mut l, "System", "Byte");
    let b = l.type_of(TypeKey::Def { asm: l.corelib, rid, inst: vec![byte] }).unwrap();
    l.ensure_laid_out(b).unwrap();
    assert_eq!(l.ty(b).size, 4);
}

#[test]
fn message_names_use_brackets_for_generic_arguments() {
    let Some(mut l) = loader() else { return };
    let (_, rid) = l.find_type_def(l.corelib, "System", "Nullable`1").unwrap().unwrap();
    let int = corelib(&mut l, "System", "Int32");
    let n = l.type_of(TypeKey::Def { asm: l.corelib, rid, inst: vec![int] }).unwrap();
    assert_eq!(l.message_name(n), "System.Nullable`1[System.Int32]");
    let arr = l.type_of(TypeKey::Array(int, 2)).unwrap();
    assert_eq!(l.message_name(arr), "System.Int32[,]");
}

#[test]
fn primitive_arrays_cast_up_to_signedness() {
    let Some(mut l) = loader() else { return };
    let (int, uint, long, chr, ushort) = (
        corelib(&mut l, "System", "Int32"),
        corelib(&mut l, "System", "UInt32"),
        corelib(&mut l, "System", "Int64"),
        corelib(&mut l, "System", "Char"),
        corelib(&mut l, "System", "UInt16"),
    );
    let a = |l: &mut Loader, e| l.sz_array(e).unwrap();
    let (ai, au, al, ac, aus) = (a(&mut l, int), a(&mut l, uint), a(&mut l, long), a(&mut l, chr), a(&mut l, ushort));
    use crate::runtime::casting::assignable;
    assert!(assignable(&mut l, au, ai));
    assert!(assignable(&mut l, ai, au));
    assert!(!assignable(&mut l, al, ai));
    assert!(!assignable(&mut l, aus, ac));
}

/// The first method of `t`'s definition named `name`, in `t`'s instantiation.
fn method_named(l: &mut Loader, t: TypeId, name: &str) -> MethodId {
    let (asm, rid, _) = l.def_of(t).expect("a definition");
    for r in l.def_methods(asm, rid).unwrap() {
        let md = l.assemblies[asm.0 as usize].md();
        if md.string(md.method_def(r).unwrap().name).unwrap() == name {
            return l.method_of(t, r, Vec::new()).unwrap();
        }
    }
    panic!("no method {name}");
}

#[test]
fn static_virtuals_resolve_to_the_type_or_the_interface_default() {
    let Some(mut l) = loader() else { return };
    let int = corelib(&mut l, "System", "Int32");
    let instantiate = |l: &mut Loader, ns: &str, name: &str| {
        let (_, rid) = l.find_type_def(l.corelib, ns, name).unwrap().unwrap();
        let t = l.type_of(TypeKey::Def { asm: l.corelib, rid, inst: vec![int] }).unwrap();
        l.ensure_ready(t).unwrap();
        t
    };
    let number_base = instantiate(&mut l, "System.Numerics", "INumberBase`1");
    let number = instantiate(&mut l, "System.Numerics", "INumber`1");
    let utf8 = instantiate(&mut l, "System", "IUtf8SpanParsable`1");
    // Implemented implicitly by a public static method of the type.
    let abs = method_named(&mut l, number_base, "Abs");
    let imp = l.resolve_static_virtual(int, abs).unwrap().unwrap();
    assert_eq!((l.method(imp).owner, l.method(imp).simple_name.as_str()), (int, "Abs"));
    let parse = method_named(&mut l, utf8, "Parse");
    let imp = l.resolve_static_virtual(int, parse).unwrap().unwrap();
    assert_eq!((l.method(imp).owner, l.method(imp).simple_name.as_str()), (int, "Parse"));
    // Implemented explicitly (a MethodImpl).
    let is_zero = method_named(&mut l, number_base, "IsZero");
    let imp = l.resolve_static_virtual(int, is_zero).unwrap().unwrap();
    assert_eq!(l.method(imp).owner, int);
    assert!(l.method(imp).simple_name.ends_with(".IsZero"), "{}", l.method(imp).simple_name);
    // Not implemented by Int32: INumber<int>'s default body.
    let max_native = method_named(&mut l, number, "MaxNative");
    assert_eq!(l.resolve_static_virtual(int, max_native).unwrap(), Some(max_native));
}

//! Internal calls and intrinsics: the host's half of the corelib shim's contract
//! (`corelib-shim/README.md`, "Contract with the host").
//!
//! * **Internal calls** are the `[MethodImpl(InternalCall)] extern` methods of
//!   `Internal.Runtime.RuntimeImports`, `SystemImports` and `MathImports`. Each maps by name
//!   to a native function below with the managed (SysV) signature, and a call to one is a
//!   direct call.
//! * **Intrinsics** are the bodyless `System.Runtime.CompilerServices.Unsafe` methods; the
//!   JIT expands them inline (`env::Intrinsic`).
//! * String constructors become calls to the shim's static `String.Ctor` factories, the
//!   generic interfaces of `T[]` dispatch to `SZArrayHelper`, and a `void Main`'s exit code
//!   is `Environment.ExitCode`.

use std::io::{Read, Write};
use std::sync::OnceLock;

use r2rhost_codegen::env::{AddressCmp, Intrinsic, TypeRef};
use r2rhost_image::metadata::flags::MethodImplAttributes;

use super::memory::{read_u32, read_u64, write_u32, write_u64};
use super::objects::{self, mt_of, mt_type_id, new_string, string_value};
use super::{fatal, fatal_unhandled, runtime};
use crate::loader::types::{Category, FieldStorage, TypeKey};
use crate::loader::{Failure, Loader, MethodId, TypeId, fail};

fn or_throw<T>(r: Result<T, Failure>) -> T {
    r.unwrap_or_else(|f| fatal_unhandled(&f))
}

/// Native code for an internal call, or `None` for a method with IL. Fails for an internal
/// call this host does not implement.
pub fn lookup(l: &mut Loader, m: MethodId) -> Result<Option<u64>, Failure> {
    let d = l.method(m);
    if !d.impl_flags.contains(MethodImplAttributes::INTERNAL_CALL) {
        return Ok(None);
    }
    let owner = l.ty(d.owner).name.clone();
    let name = d.simple_name.clone();
    let f: Option<usize> = match owner.as_str() {
        "Internal.Runtime.RuntimeImports" => runtime_import(&name),
        "Internal.Runtime.SystemImports" => system_import(&name),
        "Internal.Runtime.MathImports" => math_import(&name),
        _ => None,
    };
    match f {
        Some(f) => Ok(Some(f as u64)),
        None if intrinsic(l, m).is_some() => Ok(None),
        None => Err(fail::missing_method(&format!("{owner}.{name} (an internal call r2rhost does not implement)"))),
    }
}

/// The inline expansion of an intrinsic method, if `m` is one.
pub fn intrinsic(l: &mut Loader, m: MethodId) -> Option<Intrinsic> {
    let d = l.method(m);
    if !d.impl_flags.contains(MethodImplAttributes::INTERNAL_CALL) {
        return None;
    }
    if l.ty(d.owner).name != "System.Runtime.CompilerServices.Unsafe" {
        return None;
    }
    let name = d.simple_name.clone();
    let inst = d.inst.clone();
    let size_of = |l: &mut Loader, t: TypeId| -> u32 {
        if l.ensure_ready(t).is_err() {
            return 8;
        }
        let td = l.ty(t);
        if td.kind == r2rhost_codegen::env::ValueKind::Object { 8 } else { td.size }
    };
    let t0 = inst.first().copied();
    let first_param_is_pointer = d.params.first().is_some_and(|p| l.ty(*p).category == Category::Pointer);
    let ready = |l: &mut Loader, t: TypeId| -> TypeRef {
        let _ = l.ensure_ready(t);
        TypeRef(t.0)
    };
    Some(match name.as_str() {
        "As" | "AsRef" | "AsPointer" => Intrinsic::Identity,
        "SizeOf" => Intrinsic::Constant(i64::from(size_of(l, t0?))),
        "Add" => Intrinsic::AddElements(size_of(l, t0?)),
        "Subtract" => Intrinsic::SubtractElements(size_of(l, t0?)),
        "AddByteOffset" => Intrinsic::AddBytes,
        "SubtractByteOffset" => Intrinsic::SubtractBytes,
        "ByteOffset" => Intrinsic::ByteOffset,
        "AreSame" => Intrinsic::AreSame,
        "IsAddressGreaterThan" => Intrinsic::AddressCompare(AddressCmp::Greater),
        "IsAddressGreaterThanOrEqualTo" => Intrinsic::AddressCompare(AddressCmp::GreaterOrEqual),
        "IsAddressLessThan" => Intrinsic::AddressCompare(AddressCmp::Less),
        "IsAddressLessThanOrEqualTo" => Intrinsic::AddressCompare(AddressCmp::LessOrEqual),
        "IsNullRef" => Intrinsic::IsNullRef,
        "NullRef" => Intrinsic::NullRef,
        "Read" | "ReadUnaligned" => Intrinsic::Read(ready(l, t0?)),
        "Write" | "WriteUnaligned" => Intrinsic::Write(ready(l, t0?)),
        "Copy" => {
            let _ = first_param_is_pointer;
            Intrinsic::CopyValue(ready(l, t0?))
        }
        "CopyBlock" | "CopyBlockUnaligned" => Intrinsic::CopyBlock,
        "InitBlock" | "InitBlockUnaligned" => Intrinsic::InitBlock,
        "SkipInit" => Intrinsic::SkipInit,
        "Unbox" => Intrinsic::UnboxRaw,
        "BitCast" => Intrinsic::BitCast(ready(l, t0?), ready(l, *inst.get(1)?)),
        _ => return None,
    })
}

/// The static `String.Ctor(...)` factory matching the string constructor `ctor`.
pub fn string_factory(l: &mut Loader, ctor: MethodId) -> Result<MethodId, Failure> {
    let d = l.method(ctor);
    let (owner, params) = (d.owner, d.params.clone());
    let Some((asm, rid, _)) = l.def_of(owner) else { return Err(fail::missing_method("System.String.Ctor")) };
    for mrid in l.def_methods(asm, rid)? {
        let md = l.assemblies[asm.0 as usize].md();
        let row = md.method_def(mrid).map_err(crate::loader::bad)?;
        if !row.flags.is_static() || md.string(row.name).map_err(crate::loader::bad)? != "Ctor" {
            continue;
        }
        let m = l.method_of(owner, mrid, Vec::new())?;
        if l.method(m).params == params {
            return Ok(m);
        }
    }
    let name = l.method(ctor).name.clone();
    Err(fail::missing_method(&format!("{name}: no matching String.Ctor factory in the corelib")))
}

/// What a `RuntimeFieldHandle` wraps: the address of `[data address, data size]` for the
/// field (RVA data for fields with an RVA, the static storage otherwise).
pub fn field_handle(l: &mut Loader, owner: TypeId, index: usize) -> Result<u64, Failure> {
    l.ensure_laid_out(owner)?;
    let f = l.ty(owner).fields[index].clone();
    let size = {
        l.ensure_laid_out(f.ty)?;
        u64::from(l.ty(f.ty).size)
    };
    let addr = match f.storage {
        FieldStorage::Rva(a) => a,
        FieldStorage::NonGc(off) => l.ty(owner).statics_nongc + u64::from(off),
        _ => 0,
    };
    let block: &'static mut [u64; 2] = Box::leak(Box::new([addr, size]));
    Ok(block.as_ptr() as u64)
}

/// The implementation of interface method `slot` of `itf` on the SZ array type `array`:
/// the `SZArrayHelper` method of the same name, instantiated over the element type.
pub fn array_interface_method(l: &mut Loader, array: TypeId, itf: TypeId, slot: usize) -> Result<Option<MethodId>, Failure> {
    let Some(elem) = l.ty(array).element else { return Ok(None) };
    let methods = l.interface_methods(itf)?;
    let Some(m) = methods.get(slot).copied() else { return Ok(None) };
    let wanted = l.method(m).simple_name.clone();
    let wanted = wanted.rsplit('.').next().unwrap_or(&wanted).to_string();
    let helper = l.corelib_type("System", "SZArrayHelper")?;
    let Some((asm, rid, _)) = l.def_of(helper) else { return Ok(None) };
    for mrid in l.def_methods(asm, rid)? {
        let md = l.assemblies[asm.0 as usize].md();
        let row = md.method_def(mrid).map_err(crate::loader::bad)?;
        if md.string(row.name).map_err(crate::loader::bad)? == wanted {
            return Ok(Some(l.method_of(helper, mrid, vec![elem])?));
        }
    }
    Ok(None)
}

/// An exception object's type name and message (its `_message` field).
pub fn exception_text(obj: u64) -> (String, String) {
    let mut st = runtime().state();
    let t = mt_type_id(mt_of(obj));
    let name = st.loader.ty(t).name.clone();
    let mut message = String::new();
    let mut cur = Some(t);
    while let Some(c) = cur {
        if st.loader.ensure_laid_out(c).is_err() {
            break;
        }
        if let Some(f) = st.loader.ty(c).fields.iter().find(|f| f.name == "_message")
            && let FieldStorage::Instance(off) = f.storage
        {
            message = string_value(read_u64(obj + 8 + u64::from(off)));
            break;
        }
        cur = st.loader.ty(c).parent;
    }
    (name, message)
}

/// The exit code of a program whose `Main` returns void: `Environment.ExitCode`.
pub fn exit_code() -> i32 {
    let rt = runtime();
    let getter = {
        let mut st = rt.state();
        let Ok(env) = st.loader.corelib_type("System", "Environment") else { return 0 };
        let Some((asm, rid, _)) = st.loader.def_of(env) else { return 0 };
        let mut found = None;
        for mrid in st.loader.def_methods(asm, rid).unwrap_or_default() {
            let md = st.loader.assemblies[asm.0 as usize].md();
            if md.method_def(mrid).ok().and_then(|r| md.string(r.name).ok()) == Some("get_ExitCode") {
                found = st.loader.method_of(env, mrid, Vec::new()).ok();
            }
        }
        found
    };
    let Some(g) = getter else { return 0 };
    let code = rt.prepare(g).unwrap_or_else(|f| fatal_unhandled(&f));
    // SAFETY: JIT'd code of `static int get_ExitCode()`: no arguments, int32 result.
    let f: extern "C" fn() -> i32 = unsafe { std::mem::transmute(code as usize) };
    f()
}

// ---------------------------------------------------------------------------------------
// RuntimeImports

fn runtime_import(name: &str) -> Option<usize> {
    Some(match name {
        "NewString" => new_string_icall as *const () as usize,
        "NewArray" => new_array as *const () as usize,
        "NewMDArray" => new_md_array as *const () as usize,
        "NewObject" => new_object as *const () as usize,
        "CreateInstanceDefaultCtor" => create_instance as *const () as usize,
        "MemberwiseClone" => memberwise_clone as *const () as usize,
        "Memmove" | "BulkMoveWithWriteBarrier" => memmove as *const () as usize,
        "ZeroMemory" => zero_memory as *const () as usize,
        "GetTypeFlags" => get_type_flags as *const () as usize,
        "GetBaseType" => get_base_type as *const () as usize,
        "GetElementType" => get_element_type as *const () as usize,
        "GetValueSize" => get_value_size as *const () as usize,
        "GetTypeName" => get_type_name as *const () as usize,
        "GetTypeNamespace" => get_type_namespace as *const () as usize,
        "GetDeclaringType" => get_declaring_type as *const () as usize,
        "GetGenericArgumentCount" => get_generic_argument_count as *const () as usize,
        "GetGenericArgument" => get_generic_argument as *const () as usize,
        "GetGenericTypeDefinition" => get_generic_type_definition as *const () as usize,
        "MakeGenericType" => make_generic_type as *const () as usize,
        "MakeArrayType" => make_array_type as *const () as usize,
        "IsAssignableFrom" => is_assignable_from as *const () as usize,
        "GetTypeObject" => get_type_object as *const () as usize,
        "GetEnumFieldCount" => get_enum_field_count as *const () as usize,
        "GetEnumFieldName" => get_enum_field_name as *const () as usize,
        "GetEnumFieldValue" => get_enum_field_value as *const () as usize,
        "GetInstanceField" => get_instance_field as *const () as usize,
        "GetFieldRvaData" => get_field_rva_data as *const () as usize,
        "MonitorEnter" | "MonitorExit" => monitor_noop as *const () as usize,
        "InterlockedCompareExchange32" => cas32 as *const () as usize,
        "InterlockedCompareExchange64" => cas64 as *const () as usize,
        "InterlockedCompareExchangeObject" => cas_object as *const () as usize,
        "MemoryBarrier" => memory_barrier as *const () as usize,
        "FailFast" => fail_fast as *const () as usize,
        "InternString" => intern_string as *const () as usize,
        _ => return None,
    })
}

extern "C" fn new_string_icall(len: i32) -> u64 {
    if len < 0 {
        fatal_unhandled(&Failure { exception: "System.OutOfMemoryException", message: "Insufficient memory to continue the execution of the program.".into() });
    }
    let chars = vec![0u16; len as usize];
    or_throw(new_string(&chars))
}

extern "C" fn new_array(mt: u64, len: i32) -> u64 {
    or_throw(objects::alloc_array(mt, i64::from(len)))
}

extern "C" fn new_md_array(mt: u64, rank: i32, lengths: u64) -> u64 {
    let lens: Vec<i32> = (0..rank.max(0) as u64).map(|i| read_u32(lengths + 4 * i) as i32).collect();
    or_throw(objects::alloc_md_array(mt, &lens))
}

extern "C" fn new_object(mt: u64) -> u64 {
    or_throw(objects::alloc_object(mt))
}

extern "C" fn create_instance(mt: u64) -> u64 {
    let rt = runtime();
    let (ctor, is_value) = {
        let mut st = rt.state();
        let t = mt_type_id(mt);
        let d = st.loader.ty(t);
        let is_value = matches!(d.category, Category::Struct | Category::Enum | Category::Primitive);
        if matches!(d.category, Category::Interface) || d.flags.0 & r2rhost_image::metadata::flags::TypeAttributes::ABSTRACT != 0 {
            let name = d.name.clone();
            drop(st);
            fatal_unhandled(&Failure { exception: "System.MissingMethodException", message: format!("Cannot create an instance of {name} because it is an abstract class.") });
        }
        let mut found = None;
        if !is_value && let Some((asm, rid, _)) = st.loader.def_of(t) {
            for mrid in st.loader.def_methods(asm, rid).unwrap_or_default() {
                let md = st.loader.assemblies[asm.0 as usize].md();
                let Ok(row) = md.method_def(mrid) else { continue };
                if md.string(row.name).ok() == Some(".ctor") && !row.flags.is_static() {
                    let m = st.loader.method_of(t, mrid, Vec::new()).unwrap_or_else(|f| fatal_unhandled(&f));
                    if st.loader.method(m).params.is_empty() {
                        found = Some(m);
                    }
                }
            }
        }
        (found, is_value)
    };
    let obj = or_throw(objects::alloc_object(mt));
    if is_value {
        return obj;
    }
    let Some(ctor) = ctor else {
        let name = { runtime().state().loader.ty(mt_type_id(mt)).name.clone() };
        fatal_unhandled(&Failure { exception: "System.MissingMethodException", message: format!("Cannot dynamically create an instance of type '{name}'. Reason: No parameterless constructor defined.") });
    };
    let code = rt.prepare(ctor).unwrap_or_else(|f| fatal_unhandled(&f));
    // SAFETY: JIT'd code of a parameterless instance constructor: `this` in rdi, no result.
    let f: extern "C" fn(u64) = unsafe { std::mem::transmute(code as usize) };
    f(obj);
    obj
}

extern "C" fn memberwise_clone(obj: u64) -> u64 {
    let mt = mt_of(obj);
    let mut size = u64::from(objects::mt_base_size(mt));
    let comp = u64::from(objects::mt_component_size(mt));
    if comp != 0 {
        size += comp * u64::from(read_u32(obj + 8)) + if objects::mt_flags(mt) & crate::loader::types::mt_flags::STRING != 0 { comp } else { 0 };
    }
    let copy = runtime().heap.alloc(size).unwrap_or_else(|| fatal("out of memory"));
    super::memory::move_bytes(copy, obj, (size - 8) as usize);
    copy
}

extern "C" fn memmove(dst: u64, src: u64, len: u64) {
    super::memory::move_bytes(dst, src, len as usize);
}

extern "C" fn zero_memory(dst: u64, len: u64) {
    super::memory::fill_bytes(dst, 0, len as usize);
}

fn with_type<R>(mt: u64, f: impl FnOnce(&mut Loader, TypeId) -> R) -> R {
    let mut st = runtime().state();
    let t = mt_type_id(mt);
    f(&mut st.loader, t)
}

fn cor_element_type(l: &Loader, t: TypeId) -> u32 {
    use r2rhost_codegen::env::ValueKind as K;
    let d = l.ty(t);
    match d.category {
        Category::String => 0x0e,
        Category::Object => 0x1c,
        Category::Array => if d.rank == 0 { 0x1d } else { 0x14 },
        Category::Pointer => if matches!(d.key, TypeKey::FnPtr) { 0x1b } else { 0x0f },
        Category::ByRef => 0x10,
        Category::Void => 0x01,
        Category::GenericParam => 0x13,
        Category::Struct => 0x11,
        Category::Class | Category::Interface => 0x12,
        Category::Primitive | Category::Enum => match d.kind {
            K::Bool => 0x02,
            K::Char => 0x03,
            K::I1 => 0x04,
            K::U1 => 0x05,
            K::I2 => 0x06,
            K::U2 => 0x07,
            K::I4 => 0x08,
            K::U4 => 0x09,
            K::I8 => 0x0a,
            K::U8 => 0x0b,
            K::R4 => 0x0c,
            K::R8 => 0x0d,
            K::I => 0x18,
            K::U => 0x19,
            _ => 0x11,
        },
    }
}

extern "C" fn get_type_flags(mt: u64) -> i32 {
    with_type(mt, |l, t| {
        let _ = l.ensure_ready(t);
        let d = l.ty(t);
        let mut f = cor_element_type(l, t) | (d.rank << 8);
        let is_value = matches!(d.category, Category::Struct | Category::Enum | Category::Primitive);
        let ta = d.flags.0;
        if is_value {
            f |= 1 << 16;
        }
        if d.category == Category::Interface {
            f |= 1 << 17;
        }
        if ta & 0x80 != 0 {
            f |= 1 << 18;
        }
        if ta & 0x100 != 0 || is_value || d.category == Category::Array {
            f |= 1 << 19;
        }
        if d.category == Category::Enum {
            f |= 1 << 20;
        }
        if d.info.as_ref().is_some_and(|i| i.nullable.is_some()) {
            f |= 1 << 21;
        }
        if l.is_generic_definition(t) {
            f |= 1 << 23;
        } else if let TypeKey::Def { inst, .. } = &d.key
            && !inst.is_empty()
        {
            f |= 1 << 22;
        }
        if d.category == Category::GenericParam {
            f |= 1 << 28;
        }
        if !d.gc_slots.is_empty() || (d.category == Category::Array && d.element.is_some_and(|e| l.is_reference(e))) {
            f |= 1 << 24;
        }
        if d.flags.is_nested() {
            f |= 1 << 29;
        }
        if d.category == Category::Primitive {
            f |= 1 << 30;
        }
        if d.category == Category::Enum && has_flags_attribute(l, t) {
            f |= 1 << 26;
        }
        let mut p = d.parent;
        while let Some(pp) = p {
            if l.ty(pp).name == "System.MulticastDelegate" {
                f |= 1 << 27;
                break;
            }
            p = l.ty(pp).parent;
        }
        f as i32
    })
}

fn has_flags_attribute(l: &Loader, t: TypeId) -> bool {
    let Some((asm, rid, _)) = l.def_of(t) else { return false };
    let md = l.assemblies[asm.0 as usize].md();
    md.custom_attributes_of(r2rhost_image::metadata::coded::HasCustomAttribute::TypeDef(rid))
        .any(|ca| md.custom_attribute_type_name(ca).is_ok_and(|n| n.namespace == "System" && n.name == "FlagsAttribute"))
}

extern "C" fn get_base_type(mt: u64) -> u64 {
    with_type(mt, |l, t| {
        if l.ty(t).category == Category::Interface {
            return 0;
        }
        match l.ty(t).parent {
            Some(p) => {
                let _ = l.ensure_ready(p);
                l.ty(p).mt
            }
            None => 0,
        }
    })
}

extern "C" fn get_element_type(mt: u64) -> u64 {
    with_type(mt, |l, t| {
        let d = l.ty(t);
        let e = match d.category {
            Category::Array | Category::Pointer | Category::ByRef | Category::Enum => d.element,
            _ => d.info.as_ref().and_then(|i| i.nullable).map(|(n, _)| TypeId(n.0)),
        };
        match e {
            Some(e) => {
                let _ = l.ensure_ready(e);
                l.ty(e).mt
            }
            None => 0,
        }
    })
}

extern "C" fn get_value_size(mt: u64) -> i32 {
    with_type(mt, |l, t| if l.is_reference(t) { 8 } else { l.ty(t).size as i32 })
}

extern "C" fn get_type_name(mt: u64) -> u64 {
    let name = with_type(mt, |l, t| match l.def_of(t) {
        Some((asm, rid, _)) => {
            let md = l.assemblies[asm.0 as usize].md();
            md.type_def(rid).ok().and_then(|r| md.string(r.name).ok()).map(str::to_string)
        }
        None if l.ty(t).category == Category::GenericParam => Some(l.ty(t).name.clone()),
        None => None,
    });
    match name {
        Some(n) => or_throw(new_string(&n.encode_utf16().collect::<Vec<_>>())),
        None => 0,
    }
}

extern "C" fn get_type_namespace(mt: u64) -> u64 {
    let ns = with_type(mt, |l, t| match l.def_of(t) {
        Some((asm, rid, _)) => {
            let md = l.assemblies[asm.0 as usize].md();
            md.type_def(rid).ok().and_then(|r| md.string(r.namespace).ok()).map(str::to_string)
        }
        None => None,
    });
    match ns {
        Some(n) => or_throw(new_string(&n.encode_utf16().collect::<Vec<_>>())),
        None => 0,
    }
}

extern "C" fn get_declaring_type(mt: u64) -> u64 {
    with_type(mt, |l, t| {
        let Some((asm, rid, _)) = l.def_of(t) else { return 0 };
        let md = l.assemblies[asm.0 as usize].md();
        match md.enclosing_class(rid) {
            Ok(Some(outer)) => match l.type_of(TypeKey::Def { asm, rid: outer, inst: Vec::new() }) {
                Ok(o) => {
                    let _ = l.ensure_ready(o);
                    l.ty(o).mt
                }
                Err(_) => 0,
            },
            _ => 0,
        }
    })
}

extern "C" fn get_generic_argument_count(mt: u64) -> i32 {
    with_type(mt, |l, t| l.def_of(t).map(|(_, _, i)| i.len() as i32).unwrap_or(0))
}

extern "C" fn get_generic_argument(mt: u64, index: i32) -> u64 {
    with_type(mt, |l, t| {
        let Some(a) = l.def_of(t).and_then(|(_, _, i)| i.get(index.max(0) as usize).copied()) else { return 0 };
        let _ = l.ensure_ready(a);
        l.ty(a).mt
    })
}

extern "C" fn get_generic_type_definition(mt: u64) -> u64 {
    with_type(mt, |l, t| {
        let Some((asm, rid, inst)) = l.def_of(t) else { return 0 };
        if inst.is_empty() {
            return 0;
        }
        // Open definitions are represented by the uninstantiated definition.
        match l.type_of(TypeKey::Def { asm, rid, inst: Vec::new() }) {
            Ok(d) => {
                let _ = l.ensure_laid_out(d);
                let _ = l.ensure_ready(d);
                l.ty(d).mt
            }
            Err(_) => 0,
        }
    })
}

extern "C" fn make_generic_type(def_mt: u64, args: u64, count: i32) -> u64 {
    let arg_mts: Vec<u64> = (0..count.max(0) as u64).map(|i| read_u64(args + 8 * i)).collect();
    with_type(def_mt, |l, t| {
        let Some((asm, rid, _)) = l.def_of(t) else { return 0 };
        let inst: Vec<TypeId> = arg_mts.iter().filter_map(|m| l.type_of_mt(*m)).collect();
        if inst.len() != arg_mts.len() {
            return 0;
        }
        match l.type_of(TypeKey::Def { asm, rid, inst }) {
            Ok(g) => match l.ensure_ready(g) {
                Ok(()) => l.ty(g).mt,
                Err(_) => 0,
            },
            Err(_) => 0,
        }
    })
}

extern "C" fn make_array_type(elem_mt: u64, rank: i32) -> u64 {
    with_type(elem_mt, |l, e| {
        let key = if rank <= 0 { TypeKey::SzArray(e) } else { TypeKey::Array(e, rank as u32) };
        match l.type_of(key).and_then(|a| l.ensure_ready(a).map(|()| a)) {
            Ok(a) => l.ty(a).mt,
            Err(_) => 0,
        }
    })
}

extern "C" fn is_assignable_from(target: u64, source: u64) -> bool {
    if target == 0 || source == 0 {
        return false;
    }
    super::helpers::is_assignable(target, source)
}

/// The `System.RuntimeType` object of a MethodTable (unique, never collected).
extern "C" fn get_type_object(mt: u64) -> u64 {
    if mt == 0 {
        return 0;
    }
    static RUNTIME_TYPE_MT: OnceLock<u64> = OnceLock::new();
    let rt_mt = *RUNTIME_TYPE_MT.get_or_init(|| {
        let mut st = runtime().state();
        let t = st.loader.corelib_type("System", "RuntimeType").unwrap_or_else(|f| fatal_unhandled(&f));
        st.loader.ensure_ready(t).unwrap_or_else(|f| fatal_unhandled(&f));
        st.loader.ty(t).mt
    });
    if let Some(o) = runtime().state().type_objects.get(&mt) {
        return *o;
    }
    let obj = or_throw(objects::alloc_object(rt_mt));
    write_u64(obj + 8, mt);
    runtime().state().type_objects.insert(mt, obj);
    obj
}

fn enum_literals(l: &mut Loader, t: TypeId) -> Vec<(String, u64)> {
    let Some((asm, rid, _)) = l.def_of(t) else { return Vec::new() };
    let md = l.assemblies[asm.0 as usize].md();
    let mut out = Vec::new();
    let Ok(fields) = md.type_fields(rid) else { return out };
    for f in fields {
        let Ok(row) = md.field(f) else { continue };
        if !row.flags.is_literal() {
            continue;
        }
        let name = md.string(row.name).unwrap_or("").to_string();
        let value = md
            .constant_of(r2rhost_image::metadata::coded::HasConstant::Field(f))
            .and_then(|c| md.constant(c).ok())
            .and_then(|c| md.blob(c.value).ok())
            .map(|b| {
                let mut v = [0u8; 8];
                let d = b.data();
                let n = d.len().min(8);
                v[..n].copy_from_slice(&d[..n]);
                u64::from_le_bytes(v)
            })
            .unwrap_or(0);
        out.push((name, value));
    }
    out
}

extern "C" fn get_enum_field_count(mt: u64) -> i32 {
    with_type(mt, |l, t| enum_literals(l, t).len() as i32)
}

extern "C" fn get_enum_field_name(mt: u64, index: i32) -> u64 {
    let name = with_type(mt, |l, t| enum_literals(l, t).get(index.max(0) as usize).map(|(n, _)| n.clone()));
    match name {
        Some(n) => or_throw(new_string(&n.encode_utf16().collect::<Vec<_>>())),
        None => 0,
    }
}

extern "C" fn get_enum_field_value(mt: u64, index: i32) -> u64 {
    with_type(mt, |l, t| {
        let size = {
            let _ = l.ensure_laid_out(t);
            l.ty(t).size
        };
        let v = enum_literals(l, t).get(index.max(0) as usize).map(|(_, v)| *v).unwrap_or(0);
        if size >= 8 { v } else { v & ((1u64 << (size * 8)) - 1) }
    })
}

extern "C" fn get_instance_field(mt: u64, index: i32, offset: u64) -> u64 {
    with_type(mt, |l, t| {
        let _ = l.ensure_laid_out(t);
        let fields: Vec<_> = l.ty(t).fields.iter().filter(|f| matches!(f.storage, FieldStorage::Instance(_))).cloned().collect();
        let Some(f) = fields.get(index.max(0) as usize) else { return 0 };
        if let FieldStorage::Instance(off) = f.storage {
            write_u32(offset, off);
        }
        let _ = l.ensure_ready(f.ty);
        l.ty(f.ty).mt
    })
}

extern "C" fn get_field_rva_data(handle: u64, size: u64) -> u64 {
    if handle == 0 {
        fatal_unhandled(&Failure { exception: "System.ArgumentException", message: "The field has no RVA data.".into() });
    }
    write_u32(size, read_u64(handle + 8) as u32);
    read_u64(handle)
}

/// `string.Intern`/`IsInterned`: the literal table is the runtime's (`State::strings`).
extern "C" fn intern_string(s: u64, add: bool) -> u64 {
    let chars = objects::string_chars(s).to_vec();
    let mut st = runtime().state();
    match st.strings.get(&chars) {
        Some(interned) => *interned,
        None if add => {
            st.strings.insert(chars, s);
            s
        }
        None => 0,
    }
}

extern "C" fn monitor_noop(_obj: u64) {}

extern "C" fn cas32(loc: u64, value: i32, comparand: i32) -> i32 {
    // SAFETY: managed code passes the address of an aligned int32 it owns.
    let a = unsafe { &*(loc as *const std::sync::atomic::AtomicI32) };
    match a.compare_exchange(comparand, value, std::sync::atomic::Ordering::SeqCst, std::sync::atomic::Ordering::SeqCst) {
        Ok(v) | Err(v) => v,
    }
}

extern "C" fn cas64(loc: u64, value: i64, comparand: i64) -> i64 {
    // SAFETY: managed code passes the address of an aligned int64 it owns.
    let a = unsafe { &*(loc as *const std::sync::atomic::AtomicI64) };
    match a.compare_exchange(comparand, value, std::sync::atomic::Ordering::SeqCst, std::sync::atomic::Ordering::SeqCst) {
        Ok(v) | Err(v) => v,
    }
}

extern "C" fn cas_object(loc: u64, value: u64, comparand: u64) -> u64 {
    // SAFETY: managed code passes the address of an aligned object reference it owns.
    let a = unsafe { &*(loc as *const std::sync::atomic::AtomicU64) };
    match a.compare_exchange(comparand, value, std::sync::atomic::Ordering::SeqCst, std::sync::atomic::Ordering::SeqCst) {
        Ok(v) | Err(v) => v,
    }
}

extern "C" fn memory_barrier() {
    std::sync::atomic::fence(std::sync::atomic::Ordering::SeqCst);
}

extern "C" fn fail_fast(message: u64) {
    let _ = std::io::stdout().flush();
    eprintln!("Process terminated. {}", string_value(message));
    std::process::abort()
}

// ---------------------------------------------------------------------------------------
// SystemImports

fn system_import(name: &str) -> Option<usize> {
    Some(match name {
        "Write" => sys_write as *const () as usize,
        "Read" => sys_read as *const () as usize,
        "Exit" => sys_exit as *const () as usize,
        "GetCommandLineArgs" => get_command_line_args as *const () as usize,
        "GetTickCount64" => get_tick_count64 as *const () as usize,
        "GetTimestamp" => get_timestamp as *const () as usize,
        "GetSystemTimeNanoseconds" => get_system_time as *const () as usize,
        "GetProcessorCount" => get_processor_count as *const () as usize,
        "GetEnvironmentVariable" => get_environment_variable as *const () as usize,
        "Sleep" => sleep as *const () as usize,
        _ => return None,
    })
}

extern "C" fn sys_write(fd: i32, buf: u64, count: i32) -> i32 {
    let data = super::memory::bytes_at(buf, count.max(0) as usize);
    let r = match fd {
        1 => std::io::stdout().write_all(data).and_then(|()| std::io::stdout().flush()),
        2 => std::io::stderr().write_all(data),
        _ => return -1,
    };
    if r.is_ok() { count } else { -1 }
}

extern "C" fn sys_read(fd: i32, buf: u64, count: i32) -> i32 {
    if fd != 0 || count <= 0 {
        return if count == 0 { 0 } else { -1 };
    }
    let mut tmp = vec![0u8; count as usize];
    match std::io::stdin().read(&mut tmp) {
        Ok(n) => {
            super::memory::copy_into(buf, &tmp[..n]);
            n as i32
        }
        Err(_) => -1,
    }
}

extern "C" fn sys_exit(code: i32) {
    super::verify::check_at_exit(runtime());
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    std::process::exit(code)
}

extern "C" fn get_command_line_args() -> u64 {
    // CoreCLR's Environment.GetCommandLineArgs()[0] is the program's path.
    or_throw(objects::string_array(&runtime().args))
}

fn clock(id: libc::clockid_t) -> i64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid out-parameter.
    unsafe { libc::clock_gettime(id, &mut ts) };
    ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

extern "C" fn get_tick_count64() -> i64 {
    clock(libc::CLOCK_MONOTONIC) / 1_000_000
}

extern "C" fn get_timestamp() -> i64 {
    clock(libc::CLOCK_MONOTONIC)
}

extern "C" fn get_system_time() -> i64 {
    clock(libc::CLOCK_REALTIME)
}

extern "C" fn get_processor_count() -> i32 {
    std::thread::available_parallelism().map(|n| n.get() as i32).unwrap_or(1)
}

extern "C" fn get_environment_variable(name: u64) -> u64 {
    match std::env::var(string_value(name)) {
        Ok(v) => or_throw(new_string(&v.encode_utf16().collect::<Vec<_>>())),
        Err(_) => 0,
    }
}

extern "C" fn sleep(ms: i32) {
    std::thread::sleep(std::time::Duration::from_millis(ms.max(0) as u64));
}

// ---------------------------------------------------------------------------------------
// MathImports: libm

macro_rules! libm {
    ($($name:literal => $f:ident($($a:ident),*) -> $t:ty;)*) => {
        /// The C math library (linked with every Rust program on Linux).
        pub mod libm {
            unsafe extern "C" {
                $(
                    #[doc = concat!("libm `", stringify!($f), "`.")]
                    pub fn $f($($a: $t),*) -> $t;
                )*
            }
        }

        fn math_import(name: &str) -> Option<usize> {
            match name {
                // The libm functions have the managed (SysV) signature of the imports.
                $($name => Some(libm::$f as *const () as usize),)*
                _ => None,
            }
        }
    };
}

libm! {
    "Acos" => acos(x) -> f64; "Acosh" => acosh(x) -> f64; "Asin" => asin(x) -> f64; "Asinh" => asinh(x) -> f64;
    "Atan" => atan(x) -> f64; "Atan2" => atan2(y, x) -> f64; "Atanh" => atanh(x) -> f64; "Cbrt" => cbrt(x) -> f64;
    "Ceil" => ceil(x) -> f64; "Cos" => cos(x) -> f64; "Cosh" => cosh(x) -> f64; "Exp" => exp(x) -> f64;
    "Floor" => floor(x) -> f64; "Fma" => fma(x, y, z) -> f64; "Fmod" => fmod(x, y) -> f64; "Log" => log(x) -> f64;
    "Log10" => log10(x) -> f64; "Log2" => log2(x) -> f64; "Pow" => pow(x, y) -> f64; "Nearbyint" => nearbyint(x) -> f64;
    "Sin" => sin(x) -> f64; "Sinh" => sinh(x) -> f64; "Sqrt" => sqrt(x) -> f64; "Tan" => tan(x) -> f64;
    "Tanh" => tanh(x) -> f64; "Trunc" => trunc(x) -> f64;
    "AcosF" => acosf(x) -> f32; "AcoshF" => acoshf(x) -> f32; "AsinF" => asinf(x) -> f32; "AsinhF" => asinhf(x) -> f32;
    "AtanF" => atanf(x) -> f32; "Atan2F" => atan2f(y, x) -> f32; "AtanhF" => atanhf(x) -> f32; "CbrtF" => cbrtf(x) -> f32;
    "CeilF" => ceilf(x) -> f32; "CosF" => cosf(x) -> f32; "CoshF" => coshf(x) -> f32; "ExpF" => expf(x) -> f32;
    "FloorF" => floorf(x) -> f32; "FmaF" => fmaf(x, y, z) -> f32; "FmodF" => fmodf(x, y) -> f32; "LogF" => logf(x) -> f32;
    "Log10F" => log10f(x) -> f32; "Log2F" => log2f(x) -> f32; "PowF" => powf(x, y) -> f32; "NearbyintF" => nearbyintf(x) -> f32;
    "SinF" => sinf(x) -> f32; "SinhF" => sinhf(x) -> f32; "SqrtF" => sqrtf(x) -> f32; "TanF" => tanf(x) -> f32;
    "TanhF" => tanhf(x) -> f32; "TruncF" => truncf(x) -> f32;
}

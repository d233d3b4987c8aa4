//! Runtime helpers JIT'd code calls (`env::Helper`): allocation, boxing, casts, interface
//! dispatch, class constructors, array stores, the throw helpers, `localloc`.
//!
//! Exceptions are the next milestone: until then every helper that must throw reports the
//! exception as unhandled, the way CoreCLR does when nothing catches it, and aborts.

use std::cell::Cell;

use r2rhost_codegen::env::Helper;

use super::memory::{read_u32, read_u64, write_u64};
use super::objects::{self, mt_element, mt_flags, mt_of, mt_type_id};
use super::{fatal, fatal_unhandled, runtime};
use crate::loader::Failure;
use crate::loader::types::{Category, mt_flags as flags};

fn throw(exception: &'static str, message: &str) -> ! {
    fatal_unhandled(&Failure { exception, message: message.to_string() })
}

fn or_throw<T>(r: Result<T, Failure>) -> T {
    r.unwrap_or_else(|f| fatal_unhandled(&f))
}

/// The address of a helper.
pub fn address(h: Helper) -> u64 {
    let f: usize = match h {
        Helper::AllocObject => alloc_object as *const () as usize,
        Helper::AllocArray => alloc_array as *const () as usize,
        Helper::AllocMdArray => alloc_md_array as *const () as usize,
        Helper::Box => box_value as *const () as usize,
        Helper::Unbox => unbox as *const () as usize,
        Helper::UnboxNullable => unbox_nullable as *const () as usize,
        Helper::CastClass => cast_class as *const () as usize,
        Helper::IsInst => is_inst as *const () as usize,
        Helper::InterfaceMethod => interface_method as *const () as usize,
        Helper::GenericVirtualMethod => generic_virtual_method as *const () as usize,
        Helper::ClassInit => class_init as *const () as usize,
        Helper::StelemRef => stelem_ref as *const () as usize,
        Helper::LdelemaRef => ldelema_ref as *const () as usize,
        Helper::Throw => throw_object as *const () as usize,
        Helper::Rethrow => rethrow as *const () as usize,
        Helper::ThrowNullRef => throw_null_ref as *const () as usize,
        Helper::ThrowIndexOutOfRange => throw_index_out_of_range as *const () as usize,
        Helper::ThrowOverflow => throw_overflow as *const () as usize,
        Helper::ThrowDivideByZero => throw_divide_by_zero as *const () as usize,
        Helper::ThrowArithmetic => throw_overflow as *const () as usize,
        Helper::ThrowInvalidCast => throw_invalid_cast as *const () as usize,
        Helper::FMod => fmod as *const () as usize,
        Helper::FModF => fmodf as *const () as usize,
        Helper::LocallocAlloc => localloc_alloc as *const () as usize,
        Helper::LocallocMark => localloc_mark as *const () as usize,
        Helper::LocallocRelease => localloc_release as *const () as usize,
        Helper::MemCopy => mem_copy as *const () as usize,
        Helper::MemSet => mem_set as *const () as usize,
        Helper::ArrayStoreCheck => array_store_check as *const () as usize,
        Helper::ArrayExactCheck => array_exact_check as *const () as usize,
    };
    f as u64
}

/// CoreCLR's message for a null dereference.
pub const NULL_REF: &str = "Object reference not set to an instance of an object.";

extern "C" fn alloc_object(mt: u64) -> u64 {
    or_throw(objects::alloc_object(mt))
}

extern "C" fn alloc_array(mt: u64, len: i64) -> u64 {
    or_throw(objects::alloc_array(mt, len))
}

extern "C" fn alloc_md_array(mt: u64, rank: i32, lengths: u64) -> u64 {
    let lens: Vec<i32> = (0..rank.max(0) as u64).map(|i| read_u32(lengths + 4 * i) as i32).collect();
    or_throw(objects::alloc_md_array(mt, &lens))
}

/// Boxes the value at `data` as an instance of `mt` (for `Nullable<T>`: null or a box of T).
extern "C" fn box_value(mt: u64, data: u64) -> u64 {
    if mt_flags(mt) & flags::NULLABLE != 0 || is_nullable(mt) {
        let (inner_mt, value_offset) = nullable_parts(mt);
        if super::memory::bytes_at(data, 1)[0] == 0 {
            return 0;
        }
        return box_value(inner_mt, data + u64::from(value_offset));
    }
    let obj = or_throw(objects::alloc_object(mt));
    let size = value_size(mt);
    super::memory::move_bytes(obj + 8, data, size as usize);
    obj
}

fn is_nullable(mt: u64) -> bool {
    let st = runtime().state();
    let t = mt_type_id(mt);
    st.loader.ty(t).info.as_ref().is_some_and(|i| i.nullable.is_some())
}

fn nullable_parts(mt: u64) -> (u64, u32) {
    let st = runtime().state();
    let info = st.loader.ty(mt_type_id(mt)).info.clone();
    match info.and_then(|i| i.nullable) {
        Some((inner, off)) => (st.loader.ty(crate::loader::TypeId(inner.0)).mt, off),
        None => fatal("Nullable<T> without a value field"),
    }
}

fn value_size(mt: u64) -> u32 {
    let st = runtime().state();
    st.loader.ty(mt_type_id(mt)).size
}

/// Whether a boxed `obj_mt` may be unboxed as `mt` (same type, or an enum and its
/// underlying primitive, as CoreCLR allows).
fn unbox_compatible(mt: u64, obj_mt: u64) -> bool {
    if mt == obj_mt {
        return true;
    }
    let st = runtime().state();
    let (a, b) = (st.loader.ty(mt_type_id(mt)), st.loader.ty(mt_type_id(obj_mt)));
    let prim = |d: &crate::loader::TypeDesc| matches!(d.category, Category::Enum | Category::Primitive);
    prim(a) && prim(b) && a.kind == b.kind && a.size == b.size
}

extern "C" fn unbox(mt: u64, obj: u64) -> u64 {
    if is_nullable(mt) {
        // `unbox Nullable<T>`: the address of a new Nullable<T> holding the boxed T (empty
        // for null), as CoreCLR's JIT makes one in a temporary.
        let copy = or_throw(objects::alloc_object(mt));
        unbox_nullable(copy + 8, mt, obj);
        return copy + 8;
    }
    if obj == 0 {
        throw("System.NullReferenceException", NULL_REF);
    }
    if !unbox_compatible(mt, mt_of(obj)) {
        invalid_cast(mt_of(obj), mt);
    }
    obj + 8
}

extern "C" fn unbox_nullable(dest: u64, mt: u64, obj: u64) {
    let (inner, off) = nullable_parts(mt);
    let size = value_size(mt);
    super::memory::fill_bytes(dest, 0, size as usize);
    if obj == 0 {
        return;
    }
    if !unbox_compatible(inner, mt_of(obj)) {
        invalid_cast(mt_of(obj), mt);
    }
    super::memory::fill_bytes(dest, 1, 1);
    let inner_size = value_size(inner);
    super::memory::move_bytes(dest + u64::from(off), obj + 8, inner_size as usize);
}

fn invalid_cast(from: u64, to: u64) -> ! {
    let (a, b) = {
        let st = runtime().state();
        (st.loader.message_name(mt_type_id(from)), st.loader.message_name(mt_type_id(to)))
    };
    throw("System.InvalidCastException", &format!("Unable to cast object of type '{a}' to type '{b}'."))
}

/// Whether a value of type `source` (a MethodTable) can be stored where `target` is
/// expected (castclass/isinst semantics).
pub fn is_assignable(target: u64, source: u64) -> bool {
    if target == source {
        return true;
    }
    let mut st = runtime().state();
    crate::runtime::casting::assignable(&mut st.loader, mt_type_id(target), mt_type_id(source))
}

extern "C" fn cast_class(mt: u64, obj: u64) -> u64 {
    if obj == 0 || is_assignable(mt, mt_of(obj)) {
        return obj;
    }
    invalid_cast(mt_of(obj), mt)
}

extern "C" fn is_inst(mt: u64, obj: u64) -> u64 {
    if obj == 0 || is_assignable(mt, mt_of(obj)) { obj } else { 0 }
}

extern "C" fn interface_method(obj: u64, itf_mt: u64, slot: i32) -> u64 {
    if obj == 0 {
        throw("System.NullReferenceException", NULL_REF);
    }
    let mut st = runtime().state();
    match crate::runtime::casting::interface_target(&mut st.loader, mt_type_id(mt_of(obj)), mt_type_id(itf_mt), slot as usize) {
        Ok(Some(m)) => st.loader.boxed_entry(m),
        Ok(None) => {
            let (t, i) = (st.loader.ty(mt_type_id(mt_of(obj))).name.clone(), st.loader.ty(mt_type_id(itf_mt)).name.clone());
            drop(st);
            throw("System.EntryPointNotFoundException", &format!("Entry point was not found. ({t} does not implement a method of {i})"))
        }
        Err(f) => {
            drop(st);
            fatal_unhandled(&f)
        }
    }
}

/// The code of the override of generic virtual method instantiation `method` (a
/// `MethodId`) for `obj`'s type.
extern "C" fn generic_virtual_method(obj: u64, method: u64) -> u64 {
    if obj == 0 {
        throw("System.NullReferenceException", NULL_REF);
    }
    let mut st = runtime().state();
    let ty = mt_type_id(mt_of(obj));
    let decl = crate::loader::MethodId(method as u32);
    match st.loader.resolve_generic_virtual(ty, decl) {
        Ok(Some(m)) => st.loader.boxed_entry(m),
        Ok(None) => {
            let (t, m) = (st.loader.ty(ty).name.clone(), st.loader.method(decl).name.clone());
            drop(st);
            throw("System.EntryPointNotFoundException", &format!("Entry point was not found. ({t} does not implement {m})"))
        }
        Err(f) => {
            drop(st);
            fatal_unhandled(&f)
        }
    }
}

extern "C" fn class_init(type_id: u64) {
    runtime().run_class_init(type_id as u32);
}

fn bounds(arr: u64, idx: i64) {
    if arr == 0 {
        throw("System.NullReferenceException", NULL_REF);
    }
    let len = i64::from(read_u32(arr + 8));
    if idx < 0 || idx >= len {
        throw("System.IndexOutOfRangeException", "Index was outside the bounds of the array.");
    }
}

extern "C" fn stelem_ref(arr: u64, idx: i64, value: u64) {
    bounds(arr, idx);
    if value != 0 {
        let elem = mt_element(mt_of(arr));
        if elem != mt_of(value) && !is_assignable(elem, mt_of(value)) {
            throw("System.ArrayTypeMismatchException", "Attempted to access an element as a type incompatible with the array.");
        }
    }
    write_u64(arr + 16 + 8 * idx as u64, value);
}

extern "C" fn array_store_check(arr: u64, value: u64) {
    if value != 0 {
        let elem = mt_element(mt_of(arr));
        if elem != mt_of(value) && !is_assignable(elem, mt_of(value)) {
            throw("System.ArrayTypeMismatchException", "Attempted to access an element as a type incompatible with the array.");
        }
    }
}

extern "C" fn array_exact_check(arr: u64, elem_mt: u64) {
    if mt_element(mt_of(arr)) != elem_mt {
        throw("System.ArrayTypeMismatchException", "Attempted to access an element as a type incompatible with the array.");
    }
}

extern "C" fn ldelema_ref(arr: u64, idx: i64, elem_mt: u64) -> u64 {
    bounds(arr, idx);
    if mt_element(mt_of(arr)) != elem_mt {
        throw("System.ArrayTypeMismatchException", "Attempted to access an element as a type incompatible with the array.");
    }
    arr + 16 + 8 * idx as u64
}

extern "C" fn throw_object(obj: u64) {
    if obj == 0 {
        throw("System.NullReferenceException", NULL_REF);
    }
    let (name, message) = super::icalls::exception_text(obj);
    let _ = std::io::Write::flush(&mut std::io::stdout());
    if message.is_empty() {
        eprintln!("Unhandled exception. {name}");
    } else {
        eprintln!("Unhandled exception. {name}: {message}");
    }
    std::process::abort()
}

extern "C" fn rethrow() {
    fatal("rethrow outside exception handling (exceptions arrive with the next milestone)")
}

extern "C" fn throw_null_ref() {
    throw("System.NullReferenceException", NULL_REF)
}

extern "C" fn throw_index_out_of_range() {
    throw("System.IndexOutOfRangeException", "Index was outside the bounds of the array.")
}

extern "C" fn throw_overflow() {
    throw("System.OverflowException", "Arithmetic operation resulted in an overflow.")
}

extern "C" fn throw_divide_by_zero() {
    throw("System.DivideByZeroException", "Attempted to divide by zero.")
}

extern "C" fn throw_invalid_cast() {
    throw("System.InvalidCastException", "Specified cast is not valid.")
}

extern "C" fn fmod(a: f64, b: f64) -> f64 {
    // SAFETY: libm's fmod is a pure function of two doubles.
    unsafe { super::icalls::libm::fmod(a, b) }
}

extern "C" fn fmodf(a: f32, b: f32) -> f32 {
    // SAFETY: libm's fmodf is a pure function of two floats.
    unsafe { super::icalls::libm::fmodf(a, b) }
}

// `localloc` memory comes from a per-thread side stack, released at method return.
thread_local! {
    static SIDE_STACK: Cell<(u64, u64, u64)> = const { Cell::new((0, 0, 0)) };
}

const SIDE_STACK_SIZE: u64 = 64 << 20;

fn side_stack() -> (u64, u64, u64) {
    SIDE_STACK.with(|s| {
        let (base, top, end) = s.get();
        if base != 0 {
            return (base, top, end);
        }
        // SAFETY: an anonymous private mapping with valid arguments; checked below.
        let p = unsafe {
            libc::mmap(std::ptr::null_mut(), SIDE_STACK_SIZE as usize, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE, -1, 0)
        };
        if p == libc::MAP_FAILED {
            fatal("cannot map the localloc stack");
        }
        let base = p as u64;
        s.set((base, base, base + SIDE_STACK_SIZE));
        (base, base, base + SIDE_STACK_SIZE)
    })
}

extern "C" fn localloc_alloc(size: i64) -> u64 {
    if size == 0 {
        return 0;
    }
    let (base, top, end) = side_stack();
    let size = (size as u64).div_ceil(16) * 16;
    if size > end - top {
        fatal_unhandled(&Failure { exception: "System.StackOverflowException", message: "localloc exhausted the stack".into() });
    }
    super::memory::fill_bytes(top, 0, size as usize);
    SIDE_STACK.with(|s| s.set((base, top + size, end)));
    top
}

extern "C" fn localloc_mark() -> u64 {
    side_stack().1
}

extern "C" fn localloc_release(mark: u64) {
    let (base, _, end) = side_stack();
    if mark >= base && mark <= end {
        SIDE_STACK.with(|s| s.set((base, mark, end)));
    }
}

extern "C" fn mem_copy(dst: u64, src: u64, len: i64) {
    super::memory::move_bytes(dst, src, len.max(0) as usize);
}

extern "C" fn mem_set(dst: u64, value: i32, len: i64) {
    super::memory::fill_bytes(dst, value as u8, len.max(0) as usize);
}

/// Reads the reference at `addr`.
pub fn load_ref(addr: u64) -> u64 {
    read_u64(addr)
}

//! Objects as the host sees them: MethodTable fields, allocation of objects, arrays and
//! strings, and reading strings back.
//!
//! MethodTable words (ours; only the object-layout law is CoreCLR's):
//! `[0]` flags (low 32) | base size (high 32); `[1]` component size | type id;
//! `[2]` parent MT; `[3]` array element MT; `[4]` vtable slot count | rank; `[5..]` vtable.
//! The words before `[0]` are the type's GC descriptor ([`crate::layout::gcdesc`]).

use super::memory::{read_u32, read_u64, utf16_at, write_u32, write_u64};
use super::{fatal, runtime};
use crate::loader::types::{TypeId, mt_flags};
use crate::loader::{Failure, TypeKey};

/// MethodTable flags.
pub fn mt_flags(mt: u64) -> u32 {
    read_u64(mt) as u32
}

/// Allocation size of an instance (or the fixed part of an array/string).
pub fn mt_base_size(mt: u64) -> u32 {
    (read_u64(mt) >> 32) as u32
}

/// Array element size (2 for strings).
pub fn mt_component_size(mt: u64) -> u32 {
    read_u64(mt + 8) as u32
}

/// The loader's type id.
pub fn mt_type_id(mt: u64) -> TypeId {
    TypeId((read_u64(mt + 8) >> 32) as u32)
}

/// Parent MethodTable (0 for none).
pub fn mt_parent(mt: u64) -> u64 {
    read_u64(mt + 16)
}

/// Element MethodTable of an array type.
pub fn mt_element(mt: u64) -> u64 {
    read_u64(mt + 24)
}

/// Array rank (0 for SZ arrays).
pub fn mt_rank(mt: u64) -> u32 {
    (read_u64(mt + 32) >> 32) as u32
}

/// The GC descriptor stored before a MethodTable.
pub fn mt_gc_desc(mt: u64) -> Result<crate::layout::gcdesc::GcDesc, crate::layout::gcdesc::BadGcDesc> {
    crate::layout::gcdesc::GcDesc::decode(|i| read_u64(mt - 8 * (i as u64 + 1)))
}

/// The MethodTable of an object.
pub fn mt_of(obj: u64) -> u64 {
    read_u64(obj)
}

fn out_of_memory() -> Failure {
    Failure { exception: "System.OutOfMemoryException", message: "Insufficient memory to continue the execution of the program.".into() }
}

/// A zeroed instance of a class (or a box of a value type).
pub fn alloc_object(mt: u64) -> Result<u64, Failure> {
    let obj = runtime().heap.alloc(u64::from(mt_base_size(mt))).ok_or_else(out_of_memory)?;
    write_u64(obj, mt);
    Ok(obj)
}

/// A zeroed single-dimensional array.
pub fn alloc_array(mt: u64, len: i64) -> Result<u64, Failure> {
    if !(0..=0x7FFF_FFC7).contains(&len) {
        return Err(Failure { exception: "System.OverflowException", message: "Arithmetic operation resulted in an overflow.".into() });
    }
    let size = u64::from(mt_base_size(mt)) + u64::from(mt_component_size(mt)) * len as u64;
    let arr = runtime().heap.alloc(size).ok_or_else(out_of_memory)?;
    write_u64(arr, mt);
    write_u32(arr + 8, len as u32);
    Ok(arr)
}

/// A zeroed multi-dimensional array with the given lengths (lower bounds 0).
pub fn alloc_md_array(mt: u64, lengths: &[i32]) -> Result<u64, Failure> {
    let mut total: u64 = 1;
    for l in lengths {
        if *l < 0 {
            return Err(Failure { exception: "System.OverflowException", message: "Arithmetic operation resulted in an overflow.".into() });
        }
        total = total.saturating_mul(*l as u64);
    }
    if total > 0x7FFF_FFC7 {
        return Err(out_of_memory());
    }
    let size = u64::from(mt_base_size(mt)) + u64::from(mt_component_size(mt)) * total;
    let arr = runtime().heap.alloc(size).ok_or_else(out_of_memory)?;
    write_u64(arr, mt);
    write_u32(arr + 8, total as u32);
    for (i, l) in lengths.iter().enumerate() {
        write_u32(arr + 16 + 4 * i as u64, *l as u32);
    }
    Ok(arr)
}

static STRING_MT: std::sync::OnceLock<u64> = std::sync::OnceLock::new();

/// Records the MethodTable of `System.String` (at start-up, before any string is made).
pub fn set_string_mt(mt: u64) {
    let _ = STRING_MT.set(mt);
}

/// The MethodTable of `System.String`.
pub fn string_mt() -> u64 {
    *STRING_MT.get().unwrap_or_else(|| fatal("strings are made before the runtime knows System.String"))
}

/// A new string holding `chars` (NUL-terminated, as CoreCLR lays it out).
pub fn new_string(chars: &[u16]) -> Result<u64, Failure> {
    let mt = string_mt();
    let size = 8 + 8 + 4 + 2 * (chars.len() as u64 + 1);
    let s = runtime().heap.alloc(size).ok_or_else(out_of_memory)?;
    write_u64(s, mt);
    write_u32(s + 8, chars.len() as u32);
    let bytes: Vec<u8> = chars.iter().flat_map(|c| c.to_le_bytes()).collect();
    super::memory::copy_into(s + 12, &bytes);
    Ok(s)
}

/// The UTF-16 contents of a string object.
pub fn string_chars<'a>(s: u64) -> &'a [u16] {
    let len = read_u32(s + 8) as usize;
    utf16_at(s + 12, len)
}

/// A string object's contents as Rust text (lossy for lone surrogates).
pub fn string_value(s: u64) -> String {
    if s == 0 {
        return String::new();
    }
    String::from_utf16_lossy(string_chars(s))
}

/// `string[]` holding `args`.
pub fn string_array(args: &[String]) -> Result<u64, Failure> {
    let mt = {
        let mut st = runtime().state();
        let s = st.loader.corelib_type("System", "String")?;
        let a = st.loader.type_of(TypeKey::SzArray(s))?;
        st.loader.ensure_ready(a)?;
        st.loader.ty(a).mt
    };
    let arr = alloc_array(mt, args.len() as i64)?;
    for (i, a) in args.iter().enumerate() {
        let chars: Vec<u16> = a.encode_utf16().collect();
        let s = new_string(&chars)?;
        write_u64(arr + 16 + 8 * i as u64, s);
    }
    Ok(arr)
}

/// True when the MethodTable is an array's.
pub fn is_array(mt: u64) -> bool {
    mt_flags(mt) & mt_flags::ARRAY != 0
}

//! Raw memory primitives shared by the runtime: the few places that read and write memory
//! by address. Each function states what the caller must guarantee.

/// Copies `src` to the address `dst`.
///
/// `dst` must be an address this process owns with at least `src.len()` writable bytes
/// (the runtime passes blocks it allocated itself).
pub fn copy_into(dst: u64, src: &[u8]) {
    if src.is_empty() {
        return;
    }
    // SAFETY: the caller guarantees `dst .. dst+len` is writable memory it allocated; `src`
    // is a live slice, and a fresh runtime block never overlaps a borrowed slice.
    unsafe { std::ptr::copy_nonoverlapping(src.as_ptr(), dst as *mut u8, src.len()) }
}

/// Reads a `u64` at `addr`.
///
/// `addr` must be 8-byte aligned and point into memory the runtime owns (objects,
/// MethodTables, statics, slots).
pub fn read_u64(addr: u64) -> u64 {
    // SAFETY: see the function's contract.
    unsafe { std::ptr::read(addr as *const u64) }
}

/// Writes a `u64` at `addr` (same contract as [`read_u64`], and writable).
pub fn write_u64(addr: u64, value: u64) {
    // SAFETY: see the function's contract.
    unsafe { std::ptr::write(addr as *mut u64, value) }
}

/// Reads a `u32` at `addr` (4-byte aligned runtime memory).
pub fn read_u32(addr: u64) -> u32 {
    // SAFETY: the caller guarantees `addr` is aligned runtime memory.
    unsafe { std::ptr::read(addr as *const u32) }
}

/// Writes a `u32` at `addr` (4-byte aligned, writable runtime memory).
pub fn write_u32(addr: u64, value: u32) {
    // SAFETY: the caller guarantees `addr` is aligned, writable runtime memory.
    unsafe { std::ptr::write(addr as *mut u32, value) }
}

/// A slice of `len` bytes at `addr`.
///
/// The memory must be runtime-owned, readable for `len` bytes and not written while the
/// slice lives (string and array contents being read by the host).
pub fn bytes_at<'a>(addr: u64, len: usize) -> &'a [u8] {
    if len == 0 {
        return &[];
    }
    // SAFETY: see the function's contract.
    unsafe { std::slice::from_raw_parts(addr as *const u8, len) }
}

/// `len` UTF-16 code units at `addr` (2-byte aligned runtime memory, as for [`bytes_at`]).
pub fn utf16_at<'a>(addr: u64, len: usize) -> &'a [u16] {
    if len == 0 {
        return &[];
    }
    // SAFETY: see `bytes_at`; string data is 2-byte aligned (chars start at +12 of an
    // 8-aligned object).
    unsafe { std::slice::from_raw_parts(addr as *const u16, len) }
}

/// memmove of `len` bytes (regions may overlap; both runtime-owned).
pub fn move_bytes(dst: u64, src: u64, len: usize) {
    if len == 0 {
        return;
    }
    // SAFETY: the caller guarantees both ranges are valid runtime memory.
    unsafe { std::ptr::copy(src as *const u8, dst as *mut u8, len) }
}

/// memset of `len` bytes at `dst` (runtime-owned, writable).
pub fn fill_bytes(dst: u64, value: u8, len: usize) {
    if len == 0 {
        return;
    }
    // SAFETY: the caller guarantees `dst .. dst+len` is writable runtime memory.
    unsafe { std::ptr::write_bytes(dst as *mut u8, value, len) }
}

/// The entry slot at `addr` (an address the runtime's slot allocator handed out).
pub fn slot(addr: u64) -> &'static std::sync::atomic::AtomicU64 {
    // SAFETY: slots are leaked, 8-byte aligned `AtomicU64`s that live for the process; the
    // runtime only passes addresses it got from `Slots::new_slot`.
    unsafe { &*(addr as *const std::sync::atomic::AtomicU64) }
}

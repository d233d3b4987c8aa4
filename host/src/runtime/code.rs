//! Code memory and the stubs that give every method a stable entry point.
//!
//! Code memory is a memfd mapped twice: a read-write view the runtime writes through and a
//! read-execute view code runs from, so nothing is ever writable and executable at once
//! and patching needs no `mprotect`.
//!
//! Every method has
//! * an **entry slot** (8 bytes of data): `call [slot]` is how JIT'd code calls it;
//! * a **prestub** (code): `mov r10, <method id>; mov r11, <prestub_common>; jmp r11` — the
//!   slot's first target. `prestub_common` saves the argument registers, asks the runtime
//!   for the method's code (compiling it on first call), and jumps there with the
//!   arguments intact;
//! * a **precode** (code): `mov rax, <slot>; jmp [rax]` — the method's stable function
//!   pointer (vtables, `ldftn`), always reaching whatever the slot holds now.
//!
//! The code manager retargets a method by writing its slot (an atomic 8-byte store).

use std::sync::atomic::{AtomicU64, Ordering};

use r2rhost_codegen::{LibCall, Reloc, RelocKind};

use super::memory;

/// A region of executable memory with a writable alias.
struct Chunk {
    rw: u64,
    rx: u64,
    size: usize,
    used: usize,
}

/// The code heap.
pub struct CodeHeap {
    chunks: Vec<Chunk>,
}

impl std::fmt::Debug for CodeHeap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CodeHeap").field("chunks", &self.chunks.len()).finish()
    }
}

const CHUNK: usize = 16 << 20;

impl CodeHeap {
    /// An empty code heap.
    pub fn new() -> CodeHeap {
        CodeHeap { chunks: Vec::new() }
    }

    fn new_chunk(size: usize) -> Result<Chunk, String> {
        // SAFETY: plain libc calls with valid arguments; every return value is checked, and
        // the two mappings alias the same memfd pages by construction.
        unsafe {
            let fd = libc::memfd_create(c"r2rhost-code".as_ptr(), libc::MFD_CLOEXEC);
            if fd < 0 {
                return Err(format!("memfd_create: {}", std::io::Error::last_os_error()));
            }
            if libc::ftruncate(fd, size as libc::off_t) != 0 {
                let e = std::io::Error::last_os_error();
                libc::close(fd);
                return Err(format!("ftruncate: {e}"));
            }
            let rw = libc::mmap(std::ptr::null_mut(), size, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_SHARED, fd, 0);
            let rx = libc::mmap(std::ptr::null_mut(), size, libc::PROT_READ | libc::PROT_EXEC, libc::MAP_SHARED, fd, 0);
            libc::close(fd);
            if rw == libc::MAP_FAILED || rx == libc::MAP_FAILED {
                return Err(format!("mmap of code memory: {}", std::io::Error::last_os_error()));
            }
            Ok(Chunk { rw: rw as u64, rx: rx as u64, size, used: 0 })
        }
    }

    /// Copies `code` into executable memory aligned to `align`; returns its address.
    pub fn add(&mut self, code: &[u8], align: usize) -> Result<u64, String> {
        self.add_linked(code, align, |_, _| Ok(()))
    }

    /// Like [`CodeHeap::add`], letting `link` patch a copy of the code once its final
    /// (executable) address is known, before it is written.
    pub fn add_linked(&mut self, code: &[u8], align: usize, link: impl FnOnce(u64, &mut [u8]) -> Result<(), String>) -> Result<u64, String> {
        let need = code.len() + align;
        let fits = self.chunks.last().is_some_and(|c| c.size - c.used >= need);
        if !fits {
            self.chunks.push(Self::new_chunk(CHUNK.max(need.next_power_of_two()))?);
        }
        let c = self.chunks.last_mut().ok_or("no code chunk")?;
        let start = c.used.div_ceil(align) * align;
        let at = c.rx + start as u64;
        let mut bytes = code.to_vec();
        link(at, &mut bytes)?;
        memory::copy_into(c.rw + start as u64, &bytes);
        c.used = start + code.len();
        Ok(at)
    }

    /// Whether `addr` lies in code this heap holds.
    pub fn contains(&self, addr: u64) -> bool {
        self.chunks.iter().any(|c| addr >= c.rx && addr < c.rx + c.used as u64)
    }
}

impl Default for CodeHeap {
    fn default() -> Self {
        Self::new()
    }
}

/// Entry slots: stable 8-byte cells, never moved or freed.
#[derive(Debug, Default)]
pub struct Slots {
    free: Vec<&'static AtomicU64>,
}

impl Slots {
    /// A fresh slot holding `target`.
    pub fn new_slot(&mut self, target: u64) -> &'static AtomicU64 {
        if self.free.is_empty() {
            let block: &'static [AtomicU64] = Box::leak((0..1024).map(|_| AtomicU64::new(0)).collect::<Vec<_>>().into_boxed_slice());
            self.free.extend(block.iter().rev());
        }
        let s = self.free.pop().unwrap_or_else(|| Box::leak(Box::new(AtomicU64::new(0))));
        s.store(target, Ordering::Release);
        s
    }
}

/// `mov r10, method; mov r11, common; jmp r11`.
pub fn prestub_bytes(method: u64, common: u64) -> Vec<u8> {
    let mut v = Vec::with_capacity(24);
    v.extend_from_slice(&[0x49, 0xba]);
    v.extend_from_slice(&method.to_le_bytes());
    v.extend_from_slice(&[0x49, 0xbb]);
    v.extend_from_slice(&common.to_le_bytes());
    v.extend_from_slice(&[0x41, 0xff, 0xe3]);
    v
}

/// `mov rax, slot; jmp qword ptr [rax]`.
pub fn precode_bytes(slot: u64) -> Vec<u8> {
    let mut v = Vec::with_capacity(12);
    v.extend_from_slice(&[0x48, 0xb8]);
    v.extend_from_slice(&slot.to_le_bytes());
    v.extend_from_slice(&[0xff, 0x20]);
    v
}

/// `add rdi, 8; mov rax, slot; jmp qword ptr [rax]`: the unboxing stub of a value type's
/// instance method, reached with a boxed `this` (vtables and interface dispatch of boxed
/// values) and passing the method a pointer to the box's payload, as CoreCLR's unboxing
/// stubs do.
pub fn unboxing_stub_bytes(slot: u64) -> Vec<u8> {
    let mut v = Vec::with_capacity(16);
    v.extend_from_slice(&[0x48, 0x83, 0xc7, 0x08]);
    v.extend_from_slice(&precode_bytes(slot));
    v
}

// The common prestub. Entry: r10 = method id, stack as at the call (return address on
// top), argument registers as the caller set them. It preserves rdi, rsi, rdx, rcx, r8, r9,
// rax and xmm0-7 around the call to `r2rhost_prestub_worker(method) -> code`, then jumps to
// the code, so the original call proceeds as if it had called the code directly.
std::arch::global_asm!(
    ".globl r2rhost_prestub_common",
    ".type r2rhost_prestub_common, @function",
    "r2rhost_prestub_common:",
    "push rbp",
    "mov rbp, rsp",
    "push rdi",
    "push rsi",
    "push rdx",
    "push rcx",
    "push r8",
    "push r9",
    "push rax",
    "sub rsp, 136",
    "movdqu [rsp + 0], xmm0",
    "movdqu [rsp + 16], xmm1",
    "movdqu [rsp + 32], xmm2",
    "movdqu [rsp + 48], xmm3",
    "movdqu [rsp + 64], xmm4",
    "movdqu [rsp + 80], xmm5",
    "movdqu [rsp + 96], xmm6",
    "movdqu [rsp + 112], xmm7",
    "mov rdi, r10",
    "call {worker}",
    "mov r11, rax",
    "movdqu xmm0, [rsp + 0]",
    "movdqu xmm1, [rsp + 16]",
    "movdqu xmm2, [rsp + 32]",
    "movdqu xmm3, [rsp + 48]",
    "movdqu xmm4, [rsp + 64]",
    "movdqu xmm5, [rsp + 80]",
    "movdqu xmm6, [rsp + 96]",
    "movdqu xmm7, [rsp + 112]",
    "add rsp, 136",
    "pop rax",
    "pop r9",
    "pop r8",
    "pop rcx",
    "pop rdx",
    "pop rsi",
    "pop rdi",
    "pop rbp",
    "jmp r11",
    ".size r2rhost_prestub_common, . - r2rhost_prestub_common",
    worker = sym super::prestub_worker,
);

unsafe extern "C" {
    /// The common prestub (assembly above); never called from Rust, only its address used.
    fn r2rhost_prestub_common();
}

/// The address of the common prestub.
pub fn prestub_common_address() -> u64 {
    r2rhost_prestub_common as *const () as usize as u64
}

/// Fills in the runtime-library addresses `relocs` ask for in `code`, which will run at
/// address `at`.
pub fn apply_relocs(at: u64, code: &mut [u8], relocs: &[Reloc]) -> Result<(), String> {
    for r in relocs {
        let target = (libcall_address(r.target) as i64).wrapping_add(r.addend);
        let off = r.offset as usize;
        match r.kind {
            RelocKind::Abs8 => {
                let field = code.get_mut(off..off + 8).ok_or("relocation outside the code")?;
                field.copy_from_slice(&target.to_le_bytes());
            }
            RelocKind::PcRel4 => {
                let disp = target.wrapping_sub((at + u64::from(r.offset)) as i64);
                let disp = i32::try_from(disp).map_err(|_| format!("{:?} is out of reach of a 32-bit displacement", r.target))?;
                let field = code.get_mut(off..off + 4).ok_or("relocation outside the code")?;
                field.copy_from_slice(&disp.to_le_bytes());
            }
        }
    }
    Ok(())
}

extern "C" fn ceil_f32(x: f32) -> f32 {
    x.ceil()
}
extern "C" fn ceil_f64(x: f64) -> f64 {
    x.ceil()
}
extern "C" fn floor_f32(x: f32) -> f32 {
    x.floor()
}
extern "C" fn floor_f64(x: f64) -> f64 {
    x.floor()
}
extern "C" fn trunc_f32(x: f32) -> f32 {
    x.trunc()
}
extern "C" fn trunc_f64(x: f64) -> f64 {
    x.trunc()
}
extern "C" fn nearest_f32(x: f32) -> f32 {
    x.round_ties_even()
}
extern "C" fn nearest_f64(x: f64) -> f64 {
    x.round_ties_even()
}
extern "C" fn fma_f32(a: f32, b: f32, c: f32) -> f32 {
    a.mul_add(b, c)
}
extern "C" fn fma_f64(a: f64, b: f64, c: f64) -> f64 {
    a.mul_add(b, c)
}

/// The address of a runtime-library function generated code may call.
pub fn libcall_address(l: LibCall) -> u64 {
    let f: usize = match l {
        LibCall::Memcpy => libc::memcpy as *const () as usize,
        LibCall::Memset => libc::memset as *const () as usize,
        LibCall::Memmove => libc::memmove as *const () as usize,
        LibCall::Memcmp => libc::memcmp as *const () as usize,
        LibCall::CeilF32 => ceil_f32 as *const () as usize,
        LibCall::CeilF64 => ceil_f64 as *const () as usize,
        LibCall::FloorF32 => floor_f32 as *const () as usize,
        LibCall::FloorF64 => floor_f64 as *const () as usize,
        LibCall::TruncF32 => trunc_f32 as *const () as usize,
        LibCall::TruncF64 => trunc_f64 as *const () as usize,
        LibCall::NearestF32 => nearest_f32 as *const () as usize,
        LibCall::NearestF64 => nearest_f64 as *const () as usize,
        LibCall::FmaF32 => fma_f32 as *const () as usize,
        LibCall::FmaF64 => fma_f64 as *const () as usize,
    };
    f as u64
}

//! The managed heap.
//!
//! Laid out for the collector that comes next (non-moving mark-sweep, conservative stack
//! scanning, precise heap): objects live in large chunks, each with an **object-start
//! bitmap** (one bit per 8-byte granule) so an interior pointer found on a stack can be
//! mapped to its object; every MethodTable carries the offsets of its reference fields.
//! Until the collector lands, allocation only grows.
//!
//! Object layout (CoreCLR's): an 8-byte header at −8, the MethodTable pointer at +0, then
//! the fields. Allocations are zeroed (fresh `mmap` pages).

use std::sync::Mutex;

/// One chunk of the heap.
struct Chunk {
    start: u64,
    size: u64,
    used: u64,
    /// One bit per 8-byte granule: set where an object's header begins.
    starts: Vec<u64>,
}

/// The heap.
pub struct Heap {
    chunks: Mutex<Vec<Chunk>>,
}

impl std::fmt::Debug for Heap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Heap")
    }
}

const CHUNK: u64 = 32 << 20;

fn map_zeroed(size: u64) -> Option<u64> {
    // SAFETY: an anonymous private mapping with valid arguments; the result is checked.
    let p = unsafe {
        libc::mmap(std::ptr::null_mut(), size as usize, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE, -1, 0)
    };
    (p != libc::MAP_FAILED).then_some(p as u64)
}

impl Heap {
    /// An empty heap.
    pub fn new() -> Heap {
        Heap { chunks: Mutex::new(Vec::new()) }
    }

    /// Allocates `size` bytes (header included, rounded up to 8) and returns the address of
    /// the MethodTable word (allocation + 8), or `None` when memory is exhausted.
    pub fn alloc(&self, size: u64) -> Option<u64> {
        let size = size.max(24).div_ceil(8) * 8;
        let mut chunks = self.chunks.lock().ok()?;
        let fits = chunks.last().is_some_and(|c| c.size - c.used >= size);
        if !fits {
            let csize = CHUNK.max(size.next_power_of_two());
            let start = map_zeroed(csize)?;
            chunks.push(Chunk { start, size: csize, used: 0, starts: vec![0; (csize / 8 / 64) as usize + 1] });
        }
        let c = chunks.last_mut()?;
        let at = c.start + c.used;
        let granule = c.used / 8;
        c.starts[(granule / 64) as usize] |= 1 << (granule % 64);
        c.used += size;
        Some(at + 8)
    }

    /// Whether `addr` points into an allocated part of the heap.
    pub fn contains(&self, addr: u64) -> bool {
        self.chunks.lock().map(|cs| cs.iter().any(|c| addr >= c.start && addr < c.start + c.used)).unwrap_or(false)
    }

    /// Calls `f` with every allocated object (its MethodTable-word address), in address
    /// order, found through the object-start bitmaps.
    pub fn for_each_object(&self, mut f: impl FnMut(u64)) {
        let Ok(chunks) = self.chunks.lock() else { return };
        for c in chunks.iter() {
            let granules = c.used / 8;
            for (w, &bits) in c.starts.iter().enumerate() {
                let mut bits = bits;
                while bits != 0 {
                    let g = w as u64 * 64 + u64::from(bits.trailing_zeros());
                    bits &= bits - 1;
                    if g < granules {
                        f(c.start + g * 8 + 8);
                    }
                }
            }
        }
    }

    /// Whether `obj` is the MethodTable-word address of an allocated object.
    pub fn is_object_start(&self, obj: u64) -> bool {
        let Ok(chunks) = self.chunks.lock() else { return false };
        let header = obj.wrapping_sub(8);
        chunks.iter().any(|c| {
            header >= c.start && header < c.start + c.used && header.is_multiple_of(8) && {
                let g = (header - c.start) / 8;
                c.starts[(g / 64) as usize] & (1 << (g % 64)) != 0
            }
        })
    }

    /// Bytes allocated so far.
    pub fn allocated(&self) -> u64 {
        self.chunks.lock().map(|cs| cs.iter().map(|c| c.used).sum()).unwrap_or(0)
    }
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

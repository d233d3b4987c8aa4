//! Static field layout (crossgen2 `ReadyToRunMetadataFieldLayoutAlgorithm.CalculateTypeLayout`
//! since .NET 9 / R2R 10, mirroring CoreCLR `MethodTableBuilder::PlaceRegularStaticFields` and
//! `PlaceThreadStaticFields`).
//!
//! Statics are allocated per type, in four regions: regular and thread-static, each split into
//! a GC block (pointer slots) and a non-GC block (raw bytes). Regular statics start at offset
//! 0 of their blocks, thread statics at [`THREAD_STATICS_START`] (two pointers of header).
//! Within a type:
//!
//! * GC block: first one slot per **boxed** value-type static (every struct that is not an
//!   enum — the slot holds a reference to a box), then one slot per reference static, each
//!   group in declaration order;
//! * non-GC block: primitives (enums as their underlying type, pointers as 8 bytes) grouped by
//!   size, 8-byte group first, then 4, 2 and 1 — so every field is naturally aligned without
//!   padding — each group in declaration order.
//!
//! Literal (`const`) and RVA statics take no space. Ref-struct statics are invalid.
//! `host/tests/layout_oracle.rs` checks these offsets against the ones CoreCLR 10.0.12 stores
//! in its FieldDescs and against crossgen2's `Verify_FieldOffset` fixups for statics (which
//! carry the offset within the block).

use super::{LayoutError, POINTER_SIZE};

/// Where regular statics start in their blocks.
pub const REGULAR_STATICS_START: u32 = 0;
/// Where thread statics start in their blocks (crossgen2 `2 * PointerSize`).
pub const THREAD_STATICS_START: u32 = 2 * POINTER_SIZE;

/// What a static field holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StaticFieldKind {
    /// A primitive, pointer or enum of `size` bytes, stored in the non-GC block.
    Primitive {
        /// Size in bytes.
        size: u32,
    },
    /// An object reference, one GC slot.
    Reference,
    /// A value type other than an enum: boxed, one GC slot holding the box.
    ValueType,
    /// A ref struct or byref: not allowed in a static.
    ByRefLike,
}

/// One static field, in declaration order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StaticFieldShape {
    /// What it holds.
    pub kind: StaticFieldKind,
    /// `[ThreadStatic]`.
    pub thread_static: bool,
    /// `const` (no storage).
    pub literal: bool,
    /// Has a field RVA (data in the image, no storage here).
    pub rva: bool,
}

impl StaticFieldShape {
    /// A regular (not thread-static, not literal, not RVA) static.
    pub fn new(kind: StaticFieldKind) -> Self {
        StaticFieldShape { kind, thread_static: false, literal: false, rva: false }
    }
}

/// The four static blocks of a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StaticRegion {
    /// Regular non-GC statics.
    NonGc,
    /// Regular GC statics (pointer slots).
    Gc,
    /// Thread-static non-GC statics.
    ThreadNonGc,
    /// Thread-static GC statics.
    ThreadGc,
}

/// Where a static lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StaticFieldOffset {
    /// Its block.
    pub region: StaticRegion,
    /// Its offset in the block (thread statics include [`THREAD_STATICS_START`]).
    pub offset: u32,
}

/// The static layout of a type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaticLayout {
    /// Parallel to the input: `None` for literal and RVA statics.
    pub offsets: Vec<Option<StaticFieldOffset>>,
    /// Bytes used in each block, `[NonGc, Gc, ThreadNonGc, ThreadGc]`, excluding the start
    /// offset.
    pub sizes: [u32; 4],
}

impl StaticLayout {
    /// Bytes used in `region` (excluding its start offset).
    pub fn size(&self, region: StaticRegion) -> u32 {
        self.sizes[region_index(region)]
    }
}

fn region_index(region: StaticRegion) -> usize {
    match region {
        StaticRegion::NonGc => 0,
        StaticRegion::Gc => 1,
        StaticRegion::ThreadNonGc => 2,
        StaticRegion::ThreadGc => 3,
    }
}

/// crossgen2 `GetLog2Size`: sizes 0–1 → 0, 2 → 1, 3–4 → 2, larger → 3.
fn log2_size(size: u32) -> usize {
    match size {
        0 | 1 => 0,
        2 => 1,
        3 | 4 => 2,
        _ => 3,
    }
}

/// Counters of one of the two (regular, thread) halves.
#[derive(Default, Clone, Copy)]
struct Half {
    boxed: u32,
    refs: u32,
    by_log2: [u32; 4],
}

/// Lays out the statics of one type.
pub fn compute_static_layout(fields: &[StaticFieldShape]) -> Result<StaticLayout, LayoutError> {
    let mut counts = [Half::default(); 2];
    for (i, f) in fields.iter().enumerate() {
        if f.literal || f.rva {
            continue;
        }
        let half = &mut counts[usize::from(f.thread_static)];
        match f.kind {
            StaticFieldKind::Primitive { size } if size > POINTER_SIZE => {
                return Err(LayoutError::InvalidShape { field: i, reason: "static primitive larger than 8 bytes" });
            }
            StaticFieldKind::Primitive { size: 0 } => {}
            StaticFieldKind::Primitive { size } => half.by_log2[log2_size(size)] += 1,
            StaticFieldKind::Reference => half.refs += 1,
            StaticFieldKind::ValueType => half.boxed += 1,
            StaticFieldKind::ByRefLike => return Err(LayoutError::ByRefFieldInNonByRefLikeType { field: i }),
        }
    }
    let mut next = [Next::new(counts[0], REGULAR_STATICS_START)?, Next::new(counts[1], THREAD_STATICS_START)?];
    let offsets = fields
        .iter()
        .map(|f| {
            if f.literal || f.rva {
                return None;
            }
            let t = usize::from(f.thread_static);
            let (gc, offset) = next[t].take(f.kind)?;
            let region = match (f.thread_static, gc) {
                (false, false) => StaticRegion::NonGc,
                (false, true) => StaticRegion::Gc,
                (true, false) => StaticRegion::ThreadNonGc,
                (true, true) => StaticRegion::ThreadGc,
            };
            Some(StaticFieldOffset { region, offset })
        })
        .collect();
    let sizes = [next[0].non_gc_size, next[0].gc_size, next[1].non_gc_size, next[1].gc_size];
    Ok(StaticLayout { offsets, sizes })
}

/// The next free offset of each group of one half.
struct Next {
    boxed: u32,
    refs: u32,
    by_log2: [u32; 4],
    non_gc_size: u32,
    gc_size: u32,
}

impl Next {
    fn new(c: Half, start: u32) -> Result<Self, LayoutError> {
        let overflow = LayoutError::TooLarge;
        let mut by_log2 = [0; 4];
        let mut pos = start;
        for log2 in (0..4).rev() {
            by_log2[log2] = pos;
            pos = c.by_log2[log2].checked_shl(log2 as u32).and_then(|b| pos.checked_add(b)).ok_or(overflow.clone())?;
        }
        let gc_slots = c.boxed.checked_add(c.refs).ok_or(overflow.clone())?;
        let gc_size = gc_slots.checked_mul(POINTER_SIZE).ok_or(overflow.clone())?;
        let refs = c.boxed.checked_mul(POINTER_SIZE).and_then(|b| b.checked_add(start)).ok_or(overflow)?;
        Ok(Next { boxed: start, refs, by_log2, non_gc_size: pos - start, gc_size })
    }

    /// The offset of the next field of `kind`, and whether it is in the GC block.
    fn take(&mut self, kind: StaticFieldKind) -> Option<(bool, u32)> {
        let (gc, slot, step) = match kind {
            StaticFieldKind::Primitive { size: 0 } => return Some((false, 0)),
            StaticFieldKind::Primitive { size } => {
                let log2 = log2_size(size);
                (false, &mut self.by_log2[log2], 1u32 << log2)
            }
            StaticFieldKind::Reference => (true, &mut self.refs, POINTER_SIZE),
            StaticFieldKind::ValueType => (true, &mut self.boxed, POINTER_SIZE),
            StaticFieldKind::ByRefLike => return None,
        };
        let offset = *slot;
        *slot = slot.saturating_add(step);
        Some((gc, offset))
    }
}

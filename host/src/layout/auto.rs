//! Auto layout (crossgen2 `ComputeAutoFieldLayout`, mirroring CoreCLR
//! `MethodTableBuilder::HandleAutoLayout`), used for auto-layout types and for sequential
//! types that contain references.
//!
//! Fields are grouped — object references; other primitives (byrefs and pointers included)
//! bucketed by log2 of their size; value types — keeping declaration order inside each group:
//!
//! 1. if the parent's bytes end misaligned, small non-GC fields fill the gap (as long as a
//!    larger field is still waiting);
//! 2. buckets from 8 bytes down to 1, the 8-byte bucket starting with all references;
//! 3. value-type fields, each at its field alignment.
//!
//! Value types are then rounded: to the next power of two when at most 8 bytes, else to 8 if
//! they contain references and otherwise to the largest alignment requirement, in which every
//! field that is not a value type counts as 8. `Pack` and `Size` are ignored.

use super::{FieldKind, LayoutError, LayoutKind, POINTER_SIZE, Placed, TypeShape, align_up, fields_start};

/// log2 of the largest primitive (8 bytes).
const MAX_LOG2: usize = 3;
/// log2 of the pointer size.
const LOG2_PTR: usize = 3;

/// Field indices by group, in declaration order.
struct Groups {
    refs: Vec<usize>,
    by_size: [Vec<usize>; MAX_LOG2 + 1],
    values: Vec<usize>,
}

impl Groups {
    fn new(shape: &TypeShape) -> Result<Self, LayoutError> {
        let mut g = Groups { refs: Vec::new(), by_size: Default::default(), values: Vec::new() };
        for (i, f) in shape.fields.iter().enumerate() {
            match &f.kind {
                FieldKind::ValueType(_) => g.values.push(i),
                FieldKind::Reference => g.refs.push(i),
                kind => {
                    let log2 = kind.size().trailing_zeros() as usize;
                    g.by_size.get_mut(log2).ok_or(LayoutError::InvalidShape { field: i, reason: "field too large" })?.push(i);
                }
            }
        }
        Ok(g)
    }

    /// Fields of size `1 << log2` still to place (references count in the pointer bucket).
    fn waiting(&self, log2: usize, placed: &[usize; MAX_LOG2 + 1]) -> bool {
        placed[log2] < self.by_size[log2].len() || (log2 == LOG2_PTR && !self.refs.is_empty())
    }
}

/// Placement state: the cursor and the offsets assigned so far.
struct Cursor<'a> {
    shape: &'a TypeShape,
    pos: u32,
    offsets: Vec<u32>,
}

impl Cursor<'_> {
    fn place(&mut self, index: usize) -> Result<(), LayoutError> {
        let kind = &self.shape.fields[index].kind;
        self.pos = align_up(self.pos, kind.align())?;
        self.offsets[index] = self.pos;
        self.pos = self.pos.checked_add(kind.size()).ok_or(LayoutError::TooLarge)?;
        Ok(())
    }
}

pub(super) fn place(shape: &TypeShape) -> Result<Placed, LayoutError> {
    let groups = Groups::new(shape)?;
    let mut cursor = Cursor { shape, pos: fields_start(shape), offsets: vec![0; shape.fields.len()] };
    let mut placed = [0usize; MAX_LOG2 + 1];
    fill_parent_gap(&groups, &mut cursor, &mut placed)?;
    for log2 in (0..=MAX_LOG2).rev() {
        if log2 == LOG2_PTR {
            for &i in &groups.refs {
                cursor.place(i)?;
            }
        }
        for &i in groups.by_size[log2].iter().skip(placed[log2]) {
            cursor.place(i)?;
        }
    }
    for &i in &groups.values {
        cursor.place(i)?;
    }
    let align = round_to(shape, cursor.pos);
    let size = if shape.is_value_type { align_up(cursor.pos.max(1), align)? } else { cursor.pos };
    Ok(Placed { offsets: cursor.offsets, size, align, kind: LayoutKind::Auto })
}

/// Step 1: while the cursor is misaligned, place the largest waiting field that still fits
/// the current misalignment, provided a larger field waits too.
fn fill_parent_gap(groups: &Groups, cursor: &mut Cursor<'_>, placed: &mut [usize; MAX_LOG2 + 1]) -> Result<(), LayoutError> {
    if cursor.pos.is_multiple_of(POINTER_SIZE) {
        return Ok(());
    }
    let mut i = 0;
    while i < MAX_LOG2 {
        if cursor.pos.is_multiple_of(1 << (i + 1)) {
            i += 1;
            continue;
        }
        if !(i + 1..=MAX_LOG2).any(|j| groups.waiting(j, placed)) {
            break;
        }
        let Some(j) = (0..=i).rev().find(|&j| groups.waiting(j, placed)) else { break };
        // References are never reordered: stop when only references are left at this size.
        if j == LOG2_PTR && placed[j] >= groups.by_size[j].len() {
            break;
        }
        cursor.place(groups.by_size[j][placed[j]])?;
        placed[j] += 1;
        i = j + 1;
    }
    Ok(())
}

/// The rounding of step 4 (crossgen2 `minAlign`), which is also the value type's alignment.
fn round_to(shape: &TypeShape, end: u32) -> u32 {
    if end > POINTER_SIZE {
        if shape.contains_gc_pointers() { POINTER_SIZE } else { largest_alignment(shape) }
    } else {
        end.max(1).next_power_of_two()
    }
}

/// Value-type fields count with their alignment, every other field with the pointer size.
fn largest_alignment(shape: &TypeShape) -> u32 {
    shape
        .fields
        .iter()
        .map(|f| match &f.kind {
            FieldKind::ValueType(v) => v.align,
            _ => POINTER_SIZE,
        })
        .fold(1, u32::max)
}

//! Sequential layout (crossgen2 `ComputeSequentialFieldLayout`), used for sequential types
//! without references: fields in declaration order, each at its (packed) alignment,
//! continuing after the parent's bytes.

use super::{LayoutError, LayoutKind, Placed, TypeShape, align_up, field_size_align, fields_start, value_type_size};

pub(super) fn place(shape: &TypeShape) -> Result<Placed, LayoutError> {
    let packing = shape.packing();
    let mut pos = fields_start(shape);
    let mut largest = 1;
    let mut offsets = Vec::with_capacity(shape.fields.len());
    for field in &shape.fields {
        let (size, align) = field_size_align(&field.kind, true, packing);
        largest = largest.max(align);
        pos = align_up(pos, align)?;
        offsets.push(pos);
        pos = pos.checked_add(size).ok_or(LayoutError::TooLarge)?;
    }
    let size = if shape.is_value_type { value_type_size(shape, pos, largest)? } else { class_size(shape, pos)? };
    Ok(Placed { offsets, size, align: largest, kind: LayoutKind::Sequential })
}

/// A sequential class's size: the end of its last field, or its parent's size plus the
/// metadata `Size` when that is larger. Never rounded.
fn class_size(shape: &TypeShape, end: u32) -> Result<u32, LayoutError> {
    let class_size = shape.class_size();
    if class_size == 0 {
        return Ok(end);
    }
    let parent = shape.parent.as_ref().map_or(0, |p| p.size);
    let specified = parent.checked_add(class_size).ok_or(LayoutError::TooLarge)?;
    Ok(specified.max(end))
}

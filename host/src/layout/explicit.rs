//! Explicit layout (crossgen2 `ComputeExplicitFieldLayout`) and its validation.
//!
//! Fields sit at their `[FieldOffset]` after the parent's bytes. The validation follows
//! CoreCLR `MethodTableBuilder::ValidateExplicitLayout` (crossgen2's `ExplicitLayoutValidator`
//! accepts and rejects the same layouts): every byte of the instance is tagged empty,
//! non-reference, object reference or byref, field by field in declaration order; an object
//! reference or byref must be pointer-aligned and may only overlap its own kind. Value types
//! with references contribute their reference slots and tag everything else (padding
//! included) non-reference; ref structs contribute their fields one by one.

use super::{
    FieldKind, LayoutError, LayoutKind, POINTER_SIZE, Placed, TypeShape, ValueTypeLayout, field_size_align, fields_start,
    value_type_size,
};

pub(super) fn place(shape: &TypeShape) -> Result<Placed, LayoutError> {
    let packing = shape.packing();
    let start = fields_start(shape);
    let mut end = start;
    let mut largest = 1;
    let mut offsets = Vec::with_capacity(shape.fields.len());
    for (i, field) in shape.fields.iter().enumerate() {
        let (size, align) = field_size_align(&field.kind, true, packing);
        largest = largest.max(align);
        let explicit = field.explicit_offset.ok_or(LayoutError::MissingExplicitOffset { field: i })?;
        if explicit > i32::MAX as u32 {
            return Err(LayoutError::NegativeExplicitOffset { field: i });
        }
        let offset = start.checked_add(explicit).ok_or(LayoutError::TooLarge)?;
        offsets.push(offset);
        end = end.max(offset.checked_add(size).ok_or(LayoutError::TooLarge)?);
    }
    validate(shape, &offsets)?;
    let size = if shape.is_value_type { value_type_size(shape, end, largest)? } else { end };
    Ok(Placed { offsets, size, align: largest, kind: LayoutKind::Explicit })
}

/// What a byte of the instance holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tag {
    /// Data that is not a GC pointer.
    Plain,
    /// An object reference.
    Object,
    /// A byref.
    ByRef,
}

/// Tagged byte ranges, sorted and disjoint (untagged bytes are empty). Ranges rather than a
/// byte array so that huge explicit offsets cost nothing.
#[derive(Default)]
struct TagMap {
    ranges: Vec<(u64, u64, Tag)>,
}

impl TagMap {
    /// The tagged parts of `[start, end)`, clipped.
    fn within(&self, start: u64, end: u64) -> Vec<(u64, u64, Tag)> {
        self.ranges
            .iter()
            .filter(|&&(s, e, _)| s < end && e > start)
            .map(|&(s, e, t)| (s.max(start), e.min(end), t))
            .collect()
    }

    /// Tags the empty bytes of `[start, end)` with `tag` (callers have checked the rest).
    fn fill(&mut self, start: u64, end: u64, tag: Tag) {
        let mut gaps = Vec::new();
        let mut at = start;
        for (s, e, _) in self.within(start, end) {
            if s > at {
                gaps.push((at, s, tag));
            }
            at = e;
        }
        if at < end {
            gaps.push((at, end, tag));
        }
        self.ranges.extend(gaps);
        self.ranges.sort_unstable_by_key(|r| r.0);
        self.merge();
    }

    fn merge(&mut self) {
        let mut merged: Vec<(u64, u64, Tag)> = Vec::with_capacity(self.ranges.len());
        for &(s, e, t) in &self.ranges {
            match merged.last_mut() {
                Some(last) if last.1 == s && last.2 == t => last.1 = e,
                _ => merged.push((s, e, t)),
            }
        }
        self.ranges = merged;
    }

    /// CoreCLR `MarkTagType`: every byte must be empty or already `tag`.
    fn mark(&mut self, start: u64, end: u64, tag: Tag) -> bool {
        if self.within(start, end).iter().any(|&(_, _, t)| t != tag) {
            return false;
        }
        self.fill(start, end, tag);
        true
    }
}

/// `ValidateExplicitLayout`: the first illegal field stops validation with CoreCLR's offset.
fn validate(shape: &TypeShape, offsets: &[u32]) -> Result<(), LayoutError> {
    let mut map = TagMap::default();
    for (field, &offset) in shape.fields.iter().zip(offsets) {
        let at = u64::from(offset);
        let bad = Err(LayoutError::ExplicitLayout { offset });
        match &field.kind {
            FieldKind::Reference | FieldKind::ByRef => {
                let tag = if field.kind == FieldKind::Reference { Tag::Object } else { Tag::ByRef };
                if !place_pointer(&mut map, at, tag) {
                    return bad;
                }
            }
            FieldKind::ValueType(v) if v.contains_gc_pointers() || v.is_byref_like => {
                // crossgen2 also insists that ref structs without any byref start aligned.
                if !at.is_multiple_of(u64::from(POINTER_SIZE)) || !check_value(&mut map, v, at) {
                    return bad;
                }
            }
            kind => {
                let end = at + u64::from(kind.size());
                if let Some(&(s, _, _)) = map.within(at, end).iter().find(|r| r.2 != Tag::Plain) {
                    return Err(LayoutError::ExplicitLayout { offset: u32::try_from(s).unwrap_or(offset) });
                }
                map.fill(at, end, Tag::Plain);
            }
        }
    }
    Ok(())
}

/// An object reference or byref at `at`: aligned, and over nothing or the same kind.
fn place_pointer(map: &mut TagMap, at: u64, tag: Tag) -> bool {
    let end = at + u64::from(POINTER_SIZE);
    if !at.is_multiple_of(u64::from(POINTER_SIZE)) {
        return false;
    }
    let under = map.within(at, end);
    if under.is_empty() {
        map.fill(at, end, tag);
        true
    } else {
        under.len() == 1 && under[0] == (at, end, tag)
    }
}

/// `CheckValueClassLayout` / `CheckByRefLikeValueClassLayout` for a value-type field at `at`.
fn check_value(map: &mut TagMap, v: &ValueTypeLayout, at: u64) -> bool {
    let ptr = u64::from(POINTER_SIZE);
    if v.is_byref_like {
        return v.fields.iter().all(|f| {
            let a = at + u64::from(f.offset);
            match &f.kind {
                FieldKind::ValueType(inner) => check_value(map, inner, a),
                FieldKind::Reference => a.is_multiple_of(ptr) && map.mark(a, a + ptr, Tag::Object),
                FieldKind::ByRef => a.is_multiple_of(ptr) && map.mark(a, a + ptr, Tag::ByRef),
                kind => map.mark(a, a + u64::from(kind.size()), Tag::Plain),
            }
        });
    }
    if v.contains_gc_pointers() && !at.is_multiple_of(ptr) {
        return false;
    }
    // The whole value is non-reference except its reference slots.
    let refs = v.object_ref_slots();
    let mut pos = 0u64;
    let size = u64::from(v.size);
    for slot in refs.iter().map(|&s| u64::from(s)) {
        if slot > pos && !map.mark(at + pos, at + slot.min(size), Tag::Plain) {
            return false;
        }
        if !map.mark(at + slot, at + slot + ptr, Tag::Object) {
            return false;
        }
        pos = pos.max(slot + ptr);
    }
    pos >= size || map.mark(at + pos, at + size, Tag::Plain)
}

//! crossgen2's layout assumptions against ours.
//!
//! ReadyToRun code that depends on a type's layout carries the layout crossgen2 assumed, as
//! `Check_TypeLayout`/`Verify_TypeLayout` (size, alignment, GC bitmap) and
//! `Check_FieldOffset`/`Verify_FieldOffset` fixups. Before such code may run, each assumption
//! is compared with the layout this module computed; a `Check_` mismatch rejects the method
//! (it is JIT-compiled instead), a `Verify_` mismatch is a fatal error. The comparisons here
//! are pure; finding the type and field behind a fixup is the loader's business.

use r2rhost_image::r2r::fixups::{GcLayout, LayoutAlignment, TypeLayout, TypeLayoutFlags};

use super::{InstanceLayout, POINTER_SIZE};

/// Why crossgen2's assumption does not hold, for the rejection message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LayoutMismatch(pub String);

impl std::fmt::Display for LayoutMismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Compares a `Check_TypeLayout`/`Verify_TypeLayout` descriptor with a computed layout (of a
/// value type: the descriptors describe unboxed values).
pub fn check_type_layout(expected: &TypeLayout, ours: &InstanceLayout) -> Result<(), LayoutMismatch> {
    let mut diffs = Vec::new();
    if expected.size != ours.size {
        diffs.push(format!("size {} (ours {})", expected.size, ours.size));
    }
    if expected.flags.0 & TypeLayoutFlags::HFA != 0 {
        diffs.push("a homogeneous floating-point aggregate (never on x64)".to_string());
    }
    let align = match expected.alignment {
        LayoutAlignment::Unchecked => None,
        LayoutAlignment::Native => Some(POINTER_SIZE),
        LayoutAlignment::Explicit(a) => Some(a),
    };
    if let Some(a) = align
        && a != ours.class_alignment
    {
        diffs.push(format!("alignment {a} (ours {})", ours.class_alignment));
    }
    match &expected.gc_layout {
        GcLayout::Unchecked => {}
        GcLayout::Empty if ours.contains_gc_pointers() => diffs.push(format!("no GC references (ours at {:?})", ours.object_ref_slots())),
        GcLayout::Empty => {}
        GcLayout::Bitmap(bits) if *bits != ours.gc_bitmap() => diffs.push(format!("GC bitmap {bits:02x?} (ours {:02x?})", ours.gc_bitmap())),
        GcLayout::Bitmap(_) => {}
    }
    if diffs.is_empty() { Ok(()) } else { Err(LayoutMismatch(format!("crossgen2 assumed {}", diffs.join(", ")))) }
}

/// Compares a `Verify_FieldOffset` (or `Check_FieldOffset`, with `base_offset` 0) of
/// instance field `field` with a computed layout. Class offsets in fixups count the
/// MethodTable pointer; when a class's layout is not fixed in the version bubble, crossgen2
/// encodes base 0 and the offset relative to the field base.
pub fn check_instance_field(is_value_type: bool, ours: &InstanceLayout, field: usize, base_offset: u32, offset: u32) -> Result<(), LayoutMismatch> {
    let data = *ours.field_offsets.get(field).ok_or_else(|| LayoutMismatch(format!("no instance field #{field}")))?;
    if is_value_type {
        return if base_offset == 0 && offset == data {
            Ok(())
        } else {
            Err(LayoutMismatch(format!("crossgen2 assumed base {base_offset} and offset {offset}; ours {data}")))
        };
    }
    let (abs, field_base) = (data + POINTER_SIZE, ours.field_base_offset + POINTER_SIZE);
    let ok = if base_offset == 0 { abs.checked_sub(field_base) == Some(offset) } else { base_offset == field_base && offset == abs };
    if ok {
        Ok(())
    } else {
        Err(LayoutMismatch(format!("crossgen2 assumed base {base_offset:#x} and offset {offset:#x}; ours base {field_base:#x}, offset {abs:#x}")))
    }
}

/// Compares a `Verify_FieldOffset` of a static field (an offset in its statics block,
/// thread statics counted from [`super::statics::THREAD_STATICS_START`]) with ours.
pub fn check_static_field(ours: u32, base_offset: u32, offset: u32) -> Result<(), LayoutMismatch> {
    if base_offset == 0 && offset == ours {
        Ok(())
    } else {
        Err(LayoutMismatch(format!("crossgen2 assumed static offset {offset} (base {base_offset}); ours {ours}")))
    }
}

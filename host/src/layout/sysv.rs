//! SysV AMD64 classification of value types for argument passing (crossgen2
//! `SystemVStructClassificator.cs`, the managed twin of CoreCLR
//! `MethodTable::ClassifyEightBytesWithManagedLayout`).
//!
//! A value type of at most 16 bytes is passed in up to two registers when every field sits at
//! its natural alignment; each eightbyte is classified INTEGER or SSE (object references and
//! byrefs are INTEGER with GC meaning). The rules, in order:
//!
//! * larger than 16 bytes, no fields, a hardware vector type (`Vector64/128/256/512<T>`), or a
//!   field (at any depth) not at its natural alignment → memory;
//! * a single value-type field at offset 0 of a type with declared layout whose size is a
//!   multiple of that field's (a fixed buffer, an inline array) counts as that many copies;
//! * fields sharing an offset (unions) merge: INTEGER wins over SSE; references and byrefs
//!   only merge with their own kind;
//! * bytes between fields are NO_CLASS, bytes after the last field take its class; an
//!   eightbyte in which no field starts and which is still NO_CLASS becomes INTEGER;
//! * an eightbyte's class is the merge of its bytes' (INTEGER > reference > byref > SSE).
//!
//! Verified by unit tests derived from those rules (not against the runtime: no observable
//! CoreCLR output exposes the classification).

use super::{FieldKind, LayoutKind, ValueTypeLayout};

/// Largest struct passed in registers.
const MAX_BYTES: u32 = 16;
/// Most distinct field offsets tracked (one per byte of a 16-byte struct).
const MAX_FIELDS: usize = 16;

/// The class of an eightbyte.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegClass {
    /// An integer register.
    Integer,
    /// An integer register holding an object reference.
    IntegerReference,
    /// An integer register holding a byref.
    IntegerByRef,
    /// An SSE register.
    Sse,
}

/// One register-passed eightbyte.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EightByte {
    /// Its class.
    pub class: RegClass,
    /// Bytes it covers (1–8).
    pub size: u8,
    /// Its offset in the value (0 or 8).
    pub offset: u8,
}

/// How a value type is passed.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum StructPassing {
    /// On the stack (or, for returns, through a hidden buffer).
    Memory,
    /// In one or two registers.
    Registers(Vec<EightByte>),
}

/// Classification of one byte range while walking the fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FieldClass {
    NoClass,
    Integer,
    IntegerReference,
    IntegerByRef,
    Sse,
}

/// The fields seen so far, one entry per distinct offset.
#[derive(Default)]
struct Helper {
    size: u32,
    largest_offset: Option<u32>,
    fields: Vec<(u32, u32, FieldClass)>,
}

/// Classifies a value type of `layout` for SysV argument passing.
pub fn sysv_classify(layout: &ValueTypeLayout) -> StructPassing {
    if layout.size > MAX_BYTES {
        return StructPassing::Memory;
    }
    let mut helper = Helper { size: layout.size, ..Helper::default() };
    if !classify(layout, 0, &mut helper) {
        return StructPassing::Memory;
    }
    match assign_eightbytes(&helper) {
        Some(eightbytes) => StructPassing::Registers(eightbytes),
        None => StructPassing::Memory,
    }
}

/// Element size and class of a field kind (`Struct` handled by the caller).
fn field_class(kind: &FieldKind) -> FieldClass {
    match kind {
        FieldKind::Primitive { .. } => FieldClass::Integer,
        FieldKind::FloatingPoint { .. } => FieldClass::Sse,
        FieldKind::Reference => FieldClass::IntegerReference,
        FieldKind::ByRef => FieldClass::IntegerByRef,
        FieldKind::ValueType(_) => FieldClass::NoClass,
    }
}

/// `ClassifyEightBytes`: records every primitive field of `layout` placed at `start`.
fn classify(layout: &ValueTypeLayout, start: u32, helper: &mut Helper) -> bool {
    let Some(first) = layout.fields.first() else { return false };
    if layout.special.is_some_and(|s| s.is_vector()) {
        return false;
    }
    let first_size = first.kind.size();
    let fixed_buffer = layout.fields.len() == 1
        && !matches!(first.kind, FieldKind::Reference | FieldKind::ByRef)
        && first.offset == 0
        && layout.declared_layout != LayoutKind::Auto
        && first_size != 0
        && layout.size.is_multiple_of(first_size);
    let count = if fixed_buffer { layout.size / first_size } else { layout.fields.len() as u32 };
    for index in 0..count {
        let (offset, kind) = if fixed_buffer {
            (index * first_size, &first.kind)
        } else {
            let f = &layout.fields[index as usize];
            (f.offset, &f.kind)
        };
        let Some(at) = offset.checked_add(start) else { return false };
        let size = kind.size();
        if at.saturating_add(size) > helper.size {
            return false;
        }
        if let FieldKind::ValueType(inner) = kind {
            if !classify(inner, at, helper) {
                return false;
            }
            continue;
        }
        if size == 0 || !at.is_multiple_of(size) || !record(helper, at, size, field_class(kind)) {
            return false;
        }
    }
    true
}

/// Adds a primitive field, merging it with a field already seen at the same offset.
fn record(helper: &mut Helper, at: u32, size: u32, class: FieldClass) -> bool {
    if helper.largest_offset.is_some_and(|largest| at <= largest) {
        if let Some(f) = helper.fields.iter_mut().rev().find(|f| f.0 == at) {
            f.1 = f.1.max(size);
            f.2 = reclassify(f.2, class);
            return true;
        }
    } else {
        helper.largest_offset = Some(at);
    }
    if helper.fields.len() >= MAX_FIELDS {
        return false;
    }
    helper.fields.push((at, size, class));
    true
}

/// `ReClassifyField`: the class of two fields sharing an offset.
fn reclassify(original: FieldClass, new: FieldClass) -> FieldClass {
    match new {
        FieldClass::Sse if original == FieldClass::Sse => FieldClass::Sse,
        FieldClass::Sse => FieldClass::Integer,
        other => other,
    }
}

/// Merges a byte's class into its eightbyte's.
fn merge(current: FieldClass, class: FieldClass) -> FieldClass {
    use FieldClass::*;
    if current == class {
        current
    } else if current == NoClass {
        class
    } else if current == Integer || class == Integer {
        Integer
    } else if current == IntegerReference || class == IntegerReference {
        IntegerReference
    } else if current == IntegerByRef || class == IntegerByRef {
        IntegerByRef
    } else {
        Sse
    }
}

/// `AssignClassifiedEightByteTypes`: walks the bytes in offset order.
fn assign_eightbytes(helper: &Helper) -> Option<Vec<EightByte>> {
    let largest = helper.largest_offset?;
    let mut by_offset = [None; MAX_BYTES as usize];
    for (i, f) in helper.fields.iter().enumerate() {
        *by_offset.get_mut(f.0 as usize)? = Some(i);
    }
    let last = helper.fields[by_offset.get(largest as usize).copied().flatten()?];
    let after_last = last.0 + last.1;
    let mut classes = [FieldClass::NoClass; 2];
    let mut used = 0usize;
    let mut accumulated = 0u32;
    let mut found = false;
    for offset in 0..helper.size {
        let (size, class) = match by_offset[offset as usize] {
            None if offset < accumulated => continue,
            None => (1, if offset < after_last { FieldClass::NoClass } else { last.2 }),
            Some(i) => {
                found = true;
                (helper.fields[i].1, helper.fields[i].2)
            }
        };
        let first_eb = (offset / 8) as usize;
        let last_eb = ((offset + size - 1) / 8) as usize;
        if last_eb >= classes.len() {
            return None;
        }
        used = used.max(last_eb + 1);
        for c in &mut classes[first_eb..=last_eb] {
            *c = merge(*c, class);
        }
        if (offset + 1).is_multiple_of(8) {
            if !found && classes[(offset / 8) as usize] == FieldClass::NoClass {
                classes[(offset / 8) as usize] = FieldClass::Integer;
            }
            found = false;
        }
        accumulated = accumulated.max(offset + size);
    }
    Some(
        (0..used)
            .map(|i| {
                let end = 8 * (i as u32 + 1);
                let size = if accumulated < end { accumulated % 8 } else { 8 };
                let class = match classes[i] {
                    FieldClass::Sse => RegClass::Sse,
                    FieldClass::IntegerReference => RegClass::IntegerReference,
                    FieldClass::IntegerByRef => RegClass::IntegerByRef,
                    FieldClass::Integer | FieldClass::NoClass => RegClass::Integer,
                };
                EightByte { class, size: size as u8, offset: (8 * i) as u8 }
            })
            .collect(),
    )
}

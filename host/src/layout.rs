//! # Field layout: crossgen2's algorithm for instance fields, statics and SysV struct passing
//!
//! ReadyToRun code bakes in the instance field offsets, sizes, alignments and GC layouts of
//! the types in its version bubble, so the host must lay types out **exactly** as crossgen2
//! did. This module is that algorithm, as a pure function of a type's shape: the caller (the
//! type loader) describes the type — its kind, declared layout, `ClassLayout` row, parent and
//! instance fields, with every embedded value type already laid out — and gets back the
//! offsets, size, alignment and GC slots. Nothing here reads metadata or touches memory.
//!
//! ## Sources
//!
//! Facts come from the dotnet/runtime sources (by file name) and were checked against a real
//! CoreCLR 10.0.12 and crossgen2 10.0.12 by `host/tests/layout_oracle.rs`:
//!
//! * `MetadataFieldLayoutAlgorithm.cs` (`ComputeInstanceLayout`, `ComputeSequentialFieldLayout`,
//!   `ComputeExplicitFieldLayout`, `ComputeAutoFieldLayout`, `ComputeInstanceSize`,
//!   `CalculateFieldBaseOffset`, `ComputeFieldSizeAndAlignment`, `AdjustForInlineArray`);
//! * `ReadyToRunMetadataFieldLayoutAlgorithm.cs` (which algorithm a type gets; per-type
//!   statics; `AlignBaseOffsetIfNecessary`) and `ReadyToRunCompilerContext.cs`
//!   (`CalculateFieldBaseOffset` for field-base fixups);
//! * `Int128FieldLayoutAlgorithm.cs`, `VectorFieldLayoutAlgorithm.cs` (special alignments);
//! * `ExplicitLayoutValidator.cs` and CoreCLR `methodtablebuilder.cpp`
//!   (`ValidateExplicitLayout`, `CheckValueClassLayout`): which overlaps are illegal;
//! * `MarshalUtils.cs` (`IsBlittableType`) and `TypeFixupSignature.cs`
//!   (`GetClassAlignmentRequirement`, the alignment a `Verify_TypeLayout` fixup checks);
//! * `SystemVStructClassificator.cs` (see [`sysv`]);
//! * CoreCLR `methodtablebuilder.cpp` (`HandleAutoLayout`, `PlaceRegularStaticFields`) and
//!   `classlayoutinfo.cpp`, which crossgen2 mirrors.
//!
//! ## The algorithm (x64, pointer size 8)
//!
//! 1. **Which algorithm.** Explicit layout → explicit. Sequential layout **without GC
//!    references** (own or inherited) → sequential. Everything else — auto layout, and
//!    sequential types that contain references — → auto (packing and `Size` are then
//!    ignored). Sequential layout is kept for non-blittable types without references (`bool`,
//!    `char`); only references switch it off.
//! 2. **Field size and alignment.** Primitives and enums: their size; references, byrefs and
//!    pointers: 8; value types: their laid-out size and field alignment. With declared layout,
//!    alignment is capped by `Pack` (default 64). `Int128`/`UInt128` have field alignment 16,
//!    `Vector64/128/256/512<T>` 8/16/32/64.
//! 3. **Where a class's fields start.** Right after the parent's unaligned instance bytes,
//!    aligned to 8 only when a version-bubble boundary lies between parent and child
//!    ([`ParentLayout::bubble_boundary`]).
//! 4. **Sequential**: in declaration order, each field aligned; value-type size rounded to
//!    the largest field alignment, or `max(Size, end)` when `Size` is given. Class sizes are
//!    not rounded.
//! 5. **Explicit**: at the metadata offsets; references and byrefs must be pointer-aligned
//!    and may overlap only their own kind. Value-type size as sequential, and rounded to 8
//!    when `Size` is given and the type has references. `Size` of classes is ignored.
//! 6. **Auto** (CoreCLR's `PlaceInstanceFields`): first fill a misaligned parent tail with
//!    small non-GC fields; then from 8-byte down to 1-byte fields, placing references first
//!    among the 8-byte group (byrefs count as 8-byte non-GC fields); value-type fields last,
//!    each at its alignment. A value type ≤ 8 bytes is rounded to the next power of two;
//!    larger ones to 8 if they contain references, else to the largest field alignment, where
//!    every non-value-type field counts as 8.
//! 7. **Inline arrays** multiply the laid-out size by the length. Empty value types are 1
//!    byte. `BaseSize` = `max(align8(data + 16), 24)`.
//!
//! ## Where crossgen2 and CoreCLR disagree
//!
//! This module follows crossgen2. CoreCLR 10.0.12 computes different layouts for three shapes
//! (crossgen2's `--verify-type-and-field-layout` checks fail fast on them; without the flag the
//! R2R code silently disagrees with the runtime):
//!
//! * a sequential class derived from a sequential class: CoreCLR rounds the parent's size to
//!   its alignment requirement, crossgen2 does not;
//! * an explicit class derived from an explicit class: CoreCLR counts the parent's size twice;
//! * an explicit value type with references and `Pack` < 8 (and types embedding it): CoreCLR
//!   rounds its size to 8, crossgen2 does not.
//!
//! Static field layout ([`statics`]), SysV classification ([`sysv`]), per-type GC descriptors
//! ([`gcdesc`]) and the comparison with crossgen2's layout fixups ([`check`]) have their own
//! modules.

#![deny(missing_docs)]

mod auto;
pub mod check;
mod explicit;
pub mod gcdesc;
mod sequential;
pub mod statics;
pub mod sysv;
#[cfg(test)]
mod tests;

use std::fmt;

pub use statics::{StaticFieldKind, StaticFieldOffset, StaticFieldShape, StaticLayout, StaticRegion, compute_static_layout};
pub use sysv::{EightByte, RegClass, StructPassing, sysv_classify};

/// Pointer size of the only target (x64).
pub const POINTER_SIZE: u32 = 8;

/// The packing used when a type's `ClassLayout` row gives none (crossgen2
/// `TargetDetails.MaximumAlignment`): large enough for `Vector512<T>`.
pub const DEFAULT_PACKING: u32 = 64;

/// Size of the object header plus the MethodTable pointer, added to the instance data to get
/// `BaseSize`.
pub const OBJECT_HEADER_AND_METHOD_TABLE: u32 = 16;

/// The smallest `BaseSize` of any object (header, MethodTable pointer, one pointer of data).
pub const MIN_OBJECT_SIZE: u32 = 24;

/// The largest instance size CoreCLR accepts (`FIELD_OFFSET_LAST_REAL_OFFSET`); larger
/// layouts are [`LayoutError::TooLarge`].
pub const MAX_INSTANCE_SIZE: u32 = (1 << 27) - 1 - 6;

/// A type's declared layout (`TypeAttributes.LayoutMask`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LayoutKind {
    /// `AutoLayout`: the runtime chooses the field order.
    Auto,
    /// `SequentialLayout`: declaration order (kept only for types without references).
    Sequential,
    /// `ExplicitLayout`: offsets from the `FieldLayout` table.
    Explicit,
}

/// One instance field, in metadata (declaration) order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldShape {
    /// What occupies the field.
    pub kind: FieldKind,
    /// `[FieldOffset]` (the `FieldLayout` row), required for explicit layout.
    pub explicit_offset: Option<u32>,
    /// The field does not marshal as a blittable value although its kind would: `bool`,
    /// `char` in an ANSI type, or a field with a representation-changing `MarshalAs`. Only
    /// affects [`InstanceLayout::is_blittable`] (and through it the alignment a layout check
    /// expects), never offsets.
    pub non_blittable: bool,
}

impl FieldShape {
    /// A field of the given kind, without explicit offset, blittable if its kind is.
    pub fn new(kind: FieldKind) -> Self {
        FieldShape { kind, explicit_offset: None, non_blittable: false }
    }

    /// The same field at an explicit offset.
    pub fn at(mut self, offset: u32) -> Self {
        self.explicit_offset = Some(offset);
        self
    }

    /// The same field, marked non-blittable (`bool`, ANSI `char`).
    pub fn not_blittable(mut self) -> Self {
        self.non_blittable = true;
        self
    }
}

/// What occupies a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// An integer-class primitive: `bool`, `char`, the integers, `nint`/`nuint`, pointers,
    /// function pointers, enums (as their underlying type). `size` must be 1, 2, 4 or 8.
    Primitive {
        /// Size in bytes.
        size: u32,
        /// Natural alignment (equal to the size on x64).
        align: u32,
    },
    /// `float` (4) or `double` (8): laid out like a primitive, classified SSE by [`sysv`].
    FloatingPoint {
        /// Size in bytes.
        size: u32,
    },
    /// An object reference (GC pointer), 8 bytes.
    Reference,
    /// A `ref` field of a ref struct: 8 bytes, a GC-tracked interior pointer.
    ByRef,
    /// An embedded value type with its computed layout.
    ValueType(Box<ValueTypeLayout>),
}

impl FieldKind {
    /// A primitive of `size` bytes aligned to its size.
    pub fn primitive(size: u32) -> Self {
        FieldKind::Primitive { size, align: size }
    }

    /// Size in bytes.
    pub fn size(&self) -> u32 {
        match self {
            FieldKind::Primitive { size, .. } | FieldKind::FloatingPoint { size } => *size,
            FieldKind::Reference | FieldKind::ByRef => POINTER_SIZE,
            FieldKind::ValueType(v) => v.size,
        }
    }

    /// Natural alignment, before packing.
    pub fn align(&self) -> u32 {
        match self {
            FieldKind::Primitive { align, .. } => *align,
            FieldKind::FloatingPoint { size } => *size,
            FieldKind::Reference | FieldKind::ByRef => POINTER_SIZE,
            FieldKind::ValueType(v) => v.align,
        }
    }

    /// True for a reference or a value type containing references (not byrefs).
    pub fn contains_gc_pointers(&self) -> bool {
        match self {
            FieldKind::Reference => true,
            FieldKind::ValueType(v) => v.contains_gc_pointers(),
            _ => false,
        }
    }

    /// True for a byref or a byref-like value type.
    pub fn is_byref_like(&self) -> bool {
        match self {
            FieldKind::ByRef => true,
            FieldKind::ValueType(v) => v.is_byref_like,
            _ => false,
        }
    }
}

/// Layout-relevant types whose layout differs from what their metadata says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SpecialType {
    /// `System.Int128` / `System.UInt128`: field alignment 16 (since .NET 8).
    Int128,
    /// `System.Runtime.Intrinsics.Vector64<T>`: field alignment 8.
    Vector64,
    /// `Vector128<T>`: field alignment 16.
    Vector128,
    /// `Vector256<T>`: field alignment 32.
    Vector256,
    /// `Vector512<T>`: field alignment 64.
    Vector512,
}

impl SpecialType {
    fn field_alignment(self) -> u32 {
        match self {
            SpecialType::Int128 | SpecialType::Vector128 => 16,
            SpecialType::Vector64 => 8,
            SpecialType::Vector256 => 32,
            SpecialType::Vector512 => 64,
        }
    }

    /// True for the hardware vector types (never passed in registers by [`sysv`]).
    pub fn is_vector(self) -> bool {
        !matches!(self, SpecialType::Int128)
    }
}

/// A laid-out value type, as embedded in another type's field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueTypeLayout {
    /// Unboxed size (crossgen2 `InstanceFieldSize`).
    pub size: u32,
    /// Field alignment (crossgen2 `InstanceFieldAlignment`).
    pub align: u32,
    /// Offsets of GC pointers, including byrefs, sorted.
    pub gc_slots: Vec<u32>,
    /// The subset of `gc_slots` that are byrefs.
    pub byref_slots: Vec<u32>,
    /// Auto layout, or a field with auto layout somewhere inside (crossgen2
    /// `IsAutoLayoutOrHasAutoLayoutFields`; does not change layout).
    pub is_auto_or_has_auto: bool,
    /// Blittable for interop (`MarshalUtils.IsBlittableType`).
    pub is_blittable: bool,
    /// `Int128`/`UInt128` or contains one.
    pub is_int128_or_has_int128: bool,
    /// A ref struct.
    pub is_byref_like: bool,
    /// The declared (metadata) layout.
    pub declared_layout: LayoutKind,
    /// Special handling, if any.
    pub special: Option<SpecialType>,
    /// `[InlineArray]` length, if any.
    pub inline_array_length: Option<u32>,
    /// The type's own instance fields with their offsets, in declaration order (for the
    /// SysV classifier and explicit-layout validation of enclosing types).
    pub fields: Vec<PlacedField>,
}

impl ValueTypeLayout {
    /// True if the value holds object references (byrefs do not count).
    pub fn contains_gc_pointers(&self) -> bool {
        self.gc_slots.len() > self.byref_slots.len()
    }

    /// Offsets of object references only (what a GC bitmap or GCDesc records).
    pub fn object_ref_slots(&self) -> Vec<u32> {
        self.gc_slots.iter().copied().filter(|s| !self.byref_slots.contains(s)).collect()
    }
}

/// A field with its offset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlacedField {
    /// Offset within the value.
    pub offset: u32,
    /// What occupies it.
    pub kind: FieldKind,
}

/// The laid-out parent class of a class (absent for `System.Object`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParentLayout {
    /// The parent's [`InstanceLayout::size`]: its instance bytes after the MethodTable
    /// pointer, including its own bases, unaligned.
    pub size: u32,
    /// The parent's alignment (informational on x64).
    pub align: u32,
    /// A version-bubble boundary lies between parent and child (crossgen2
    /// `NeedsAlignmentBetweenBaseTypeAndDerived`): the parent is in another compilation unit,
    /// or its own layout depends on more than one (a base, or an instance value-type field,
    /// from another module). The child's fields then start at a pointer-aligned offset.
    /// CoreCLR applies the same rule only when the child's module is a ReadyToRun image.
    pub bubble_boundary: bool,
    /// The parent's declared layout.
    pub layout: LayoutKind,
    /// Offsets of the parent's GC pointers (inherited by the child).
    pub gc_slots: Vec<u32>,
    /// The parent is blittable.
    pub is_blittable: bool,
    /// The parent has an `Int128` field somewhere.
    pub is_int128_or_has_int128: bool,
}

impl ParentLayout {
    /// The parent description for a child of the class laid out as `layout` from `shape`.
    pub fn new(shape: &TypeShape, layout: &InstanceLayout, bubble_boundary: bool) -> Self {
        ParentLayout {
            size: layout.size,
            align: layout.align,
            bubble_boundary,
            layout: shape.layout,
            gc_slots: layout.gc_slots.clone(),
            is_blittable: layout.is_blittable,
            is_int128_or_has_int128: layout.is_int128_or_has_int128,
        }
    }

    fn zero_sized_with_layout(&self) -> bool {
        self.size == 0 && self.layout != LayoutKind::Auto
    }
}

/// The shape of a type to lay out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeShape {
    /// A value type (else a class).
    pub is_value_type: bool,
    /// Declared layout.
    pub layout: LayoutKind,
    /// `ClassLayout.PackingSize` (`None` or `Some(0)`: default).
    pub pack: Option<u32>,
    /// `ClassLayout.ClassSize` (`None` or `Some(0)`: none).
    pub class_size: Option<u32>,
    /// Classes: the laid-out base class, `None` when it is `System.Object`.
    pub parent: Option<ParentLayout>,
    /// Instance fields in declaration order.
    pub fields: Vec<FieldShape>,
    /// A ref struct (`IsByRefLikeAttribute`).
    pub is_byref_like: bool,
    /// `[InlineArray(n)]`.
    pub inline_array_length: Option<u32>,
    /// Special layout rules.
    pub special: Option<SpecialType>,
}

impl TypeShape {
    /// A value type with the given layout and fields and no further attributes.
    pub fn value_type(layout: LayoutKind, fields: Vec<FieldShape>) -> Self {
        TypeShape {
            is_value_type: true,
            layout,
            pack: None,
            class_size: None,
            parent: None,
            fields,
            is_byref_like: false,
            inline_array_length: None,
            special: None,
        }
    }

    /// A class with the given layout, parent and fields.
    pub fn class(layout: LayoutKind, parent: Option<ParentLayout>, fields: Vec<FieldShape>) -> Self {
        TypeShape { is_value_type: false, parent, ..TypeShape::value_type(layout, fields) }
    }

    fn packing(&self) -> u32 {
        match self.pack {
            None | Some(0) => DEFAULT_PACKING,
            Some(p) => p,
        }
    }

    fn class_size(&self) -> u32 {
        self.class_size.unwrap_or(0)
    }

    fn own_fields_contain_gc_pointers(&self) -> bool {
        self.fields.iter().any(|f| f.kind.contains_gc_pointers())
    }

    /// References in own fields or inherited (crossgen2 `ContainsGCPointers`).
    fn contains_gc_pointers(&self) -> bool {
        self.own_fields_contain_gc_pointers() || self.parent.as_ref().is_some_and(|p| !p.gc_slots.is_empty())
    }
}

/// The computed layout of a type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InstanceLayout {
    /// Parallel to [`TypeShape::fields`]: offset within the instance data. Classes: relative
    /// to the first byte after the MethodTable pointer (R2R offsets add 8); value types:
    /// relative to the value's start.
    pub field_offsets: Vec<u32>,
    /// Instance data size: the unboxed size of a value type; for a class, the bytes after
    /// the MethodTable pointer including its bases', unaligned.
    pub size: u32,
    /// Value types: field alignment (crossgen2 `InstanceFieldAlignment`); classes: 8.
    pub align: u32,
    /// Offsets of GC pointers, byrefs included (classes: inherited ones too), sorted.
    pub gc_slots: Vec<u32>,
    /// The subset of `gc_slots` that are byrefs.
    pub byref_slots: Vec<u32>,
    /// CoreCLR `BaseSize`: header + MethodTable pointer + data, 8-aligned, at least 24 (for
    /// value types, of the boxed form).
    pub base_size: u32,
    /// The algorithm that placed the fields.
    pub effective_layout: LayoutKind,
    /// Classes: where crossgen2's `FieldBaseOffset` says this type's own fields begin (parent
    /// size, plus one for a zero-sized parent with layout, aligned to 8; add 8 for the R2R
    /// value). Value types: 0.
    pub field_base_offset: u32,
    /// The alignment a ReadyToRun layout check expects (crossgen2
    /// `GetClassAlignmentRequirement`): `align` for sequential or blittable explicit value
    /// types, else 8.
    pub class_alignment: u32,
    /// Blittable for interop.
    pub is_blittable: bool,
    /// Auto layout or has an auto-layout field.
    pub is_auto_or_has_auto: bool,
    /// Is or contains `Int128`.
    pub is_int128_or_has_int128: bool,
}

impl InstanceLayout {
    /// True if the instance holds object references (byrefs do not count).
    pub fn contains_gc_pointers(&self) -> bool {
        self.gc_slots.len() > self.byref_slots.len()
    }

    /// Offsets of object references only.
    pub fn object_ref_slots(&self) -> Vec<u32> {
        self.gc_slots.iter().copied().filter(|s| !self.byref_slots.contains(s)).collect()
    }

    /// The GC bitmap of a ReadyToRun layout check: bit `i` (LSB first) set when
    /// pointer-sized slot `i` holds an object reference; `(size/8 + 7)/8` bytes.
    pub fn gc_bitmap(&self) -> Vec<u8> {
        let mut bytes = vec![0u8; ((self.size / POINTER_SIZE) as usize).div_ceil(8)];
        for slot in self.object_ref_slots() {
            let bit = (slot / POINTER_SIZE) as usize;
            if let Some(b) = bytes.get_mut(bit / 8) {
                *b |= 1 << (bit % 8);
            }
        }
        bytes
    }
}

/// Why a type cannot be laid out (CoreCLR throws `TypeLoadException`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LayoutError {
    /// `Pack` is not 0 or a power of two up to 128 (`ClassLoadBadFormat`).
    InvalidPacking(u32),
    /// A class with sequential or explicit layout derives from a class with a different
    /// layout kind (`ClassLoadBadFormat`).
    ParentLayoutMismatch,
    /// A byref or ref-struct field in a type that is not a ref struct (`ClassLoadGeneral`).
    ByRefFieldInNonByRefLikeType {
        /// Index of the field.
        field: usize,
    },
    /// An explicit-layout field without `[FieldOffset]` (`ClassLoadBadFormat`).
    MissingExplicitOffset {
        /// Index of the field.
        field: usize,
    },
    /// An explicit offset beyond `i32::MAX`.
    NegativeExplicitOffset {
        /// Index of the field.
        field: usize,
    },
    /// CoreCLR's `IDS_CLASSLOAD_EXPLICIT_LAYOUT`: an object (or byref) field is misaligned
    /// or overlapped by a field of another kind.
    ExplicitLayout {
        /// The offset CoreCLR reports.
        offset: u32,
    },
    /// `[InlineArray]` length is not positive.
    InlineArrayLength,
    /// An inline array must have exactly one instance field.
    InlineArrayFieldCount,
    /// An inline array cannot have explicit layout.
    InlineArrayExplicit,
    /// An inline array cannot have an explicit `Size`.
    InlineArrayExplicitSize,
    /// The instance is larger than [`MAX_INSTANCE_SIZE`].
    TooLarge,
    /// The shape itself is malformed (not a runtime rule): e.g. a primitive of size 3.
    InvalidShape {
        /// Index of the field.
        field: usize,
        /// What is wrong.
        reason: &'static str,
    },
}

impl fmt::Display for LayoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LayoutError::InvalidPacking(p) => write!(f, "invalid packing size {p} (bad format)"),
            LayoutError::ParentLayoutMismatch => write!(f, "layout kind differs from the base type's (bad format)"),
            LayoutError::ByRefFieldInNonByRefLikeType { field } => {
                write!(f, "field {field} is a byref or ref struct but the type is not a ref struct")
            }
            LayoutError::MissingExplicitOffset { field } => write!(f, "explicit-layout field {field} has no offset (bad format)"),
            LayoutError::NegativeExplicitOffset { field } => write!(f, "explicit-layout field {field} has a negative offset"),
            LayoutError::ExplicitLayout { offset } => write!(
                f,
                "it contains an object field at offset {offset} that is incorrectly aligned or overlapped by a non-object field"
            ),
            LayoutError::InlineArrayLength => write!(f, "inline array length must be greater than 0"),
            LayoutError::InlineArrayFieldCount => write!(f, "inline array struct must have a single field"),
            LayoutError::InlineArrayExplicit => write!(f, "inline array cannot have explicit layout"),
            LayoutError::InlineArrayExplicitSize => write!(f, "inline array cannot have an explicit size"),
            LayoutError::TooLarge => write!(f, "the type is too large"),
            LayoutError::InvalidShape { field, reason } => write!(f, "field {field}: {reason}"),
        }
    }
}

impl std::error::Error for LayoutError {}

/// Lays out the instance fields of `shape` as crossgen2 does.
pub fn compute_instance_layout(shape: &TypeShape) -> Result<InstanceLayout, LayoutError> {
    validate(shape)?;
    let placed = match effective_layout(shape) {
        LayoutKind::Explicit => explicit::place(shape)?,
        LayoutKind::Sequential => sequential::place(shape)?,
        LayoutKind::Auto => auto::place(shape)?,
    };
    finish(shape, placed)
}

/// Lays out `shape` (a value type) and packages the result for embedding in other types.
pub fn value_type_layout(shape: &TypeShape) -> Result<ValueTypeLayout, LayoutError> {
    let layout = compute_instance_layout(shape)?;
    Ok(embed(shape, &layout))
}

/// Packages an already computed value-type layout for embedding in other types.
pub fn embed(shape: &TypeShape, layout: &InstanceLayout) -> ValueTypeLayout {
    ValueTypeLayout {
        size: layout.size,
        align: layout.align,
        gc_slots: layout.gc_slots.clone(),
        byref_slots: layout.byref_slots.clone(),
        is_auto_or_has_auto: layout.is_auto_or_has_auto,
        is_blittable: layout.is_blittable,
        is_int128_or_has_int128: layout.is_int128_or_has_int128,
        is_byref_like: shape.is_byref_like,
        declared_layout: shape.layout,
        special: shape.special,
        inline_array_length: shape.inline_array_length,
        fields: shape
            .fields
            .iter()
            .zip(&layout.field_offsets)
            .map(|(f, &offset)| PlacedField { offset, kind: f.kind.clone() })
            .collect(),
    }
}

/// The algorithm crossgen2 uses for `shape` (`ReadyToRunMetadataFieldLayoutAlgorithm.
/// ComputeInstanceFieldLayout`).
pub fn effective_layout(shape: &TypeShape) -> LayoutKind {
    match shape.layout {
        LayoutKind::Explicit => LayoutKind::Explicit,
        LayoutKind::Sequential if !shape.contains_gc_pointers() => LayoutKind::Sequential,
        _ => LayoutKind::Auto,
    }
}

/// The checks of `ComputeInstanceLayout` before any placement, plus shape sanity.
fn validate(shape: &TypeShape) -> Result<(), LayoutError> {
    for (i, f) in shape.fields.iter().enumerate() {
        if f.kind.is_byref_like() && !shape.is_byref_like {
            return Err(LayoutError::ByRefFieldInNonByRefLikeType { field: i });
        }
        check_field_shape(i, &f.kind)?;
    }
    if let Some(p) = shape.pack
        && (p > 128 || !(p == 0 || p.is_power_of_two()))
    {
        return Err(LayoutError::InvalidPacking(p));
    }
    if let Some(parent) = &shape.parent
        && !shape.is_value_type
        && shape.layout != LayoutKind::Auto
        && parent.layout != shape.layout
    {
        return Err(LayoutError::ParentLayoutMismatch);
    }
    if shape.inline_array_length.is_some() && shape.layout == LayoutKind::Explicit {
        return Err(LayoutError::InlineArrayExplicit);
    }
    Ok(())
}

fn check_field_shape(index: usize, kind: &FieldKind) -> Result<(), LayoutError> {
    let bad = |reason| Err(LayoutError::InvalidShape { field: index, reason });
    match kind {
        FieldKind::Primitive { size, align } => {
            if !matches!(size, 1 | 2 | 4 | 8) {
                return bad("primitive size must be 1, 2, 4 or 8");
            }
            if *align == 0 || !align.is_power_of_two() || align > size {
                return bad("primitive alignment must be a power of two no larger than the size");
            }
        }
        FieldKind::FloatingPoint { size } if !matches!(size, 4 | 8) => return bad("floating point size must be 4 or 8"),
        FieldKind::ValueType(v) => {
            if v.align == 0 || !v.align.is_power_of_two() {
                return bad("value type alignment must be a power of two");
            }
            if v.size == 0 || v.size > MAX_INSTANCE_SIZE {
                return bad("value type size must be between 1 and MAX_INSTANCE_SIZE");
            }
        }
        _ => {}
    }
    Ok(())
}

/// The size and alignment a field occupies (`ComputeFieldSizeAndAlignment`): with declared
/// layout the alignment is capped by the packing.
fn field_size_align(kind: &FieldKind, has_layout: bool, packing: u32) -> (u32, u32) {
    let align = if has_layout { kind.align().min(packing) } else { kind.align() };
    (kind.size(), align)
}

/// Where a class's own fields start, relative to the instance data (crossgen2
/// `CalculateFieldBaseOffset` without `requiresAlignedBase`, minus the MethodTable pointer):
/// the parent's unaligned size, aligned to 8 across a bubble boundary.
fn fields_start(shape: &TypeShape) -> u32 {
    match (&shape.parent, shape.is_value_type) {
        (Some(p), false) if p.bubble_boundary => align_up(p.size, POINTER_SIZE).unwrap_or(p.size),
        (Some(p), false) => p.size,
        _ => 0,
    }
}

/// The raw result of one placement algorithm.
struct Placed {
    offsets: Vec<u32>,
    size: u32,
    align: u32,
    kind: LayoutKind,
}

/// Applies inline-array repetition and computes everything derived from the placement.
fn finish(shape: &TypeShape, mut placed: Placed) -> Result<InstanceLayout, LayoutError> {
    let element_size = placed.size;
    if let Some(len) = shape.inline_array_length {
        inline_array_size(shape, &mut placed, len)?;
    }
    if placed.size > MAX_INSTANCE_SIZE {
        return Err(LayoutError::TooLarge);
    }
    let (gc_slots, byref_slots) = gc_slots(shape, &placed.offsets, element_size)?;
    let is_blittable = is_blittable(shape);
    let class_alignment = if shape.layout != LayoutKind::Auto && (shape.layout == LayoutKind::Sequential || is_blittable) {
        placed.align
    } else {
        POINTER_SIZE
    };
    let base_size = base_size(placed.size)?;
    let align = match (shape.is_value_type, shape.special) {
        (true, Some(special)) => special.field_alignment(),
        (true, None) => placed.align,
        (false, _) => POINTER_SIZE,
    };
    Ok(InstanceLayout {
        field_offsets: placed.offsets,
        size: placed.size,
        align,
        gc_slots,
        byref_slots,
        base_size,
        effective_layout: placed.kind,
        field_base_offset: field_base_offset(shape),
        class_alignment: if shape.is_value_type { class_alignment } else { POINTER_SIZE },
        is_blittable,
        is_auto_or_has_auto: is_auto_or_has_auto(shape, placed.kind),
        is_int128_or_has_int128: is_int128_or_has_int128(shape),
    })
}

/// `AdjustForInlineArray`: exactly one field, positive length, no explicit size; the laid-out
/// size times the length.
fn inline_array_size(shape: &TypeShape, placed: &mut Placed, len: u32) -> Result<(), LayoutError> {
    if len == 0 || len > i32::MAX as u32 {
        return Err(LayoutError::InlineArrayLength);
    }
    if shape.fields.len() != 1 {
        return Err(LayoutError::InlineArrayFieldCount);
    }
    if shape.class_size() != 0 {
        return Err(LayoutError::InlineArrayExplicitSize);
    }
    let total = u64::from(placed.size) * u64::from(len);
    if total > u64::from(MAX_INSTANCE_SIZE) {
        return Err(LayoutError::TooLarge);
    }
    placed.size = total as u32;
    Ok(())
}

/// GC pointers and byrefs: the parent's, then each field's (repeated per inline-array
/// element, `element_size` apart), sorted and deduplicated.
fn gc_slots(shape: &TypeShape, offsets: &[u32], element_size: u32) -> Result<(Vec<u32>, Vec<u32>), LayoutError> {
    let mut refs: Vec<u32> = shape.parent.as_ref().map(|p| p.gc_slots.clone()).unwrap_or_default();
    let mut byrefs = Vec::new();
    let repeat = shape.inline_array_length.unwrap_or(1);
    for (field, &offset) in shape.fields.iter().zip(offsets) {
        for i in 0..repeat {
            let base = mul_add(element_size, i, offset)?;
            match &field.kind {
                FieldKind::Reference => refs.push(base),
                FieldKind::ByRef => byrefs.push(base),
                FieldKind::ValueType(v) => {
                    for &s in &v.gc_slots {
                        let at = base.checked_add(s).ok_or(LayoutError::TooLarge)?;
                        if v.byref_slots.contains(&s) { byrefs.push(at) } else { refs.push(at) }
                    }
                }
                _ => {}
            }
        }
    }
    byrefs.sort_unstable();
    byrefs.dedup();
    refs.extend_from_slice(&byrefs);
    refs.sort_unstable();
    refs.dedup();
    Ok((refs, byrefs))
}

fn mul_add(a: u32, b: u32, c: u32) -> Result<u32, LayoutError> {
    a.checked_mul(b).and_then(|x| x.checked_add(c)).ok_or(LayoutError::TooLarge)
}

/// `MarshalUtils.IsBlittableType`: declared sequential or explicit layout, a blittable (or
/// trivial) parent, and every field marshalled as a blittable value, enum or blittable
/// struct. References, byrefs, `bool`, ANSI `char`, `Int128` and the vector types are not
/// (the special types have no blittable field marshaller; that they count as non-blittable
/// themselves too only matters for their own checked alignment, which is that of a
/// sequential type anyway).
fn is_blittable(shape: &TypeShape) -> bool {
    if shape.layout == LayoutKind::Auto || shape.special.is_some() {
        return false;
    }
    if shape.parent.as_ref().is_some_and(|p| !p.is_blittable) {
        return false;
    }
    shape.fields.iter().all(|f| {
        !f.non_blittable
            && match &f.kind {
                FieldKind::Primitive { .. } | FieldKind::FloatingPoint { .. } => true,
                FieldKind::Reference | FieldKind::ByRef => false,
                FieldKind::ValueType(v) => v.is_blittable,
            }
    })
}

/// `IsAutoLayoutOrHasAutoLayoutFields`: auto layout was used, or a field reports it
/// (crossgen2 counts references and byrefs as auto-layout fields, primitives and pointers
/// not, value types as they say).
fn is_auto_or_has_auto(shape: &TypeShape, used: LayoutKind) -> bool {
    used == LayoutKind::Auto
        || shape.fields.iter().any(|f| match &f.kind {
            FieldKind::ValueType(v) => v.is_auto_or_has_auto,
            FieldKind::Reference | FieldKind::ByRef => true,
            FieldKind::Primitive { .. } | FieldKind::FloatingPoint { .. } => false,
        })
}

fn is_int128_or_has_int128(shape: &TypeShape) -> bool {
    shape.special == Some(SpecialType::Int128)
        || shape.parent.as_ref().is_some_and(|p| p.is_int128_or_has_int128)
        || shape.fields.iter().any(|f| matches!(&f.kind, FieldKind::ValueType(v) if v.is_int128_or_has_int128))
}

/// crossgen2 `FieldBaseOffset` (minus the MethodTable pointer): the parent's size, plus one
/// for a zero-sized parent with layout, always aligned to 8.
fn field_base_offset(shape: &TypeShape) -> u32 {
    match (&shape.parent, shape.is_value_type) {
        (Some(p), false) => {
            let size = if p.zero_sized_with_layout() { 1 } else { p.size };
            align_up(size, POINTER_SIZE).unwrap_or(size)
        }
        _ => 0,
    }
}

/// CoreCLR `BaseSize` for `data` bytes of instance data.
fn base_size(data: u32) -> Result<u32, LayoutError> {
    let with_header = data.checked_add(OBJECT_HEADER_AND_METHOD_TABLE).ok_or(LayoutError::TooLarge)?;
    Ok(align_up(with_header, POINTER_SIZE)?.max(MIN_OBJECT_SIZE))
}

/// `value` rounded up to a multiple of `align` (a power of two, or 1).
fn align_up(value: u32, align: u32) -> Result<u32, LayoutError> {
    if align <= 1 {
        return Ok(value);
    }
    let mask = align - 1;
    value.checked_add(mask).map(|v| v & !mask).ok_or(LayoutError::TooLarge)
}

/// Value-type size rules shared by sequential and explicit layout (`ComputeInstanceSize`):
/// empty → 1; with `Size`: `max(Size, end)`, rounded to 8 if the type holds references;
/// else rounded to the alignment. Classes keep `end` (their `Size` is applied by the caller
/// where crossgen2 applies it).
fn value_type_size(shape: &TypeShape, end: u32, align: u32) -> Result<u32, LayoutError> {
    let end = end.max(1);
    let class_size = shape.class_size();
    if class_size != 0 {
        let size = class_size.max(end);
        if shape.own_fields_contain_gc_pointers() { align_up(size, POINTER_SIZE) } else { Ok(size) }
    } else {
        align_up(end, align)
    }
}

//! Unit tests: hand-computed layouts that follow the rules in the sources (the runtime oracle
//! is `host/tests/layout_oracle.rs`), SysV classification, statics, errors, and a property
//! test that no shape makes the algorithm panic.

use proptest::prelude::*;

use super::*;

fn prim(size: u32) -> FieldShape {
    FieldShape::new(FieldKind::primitive(size))
}

fn float(size: u32) -> FieldShape {
    FieldShape::new(FieldKind::FloatingPoint { size })
}

fn reference() -> FieldShape {
    FieldShape::new(FieldKind::Reference)
}

fn value(shape: &TypeShape) -> FieldShape {
    FieldShape::new(FieldKind::ValueType(Box::new(value_type_layout(shape).unwrap())))
}

fn seq(fields: Vec<FieldShape>) -> TypeShape {
    TypeShape::value_type(LayoutKind::Sequential, fields)
}

fn auto(fields: Vec<FieldShape>) -> TypeShape {
    TypeShape::value_type(LayoutKind::Auto, fields)
}

fn explicit(fields: Vec<FieldShape>) -> TypeShape {
    TypeShape::value_type(LayoutKind::Explicit, fields)
}

fn lay(shape: &TypeShape) -> InstanceLayout {
    compute_instance_layout(shape).unwrap()
}

fn int128() -> TypeShape {
    TypeShape { special: Some(SpecialType::Int128), ..seq(vec![prim(8), prim(8)]) }
}

#[test]
fn sequential_aligns_each_field_and_rounds_to_the_largest_alignment() {
    let l = lay(&seq(vec![prim(1), prim(8), prim(2)]));
    assert_eq!((l.field_offsets.clone(), l.size, l.align), (vec![0, 8, 16], 24, 8));
    assert_eq!((l.effective_layout, l.base_size, l.class_alignment), (LayoutKind::Sequential, 40, 8));
    let packed = lay(&TypeShape { pack: Some(2), ..seq(vec![prim(1), prim(8), prim(4)]) });
    assert_eq!((packed.field_offsets, packed.size, packed.align), (vec![0, 2, 10], 14, 2));
}

#[test]
fn empty_value_types_have_one_byte() {
    for shape in [seq(vec![]), auto(vec![]), explicit(vec![])] {
        let l = lay(&shape);
        assert_eq!((l.size, l.align, l.base_size), (1, 1, 24));
    }
}

#[test]
fn class_size_only_grows_a_sequential_value_type() {
    assert_eq!(lay(&TypeShape { class_size: Some(20), ..seq(vec![prim(4)]) }).size, 20);
    assert_eq!(lay(&TypeShape { class_size: Some(3), ..seq(vec![prim(4)]) }).size, 4);
    assert_eq!(lay(&TypeShape { class_size: Some(12), ..explicit(vec![reference().at(0)]) }).size, 16);
    assert_eq!(lay(&TypeShape { class_size: Some(12), ..explicit(vec![prim(8).at(0)]) }).size, 12);
}

#[test]
fn sequential_types_with_references_are_laid_out_auto() {
    let l = lay(&TypeShape { pack: Some(1), class_size: Some(40), ..seq(vec![prim(1), reference(), prim(4)]) });
    assert_eq!((l.effective_layout, l.field_offsets.clone(), l.size), (LayoutKind::Auto, vec![12, 0, 8], 16));
    assert_eq!((l.gc_slots.clone(), l.gc_bitmap()), (vec![0], vec![1]));
    // Byrefs do not count as references: a ref struct with only byrefs stays sequential.
    let rs = TypeShape { is_byref_like: true, ..seq(vec![prim(4), FieldShape::new(FieldKind::ByRef)]) };
    let l = lay(&rs);
    assert_eq!((l.effective_layout, l.field_offsets.clone(), l.size), (LayoutKind::Sequential, vec![0, 8], 16));
    assert_eq!((l.gc_slots.clone(), l.byref_slots.clone(), l.object_ref_slots()), (vec![8], vec![8], vec![]));
}

#[test]
fn auto_layout_orders_by_size_and_rounds_like_coreclr() {
    // Every non-value-type field counts as 8 when rounding: three ints take 16 bytes.
    assert_eq!(lay(&auto(vec![prim(4), prim(4), prim(4)])).size, 16);
    assert_eq!(lay(&auto(vec![prim(1), prim(1), prim(1)])).size, 4);
    let three = seq(vec![prim(1), prim(1), prim(1)]);
    let l = lay(&auto(vec![value(&three), value(&three), value(&three)]));
    assert_eq!((l.field_offsets, l.size, l.align), (vec![0, 3, 6], 9, 1));
    // References first among the 8-byte fields, value types last.
    let mixed = auto(vec![prim(1), value(&seq(vec![prim(1), prim(8)])), reference(), prim(8), prim(2)]);
    assert_eq!(lay(&mixed).field_offsets, vec![18, 24, 0, 8, 16]);
}

#[test]
fn derived_classes_fill_the_parent_gap_with_small_fields() {
    // C_OddDerived: a parent of 3 bytes; long, byte, short, object, int.
    let parent = ParentLayout { size: 3, align: 8, bubble_boundary: false, layout: LayoutKind::Auto, gc_slots: vec![], is_blittable: false, is_int128_or_has_int128: false };
    let fields = vec![prim(8), prim(1), prim(2), reference(), prim(4)];
    let l = lay(&TypeShape::class(LayoutKind::Auto, Some(parent.clone()), fields.clone()));
    assert_eq!((l.field_offsets.clone(), l.size, l.base_size), (vec![16, 3, 24, 8, 4], 26, 48));
    assert_eq!((l.gc_slots.clone(), l.field_base_offset), (vec![8], 8));
    // Across a version-bubble boundary the fields start pointer-aligned.
    let boundary = ParentLayout { bubble_boundary: true, ..parent };
    let l = lay(&TypeShape::class(LayoutKind::Auto, Some(boundary), fields));
    assert_eq!(l.field_offsets, vec![16, 30, 28, 8, 24]);
}

#[test]
fn int128_and_vectors_have_their_own_alignment() {
    let i128 = int128();
    let l = lay(&i128);
    assert_eq!((l.size, l.align, l.is_int128_or_has_int128), (16, 16, true));
    let holder = lay(&seq(vec![prim(1), value(&i128)]));
    assert_eq!((holder.field_offsets, holder.size, holder.is_int128_or_has_int128), (vec![0, 16], 32, true));
    let packed = lay(&TypeShape { pack: Some(1), ..seq(vec![prim(1), value(&i128)]) });
    assert_eq!((packed.field_offsets, packed.size), (vec![0, 1], 17));
    let v64 = TypeShape { special: Some(SpecialType::Vector64), ..seq(vec![prim(8)]) };
    let v128 = TypeShape { special: Some(SpecialType::Vector128), ..seq(vec![value(&v64), value(&v64)]) };
    let v256 = TypeShape { special: Some(SpecialType::Vector256), ..seq(vec![value(&v128), value(&v128)]) };
    let v512 = TypeShape { special: Some(SpecialType::Vector512), ..seq(vec![value(&v256), value(&v256)]) };
    for (v, align) in [(&v64, 8), (&v128, 16), (&v256, 32), (&v512, 64)] {
        let l = lay(&seq(vec![prim(1), value(v)]));
        assert_eq!(l.field_offsets[1], align);
        assert!(!lay(v).is_blittable);
    }
}

#[test]
fn inline_arrays_repeat_the_element() {
    let bytes = TypeShape { inline_array_length: Some(3), ..seq(vec![prim(1)]) };
    assert_eq!(lay(&bytes).size, 3);
    let refs = lay(&TypeShape { inline_array_length: Some(3), ..seq(vec![reference()]) });
    assert_eq!((refs.size, refs.gc_slots), (24, vec![0, 8, 16]));
    let element = seq(vec![reference(), prim(1)]);
    let structs = lay(&TypeShape { inline_array_length: Some(2), ..seq(vec![value(&element)]) });
    assert_eq!((structs.size, structs.gc_slots), (32, vec![0, 16]));
}

#[test]
fn explicit_layout_validation() {
    assert_eq!(lay(&explicit(vec![prim(4).at(0), float(4).at(0)])).size, 4);
    assert_eq!(lay(&explicit(vec![reference().at(0), reference().at(0)])).gc_slots, vec![0]);
    let err = |s: &TypeShape| compute_instance_layout(s).unwrap_err();
    assert_eq!(err(&explicit(vec![reference().at(4)])), LayoutError::ExplicitLayout { offset: 4 });
    assert_eq!(err(&explicit(vec![reference().at(0), prim(4).at(4)])), LayoutError::ExplicitLayout { offset: 4 });
    assert_eq!(err(&explicit(vec![prim(8).at(0), reference().at(0)])), LayoutError::ExplicitLayout { offset: 0 });
    // A struct's padding is non-reference data, so a long may overlay it but not its reference.
    let r = seq(vec![reference(), prim(1)]);
    assert!(compute_instance_layout(&explicit(vec![value(&r).at(0), prim(8).at(8)])).is_ok());
    assert_eq!(err(&explicit(vec![value(&r).at(0), prim(8).at(0)])), LayoutError::ExplicitLayout { offset: 0 });
    assert_eq!(err(&explicit(vec![value(&r).at(4)])), LayoutError::ExplicitLayout { offset: 4 });
    assert_eq!(err(&explicit(vec![prim(4)])), LayoutError::MissingExplicitOffset { field: 0 });
    let huge = explicit(vec![prim(1).at(u32::MAX)]);
    assert_eq!(err(&huge), LayoutError::NegativeExplicitOffset { field: 0 });
    let far = explicit(vec![prim(1).at(100_000_000), reference().at(100_000_000)]);
    assert_eq!(err(&far), LayoutError::ExplicitLayout { offset: 100_000_000 });
}

#[test]
fn invalid_shapes_are_errors() {
    assert_eq!(compute_instance_layout(&TypeShape { pack: Some(3), ..seq(vec![]) }), Err(LayoutError::InvalidPacking(3)));
    let byref = seq(vec![FieldShape::new(FieldKind::ByRef)]);
    assert_eq!(compute_instance_layout(&byref), Err(LayoutError::ByRefFieldInNonByRefLikeType { field: 0 }));
    let ia = |len, fields| TypeShape { inline_array_length: Some(len), ..seq(fields) };
    assert_eq!(compute_instance_layout(&ia(0, vec![prim(1)])), Err(LayoutError::InlineArrayLength));
    assert_eq!(compute_instance_layout(&ia(2, vec![prim(1), prim(1)])), Err(LayoutError::InlineArrayFieldCount));
    assert_eq!(compute_instance_layout(&ia(1 << 30, vec![prim(8)])), Err(LayoutError::TooLarge));
    let explicit_ia = TypeShape { inline_array_length: Some(2), ..explicit(vec![prim(1).at(0)]) };
    assert_eq!(compute_instance_layout(&explicit_ia), Err(LayoutError::InlineArrayExplicit));
    let parent = ParentLayout { size: 4, align: 8, bubble_boundary: false, layout: LayoutKind::Sequential, gc_slots: vec![], is_blittable: true, is_int128_or_has_int128: false };
    let mismatch = TypeShape::class(LayoutKind::Explicit, Some(parent), vec![]);
    assert_eq!(compute_instance_layout(&mismatch), Err(LayoutError::ParentLayoutMismatch));
    assert!(matches!(compute_instance_layout(&seq(vec![prim(3)])), Err(LayoutError::InvalidShape { field: 0, .. })));
}

#[test]
fn blittability_and_the_checked_alignment() {
    assert!(lay(&seq(vec![prim(4), float(8)])).is_blittable);
    assert!(!lay(&seq(vec![prim(1).not_blittable()])).is_blittable);
    assert!(!lay(&auto(vec![prim(4)])).is_blittable);
    // Layout checks expect the field alignment only for sequential or blittable explicit types.
    assert_eq!(lay(&auto(vec![prim(4)])).class_alignment, 8);
    assert_eq!(lay(&seq(vec![prim(4)])).class_alignment, 4);
    assert_eq!(lay(&explicit(vec![prim(2).at(0)])).class_alignment, 2);
    assert_eq!(lay(&explicit(vec![prim(2).not_blittable().at(0)])).class_alignment, 8);
}

fn classify(shape: &TypeShape) -> StructPassing {
    sysv_classify(&value_type_layout(shape).unwrap())
}

fn regs(list: &[(RegClass, u8)]) -> StructPassing {
    StructPassing::Registers(list.iter().enumerate().map(|(i, &(class, size))| EightByte { class, size, offset: 8 * i as u8 }).collect())
}

#[test]
fn sysv_classification() {
    use RegClass::*;
    assert_eq!(classify(&seq(vec![prim(8), float(8)])), regs(&[(Integer, 8), (Sse, 8)]));
    assert_eq!(classify(&seq(vec![float(4), float(4)])), regs(&[(Sse, 8)]));
    assert_eq!(classify(&seq(vec![float(4), prim(4)])), regs(&[(Integer, 8)]));
    assert_eq!(classify(&seq(vec![float(8), float(4)])), regs(&[(Sse, 8), (Sse, 8)]));
    assert_eq!(classify(&seq(vec![float(4), float(4), float(4)])), regs(&[(Sse, 8), (Sse, 4)]));
    assert_eq!(classify(&seq(vec![prim(1)])), regs(&[(Integer, 1)]));
    assert_eq!(classify(&seq(vec![prim(1), float(8)])), regs(&[(Integer, 8), (Sse, 8)]));
    assert_eq!(classify(&seq(vec![reference(), prim(4)])), regs(&[(IntegerReference, 8), (Integer, 8)]));
    let rs = TypeShape { is_byref_like: true, ..seq(vec![FieldShape::new(FieldKind::ByRef), prim(4)]) };
    assert_eq!(classify(&rs), regs(&[(IntegerByRef, 8), (Integer, 8)]));
    assert_eq!(classify(&seq(vec![value(&seq(vec![float(4), float(4)])), prim(4)])), regs(&[(Sse, 8), (Integer, 4)]));
    // Unions: INTEGER wins over SSE.
    assert_eq!(classify(&explicit(vec![prim(4).at(0), float(4).at(0)])), regs(&[(Integer, 4)]));
    assert_eq!(classify(&explicit(vec![float(8).at(0), prim(8).at(0), float(4).at(8)])), regs(&[(Integer, 8), (Sse, 8)]));
    // A fixed buffer (inline array) of floats counts as that many floats.
    assert_eq!(classify(&TypeShape { inline_array_length: Some(4), ..seq(vec![float(4)]) }), regs(&[(Sse, 8), (Sse, 8)]));
}

#[test]
fn sysv_memory_cases() {
    assert_eq!(classify(&seq(vec![prim(8), prim(8), prim(8)])), StructPassing::Memory);
    assert_eq!(classify(&seq(vec![])), StructPassing::Memory);
    assert_eq!(classify(&explicit(vec![prim(1).at(0), prim(4).at(1)])), StructPassing::Memory);
    assert_eq!(classify(&TypeShape { pack: Some(1), ..seq(vec![prim(1), prim(8)]) }), StructPassing::Memory);
    let v64 = TypeShape { special: Some(SpecialType::Vector64), ..seq(vec![prim(8)]) };
    assert_eq!(classify(&v64), StructPassing::Memory);
    assert_eq!(classify(&seq(vec![value(&v64)])), StructPassing::Memory);
    // Int128 is not a vector: two INTEGER eightbytes, as crossgen2 classifies it.
    assert_eq!(classify(&int128()), regs(&[(RegClass::Integer, 8), (RegClass::Integer, 8)]));
}

#[test]
fn statics_by_region_and_size() {
    use StaticFieldKind::*;
    let s = |kind| StaticFieldShape::new(kind);
    let t = |kind| StaticFieldShape { thread_static: true, ..StaticFieldShape::new(kind) };
    // Non-GC by size (8, 4, 2, 1), GC boxed values before references; thread statics from 16.
    let fields = [
        s(Primitive { size: 1 }),
        s(Primitive { size: 8 }),
        s(Reference),
        s(ValueType),
        s(Primitive { size: 4 }),
        s(Reference),
        t(Primitive { size: 4 }),
        t(Reference),
        t(ValueType),
        t(Primitive { size: 2 }),
        StaticFieldShape { literal: true, ..s(Primitive { size: 4 }) },
    ];
    let l = compute_static_layout(&fields).unwrap();
    let offsets: Vec<Option<u32>> = l.offsets.iter().map(|o| o.map(|o| o.offset)).collect();
    assert_eq!(offsets, [12, 0, 8, 0, 8, 16, 16, 24, 16, 20].map(Some).into_iter().chain([None]).collect::<Vec<_>>());
    assert_eq!(l.offsets[2].unwrap().region, StaticRegion::Gc);
    assert_eq!(l.offsets[9].unwrap().region, StaticRegion::ThreadNonGc);
    assert_eq!(l.sizes, [13, 24, 6, 16]);
    assert_eq!(compute_static_layout(&[s(ByRefLike)]), Err(LayoutError::ByRefFieldInNonByRefLikeType { field: 0 }));
}

fn arb_primitive() -> impl Strategy<Value = FieldKind> {
    prop_oneof![
        8 => prop_oneof![Just(1u32), Just(2), Just(4), Just(8)].prop_map(FieldKind::primitive),
        1 => (0u32..10, 0u32..10).prop_map(|(size, align)| FieldKind::Primitive { size, align }),
        2 => prop_oneof![Just(4u32), Just(8), 0u32..10].prop_map(|size| FieldKind::FloatingPoint { size }),
        3 => Just(FieldKind::Reference),
        1 => Just(FieldKind::ByRef),
    ]
}

fn arb_shape(depth: u32) -> BoxedStrategy<TypeShape> {
    let kind = if depth == 0 {
        arb_primitive().boxed()
    } else {
        prop_oneof![
            3 => arb_primitive(),
            // Shapes that do not lay out become an int, to keep the generator cheap.
            1 => arb_shape(depth - 1).prop_map(|s| {
                value_type_layout(&s).map_or(FieldKind::primitive(4), |v| FieldKind::ValueType(Box::new(v)))
            }),
        ]
        .boxed()
    };
    let field = (kind, prop::option::of(prop_oneof![0u32..40, any::<u32>()]), any::<bool>())
        .prop_map(|(kind, explicit_offset, non_blittable)| FieldShape { kind, explicit_offset, non_blittable });
    let layout = prop_oneof![Just(LayoutKind::Auto), Just(LayoutKind::Sequential), Just(LayoutKind::Explicit)];
    let parent = prop::option::of((0u32..40, any::<bool>(), prop::collection::vec(0u32..40, 0..3), any::<bool>()).prop_map(
        |(size, bubble_boundary, gc_slots, seq)| ParentLayout {
            size,
            align: 8,
            bubble_boundary,
            layout: if seq { LayoutKind::Sequential } else { LayoutKind::Auto },
            gc_slots,
            is_blittable: seq,
            is_int128_or_has_int128: false,
        },
    ));
    (
        any::<bool>(),
        layout,
        prop::option::of(prop_oneof![Just(0u32), Just(1), Just(2), Just(8), Just(16), 0u32..200]),
        prop_oneof![3 => Just(None), 1 => prop::option::of(prop_oneof![0u32..64, any::<u32>()])],
        parent,
        prop::collection::vec(field, 0..6),
        any::<bool>(),
        prop_oneof![4 => Just(None), 1 => prop::option::of(prop_oneof![0u32..5, any::<u32>()])],
        prop::option::of(prop_oneof![Just(SpecialType::Int128), Just(SpecialType::Vector128), Just(SpecialType::Vector512)]),
    )
        .prop_map(|(is_value_type, layout, pack, class_size, parent, fields, is_byref_like, inline_array_length, special)| TypeShape {
            is_value_type,
            layout,
            pack,
            class_size,
            parent: if is_value_type { None } else { parent },
            fields,
            is_byref_like,
            inline_array_length,
            special,
        })
        .boxed()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, rng_seed: proptest::test_runner::RngSeed::Fixed(0x1a70), ..ProptestConfig::default() })]

    #[test]
    fn any_shape_lays_out_or_errs_without_panicking(shape in arb_shape(2)) {
        if let Ok(l) = compute_instance_layout(&shape) {
            prop_assert_eq!(l.field_offsets.len(), shape.fields.len());
            for (f, &offset) in shape.fields.iter().zip(&l.field_offsets) {
                prop_assert!(u64::from(offset) + u64::from(f.kind.size()) <= u64::from(l.size));
            }
            prop_assert!(l.base_size >= MIN_OBJECT_SIZE && l.base_size >= l.size + OBJECT_HEADER_AND_METHOD_TABLE);
            prop_assert!(l.gc_slots.windows(2).all(|w| w[0] < w[1]));
            prop_assert!(l.byref_slots.iter().all(|s| l.gc_slots.contains(s)));
            if shape.is_value_type {
                prop_assert!(l.size >= 1 && l.align.is_power_of_two());
                let _ = sysv_classify(&embed(&shape, &l));
            }
        }
    }

    #[test]
    fn any_statics_lay_out_or_err_without_panicking(fields in prop::collection::vec(
        (prop_oneof![
            (0u32..12).prop_map(|size| StaticFieldKind::Primitive { size }),
            Just(StaticFieldKind::Reference),
            Just(StaticFieldKind::ValueType),
            Just(StaticFieldKind::ByRefLike),
        ], any::<bool>(), any::<bool>(), any::<bool>())
            .prop_map(|(kind, thread_static, literal, rva)| StaticFieldShape { kind, thread_static, literal, rva }),
        0..12,
    )) {
        if let Ok(l) = compute_static_layout(&fields) {
            prop_assert_eq!(l.offsets.len(), fields.len());
        }
    }
}

//! Fixup signatures: the blob behind every import cell (reference §4.3–4.5, §5, §10).
//!
//! A signature is a kind byte (optionally ORed with `ModuleOverride` and followed by a
//! module index), then a kind-specific payload. Payloads carry tokens and [`TypeSig`]s as
//! written, together with the module context they must be resolved in; a later layer turns
//! them into names with the metadata reader. [`Fixup::visit_tokens`] walks every token with
//! its effective module.

use std::fmt;

use crate::bytes::{Bytes, Cursor};
use crate::error::{ImageError, Result};
use crate::metadata::sig::{SigReader, TypeDefOrRef, TypeSig};
use crate::metadata::token::{FieldRid, MemberRefRid, MethodDefRid, Token, UserStringIndex};
use crate::r2r::ids::ModuleIndex;

/// `READYTORUN_FIXUP_ModuleOverride`: ORed into the kind byte when a module index follows.
pub const MODULE_OVERRIDE: u8 = 0x80;

/// Maximum nesting of dictionary-lookup fixups (each wraps another signature). Real images
/// nest once; deeper nesting is rejected as an implementation limit.
pub const MAX_FIXUP_NESTING: u32 = 4;

macro_rules! fixup_kinds {
    ($($name:ident = $v:literal : $doc:literal),* $(,)?) => {
        /// `ReadyToRunFixupKind`: what an import cell resolves to.
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        #[allow(non_camel_case_types)]
        pub enum FixupKind {
            $(#[doc = $doc] $name = $v,)*
        }

        impl FixupKind {
            /// Every kind, in value order.
            pub const ALL: &'static [FixupKind] = &[$(FixupKind::$name),*];

            /// The kind with value `v` (without the module-override bit).
            pub fn from_u8(v: u8) -> Option<FixupKind> {
                match v {
                    $($v => Some(FixupKind::$name),)*
                    _ => None,
                }
            }

            /// The name used in `readytorun.h` (without the `READYTORUN_FIXUP_` prefix).
            pub fn name(self) -> &'static str {
                match self {
                    $(FixupKind::$name => stringify!($name),)*
                }
            }
        }
    };
}

fixup_kinds! {
    ThisObjDictionaryLookup = 0x07: "Generic lookup through `this`'s type: context type, then a nested signature.",
    TypeDictionaryLookup = 0x08: "Generic lookup through a type context argument: a nested signature.",
    MethodDictionaryLookup = 0x09: "Generic lookup through a method context argument: a nested signature.",
    TypeHandle = 0x10: "A type handle.",
    MethodHandle = 0x11: "A method handle.",
    FieldHandle = 0x12: "A field handle.",
    MethodEntry = 0x13: "A callable method entry point.",
    MethodEntry_DefToken = 0x14: "A method entry point named by MethodDef RID.",
    MethodEntry_RefToken = 0x15: "A method entry point named by MemberRef RID.",
    VirtualEntry = 0x16: "A virtual (stub) dispatch target.",
    VirtualEntry_DefToken = 0x17: "A virtual dispatch target named by MethodDef RID.",
    VirtualEntry_RefToken = 0x18: "A virtual dispatch target named by MemberRef RID.",
    VirtualEntry_Slot = 0x19: "A virtual dispatch target named by owner type and vtable slot.",
    Helper = 0x1A: "A runtime helper (or a value such as the module handle).",
    StringHandle = 0x1B: "A string literal.",
    NewObject = 0x1C: "An allocator for a type.",
    NewArray = 0x1D: "An allocator for an array type.",
    IsInstanceOf = 0x1E: "An `isinst` helper for a type.",
    ChkCast = 0x1F: "A `castclass` helper for a type.",
    FieldAddress = 0x20: "The address of a static field.",
    CctorTrigger = 0x21: "A class-constructor trigger.",
    StaticBaseNonGC = 0x22: "The non-GC statics base of a type.",
    StaticBaseGC = 0x23: "The GC statics base of a type.",
    ThreadStaticBaseNonGC = 0x24: "The non-GC thread-statics base of a type.",
    ThreadStaticBaseGC = 0x25: "The GC thread-statics base of a type.",
    FieldBaseOffset = 0x26: "Where a class's own instance fields start.",
    FieldOffset = 0x27: "An instance field offset.",
    TypeDictionary = 0x28: "A type's generic dictionary (exact type handle).",
    MethodDictionary = 0x29: "A method's generic dictionary (instantiated method handle).",
    Check_TypeLayout = 0x2A: "Reject the method unless the type's layout matches.",
    Check_FieldOffset = 0x2B: "Reject the method unless the field offset matches.",
    DelegateCtor = 0x2C: "An optimised delegate constructor.",
    DeclaringTypeHandle = 0x2D: "The declaring type of a generic lookup.",
    IndirectPInvokeTarget = 0x2E: "The address of a P/Invoke target slot.",
    PInvokeTarget = 0x2F: "A P/Invoke target.",
    Check_InstructionSetSupport = 0x30: "Reject the method unless instruction-set support matches.",
    Verify_FieldOffset = 0x31: "Fail fast unless the field offset matches.",
    Verify_TypeLayout = 0x32: "Fail fast unless the type layout matches.",
    Check_VirtualFunctionOverride = 0x33: "Reject the method unless virtual resolution matches.",
    Verify_VirtualFunctionOverride = 0x34: "Fail fast unless virtual resolution matches.",
    Check_IL_Body = 0x35: "Reject the method unless an inlined IL body is unchanged.",
    Verify_IL_Body = 0x36: "Fail fast unless an inlined IL body is unchanged.",
    ContinuationLayout = 0x37: "Runtime-async continuation layout (newest formats).",
    ResumptionStubEntryPoint = 0x38: "Runtime-async resumption stub (newest formats).",
}

impl fmt::Display for FixupKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

macro_rules! helpers {
    ($($name:ident = $v:literal),* $(,)?) => {
        /// `ReadyToRunHelper`: the helper (or value) a `Helper` fixup asks for.
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        #[allow(non_camel_case_types, missing_docs)]
        pub enum ReadyToRunHelper {
            $($name,)*
            /// An id this crate does not know (CoreCLR rejects the method).
            Unknown(u32),
        }

        impl ReadyToRunHelper {
            /// The helper for id `v`.
            pub fn from_u32(v: u32) -> ReadyToRunHelper {
                match v {
                    $($v => ReadyToRunHelper::$name,)*
                    other => ReadyToRunHelper::Unknown(other),
                }
            }

            /// The numeric id.
            pub fn id(self) -> u32 {
                match self {
                    $(ReadyToRunHelper::$name => $v,)*
                    ReadyToRunHelper::Unknown(v) => v,
                }
            }

            /// The name used in `readytorun.h` (without `READYTORUN_HELPER_`).
            pub fn name(self) -> &'static str {
                match self {
                    $(ReadyToRunHelper::$name => stringify!($name),)*
                    ReadyToRunHelper::Unknown(_) => "Unknown",
                }
            }

            /// Every known helper.
            pub const KNOWN: &'static [ReadyToRunHelper] = &[$(ReadyToRunHelper::$name),*];
        }
    };
}

helpers! {
    Invalid = 0x00,
    Module = 0x01,
    GSCookie = 0x02,
    IndirectTrapThreads = 0x03,
    DelayLoad_MethodCall = 0x08,
    DelayLoad_Helper = 0x10,
    DelayLoad_Helper_Obj = 0x11,
    DelayLoad_Helper_ObjObj = 0x12,
    Throw = 0x20,
    Rethrow = 0x21,
    Overflow = 0x22,
    RngChkFail = 0x23,
    FailFast = 0x24,
    ThrowNullRef = 0x25,
    ThrowDivZero = 0x26,
    ThrowExact = 0x27,
    WriteBarrier = 0x30,
    CheckedWriteBarrier = 0x31,
    ByRefWriteBarrier = 0x32,
    BulkWriteBarrier = 0x33,
    Stelem_Ref = 0x38,
    Ldelema_Ref = 0x39,
    MemZero = 0x3E,
    MemSet = 0x3F,
    NativeMemSet = 0x40,
    MemCpy = 0x41,
    PInvokeBegin = 0x42,
    PInvokeEnd = 0x43,
    GCPoll = 0x44,
    ReversePInvokeEnter = 0x45,
    ReversePInvokeExit = 0x46,
    GetString = 0x50,
    LogMethodEnter = 0x51,
    GetRuntimeTypeHandle = 0x54,
    GetRuntimeMethodHandle = 0x55,
    GetRuntimeFieldHandle = 0x56,
    Box = 0x58,
    Box_Nullable = 0x59,
    Unbox = 0x5A,
    Unbox_Nullable = 0x5B,
    NewMultiDimArr = 0x5C,
    Unbox_TypeTest = 0x5D,
    NewObject = 0x60,
    NewArray = 0x61,
    CheckCastAny = 0x62,
    CheckInstanceAny = 0x63,
    GenericGcStaticBase = 0x64,
    GenericNonGcStaticBase = 0x65,
    GenericGcTlsBase = 0x66,
    GenericNonGcTlsBase = 0x67,
    VirtualFuncPtr = 0x68,
    IsInstanceOfException = 0x69,
    NewMaybeFrozenArray = 0x6A,
    NewMaybeFrozenObject = 0x6B,
    LMul = 0xC0,
    LMulOfv = 0xC1,
    ULMulOvf = 0xC2,
    LDiv = 0xC3,
    LMod = 0xC4,
    ULDiv = 0xC5,
    ULMod = 0xC6,
    LLsh = 0xC7,
    LRsh = 0xC8,
    LRsz = 0xC9,
    Lng2Dbl = 0xCA,
    ULng2Dbl = 0xCB,
    Div = 0xCC,
    Mod = 0xCD,
    UDiv = 0xCE,
    UMod = 0xCF,
    Dbl2Int = 0xD0,
    Dbl2IntOvf = 0xD1,
    Dbl2Lng = 0xD2,
    Dbl2LngOvf = 0xD3,
    Dbl2UInt = 0xD4,
    Dbl2UIntOvf = 0xD5,
    Dbl2ULng = 0xD6,
    Dbl2ULngOvf = 0xD7,
    Lng2Flt = 0xD8,
    ULng2Flt = 0xD9,
    DblRem = 0xE0,
    FltRem = 0xE1,
    DblRound = 0xE2,
    FltRound = 0xE3,
    PersonalityRoutine = 0xF0,
    PersonalityRoutineFilterFunclet = 0xF1,
    MonitorEnter = 0xF8,
    MonitorExit = 0xF9,
    WriteBarrier_EAX = 0x100,
    WriteBarrier_EBX = 0x101,
    WriteBarrier_ECX = 0x102,
    WriteBarrier_ESI = 0x103,
    WriteBarrier_EDI = 0x104,
    WriteBarrier_EBP = 0x105,
    CheckedWriteBarrier_EAX = 0x106,
    CheckedWriteBarrier_EBX = 0x107,
    CheckedWriteBarrier_ECX = 0x108,
    CheckedWriteBarrier_ESI = 0x109,
    CheckedWriteBarrier_EDI = 0x10A,
    CheckedWriteBarrier_EBP = 0x10B,
    EndCatch = 0x110,
    StackProbe = 0x111,
    GetCurrentManagedThreadId = 0x112,
    AllocContinuation = 0x113,
    AllocContinuationClass = 0x114,
    AllocContinuationMethod = 0x115,
}

impl fmt::Display for ReadyToRunHelper {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadyToRunHelper::Unknown(v) => write!(f, "Unknown({v:#x})"),
            h => f.write_str(h.name()),
        }
    }
}

macro_rules! instruction_sets {
    ($($name:ident = $v:literal),* $(,)?) => {
        /// `ReadyToRunInstructionSet` values relevant to x64 (`readytoruninstructionset.h`).
        /// Ids of other architectures (ARM, RISC-V) decode as [`InstructionSet::Other`].
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        #[allow(non_camel_case_types, missing_docs)]
        pub enum InstructionSet {
            $($name,)*
            /// An id that is not an x64 instruction set known to this crate.
            Other(u32),
        }

        impl InstructionSet {
            /// The set for id `v`.
            pub fn from_u32(v: u32) -> InstructionSet {
                match v {
                    $($v => InstructionSet::$name,)*
                    other => InstructionSet::Other(other),
                }
            }

            /// The numeric id.
            pub fn id(self) -> u32 {
                match self {
                    $(InstructionSet::$name => $v,)*
                    InstructionSet::Other(v) => v,
                }
            }

            /// The name in `readytoruninstructionset.h` (without the prefix).
            pub fn name(self) -> &'static str {
                match self {
                    $(InstructionSet::$name => stringify!($name),)*
                    InstructionSet::Other(_) => "Other",
                }
            }
        }
    };
}

instruction_sets! {
    Sse = 1, Sse2 = 2, Sse3 = 3, Ssse3 = 4, Sse41 = 5, Sse42 = 6, Avx = 7, Avx2 = 8, Aes = 9,
    Bmi1 = 10, Bmi2 = 11, Fma = 12, Lzcnt = 13, Pclmulqdq = 14, Popcnt = 15, X86Base = 22,
    AvxVnni = 25, Movbe = 27, X86Serialize = 28, Avx512F = 29, Avx512F_VL = 30, Avx512BW = 31,
    Avx512BW_VL = 32, Avx512CD = 33, Avx512CD_VL = 34, Avx512DQ = 35, Avx512DQ_VL = 36,
    Avx512Vbmi = 37, Avx512Vbmi_VL = 38, VectorT128 = 39, VectorT256 = 40, VectorT512 = 41,
    Avx10v1 = 44, Avx10v1_V512 = 46, Evex = 47, Apx = 48, Pclmulqdq_V256 = 49,
    Pclmulqdq_V512 = 50, Avx10v2 = 51, Avx10v2_V512 = 52, Gfni = 53, Gfni_V256 = 54,
    Gfni_V512 = 55, AvxVnniInt8 = 60, AvxVnniInt8_V512 = 61, AvxVnniInt16 = 62,
    AvxVnniInt16_V512 = 63, Aes_V256 = 64, Aes_V512 = 65, AvxIfma = 66, F16C = 67, Sha = 68,
    WaitPkg = 69, Avx512Bitalg = 70, Avx512Bitalg_VL = 71, Avx512Bf16 = 72, Avx512Bf16_VL = 73,
    Avx512Fp16 = 74, Avx512Fp16_VL = 75, Avx512Ifma = 76, Avx512Vbmi2 = 77, Avx512Vbmi2_VL = 78,
    Avx512Vnni = 79, Avx512Vp2intersect = 80, Avx512Vp2intersect_VL = 81, Avx512Vpopcntdq = 82,
    Avx512Vpopcntdq_VL = 83,
}

impl fmt::Display for InstructionSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InstructionSet::Other(v) => write!(f, "ISA#{v}"),
            s => f.write_str(s.name()),
        }
    }
}

/// One entry of a `Check_InstructionSetSupport` fixup.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct InstructionSetRequirement {
    /// The instruction set.
    pub set: InstructionSet,
    /// True: the CPU must support it; false: it must not.
    pub must_be_supported: bool,
}

/// `ReadyToRunMethodSigFlags`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MethodSigFlags(pub u32);

impl MethodSigFlags {
    /// The target is the unboxing stub of a value-type method.
    pub const UNBOXING_STUB: u32 = 0x01;
    /// The target is an instantiating stub.
    pub const INSTANTIATING_STUB: u32 = 0x02;
    /// A method instantiation follows the token.
    pub const METHOD_INSTANTIATION: u32 = 0x04;
    /// The RID is a vtable slot number, not a token.
    pub const SLOT_INSTEAD_OF_TOKEN: u32 = 0x08;
    /// The RID is a MemberRef (else a MethodDef).
    pub const MEMBER_REF_TOKEN: u32 = 0x10;
    /// A constrained type follows.
    pub const CONSTRAINED: u32 = 0x20;
    /// The exact owner type precedes the token.
    pub const OWNER_TYPE: u32 = 0x40;
    /// A module index follows the flags: the token context of the rest.
    pub const UPDATE_CONTEXT: u32 = 0x80;
    /// The runtime-async variant of the method.
    pub const ASYNC_VARIANT: u32 = 0x100;
    /// All bits this crate understands.
    pub const KNOWN: u32 = 0x1ff;

    const NAMES: [(u32, &'static str); 9] = [
        (Self::UNBOXING_STUB, "UnboxingStub"),
        (Self::INSTANTIATING_STUB, "InstantiatingStub"),
        (Self::METHOD_INSTANTIATION, "MethodInstantiation"),
        (Self::SLOT_INSTEAD_OF_TOKEN, "SlotInsteadOfToken"),
        (Self::MEMBER_REF_TOKEN, "MemberRefToken"),
        (Self::CONSTRAINED, "Constrained"),
        (Self::OWNER_TYPE, "OwnerType"),
        (Self::UPDATE_CONTEXT, "UpdateContext"),
        (Self::ASYNC_VARIANT, "AsyncVariant"),
    ];

    /// True when `flag` is set.
    pub fn has(self, flag: u32) -> bool {
        self.0 & flag != 0
    }

    /// Names of the set bits.
    pub fn names(self) -> Vec<&'static str> {
        Self::NAMES.iter().filter(|(b, _)| self.0 & b != 0).map(|(_, n)| *n).collect()
    }
}

impl fmt::Debug for MethodSigFlags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:#x} [{}]", self.0, self.names().join(" | "))
    }
}

/// What the RID of a method signature names.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum MethodToken {
    /// A method defined in the context module.
    MethodDef(MethodDefRid),
    /// A member reference in the context module.
    MemberRef(MemberRefRid),
    /// A vtable slot of the owner type (`SlotInsteadOfToken`, multi-dimensional array methods).
    Slot(u32),
}

/// A ReadyToRun method signature (reference §4.5).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct R2RMethodSig {
    /// The flags as written.
    pub flags: MethodSigFlags,
    /// `UpdateContext`: the module whose tokens the rest of the signature uses.
    pub update_context: Option<ModuleIndex>,
    /// `OwnerType`: the exact (possibly instantiated) owner.
    pub owner_type: Option<TypeSig>,
    /// The method.
    pub token: MethodToken,
    /// `MethodInstantiation`: the method's type arguments (empty when absent).
    pub instantiation: Vec<TypeSig>,
    /// `Constrained`: the constrained type.
    pub constrained: Option<TypeSig>,
}

/// `ReadyToRunFieldSigFlags`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default, Debug)]
pub struct FieldSigFlags(pub u32);

impl FieldSigFlags {
    /// The RID is a MemberRef (else a FieldDef).
    pub const MEMBER_REF_TOKEN: u32 = 0x10;
    /// The exact owner type precedes the token.
    pub const OWNER_TYPE: u32 = 0x40;
    /// All bits this crate understands.
    pub const KNOWN: u32 = 0x50;
}

/// What the RID of a field signature names.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum FieldToken {
    /// A field defined in the context module.
    FieldDef(FieldRid),
    /// A member reference in the context module.
    MemberRef(MemberRefRid),
}

/// A ReadyToRun field signature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct R2RFieldSig {
    /// The flags as written.
    pub flags: FieldSigFlags,
    /// The exact owner type, when given.
    pub owner_type: Option<TypeSig>,
    /// The field.
    pub token: FieldToken,
}

/// `ReadyToRunTypeLayoutFlags`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default, Debug)]
pub struct TypeLayoutFlags(pub u32);

impl TypeLayoutFlags {
    /// An HFA element type follows.
    pub const HFA: u32 = 0x01;
    /// The alignment is checked.
    pub const ALIGNMENT: u32 = 0x02;
    /// The expected alignment is the pointer size (nothing follows).
    pub const ALIGNMENT_NATIVE: u32 = 0x04;
    /// The GC layout is checked.
    pub const GC_LAYOUT: u32 = 0x08;
    /// The type has no GC pointers (no bitmap follows).
    pub const GC_LAYOUT_EMPTY: u32 = 0x10;

    /// Names of the set bits.
    pub fn names(self) -> Vec<&'static str> {
        [(Self::HFA, "HFA"), (Self::ALIGNMENT, "Alignment"), (Self::ALIGNMENT_NATIVE, "Alignment_Native"), (Self::GC_LAYOUT, "GCLayout"), (Self::GC_LAYOUT_EMPTY, "GCLayout_Empty")]
            .iter()
            .filter(|(b, _)| self.0 & b != 0)
            .map(|(_, n)| *n)
            .collect()
    }
}

/// The expected alignment of a layout check.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum LayoutAlignment {
    /// Not checked.
    Unchecked,
    /// The pointer size.
    Native,
    /// An explicit value.
    Explicit(u32),
}

/// The expected GC layout of a layout check.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GcLayout {
    /// Not checked.
    Unchecked,
    /// No GC pointers.
    Empty,
    /// Bit `i` (LSB first within each byte) set = pointer-sized slot `i` holds a reference.
    Bitmap(Vec<u8>),
}

/// The layout descriptor of `Check_TypeLayout`, `Verify_TypeLayout` and `ContinuationLayout`
/// (reference §4.4).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct TypeLayout {
    /// The flags as written.
    pub flags: TypeLayoutFlags,
    /// Expected unboxed size.
    pub size: u32,
    /// `ReadyToRunHFAElemType` when `HFA` is set (None 0, Float32 1, Float64 2, Vector64 3,
    /// Vector128 4).
    pub hfa_element: Option<u32>,
    /// Expected alignment.
    pub alignment: LayoutAlignment,
    /// Expected GC layout.
    pub gc_layout: GcLayout,
}

/// The payload of `Check_IL_Body` / `Verify_IL_Body`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct IlBodyFixup {
    /// The standalone method metadata blob (IL and the non-type-reference parts of the
    /// method's metadata, in crossgen2's `ReadyToRunStandaloneMethodMetadata` form), kept raw.
    pub constant_data: Vec<u8>,
    /// The types the blob refers to, in the order its tokens index them.
    pub type_refs: Vec<TypeSig>,
    /// The method whose IL is checked.
    pub method: R2RMethodSig,
}

/// Flags of the virtual-function-override checks.
pub mod virtual_override {
    /// The implementation method follows (else the declaration is not overridden).
    pub const VIRTUAL_FUNCTION_OVERRIDDEN: u32 = 0x01;
}

/// A decoded fixup payload.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FixupPayload {
    /// A type: TypeHandle, NewObject, NewArray, IsInstanceOf, ChkCast, CctorTrigger,
    /// StaticBase*, ThreadStaticBase*, FieldBaseOffset, TypeDictionary, DeclaringTypeHandle.
    Type(TypeSig),
    /// A method: MethodHandle, MethodEntry, VirtualEntry, MethodDictionary,
    /// (Indirect)PInvokeTarget.
    Method(R2RMethodSig),
    /// MethodEntry_DefToken / VirtualEntry_DefToken.
    MethodDef(MethodDefRid),
    /// MethodEntry_RefToken / VirtualEntry_RefToken.
    MemberRef(MemberRefRid),
    /// VirtualEntry_Slot: slot then owner type.
    VirtualSlot {
        /// Vtable slot.
        slot: u32,
        /// Owner type.
        owner: TypeSig,
    },
    /// A field: FieldHandle, FieldAddress, FieldOffset.
    Field(R2RFieldSig),
    /// Helper.
    Helper(ReadyToRunHelper),
    /// StringHandle: an offset into the `#US` heap of the context module.
    String(UserStringIndex),
    /// Check_TypeLayout, Verify_TypeLayout, ContinuationLayout.
    TypeLayout {
        /// The type.
        ty: TypeSig,
        /// The expected layout.
        layout: TypeLayout,
    },
    /// Check_FieldOffset.
    CheckFieldOffset {
        /// Expected offset (class fields include the object header's 8 bytes).
        offset: u32,
        /// The field.
        field: R2RFieldSig,
    },
    /// Verify_FieldOffset.
    VerifyFieldOffset {
        /// Expected base offset of the owner's fields.
        base_offset: u32,
        /// Expected field offset.
        offset: u32,
        /// The field.
        field: R2RFieldSig,
    },
    /// Check_InstructionSetSupport.
    InstructionSets(Vec<InstructionSetRequirement>),
    /// ThisObjDictionaryLookup (with a context type), TypeDictionaryLookup,
    /// MethodDictionaryLookup: what to look up.
    DictionaryLookup {
        /// The type `this` is an instance of (ThisObjDictionaryLookup only).
        this_type: Option<TypeSig>,
        /// The nested signature.
        inner: Box<Fixup>,
    },
    /// Check_/Verify_VirtualFunctionOverride.
    VirtualFunctionOverride {
        /// `virtual_override::*` flags.
        flags: u32,
        /// The declaration being called.
        decl: R2RMethodSig,
        /// The type the call was devirtualised on.
        impl_type: TypeSig,
        /// The implementation crossgen2 chose, when overridden.
        impl_method: Option<R2RMethodSig>,
    },
    /// Check_IL_Body / Verify_IL_Body.
    IlBody(Box<IlBodyFixup>),
    /// DelegateCtor: the target method, then the delegate type.
    DelegateCtor {
        /// The method the delegate will call.
        method: R2RMethodSig,
        /// The delegate type being constructed.
        delegate_type: TypeSig,
    },
    /// ResumptionStubEntryPoint: the stub's RVA.
    ResumptionStub(u32),
}

/// A decoded fixup signature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Fixup {
    /// The module whose tokens the payload uses, when the kind byte has `ModuleOverride`.
    pub module_override: Option<ModuleIndex>,
    /// The kind.
    pub kind: FixupKind,
    /// The payload.
    pub payload: FixupPayload,
}

/// Decoding parameters that depend on the image.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FixupContext {
    /// Pointer size of the target (8 on x64): sizes the GC bitmap of layout checks.
    pub pointer_size: u32,
}

impl Default for FixupContext {
    fn default() -> Self {
        FixupContext { pointer_size: 8 }
    }
}

/// Reads the kind byte (and module override) of the signature at `off` without decoding
/// the payload. Unknown kinds are `Unsupported`.
pub fn peek_kind(bytes: Bytes<'_>, off: usize) -> Result<(Option<ModuleIndex>, FixupKind)> {
    let mut c = bytes.cursor(off);
    let (m, k) = read_kind(&mut c)?;
    Ok((m, k))
}

fn read_kind(c: &mut Cursor<'_>) -> Result<(Option<ModuleIndex>, FixupKind)> {
    let at = c.file_offset();
    let b = c.u8()?;
    let module = if b & MODULE_OVERRIDE != 0 { Some(ModuleIndex(c.compressed_u32()?)) } else { None };
    let raw = b & !MODULE_OVERRIDE;
    match FixupKind::from_u8(raw) {
        Some(k) => Ok((module, k)),
        None => Err(ImageError::unsupported(format!("fixup kind {raw:#04x} at file offset {at:#x}"))),
    }
}

impl Fixup {
    /// Decodes the signature at `off` of `bytes` (a window reaching at least to the end of
    /// the signature; signatures carry no length).
    pub fn decode(bytes: Bytes<'_>, off: usize, ctx: FixupContext) -> Result<Fixup> {
        let mut c = bytes.cursor(off);
        Self::decode_at(&mut c, ctx, 0)
    }

    /// Decodes the signature at `off` and also returns its length in bytes.
    pub fn decode_with_len(bytes: Bytes<'_>, off: usize, ctx: FixupContext) -> Result<(Fixup, usize)> {
        let mut c = bytes.cursor(off);
        let f = Self::decode_at(&mut c, ctx, 0)?;
        Ok((f, c.pos() - off))
    }

    /// Decodes a signature from a cursor, leaving it just past the signature.
    pub fn decode_cursor(c: &mut Cursor<'_>, ctx: FixupContext) -> Result<Fixup> {
        Self::decode_at(c, ctx, 0)
    }

    fn decode_at(c: &mut Cursor<'_>, ctx: FixupContext, depth: u32) -> Result<Fixup> {
        if depth > MAX_FIXUP_NESTING {
            return Err(ImageError::limit(format!("dictionary-lookup fixups nested deeper than {MAX_FIXUP_NESTING} at file offset {:#x}", c.file_offset())));
        }
        let (module_override, kind) = read_kind(c)?;
        use FixupKind as K;
        let payload = match kind {
            K::ThisObjDictionaryLookup => {
                let this_type = type_sig(c)?;
                let inner = Self::decode_at(c, ctx, depth + 1)?;
                FixupPayload::DictionaryLookup { this_type: Some(this_type), inner: Box::new(inner) }
            }
            K::TypeDictionaryLookup | K::MethodDictionaryLookup => {
                let inner = Self::decode_at(c, ctx, depth + 1)?;
                FixupPayload::DictionaryLookup { this_type: None, inner: Box::new(inner) }
            }
            K::TypeHandle
            | K::NewObject
            | K::NewArray
            | K::IsInstanceOf
            | K::ChkCast
            | K::CctorTrigger
            | K::StaticBaseNonGC
            | K::StaticBaseGC
            | K::ThreadStaticBaseNonGC
            | K::ThreadStaticBaseGC
            | K::FieldBaseOffset
            | K::TypeDictionary
            | K::DeclaringTypeHandle => FixupPayload::Type(type_sig(c)?),
            K::MethodHandle | K::MethodEntry | K::VirtualEntry | K::MethodDictionary | K::IndirectPInvokeTarget | K::PInvokeTarget => {
                FixupPayload::Method(method_sig(c)?)
            }
            K::MethodEntry_DefToken | K::VirtualEntry_DefToken => FixupPayload::MethodDef(MethodDefRid(c.compressed_u32()?)),
            K::MethodEntry_RefToken | K::VirtualEntry_RefToken => FixupPayload::MemberRef(MemberRefRid(c.compressed_u32()?)),
            K::VirtualEntry_Slot => {
                let slot = c.compressed_u32()?;
                FixupPayload::VirtualSlot { slot, owner: type_sig(c)? }
            }
            K::FieldHandle | K::FieldAddress | K::FieldOffset => FixupPayload::Field(field_sig(c)?),
            K::Helper => FixupPayload::Helper(ReadyToRunHelper::from_u32(c.compressed_u32()?)),
            K::StringHandle => FixupPayload::String(UserStringIndex(c.compressed_u32()?)),
            K::Check_TypeLayout | K::Verify_TypeLayout | K::ContinuationLayout => {
                let ty = type_sig(c)?;
                let layout = type_layout(c, ctx)?;
                FixupPayload::TypeLayout { ty, layout }
            }
            K::Check_FieldOffset => {
                let offset = c.compressed_u32()?;
                FixupPayload::CheckFieldOffset { offset, field: field_sig(c)? }
            }
            K::Verify_FieldOffset => {
                let base_offset = c.compressed_u32()?;
                let offset = c.compressed_u32()?;
                FixupPayload::VerifyFieldOffset { base_offset, offset, field: field_sig(c)? }
            }
            K::Check_InstructionSetSupport => {
                let n = c.compressed_u32()?;
                let mut v = Vec::with_capacity((n as usize).min(c.remaining()));
                for _ in 0..n {
                    let e = c.compressed_u32()?;
                    v.push(InstructionSetRequirement { set: InstructionSet::from_u32(e >> 1), must_be_supported: e & 1 != 0 });
                }
                FixupPayload::InstructionSets(v)
            }
            K::Check_VirtualFunctionOverride | K::Verify_VirtualFunctionOverride => {
                let flags = c.compressed_u32()?;
                let decl = method_sig(c)?;
                let impl_type = type_sig(c)?;
                let impl_method = if flags & virtual_override::VIRTUAL_FUNCTION_OVERRIDDEN != 0 { Some(method_sig(c)?) } else { None };
                FixupPayload::VirtualFunctionOverride { flags, decl, impl_type, impl_method }
            }
            K::Check_IL_Body | K::Verify_IL_Body => {
                let len = c.compressed_u32()?;
                let constant_data = c.take(len as usize)?.data().to_vec();
                let n = c.compressed_u32()?;
                let mut type_refs = Vec::with_capacity((n as usize).min(c.remaining()));
                for _ in 0..n {
                    type_refs.push(type_sig(c)?);
                }
                let method = method_sig(c)?;
                FixupPayload::IlBody(Box::new(IlBodyFixup { constant_data, type_refs, method }))
            }
            K::DelegateCtor => {
                let method = method_sig(c)?;
                FixupPayload::DelegateCtor { method, delegate_type: type_sig(c)? }
            }
            K::ResumptionStubEntryPoint => FixupPayload::ResumptionStub(c.u32()?),
        };
        Ok(Fixup { module_override, kind, payload })
    }

    /// Calls `f(module, token)` for every metadata token in the signature, with the module
    /// whose metadata the token belongs to (`None` = the signature's default context: the
    /// image's own module for a single-file image; resolve `Some` with
    /// [`crate::r2r::ModuleOverrideRules`]). Rules: the fixup's `ModuleOverride` applies to the
    /// whole payload (and to a nested dictionary-lookup signature that has none of its own);
    /// a method's `UpdateContext` replaces it for that method signature; `MODULE_ZAPSIG`
    /// applies to the type it prefixes, except that `GENERICINST` arguments go back to the
    /// signature context (see [`visit_type`]). String tokens are reported as `0x70xxxxxx`.
    pub fn visit_tokens(&self, f: &mut dyn FnMut(Option<ModuleIndex>, Token)) {
        self.visit_in(self.module_override, f);
    }

    fn visit_in(&self, outer: Option<ModuleIndex>, f: &mut dyn FnMut(Option<ModuleIndex>, Token)) {
        let m = self.module_override.or(outer);
        match &self.payload {
            FixupPayload::Type(t) => visit_type(t, m, f),
            FixupPayload::Method(s) => visit_method(s, m, f),
            FixupPayload::MethodDef(r) => f(m, r.token()),
            FixupPayload::MemberRef(r) => f(m, r.token()),
            FixupPayload::VirtualSlot { owner, .. } => visit_type(owner, m, f),
            FixupPayload::Field(s) => visit_field(s, m, f),
            FixupPayload::Helper(_) | FixupPayload::InstructionSets(_) | FixupPayload::ResumptionStub(_) => {}
            FixupPayload::String(s) => f(m, Token(0x7000_0000 | (s.0 & 0x00ff_ffff))),
            FixupPayload::TypeLayout { ty, .. } => visit_type(ty, m, f),
            FixupPayload::CheckFieldOffset { field, .. } | FixupPayload::VerifyFieldOffset { field, .. } => visit_field(field, m, f),
            FixupPayload::DictionaryLookup { this_type, inner } => {
                if let Some(t) = this_type {
                    visit_type(t, m, f);
                }
                inner.visit_in(m, f);
            }
            FixupPayload::VirtualFunctionOverride { decl, impl_type, impl_method, .. } => {
                visit_method(decl, m, f);
                visit_type(impl_type, m, f);
                if let Some(i) = impl_method {
                    visit_method(i, m, f);
                }
            }
            FixupPayload::IlBody(b) => {
                for t in &b.type_refs {
                    visit_type(t, m, f);
                }
                visit_method(&b.method, m, f);
            }
            FixupPayload::DelegateCtor { method, delegate_type } => {
                visit_method(method, m, f);
                visit_type(delegate_type, m, f);
            }
        }
    }

    /// The innermost signature of a dictionary lookup chain (`self` for other kinds).
    pub fn innermost(&self) -> &Fixup {
        let mut cur = self;
        while let FixupPayload::DictionaryLookup { inner, .. } = &cur.payload {
            cur = inner;
        }
        cur
    }
}

fn type_sig(c: &mut Cursor<'_>) -> Result<TypeSig> {
    let mut r = SigReader::from_cursor(*c);
    let t = r.type_sig()?;
    *c = r.cursor();
    Ok(t)
}

pub(crate) fn method_sig(c: &mut Cursor<'_>) -> Result<R2RMethodSig> {
    let at = c.file_offset();
    let flags = MethodSigFlags(c.compressed_u32()?);
    if flags.0 & !MethodSigFlags::KNOWN != 0 {
        return Err(ImageError::unsupported(format!("method signature flags {:#x} at file offset {at:#x}", flags.0)));
    }
    let update_context = if flags.has(MethodSigFlags::UPDATE_CONTEXT) { Some(ModuleIndex(c.compressed_u32()?)) } else { None };
    let owner_type = if flags.has(MethodSigFlags::OWNER_TYPE) { Some(type_sig(c)?) } else { None };
    let rid = c.compressed_u32()?;
    let token = if flags.has(MethodSigFlags::SLOT_INSTEAD_OF_TOKEN) {
        MethodToken::Slot(rid)
    } else if flags.has(MethodSigFlags::MEMBER_REF_TOKEN) {
        MethodToken::MemberRef(MemberRefRid(rid))
    } else {
        MethodToken::MethodDef(MethodDefRid(rid))
    };
    let mut instantiation = Vec::new();
    if flags.has(MethodSigFlags::METHOD_INSTANTIATION) {
        let n = c.compressed_u32()?;
        instantiation.reserve((n as usize).min(c.remaining()));
        for _ in 0..n {
            instantiation.push(type_sig(c)?);
        }
    }
    let constrained = if flags.has(MethodSigFlags::CONSTRAINED) { Some(type_sig(c)?) } else { None };
    Ok(R2RMethodSig { flags, update_context, owner_type, token, instantiation, constrained })
}

fn field_sig(c: &mut Cursor<'_>) -> Result<R2RFieldSig> {
    let at = c.file_offset();
    let flags = FieldSigFlags(c.compressed_u32()?);
    if flags.0 & !FieldSigFlags::KNOWN != 0 {
        return Err(ImageError::unsupported(format!("field signature flags {:#x} at file offset {at:#x}", flags.0)));
    }
    let owner_type = if flags.0 & FieldSigFlags::OWNER_TYPE != 0 { Some(type_sig(c)?) } else { None };
    let rid = c.compressed_u32()?;
    let token = if flags.0 & FieldSigFlags::MEMBER_REF_TOKEN != 0 { FieldToken::MemberRef(MemberRefRid(rid)) } else { FieldToken::FieldDef(FieldRid(rid)) };
    Ok(R2RFieldSig { flags, owner_type, token })
}

fn type_layout(c: &mut Cursor<'_>, ctx: FixupContext) -> Result<TypeLayout> {
    let flags = TypeLayoutFlags(c.compressed_u32()?);
    let size = c.compressed_u32()?;
    let hfa_element = if flags.0 & TypeLayoutFlags::HFA != 0 { Some(c.compressed_u32()?) } else { None };
    let alignment = if flags.0 & TypeLayoutFlags::ALIGNMENT == 0 {
        LayoutAlignment::Unchecked
    } else if flags.0 & TypeLayoutFlags::ALIGNMENT_NATIVE != 0 {
        LayoutAlignment::Native
    } else {
        LayoutAlignment::Explicit(c.compressed_u32()?)
    };
    let gc_layout = if flags.0 & TypeLayoutFlags::GC_LAYOUT == 0 {
        GcLayout::Unchecked
    } else if flags.0 & TypeLayoutFlags::GC_LAYOUT_EMPTY != 0 {
        GcLayout::Empty
    } else {
        let slots = size / ctx.pointer_size.max(1);
        let len = slots.div_ceil(8) as usize;
        GcLayout::Bitmap(c.take(len)?.data().to_vec())
    };
    Ok(TypeLayout { flags, size, hfa_element, alignment, gc_layout })
}

/// Calls `f` for every token in a type signature. `info` is the signature's token context
/// (the fixup's module override or a method's `UpdateContext`). `MODULE_ZAPSIG` switches the
/// context of the type it prefixes; the arguments of a `GENERICINST` are always resolved in
/// `info` again (CoreCLR `SigPointer::GetTypeHandleThrowing` loads them in `pOrigModule`,
/// and crossgen2 emits them in the outer context), so an argument from another module
/// carries its own `MODULE_ZAPSIG`.
pub fn visit_type(t: &TypeSig, info: Option<ModuleIndex>, f: &mut dyn FnMut(Option<ModuleIndex>, Token)) {
    visit_type_in(t, info, info, f);
}

fn visit_type_in(t: &TypeSig, cur: Option<ModuleIndex>, info: Option<ModuleIndex>, f: &mut dyn FnMut(Option<ModuleIndex>, Token)) {
    match t {
        TypeSig::Class(d) | TypeSig::ValueType(d) => f(cur, d.token()),
        TypeSig::GenericInst { def, args, .. } => {
            f(cur, def.token());
            for a in args {
                visit_type_in(a, info, info, f);
            }
        }
        TypeSig::Ptr(i) | TypeSig::ByRef(i) | TypeSig::SzArray(i) | TypeSig::Pinned(i) | TypeSig::NativeValueType(i) => visit_type_in(i, cur, info, f),
        TypeSig::Array { elem, .. } => visit_type_in(elem, cur, info, f),
        TypeSig::FnPtr(sig) => {
            visit_type_in(&sig.ret, cur, info, f);
            for p in &sig.params {
                visit_type_in(p, cur, info, f);
            }
        }
        TypeSig::Modified { modifier, inner, .. } => {
            f(cur, modifier.token());
            visit_type_in(inner, cur, info, f);
        }
        TypeSig::InModule { module, inner } => visit_type_in(inner, Some(ModuleIndex(*module)), info, f),
        _ => {}
    }
}

fn visit_method(s: &R2RMethodSig, outer: Option<ModuleIndex>, f: &mut dyn FnMut(Option<ModuleIndex>, Token)) {
    let m = s.update_context.or(outer);
    if let Some(o) = &s.owner_type {
        visit_type(o, m, f);
    }
    match s.token {
        MethodToken::MethodDef(r) => f(m, r.token()),
        MethodToken::MemberRef(r) => f(m, r.token()),
        MethodToken::Slot(_) => {}
    }
    for t in &s.instantiation {
        visit_type(t, m, f);
    }
    if let Some(t) = &s.constrained {
        visit_type(t, m, f);
    }
}

fn visit_field(s: &R2RFieldSig, m: Option<ModuleIndex>, f: &mut dyn FnMut(Option<ModuleIndex>, Token)) {
    if let Some(o) = &s.owner_type {
        visit_type(o, m, f);
    }
    match s.token {
        FieldToken::FieldDef(r) => f(m, r.token()),
        FieldToken::MemberRef(r) => f(m, r.token()),
    }
}

/// Short token-level text of a type signature (e.g. `TypeRef#0x12`,
/// `{module 3} TypeDef#0x5<I4, __Canon>`; `{module N}` marks an `ELEMENT_TYPE_MODULE_ZAPSIG`,
/// while a fixup-level module override prints as `[module N]`).
pub fn format_type(t: &TypeSig) -> String {
    let mut s = String::new();
    write_type(&mut s, t);
    s
}

fn write_tdr(s: &mut String, d: &TypeDefOrRef) {
    use std::fmt::Write;
    let _ = match d {
        TypeDefOrRef::TypeDef(r) => write!(s, "TypeDef#{:#x}", r.0),
        TypeDefOrRef::TypeRef(r) => write!(s, "TypeRef#{:#x}", r.0),
        TypeDefOrRef::TypeSpec(r) => write!(s, "TypeSpec#{:#x}", r.0),
    };
}

fn write_type(s: &mut String, t: &TypeSig) {
    use std::fmt::Write;
    match t {
        TypeSig::Class(d) => write_tdr(s, d),
        TypeSig::ValueType(d) => {
            s.push_str("valuetype ");
            write_tdr(s, d);
        }
        TypeSig::GenericInst { def, args, is_value_type } => {
            if *is_value_type {
                s.push_str("valuetype ");
            }
            write_tdr(s, def);
            s.push('<');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write_type(s, a);
            }
            s.push('>');
        }
        TypeSig::Var(n) => {
            let _ = write!(s, "!{n}");
        }
        TypeSig::MVar(n) => {
            let _ = write!(s, "!!{n}");
        }
        TypeSig::VarZapSig(n) => {
            let _ = write!(s, "!{n}(zapsig)");
        }
        TypeSig::Ptr(i) => {
            write_type(s, i);
            s.push('*');
        }
        TypeSig::ByRef(i) => {
            write_type(s, i);
            s.push('&');
        }
        TypeSig::SzArray(i) => {
            write_type(s, i);
            s.push_str("[]");
        }
        TypeSig::Pinned(i) => {
            write_type(s, i);
            s.push_str(" pinned");
        }
        TypeSig::Array { elem, shape } => {
            write_type(s, elem);
            let _ = write!(s, "[rank {}]", shape.rank);
        }
        TypeSig::FnPtr(m) => {
            let _ = write!(s, "fnptr({} params)", m.params.len());
        }
        TypeSig::Modified { required, modifier, inner } => {
            write_type(s, inner);
            s.push_str(if *required { " modreq(" } else { " modopt(" });
            write_tdr(s, modifier);
            s.push(')');
        }
        TypeSig::Internal(p) => {
            let _ = write!(s, "internal({p:#x})");
        }
        TypeSig::Canon => s.push_str("__Canon"),
        TypeSig::InModule { module, inner } => {
            let _ = write!(s, "{{module {module}}} ");
            write_type(s, inner);
        }
        TypeSig::NativeValueType(i) => {
            s.push_str("native ");
            write_type(s, i);
        }
        prim => {
            let _ = write!(s, "{prim:?}");
        }
    }
}

/// Short token-level text of a method signature.
pub fn format_method(m: &R2RMethodSig) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    if m.flags.has(MethodSigFlags::UNBOXING_STUB) {
        s.push_str("[UNBOX] ");
    }
    if m.flags.has(MethodSigFlags::INSTANTIATING_STUB) {
        s.push_str("[INST] ");
    }
    if m.flags.has(MethodSigFlags::ASYNC_VARIANT) {
        s.push_str("[ASYNC] ");
    }
    if let Some(u) = m.update_context {
        let _ = write!(s, "[ctx {}] ", u.0);
    }
    if let Some(o) = &m.owner_type {
        write_type(&mut s, o);
        s.push_str("::");
    }
    let _ = match m.token {
        MethodToken::MethodDef(r) => write!(s, "MethodDef#{:#x}", r.0),
        MethodToken::MemberRef(r) => write!(s, "MemberRef#{:#x}", r.0),
        MethodToken::Slot(n) => write!(s, "slot#{n}"),
    };
    if !m.instantiation.is_empty() {
        s.push('<');
        for (i, a) in m.instantiation.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            write_type(&mut s, a);
        }
        s.push('>');
    }
    if let Some(c) = &m.constrained {
        s.push_str(" constrained ");
        write_type(&mut s, c);
    }
    s
}

/// Short token-level text of a field signature.
pub fn format_field(fs: &R2RFieldSig) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    if let Some(o) = &fs.owner_type {
        write_type(&mut s, o);
        s.push_str("::");
    }
    let _ = match fs.token {
        FieldToken::FieldDef(r) => write!(s, "FieldDef#{:#x}", r.0),
        FieldToken::MemberRef(r) => write!(s, "MemberRef#{:#x}", r.0),
    };
    s
}

impl fmt::Display for Fixup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.kind.name())?;
        if let Some(m) = self.module_override {
            write!(f, " [module {}]", m.0)?;
        }
        match &self.payload {
            FixupPayload::Type(t) => write!(f, " {}", format_type(t)),
            FixupPayload::Method(m) => write!(f, " {}", format_method(m)),
            FixupPayload::MethodDef(r) => write!(f, " MethodDef#{:#x}", r.0),
            FixupPayload::MemberRef(r) => write!(f, " MemberRef#{:#x}", r.0),
            FixupPayload::VirtualSlot { slot, owner } => write!(f, " {} slot {slot}", format_type(owner)),
            FixupPayload::Field(fs) => write!(f, " {}", format_field(fs)),
            FixupPayload::Helper(h) => write!(f, " {h}"),
            FixupPayload::String(s) => write!(f, " US#{:#x}", s.0),
            FixupPayload::TypeLayout { ty, layout } => {
                write!(f, " {} size {}", format_type(ty), layout.size)?;
                if let Some(h) = layout.hfa_element {
                    write!(f, " hfa {h}")?;
                }
                match layout.alignment {
                    LayoutAlignment::Unchecked => {}
                    LayoutAlignment::Native => f.write_str(" align native")?,
                    LayoutAlignment::Explicit(a) => write!(f, " align {a}")?,
                }
                match &layout.gc_layout {
                    GcLayout::Unchecked => Ok(()),
                    GcLayout::Empty => f.write_str(" gc none"),
                    GcLayout::Bitmap(b) => {
                        f.write_str(" gc ")?;
                        for x in b {
                            write!(f, "{x:02x}")?;
                        }
                        Ok(())
                    }
                }
            }
            FixupPayload::CheckFieldOffset { offset, field } => write!(f, " {} offset {offset:#x}", format_field(field)),
            FixupPayload::VerifyFieldOffset { base_offset, offset, field } => {
                write!(f, " {} base {base_offset:#x} offset {offset:#x}", format_field(field))
            }
            FixupPayload::InstructionSets(v) => {
                for r in v {
                    write!(f, " {}{}", if r.must_be_supported { '+' } else { '-' }, r.set.to_string().to_ascii_uppercase())?;
                }
                Ok(())
            }
            FixupPayload::DictionaryLookup { this_type, inner } => {
                if let Some(t) = this_type {
                    write!(f, " this {}", format_type(t))?;
                }
                write!(f, " -> {inner}")
            }
            FixupPayload::VirtualFunctionOverride { decl, impl_type, impl_method, .. } => {
                write!(f, " {} on {}", format_method(decl), format_type(impl_type))?;
                match impl_method {
                    Some(m) => write!(f, " => {}", format_method(m)),
                    None => f.write_str(" (not overridden)"),
                }
            }
            FixupPayload::IlBody(b) => write!(f, " {} ({} bytes of IL metadata, {} type refs)", format_method(&b.method), b.constant_data.len(), b.type_refs.len()),
            FixupPayload::DelegateCtor { method, delegate_type } => write!(f, " {} => {}", format_method(method), format_type(delegate_type)),
            FixupPayload::ResumptionStub(rva) => write!(f, " stub {rva:#x}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metadata::sig::elem;
    use crate::metadata::token::{TypeDefRid, TypeRefRid};

    fn dec(b: &[u8]) -> Result<Fixup> {
        Fixup::decode(Bytes::new(b), 0, FixupContext::default())
    }

    #[test]
    fn kinds_and_helpers() {
        for k in FixupKind::ALL {
            assert_eq!(FixupKind::from_u8(*k as u8), Some(*k));
        }
        assert_eq!(FixupKind::ALL.len(), 44);
        for h in ReadyToRunHelper::KNOWN {
            assert_eq!(ReadyToRunHelper::from_u32(h.id()), *h);
        }
        assert_eq!(ReadyToRunHelper::from_u32(0x08).name(), "DelayLoad_MethodCall");
        assert_eq!(InstructionSet::from_u32(8), InstructionSet::Avx2);
        assert_eq!(InstructionSet::from_u32(17), InstructionSet::Other(17));
    }

    #[test]
    fn simple_payloads() {
        let f = dec(&[0x1a, 0x08]).unwrap();
        assert_eq!(f.payload, FixupPayload::Helper(ReadyToRunHelper::DelayLoad_MethodCall));
        assert_eq!(f.to_string(), "Helper DelayLoad_MethodCall");
        // Module override 3, TypeHandle class TypeRef#0x12.
        let f = dec(&[0x90, 0x03, elem::CLASS, (0x12 << 2) | 1]).unwrap();
        assert_eq!(f.module_override, Some(ModuleIndex(3)));
        assert_eq!(f.payload, FixupPayload::Type(TypeSig::Class(TypeDefOrRef::TypeRef(TypeRefRid(0x12)))));
        assert_eq!(f.to_string(), "TypeHandle [module 3] TypeRef#0x12");
        // ISA: +AVX2 (8<<1|1 = 17), -AVX512F (29<<1 = 58).
        let f = dec(&[0x30, 2, 17, 58]).unwrap();
        assert_eq!(f.to_string(), "Check_InstructionSetSupport +AVX2 -AVX512F");
        assert!(matches!(dec(&[0x01]), Err(ImageError::Unsupported { .. })));
        assert!(matches!(dec(&[0x42]), Err(ImageError::Unsupported { .. })));
        assert!(dec(&[0x10]).is_err());
    }

    #[test]
    fn method_signature_with_everything() {
        // flags: OwnerType | MethodInstantiation | Constrained | UpdateContext | MemberRef
        let flags = (MethodSigFlags::OWNER_TYPE | MethodSigFlags::METHOD_INSTANTIATION | MethodSigFlags::CONSTRAINED | MethodSigFlags::UPDATE_CONTEXT | MethodSigFlags::MEMBER_REF_TOKEN) as u8;
        let b = [0x13, 0x80, flags, 2, elem::CLASS, 4 << 2, 7, 1, elem::I4, elem::VALUETYPE, 5 << 2];
        let f = dec(&b).unwrap();
        let FixupPayload::Method(m) = &f.payload else { panic!() };
        assert_eq!(m.update_context, Some(ModuleIndex(2)));
        assert_eq!(m.token, MethodToken::MemberRef(MemberRefRid(7)));
        assert_eq!(m.instantiation, vec![TypeSig::I4]);
        let mut seen = Vec::new();
        f.visit_tokens(&mut |m, t| seen.push((m, t)));
        assert_eq!(
            seen,
            [
                (Some(ModuleIndex(2)), TypeDefRid(4).token()),
                (Some(ModuleIndex(2)), MemberRefRid(7).token()),
                (Some(ModuleIndex(2)), TypeDefRid(5).token())
            ]
        );
        // Unknown method flag bits are unsupported, not misparsed.
        assert!(matches!(dec(&[0x13, 0x82, 0x00, 1]), Err(ImageError::Unsupported { .. })));
    }

    #[test]
    fn generic_arguments_use_the_signature_context() {
        // TypeHandle [module 5] {module 2} GENERICINST class TypeDef#1 <class TypeRef#3, {module 4} valuetype TypeDef#2>
        let b = [0x90, 5, elem::MODULE_ZAPSIG, 2, elem::GENERICINST, elem::CLASS, 1 << 2, 2, elem::CLASS, (3 << 2) | 1, elem::MODULE_ZAPSIG, 4, elem::VALUETYPE, 2 << 2];
        let f = dec(&b).unwrap();
        let mut seen = Vec::new();
        f.visit_tokens(&mut |m, t| seen.push((m.map(|m| m.0), t)));
        assert_eq!(seen, [(Some(2), TypeDefRid(1).token()), (Some(5), TypeRefRid(3).token()), (Some(4), TypeDefRid(2).token())]);
        assert_eq!(f.to_string(), "TypeHandle [module 5] {module 2} TypeDef#0x1<TypeRef#0x3, {module 4} valuetype TypeDef#0x2>");
    }

    #[test]
    fn layout_and_nesting() {
        // Check_TypeLayout valuetype TypeDef#1, flags Alignment|GCLayout, size 24, align 8, bitmap 0b101.
        let f = dec(&[0x2a, elem::VALUETYPE, 1 << 2, 0x0a, 24, 8, 0x05]).unwrap();
        let FixupPayload::TypeLayout { layout, .. } = &f.payload else { panic!() };
        assert_eq!(layout.alignment, LayoutAlignment::Explicit(8));
        assert_eq!(layout.gc_layout, GcLayout::Bitmap(vec![5]));
        // Truncated bitmap.
        assert!(dec(&[0x2a, elem::VALUETYPE, 1 << 2, 0x08, 24]).is_err());
        // Dictionary lookup around a TypeHandle.
        let f = dec(&[0x08, 0x10, elem::MVAR, 0]).unwrap();
        assert_eq!(f.innermost().kind, FixupKind::TypeHandle);
        // Deep nesting hits the limit.
        let mut deep = vec![0x08; 20];
        deep.extend_from_slice(&[0x10, elem::I4]);
        assert!(matches!(dec(&deep), Err(ImageError::Limit { .. })));
    }
}

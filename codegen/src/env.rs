//! The one seam between the JIT and the runtime: [`JitEnv`].
//!
//! The JIT never looks at runtime data structures. Everything it needs about types, fields,
//! methods, strings and helpers it asks here, and gets back plain values: sizes, offsets,
//! and addresses it embeds as constants (entry slots, MethodTables, static storage, interned
//! strings, helper functions). Like CoreCLR's JIT/EE interface or wasmtime's
//! `FuncEnvironment`, this keeps the translator testable and the runtime free to change its
//! internals.
//!
//! Generic code is compiled per instantiation (no shared code): the environment resolves
//! every token in the instantiation's context, so the JIT only ever sees exact types.

use r2rhost_image::metadata::token::{Token, UserStringIndex};

pub use crate::error::ManagedFailure;

/// A type, as the runtime identifies it (opaque to the JIT).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeRef(pub u32);

/// How values of a type are held: the JIT's view of a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValueKind {
    /// `void` (return types only).
    Void,
    /// `bool` (1 byte).
    Bool,
    /// `char` (2 bytes, unsigned).
    Char,
    /// `int8`.
    I1,
    /// `uint8`.
    U1,
    /// `int16`.
    I2,
    /// `uint16`.
    U2,
    /// `int32`.
    I4,
    /// `uint32`.
    U4,
    /// `int64`.
    I8,
    /// `uint64`.
    U8,
    /// `float32`.
    R4,
    /// `float64`.
    R8,
    /// `native int`.
    I,
    /// `native uint`.
    U,
    /// Unmanaged pointer or function pointer.
    Ptr,
    /// Managed pointer (`T&`).
    ByRef,
    /// Object reference (classes, interfaces, arrays, strings).
    Object,
    /// A value type that is not a primitive or an enum (enums report their underlying kind).
    Struct,
}

impl ValueKind {
    /// True for the integer kinds of at most 32 bits (they are `int32` on the stack).
    pub fn is_small_int(self) -> bool {
        matches!(self, ValueKind::Bool | ValueKind::Char | ValueKind::I1 | ValueKind::U1 | ValueKind::I2 | ValueKind::U2 | ValueKind::I4 | ValueKind::U4)
    }

    /// True for unsigned integer kinds (zero-extended when widened).
    pub fn is_unsigned(self) -> bool {
        matches!(self, ValueKind::Bool | ValueKind::Char | ValueKind::U1 | ValueKind::U2 | ValueKind::U4 | ValueKind::U8 | ValueKind::U)
    }
}

/// SysV classification of one eightbyte of a struct passed in registers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegClass {
    /// A general-purpose register.
    Int,
    /// An XMM register.
    Sse,
}

/// How a struct is passed and returned (SysV x64, as CoreCLR classifies it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StructAbi {
    /// In one or two registers; each eightbyte's class and its size in bytes (the last one
    /// may be shorter than 8).
    Regs([Option<(RegClass, u8)>; 2]),
    /// In memory: a copy on the stack for arguments, a return buffer for results.
    Memory,
}

/// What the JIT needs to know about a type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeInfo {
    /// How values are held.
    pub kind: ValueKind,
    /// Size of a value in a local, field or array element (8 for references).
    pub size: u32,
    /// Alignment of such a value.
    pub align: u32,
    /// The MethodTable address (what objects of this type hold at +0; also the handle
    /// allocation, cast and box helpers take). 0 for types without one (pointers, byrefs).
    pub mt: u64,
    /// True for value types (primitives, enums, structs).
    pub is_value_type: bool,
    /// True when a value (unboxed, for value types) contains object references.
    pub contains_refs: bool,
    /// Passing convention of a [`ValueKind::Struct`].
    pub abi: StructAbi,
    /// For `Nullable<T>`: `T` and the offset of the value field.
    pub nullable: Option<(TypeRef, u32)>,
    /// For arrays: the element type and the rank (0 for single-dimensional, zero-based arrays).
    pub array: Option<(TypeRef, u32)>,
    /// For pointers and byrefs: the pointee.
    pub pointee: Option<TypeRef>,
}

/// Types the JIT refers to without a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WellKnown {
    /// `System.Object`.
    Object,
    /// `System.String`.
    String,
    /// `System.Int32`.
    Int32,
    /// `System.Int64`.
    Int64,
    /// `System.IntPtr`.
    IntPtr,
    /// `System.Double`.
    Double,
    /// `System.Single`.
    Single,
    /// `System.Byte`.
    Byte,
    /// `System.Void`.
    Void,
    /// `System.RuntimeTypeHandle`.
    RuntimeTypeHandle,
    /// `System.RuntimeFieldHandle`.
    RuntimeFieldHandle,
    /// `System.RuntimeMethodHandle`.
    RuntimeMethodHandle,
    /// `System.TypedReference`.
    TypedReference,
}

/// A check that a type's class constructor has run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InitCheck {
    /// Address of a byte that is non-zero once the type is initialized.
    pub flag: u64,
    /// The argument to pass to [`Helper::ClassInit`] when it is zero.
    pub arg: u64,
}

/// Where a field lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldStorage {
    /// In each instance, at `offset` bytes from the start of the instance's data (after the
    /// MethodTable pointer for objects; from the start of the value for structs).
    Instance {
        /// Offset in the instance data.
        offset: u32,
    },
    /// In static storage at a fixed address.
    Static {
        /// The address of the field (for a boxed struct static: of the reference to the box).
        address: u64,
        /// True when the address holds a reference to a boxed value (struct statics).
        boxed: bool,
        /// The class-constructor check to run before the access, if one is still needed.
        init: Option<InitCheck>,
    },
}

/// A resolved field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldInfo {
    /// The field's type.
    pub ty: TypeRef,
    /// Where it lives.
    pub storage: FieldStorage,
}

/// A call signature with every type resolved.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CallSig {
    /// The type of `this` for instance methods. For a value type's instance method, `this`
    /// is a managed pointer to this type.
    pub this: Option<TypeRef>,
    /// Parameter types.
    pub params: Vec<TypeRef>,
    /// Return type ([`WellKnown::Void`]'s type for none).
    pub ret: TypeRef,
}

/// How a call reaches its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallTarget {
    /// Through the method's stable entry slot at this address (`call [slot]`).
    Slot(u64),
    /// Directly to native code at this address (internal calls).
    Native(u64),
    /// Through the vtable: the code pointer is at `[MethodTable + offset]` of `this`.
    Virtual {
        /// Offset of the slot from the MethodTable pointer.
        offset: i32,
    },
    /// Interface dispatch through [`Helper::InterfaceMethod`].
    Interface {
        /// The interface's MethodTable.
        itf: u64,
        /// The method's slot in the interface.
        slot: u32,
    },
    /// Generic virtual method dispatch through [`Helper::GenericVirtualMethod`]: the
    /// runtime finds the override of `method` (a runtime handle of the declared method
    /// instantiation) for the object's type.
    GenericVirtual {
        /// The declared method instantiation, as the runtime identifies it.
        method: u64,
    },
    /// Expanded inline by the JIT.
    Intrinsic(Intrinsic),
}

/// What `newobj` does for a constructor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NewObj {
    /// Allocate an instance of this MethodTable with [`Helper::AllocObject`], then call the
    /// constructor with it as `this`.
    Object(u64),
    /// Construct a value type in a temporary and call the constructor with its address.
    ValueType(TypeRef),
    /// A multi-dimensional array: the constructor arguments are the lengths.
    Array(TypeRef),
    /// The call itself returns the new object (e.g. string constructors, which the corelib
    /// implements as static factories taking the same arguments).
    Factory,
}

/// What a `constrained.` call does to its `this` (a managed pointer) before calling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThisTransform {
    /// Pass it unchanged.
    None,
    /// Load the object reference it points to (constrained call on a reference type).
    Deref,
    /// Box the value it points to, of this type (a value type that does not implement the
    /// method itself).
    Box(TypeRef),
}

/// A resolved call site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallInfo {
    /// Name for diagnostics (`Type.Method(args)`).
    pub name: String,
    /// The signature of the code being called (for [`NewObj::Factory`], a static signature
    /// returning the object).
    pub sig: CallSig,
    /// How it is reached.
    pub target: CallTarget,
    /// For `newobj`: how the object is made.
    pub newobj: Option<NewObj>,
    /// For `constrained.` calls: what happens to `this`.
    pub this_transform: ThisTransform,
}

/// Kinds of call instructions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallOp {
    /// `call`.
    Call,
    /// `callvirt`.
    CallVirt,
    /// `newobj`.
    NewObj,
    /// `ldftn`.
    Ldftn,
    /// `ldvirtftn`.
    Ldvirtftn,
    /// `jmp` / tail calls resolve like `call`.
    Jmp,
}

/// Methods the JIT expands inline instead of calling.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Intrinsic {
    /// `Unsafe.As<T>(object)` / `Unsafe.As<TFrom,TTo>(ref TFrom)` / `Unsafe.AsRef<T>(..)` /
    /// `Unsafe.AsPointer` / `Unsafe.AsRef<T>(void*)`: the argument unchanged.
    Identity,
    /// `Unsafe.Add<T>(ref T, int|nint)`: byref + index * sizeof(T) (T is the method's type
    /// argument, given as the size).
    AddElements(u32),
    /// `Unsafe.AddByteOffset(ref T, nint)`.
    AddBytes,
    /// `Unsafe.Subtract<T>(ref T, int|nint)`.
    SubtractElements(u32),
    /// `Unsafe.ByteOffset(ref T origin, ref T target)`: target − origin.
    ByteOffset,
    /// `Unsafe.SizeOf<T>()` and friends: a constant.
    Constant(i64),
    /// `Unsafe.AreSame(ref T, ref T)`.
    AreSame,
    /// `Unsafe.IsNullRef(ref T)`.
    IsNullRef,
    /// `Unsafe.NullRef<T>()`.
    NullRef,
    /// `Unsafe.Read<T>` / `ReadUnaligned<T>` of a type of this size: load through the pointer.
    Read(TypeRef),
    /// `Unsafe.Write<T>` / `WriteUnaligned<T>`: store through the pointer.
    Write(TypeRef),
    /// `Unsafe.InitBlock` / `InitBlockUnaligned`.
    InitBlock,
    /// `Unsafe.CopyBlock` / `CopyBlockUnaligned`.
    CopyBlock,
    /// The data of an array (`MemoryMarshal.GetArrayDataReference`): array + 16.
    ArrayData,
    /// The chars of a string (`string.GetPinnableReference` style): string + 12.
    StringData,
    /// `Array.Length` / `string.Length` style: the int32 at +8.
    LengthAt8,
    /// `object.GetType`'s MethodTable load: the pointer at +0 of `this`.
    MethodTableOf,
    /// `Math.Sqrt` and friends that map to one instruction.
    Math(MathOp),
    /// `Unsafe.SubtractByteOffset(ref T, nint)`.
    SubtractBytes,
    /// `Unsafe.IsAddressLessThan` and friends: an unsigned comparison of two addresses.
    AddressCompare(AddressCmp),
    /// `Unsafe.Copy<T>(dest, ref src)`: copy one `T`.
    CopyValue(TypeRef),
    /// `Unsafe.SkipInit<T>(out T)`: nothing.
    SkipInit,
    /// `Unsafe.Unbox<T>(object)`: the address of the boxed payload (object + 8), unchecked.
    UnboxRaw,
    /// `Unsafe.BitCast<TFrom, TTo>(value)`: the same bits as another type of equal size.
    BitCast(TypeRef, TypeRef),
    /// An array's `Get`, `Set` or `Address` method (III.4.9, II.14.2): element access of a
    /// multi-dimensional (or non-zero-based rank 1) array, inline.
    Array(ArrayAccess),
}

/// An element access of a multi-dimensional array. Layout (the runtime's contract with
/// the JIT, as in CoreCLR): the total length as int32 at +8, then `rank` int32 lengths
/// from +16, then `rank` int32 lower bounds, then the elements at `16 + 8 * rank`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ArrayAccess {
    /// What the method does.
    pub op: ArrayOp,
    /// The element type (as the call site names it).
    pub element: TypeRef,
    /// The array's rank (≥ 1).
    pub rank: u32,
}

/// The methods every multi-dimensional array type has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ArrayOp {
    /// `T Get(int32 × rank)`.
    Get,
    /// `void Set(int32 × rank, T)`: with the covariance check for reference elements.
    Set,
    /// `T& Address(int32 × rank)`: with the exact-type check for reference elements
    /// unless `readonly.`.
    Address,
}

/// Unsigned address comparisons.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AddressCmp {
    /// `>`.
    Greater,
    /// `>=`.
    GreaterOrEqual,
    /// `<`.
    Less,
    /// `<=`.
    LessOrEqual,
}

/// Math operations with a direct machine instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MathOp {
    /// Square root.
    Sqrt,
    /// Absolute value (floating point).
    Abs,
    /// Round toward negative infinity.
    Floor,
    /// Round toward positive infinity.
    Ceiling,
    /// Round toward zero.
    Truncate,
    /// Round half to even.
    RoundEven,
}

/// A handle `ldtoken` pushes: a `RuntimeTypeHandle`, `RuntimeFieldHandle` or
/// `RuntimeMethodHandle`, each a struct wrapping one pointer-sized value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TokenHandle {
    /// The wrapped value.
    pub value: u64,
    /// The handle struct's type.
    pub ty: TypeRef,
}

/// Runtime helpers the JIT calls. Their signatures are fixed (see [`Helper::signature`]);
/// the environment supplies their addresses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Helper {
    /// `(mt) -> obj`: a zeroed instance.
    AllocObject,
    /// `(mt, length: i64) -> array`: a zeroed single-dimensional array.
    AllocArray,
    /// `(mt, rank: i32, lengths: *const i32) -> array`.
    AllocMdArray,
    /// `(mt, data: *const u8) -> obj`: box a value (handles `Nullable<T>`).
    Box,
    /// `(mt, obj) -> byref`: unbox with a type check.
    Unbox,
    /// `(dest: *mut u8, mt, obj)`: unbox into a `Nullable<T>`.
    UnboxNullable,
    /// `(mt, obj) -> obj`: `castclass`.
    CastClass,
    /// `(mt, obj) -> obj`: `isinst`.
    IsInst,
    /// `(obj, itf_mt, slot: i32) -> code`: the implementation of an interface method.
    InterfaceMethod,
    /// `(obj, method) -> code`: the override of a generic virtual method instantiation for
    /// the object's type (see [`CallTarget::GenericVirtual`]).
    GenericVirtualMethod,
    /// `(arg)`: run a class constructor.
    ClassInit,
    /// `(array, index: i64, value)`: `stelem.ref` with the covariance check.
    StelemRef,
    /// `(array, index: i64, element_mt) -> byref`: `ldelema` of a reference-type element
    /// with the exact-type check.
    LdelemaRef,
    /// `(obj)`: throw.
    Throw,
    /// `()`: rethrow the exception being handled.
    Rethrow,
    /// `()`: throw NullReferenceException.
    ThrowNullRef,
    /// `()`: throw IndexOutOfRangeException.
    ThrowIndexOutOfRange,
    /// `()`: throw OverflowException.
    ThrowOverflow,
    /// `()`: throw DivideByZeroException.
    ThrowDivideByZero,
    /// `()`: throw ArithmeticException (`ckfinite`).
    ThrowArithmetic,
    /// `()`: throw InvalidCastException (`refanyval` of the wrong type).
    ThrowInvalidCast,
    /// `(f64, f64) -> f64`: `rem` on doubles.
    FMod,
    /// `(f32, f32) -> f32`: `rem` on floats.
    FModF,
    /// `(size: i64) -> ptr`: `localloc` from the thread's side stack.
    LocallocAlloc,
    /// `() -> mark`: the side-stack position at method entry.
    LocallocMark,
    /// `(mark)`: release the side stack back to `mark` on return.
    LocallocRelease,
    /// `(dest, src, len: i64)`: `cpblk`, `cpobj` of large structs.
    MemCopy,
    /// `(dest, value: i32, len: i64)`: `initblk`.
    MemSet,
    /// `(array, value)`: throws ArrayTypeMismatchException unless `value` is null or
    /// assignable to the array's element type (stores into arrays of references).
    ArrayStoreCheck,
    /// `(array, element_mt)`: throws ArrayTypeMismatchException unless the array's element
    /// type is exactly `element_mt` (addresses of reference elements).
    ArrayExactCheck,
}

/// The runtime as the JIT sees it.
pub trait JitEnv {
    /// Facts about a type. Must be cheap (the JIT asks often).
    fn type_info(&self, ty: TypeRef) -> &TypeInfo;

    /// A readable name, for diagnostics and CLIF comments.
    fn type_name(&self, ty: TypeRef) -> String;

    /// A well-known type.
    fn well_known(&self, w: WellKnown) -> TypeRef;

    /// The single-dimensional array type of `element`.
    fn sz_array_of(&mut self, element: TypeRef) -> Result<TypeRef, ManagedFailure>;

    /// A type token (TypeDef, TypeRef or TypeSpec) of the method being compiled.
    fn resolve_type(&mut self, token: Token) -> Result<TypeRef, ManagedFailure>;

    /// A field token (FieldDef or MemberRef).
    fn resolve_field(&mut self, token: Token) -> Result<FieldInfo, ManagedFailure>;

    /// A method token (MethodDef, MemberRef or MethodSpec) used by `op`; `constrained` is
    /// the type of a preceding `constrained.` prefix.
    fn resolve_call(&mut self, token: Token, op: CallOp, constrained: Option<TypeRef>) -> Result<CallInfo, ManagedFailure>;

    /// A StandAloneSig token of `calli`.
    fn resolve_signature(&mut self, token: Token) -> Result<CallSig, ManagedFailure>;

    /// The address of the interned string object for a user-string token.
    fn resolve_string(&mut self, index: UserStringIndex) -> Result<u64, ManagedFailure>;

    /// What `ldtoken` pushes.
    fn resolve_token_handle(&mut self, token: Token) -> Result<TokenHandle, ManagedFailure>;

    /// The address of a helper.
    fn helper(&self, helper: Helper) -> u64;
}

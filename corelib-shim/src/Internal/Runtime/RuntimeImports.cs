// Internal calls implemented natively by r2rhost (runtime services).
// Every member here is listed in corelib-shim/README.md ("Internal calls"); the host implements exactly
// that table. Calling convention: the managed SysV x64 convention. MT = the host's MethodTable* (the value
// a RuntimeTypeHandle wraps). Callers validate arguments: the host may assume the documented preconditions.
using System;
using System.Runtime.CompilerServices;

namespace Internal.Runtime
{
    internal static unsafe partial class RuntimeImports
    {
        // ---- allocation -------------------------------------------------------------------------------
        /// <summary>New string of <paramref name="length"/> chars (all '\0', NUL terminator at [length]). length &gt;= 0.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string NewString(int length);
        /// <summary>New zeroed SZ array of type <paramref name="arrayMT"/> (an SZ array MT). length &gt;= 0.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern Array NewArray(IntPtr arrayMT, int length);
        /// <summary>New zeroed multi-dimensional array (arrayMT has rank = rank, lower bounds 0). lengths[i] &gt;= 0.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern Array NewMDArray(IntPtr arrayMT, int rank, int* lengths);
        /// <summary>New zeroed instance of a non-array class MT (or a boxed zero value for a value-type MT). No constructor runs.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern object NewObject(IntPtr mt);
        /// <summary>Allocates an instance of class MT and runs its public or non-public parameterless instance
        /// constructor (for a value type: returns a boxed default value, running no constructor).
        /// Throws MissingMethodException if a class has none, MemberAccessException if MT is abstract or an interface.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern object CreateInstanceDefaultCtor(IntPtr mt);
        /// <summary>Shallow copy of any object (arrays and strings included): same MT, same size, fields copied.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern object MemberwiseClone(object obj);

        // ---- memory ---------------------------------------------------------------------------------
        /// <summary>memmove: copies len bytes; regions may overlap. The memory holds no object references.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void Memmove(byte* dest, byte* src, nuint len);
        /// <summary>Like Memmove, but the memory holds object references (pointer-aligned, len a multiple of 8):
        /// the host applies whatever GC barrier it needs (none for a non-generational GC).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void BulkMoveWithWriteBarrier(byte* dest, byte* src, nuint len);
        /// <summary>memset(dest, 0, len).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void ZeroMemory(byte* dest, nuint len);

        // ---- type information ----------------------------------------------------------------------
        /// <summary>Bit set describing MT; see TypeFlags. Never fails for a valid MT.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int GetTypeFlags(IntPtr mt);
        /// <summary>Parent type's MT; 0 for Object, interfaces, pointers and generic parameters.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr GetBaseType(IntPtr mt);
        /// <summary>Element type of an array/pointer/byref MT; underlying primitive of an enum; T of Nullable&lt;T&gt;; else 0.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr GetElementType(IntPtr mt);
        /// <summary>Size in bytes of a value of this type as stored in a field or array element
        /// (value type: unboxed size, e.g. 4 for Int32; reference types: 8).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int GetValueSize(IntPtr mt);
        /// <summary>Metadata name (e.g. "List`1", "Int32", nested: own name only). null for arrays, pointers, byrefs.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string GetTypeName(IntPtr mt);
        /// <summary>Metadata namespace ("" if none; "" for nested types). null for arrays, pointers, byrefs.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string GetTypeNamespace(IntPtr mt);
        /// <summary>MT of the enclosing type of a nested type (the open generic definition if the enclosing type is generic); 0 if not nested.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr GetDeclaringType(IntPtr mt);
        /// <summary>Number of generic arguments of a generic instantiation or definition; 0 otherwise.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int GetGenericArgumentCount(IntPtr mt);
        /// <summary>The index-th generic argument (0 &lt;= index &lt; count); for a definition, its generic parameter types.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr GetGenericArgument(IntPtr mt, int index);
        /// <summary>Open generic definition of a generic instantiation (itself for a definition); 0 if not generic.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr GetGenericTypeDefinition(IntPtr mt);
        /// <summary>Instantiates an open generic definition with count type arguments (loads the type).
        /// Returns 0 if the arguments violate the constraints or the arity is wrong.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr MakeGenericType(IntPtr genericDefinition, IntPtr* args, int count);
        /// <summary>MT of the array type with the given element type: rank 0 = SZ array (T[]), rank &gt;= 1 = MD array (T[,]; rank 1 = T[*]).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr MakeArrayType(IntPtr elementMT, int rank);
        /// <summary>ECMA-335 assignment compatibility as castclass/isinst see it: can a value of type source be stored in a
        /// location of type target (identity, base class, interface, array covariance, variance, Nullable&lt;T&gt; from T is false).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern bool IsAssignableFrom(IntPtr target, IntPtr source);
        /// <summary>The unique System.RuntimeType object for MT, created on first request (the host allocates a
        /// RuntimeType and stores MT in its only instance field, at +8). Never collected.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern Type GetTypeObject(IntPtr mt);
        /// <summary>Number of literal (static) fields of an enum type MT.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int GetEnumFieldCount(IntPtr enumMT);
        /// <summary>Name of the index-th literal field of an enum, in metadata (declaration) order.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string GetEnumFieldName(IntPtr enumMT, int index);
        /// <summary>Value of the index-th literal field of an enum: its raw bits zero-extended to 64 bits.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern ulong GetEnumFieldValue(IntPtr enumMT, int index);
        /// <summary>The index-th instance field of MT in metadata order (inherited fields excluded): returns its type's MT and
        /// stores its offset from the start of the field data (unboxed data for value types; +8-relative for classes)
        /// in *offset. Returns 0 when index is past the last field.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr GetInstanceField(IntPtr mt, int index, int* offset);
        /// <summary>Address and size in bytes of the RVA data of a static field with an RVA (field initializer data).
        /// fieldHandle is the value a RuntimeFieldHandle wraps. Throws ArgumentException if the field has no RVA.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern byte* GetFieldRvaData(IntPtr fieldHandle, int* size);
        /// <summary>Code pointer of the host's invoke stub for a multicast delegate of type delegateMT: called like the
        /// delegate's Invoke with this = the delegate, it calls every delegate in _invocationList[0.._invocationCount)
        /// in order and returns the last result.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr GetMulticastInvokeStub(IntPtr delegateMT);

        // ---- threading primitives -------------------------------------------------------------------
        /// <summary>Acquires obj's monitor (recursive). While the host runs one managed thread this may do nothing.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void MonitorEnter(object obj);
        /// <summary>Releases obj's monitor.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void MonitorExit(object obj);
        /// <summary>Atomic compare-and-swap; returns the original value.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int InterlockedCompareExchange32(int* location, int value, int comparand);
        /// <summary>Atomic compare-and-swap; returns the original value.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern long InterlockedCompareExchange64(long* location, long value, long comparand);
        /// <summary>Atomic compare-and-swap of an object reference (with GC barrier); returns the original value.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern object InterlockedCompareExchangeObject(ref object location, object value, object comparand);
        /// <summary>Full memory fence (mfence).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void MemoryBarrier();

        // ---- failure --------------------------------------------------------------------------------
        /// <summary>Writes "Process terminated. " + message to stderr and aborts the process (exit code 134 / SIGABRT).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void FailFast(string message);

        /// <summary>The runtime's interned instance of <paramref name="s"/> (the table string literals
        /// are interned in): with <paramref name="add"/>, <paramref name="s"/> itself becomes the interned
        /// instance when none exists yet; without, null when none exists.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string InternString(string s, bool add);
    }

    /// <summary>Bits returned by RuntimeImports.GetTypeFlags.</summary>
    internal static class TypeFlags
    {
        internal const int ElementTypeMask = 0xFF;       // CorElementType of the type (enums: the underlying primitive's)
        internal const int RankShift = 8;                // bits 8..15: rank of an MD array (0 for SZ arrays and non-arrays)
        internal const int RankMask = 0xFF00;
        internal const int IsValueType = 1 << 16;
        internal const int IsInterface = 1 << 17;
        internal const int IsAbstract = 1 << 18;
        internal const int IsSealed = 1 << 19;
        internal const int IsEnum = 1 << 20;
        internal const int IsNullable = 1 << 21;          // an instantiation of System.Nullable`1
        internal const int IsGenericInstance = 1 << 22;   // a constructed generic type (List<int>)
        internal const int IsGenericDefinition = 1 << 23; // an open generic type definition (List<>)
        internal const int ContainsGCPointers = 1 << 24;  // instances (unboxed for value types) contain object references
        internal const int IsByRefLike = 1 << 25;
        internal const int IsFlagsEnum = 1 << 26;         // an enum carrying [System.FlagsAttribute]
        internal const int IsDelegate = 1 << 27;          // derives from System.MulticastDelegate
        internal const int IsGenericParameter = 1 << 28;  // a generic parameter of a definition (T of List<T>)
        internal const int IsNested = 1 << 29;
        internal const int IsPrimitive = 1 << 30;         // Boolean, Char, [S]Byte, [U]Int16/32/64, [U]IntPtr, Single, Double
    }

    /// <summary>ECMA-335 element types used in TypeFlags.</summary>
    internal static class CorElementType
    {
        internal const int Void = 0x01, Boolean = 0x02, Char = 0x03, I1 = 0x04, U1 = 0x05, I2 = 0x06, U2 = 0x07, I4 = 0x08,
            U4 = 0x09, I8 = 0x0A, U8 = 0x0B, R4 = 0x0C, R8 = 0x0D, String = 0x0E, Ptr = 0x0F, ByRef = 0x10, ValueType = 0x11,
            Class = 0x12, Var = 0x13, Array = 0x14, GenericInst = 0x15, TypedByRef = 0x16, I = 0x18, U = 0x19, FnPtr = 0x1B,
            Object = 0x1C, SzArray = 0x1D;
    }
}

using System.Runtime.Versioning;

namespace System.Runtime.CompilerServices
{
    /// <summary>JIT intrinsics: every member is expanded inline by the JIT (README, "JIT intrinsics").
    /// The bodies are extern; calling one that the JIT did not expand is a host bug.</summary>
    public static unsafe partial class Unsafe
    {
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern T As<T>(object o) where T : class;
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern ref TTo As<TFrom, TTo>(ref TFrom source);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern void* AsPointer<T>(ref T value);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T AsRef<T>(void* source);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T AsRef<T>(scoped ref readonly T source);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern int SizeOf<T>();
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T Add<T>(ref T source, int elementOffset);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T Add<T>(ref T source, IntPtr elementOffset);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T Add<T>(ref T source, nuint elementOffset);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern void* Add<T>(void* source, int elementOffset);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T AddByteOffset<T>(ref T source, IntPtr byteOffset);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T AddByteOffset<T>(ref T source, nuint byteOffset);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T Subtract<T>(ref T source, int elementOffset);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T Subtract<T>(ref T source, IntPtr elementOffset);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T Subtract<T>(ref T source, nuint elementOffset);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern void* Subtract<T>(void* source, int elementOffset);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T SubtractByteOffset<T>(ref T source, IntPtr byteOffset);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T SubtractByteOffset<T>(ref T source, nuint byteOffset);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern IntPtr ByteOffset<T>(ref readonly T origin, ref readonly T target);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern bool AreSame<T>(ref readonly T left, ref readonly T right);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern bool IsAddressGreaterThan<T>(ref readonly T left, ref readonly T right);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern bool IsAddressGreaterThanOrEqualTo<T>(ref readonly T left, ref readonly T right);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern bool IsAddressLessThan<T>(ref readonly T left, ref readonly T right);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern bool IsAddressLessThanOrEqualTo<T>(ref readonly T left, ref readonly T right);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern bool IsNullRef<T>(ref readonly T source);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T NullRef<T>();
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern T Read<T>(void* source);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern void Write<T>(void* destination, T value);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern T ReadUnaligned<T>(void* source);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern T ReadUnaligned<T>(scoped ref readonly byte source);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern void WriteUnaligned<T>(void* destination, T value);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern void WriteUnaligned<T>(ref byte destination, T value);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern void Copy<T>(void* destination, ref readonly T source);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern void Copy<T>(ref T destination, void* source);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern void CopyBlock(void* destination, void* source, uint byteCount);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern void CopyBlock(ref byte destination, ref readonly byte source, uint byteCount);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern void CopyBlockUnaligned(void* destination, void* source, uint byteCount);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern void CopyBlockUnaligned(ref byte destination, ref readonly byte source, uint byteCount);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern void InitBlock(void* startAddress, byte value, uint byteCount);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern void InitBlock(ref byte startAddress, byte value, uint byteCount);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern void InitBlockUnaligned(void* startAddress, byte value, uint byteCount);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern void InitBlockUnaligned(ref byte startAddress, byte value, uint byteCount);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern void SkipInit<T>(out T value);
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern ref T Unbox<T>(object box) where T : struct;
        [Intrinsic, NonVersionable, MethodImpl(MethodImplOptions.InternalCall)] public static extern TTo BitCast<TFrom, TTo>(TFrom source) where TFrom : struct where TTo : struct;
    }
}

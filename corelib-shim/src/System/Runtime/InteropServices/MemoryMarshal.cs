using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System.Runtime.InteropServices
{
    public static unsafe partial class MemoryMarshal
    {
        [Intrinsic]
        public static ref T GetArrayDataReference<T>(T[] array) => ref Unsafe.As<byte, T>(ref Unsafe.As<RawArrayData>(array).Data);

        /// <summary>First element of any array (SZ data at +16; MD arrays: after the bounds).</summary>
        public static ref byte GetArrayDataReference(Array array)
        {
            int rank = (RuntimeImports.GetTypeFlags(RuntimeHelpers.GetMethodTable(array)) & TypeFlags.RankMask) >> TypeFlags.RankShift;
            return ref Unsafe.Add(ref Unsafe.As<RawArrayData>(array).Data, rank * 8);
        }

        public static ref T GetReference<T>(Span<T> span) => ref span._reference;
        public static ref T GetReference<T>(ReadOnlySpan<T> span) => ref span._reference;

        public static Span<T> CreateSpan<T>(scoped ref T reference, int length) => new Span<T>(ref Unsafe.AsRef(in reference), length);
        public static ReadOnlySpan<T> CreateReadOnlySpan<T>(scoped ref readonly T reference, int length) => new ReadOnlySpan<T>(ref Unsafe.AsRef(in reference), length);

        public static ReadOnlySpan<char> CreateReadOnlySpanFromNullTerminated(char* value)
        {
            if (value == null) return default;
            int n = 0; while (value[n] != 0) n++;
            return new ReadOnlySpan<char>(value, n);
        }

        public static ReadOnlySpan<byte> CreateReadOnlySpanFromNullTerminated(byte* value)
        {
            if (value == null) return default;
            int n = 0; while (value[n] != 0) n++;
            return new ReadOnlySpan<byte>(value, n);
        }

        public static Span<byte> AsBytes<T>(Span<T> span) where T : struct
            => new Span<byte>(ref Unsafe.As<T, byte>(ref span._reference), checked(span.Length * Unsafe.SizeOf<T>()));

        public static ReadOnlySpan<byte> AsBytes<T>(ReadOnlySpan<T> span) where T : struct
            => new ReadOnlySpan<byte>(ref Unsafe.As<T, byte>(ref span._reference), checked(span.Length * Unsafe.SizeOf<T>()));

        public static Span<TTo> Cast<TFrom, TTo>(Span<TFrom> span) where TFrom : struct where TTo : struct
            => new Span<TTo>(ref Unsafe.As<TFrom, TTo>(ref span._reference), (int)((long)span.Length * Unsafe.SizeOf<TFrom>() / Unsafe.SizeOf<TTo>()));

        public static ReadOnlySpan<TTo> Cast<TFrom, TTo>(ReadOnlySpan<TFrom> span) where TFrom : struct where TTo : struct
            => new ReadOnlySpan<TTo>(ref Unsafe.As<TFrom, TTo>(ref span._reference), (int)((long)span.Length * Unsafe.SizeOf<TFrom>() / Unsafe.SizeOf<TTo>()));

        public static T Read<T>(ReadOnlySpan<byte> source) where T : struct
        {
            if (Unsafe.SizeOf<T>() > source.Length) throw new ArgumentOutOfRangeException("length");
            return Unsafe.ReadUnaligned<T>(ref source._reference);
        }

        public static bool TryRead<T>(ReadOnlySpan<byte> source, out T value) where T : struct
        {
            if (Unsafe.SizeOf<T>() > source.Length) { value = default; return false; }
            value = Unsafe.ReadUnaligned<T>(ref source._reference);
            return true;
        }

        public static void Write<T>(Span<byte> destination, in T value) where T : struct
        {
            if (Unsafe.SizeOf<T>() > destination.Length) throw new ArgumentOutOfRangeException("length");
            Unsafe.WriteUnaligned(ref destination._reference, value);
        }

        public static bool TryWrite<T>(Span<byte> destination, in T value) where T : struct
        {
            if (Unsafe.SizeOf<T>() > destination.Length) return false;
            Unsafe.WriteUnaligned(ref destination._reference, value);
            return true;
        }

        public static ref T AsRef<T>(Span<byte> span) where T : struct
        {
            if (Unsafe.SizeOf<T>() > span.Length) throw new ArgumentOutOfRangeException("length");
            return ref Unsafe.As<byte, T>(ref span._reference);
        }

        public static ref readonly T AsRef<T>(ReadOnlySpan<byte> span) where T : struct
        {
            if (Unsafe.SizeOf<T>() > span.Length) throw new ArgumentOutOfRangeException("length");
            return ref Unsafe.As<byte, T>(ref span._reference);
        }
    }
}

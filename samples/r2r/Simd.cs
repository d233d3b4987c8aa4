// Hardware-intrinsic-heavy code, so that --instruction-set variants produce different
// machine code: Vector<T> loops (whose width depends on the instruction set), fixed-width
// Vector128/256/512 operations, Avx2/Sse42/Popcnt/Bmi paths guarded by IsSupported (each path
// gives the same answer), and BitOperations. Only width-independent results are printed.
using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

static class Simd
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static long VectorSum(ReadOnlySpan<int> values)
    {
        var acc = Vector<long>.Zero;
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= values.Length - Vector<int>.Count; i += Vector<int>.Count)
            {
                var v = new Vector<int>(values.Slice(i));
                Vector.Widen(v, out Vector<long> lo, out Vector<long> hi);
                acc += lo + hi;
            }
        }
        long sum = Vector.Sum(acc);
        for (; i < values.Length; i++) sum += values[i];
        return sum;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static float Dot(float[] a, float[] b)
    {
        var acc = Vector<float>.Zero;
        int i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
            acc += new Vector<float>(a, i) * new Vector<float>(b, i);
        float sum = Vector.Dot(acc, Vector<float>.One);
        for (; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int CountGreater(ReadOnlySpan<int> values, int threshold)
    {
        int count = 0, i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var t = Vector256.Create(threshold);
            for (; i <= values.Length - Vector256<int>.Count; i += Vector256<int>.Count)
            {
                var mask = Vector256.GreaterThan(Vector256.Create(values.Slice(i, Vector256<int>.Count)), t);
                count += BitOperations.PopCount(mask.ExtractMostSignificantBits());
            }
        }
        for (; i < values.Length; i++)
            if (values[i] > threshold) count++;
        return count;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Sum512(ReadOnlySpan<long> values)
    {
        long sum = 0;
        int i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var acc = Vector512<long>.Zero;
            for (; i <= values.Length - Vector512<long>.Count; i += Vector512<long>.Count)
                acc += Vector512.Create(values.Slice(i, Vector512<long>.Count));
            sum = Vector512.Sum(acc);
        }
        for (; i < values.Length; i++) sum += values[i];
        return sum;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int PopCountAll(ReadOnlySpan<ulong> words)
    {
        int total = 0;
        foreach (ulong w in words)
            total += Popcnt.X64.IsSupported ? (int)Popcnt.X64.PopCount(w) : BitOperations.PopCount(w);
        return total;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Vector128<int> Blend(Vector128<int> a, Vector128<int> b)
    {
        if (Sse41.IsSupported)
            return Sse41.Blend(a.AsSingle(), b.AsSingle(), 0b1010).AsInt32();
        return Vector128.Create(a[0], b[1], a[2], b[3]);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static uint ExtractBits(uint value, int start, int length)
    {
        if (Bmi1.IsSupported)
            return Bmi1.BitFieldExtract(value, (byte)start, (byte)length);
        return (value >> start) & ((1u << length) - 1);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Vector256<int> AddAvx2(Vector256<int> a, Vector256<int> b) =>
        Avx2.IsSupported ? Avx2.Add(a, b) : a + b;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static uint Crc(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            if (Sse42.IsSupported)
                crc = Sse42.Crc32(crc, b);
            else
            {
                crc ^= b;
                for (int k = 0; k < 8; k++)
                    crc = (crc & 1) != 0 ? (crc >> 1) ^ 0x82F63B78u : crc >> 1;
            }
        }
        return ~crc;
    }

    public static void Run()
    {
        var ints = new int[1000];
        for (int i = 0; i < ints.Length; i++) ints[i] = i * 3 - 700;
        Check.Eq("Vector<int> sum", VectorSum(ints), 798500L);
        var a = new float[37];
        var b = new float[37];
        for (int i = 0; i < a.Length; i++) { a[i] = i; b[i] = 2; }
        Check.Eq("Vector<float> dot", Dot(a, b), 1332f);
        Check.Eq("Vector256 compare + movemask", CountGreater(ints, 0), 766);
        var longs = new long[100];
        for (int i = 0; i < longs.Length; i++) longs[i] = (long)i << 33;
        Check.Eq("Vector512 sum", Sum512(longs), 4950L << 33);
        Check.Eq("popcnt", PopCountAll(new ulong[] { ulong.MaxValue, 0x5555, 1UL << 63 }), 64 + 8 + 1);
        Check.Eq("Vector128 blend", Blend(Vector128.Create(1, 2, 3, 4), Vector128.Create(10, 20, 30, 40)).ToString(), "<1, 20, 3, 40>");
        Check.Eq("bextr", ExtractBits(0xABCD1234, 8, 12), 0xD12u);
        var v = AddAvx2(Vector256.Create(1), Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7));
        Check.Eq("Vector256 add", Vector256.Sum(v), 36);
        Check.Eq("crc32c", Crc("123456789"u8).ToString("X8"), "E3069283");

        var v4 = Vector128.Create(1.0f, 2.0f, 3.0f, 4.0f);
        var sq = Vector128.Sqrt(v4 * v4);
        Check.Eq("Vector128<float> sqrt(x*x)", Vector128.Sum(sq), 10f);
        Check.Eq("Vector128 shuffle", Vector128.Shuffle(Vector128.Create((byte)0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), Vector128.Create((byte)15)).GetElement(0), (byte)15);
        Check.Eq("Vector3 length", new Vector3(2, 3, 6).Length(), 7f);
        Check.Eq("Matrix4x4 translation", Vector3.Transform(Vector3.One, Matrix4x4.CreateTranslation(1, 2, 3)), new Vector3(2, 3, 4));

        Check.Eq("BitOperations.PopCount", BitOperations.PopCount(0xF0F0u), 8);
        Check.Eq("BitOperations.LeadingZeroCount", BitOperations.LeadingZeroCount(1UL), 63);
        Check.Eq("BitOperations.TrailingZeroCount", BitOperations.TrailingZeroCount(0x80), 7);
        Check.Eq("BitOperations.Log2", BitOperations.Log2(1000u), 9);
        Check.Eq("BitOperations.RotateLeft", BitOperations.RotateLeft(0x80000001u, 1), 3u);
        Check.Eq("BitOperations.RoundUpToPowerOf2", BitOperations.RoundUpToPowerOf2(100u), 128u);
        Check.Eq("span IndexOfAny (vectorized)", "the quick brown fox jumps".AsSpan().IndexOfAny('x', 'j'), 18);
        Check.Eq("span SequenceEqual (vectorized)", new string('a', 100).AsSpan().SequenceEqual(new string('a', 100)), true);
    }
}

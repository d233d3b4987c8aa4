// math/generic_math_algorithms: user-written generic math over the primitives — Sum/Average/Product with T.Zero,
// T.One and T.CreateChecked, Euclid's gcd with %, a power by squaring, Horner's rule, a struct-generic interval
// (Clamp, Abs, comparisons) and a class-generic accumulator (running min/max/mean with IMinMaxValue<T>), generic
// methods of generic types, operator-only constraints (IAdditionOperators & co. without INumber), and conversions
// between two generic number types (CreateSaturating<TFrom> inside a method generic over both).
#nullable disable
using System;
using System.Globalization;
using System.Numerics;
using System.Text;

static class Algo
{
    public static T Sum<T>(T[] values) where T : INumberBase<T>
    {
        T sum = T.Zero;
        foreach (T v in values) sum += v;
        return sum;
    }

    public static T Average<T>(T[] values) where T : INumber<T> => Sum(values) / T.CreateChecked(values.Length);

    public static T Product<T>(T[] values) where T : IMultiplyOperators<T, T, T>, IMultiplicativeIdentity<T, T>
    {
        T p = T.MultiplicativeIdentity;
        for (int i = 0; i < values.Length; i++) p *= values[i];
        return p;
    }

    public static T Gcd<T>(T a, T b) where T : INumber<T>
    {
        a = T.Abs(a);
        b = T.Abs(b);
        while (!T.IsZero(b)) (a, b) = (b, a % b);
        return a;
    }

    public static T Power<T>(T x, int n) where T : INumber<T>
    {
        T result = T.One;
        while (n > 0)
        {
            if ((n & 1) != 0) result *= x;
            x *= x;
            n >>= 1;
        }
        return result;
    }

    /// <summary>Horner's rule: coefficients from the highest power down.</summary>
    public static T Polynomial<T>(T x, params T[] coefficients) where T : INumberBase<T>
    {
        T acc = T.Zero;
        foreach (T c in coefficients) acc = acc * x + c;
        return acc;
    }

    public static int CountIn<T>(T[] values, T lo, T hi) where T : IComparisonOperators<T, T, bool>
    {
        int n = 0;
        foreach (T v in values) if (v >= lo && v <= hi) n++;
        return n;
    }

    public static T Negated<T>(T v) where T : IUnaryNegationOperators<T, T> => -v;

    public static TTo[] ConvertAll<TFrom, TTo>(TFrom[] values) where TFrom : INumberBase<TFrom> where TTo : INumberBase<TTo>
    {
        var r = new TTo[values.Length];
        for (int i = 0; i < values.Length; i++) r[i] = TTo.CreateSaturating(values[i]);
        return r;
    }

    public static T Midpoint<T>(T a, T b) where T : INumber<T>
    {
        T two = T.One + T.One;
        return a + (b - a) / two;
    }

    public static string Join<T>(T[] values) where T : IFormattable
    {
        var sb = new StringBuilder();
        for (int i = 0; i < values.Length; i++) sb.Append(i == 0 ? "" : " ").Append(values[i].ToString(null, CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}

/// <summary>A struct generic over its number type.</summary>
struct Interval<T> where T : INumber<T>
{
    public readonly T Lo, Hi;
    public Interval(T lo, T hi) { Lo = T.Min(lo, hi); Hi = T.Max(lo, hi); }
    public T Length => T.Abs(Hi - Lo);
    public T Clamp(T v) => T.Clamp(v, Lo, Hi);
    public bool Contains(T v) => v >= Lo && v <= Hi;
    public Interval<T> Shift(T by) => new Interval<T>(Lo + by, Hi + by);
    public Interval<T> Intersect(Interval<T> o) => new Interval<T>(T.Max(Lo, o.Lo), T.Min(Hi, o.Hi));
    public TOut Map<TOut>(TOut scale) where TOut : INumber<TOut> => TOut.CreateTruncating(Length) * scale;
    public override string ToString() => "[" + Lo.ToString(null, CultureInfo.InvariantCulture) + ", " + Hi.ToString(null, CultureInfo.InvariantCulture) + "]";
}

/// <summary>A class generic over its number type, with IMinMaxValue for the starting extremes.</summary>
sealed class Accumulator<T> where T : INumber<T>, IMinMaxValue<T>
{
    T _sum = T.AdditiveIdentity, _min = T.MaxValue, _max = T.MinValue;
    int _count;

    public Accumulator<T> Add(T v)
    {
        _sum += v;
        _min = T.Min(_min, v);
        _max = T.Max(_max, v);
        _count++;
        return this;
    }

    public T Mean => _count == 0 ? T.Zero : _sum / T.CreateChecked(_count);
    public T Range => _max - _min;
    public T LargestMagnitude => T.MaxMagnitude(_min, _max);
    public int SignOfSum => T.Sign(_sum);
    public override string ToString()
    {
        var inv = CultureInfo.InvariantCulture;
        return "n=" + _count + " sum=" + _sum.ToString(null, inv) + " min=" + _min.ToString(null, inv) + " max=" + _max.ToString(null, inv)
            + " mean=" + Mean.ToString(null, inv) + " range=" + Range.ToString(null, inv) + " maxmag=" + LargestMagnitude.ToString(null, inv) + " sign=" + SignOfSum;
    }
}

static class Program
{
    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string F<T>(T v) where T : IFormattable => v.ToString(null, CultureInfo.InvariantCulture);

    static int Main()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int[] ints = { 3, -7, 12, 0, 5 };
        double[] doubles = { 1.5, -0.25, 2.75, 10 };
        byte[] bytes = { 200, 100, 7 };
        long[] longs = { long.MaxValue / 2, long.MaxValue / 4, 1 };
        float[] floats = { 0.1f, 0.2f, 0.3f };

        Check(1, "Sum int/double/byte/long/float", F(Algo.Sum(ints)) + " " + F(Algo.Sum(doubles)) + " " + F(Algo.Sum(bytes)) + " " + F(Algo.Sum(longs)) + " " + F(Algo.Sum(floats)),
            "13 14 51 6917529027641081855 0.6");
        Check(2, "Average int/double/uint", F(Algo.Average(ints)) + " " + F(Algo.Average(doubles)) + " " + F(Algo.Average(new uint[] { 1, 2, 4 })), "2 3.5 2");
        Check(3, "Product int/double/ulong", F(Algo.Product(new[] { 2, -3, 4 })) + " " + F(Algo.Product(doubles)) + " " + F(Algo.Product(new ulong[] { 1UL << 40, 1UL << 30 })),
            "-24 -10.3125 0");
        Check(4, "Gcd int/long/short/ushort", F(Algo.Gcd(84, -36)) + " " + F(Algo.Gcd(1071L, 462L)) + " " + F(Algo.Gcd((short)-48, (short)18)) + " " + F(Algo.Gcd((ushort)0, (ushort)9)),
            "12 21 6 9");
        Check(5, "Power int/double/sbyte/nint", F(Algo.Power(3, 13)) + " " + F(Algo.Power(1.5, 4)) + " " + F(Algo.Power((sbyte)3, 5)) + " " + F(Algo.Power((nint)10, 15)),
            "1594323 5.0625 -13 1000000000000000");
        Check(6, "Polynomial int/double/float", F(Algo.Polynomial(2, 1, -3, 0, 5)) + " " + F(Algo.Polynomial(0.5, 4.0, 2.0, 1.0)) + " " + F(Algo.Polynomial(-1f, 1f, 1f, 1f, 1f)),
            "1 3 0");
        Check(7, "CountIn int/double/NaN", Algo.CountIn(ints, 0, 5) + " " + Algo.CountIn(doubles, -1.0, 2.0) + " " + Algo.CountIn(new[] { 1.0, double.NaN, 3.0 }, 0.0, 10.0), "3 2 2");
        Check(8, "Negated int/double/uint/short", F(Algo.Negated(5)) + " " + F(Algo.Negated(0.0)) + " " + F(Algo.Negated(1u)) + " " + F(Algo.Negated((short)-32768)), "-5 -0 4294967295 -32768");
        Check(9, "ConvertAll double->int/byte/long", Algo.Join(Algo.ConvertAll<double, int>(new[] { 1.9, -1.9, 3e10, double.NaN })) + " | "
            + Algo.Join(Algo.ConvertAll<double, byte>(new[] { -5.0, 255.9, 256.0 })) + " | " + Algo.Join(Algo.ConvertAll<int, long>(ints)),
            "1 -1 2147483647 0 | 0 255 255 | 3 -7 12 0 5");
        Check(10, "ConvertAll long->short/uint->sbyte/float->ulong", Algo.Join(Algo.ConvertAll<long, short>(longs)) + " | " + Algo.Join(Algo.ConvertAll<uint, sbyte>(new uint[] { 5, 200, uint.MaxValue }))
            + " | " + Algo.Join(Algo.ConvertAll<float, ulong>(new[] { -1f, 1e20f, 12.5f })),
            "32767 32767 1 | 5 127 127 | 0 18446744073709551615 12");
        Check(11, "Midpoint int/uint/double", F(Algo.Midpoint(int.MaxValue - 10, int.MaxValue)) + " " + F(Algo.Midpoint(10u, 2u)) + " " + F(Algo.Midpoint(-1.0, 2.0)), "2147483642 2147483654 0.5");

        var iv = new Interval<int>(10, -5);
        Check(12, "Interval<int>", iv + " len=" + iv.Length + " clamp=" + iv.Clamp(-20) + "," + iv.Clamp(7) + "," + iv.Clamp(99) + " contains=" + iv.Contains(10) + iv.Contains(11)
            + " shift=" + iv.Shift(3) + " meet=" + iv.Intersect(new Interval<int>(0, 50)) + " map=" + iv.Map(0.5), "[-5, 10] len=15 clamp=-5,7,10 contains=TrueFalse shift=[-2, 13] meet=[0, 10] map=7.5");
        var dv = new Interval<double>(-0.0, 0.0);
        Check(13, "Interval<double>", dv + " len=" + F(dv.Length) + " clamp=" + F(dv.Clamp(-1)) + "," + F(dv.Clamp(double.NaN)) + " contains=" + dv.Contains(0.0) + dv.Contains(double.NaN)
            + " map=" + F(new Interval<double>(0.25, 3.75).Map(2)), "[-0, 0] len=0 clamp=-0,NaN contains=TrueFalse map=6");
        var bv = new Interval<byte>(250, 5);
        Check(14, "Interval<byte>", bv + " len=" + bv.Length + " clamp=" + bv.Clamp(255) + " shift=" + bv.Shift(10) + " map=" + bv.Map(1000L), "[5, 250] len=245 clamp=250 shift=[4, 15] map=245000");

        Check(15, "Accumulator<int>", new Accumulator<int>().Add(5).Add(-9).Add(2).ToString(), "n=3 sum=-2 min=-9 max=5 mean=0 range=14 maxmag=-9 sign=-1");
        Check(16, "Accumulator<double>", new Accumulator<double>().Add(0.5).Add(-0.0).Add(2.5).ToString(), "n=3 sum=3 min=-0 max=2.5 mean=1 range=2.5 maxmag=2.5 sign=1");
        Check(17, "Accumulator<ulong>", new Accumulator<ulong>().Add(ulong.MaxValue).Add(3).ToString(), "n=2 sum=2 min=3 max=18446744073709551615 mean=1 range=18446744073709551612 maxmag=18446744073709551615 sign=1");
        Check(18, "Accumulator<float> empty", new Accumulator<float>().ToString(), "n=0 sum=0 min=3.4028235E+38 max=-3.4028235E+38 mean=0 range=-Infinity maxmag=3.4028235E+38 sign=0");
        Check(19, "Accumulator<short>", new Accumulator<short>().Add(short.MinValue).Add(short.MaxValue).ToString(), "n=2 sum=-1 min=-32768 max=32767 mean=0 range=-1 maxmag=-32768 sign=-1");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
Sum int/double/byte/long/float = 13 14 51 6917529027641081855 0.6
Average int/double/uint = 2 3.5 2
Product int/double/ulong = -24 -10.3125 0
Gcd int/long/short/ushort = 12 21 6 9
Power int/double/sbyte/nint = 1594323 5.0625 -13 1000000000000000
Polynomial int/double/float = 1 3 0
CountIn int/double/NaN = 3 2 2
Negated int/double/uint/short = -5 -0 4294967295 -32768
ConvertAll double->int/byte/long = 1 -1 2147483647 0 | 0 255 255 | 3 -7 12 0 5
ConvertAll long->short/uint->sbyte/float->ulong = 32767 32767 1 | 5 127 127 | 0 18446744073709551615 12
Midpoint int/uint/double = 2147483642 2147483654 0.5
Interval<int> = [-5, 10] len=15 clamp=-5,7,10 contains=TrueFalse shift=[-2, 13] meet=[0, 10] map=7.5
Interval<double> = [-0, 0] len=0 clamp=-0,NaN contains=TrueFalse map=6
Interval<byte> = [5, 250] len=245 clamp=250 shift=[4, 15] map=245000
Accumulator<int> = n=3 sum=-2 min=-9 max=5 mean=0 range=14 maxmag=-9 sign=-1
Accumulator<double> = n=3 sum=3 min=-0 max=2.5 mean=1 range=2.5 maxmag=2.5 sign=1
Accumulator<ulong> = n=2 sum=2 min=3 max=18446744073709551615 mean=1 range=18446744073709551612 maxmag=18446744073709551615 sign=1
Accumulator<float> empty = n=0 sum=0 min=3.4028235E+38 max=-3.4028235E+38 mean=0 range=-Infinity maxmag=3.4028235E+38 sign=0
Accumulator<short> = n=2 sum=-1 min=-32768 max=32767 mean=0 range=-1 maxmag=-32768 sign=-1
PASS
--- stderr
*/

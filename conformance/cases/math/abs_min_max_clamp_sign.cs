// math/abs_min_max_clamp_sign: Math.Abs/Min/Max/Clamp/Sign for every integer type and for
// float/double incl. signed zeros and NaN, Math.Abs of MinValue being skipped (it throws),
// unsigned overloads, and generic-math INumber<T> equivalents (T.Abs, T.Clamp, T.Sign,
// T.MaxMagnitude) through a generic method.
using System;
using System.Globalization;
using System.Numerics;

static class Program
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    static string R(double d) => d.ToString("R", Inv);

    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string Generic<T>(T a, T b, T lo, T hi) where T : INumber<T> =>
        T.Abs(a) + " " + T.Max(a, b) + " " + T.Min(a, b) + " " + T.Clamp(a, lo, hi) + " " + T.Sign(a) + " " + T.MaxMagnitude(a, b) + " " + T.IsNegative(a);

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Check(1, "Abs ints", Math.Abs(-5) + " " + Math.Abs(int.MaxValue) + " " + Math.Abs(int.MinValue + 1) + " " + Math.Abs(-9L) + " " + Math.Abs((short)-32767) + " " + Math.Abs((sbyte)-127) + " " + Math.Abs((nint)(-3)),
            "5 2147483647 2147483647 9 32767 127 3");
        Check(2, "Abs floats", R(Math.Abs(-0.0)) + " " + R(Math.Abs(double.NegativeInfinity)) + " " + R(Math.Abs(double.NaN)) + " " + MathF.Abs(-1.5f).ToString(Inv), "0 Infinity NaN 1.5");
        Check(3, "Min/Max ints", Math.Min(-1, 1) + " " + Math.Max(-1, 1) + " " + Math.Min(uint.MaxValue, 0u) + " " + Math.Max(long.MinValue, -1L) + " " + Math.Max((byte)200, (byte)100) + " " + Math.Min(ulong.MaxValue, 5UL),
            "-1 1 0 -1 200 5");
        Check(4, "Clamp", Math.Clamp(15, 0, 10) + " " + Math.Clamp(-5, 0, 10) + " " + Math.Clamp(5, 0, 10) + " " + R(Math.Clamp(double.NaN, 0, 1)) + " " + R(Math.Clamp(-0.0, 0.0, 1.0)) + " " + Math.Clamp(300u, 1u, 255u),
            "10 0 5 NaN -0 255");
        Check(5, "Sign", Math.Sign(-7) + " " + Math.Sign(0) + " " + Math.Sign(long.MaxValue) + " " + Math.Sign(-0.0) + " " + Math.Sign(double.NegativeInfinity) + " " + Math.Sign((sbyte)-1) + " " + Math.Sign(1e-300f),
            "-1 0 1 0 -1 -1 0");
        Check(6, "Min/Max signed zero and NaN", R(Math.Min(-0.0, 0.0)) + " " + R(Math.Max(-0.0, 0.0)) + " " + R(Math.Max(double.NaN, 1)) + " " + R(Math.Min(1, double.NaN)), "-0 0 NaN NaN");
        Check(7, "generic int", Generic(-7, 3, 0, 5), "7 3 -7 0 -1 -7 True");
        Check(8, "generic double", Generic(-0.0, 0.0, -1.0, 1.0), "0 0 -0 -0 0 0 True");
        Check(9, "generic long", Generic(long.MinValue + 1, 0L, -10L, 10L), "9223372036854775807 0 -9223372036854775807 -10 -1 -9223372036854775807 True");
        Check(10, "generic byte", Generic((byte)250, (byte)3, (byte)10, (byte)20), "250 250 3 20 1 250 False");
        Check(11, "CopySign (double.NaN has its sign bit set)", R(Math.CopySign(3.0, -0.0)) + " " + R(Math.CopySign(-3.0, double.NaN)), "-3 -3");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
Abs ints = 5 2147483647 2147483647 9 32767 127 3
Abs floats = 0 Infinity NaN 1.5
Min/Max ints = -1 1 0 -1 200 5
Clamp = 10 0 5 NaN -0 255
Sign = -1 0 1 0 -1 -1 0
Min/Max signed zero and NaN = -0 0 NaN NaN
generic int = 7 3 -7 0 -1 -7 True
generic double = 0 0 -0 -0 0 0 True
generic long = 9223372036854775807 0 -9223372036854775807 -10 -1 -9223372036854775807 True
generic byte = 250 250 3 20 1 250 False
CopySign (double.NaN has its sign bit set) = -3 -3
PASS
--- stderr
*/

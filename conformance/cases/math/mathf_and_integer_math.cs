// math/mathf_and_integer_math: MathF (single precision) versions of common functions printed
// with "F5", float-vs-double results for the same input, integer helpers: Math.DivRem,
// int.Log2, ulong.IsPow2, BigMul, Math.ReciprocalEstimate-free exact operations, and an
// integer sqrt/gcd/modpow computed with loops (deterministic integer-only arithmetic).
using System;
using System.Globalization;

static class Program
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static long Gcd(long a, long b) { while (b != 0) (a, b) = (b, a % b); return Math.Abs(a); }
    static ulong ModPow(ulong b, ulong e, ulong m) { ulong r = 1; b %= m; while (e > 0) { if ((e & 1) != 0) r = (ulong)((UInt128)r * b % m); b = (ulong)((UInt128)b * b % m); e >>= 1; } return r; }
    static uint ISqrt(ulong n) { UInt128 x = Math.Min((ulong)Math.Sqrt(n), 4294967295UL); while (x * x > n) x--; while ((x + 1) * (x + 1) <= n) x++; return (uint)x; }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        float[] fs = { 0.25f, 1f, 2f, 9.5f };
        foreach (float f in fs)
            Console.WriteLine("f=" + f.ToString(Inv) + " sqrt=" + MathF.Sqrt(f).ToString("F5", Inv) + " exp=" + MathF.Exp(f).ToString("F5", Inv) + " log=" + MathF.Log(f).ToString("F5", Inv)
                + " sin=" + MathF.Sin(f).ToString("F5", Inv) + " cos=" + MathF.Cos(f).ToString("F5", Inv) + " atan2=" + MathF.Atan2(f, 1).ToString("F5", Inv) + " pow=" + MathF.Pow(f, 2.5f).ToString("F5", Inv));
        Check(1, "MathF exact", MathF.Sqrt(64f).ToString(Inv) + " " + MathF.Pow(3f, 4f).ToString(Inv) + " " + MathF.Max(-0f, 0f).ToString(Inv) + " " + MathF.Sqrt(-4f).ToString(Inv), "8 81 0 NaN");
        Check(2, "float vs double sqrt(2)", MathF.Sqrt(2f).ToString("R", Inv) + " " + Math.Sqrt(2).ToString("R", Inv), "1.4142135 1.4142135623730951");
        Check(3, "MathF.PI/E", MathF.PI.ToString("R", Inv) + " " + MathF.E.ToString("R", Inv), "3.1415927 2.7182817");

        Check(4, "gcd", Gcd(1071, 462) + " " + Gcd(-48, 18) + " " + Gcd(0, 5) + " " + Gcd(2305843009213693951L, 618970019642690137L), "21 6 5 1");
        Check(5, "modpow", ModPow(2, 100, 1000000007) + " " + ModPow(3, ulong.MaxValue, 18446744073709551557UL) + " " + ModPow(7, 0, 13), "976371285 17268082312041408519 1");
        Check(6, "isqrt", ISqrt(0) + " " + ISqrt(99) + " " + ISqrt(100) + " " + ISqrt(ulong.MaxValue) + " " + ISqrt(1UL << 62), "0 9 10 4294967295 2147483648");
        Check(7, "int.Log2 / IsPow2", int.Log2(1) + " " + int.Log2(1000) + " " + long.Log2(long.MaxValue) + " " + ulong.IsPow2(1UL << 63) + " " + uint.IsPow2(0), "0 9 62 True False");
        Check(8, "UInt128 arithmetic", ((UInt128)ulong.MaxValue * ulong.MaxValue).ToString() + " " + (Int128.MinValue / 3).ToString(), "340282366920938463426481119284349108225 -56713727820156410577229101238628035242");
        Check(9, "Int128 shifts", ((Int128)1 << 100).ToString() + " " + (Int128.MaxValue >> 120).ToString(), "1267650600228229401496703205376 127");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
f=0.25 sqrt=0.50000 exp=1.28403 log=-1.38629 sin=0.24740 cos=0.96891 atan2=0.24498 pow=0.03125
f=1 sqrt=1.00000 exp=2.71828 log=0.00000 sin=0.84147 cos=0.54030 atan2=0.78540 pow=1.00000
f=2 sqrt=1.41421 exp=7.38906 log=0.69315 sin=0.90930 cos=-0.41615 atan2=1.10715 pow=5.65685
f=9.5 sqrt=3.08221 exp=13359.72656 log=2.25129 sin=-0.07515 cos=-0.99717 atan2=1.46592 pow=278.16919
MathF exact = 8 81 0 NaN
float vs double sqrt(2) = 1.4142135 1.4142135623730951
MathF.PI/E = 3.1415927 2.7182817
gcd = 21 6 5 1
modpow = 976371285 17268082312041408519 1
isqrt = 0 9 10 4294967295 2147483648
int.Log2 / IsPow2 = 0 9 62 True False
UInt128 arithmetic = 340282366920938463426481119284349108225 -56713727820156410577229101238628035242
Int128 shifts = 1267650600228229401496703205376 127
PASS
--- stderr
*/

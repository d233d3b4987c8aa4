// arith/int_to_float_conversions: integer -> float/double conversions that must round to
// nearest-even (long 2^53+1, int 16777217 -> float), unsigned sources with the top bit set
// (ulong.MaxValue, 0x8000000000000001 -> double, uint.MaxValue -> float), negative values,
// and double -> float narrowing incl. ties, overflow to infinity and denormals.
using System;
using System.Globalization;
using System.Runtime.CompilerServices;

static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)] static T V<T>(T x) => x;
    static string R(double d) => d.ToString("R", CultureInfo.InvariantCulture);
    static string R(float f) => f.ToString("R", CultureInfo.InvariantCulture);
    static string Bits(double d) => BitConverter.DoubleToInt64Bits(d).ToString("X16");
    static string Bits(float f) => BitConverter.SingleToInt32Bits(f).ToString("X8");

    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Check(1, "(double)(2^53+1)", R((double)V((1L << 53) + 1)), "9007199254740992");
        Check(2, "(double)(2^53+3)", R((double)V((1L << 53) + 3)), "9007199254740996");
        Check(3, "(double)long.MaxValue", R((double)V(long.MaxValue)), "9.223372036854776E+18");
        Check(4, "(double)long.MinValue", R((double)V(long.MinValue)), "-9.223372036854776E+18");
        Check(5, "(double)ulong.MaxValue", R((double)V(ulong.MaxValue)), "1.8446744073709552E+19");
        Check(6, "(double)0x8000000000000001UL bits", Bits((double)V(0x8000000000000001UL)), "43E0000000000000");
        Check(7, "(double)0x8000000000000C01UL bits", Bits((double)V(0x8000000000000C01UL)), "43E0000000000002");
        Check(8, "(double)uint.MaxValue", R((double)V(uint.MaxValue)), "4294967295");
        Check(9, "(float)16777217", R((float)V(16777217)), "16777216");
        Check(10, "(float)16777219", R((float)V(16777219)), "16777220");
        Check(11, "(float)int.MaxValue", R((float)V(int.MaxValue)), "2.1474836E+09");
        Check(12, "(float)uint.MaxValue", R((float)V(uint.MaxValue)), "4.2949673E+09");
        Check(13, "(float)ulong.MaxValue", R((float)V(ulong.MaxValue)), "1.8446744E+19");
        Check(14, "(float)long.MinValue", R((float)V(long.MinValue)), "-9.223372E+18");
        Check(15, "(float)(-16777217L)", R((float)V(-16777217L)), "-16777216");
        Check(16, "(double)(byte)200, (double)(sbyte)-100, (double)'A'", R((double)V((byte)200)) + " " + R((double)V((sbyte)-100)) + " " + R((double)V('A')), "200 -100 65");
        Check(17, "(float)0.1 bits", Bits((float)V(0.1)), "3DCCCCCD");
        Check(18, "(float)1e39, (float)-1e39", R((float)V(1e39)) + " " + R((float)V(-1e39)), "Infinity -Infinity");
        Check(19, "(float)1e-40 (denormal)", R((float)V(1e-40)), "1E-40");
        Check(20, "(float)1e-46", R((float)V(1e-46)) + " " + R((float)V(-1e-46)), "0 -0");
        Check(21, "(float)(1+2^-24) tie to even", R((float)V(1.0 + Math.Pow(2, -24))), "1");
        Check(22, "(float)(1+3*2^-24) tie to even", Bits((float)V(1.0 + 3 * Math.Pow(2, -24))), "3F800002");
        Check(23, "(double)(float)NaN is NaN", double.IsNaN((double)V(float.NaN)).ToString(), "True");
        Check(24, "(nint)/(nuint) to double", R((double)V((nint)(-5))) + " " + R((double)V(nuint.MaxValue)), "-5 1.8446744073709552E+19");
        Check(25, "(decimal-free) long->float->long", unchecked((long)(float)V(123456789012L)).ToString(), "123456790528");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
(double)(2^53+1) = 9007199254740992
(double)(2^53+3) = 9007199254740996
(double)long.MaxValue = 9.223372036854776E+18
(double)long.MinValue = -9.223372036854776E+18
(double)ulong.MaxValue = 1.8446744073709552E+19
(double)0x8000000000000001UL bits = 43E0000000000000
(double)0x8000000000000C01UL bits = 43E0000000000002
(double)uint.MaxValue = 4294967295
(float)16777217 = 16777216
(float)16777219 = 16777220
(float)int.MaxValue = 2.1474836E+09
(float)uint.MaxValue = 4.2949673E+09
(float)ulong.MaxValue = 1.8446744E+19
(float)long.MinValue = -9.223372E+18
(float)(-16777217L) = -16777216
(double)(byte)200, (double)(sbyte)-100, (double)'A' = 200 -100 65
(float)0.1 bits = 3DCCCCCD
(float)1e39, (float)-1e39 = Infinity -Infinity
(float)1e-40 (denormal) = 1E-40
(float)1e-46 = 0 -0
(float)(1+2^-24) tie to even = 1
(float)(1+3*2^-24) tie to even = 3F800002
(double)(float)NaN is NaN = True
(nint)/(nuint) to double = -5 1.8446744073709552E+19
(decimal-free) long->float->long = 123456790528
PASS
--- stderr
*/

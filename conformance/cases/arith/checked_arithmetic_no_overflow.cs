// arith/checked_arithmetic_no_overflow: checked(...) contexts for +, -, *, unary -, ++/--,
// and conversions where the results land exactly on the type boundaries (no exception is
// thrown anywhere in this case; the overflowing variants live in exceptions/).
using System;
using System.Globalization;
using System.Runtime.CompilerServices;

static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)] static T V<T>(T x) => x;

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
        checked
        {
            Check(1, "int max-1 + 1", (V(int.MaxValue - 1) + 1).ToString(), "2147483647");
            Check(2, "int min+1 - 1", (V(int.MinValue + 1) - 1).ToString(), "-2147483648");
            Check(3, "int -(max)", (-V(int.MaxValue)).ToString(), "-2147483647");
            Check(4, "int 46341*-46340", (V(46341) * V(-46340)).ToString(), "-2147441940");
            Check(5, "int -1 * max", (V(-1) * V(int.MaxValue)).ToString(), "-2147483647");
            Check(6, "long 2^62 + (2^62-1)", (V(1L << 62) + V((1L << 62) - 1)).ToString(), "9223372036854775807");
            Check(7, "long min / -2 (no overflow)", (V(long.MinValue) / -2).ToString(), "4611686018427387904");
            Check(8, "uint 0 + max", (V(0u) + V(uint.MaxValue)).ToString(), "4294967295");
            Check(9, "uint 5 - 5", (V(5u) - V(5u)).ToString(), "0");
            Check(10, "ulong 2^32 * (2^32-1)", (V(1UL << 32) * V(0xFFFFFFFFUL)).ToString(), "18446744069414584320");
            int i = V(int.MaxValue - 1); i++;
            long l = V(long.MinValue + 1); l--;
            byte b = V((byte)254); b++;
            sbyte sb = V((sbyte)-127); sb--;
            Check(11, "++/-- to the edges", i + " " + l + " " + b + " " + sb, "2147483647 -9223372036854775808 255 -128");
            short s = V((short)-32000); s -= 768;
            ushort us = V((ushort)65000); us += 535;
            Check(12, "compound to the edges", s + " " + us, "-32768 65535");
            Check(13, "(byte)255 (sbyte)-128 (short)-32768 (ushort)65535", (byte)V(255) + " " + (sbyte)V(-128) + " " + (short)V(-32768) + " " + (ushort)V(65535), "255 -128 -32768 65535");
            Check(14, "(int)long (uint)long (int)uint", (int)V(-2147483648L) + " " + (uint)V(4294967295L) + " " + (int)V(2147483647u), "-2147483648 4294967295 2147483647");
            Check(15, "(ulong)long (long)ulong", (ulong)V(long.MaxValue) + " " + (long)V(9223372036854775807UL), "9223372036854775807 9223372036854775807");
            Check(16, "(int)2147483647.99 (uint)-0.99 (long)-9.2e18", (int)V(2147483647.99) + " " + (uint)V(-0.99) + " " + (long)V(-9.2e18), "2147483647 0 -9200000000000000000");
            Check(17, "(byte)255.9f (char)65535.5", (byte)V(255.9f) + " " + (int)(char)V(65535.5), "255 65535");
            Check(18, "(nint)long.MaxValue (nuint)ulong.MaxValue", (nint)V(long.MaxValue) + " " + (nuint)V(ulong.MaxValue), "9223372036854775807 18446744073709551615");
            Check(19, "(char)int 65", ((char)V(65)).ToString(), "A");
        }
        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
int max-1 + 1 = 2147483647
int min+1 - 1 = -2147483648
int -(max) = -2147483647
int 46341*-46340 = -2147441940
int -1 * max = -2147483647
long 2^62 + (2^62-1) = 9223372036854775807
long min / -2 (no overflow) = 4611686018427387904
uint 0 + max = 4294967295
uint 5 - 5 = 0
ulong 2^32 * (2^32-1) = 18446744069414584320
++/-- to the edges = 2147483647 -9223372036854775808 255 -128
compound to the edges = -32768 65535
(byte)255 (sbyte)-128 (short)-32768 (ushort)65535 = 255 -128 -32768 65535
(int)long (uint)long (int)uint = -2147483648 4294967295 2147483647
(ulong)long (long)ulong = 9223372036854775807 9223372036854775807
(int)2147483647.99 (uint)-0.99 (long)-9.2e18 = 2147483647 0 -9200000000000000000
(byte)255.9f (char)65535.5 = 255 65535
(nint)long.MaxValue (nuint)ulong.MaxValue = 9223372036854775807 18446744073709551615
(char)int 65 = A
PASS
--- stderr
*/

// arith/unsigned_and_mixed_sign: uint/ulong division, remainder, comparisons and wrap-around;
// C# promotion rules when mixing signed and unsigned (uint op int -> long, ulong vs negative
// constants), unsigned comparisons of values with the top bit set, and casts between
// signed and unsigned of the same width.
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
        uint big = V(0xFFFFFFF0u), small = V(7u);
        Check(1, "uint div", (big / small).ToString(), "613566754");
        Check(2, "uint rem", (big % small).ToString(), "2");
        Check(3, "uint wrap add", unchecked(big + V(0x20u)).ToString(), "16");
        Check(4, "uint wrap sub", unchecked(small - V(8u)).ToString(), "4294967295");
        Check(5, "uint mul wrap", unchecked(big * V(16u)).ToString(), "4294967040");
        Check(6, "uint compare", (big > small).ToString() + (V(0x80000000u) > V(1u)), "TrueTrue");
        Check(7, "int compare same bits", ((int)V(0x80000000u) > 1).ToString(), "False");

        ulong ubig = V(0xFFFFFFFFFFFFFFF0UL);
        Check(8, "ulong div 3", (ubig / V(3UL)).ToString(), "6148914691236517200");
        Check(9, "ulong rem 10", (ubig % V(10UL)).ToString(), "0");
        Check(10, "ulong div by huge", (ubig / V(0x8000000000000000UL)).ToString(), "1");
        Check(11, "ulong >> 60", (ubig >> 60).ToString(), "15");
        Check(12, "ulong compare", (ubig > V(1UL)).ToString(), "True");

        uint u = V(3u); int i = V(-5);
        var mixed = u + i;             // long
        Check(13, "uint + int type/value", mixed.GetType().Name + " " + mixed, "Int64 -2");
        Check(14, "uint * int", (u * i).ToString(), "-15");
        Check(15, "uint < int(-1)", (u < V(-1)).ToString(), "False");
        byte bb = V((byte)200); sbyte sb = V((sbyte)-100);
        var bsum = bb + sb;
        Check(16, "byte + sbyte", bsum.GetType().Name + " " + bsum, "Int32 100");
        ushort us = V((ushort)65535); short ss = V((short)-1);
        Check(17, "ushort == short(-1)", (us == ss).ToString() + " " + (us == unchecked((ushort)ss)), "False True");

        Check(18, "(uint)int -1", unchecked((uint)V(-1)).ToString(), "4294967295");
        Check(19, "(int)uint max", unchecked((int)V(uint.MaxValue)).ToString(), "-1");
        Check(20, "(ulong)long min", unchecked((ulong)V(long.MinValue)).ToString(), "9223372036854775808");
        Check(21, "(long)ulong max", unchecked((long)V(ulong.MaxValue)).ToString(), "-1");
        Check(22, "(ulong)int -1 sign-extends", unchecked((ulong)V(-1)).ToString(), "18446744073709551615");
        Check(23, "(ulong)uint max zero-extends", ((ulong)V(uint.MaxValue)).ToString(), "4294967295");
        Check(24, "(long)uint", ((long)V(0x80000000u)).ToString(), "2147483648");
        Check(25, "-(long)uint", (-(long)V(0x80000000u)).ToString(), "-2147483648");
        Check(26, "uint.MaxValue / int 2 -> long", (V(uint.MaxValue) / V(2)).ToString(), "2147483647");
        Check(27, "ulong % uint", (V(ulong.MaxValue) % V(1000u)).ToString(), "615");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
uint div = 613566754
uint rem = 2
uint wrap add = 16
uint wrap sub = 4294967295
uint mul wrap = 4294967040
uint compare = TrueTrue
int compare same bits = False
ulong div 3 = 6148914691236517200
ulong rem 10 = 0
ulong div by huge = 1
ulong >> 60 = 15
ulong compare = True
uint + int type/value = Int64 -2
uint * int = -15
uint < int(-1) = False
byte + sbyte = Int32 100
ushort == short(-1) = False True
(uint)int -1 = 4294967295
(int)uint max = -1
(ulong)long min = 9223372036854775808
(long)ulong max = -1
(ulong)int -1 sign-extends = 18446744073709551615
(ulong)uint max zero-extends = 4294967295
(long)uint = 2147483648
-(long)uint = -2147483648
uint.MaxValue / int 2 -> long = 2147483647
ulong % uint = 615
PASS
--- stderr
*/

// arith/shifts_by_width_and_beyond: C# shift counts are masked (& 31 for 32-bit, & 63 for
// 64-bit), so shifting by 32/33/64/-1 has defined results; >> is arithmetic for signed and
// logical for unsigned; >>> (C# 11) is always logical; shifts of small types promote to int.
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
        int one = V(1), m = V(-8);
        int[] counts = { 0, 1, 31, 32, 33, 63, 64, -1, -31, 100 };
        string l = "", r = "", ur = "";
        foreach (int k0 in counts)
        {
            int k = V(k0);
            l += (one << k) + " ";
            r += (m >> k) + " ";
            ur += (m >>> k) + " ";
        }
        Check(1, "1 << {0,1,31,32,33,63,64,-1,-31,100}", l.TrimEnd(), "1 2 -2147483648 1 2 -2147483648 1 -2147483648 2 16");
        Check(2, "-8 >> counts", r.TrimEnd(), "-8 -4 -1 -8 -4 -1 -8 -1 -4 -1");
        Check(3, "-8 >>> counts", ur.TrimEnd(), "-8 2147483644 1 -8 2147483644 1 -8 1 2147483644 268435455");

        long lone = V(1L), lm = V(-8L);
        string ll = "", lr = "", lur = "";
        foreach (int k0 in counts)
        {
            int k = V(k0);
            ll += (lone << k) + " ";
            lr += (lm >> k) + " ";
            lur += (lm >>> k) + " ";
        }
        Check(4, "1L << counts", ll.TrimEnd(), "1 2 2147483648 4294967296 8589934592 -9223372036854775808 1 -9223372036854775808 8589934592 68719476736");
        Check(5, "-8L >> counts", lr.TrimEnd(), "-8 -4 -1 -1 -1 -1 -8 -1 -1 -1");
        Check(6, "-8L >>> counts", lur.TrimEnd(), "-8 9223372036854775804 8589934591 4294967295 2147483647 1 -8 1 2147483647 268435455");

        uint u = V(0x80000000u);
        ulong ul = V(0x8000000000000000UL);
        Check(7, "uint >> 31, >> 32", (u >> 31) + " " + (u >> V(32)), "1 2147483648");
        Check(8, "ulong >> 63, >> 64", (ul >> 63) + " " + (ul >> V(64)), "1 9223372036854775808");

        byte b = V((byte)0x81);
        var bs = b << 8;
        Check(9, "byte << 8 promotes", bs.GetType().Name + " " + bs, "Int32 33024");
        Check(10, "byte << 32 masked", (b << V(32)).ToString(), "129");
        short sh = V((short)-2);
        Check(11, "short >> 1, >>> 1", (sh >> 1) + " " + (sh >>> 1), "-1 2147483647");
        char ch = V('\u8000');
        Check(12, "char >> 15", (ch >> 15).ToString(), "1");
        nint ni = V((nint)(-1));
        Check(13, "nint >>> 60, << 64", (ni >>> 60) + " " + (ni << V(64)), "15 -1");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
1 << {0,1,31,32,33,63,64,-1,-31,100} = 1 2 -2147483648 1 2 -2147483648 1 -2147483648 2 16
-8 >> counts = -8 -4 -1 -8 -4 -1 -8 -1 -4 -1
-8 >>> counts = -8 2147483644 1 -8 2147483644 1 -8 1 2147483644 268435455
1L << counts = 1 2 2147483648 4294967296 8589934592 -9223372036854775808 1 -9223372036854775808 8589934592 68719476736
-8L >> counts = -8 -4 -1 -1 -1 -1 -8 -1 -1 -1
-8L >>> counts = -8 9223372036854775804 8589934591 4294967295 2147483647 1 -8 1 2147483647 268435455
uint >> 31, >> 32 = 1 2147483648
ulong >> 63, >> 64 = 1 9223372036854775808
byte << 8 promotes = Int32 33024
byte << 32 masked = 129
short >> 1, >>> 1 = -1 2147483647
char >> 15 = 1
nint >>> 60, << 64 = 15 -1
PASS
--- stderr
*/

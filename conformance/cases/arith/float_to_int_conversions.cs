// arith/float_to_int_conversions: unchecked C# casts from double/float to every integer type
// for NaN, +-Infinity, -0.0, values just inside and outside each range, and fractions
// (truncation toward zero). Since .NET 9 the conversions saturate on all platforms: NaN -> 0,
// too large -> MaxValue, too small -> MinValue for int/uint/long/ulong; for byte/sbyte/short/
// ushort/char CoreCLR converts to int (saturating) and then truncates the bits.
using System;
using System.Globalization;
using System.Runtime.CompilerServices;

static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)] static T V<T>(T x) => x;

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        double[] ds = { double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.9, -0.9, -1.0, 127.9, 128.0, -129.0, 255.5, 256.0, 300.0,
                        -200.0, 32767.5, 32768.0, 65535.9, 65536.0, 2147483647.5, 2147483648.0, -2147483648.9, -2147483649.0,
                        4294967295.9, 4294967296.0, 9.2233720368547758E18, -9.2233720368547758E18, 1.8446744073709552E19, 1e30, -1e30 };
        long hash = 0;
        foreach (double d0 in ds)
        {
            double d = V(d0);
            string line = d.ToString("R", CultureInfo.InvariantCulture) + ": sbyte " + unchecked((sbyte)d) + " byte " + unchecked((byte)d)
                + " short " + unchecked((short)d) + " ushort " + unchecked((ushort)d) + " char " + (int)unchecked((char)d)
                + " int " + unchecked((int)d) + " uint " + unchecked((uint)d) + " long " + unchecked((long)d) + " ulong " + unchecked((ulong)d)
                + " nint " + unchecked((nint)d);
            Console.WriteLine(line);
            hash = unchecked(hash * 1000003 + unchecked((int)d) + (long)unchecked((ulong)d) * 7 + unchecked((long)d) * 13 + unchecked((ushort)d) + unchecked((sbyte)d));
        }
        float[] fs = { float.NaN, float.PositiveInfinity, -1e10f, 2147483520f, 2147483648f, 4294967040f, 4294967296f, -0.5f, 16777217f };
        foreach (float f0 in fs)
        {
            float f = V(f0);
            Console.WriteLine("float " + f.ToString("R", CultureInfo.InvariantCulture) + ": int " + unchecked((int)f) + " uint " + unchecked((uint)f)
                + " long " + unchecked((long)f) + " ulong " + unchecked((ulong)f) + " short " + unchecked((short)f));
            hash = unchecked(hash * 1000003 + unchecked((int)f) + unchecked((long)f));
        }
        Console.WriteLine("hash " + hash);

        if (unchecked((int)V(double.NaN)) != 0 || unchecked((int)V(1e30)) != int.MaxValue || unchecked((int)V(-1e30)) != int.MinValue) return 1;
        if (unchecked((uint)V(-1.0)) != 0u || unchecked((ulong)V(1e30)) != ulong.MaxValue || unchecked((long)V(double.NegativeInfinity)) != long.MinValue) return 2;
        if (unchecked((int)V(-2.9)) != -2 || unchecked((long)V(2.9)) != 2) return 3;
        if (unchecked((byte)V(300.0)) != 44 || unchecked((sbyte)V(-200.0)) != 56) return 4;
        if (hash != EXPECTED_HASH) return 5;
        Console.WriteLine("PASS");
        return 100;
    }
    const long EXPECTED_HASH = -5598237480777943293;
}
/* EXPECT
exit: 100
--- stdout
NaN: sbyte 0 byte 0 short 0 ushort 0 char 0 int 0 uint 0 long 0 ulong 0 nint 0
Infinity: sbyte -1 byte 255 short -1 ushort 65535 char 65535 int 2147483647 uint 4294967295 long 9223372036854775807 ulong 18446744073709551615 nint 9223372036854775807
-Infinity: sbyte 0 byte 0 short 0 ushort 0 char 0 int -2147483648 uint 0 long -9223372036854775808 ulong 0 nint -9223372036854775808
-0: sbyte 0 byte 0 short 0 ushort 0 char 0 int 0 uint 0 long 0 ulong 0 nint 0
0.9: sbyte 0 byte 0 short 0 ushort 0 char 0 int 0 uint 0 long 0 ulong 0 nint 0
-0.9: sbyte 0 byte 0 short 0 ushort 0 char 0 int 0 uint 0 long 0 ulong 0 nint 0
-1: sbyte -1 byte 255 short -1 ushort 65535 char 65535 int -1 uint 0 long -1 ulong 0 nint -1
127.9: sbyte 127 byte 127 short 127 ushort 127 char 127 int 127 uint 127 long 127 ulong 127 nint 127
128: sbyte -128 byte 128 short 128 ushort 128 char 128 int 128 uint 128 long 128 ulong 128 nint 128
-129: sbyte 127 byte 127 short -129 ushort 65407 char 65407 int -129 uint 0 long -129 ulong 0 nint -129
255.5: sbyte -1 byte 255 short 255 ushort 255 char 255 int 255 uint 255 long 255 ulong 255 nint 255
256: sbyte 0 byte 0 short 256 ushort 256 char 256 int 256 uint 256 long 256 ulong 256 nint 256
300: sbyte 44 byte 44 short 300 ushort 300 char 300 int 300 uint 300 long 300 ulong 300 nint 300
-200: sbyte 56 byte 56 short -200 ushort 65336 char 65336 int -200 uint 0 long -200 ulong 0 nint -200
32767.5: sbyte -1 byte 255 short 32767 ushort 32767 char 32767 int 32767 uint 32767 long 32767 ulong 32767 nint 32767
32768: sbyte 0 byte 0 short -32768 ushort 32768 char 32768 int 32768 uint 32768 long 32768 ulong 32768 nint 32768
65535.9: sbyte -1 byte 255 short -1 ushort 65535 char 65535 int 65535 uint 65535 long 65535 ulong 65535 nint 65535
65536: sbyte 0 byte 0 short 0 ushort 0 char 0 int 65536 uint 65536 long 65536 ulong 65536 nint 65536
2147483647.5: sbyte -1 byte 255 short -1 ushort 65535 char 65535 int 2147483647 uint 2147483647 long 2147483647 ulong 2147483647 nint 2147483647
2147483648: sbyte -1 byte 255 short -1 ushort 65535 char 65535 int 2147483647 uint 2147483648 long 2147483648 ulong 2147483648 nint 2147483648
-2147483648.9: sbyte 0 byte 0 short 0 ushort 0 char 0 int -2147483648 uint 0 long -2147483648 ulong 0 nint -2147483648
-2147483649: sbyte 0 byte 0 short 0 ushort 0 char 0 int -2147483648 uint 0 long -2147483649 ulong 0 nint -2147483649
4294967295.9: sbyte -1 byte 255 short -1 ushort 65535 char 65535 int 2147483647 uint 4294967295 long 4294967295 ulong 4294967295 nint 4294967295
4294967296: sbyte -1 byte 255 short -1 ushort 65535 char 65535 int 2147483647 uint 4294967295 long 4294967296 ulong 4294967296 nint 4294967296
9.223372036854776E+18: sbyte -1 byte 255 short -1 ushort 65535 char 65535 int 2147483647 uint 4294967295 long 9223372036854775807 ulong 9223372036854775808 nint 9223372036854775807
-9.223372036854776E+18: sbyte 0 byte 0 short 0 ushort 0 char 0 int -2147483648 uint 0 long -9223372036854775808 ulong 0 nint -9223372036854775808
1.8446744073709552E+19: sbyte -1 byte 255 short -1 ushort 65535 char 65535 int 2147483647 uint 4294967295 long 9223372036854775807 ulong 18446744073709551615 nint 9223372036854775807
1E+30: sbyte -1 byte 255 short -1 ushort 65535 char 65535 int 2147483647 uint 4294967295 long 9223372036854775807 ulong 18446744073709551615 nint 9223372036854775807
-1E+30: sbyte 0 byte 0 short 0 ushort 0 char 0 int -2147483648 uint 0 long -9223372036854775808 ulong 0 nint -9223372036854775808
float NaN: int 0 uint 0 long 0 ulong 0 short 0
float Infinity: int 2147483647 uint 4294967295 long 9223372036854775807 ulong 18446744073709551615 short -1
float -1E+10: int -2147483648 uint 0 long -10000000000 ulong 0 short 0
float 2.1474835E+09: int 2147483520 uint 2147483520 long 2147483520 ulong 2147483520 short -128
float 2.1474836E+09: int 2147483647 uint 2147483648 long 2147483648 ulong 2147483648 short -1
float 4.294967E+09: int 2147483647 uint 4294967040 long 4294967040 ulong 4294967040 short -1
float 4.2949673E+09: int 2147483647 uint 4294967295 long 4294967296 ulong 4294967296 short -1
float -0.5: int 0 uint 0 long 0 ulong 0 short 0
float 16777216: int 16777216 uint 16777216 long 16777216 ulong 16777216 short 0
hash -5598237480777943293
PASS
--- stderr
*/

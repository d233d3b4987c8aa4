// format/integer_standard_formats: ToString with standard format strings (D, D0, D8, X, x4,
// B, N0, N2, F2, E, E2, G, G3, P0) for int, long, uint, ulong, short, byte, sbyte at
// boundary values, always with CultureInfo.InvariantCulture. Negative values in hex/binary
// print the two's complement at the type's own width.
using System;
using System.Globalization;

static class Program
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    static readonly string[] Fmts = { "", "D", "D8", "X", "x4", "B", "N0", "N2", "F2", "E", "E2", "G", "G3", "P0" };

    static string Row<T>(T v) where T : IFormattable
    {
        string s = typeof(T).Name + " " + v.ToString(null, Inv) + ":";
        foreach (string f in Fmts) s += " " + (f == "" ? "_" : f) + "=" + v.ToString(f, Inv);
        return s;
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        long hash = 0;
        string[] rows =
        {
            Row(0), Row(42), Row(-42), Row(int.MaxValue), Row(int.MinValue),
            Row(1234567890123L), Row(long.MinValue), Row(uint.MaxValue), Row(ulong.MaxValue),
            Row((short)-1), Row(short.MinValue), Row((ushort)65535), Row((byte)7), Row((sbyte)-128), Row((sbyte)5),
        };
        foreach (string r in rows)
        {
            Console.WriteLine(r);
            foreach (char c in r) hash = unchecked(hash * 31 + c);
        }
        Console.WriteLine("hash " + hash);

        if ((-42).ToString("X", Inv) != "FFFFFFD6" || ((short)-1).ToString("X", Inv) != "FFFF" || ((sbyte)-128).ToString("X", Inv) != "80") return 1;
        if (42.ToString("D8", Inv) != "00000042" || (-42).ToString("D8", Inv) != "-00000042") return 2;
        if (1234567890123L.ToString("N0", Inv) != "1,234,567,890,123" || 42.ToString("N2", Inv) != "42.00") return 3;
        if (42.ToString("E2", Inv) != "4.20E+001" || 42.ToString("P0", Inv) != "4,200 %") return 4;
        if (((byte)7).ToString("B", Inv) != "111" || (-42).ToString("B", Inv) != "11111111111111111111111111010110") return 5;
        if (int.MaxValue.ToString("G3", Inv) != "2.15E+09") return 6;
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
Int32 0: _=0 D=0 D8=00000000 X=0 x4=0000 B=0 N0=0 N2=0.00 F2=0.00 E=0.000000E+000 E2=0.00E+000 G=0 G3=0 P0=0 %
Int32 42: _=42 D=42 D8=00000042 X=2A x4=002a B=101010 N0=42 N2=42.00 F2=42.00 E=4.200000E+001 E2=4.20E+001 G=42 G3=42 P0=4,200 %
Int32 -42: _=-42 D=-42 D8=-00000042 X=FFFFFFD6 x4=ffffffd6 B=11111111111111111111111111010110 N0=-42 N2=-42.00 F2=-42.00 E=-4.200000E+001 E2=-4.20E+001 G=-42 G3=-42 P0=-4,200 %
Int32 2147483647: _=2147483647 D=2147483647 D8=2147483647 X=7FFFFFFF x4=7fffffff B=1111111111111111111111111111111 N0=2,147,483,647 N2=2,147,483,647.00 F2=2147483647.00 E=2.147484E+009 E2=2.15E+009 G=2147483647 G3=2.15E+09 P0=214,748,364,700 %
Int32 -2147483648: _=-2147483648 D=-2147483648 D8=-2147483648 X=80000000 x4=80000000 B=10000000000000000000000000000000 N0=-2,147,483,648 N2=-2,147,483,648.00 F2=-2147483648.00 E=-2.147484E+009 E2=-2.15E+009 G=-2147483648 G3=-2.15E+09 P0=-214,748,364,800 %
Int64 1234567890123: _=1234567890123 D=1234567890123 D8=1234567890123 X=11F71FB04CB x4=11f71fb04cb B=10001111101110001111110110000010011001011 N0=1,234,567,890,123 N2=1,234,567,890,123.00 F2=1234567890123.00 E=1.234568E+012 E2=1.23E+012 G=1234567890123 G3=1.23E+12 P0=123,456,789,012,300 %
Int64 -9223372036854775808: _=-9223372036854775808 D=-9223372036854775808 D8=-9223372036854775808 X=8000000000000000 x4=8000000000000000 B=1000000000000000000000000000000000000000000000000000000000000000 N0=-9,223,372,036,854,775,808 N2=-9,223,372,036,854,775,808.00 F2=-9223372036854775808.00 E=-9.223372E+018 E2=-9.22E+018 G=-9223372036854775808 G3=-9.22E+18 P0=-922,337,203,685,477,580,800 %
UInt32 4294967295: _=4294967295 D=4294967295 D8=4294967295 X=FFFFFFFF x4=ffffffff B=11111111111111111111111111111111 N0=4,294,967,295 N2=4,294,967,295.00 F2=4294967295.00 E=4.294967E+009 E2=4.29E+009 G=4294967295 G3=4.29E+09 P0=429,496,729,500 %
UInt64 18446744073709551615: _=18446744073709551615 D=18446744073709551615 D8=18446744073709551615 X=FFFFFFFFFFFFFFFF x4=ffffffffffffffff B=1111111111111111111111111111111111111111111111111111111111111111 N0=18,446,744,073,709,551,615 N2=18,446,744,073,709,551,615.00 F2=18446744073709551615.00 E=1.844674E+019 E2=1.84E+019 G=18446744073709551615 G3=1.84E+19 P0=1,844,674,407,370,955,161,500 %
Int16 -1: _=-1 D=-1 D8=-00000001 X=FFFF x4=ffff B=1111111111111111 N0=-1 N2=-1.00 F2=-1.00 E=-1.000000E+000 E2=-1.00E+000 G=-1 G3=-1 P0=-100 %
Int16 -32768: _=-32768 D=-32768 D8=-00032768 X=8000 x4=8000 B=1000000000000000 N0=-32,768 N2=-32,768.00 F2=-32768.00 E=-3.276800E+004 E2=-3.28E+004 G=-32768 G3=-3.28E+04 P0=-3,276,800 %
UInt16 65535: _=65535 D=65535 D8=00065535 X=FFFF x4=ffff B=1111111111111111 N0=65,535 N2=65,535.00 F2=65535.00 E=6.553500E+004 E2=6.55E+004 G=65535 G3=6.55E+04 P0=6,553,500 %
Byte 7: _=7 D=7 D8=00000007 X=7 x4=0007 B=111 N0=7 N2=7.00 F2=7.00 E=7.000000E+000 E2=7.00E+000 G=7 G3=7 P0=700 %
SByte -128: _=-128 D=-128 D8=-00000128 X=80 x4=0080 B=10000000 N0=-128 N2=-128.00 F2=-128.00 E=-1.280000E+002 E2=-1.28E+002 G=-128 G3=-128 P0=-12,800 %
SByte 5: _=5 D=5 D8=00000005 X=5 x4=0005 B=101 N0=5 N2=5.00 F2=5.00 E=5.000000E+000 E2=5.00E+000 G=5 G3=5 P0=500 %
hash 8891775450235705124
PASS
--- stderr
*/

// format/double_shortest_roundtrip: double.ToString() (shortest round-trippable form since
// .NET Core 3.0) and "R" for a catalogue of values: 0.1, 1/3, 2/3, powers of ten around the
// switch to exponent form (CoreCLR prints 1e15 and 1e16 in full, 1e17 as "1E+17"),
// denormals, MaxValue/MinValue/Epsilon, -0.0, NaN, infinities, integers past 2^53 and classic decimal-representation traps. Each string must
// parse back to the identical bits, which the case verifies.
using System;
using System.Globalization;

static class Program
{
    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var inv = CultureInfo.InvariantCulture;
        double[] values =
        {
            0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 10.0 / 3, 4.35, 2.675, 1.005, 100.0, 123.456,
            1e14, 1e15, 123456789012345.0, 1e16, 1.2345678901234567e16, 1e17, 123456789012345680.0, 1e20, 1e21, 1e22, 1e100,
            0.001, 0.0001, 1e-5, 1.5e-5, 1e-7, 1.2345e-10, 5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308,
            double.MaxValue, double.MinValue, double.Epsilon, 9007199254740992.0, 9007199254740993.0, 18014398509481984.0,
            1.0000000000000002, 0.9999999999999999, Math.PI, Math.E, Math.Sqrt(2), -123.0e-300, 4294967296.0, 0.5, 0.25, 0.125,
            double.NaN, double.PositiveInfinity, double.NegativeInfinity,
        };
        int bad = 0;
        foreach (double d in values)
        {
            string s = d.ToString(inv);
            string r = d.ToString("R", inv);
            double back = double.Parse(s, inv);
            bool same = BitConverter.DoubleToInt64Bits(back) == BitConverter.DoubleToInt64Bits(d) || (double.IsNaN(d) && double.IsNaN(back));
            if (!same) bad++;
            Console.WriteLine(BitConverter.DoubleToInt64Bits(d).ToString("X16") + "  " + s + (r != s ? "  R=" + r : "") + (same ? "" : "  ROUNDTRIP-FAIL"));
        }
        if (bad != 0) return 1;
        if (0.1.ToString(inv) != "0.1" || (1.0 / 3).ToString(inv) != "0.3333333333333333" || 1e15.ToString(inv) != "1000000000000000" || 1e16.ToString(inv) != "10000000000000000" || 1e17.ToString(inv) != "1E+17" || 1e14.ToString(inv) != "100000000000000") return 2;
        if ((-0.0).ToString(inv) != "-0" || 5e-324.ToString(inv) != "5E-324" || double.MaxValue.ToString(inv) != "1.7976931348623157E+308") return 3;
        if (double.NaN.ToString(inv) != "NaN" || double.NegativeInfinity.ToString(inv) != "-Infinity" || 1e-5.ToString(inv) != "1E-05") return 4;
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
0000000000000000  0
8000000000000000  -0
3FF0000000000000  1
BFF0000000000000  -1
3FB999999999999A  0.1
3FC999999999999A  0.2
3FD3333333333333  0.3
3FD3333333333334  0.30000000000000004
3FD5555555555555  0.3333333333333333
3FE5555555555555  0.6666666666666666
400AAAAAAAAAAAAB  3.3333333333333335
4011666666666666  4.35
4005666666666666  2.675
3FF0147AE147AE14  1.005
4059000000000000  100
405EDD2F1A9FBE77  123.456
42D6BCC41E900000  100000000000000
430C6BF526340000  1000000000000000
42DC12218377DE40  123456789012345
4341C37937E08000  10000000000000000
4345EE2A2EB5A5C4  12345678901234568
4376345785D8A000  1E+17
437B69B4BA630F35  1.2345678901234568E+17
4415AF1D78B58C40  1E+20
444B1AE4D6E2EF50  1E+21
4480F0CF064DD592  1E+22
54B249AD2594C37D  1E+100
3F50624DD2F1A9FC  0.001
3F1A36E2EB1C432D  0.0001
3EE4F8B588E368F1  1E-05
3EEF75104D551D69  1.5E-05
3E7AD7F29ABCAF48  1E-07
3DE0F782BF7CC83F  1.2345E-10
0000000000000001  5E-324
0000000000000002  1E-323
0010000000000000  2.2250738585072014E-308
000FFFFFFFFFFFFF  2.225073858507201E-308
7FEFFFFFFFFFFFFF  1.7976931348623157E+308
FFEFFFFFFFFFFFFF  -1.7976931348623157E+308
0000000000000001  5E-324
4340000000000000  9007199254740992
4340000000000000  9007199254740992
4350000000000000  18014398509481984
3FF0000000000001  1.0000000000000002
3FEFFFFFFFFFFFFF  0.9999999999999999
400921FB54442D18  3.141592653589793
4005BF0A8B145769  2.718281828459045
3FF6A09E667F3BCD  1.4142135623730951
821497D2855B39D7  -1.23E-298
41F0000000000000  4294967296
3FE0000000000000  0.5
3FD0000000000000  0.25
3FC0000000000000  0.125
FFF8000000000000  NaN
7FF0000000000000  Infinity
FFF0000000000000  -Infinity
PASS
--- stderr
*/

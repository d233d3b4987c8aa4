// math/rounding_modes: Math.Round default (banker's: to even), MidpointRounding.AwayFromZero
// / ToZero / ToNegativeInfinity / ToPositiveInfinity, Round with digits (CoreCLR gives
// Math.Round(2.675, 2) = 2.68 and Math.Round(2.665, 2) = 2.66), Floor/Ceiling/Truncate on
// negatives and -0.5 (giving -0), and MathF equivalents.
using System;
using System.Globalization;

static class Program
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    static string R(double d) => d.ToString("R", Inv);
    static string R(float f) => f.ToString("R", Inv);

    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string Row(MidpointRounding? mode)
    {
        double[] xs = { -2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2.4, 2.6, -2.6 };
        string s = "";
        foreach (double x in xs) s += R(mode.HasValue ? Math.Round(x, mode.Value) : Math.Round(x)) + " ";
        return s.TrimEnd();
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Check(1, "Round default (ToEven)", Row(null), "-2 -2 -0 0 2 2 2 3 -3");
        Check(2, "AwayFromZero", Row(MidpointRounding.AwayFromZero), "-3 -2 -1 1 2 3 2 3 -3");
        Check(3, "ToZero", Row(MidpointRounding.ToZero), "-2 -1 -0 0 1 2 2 2 -2");
        Check(4, "ToNegativeInfinity", Row(MidpointRounding.ToNegativeInfinity), "-3 -2 -1 0 1 2 2 2 -3");
        Check(5, "ToPositiveInfinity", Row(MidpointRounding.ToPositiveInfinity), "-2 -1 -0 1 2 3 3 3 -2");
        Check(6, "Round digits", R(Math.Round(2.675, 2)) + " " + R(Math.Round(2.665, 2)) + " " + R(Math.Round(1.125, 2)) + " " + R(Math.Round(1.135, 2, MidpointRounding.AwayFromZero)) + " " + R(Math.Round(-1.5555, 3)),
            "2.68 2.66 1.12 1.14 -1.556");
        Check(7, "Floor/Ceiling/Truncate", R(Math.Floor(-2.5)) + " " + R(Math.Ceiling(-2.5)) + " " + R(Math.Truncate(-2.5)) + " " + R(Math.Ceiling(-0.5)) + " " + R(Math.Truncate(-0.7)) + " " + R(Math.Floor(0.7)),
            "-3 -2 -2 -0 -0 0");
        Check(8, "specials", R(Math.Round(double.NaN)) + " " + R(Math.Floor(double.NegativeInfinity)) + " " + R(Math.Round(1e300)) + " " + R(Math.Round(4503599627370497.0)), "NaN -Infinity 1E+300 4503599627370497");
        Check(9, "Round(0.49999999999999994)", R(Math.Round(0.49999999999999994)) + " " + R(Math.Round(0.49999999999999994, MidpointRounding.AwayFromZero)), "0 0");
        Check(10, "MathF", R(MathF.Round(2.5f)) + " " + R(MathF.Round(-3.5f)) + " " + R(MathF.Floor(-1.1f)) + " " + R(MathF.Ceiling(1.1f)) + " " + R(MathF.Round(1.25f, 1)) + " " + R(MathF.Truncate(-9.99f)),
            "2 -4 -2 2 1.2 -9");
        Check(11, "double.Round generic", R(double.Round(0.125, 2)) + " " + R(double.Round(0.375, 2, MidpointRounding.AwayFromZero)), "0.12 0.38");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
Round default (ToEven) = -2 -2 -0 0 2 2 2 3 -3
AwayFromZero = -3 -2 -1 1 2 3 2 3 -3
ToZero = -2 -1 -0 0 1 2 2 2 -2
ToNegativeInfinity = -3 -2 -1 0 1 2 2 2 -3
ToPositiveInfinity = -2 -1 -0 1 2 3 3 3 -2
Round digits = 2.68 2.66 1.12 1.14 -1.556
Floor/Ceiling/Truncate = -3 -2 -2 -0 -0 0
specials = NaN -Infinity 1E+300 4503599627370497
Round(0.49999999999999994) = 0 0
MathF = 2 -4 -2 2 1.2 -9
double.Round generic = 0.12 0.38
PASS
--- stderr
*/

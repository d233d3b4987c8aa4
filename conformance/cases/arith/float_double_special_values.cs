// arith/float_double_special_values: IEEE arithmetic on NaN, +-Infinity and -0.0 for double
// and float: division by zero, 0/0, Inf-Inf, signed zero propagation, % (fmod semantics,
// sign of the dividend), float vs double rounding of the same expression, and classification
// helpers. Values are printed with "R" (invariant, shortest round-trip).
using System;
using System.Globalization;
using System.Runtime.CompilerServices;

static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)] static T V<T>(T x) => x;
    static string R(double d) => d.ToString("R", CultureInfo.InvariantCulture);
    static string R(float f) => f.ToString("R", CultureInfo.InvariantCulture);

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
        double zero = V(0.0), nzero = V(-0.0), one = V(1.0), inf = V(double.PositiveInfinity), nan = V(double.NaN);
        Check(1, "1/0, -1/0, 1/-0", R(one / zero) + " " + R(-one / zero) + " " + R(one / nzero), "Infinity -Infinity -Infinity");
        Check(2, "0/0, inf-inf, inf*0", R(zero / zero) + " " + R(inf - inf) + " " + R(inf * zero), "NaN NaN NaN");
        Check(3, "-0+0, -0+-0, -0*5, 0*-5", R(nzero + zero) + " " + R(nzero + nzero) + " " + R(nzero * 5) + " " + R(zero * V(-5.0)), "0 -0 -0 -0");
        Check(4, "0-0, -(0), 1/(-(0))", R(zero - zero) + " " + R(-zero) + " " + R(one / -zero), "0 -0 -Infinity");
        Check(5, "nan==nan, nan!=nan, nan<1, nan>=1", (nan == nan) + " " + (nan != nan) + " " + (nan < one) + " " + (nan >= one), "False True False False");
        Check(6, "-0==0, Equals, IsNegative", (nzero == zero) + " " + nzero.Equals(zero) + " " + double.IsNegative(nzero) + " " + double.IsNegative(zero), "True True True False");
        Check(7, "nan.Equals(nan), CompareTo", nan.Equals(nan) + " " + nan.CompareTo(nan) + " " + nan.CompareTo(double.NegativeInfinity) + " " + nzero.CompareTo(zero), "True 0 -1 0");

        Check(8, "5.5%2, -5.5%2, 5.5%-2, -5.5%-2", R(V(5.5) % 2) + " " + R(V(-5.5) % 2) + " " + R(V(5.5) % -2) + " " + R(V(-5.5) % -2), "1.5 -1.5 1.5 -1.5");
        Check(9, "x%inf, inf%x, x%0, -0%3", R(V(3.25) % inf) + " " + R(inf % V(3.0)) + " " + R(V(3.0) % zero) + " " + R(nzero % V(3.0)), "3.25 NaN NaN -0");
        Check(10, "-4%2 gives -0", R(V(-4.0) % 2), "-0");
        Check(11, "1e308*10, -1e308*10, 5e-324/2", R(V(1e308) * 10) + " " + R(V(-1e308) * 10) + " " + R(V(5e-324) / 2), "Infinity -Infinity 0");

        Check(12, "0.1+0.2 double", R(V(0.1) + V(0.2)), "0.30000000000000004");
        Check(13, "0.1f+0.2f float", R(V(0.1f) + V(0.2f)), "0.3");
        Check(14, "(double)(0.1f+0.2f)", R((double)(V(0.1f) + V(0.2f))), "0.30000001192092896");
        Check(15, "1/3f, 1/3d", R(V(1f) / 3) + " " + R(V(1.0) / 3), "0.33333334 0.3333333333333333");
        Check(16, "float 16777216+1", R(V(16777216f) + 1f), "16777216");
        Check(17, "float.MaxValue*2, float.Epsilon/2", R(V(float.MaxValue) * 2) + " " + R(V(float.Epsilon) / 2), "Infinity 0");
        Check(18, "float -0, 1/-0f", R(V(-0.0f)) + " " + R(1f / V(-0.0f)), "-0 -Infinity");

        Check(19, "IsNaN/IsInfinity/IsFinite/IsSubnormal", double.IsNaN(nan) + " " + double.IsInfinity(-inf) + " " + double.IsFinite(double.MaxValue) + " " + double.IsSubnormal(V(5e-324)) + " " + double.IsNormal(V(5e-324)),
            "True True True True False");
        Check(20, "float classify", float.IsNaN(V(float.NaN)) + " " + float.IsPositiveInfinity(V(1f) / V(0f)) + " " + float.IsSubnormal(V(float.Epsilon)), "True True True");
        Check(21, "BitConverter -0.0 bits", BitConverter.DoubleToInt64Bits(nzero).ToString("X16") + " " + BitConverter.SingleToInt32Bits(V(-0.0f)).ToString("X8"), "8000000000000000 80000000");
        Check(22, "NaN sign after negation bit", (BitConverter.DoubleToInt64Bits(-nan) != BitConverter.DoubleToInt64Bits(nan)).ToString(), "True");
        Check(23, "inc/dec", R(Math.BitIncrement(1.0)) + " " + R(Math.BitDecrement(0.0)), "1.0000000000000002 -5E-324");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
1/0, -1/0, 1/-0 = Infinity -Infinity -Infinity
0/0, inf-inf, inf*0 = NaN NaN NaN
-0+0, -0+-0, -0*5, 0*-5 = 0 -0 -0 -0
0-0, -(0), 1/(-(0)) = 0 -0 -Infinity
nan==nan, nan!=nan, nan<1, nan>=1 = False True False False
-0==0, Equals, IsNegative = True True True False
nan.Equals(nan), CompareTo = True 0 -1 0
5.5%2, -5.5%2, 5.5%-2, -5.5%-2 = 1.5 -1.5 1.5 -1.5
x%inf, inf%x, x%0, -0%3 = 3.25 NaN NaN -0
-4%2 gives -0 = -0
1e308*10, -1e308*10, 5e-324/2 = Infinity -Infinity 0
0.1+0.2 double = 0.30000000000000004
0.1f+0.2f float = 0.3
(double)(0.1f+0.2f) = 0.30000001192092896
1/3f, 1/3d = 0.33333334 0.3333333333333333
float 16777216+1 = 16777216
float.MaxValue*2, float.Epsilon/2 = Infinity 0
float -0, 1/-0f = -0 -Infinity
IsNaN/IsInfinity/IsFinite/IsSubnormal = True True True True False
float classify = True True True
BitConverter -0.0 bits = 8000000000000000 80000000
NaN sign after negation bit = True
inc/dec = 1.0000000000000002 -5E-324
PASS
--- stderr
*/

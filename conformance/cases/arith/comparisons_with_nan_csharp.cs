// arith/comparisons_with_nan_csharp: C# relational operators and their negations with NaN
// (the compiler emits clt.un/cgt.un/bge.un... for the negated forms), ternaries and if/else
// branches on NaN, Math.Max/Min/MaxMagnitude with NaN and signed zeros, and CompareTo order.
using System;
using System.Globalization;
using System.Runtime.CompilerServices;

static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)] static T V<T>(T x) => x;
    static string R(double d) => d.ToString("R", CultureInfo.InvariantCulture);

    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string Rel(double a, double b) =>
        "" + (a < b ? 1 : 0) + (a <= b ? 1 : 0) + (a > b ? 1 : 0) + (a >= b ? 1 : 0) + (a == b ? 1 : 0) + (a != b ? 1 : 0)
        + "|" + (!(a < b) ? 1 : 0) + (!(a <= b) ? 1 : 0) + (!(a > b) ? 1 : 0) + (!(a >= b) ? 1 : 0);

    static string Branches(float a, float b)
    {
        string s = "";
        if (a < b) s += "lt "; else s += "!lt ";
        if (!(a >= b)) s += "!ge "; else s += "ge ";
        if (a > b || a == b) s += "gt|eq "; else s += "neither ";
        while (!(a <= b)) { s += "loop "; break; }
        return s.TrimEnd();
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        double nan = V(double.NaN), one = V(1.0);
        Check(1, "rel(1,2)", Rel(one, V(2.0)), "110001|0011");
        Check(2, "rel(2,2)", Rel(V(2.0), V(2.0)), "010110|1010");
        Check(3, "rel(NaN,1)", Rel(nan, one), "000001|1111");
        Check(4, "rel(1,NaN)", Rel(one, nan), "000001|1111");
        Check(5, "rel(-0,0)", Rel(V(-0.0), V(0.0)), "010110|1010");
        Check(6, "rel(-inf,NaN)", Rel(V(double.NegativeInfinity), nan), "000001|1111");
        Check(7, "branches(NaN,1f)", Branches(V(float.NaN), V(1f)), "!lt !ge neither loop");
        Check(8, "branches(0.5f,1f)", Branches(V(0.5f), V(1f)), "lt !ge neither");
        Check(9, "branches(2f,1f)", Branches(V(2f), V(1f)), "!lt ge gt|eq loop");

        Check(10, "Math.Max(NaN,1) Min(1,NaN)", R(Math.Max(nan, one)) + " " + R(Math.Min(one, nan)), "NaN NaN");
        Check(11, "Math.Max(-0,0) Min(0,-0)", R(Math.Max(V(-0.0), V(0.0))) + " " + R(Math.Min(V(0.0), V(-0.0))), "0 -0");
        Check(12, "MathF.Max(-0f,0f) Min", MathF.Max(V(-0f), V(0f)).ToString(CultureInfo.InvariantCulture) + " " + MathF.Min(V(0f), V(-0f)).ToString(CultureInfo.InvariantCulture), "0 -0");
        Check(13, "MaxMagnitude(-3,2) MinMagnitude(-3,2)", R(Math.MaxMagnitude(V(-3.0), 2.0)) + " " + R(Math.MinMagnitude(V(-3.0), 2.0)), "-3 2");
        Check(14, "MaxNumber(NaN,1) (IEEE maxNum)", R(double.MaxNumber(nan, one)) + " " + R(double.MinNumber(one, nan)), "1 1");
        Check(15, "CompareTo order NaN < -inf < -0 == 0", nan.CompareTo(V(double.NegativeInfinity)) + " " + V(double.NegativeInfinity).CompareTo(V(-0.0)) + " " + V(-0.0).CompareTo(V(0.0)), "-1 -1 0");
        Check(16, "Sign(-0.0) Sign(-2)", Math.Sign(V(-0.0)) + " " + Math.Sign(V(-2.0)), "0 -1");
        Check(17, "float NaN == NaN in generic Equals", V(float.NaN).Equals(float.NaN) + " " + (V(float.NaN) == float.NaN), "True False");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
rel(1,2) = 110001|0011
rel(2,2) = 010110|1010
rel(NaN,1) = 000001|1111
rel(1,NaN) = 000001|1111
rel(-0,0) = 010110|1010
rel(-inf,NaN) = 000001|1111
branches(NaN,1f) = !lt !ge neither loop
branches(0.5f,1f) = lt !ge neither
branches(2f,1f) = !lt ge gt|eq loop
Math.Max(NaN,1) Min(1,NaN) = NaN NaN
Math.Max(-0,0) Min(0,-0) = 0 -0
MathF.Max(-0f,0f) Min = 0 -0
MaxMagnitude(-3,2) MinMagnitude(-3,2) = -3 2
MaxNumber(NaN,1) (IEEE maxNum) = 1 1
CompareTo order NaN < -inf < -0 == 0 = -1 -1 0
Sign(-0.0) Sign(-2) = 0 -1
float NaN == NaN in generic Equals = True False
PASS
--- stderr
*/

// format/parse_doubles_and_bools: double/float Parse and TryParse with invariant culture:
// exponents, leading/trailing dot, signs, "NaN"/"Infinity" (case-insensitive), overflow to
// +-Infinity (since .NET Core 3.0), underflow to 0, the exact halfway point below 5e-324,
// correctly rounded long inputs, thousands separators; bool.Parse/TryParse.
using System;
using System.Globalization;

static class Program
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string TD(string s) => double.TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, Inv, out double v) ? v.ToString("R", Inv) : "fail";
    static string Bits(double d) => BitConverter.DoubleToInt64Bits(d).ToString("X16");

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        string[] inputs = { "0", "-0", "1.5", ".5", "5.", "-.25", "+3", "1e3", "1E-3", "1e+308", "1e309", "-1e309", "1e-400", "-1e-400", "NaN", "nan", "Infinity", "-infinity", "  2.5  ", "1,000.5", "1.2.3", "e5", "", "0x10", "∞" };
        string all = "";
        foreach (string s in inputs) all += "[" + s + "]=" + TD(s) + " ";
        Console.WriteLine(all.TrimEnd());
        Check(1, "-0 keeps sign", Bits(double.Parse("-0", Inv)), "8000000000000000");
        Check(2, "overflow to infinity", TD("1e309") + " " + TD("-1e309"), "Infinity -Infinity");
        Check(3, "underflow to signed zero", Bits(double.Parse("1e-400", Inv)) + " " + Bits(double.Parse("-1e-400", Inv)), "0000000000000000 8000000000000000");
        Check(4, "halfway below min denormal", Bits(double.Parse("2.4703282292062327e-324", Inv)) + " " + Bits(double.Parse("2.4703282292062328e-324", Inv)), "0000000000000000 0000000000000001");
        Check(5, "0.1 bits", Bits(double.Parse("0.1", Inv)), "3FB999999999999A");
        Check(6, "long mantissa rounds correctly", Bits(double.Parse("9007199254740993", Inv)) + " " + Bits(double.Parse("9007199254740993.0000000001", Inv)), "4340000000000000 4340000000000001");
        Check(7, "float parse", float.Parse("3.4028235E+38", Inv).ToString("R", Inv) + " " + float.Parse("3.5e38", Inv).ToString(Inv) + " " + float.Parse("1e-46", Inv).ToString(Inv) + " " + float.Parse("0.1", Inv).ToString("R", Inv),
            "3.4028235E+38 ∞ 0 0.1".Replace("∞", "Infinity"));
        Check(8, "TryParse failures", TD("1.2.3") + " " + TD("") + " " + TD("e5") + " " + TD("0x10"), "fail fail fail fail");
        Check(9, "bool parse", bool.Parse("true") + " " + bool.Parse(" FALSE ") + " " + bool.TryParse("yes", out bool y) + y + " " + bool.TryParse("1", out _) + " " + bool.TryParse("True", out bool t) + t,
            "True False FalseFalse False TrueTrue");
        Check(10, "bool ToString", true.ToString() + false.ToString() + " " + bool.TrueString + bool.FalseString, "TrueFalse TrueFalse");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
[0]=0 [-0]=-0 [1.5]=1.5 [.5]=0.5 [5.]=5 [-.25]=-0.25 [+3]=3 [1e3]=1000 [1E-3]=0.001 [1e+308]=1E+308 [1e309]=Infinity [-1e309]=-Infinity [1e-400]=0 [-1e-400]=-0 [NaN]=NaN [nan]=NaN [Infinity]=Infinity [-infinity]=-Infinity [  2.5  ]=2.5 [1,000.5]=1000.5 [1.2.3]=fail [e5]=fail []=fail [0x10]=fail [∞]=fail
-0 keeps sign = 8000000000000000
overflow to infinity = Infinity -Infinity
underflow to signed zero = 0000000000000000 8000000000000000
halfway below min denormal = 0000000000000000 0000000000000001
0.1 bits = 3FB999999999999A
long mantissa rounds correctly = 4340000000000000 4340000000000001
float parse = 3.4028235E+38 Infinity 0 0.1
TryParse failures = fail fail fail fail
bool parse = True False FalseFalse False TrueTrue
bool ToString = TrueFalse TrueFalse
PASS
--- stderr
*/

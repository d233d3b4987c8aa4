// math/math_functions_double: Math.Sqrt/Cbrt/Pow/Exp/Log/Log10/Log2/Sin/Cos/Tan/Asin/Acos/
// Atan/Atan2/Sinh/Cosh/Tanh/Hypot-free basics over ordinary inputs, printed with "F10"
// (invariant) so that last-ulp differences between libm implementations do not show, plus
// exactly specified special cases (Sqrt(-1) NaN, Log(0) -Inf, Pow(x,0)=1, Pow(NaN,0)=1,
// Atan2 signed zeros, exact results such as Sqrt(16), Pow(2,10), Exp(0)). Cbrt is only
// printed with F10: glibc's Cbrt(-27) is -3.0000000000000004, not correctly rounded.
using System;
using System.Globalization;

static class Program
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    static string F(double d) => d.ToString("F10", Inv);
    static string R(double d) => d.ToString("R", Inv);

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
        double[] xs = { 0.1, 0.5, 1.0, 2.0, 3.7, 10.0, 123.456 };
        foreach (double x in xs)
        {
            Console.WriteLine("x=" + R(x) + " sqrt=" + F(Math.Sqrt(x)) + " cbrt=" + F(Math.Cbrt(x)) + " exp=" + F(Math.Exp(x / 10)) + " log=" + F(Math.Log(x))
                + " log10=" + F(Math.Log10(x)) + " log2=" + F(Math.Log2(x)) + " pow1.5=" + F(Math.Pow(x, 1.5)));
            Console.WriteLine("   sin=" + F(Math.Sin(x)) + " cos=" + F(Math.Cos(x)) + " tan=" + F(Math.Tan(x)) + " atan=" + F(Math.Atan(x))
                + " sinh=" + F(Math.Sinh(x / 10)) + " cosh=" + F(Math.Cosh(x / 10)) + " tanh=" + F(Math.Tanh(x / 10)));
        }
        Console.WriteLine("asin(0.5)=" + F(Math.Asin(0.5)) + " acos(0.5)=" + F(Math.Acos(0.5)) + " atan2(1,-1)=" + F(Math.Atan2(1, -1)) + " log(8,2)=" + F(Math.Log(8, 2)));

        Check(1, "exact: sqrt(16) pow(2,10) exp(0) log(1)", R(Math.Sqrt(16)) + " " + R(Math.Pow(2, 10)) + " " + R(Math.Exp(0)) + " " + R(Math.Log(1)), "4 1024 1 0");
        Check(2, "sqrt(-1) sqrt(-0) sqrt(inf)", R(Math.Sqrt(-1)) + " " + R(Math.Sqrt(-0.0)) + " " + R(Math.Sqrt(double.PositiveInfinity)), "NaN -0 Infinity");
        Check(3, "log(0) log(-1) log10(1000) log2(1024)", R(Math.Log(0)) + " " + R(Math.Log(-1)) + " " + R(Math.Log10(1000)) + " " + R(Math.Log2(1024)), "-Infinity NaN 3 10");
        Check(4, "pow specials", R(Math.Pow(double.NaN, 0)) + " " + R(Math.Pow(1, double.NaN)) + " " + R(Math.Pow(0, -1)) + " " + R(Math.Pow(-0.0, -1)) + " " + R(Math.Pow(-8, 1.0 / 3)) + " " + R(Math.Pow(-2, 3)),
            "1 1 Infinity -Infinity NaN -8");
        Check(5, "atan2 signed zeros", R(Math.Atan2(0.0, -0.0)) + " " + R(Math.Atan2(-0.0, 0.0)) + " " + R(Math.Atan2(0.0, 0.0)) + " " + F(Math.Atan2(-0.0, -1)), "3.141592653589793 -0 0 -3.1415926536");
        Check(6, "exp extremes", R(Math.Exp(1000)) + " " + R(Math.Exp(-1000)) + " " + R(Math.Exp(double.NegativeInfinity)), "Infinity 0 0");
        Check(7, "trig at 0 and inf", R(Math.Sin(0.0)) + " " + R(Math.Sin(-0.0)) + " " + R(Math.Cos(0)) + " " + R(Math.Sin(double.PositiveInfinity)) + " " + R(Math.Tanh(1000)), "0 -0 1 NaN 1");
        Check(8, "FusedMultiplyAdd exactness", R(Math.FusedMultiplyAdd(0.1, 10, -1)) + " vs " + R(0.1 * 10 - 1), "5.551115123125783E-17 vs 0");
        Check(9, "ScaleB/ILogB", R(Math.ScaleB(1.5, 4)) + " " + Math.ILogB(1024.0) + " " + Math.ILogB(0.1), "24 10 -4");
        Check(10, "IEEERemainder", R(Math.IEEERemainder(10, 3)) + " " + R(Math.IEEERemainder(11, 3)) + " " + R(10 % 3.0), "1 -1 1");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
x=0.1 sqrt=0.3162277660 cbrt=0.4641588834 exp=1.0100501671 log=-2.3025850930 log10=-1.0000000000 log2=-3.3219280949 pow1.5=0.0316227766
   sin=0.0998334166 cos=0.9950041653 tan=0.1003346721 atan=0.0996686525 sinh=0.0100001667 cosh=1.0000500004 tanh=0.0099996667
x=0.5 sqrt=0.7071067812 cbrt=0.7937005260 exp=1.0512710964 log=-0.6931471806 log10=-0.3010299957 log2=-1.0000000000 pow1.5=0.3535533906
   sin=0.4794255386 cos=0.8775825619 tan=0.5463024898 atan=0.4636476090 sinh=0.0500208359 cosh=1.0012502604 tanh=0.0499583750
x=1 sqrt=1.0000000000 cbrt=1.0000000000 exp=1.1051709181 log=0.0000000000 log10=0.0000000000 log2=0.0000000000 pow1.5=1.0000000000
   sin=0.8414709848 cos=0.5403023059 tan=1.5574077247 atan=0.7853981634 sinh=0.1001667500 cosh=1.0050041681 tanh=0.0996679946
x=2 sqrt=1.4142135624 cbrt=1.2599210499 exp=1.2214027582 log=0.6931471806 log10=0.3010299957 log2=1.0000000000 pow1.5=2.8284271247
   sin=0.9092974268 cos=-0.4161468365 tan=-2.1850398633 atan=1.1071487178 sinh=0.2013360025 cosh=1.0200667556 tanh=0.1973753202
x=3.7 sqrt=1.9235384062 cbrt=1.5466803738 exp=1.4477346147 log=1.3083328197 log10=0.5682017241 log2=1.8875252707 pow1.5=7.1170921028
   sin=-0.5298361409 cos=-0.8481000317 tan=0.6247330752 atan=1.3068326032 sinh=0.3785001420 cosh=1.0692344727 tanh=0.3539917125
x=10 sqrt=3.1622776602 cbrt=2.1544346900 exp=2.7182818285 log=2.3025850930 log10=1.0000000000 log2=3.3219280949 pow1.5=31.6227766017
   sin=-0.5440211109 cos=-0.8390715291 tan=0.6483608275 atan=1.4711276743 sinh=1.1752011936 cosh=1.5430806348 tanh=0.7615941560
x=123.456 sqrt=11.1110755555 cbrt=4.9793279847 exp=229946.0511098997 log=4.8158848173 log10=2.0915122016 log2=6.9478531434 pow1.5=1371.7289437796
   sin=-0.8039373686 cos=-0.5947139711 tan=1.3518050822 atan=1.5626964521 sinh=114973.0255527754 cosh=114973.0255571243 tanh=1.0000000000
asin(0.5)=0.5235987756 acos(0.5)=1.0471975512 atan2(1,-1)=2.3561944902 log(8,2)=3.0000000000
exact: sqrt(16) pow(2,10) exp(0) log(1) = 4 1024 1 0
sqrt(-1) sqrt(-0) sqrt(inf) = NaN -0 Infinity
log(0) log(-1) log10(1000) log2(1024) = -Infinity NaN 3 10
pow specials = 1 1 Infinity -Infinity NaN -8
atan2 signed zeros = 3.141592653589793 -0 0 -3.1415926536
exp extremes = Infinity 0 0
trig at 0 and inf = 0 -0 1 NaN 1
FusedMultiplyAdd exactness = 5.551115123125783E-17 vs 0
ScaleB/ILogB = 24 10 -4
IEEERemainder = 1 -1 1
PASS
--- stderr
*/

// nullable/lifted_operators: lifted arithmetic (null propagates), lifted comparisons (any null
// operand gives false for <, <=, >, >=; == null is true only for two nulls), bool? three-valued
// logic for & and | (null & false == false, null | true == true), ?? chains, GetValueOrDefault,
// conversions between nullable types, and nullable enums.
using System;
using System.Globalization;

enum Color { Red = 1, Green = 2 }

static class Program
{
    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string S<T>(T? v) where T : struct => v.HasValue ? v.Value.ToString()! : "null";
    static string B(bool? v) => v.HasValue ? v.Value.ToString() : "null";

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int? a = 5, n = null;
        Check(1, "arith", S(a + 1) + " " + S(a * n) + " " + S(-a) + " " + S(n - 1) + " " + S(a << 2) + " " + S(~n), "6 null -5 null 20 null");
        Check(2, "compare with null", (a > n) + " " + (a < n) + " " + (a <= n) + " " + (n >= n) + " " + (n == n) + " " + (a != n) + " " + (n == null), "False False False False True True True");
        Check(3, "compare values", (a > 4) + " " + (a == 5) + " " + (a != 5), "True True False");
        bool? t = true, f = false, u = null;
        Check(4, "bool? &", B(t & t) + " " + B(t & u) + " " + B(f & u) + " " + B(u & u), "True null False null");
        Check(5, "bool? |", B(f | f) + " " + B(f | u) + " " + B(t | u) + " " + B(u | u), "False null True null");
        Check(6, "bool? ^ and !", B(t ^ u) + " " + B(!u) + " " + B(!f), "null null True");
        int? x = null, y = null, z = 3;
        Check(7, "?? chain", (x ?? y ?? z ?? 0) + " " + (x ?? -1), "3 -1");
        Check(8, "GetValueOrDefault", n.GetValueOrDefault() + " " + n.GetValueOrDefault(9) + " " + a.GetValueOrDefault(9), "0 9 5");
        long? widened = a;
        int? narrowed = (int?)(long?)5000000000L;
        double? d = a / 2.0;
        Check(9, "conversions", S(widened) + " " + S(narrowed) + " " + S(d) + " " + S((int?)(double?)null), "5 705032704 2.5 null");
        Color? c = Color.Green, nc = null;
        Check(10, "nullable enum", S(c) + " " + S(nc) + " " + (c == Color.Green) + " " + ((int?)c + 1) + " " + (nc | Color.Red).HasValue, "Green null True 3 False");
        int? counter = 0;
        counter++; counter += 10;
        int? nullCounter = null;
        nullCounter++;
        Check(11, "++ and compound", S(counter) + " " + S(nullCounter), "11 null");
        Check(12, "HasValue/Value/explicit", a.HasValue + " " + a.Value + " " + (int)a + " " + n.HasValue, "True 5 5 False");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
arith = 6 null -5 null 20 null
compare with null = False False False False True True True
compare values = True True False
bool? & = True null False null
bool? | = False null True null
bool? ^ and ! = null null True
?? chain = 3 -1
GetValueOrDefault = 0 9 5
conversions = 5 705032704 2.5 null
nullable enum = Green null True 3 False
++ and compound = 11 null
HasValue/Value/explicit = True 5 5 False
PASS
--- stderr
*/

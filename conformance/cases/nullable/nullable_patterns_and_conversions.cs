// nullable/nullable_patterns_and_conversions: pattern matching on nullable values (is T x,
// is null, is not null, switch with null arm), lifted implicit/explicit conversions
// (int? -> long?, long? -> int? truncating, double? -> int?), lifted user-defined conversion
// operators, nullables in string concatenation (null prints as empty), and nullable
// comparisons in sort order via Comparer (null first).
using System;
using System.Globalization;
using System.Collections.Generic;

struct Celsius
{
    public double Deg;
    public static implicit operator Celsius(double d) => new Celsius { Deg = d };
    public static explicit operator int(Celsius c) => (int)c.Deg;
    public override string ToString() => Deg + "C";
}

static class Program
{
    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string Kind(int? v) => v switch { null => "null", < 0 => "neg", 0 => "zero", int x => "pos" + x };

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int? a = 42, n = null;
        string pm = "";
        if (a is int x) pm += "a=" + x + " ";
        if (n is int y) pm += "n=" + y + " ";
        if (n is null) pm += "n-null ";
        if (a is not null) pm += "a-not-null";
        Check(1, "is patterns", pm, "a=42 n-null a-not-null");
        Check(2, "switch with null arm", Kind(n) + " " + Kind(-3) + " " + Kind(0) + " " + Kind(7), "null neg zero pos7");
        long? widened = a;
        int? truncated = (int?)(long?)0x1_0000_0005L;
        int? fromDouble = (int?)(double?)-2.9;
        int? fromNullDouble = (int?)(double?)null;
        Check(3, "lifted conversions", widened + " " + truncated + " " + fromDouble + " [" + fromNullDouble + "]", "42 5 -2 []");
        double? dd = 21.5;
        Celsius? c = dd.HasValue ? (Celsius)dd.Value : null;
        Celsius? cn = null;
        int? ci = (int?)c;
        int? cni = (int?)cn;
        Check(4, "lifted user-defined conversion", c + " " + ci + " [" + cni + "]", "21.5C 21 []");
        Check(5, "concat with null", "x" + n + "y" + a + "z" + (bool?)null + (char?)'c', "xy42zc");
        var list = new List<int?> { 3, null, -1, null, 2 };
        list.Sort();
        string ls = "";
        foreach (int? v in list) ls += (v.HasValue ? v.Value.ToString() : "null") + " ";
        Check(6, "sorted with nulls first", ls.TrimEnd(), "null null -1 2 3");
        object boxed = a!;
        Check(7, "boxed int? pattern", (boxed is int?) + " " + (boxed is int bi && bi == 42) + " " + (boxed is long), "True True False");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
is patterns = a=42 n-null a-not-null
switch with null arm = null neg zero pos7
lifted conversions = 42 5 -2 []
lifted user-defined conversion = 21.5C 21 []
concat with null = xy42zc
sorted with nulls first = null null -1 2 3
boxed int? pattern = True True False
PASS
--- stderr
*/

// valuetuple/large_tuples_and_equality: tuples of 8+ elements (nested TRest), ToString of 10-
// and 16-element tuples, Item8+/Rest access, == and != element-wise (with lifted and
// converted elements), Equals, CompareTo ordering (lexicographic), GetHashCode equality for
// equal tuples, and tuples as Dictionary keys.
using System;
using System.Globalization;
using System.Collections.Generic;

static class Program
{
    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string Sgn(int x) => x < 0 ? "-" : x > 0 ? "+" : "0";

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var ten = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        Check(1, "10-tuple ToString", ten.ToString(), "(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)");
        Check(2, "Item8/Item10/Rest", ten.Item8 + " " + ten.Item10 + " " + ten.Rest.ToString() + " " + ten.Rest.GetType().Name, "8 10 (8, 9, 10) ValueTuple`3");
        var sixteen = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, "sixteen");
        Check(3, "16-tuple", sixteen.ToString() + " " + sixteen.Item16 + " " + sixteen.Rest.Rest.Item2, "(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, sixteen) sixteen sixteen");
        var eight = (0L, 'b', "c", 1.5, (byte)9, true, (short)-1, 8u);
        eight.Item8 += 1;
        Check(4, "8-tuple mutate Item8", eight.ToString(), "(0, b, c, 1.5, 9, True, -1, 9)");

        var x = (1, "a");
        var y = (1, "a");
        var z = (2, "a");
        Check(5, "== / != / Equals", (x == y) + " " + (x != z) + " " + x.Equals(y) + " " + x.Equals((object)z), "True True True False");
        (long, double) widened = (1, 1.0);
        Check(6, "== with conversions", (x.Item1 == widened.Item1).ToString() + " " + ((1, 1) == widened), "True True");
        (int?, int) ln = (null, 1);
        Check(7, "== with nullable element", (ln == (null, 1)) + " " + (ln == (0, 1)), "True False");
        Check(8, "CompareTo lexicographic", Sgn((1, 2).CompareTo((1, 3))) + Sgn((2, 0).CompareTo((1, 9))) + Sgn((1, "b").CompareTo((1, "b"))) + Sgn(ten.CompareTo((1, 2, 3, 4, 5, 6, 7, 8, 9, 11))),
            "-+0-");
        Check(9, "hash equal for equal tuples", (x.GetHashCode() == y.GetHashCode()) + " " + (ten.GetHashCode() == (1, 2, 3, 4, 5, 6, 7, 8, 9, 10).GetHashCode()), "True True");
        var d = new Dictionary<(int, string), int> { [(1, "a")] = 10, [(2, "a")] = 20 };
        d[(1, "a")] += 5;
        Check(10, "dictionary keys", d[(1, "a")] + " " + d.ContainsKey((2, "a")) + " " + d.ContainsKey((2, "b")) + " " + d.Count, "15 True False 2");
        object boxed = (3, 4);
        Check(11, "boxed tuple", boxed.GetType().Name + " " + boxed + " " + boxed.Equals((3, 4)) + " " + (boxed is ValueTuple<int, int> vt && vt.Item2 == 4), "ValueTuple`2 (3, 4) True True");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
10-tuple ToString = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
Item8/Item10/Rest = 8 10 (8, 9, 10) ValueTuple`3
16-tuple = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, sixteen) sixteen sixteen
8-tuple mutate Item8 = (0, b, c, 1.5, 9, True, -1, 9)
== / != / Equals = True True True False
== with conversions = True True
== with nullable element = True False
CompareTo lexicographic = -+0-
hash equal for equal tuples = True True
dictionary keys = 15 True False 2
boxed tuple = ValueTuple`2 (3, 4) True True
PASS
--- stderr
*/

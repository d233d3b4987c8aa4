// valuetuple/tuples_in_generics_and_arrays: tuples holding references and values as generic
// arguments (List<(string,int)>, arrays of tuples mutated in place through ref, tuples of
// tuples), sorting tuples with Comparer default (lexicographic), and tuple element names
// not affecting identity (typeof equality).
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

    static T First<T>(List<T> xs) => xs[0];
    static (T, T) Pair<T>(T a) => (a, a);

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var list = new List<(string Name, int Score)> { ("bob", 7), ("amy", 9), ("bob", 3), ("cat", 9) };
        list.Sort();
        Check(1, "sorted tuples", string.Join(" ", list), "(amy, 9) (bob, 3) (bob, 7) (cat, 9)");
        Check(2, "generic First", First(list).Name, "amy");
        var arr = new (int Count, string Tag)[3];
        for (int i = 0; i < arr.Length; i++) { ref var e = ref arr[i]; e.Count = i * i; e.Tag = "t" + i; }
        arr[1].Count += 100;
        Check(3, "array of tuples mutated", string.Join(" ", arr), "(0, t0) (101, t1) (4, t2)");
        var nested = ((1, 2), (3, (4, 5)));
        nested.Item2.Item2.Item1 = 40;
        Check(4, "tuple of tuples", nested.ToString(), "((1, 2), (3, (40, 5)))");
        Check(5, "generic pair", Pair("x").ToString() + " " + Pair(2.5).ToString(), "(x, x) (2.5, 2.5)");
        Check(6, "names do not affect type identity", (typeof((int A, string B)) == typeof((int, string))).ToString() + " " + typeof((int, string)).Name, "True ValueTuple`2");
        var dict = new Dictionary<string, (int Min, int Max)>();
        foreach (var (n, sc) in list)
            dict[n] = dict.TryGetValue(n, out var mm) ? (Math.Min(mm.Min, sc), Math.Max(mm.Max, sc)) : (sc, sc);
        string s = "";
        foreach (var kv in dict) s += kv.Key + kv.Value + " ";
        Check(7, "tuple values in dictionary", s.TrimEnd(), "amy(9, 9) bob(3, 7) cat(9, 9)");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
sorted tuples = (amy, 9) (bob, 3) (bob, 7) (cat, 9)
generic First = amy
array of tuples mutated = (0, t0) (101, t1) (4, t2)
tuple of tuples = ((1, 2), (3, (40, 5)))
generic pair = (x, x) (2.5, 2.5)
names do not affect type identity = True ValueTuple`2
tuple values in dictionary = amy(9, 9) bob(3, 7) cat(9, 9)
PASS
--- stderr
*/

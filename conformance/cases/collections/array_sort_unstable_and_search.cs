// collections/array_sort_unstable_and_search: Array.Sort on ints, on strings with
// StringComparer.Ordinal, with an IComparer<T> class, on a range, keys+items overload; the
// order of EQUAL keys after sorting more than 16 elements (introsort is not stable, and the
// exact permutation CoreCLR produces is part of the expectation); doubles with NaN and -0.0;
// Array.BinarySearch found/not found (complement of insertion index).
using System;
using System.Globalization;
using System.Collections.Generic;

struct Item { public int Key; public char Tag; public override string ToString() => Key + "" + Tag; }
sealed class ByKey : IComparer<Item> { public int Compare(Item a, Item b) => a.Key.CompareTo(b.Key); }
sealed class Descending : IComparer<int> { public int Compare(int a, int b) => b.CompareTo(a); }

static class Program
{
    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string J<T>(T[] a) => string.Join(" ", a);

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int[] ints = { 5, -3, 99, 0, 5, int.MinValue, 42, int.MaxValue, -3, 7 };
        Array.Sort(ints);
        Check(1, "ints", J(ints), "-2147483648 -3 -3 0 5 5 7 42 99 2147483647");
        int[] desc = { 1, 4, 2, 8, 5, 7 };
        Array.Sort(desc, new Descending());
        Check(2, "IComparer descending", J(desc), "8 7 5 4 2 1");
        int[] part = { 9, 8, 7, 6, 5, 4, 3 };
        Array.Sort(part, 2, 3);
        Check(3, "range sort", J(part), "9 8 5 6 7 4 3");
        string[] words = { "banana", "Cherry", "apple", "Banana", "cherry", "", "a" };
        Array.Sort(words, StringComparer.Ordinal);
        Check(4, "ordinal strings", "[" + string.Join("|", words) + "]", "[|Banana|Cherry|a|apple|banana|cherry]");

        // 5 small (insertion sort, stable in practice) vs 40 elements (introsort) with many equal keys
        Item[] few = new Item[10];
        for (int i = 0; i < few.Length; i++) few[i] = new Item { Key = i % 3, Tag = (char)('a' + i) };
        Array.Sort(few, new ByKey());
        Console.WriteLine("10 items by key: " + J(few));
        Item[] many = new Item[40];
        for (int i = 0; i < many.Length; i++) many[i] = new Item { Key = (i * 7) % 4, Tag = (char)('A' + i % 26) };
        Array.Sort(many, new ByKey());
        Console.WriteLine("40 items by key: " + J(many));
        bool keysSorted = true;
        for (int i = 1; i < many.Length; i++) keysSorted &= many[i - 1].Key <= many[i].Key;
        Check(5, "40 items keys sorted", keysSorted.ToString(), "True");

        int[] keys = { 3, 1, 2, 1, 3, 2, 1, 0, 3, 2, 1, 0, 2, 3, 1, 0, 2, 1, 3, 0 };
        string[] items = new string[keys.Length];
        for (int i = 0; i < items.Length; i++) items[i] = "i" + i;
        Array.Sort(keys, items);
        Console.WriteLine("keys+items (20, equal keys): " + J(items));

        double[] ds = { 3.5, double.NaN, -0.0, 0.0, double.NegativeInfinity, -1, double.NaN, double.PositiveInfinity, 0.0, -0.0 };
        Array.Sort(ds);
        string dsText = "";
        foreach (double d in ds) dsText += (d == 0 && double.IsNegative(d) ? "-0" : d.ToString(System.Globalization.CultureInfo.InvariantCulture)) + " ";
        Console.WriteLine("doubles: " + dsText.TrimEnd());
        Check(6, "NaN sorts first", (double.IsNaN(ds[0]) && double.IsNaN(ds[1]) && double.IsNegativeInfinity(ds[2]) && double.IsPositiveInfinity(ds[9])).ToString(), "True");

        int[] sorted = { 1, 3, 5, 7, 9, 11 };
        Check(7, "BinarySearch", Array.BinarySearch(sorted, 7) + " " + Array.BinarySearch(sorted, 8) + " " + ~Array.BinarySearch(sorted, 8) + " " + Array.BinarySearch(sorted, 0) + " " + Array.BinarySearch(sorted, 100),
            "3 -5 4 -1 -7");
        Check(8, "BinarySearch range + comparer", Array.BinarySearch(sorted, 1, 3, 9) + " " + Array.BinarySearch(new[] { 9, 5, 1 }, 5, new Descending()), "-5 1");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
ints = -2147483648 -3 -3 0 5 5 7 42 99 2147483647
IComparer descending = 8 7 5 4 2 1
range sort = 9 8 5 6 7 4 3
ordinal strings = [|Banana|Cherry|a|apple|banana|cherry]
10 items by key: 0a 0d 0g 0j 1b 1e 1h 2c 2f 2i
40 items by key: 0A 0K 0G 0E 0C 0I 0Y 0U 0M 0Q 1J 1F 1B 1X 1P 1T 1H 1D 1L 1N 2S 2W 2K 2C 2A 2O 2G 2M 2E 2I 3L 3B 3H 3D 3F 3Z 3J 3V 3R 3N
40 items keys sorted = True
keys+items (20, equal keys): i19 i15 i7 i11 i1 i17 i3 i6 i14 i10 i16 i12 i9 i5 i2 i13 i8 i4 i18 i0
doubles: NaN NaN -Infinity -1 -0 0 0 -0 3.5 Infinity
NaN sorts first = True
BinarySearch = 3 -5 4 -1 -7
BinarySearch range + comparer = -5 1
PASS
--- stderr
*/

// collections/list_operations: List<T> Add/Insert/InsertRange/AddRange/Remove/RemoveAt/
// RemoveRange, IndexOf/LastIndexOf/Contains, default Sort of ints and ordinal-compared
// strings, Reverse, BinarySearch (found and complement of the insertion point), GetRange,
// CopyTo, ToArray, Capacity growth (0, 4, 8, 16 ...), and lists of structs and of nulls.
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

    static string J<T>(List<T> l) => "[" + string.Join(",", l) + "]";

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var l = new List<int>();
        string caps = l.Capacity + "";
        for (int i = 0; i < 17; i++) { l.Add(i * 3 % 7); caps += "," + l.Capacity; }
        Check(1, "capacity growth", caps, "0,4,4,4,4,8,8,8,8,16,16,16,16,16,16,16,16,32");
        Check(2, "contents", J(l), "[0,3,6,2,5,1,4,0,3,6,2,5,1,4,0,3,6]");
        Check(3, "IndexOf/LastIndexOf/Contains", l.IndexOf(6) + " " + l.LastIndexOf(6) + " " + l.IndexOf(6, 3) + " " + l.IndexOf(9) + " " + l.Contains(4), "2 16 9 -1 True");
        l.Insert(0, -1); l.Insert(l.Count, 99); l.RemoveAt(1); l.Remove(6); l.RemoveRange(10, 3);
        Check(4, "after edits", J(l) + " count " + l.Count, "[-1,3,2,5,1,4,0,3,6,2,0,3,6,99] count 14");
        l.InsertRange(2, new[] { 7, 7 }); l.AddRange(new List<int> { 8, 9 });
        Check(5, "InsertRange/AddRange", J(l), "[-1,3,7,7,2,5,1,4,0,3,6,2,0,3,6,99,8,9]");
        Check(6, "GetRange", J(l.GetRange(3, 4)), "[7,2,5,1]");
        l.Sort();
        Check(7, "Sort", J(l), "[-1,0,0,1,2,2,3,3,3,4,5,6,6,7,7,8,9,99]");
        Check(8, "BinarySearch found/missing", l.BinarySearch(5) + " " + l.BinarySearch(50) + " " + ~l.BinarySearch(50) + " " + l.BinarySearch(-5), "10 -18 17 -1");
        l.Reverse();
        l.Reverse(0, 3);
        Check(9, "Reverse + range reverse", J(l), "[8,9,99,7,7,6,6,5,4,3,3,3,2,2,1,0,0,-1]");
        int[] arr = new int[20];
        l.CopyTo(arr, 2);
        Check(10, "CopyTo offset", arr[1] + " " + arr[2] + " " + arr[18] + " " + arr[19], "0 8 0 -1");
        var words = new List<string> { "pear", "Apple", "fig", "apple", "Fig" };
        words.Sort(StringComparer.Ordinal);
        Check(11, "ordinal string sort", J(words), "[Apple,Fig,apple,fig,pear]");
        var withNulls = new List<string?> { "b", null, "a" };
        Check(12, "nulls", withNulls.IndexOf(null) + " " + withNulls.Contains(null) + " " + withNulls.Count, "1 True 3");
        var pts = new List<(int X, int Y)> { (1, 2), (3, 4) };
        var p = pts[1]; p.X = 100;
        Check(13, "struct elements are copies", pts[1].X + " " + p.X, "3 100");
        l.Clear();
        Check(14, "Clear keeps capacity", l.Count + " " + l.Capacity, "0 32");
        Check(15, "ToArray length/types", l.ToArray().Length + " " + new List<long> { 1 }.ToArray().GetType().Name, "0 Int64[]");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
capacity growth = 0,4,4,4,4,8,8,8,8,16,16,16,16,16,16,16,16,32
contents = [0,3,6,2,5,1,4,0,3,6,2,5,1,4,0,3,6]
IndexOf/LastIndexOf/Contains = 2 16 9 -1 True
after edits = [-1,3,2,5,1,4,0,3,6,2,0,3,6,99] count 14
InsertRange/AddRange = [-1,3,7,7,2,5,1,4,0,3,6,2,0,3,6,99,8,9]
GetRange = [7,2,5,1]
Sort = [-1,0,0,1,2,2,3,3,3,4,5,6,6,7,7,8,9,99]
BinarySearch found/missing = 10 -18 17 -1
Reverse + range reverse = [8,9,99,7,7,6,6,5,4,3,3,3,2,2,1,0,0,-1]
CopyTo offset = 0 8 0 -1
ordinal string sort = [Apple,Fig,apple,fig,pear]
nulls = 1 True 3
struct elements are copies = 3 100
Clear keeps capacity = 0 32
ToArray length/types = 0 Int64[]
PASS
--- stderr
*/

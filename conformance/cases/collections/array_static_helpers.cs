// collections/array_static_helpers: Array.Copy (between arrays, overlapping forward and
// backward within one array, with widening int->long), IndexOf/LastIndexOf with ranges,
// Reverse (full and range), Resize (grow, shrink, from null), Fill (full and range),
// Array.Empty<T> identity, Clear (range), Clone (shallow), CopyTo, ConstrainedCopy.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string J<T>(T[]? a) => a == null ? "null" : "[" + string.Join(",", a) + "]";

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int[] src = { 1, 2, 3, 4, 5, 6, 7, 8 };
        int[] dst = new int[5];
        Array.Copy(src, 2, dst, 1, 3);
        Check(1, "Copy between arrays", J(dst), "[0,3,4,5,0]");
        int[] ov = (int[])src.Clone();
        Array.Copy(ov, 0, ov, 2, 5);
        Check(2, "overlapping copy forward", J(ov), "[1,2,1,2,3,4,5,8]");
        ov = (int[])src.Clone();
        Array.Copy(ov, 3, ov, 1, 5);
        Check(3, "overlapping copy backward", J(ov), "[1,4,5,6,7,8,7,8]");
        long[] wide = new long[3];
        Array.Copy(new int[] { -1, int.MaxValue, 7 }, wide, 3);
        Check(4, "widening copy int->long", J(wide), "[-1,2147483647,7]");
        object[] objs = new object[2];
        Array.Copy(new int[] { 4, 5 }, objs, 2);
        Check(5, "boxing copy int->object", J(objs) + " " + objs[0].GetType().Name, "[4,5] Int32");

        int[] rep = { 4, 1, 4, 2, 4, 3 };
        Check(6, "IndexOf/LastIndexOf", Array.IndexOf(rep, 4) + " " + Array.IndexOf(rep, 4, 1) + " " + Array.LastIndexOf(rep, 4) + " " + Array.LastIndexOf(rep, 4, 3) + " " + Array.IndexOf(rep, 9) + " " + Array.IndexOf(rep, 4, 3, 1),
            "0 2 4 2 -1 -1");
        string?[] sn = { "a", null, "b" };
        Check(7, "IndexOf null / string", Array.IndexOf(sn, null) + " " + Array.IndexOf(sn, "b"), "1 2");

        int[] rv = (int[])src.Clone();
        Array.Reverse(rv);
        int[] rv2 = (int[])src.Clone();
        Array.Reverse(rv2, 2, 4);
        Check(8, "Reverse full/range", J(rv) + " " + J(rv2), "[8,7,6,5,4,3,2,1] [1,2,6,5,4,3,7,8]");

        int[]? rs = null;
        Array.Resize(ref rs, 2);
        int[] grow = { 1, 2 };
        int[] before = grow;
        Array.Resize(ref grow, 4);
        int[] shrink = { 1, 2, 3 };
        Array.Resize(ref shrink, 1);
        Check(9, "Resize null/grow/shrink", J(rs) + " " + J(grow) + " " + ReferenceEquals(before, grow) + " " + J(shrink), "[0,0] [1,2,0,0] False [1]");

        int[] fill = new int[6];
        Array.Fill(fill, 7);
        Array.Fill(fill, -1, 1, 2);
        Check(10, "Fill", J(fill), "[7,-1,-1,7,7,7]");
        Check(11, "Empty identity", ReferenceEquals(Array.Empty<string>(), Array.Empty<string>()) + " " + Array.Empty<int>().Length + " " + ReferenceEquals(Array.Empty<int>(), Array.Empty<uint>()), "True 0 False");

        string[] strs = { "a", "b", "c", "d" };
        Array.Clear(strs, 1, 2);
        Check(12, "Clear range", "[" + string.Join(",", strs[0], strs[1] ?? "null", strs[2] ?? "null", strs[3]) + "]", "[a,null,null,d]");
        int[][] jag = { new[] { 1 }, new[] { 2 } };
        int[][] shallow = (int[][])jag.Clone();
        shallow[0][0] = 100;
        shallow[1] = new[] { 200 };
        Check(13, "Clone is shallow", jag[0][0] + " " + jag[1][0], "100 2");
        int[] target = new int[6];
        src.AsSpan(0, 3).CopyTo(target.AsSpan(3));
        new[] { 9, 9 }.CopyTo(target, 0);
        Array.ConstrainedCopy(src, 7, target, 2, 1);
        Check(14, "CopyTo/ConstrainedCopy", J(target), "[9,9,8,1,2,3]");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
Copy between arrays = [0,3,4,5,0]
overlapping copy forward = [1,2,1,2,3,4,5,8]
overlapping copy backward = [1,4,5,6,7,8,7,8]
widening copy int->long = [-1,2147483647,7]
boxing copy int->object = [4,5] Int32
IndexOf/LastIndexOf = 0 2 4 2 -1 -1
IndexOf null / string = 1 2
Reverse full/range = [8,7,6,5,4,3,2,1] [1,2,6,5,4,3,7,8]
Resize null/grow/shrink = [0,0] [1,2,0,0] False [1]
Fill = [7,-1,-1,7,7,7]
Empty identity = True 0 False
Clear range = [a,null,null,d]
Clone is shallow = 100 2
CopyTo/ConstrainedCopy = [9,9,8,1,2,3]
PASS
--- stderr
*/

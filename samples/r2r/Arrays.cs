// Arrays: single-dimensional zero-based arrays of primitives, references and structs;
// multi-dimensional (rank 2 and 3) and jagged arrays; covariance and its store check;
// bounds checks; Array methods (Sort, BinarySearch, Copy, Resize, IndexOf, Clear);
// arrays of generic types; and a non-zero lower bound array.
using System;
using System.Collections.Generic;

static class Arrays
{
    static long Trace(int[,] m)
    {
        long t = 0;
        for (int i = 0; i < Math.Min(m.GetLength(0), m.GetLength(1)); i++) t += m[i, i];
        return t;
    }

    public static void Run()
    {
        int[] ints = new int[10];
        for (int i = 0; i < ints.Length; i++) ints[i] = (i * 7) % 10;
        Check.Eq("int[] contents", string.Join("", ints), "0741852963");
        Array.Sort(ints);
        Check.Eq("Array.Sort", string.Join("", ints), "0123456789");
        Check.Eq("Array.BinarySearch", Array.BinarySearch(ints, 6), 6);
        Check.Eq("Array.IndexOf", Array.IndexOf(new[] { "x", "y", "z" }, "z"), 2);

        string[] names = { "b", "a", "c" };
        object[] covariant = names;
        string store;
        try { covariant[0] = 42; store = "stored"; }
        catch (ArrayTypeMismatchException) { store = "ArrayTypeMismatchException"; }
        Check.Eq("covariant array store check", store, "ArrayTypeMismatchException");
        covariant[0] = "ok";
        Check.Eq("covariant store of right type", names[0], "ok");

        var points = new (int X, int Y)[4];
        for (int i = 0; i < points.Length; i++) points[i] = (i, i * i);
        Check.Eq("struct array", points[3].Y - points[3].X, 6);

        var matrix = new int[3, 4];
        for (int r = 0; r < 3; r++)
            for (int c = 0; c < 4; c++)
                matrix[r, c] = r * 10 + c;
        Check.Eq("rank-2 Length/Rank", matrix.Length + "/" + matrix.Rank, "12/2");
        Check.Eq("rank-2 element", matrix[2, 3], 23);
        Check.Eq("rank-2 trace", Trace(matrix), 33L);
        var cube = new double[2, 3, 4];
        cube[1, 2, 3] = 1.5;
        cube[0, 0, 0] = -1;
        double cubeSum = 0;
        foreach (double d in cube) cubeSum += d;
        Check.Eq("rank-3 enumeration", cubeSum, 0.5);
        Check.Eq("rank-3 GetLength(2)", cube.GetLength(2), 4);
        var strMatrix = new string[2, 2] { { "a", "b" }, { "c", "d" } };
        Check.Eq("rank-2 of references", strMatrix[1, 0] + strMatrix[0, 1], "cb");

        int[][] jagged = new int[4][];
        for (int i = 0; i < jagged.Length; i++)
        {
            jagged[i] = new int[i + 1];
            jagged[i][i] = i;
        }
        Check.Eq("jagged", jagged[3].Length + jagged[3][3], 7);

        string bounds;
        try { matrix[3, 0] = 1; bounds = "no exception"; }
        catch (IndexOutOfRangeException) { bounds = "IndexOutOfRangeException"; }
        Check.Eq("rank-2 bounds check", bounds, "IndexOutOfRangeException");

        var resized = new[] { 1, 2, 3 };
        Array.Resize(ref resized, 5);
        Check.Eq("Array.Resize", resized.Length + resized[2] + resized[4], 8);
        var copy = new long[6];
        Array.Copy(new long[] { 9, 8, 7 }, 0, copy, 2, 3);
        Check.Eq("Array.Copy", string.Join(",", copy), "0,0,9,8,7,0");
        Array.Clear(copy, 3, 2);
        Check.Eq("Array.Clear", string.Join(",", copy), "0,0,9,0,0,0");

        var lists = new List<int>[2];
        lists[0] = new List<int> { 1 };
        lists[1] = new List<int> { 2, 3 };
        Check.Eq("array of generic type", lists[0].Count + lists[1].Count, 3);

        var offset = Array.CreateInstance(typeof(int), new[] { 3 }, new[] { 5 });
        offset.SetValue(77, 6);
        Check.Eq("non-zero lower bound", offset.GetLowerBound(0) + "/" + offset.GetValue(6), "5/77");

        byte[] empty = Array.Empty<byte>();
        Check.Eq("empty array", empty.Length, 0);
        var big = new byte[100_000];
        big[^1] = 1;
        Check.Eq("index from end", big[99_999], (byte)1);
        Check.Eq("range slice", string.Join("", new[] { 1, 2, 3, 4, 5 }[1..^1]), "234");
    }
}

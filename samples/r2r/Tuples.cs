// ValueTuple: returned and passed by value, named elements, deconstruction (including
// user Deconstruct methods), equality and comparison, nesting, long tuples (TRest), tuples
// as generic arguments and dictionary keys, swaps.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

sealed class Person
{
    public string Name = "";
    public int Age;
    public void Deconstruct(out string name, out int age) { name = Name; age = Age; }
}

static class Tuples
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static (int Min, int Max, double Mean) Stats(int[] xs)
    {
        int min = int.MaxValue, max = int.MinValue;
        long sum = 0;
        foreach (int x in xs)
        {
            min = Math.Min(min, x);
            max = Math.Max(max, x);
            sum += x;
        }
        return (min, max, (double)sum / xs.Length);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static (string, (int, int)) Nest(string s, int a, int b) => (s, (b, a));

    [MethodImpl(MethodImplOptions.NoInlining)]
    static (long, long) DivRem(long a, long b) => (a / b, a % b);

    public static void Run()
    {
        var s = Stats(new[] { 4, -2, 9, 1 });
        Check.Eq("tuple return named", s.Min + "/" + s.Max + "/" + s.Mean, "-2/9/3");
        var (q, r) = DivRem(47, 5);
        Check.Eq("deconstruct", q * 10 + r, 92L);
        var (name, age) = new Person { Name = "Ada", Age = 36 };
        Check.Eq("user Deconstruct", name + age, "Ada36");
        var n = Nest("x", 1, 2);
        Check.Eq("nested tuple", n.Item1 + n.Item2.Item1 + n.Item2.Item2, "x21");
        Check.Eq("tuple ToString", (1, "a", 2.5).ToString(), "(1, a, 2.5)");
        Check.Eq("tuple ==", (1, "a") == (1, "a"), true);
        Check.Eq("tuple Equals", (1, 2).Equals((1, 3)), false);
        Check.Eq("tuple CompareTo", (1, 5).CompareTo((2, 0)) < 0, true);
        var big = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        Check.Eq("10-tuple (TRest)", big.Item8 + big.Item10 + big.Rest.Item1, 26);
        int a = 1, b = 2;
        (a, b) = (b, a);
        Check.Eq("swap", a * 10 + b, 21);
        var keyed = new Dictionary<(int, string), double> { [(1, "x")] = 0.5, [(2, "y")] = 1.5 };
        Check.Eq("tuple dictionary key", keyed[(2, "y")], 1.5);
        var list = new List<(string Word, int Len)>();
        foreach (var w in new[] { "tuple", "of", "words" }) list.Add((w, w.Length));
        list.Sort((x, y) => x.Len != y.Len ? x.Len.CompareTo(y.Len) : string.CompareOrdinal(x.Word, y.Word));
        Check.Eq("List<(string,int)> sorted", string.Join(" ", list), "(of, 2) (tuple, 5) (words, 5)");
        (double X, double Y) point = (3, 4);
        Check.Eq("tuple of doubles", Math.Sqrt(point.X * point.X + point.Y * point.Y), 5.0);
        Check.Eq("sizeof (byte, long) tuple", Unsafe.SizeOf<(byte, long)>(), 16);
    }
}

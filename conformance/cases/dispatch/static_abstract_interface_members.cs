// dispatch/static_abstract_interface_members: static abstract / static virtual interface
// members (C# 11) resolved through constrained calls on type parameters: operators, factory
// methods, static properties, and a default static virtual implementation.
using System;
using System.Globalization;

interface IMonoid<T> where T : IMonoid<T>
{
    static abstract T Zero { get; }
    static abstract T operator +(T a, T b);
    static virtual string Label() => "monoid";
}

struct IntSum : IMonoid<IntSum>
{
    public int V;
    public static IntSum Zero => new IntSum { V = 0 };
    public static IntSum operator +(IntSum a, IntSum b) => new IntSum { V = a.V + b.V };
    public override string ToString() => "sum" + V;
}

class StrCat : IMonoid<StrCat>
{
    public string S = "";
    public static StrCat Zero => new StrCat();
    public static StrCat operator +(StrCat a, StrCat b) => new StrCat { S = a.S + b.S };
    public static string Label() => "concat";
    public override string ToString() => "'" + S + "'";
}

interface IFactory<TSelf> where TSelf : IFactory<TSelf> { static abstract TSelf Create(int seed); int Seed { get; } }
struct Widget : IFactory<Widget> { public int Seed { get; set; } public static Widget Create(int s) => new Widget { Seed = s * 2 }; }

static class Program
{
    static int failed;
    static void Check(int id, string actual, string expected)
    {
        Console.WriteLine(id + ": " + actual);
        if (actual != expected) { Console.WriteLine("FAIL check " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static T Fold<T>(T[] xs) where T : IMonoid<T>
    {
        T acc = T.Zero;
        foreach (T x in xs) acc = acc + x;
        return acc;
    }
    static string LabelOf<T>() where T : IMonoid<T> => T.Label();
    static int MakeSum<T>(int n) where T : IFactory<T> { int s = 0; for (int i = 1; i <= n; i++) s += T.Create(i).Seed; return s; }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var ints = new[] { new IntSum { V = 1 }, new IntSum { V = 20 }, new IntSum { V = 300 } };
        var strs = new[] { new StrCat { S = "a" }, new StrCat { S = "bc" }, new StrCat { S = "" }, new StrCat { S = "d" } };
        Check(1, Fold(ints).ToString(), "sum321");
        Check(2, Fold(strs).ToString(), "'abcd'");
        Check(3, Fold(new IntSum[0]).ToString() + " " + Fold(new StrCat[0]), "sum0 ''");
        Check(4, LabelOf<IntSum>() + " " + LabelOf<StrCat>(), "monoid concat");
        Check(5, MakeSum<Widget>(4).ToString(), "20");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
1: sum321
2: 'abcd'
3: sum0 ''
4: monoid concat
5: 20
PASS
--- stderr
*/

// generics/constraints_and_generic_methods: type inference, new() / struct / class /
// interface constraints, IComparable<T> via constrained calls, generic methods on generic
// types, and explicit instantiation with several type arguments.
using System;
using System.Globalization;
using System.Collections.Generic;

struct Money : IComparable<Money>
{
    public int Cents;
    public Money(int c) { Cents = c; }
    public int CompareTo(Money o) => Cents.CompareTo(o.Cents);
    public override string ToString() => Cents / 100 + "." + (Cents % 100).ToString("00");
}

class Counter { public int N = 10; public Counter() { N = 11; } }

static class Algo
{
    public static T Max<T>(T[] xs) where T : IComparable<T>
    {
        T best = xs[0];
        for (int i = 1; i < xs.Length; i++) if (xs[i].CompareTo(best) > 0) best = xs[i];
        return best;
    }
    public static T Make<T>() where T : new() => new T();
    public static bool IsNull<T>(T? x) where T : class => x == null;
    public static T OrDefault<T>(T? x, T fallback) where T : struct => x ?? fallback;
    public static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    public static (TB, TA) Flip<TA, TB>(TA a, TB b) => (b, a);
    public static TOut Convert<TIn, TOut>(TIn x, Func2<TIn, TOut> f) => f.Apply(x);
    public static int CountWhere<T, TPred>(List<T> xs, TPred p) where TPred : struct, IPred<T>
    {
        int n = 0;
        foreach (T x in xs) if (p.Test(x)) n++;
        return n;
    }
}

interface Func2<TIn, TOut> { TOut Apply(TIn x); }
class Stringify : Func2<int, string> { public string Apply(int x) => "<" + x + ">"; }
interface IPred<T> { bool Test(T x); }
struct IsEven : IPred<int> { public bool Test(int x) => (x & 1) == 0; }
struct LongerThan : IPred<string> { public int N; public bool Test(string s) => s.Length > N; }

class Pair<TA, TB>
{
    public TA A; public TB B;
    public Pair(TA a, TB b) { A = a; B = b; }
    public Pair<TB, TC> Shift<TC>(TC c) => new Pair<TB, TC>(B, c);
    public override string ToString() => "Pair<" + typeof(TA).Name + "," + typeof(TB).Name + ">(" + A + "," + B + ")";
}

static class Program
{
    static int failed;
    static void Check(int id, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL check " + id); if (failed == 0) failed = id; }
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int mi = Algo.Max(new[] { 3, 9, -2, 9, 4 });
        string ms = Algo.Max(new[] { "pear", "apple", "zoo", "fig" });
        Money mm = Algo.Max(new[] { new Money(150), new Money(2099), new Money(999) });
        double md = Algo.Max(new[] { 1.5, -0.0, 2.25 });
        Console.WriteLine("max " + mi + " " + ms + " " + mm + " " + md);
        Check(1, mi == 9 && ms == "zoo" && mm.Cents == 2099 && md == 2.25);

        Counter c = Algo.Make<Counter>();
        int zero = Algo.Make<int>();
        Money m0 = Algo.Make<Money>();
        Console.WriteLine("make " + c.N + " " + zero + " " + m0);
        Check(2, c.N == 11 && zero == 0 && m0.Cents == 0);

        Console.WriteLine("isnull " + Algo.IsNull<string>(null) + " " + Algo.IsNull("s") + " ordefault " + Algo.OrDefault<int>(null, 5) + " " + Algo.OrDefault<int>(3, 5));
        Check(3, Algo.IsNull<string>(null) && Algo.OrDefault<int>(null, 5) == 5);

        int x = 1, y = 2; Algo.Swap(ref x, ref y);
        string sa = "a", sb = "b"; Algo.Swap(ref sa, ref sb);
        Money ma = new Money(1), mb = new Money(2); Algo.Swap(ref ma, ref mb);
        Console.WriteLine("swap " + x + y + " " + sa + sb + " " + ma.Cents + mb.Cents);
        Check(4, x == 2 && sa == "b" && ma.Cents == 2);

        var f = Algo.Flip(1, "one");
        Console.WriteLine("flip " + f.Item1 + " " + f.Item2);
        Console.WriteLine("convert " + Algo.Convert(42, new Stringify()));
        Check(5, f.Item1 == "one" && Algo.Convert(42, new Stringify()) == "<42>");

        var nums = new List<int> { 1, 2, 3, 4, 5, 6, 8 };
        var words = new List<string> { "a", "abcd", "abc", "abcdef" };
        int evens = Algo.CountWhere(nums, new IsEven());
        int longer = Algo.CountWhere(words, new LongerThan { N = 2 });
        Console.WriteLine("countwhere " + evens + " " + longer);
        Check(6, evens == 4 && longer == 3);

        var p = new Pair<int, string>(1, "b");
        var q = p.Shift(2.5);
        var r = q.Shift<Money>(new Money(305));
        Console.WriteLine(p + " " + q + " " + r);
        Check(7, r.ToString() == "Pair<Double,Money>(2.5,3.05)");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
max 9 zoo 20.99 2.25
make 11 0 0.00
isnull True False ordefault 5 3
swap 21 ba 21
flip one 1
convert <42>
countwhere 4 3
Pair<Int32,String>(1,b) Pair<String,Double>(b,2.5) Pair<Double,Money>(2.5,3.05)
PASS
--- stderr
*/

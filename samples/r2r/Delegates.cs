// Delegates: static and instance (open over a class, closed over a boxed struct, to a
// virtual method), lambdas with closures that share and mutate captured variables, nested
// closures, multicast invocation lists, generic delegates, local functions, and function
// pointers (managed and unmanaged calling conventions).
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

delegate int BinaryOp(int a, int b);
delegate T Transformer<T>(T value);

class Accumulator
{
    public int Total;
    public int Add(int a, int b) { Total += a + b; return Total; }
    public virtual string Who() => "base";
}

sealed class DerivedAccumulator : Accumulator
{
    public override string Who() => "derived";
}

struct Offset
{
    public int By;
    public int Apply(int x) => x + By;
}

static class Delegates
{
    static int Mul(int a, int b) => a * b;

    static Func<int> Counter(int start, int step)
    {
        int current = start;
        return () => current += step;
    }

    static List<Func<int>> CaptureLoop()
    {
        var list = new List<Func<int>>();
        for (int i = 0; i < 3; i++)
        {
            int copy = i;
            list.Add(() => copy * 10);
        }
        return list;
    }

    static Func<int, Func<int, int>> Curry(BinaryOp op) => a => b => op(a, b);

    [UnmanagedCallersOnly]
    static int UnmanagedSquare(int x) => x * x;

    static int ManagedTwice(int x) => 2 * x;

    public static unsafe void Run()
    {
        BinaryOp mul = Mul;
        Check.Eq("static delegate", mul(6, 7), 42);

        var acc = new Accumulator();
        BinaryOp add = acc.Add;
        add(1, 2);
        add(3, 4);
        Check.Eq("instance delegate mutates target", acc.Total, 10);

        Func<string> who = new DerivedAccumulator().Who;
        Check.Eq("delegate to virtual method", who(), "derived");

        var offset = new Offset { By = 5 };
        Func<int, int> boxedStruct = offset.Apply;
        offset.By = 100; // the delegate closed over a boxed copy
        Check.Eq("delegate closed over boxed struct", boxedStruct(1), 6);

        var next = Counter(10, 5);
        next();
        next();
        Check.Eq("closure keeps state", next(), 25);
        var other = Counter(0, 1);
        Check.Eq("independent closures", other() + next(), 31);

        int shared = 0;
        Action inc = () => shared++;
        Func<int> read = () => shared;
        inc(); inc(); inc();
        Check.Eq("two lambdas share a captured local", read(), 3);

        var funcs = CaptureLoop();
        Check.Eq("per-iteration captures", funcs[0]() + funcs[1]() + funcs[2](), 30);
        Check.Eq("curried closures", Curry(mul)(3)(5), 15);

        var log = new List<string>();
        Action? multi = () => log.Add("a");
        multi += () => log.Add("b");
        multi += () => log.Add("c");
        multi -= () => log.Add("x"); // removing a different delegate is a no-op
        multi!();
        Check.Eq("multicast order", string.Join("", log), "abc");
        Check.Eq("invocation list length", multi!.GetInvocationList().Length, 3);
        Func<int>? lastWins = () => 1;
        lastWins += () => 2;
        Check.Eq("multicast returns last", lastWins!(), 2);

        Transformer<string> shout = s => s.ToUpperInvariant() + "!";
        Transformer<double> half = x => x / 2;
        Check.Eq("generic delegate <string>", shout("hey"), "HEY!");
        Check.Eq("generic delegate <double>", half(5), 2.5);

        int factor = 3;
        int Scale(int x) => x * factor;
        static int Negate(int x) => -x;
        factor = 4;
        Check.Eq("local function with capture", Scale(5), 20);
        Check.Eq("static local function", Negate(8), -8);

        Func<int, int> composed = x => Negate(Scale(x));
        Check.Eq("composed", composed(2), -8);

        delegate*<int, int> managedPtr = &ManagedTwice;
        Check.Eq("managed function pointer", managedPtr(21), 42);
        delegate* unmanaged<int, int> unmanagedPtr = &UnmanagedSquare;
        Check.Eq("unmanaged function pointer (reverse P/Invoke)", unmanagedPtr(9), 81);

        Predicate<int> even = n => n % 2 == 0;
        Check.Eq("List.FindAll with delegate", new List<int> { 1, 2, 3, 4, 5, 6 }.FindAll(even).Count, 3);
        Comparison<string> byLength = (a, b) => a.Length.CompareTo(b.Length);
        var words = new List<string> { "ccc", "a", "bb" };
        words.Sort(byLength);
        Check.Eq("List.Sort with Comparison", string.Join(",", words), "a,bb,ccc");
    }
}

// BubbleApp: uses BubbleLib's inlineable helpers, structs, generics (instantiated over its
// own types), virtual methods (including its own subclass of a library class), default
// interface methods and statics. Exits 100 when every check passes.
using System;
using System.Globalization;
using BubbleLib;

sealed class Square : Rect
{
    public Square(double side) : base(side, side) { }
    public override string Name => "square";
}

sealed class Greeter : IGreeter
{
    public string Greet(string name) => "hi " + name;
}

readonly struct Score : IComparable<Score>
{
    public readonly int Value;
    public Score(int value) { Value = value; }
    public int CompareTo(Score other) => Value.CompareTo(other.Value);
    public override string ToString() => "score " + Value;
}

static class App
{
    static int ok, failed;

    static void Eq<T>(string what, T actual, T expected)
    {
        bool good = Equals(actual, expected);
        if (good) ok++; else failed++;
        Console.WriteLine(what + " = " + actual + (good ? "" : "   <-- MISMATCH, expected " + expected));
    }

    static int Main()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int acc = 0;
        for (int i = 0; i < 100; i++) acc = MathUtil.Add(acc, MathUtil.Clamp(i, 10, 20));
        Eq("inlineable Add/Clamp", acc, 10 * 10 + (10 + 20) * 11 / 2 + 20 * 79);
        Eq("Square", MathUtil.Square(-12), 144L);
        Eq("const across assemblies", MathUtil.Answer, 42);
        Eq("static readonly array", MathUtil.Small[5], 8);

        var p = new Point(3, -4).Offset(1, 1);
        Eq("struct method", p.ToString(), "(4,-3)");
        Eq("struct property", p.ManhattanLength, 7);
        Eq("IEquatable<Point>", p.Equals(new Point(4, -3)), true);

        var scores = new Container<Score>();
        foreach (int v in new[] { 7, 3, 9, 1 }) scores.Add(new Score(v));
        Eq("Container<app struct>.Fold", scores.Fold(0, (s, x) => s + x.Value), 20);
        var names = scores.Map(s => s.ToString());
        Eq("Container<string> from Map", names.Get(2), "score 9");
        var pairs = scores.Map(s => new Pair<Score, Point>(s, new Point(s.Value, 0)));
        Eq("Pair<app, lib> instantiation", pairs.Get(0).ToString(), "<score 7|(7,0)>");
        var points = new Container<Point>();
        points.Add(new Point(1, 2));
        Eq("Container<Point>", points.Get(0).Y, 2);

        Shape[] shapes = { new Circle(1), new Rect(2, 3), new Square(2) };
        double total = 0;
        foreach (var s in shapes) total += s.Area();
        Eq("virtual Area across assemblies", Math.Round(total, 4), 13.1416);
        Eq("app override of lib virtual", shapes[2].Describe(), "square of area 4.00");
        Eq("lib non-virtual calling virtual", shapes[0].Describe(), "circle of area 3.14");

        IGreeter g = new Greeter();
        Eq("default interface method from lib", g.Polite("Ada"), "Dear hi Ada");

        var arr = new[] { new Score(5), new Score(2), new Score(8), new Score(1) };
        Algorithms.InsertionSort(arr);
        Eq("generic method over app struct", string.Join(",", Array.ConvertAll(arr, s => s.Value)), "1,2,5,8");
        Eq("Max<Score>", Algorithms.Max<Score>(arr).Value, 8);
        Eq("Max<int>", Algorithms.Max<int>(new[] { 3, 11, 4 }), 11);
        Eq("Max<string>", Algorithms.Max<string>(new[] { "b", "c", "a" }), "c");

        Registry.Register("app");
        Eq("lib static ctor + statics", string.Join("+", Registry.Names) + " v" + Registry.Version, "lib+app v3");

        Console.WriteLine("BubbleApp: " + ok + " checks ok, " + failed + " failed");
        return failed == 0 ? 100 : 1;
    }
}

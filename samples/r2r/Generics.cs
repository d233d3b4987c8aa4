// Generic types and methods over reference and value types, with constraints, per-
// instantiation statics, shared (canonical) code for reference types and generic interfaces.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

interface IShape
{
    double Area { get; }
}

sealed class Square : IShape, IComparable<Square>
{
    public readonly double Side;
    public Square(double side) { Side = side; }
    public Square() : this(1) { }
    public double Area => Side * Side;
    public int CompareTo(Square? other) => other is null ? 1 : Side.CompareTo(other.Side);
    public override string ToString() => "Square(" + Side + ")";
}

struct Meters : IComparable<Meters>
{
    public int Value;
    public Meters(int value) { Value = value; }
    public int CompareTo(Meters other) => Value.CompareTo(other.Value);
    public override string ToString() => Value + "m";
}

/// A growable list, written out so that its code is compiled per instantiation.
sealed class Bag<T>
{
    T[] items = new T[2];
    public int Count { get; private set; }

    public static int Instances; // one per closed type

    public Bag() { Instances++; }

    public void Add(T item)
    {
        if (Count == items.Length)
            Array.Resize(ref items, items.Length * 2);
        items[Count++] = item;
    }

    public T this[int index] => (uint)index < (uint)Count ? items[index] : throw new IndexOutOfRangeException();

    public TResult Fold<TResult>(TResult seed, Func<TResult, T, TResult> step)
    {
        TResult acc = seed;
        for (int i = 0; i < Count; i++)
            acc = step(acc, items[i]);
        return acc;
    }

    public Bag<TOut> Map<TOut>(Func<T, TOut> f)
    {
        var result = new Bag<TOut>();
        for (int i = 0; i < Count; i++)
            result.Add(f(items[i]));
        return result;
    }
}

readonly struct Pair<TFirst, TSecond>
{
    public readonly TFirst First;
    public readonly TSecond Second;
    public Pair(TFirst first, TSecond second) { First = first; Second = second; }
    public Pair<TSecond, TFirst> Swap() => new(Second, First);
    public override string ToString() => "(" + First + ", " + Second + ")";
}

interface IProducer<out T>
{
    T Produce();
}

sealed class Constant<T> : IProducer<T>
{
    readonly T value;
    public Constant(T value) { this.value = value; }
    public T Produce() => value;
}

static class Generics
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static T Max<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) >= 0 ? a : b;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static T MaxOf<T>(IReadOnlyList<T> xs) where T : IComparable<T>
    {
        T best = xs[0];
        for (int i = 1; i < xs.Count; i++)
            best = Max(best, xs[i]);
        return best;
    }

    static T Make<T>() where T : new() => new T();

    static string Kind<T>() => typeof(T).IsValueType ? "value:" + typeof(T).Name : "ref:" + typeof(T).Name;

    static bool IsDefault<T>(T value) => EqualityComparer<T>.Default.Equals(value, default!);

    static T? FirstOrNull<T>(T[] xs) where T : class => xs.Length > 0 ? xs[0] : null;

    static T? FirstOrNullable<T>(T[] xs) where T : struct => xs.Length > 0 ? xs[0] : null;

    static unsafe int SizeOf<T>() where T : unmanaged => sizeof(T);

    static double TotalArea<T>(IEnumerable<T> shapes) where T : IShape
    {
        double sum = 0;
        foreach (var s in shapes)
            sum += s.Area;
        return sum;
    }

    public static void Run()
    {
        Check.Eq("Max<int>", Max(3, 7), 7);
        Check.Eq("Max<string>", Max("pear", "apple"), "pear");
        Check.Eq("Max<Meters>", Max(new Meters(5), new Meters(2)).Value, 5);
        Check.Eq("MaxOf<Square>", MaxOf(new[] { new Square(2), new Square(5), new Square(3) }).Side, 5.0);
        Check.Eq("MaxOf<long>", MaxOf(new List<long> { 4, -1, 99, 7 }), 99L);

        var ints = new Bag<int>();
        for (int i = 1; i <= 10; i++) ints.Add(i * i);
        Check.Eq("Bag<int>.Count", ints.Count, 10);
        Check.Eq("Bag<int>.Fold", ints.Fold(0L, (acc, x) => acc + x), 385L);
        var strs = ints.Map(x => "#" + x);
        Check.Eq("Bag<string>[3]", strs[3], "#16");
        var pairs = strs.Map(s => new Pair<string, int>(s, s.Length));
        Check.Eq("Bag<Pair<string,int>>[9]", pairs[9].ToString(), "(#100, 4)");
        Check.Eq("Pair.Swap", pairs[9].Swap().ToString(), "(4, #100)");
        var metres = new Bag<Meters>();
        metres.Add(new Meters(3));
        metres.Add(new Meters(4));
        Check.Eq("Bag<Meters>.Fold", metres.Fold(0, (acc, m) => acc + m.Value), 7);
        Check.Eq("Bag<int>.Instances", Bag<int>.Instances, 1);
        Check.Eq("Bag<string>.Instances", Bag<string>.Instances, 1);
        Check.Eq("Bag<Pair<string,int>>.Instances", Bag<Pair<string, int>>.Instances, 1);
        Check.Eq("Bag<Meters>.Instances", Bag<Meters>.Instances, 1);

        Check.Eq("Make<Square>", Make<Square>().Side, 1.0);
        Check.Eq("Make<Meters>", Make<Meters>().Value, 0);
        Check.Eq("Kind<int>", Kind<int>(), "value:Int32");
        Check.Eq("Kind<string>", Kind<string>(), "ref:String");
        Check.Eq("IsDefault<int>(0)", IsDefault(0), true);
        Check.Eq("IsDefault<string>(x)", IsDefault("x"), false);
        Check.Eq("IsDefault<Pair>", IsDefault(new Pair<int, string>(1, null!)), false);
        Check.Eq("FirstOrNull", FirstOrNull(new[] { "a", "b" }), "a");
        Check.Eq("FirstOrNull(empty)", FirstOrNull(Array.Empty<string>()), null);
        Check.Eq("FirstOrNullable", FirstOrNullable(new[] { 42 }), 42);
        Check.Eq("FirstOrNullable(empty)", FirstOrNullable(Array.Empty<int>()).HasValue, false);
        Check.Eq("SizeOf<Pair<byte,long>>", SizeOf<Pair<byte, long>>(), 16);
        Check.Eq("SizeOf<Meters>", SizeOf<Meters>(), 4);
        Check.Eq("TotalArea<Square>", TotalArea(new[] { new Square(2), new Square(3) }), 13.0);

        IProducer<object> producer = new Constant<string>("covariant");
        Check.Eq("IProducer<object> from Constant<string>", producer.Produce(), (object)"covariant");
        var dict = new Dictionary<string, List<int>>();
        foreach (var word in new[] { "one", "two", "three", "four" })
        {
            if (!dict.TryGetValue(word.Substring(0, 1), out var list))
                dict[word.Substring(0, 1)] = list = new List<int>();
            list.Add(word.Length);
        }
        Check.Eq("Dictionary<string,List<int>>[t]", string.Join(",", dict["t"]), "3,5");
        Check.Eq("Dictionary.Count", dict.Count, 3);
    }
}

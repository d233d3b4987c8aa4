// BubbleLib: the library half of the two-assembly sample. Small methods here are inlining
// candidates for BubbleApp's code only when both are in one version bubble (--inputbubble or
// --composite); generic types here get instantiated over BubbleApp's types.
using System;
using System.Collections.Generic;

namespace BubbleLib;

public static class MathUtil
{
    public static int Add(int a, int b) => a + b;
    public static int Clamp(int value, int min, int max) => value < min ? min : value > max ? max : value;
    public static long Square(long x) => x * x;
    public const int Answer = 42;
    public static readonly int[] Small = { 1, 1, 2, 3, 5, 8 };
}

public struct Point : IEquatable<Point>
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public readonly Point Offset(int dx, int dy) => new(X + dx, Y + dy);
    public readonly int ManhattanLength => Math.Abs(X) + Math.Abs(Y);
    public readonly bool Equals(Point other) => X == other.X && Y == other.Y;
    public override readonly bool Equals(object? obj) => obj is Point p && Equals(p);
    public override readonly int GetHashCode() => X * 31 + Y;
    public override readonly string ToString() => "(" + X + "," + Y + ")";
}

public sealed class Container<T>
{
    readonly List<T> items = new();
    public int Count => items.Count;
    public void Add(T item) => items.Add(item);
    public T Get(int index) => items[index];
    public Container<TOut> Map<TOut>(Func<T, TOut> f)
    {
        var result = new Container<TOut>();
        foreach (var item in items) result.Add(f(item));
        return result;
    }
    public TAcc Fold<TAcc>(TAcc seed, Func<TAcc, T, TAcc> step)
    {
        foreach (var item in items) seed = step(seed, item);
        return seed;
    }
}

public readonly struct Pair<TA, TB>
{
    public readonly TA A;
    public readonly TB B;
    public Pair(TA a, TB b) { A = a; B = b; }
    public override string ToString() => "<" + A + "|" + B + ">";
}

public abstract class Shape
{
    public abstract double Area();
    public virtual string Name => "shape";
    public string Describe() => Name + " of area " + Area().ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class Circle : Shape
{
    public double Radius;
    public Circle(double r) { Radius = r; }
    public override double Area() => Math.PI * Radius * Radius;
    public override string Name => "circle";
}

public class Rect : Shape
{
    public double W, H;
    public Rect(double w, double h) { W = w; H = h; }
    public override double Area() => W * H;
    public override string Name => "rect";
}

public interface IGreeter
{
    string Greet(string name);
    string Polite(string name) => "Dear " + Greet(name);
}

public static class Algorithms
{
    public static T Max<T>(ReadOnlySpan<T> values) where T : IComparable<T>
    {
        T best = values[0];
        for (int i = 1; i < values.Length; i++)
            if (values[i].CompareTo(best) > 0) best = values[i];
        return best;
    }

    public static void InsertionSort<T>(T[] a) where T : IComparable<T>
    {
        for (int i = 1; i < a.Length; i++)
        {
            T key = a[i];
            int j = i - 1;
            while (j >= 0 && a[j].CompareTo(key) > 0) { a[j + 1] = a[j]; j--; }
            a[j + 1] = key;
        }
    }
}

public static class Registry
{
    public static readonly List<string> Names;
    public static int Version;
    static Registry()
    {
        Names = new List<string> { "lib" };
        Version = 3;
    }
    public static void Register(string name) => Names.Add(name);
}

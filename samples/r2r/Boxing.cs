// Boxing and unboxing: primitives, enums, structs (copy semantics, interface calls on the
// box), Nullable<T> (boxes to null or to the underlying value), unbox to nullable, type
// tests and pattern matching on boxed values, boxing inside generic code.
using System;
using System.Collections;
using System.Collections.Generic;

enum Color : byte { Red = 1, Green = 2, Blue = 4 }

[Flags]
enum Access { None = 0, Read = 1, Write = 2, Execute = 4 }

struct Counter : IComparable
{
    public int N;
    public void Inc() => N++;
    public int CompareTo(object? other) => other is Counter c ? N.CompareTo(c.N) : 1;
    public override string ToString() => "Counter(" + N + ")";
}

static class Boxing
{
    static string Describe(object? o) => o switch
    {
        null => "null",
        int i when i < 0 => "negative int",
        int i => "int " + i,
        long l => "long " + l,
        Color c => "color " + c,
        Counter { N: > 5 } => "big counter",
        Counter c => "counter " + c.N,
        string s => "string of " + s.Length,
        IEnumerable => "sequence",
        _ => o.GetType().Name,
    };

    static object BoxIt<T>(T value) => value!;

    static bool Same<T>(T a, T b) => a!.Equals(b);

    public static void Run()
    {
        object o = 42;
        Check.Eq("unbox int", (int)o + 1, 43);
        Check.Eq("boxed type", o.GetType().FullName, "System.Int32");
        object e = Color.Blue;
        Check.Eq("boxed enum ToString", e.ToString(), "Blue");
        Check.Eq("unbox enum to underlying", (byte)(Color)e, (byte)4);
        Check.Eq("flags ToString", (Access.Read | Access.Execute).ToString(), "Read, Execute");
        Check.Eq("HasFlag", (Access.Read | Access.Write).HasFlag(Access.Write), true);
        Check.Eq("Enum.Parse", (int)Enum.Parse<Access>("Write"), 2);

        var c = new Counter();
        object boxed = c;     // copy
        c.Inc();
        Check.Eq("box is a copy", ((Counter)boxed).N, 0);
        ((Counter)boxed).Inc(); // increments a temporary copy
        Check.Eq("unboxed temporary", ((Counter)boxed).N, 0);
        IComparable asInterface = c;
        Check.Eq("interface call on box", asInterface.CompareTo(new Counter { N = 0 }), 1);

        int? some = 5;
        int? none = null;
        object boxedSome = some;
        object? boxedNone = none;
        Check.Eq("boxed Nullable<int> is int", boxedSome.GetType().Name, "Int32");
        Check.Eq("boxed empty Nullable is null", boxedNone is null, true);
        Check.Eq("unbox to Nullable", ((int?)boxedSome).Value, 5);
        Check.Eq("unbox null to Nullable", ((int?)boxedNone).HasValue, false);
        Check.Eq("int? arithmetic lifts", (some + none).HasValue, false);

        Check.Eq("pattern: negative", Describe(-3), "negative int");
        Check.Eq("pattern: int", Describe(7), "int 7");
        Check.Eq("pattern: long", Describe(7L), "long 7");
        Check.Eq("pattern: enum", Describe(Color.Green), "color Green");
        Check.Eq("pattern: property", Describe(new Counter { N = 9 }), "big counter");
        Check.Eq("pattern: struct", Describe(new Counter { N = 2 }), "counter 2");
        Check.Eq("pattern: string", Describe("four"), "string of 4");
        Check.Eq("pattern: interface", Describe(new List<int>()), "sequence");
        Check.Eq("pattern: fallback", Describe(1.5), "Double");
        Check.Eq("pattern: null", Describe(null), "null");

        Check.Eq("generic box <double>", BoxIt(2.5).GetType().Name, "Double");
        Check.Eq("generic box <Counter>", BoxIt(new Counter { N = 3 }).ToString(), "Counter(3)");
        Check.Eq("generic Equals <int>", Same(3, 3), true);
        Check.Eq("generic Equals <Color>", Same(Color.Red, Color.Blue), false);
        var list = new ArrayList { 1, "two", 3.0, Color.Red };
        int ints = 0;
        foreach (var item in list) if (item is int) ints++;
        Check.Eq("ArrayList of boxes", ints + "/" + list.Count, "1/4");
        Check.Eq("boxed equality", Equals((object)5, (object)5) && !ReferenceEquals((object)5, (object)5), true);
        var dict = new Dictionary<object, string> { [1] = "int", [1L] = "long", ["1"] = "string" };
        Check.Eq("boxed keys of different types", dict.Count, 3);
    }
}

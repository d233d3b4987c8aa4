// collections/equality_and_comparer_defaults: EqualityComparer<T>.Default and
// Comparer<T>.Default over int, long, double (NaN, -0.0), string (equality; ordering only
// through StringComparer.Ordinal because Comparer<string>.Default is culture-aware), enums,
// Nullable<int> (null sorts first), custom IEquatable/IComparable structs and classes (the
// generic interfaces must be preferred over Equals(object)), and null handling.
using System;
using System.Globalization;
using System.Collections.Generic;

enum Level : byte { Low = 1, High = 200 }

struct Money : IEquatable<Money>, IComparable<Money>
{
    public static int EqCalls, CmpCalls;
    public long Cents;
    public bool Equals(Money o) { EqCalls++; return Cents == o.Cents; }
    public override bool Equals(object? o) => throw new InvalidOperationException("object Equals must not be used");
    public override int GetHashCode() => Cents.GetHashCode();
    public int CompareTo(Money o) { CmpCalls++; return Cents.CompareTo(o.Cents); }
}

sealed class Version2 : IEquatable<Version2>, IComparable<Version2>
{
    public int Major, Minor;
    public bool Equals(Version2? o) => o is not null && Major == o.Major && Minor == o.Minor;
    public override bool Equals(object? o) => Equals(o as Version2);
    public override int GetHashCode() => Major * 1000 + Minor;
    public int CompareTo(Version2? o) => o is null ? 1 : Major != o.Major ? Major.CompareTo(o.Major) : Minor.CompareTo(o.Minor);
}

static class Program
{
    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string Sgn(int x) => x < 0 ? "-" : x > 0 ? "+" : "0";
    static string Eq<T>(T a, T b) => EqualityComparer<T>.Default.Equals(a, b) ? "T" : "F";
    static string Cmp<T>(T a, T b) => Sgn(Comparer<T>.Default.Compare(a, b));

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Check(1, "int/long", Eq(1, 1) + Eq(1, 2) + Cmp(1, 2) + Cmp(5L, -5L) + Cmp(int.MinValue, int.MaxValue), "TF-+-");
        Check(2, "double", Eq(double.NaN, double.NaN) + Eq(-0.0, 0.0) + Cmp(double.NaN, double.NegativeInfinity) + Cmp(-0.0, 0.0) + Cmp(1.0, double.NaN), "TT-0+");
        Check(3, "string equality/null", Eq("ab", "a" + "b".ToString()) + Eq<string?>(null, null) + Eq<string?>("x", null) + Cmp<string?>(null, "a") + Cmp<string?>(null, null), "TTF-0");
        Check(4, "ordinal string comparer", Sgn(StringComparer.Ordinal.Compare("B", "a")) + Sgn(StringComparer.Ordinal.Compare("a", "B")) + Sgn(StringComparer.OrdinalIgnoreCase.Compare("b", "A")), "-++");
        Check(5, "enum", Eq(Level.Low, Level.Low) + Eq(Level.Low, Level.High) + Cmp(Level.High, Level.Low) + Cmp(Level.Low, (Level)0), "TF++");
        Check(6, "nullable", Eq<int?>(null, null) + Eq<int?>(1, null) + Eq<int?>(3, 3) + Cmp<int?>(null, int.MinValue) + Cmp<int?>(2, 1) + Cmp<int?>(null, null), "TFT-+0");
        var m1 = new Money { Cents = 100 };
        var m2 = new Money { Cents = 100 };
        var m3 = new Money { Cents = 5 };
        string moneyRes = Eq(m1, m2) + Eq(m1, m3) + Cmp(m1, m3) + Cmp(m3, m1) + Cmp(m1, m2);
        Check(7, "IEquatable/IComparable struct (no object Equals)", moneyRes + " eqCalls=" + Money.EqCalls + " cmpCalls=" + Money.CmpCalls, "TF+-0 eqCalls=2 cmpCalls=3");
        var v1 = new Version2 { Major = 1, Minor = 2 };
        var v2 = new Version2 { Major = 1, Minor = 10 };
        var v1b = new Version2 { Major = 1, Minor = 2 };
        Check(8, "class IEquatable/IComparable", Eq(v1, v1b) + Eq(v1, v2) + Eq<Version2?>(v1, null) + Cmp(v1, v2) + Cmp<Version2?>(null, v1) + Cmp<Version2?>(v1, null), "TFF--+");
        var dict = new Dictionary<Money, string> { [m1] = "hundred" };
        Check(9, "struct key lookup uses IEquatable", dict[m2] + " " + dict.ContainsKey(m3), "hundred False");
        Money[] arr = { new Money { Cents = 3 }, new Money { Cents = 1 }, new Money { Cents = 2 } };
        Array.Sort(arr);
        Check(10, "Array.Sort uses IComparable<T>", arr[0].Cents + "" + arr[1].Cents + arr[2].Cents, "123");
        Check(11, "Comparer<object> on boxed ints", Sgn(Comparer<object>.Default.Compare(2, 10)) + Sgn(Comparer<object?>.Default.Compare(null, 1)), "--");
        Check(12, "Default comparers are singletons", ReferenceEquals(EqualityComparer<int>.Default, EqualityComparer<int>.Default) + " " + ReferenceEquals(Comparer<string>.Default, Comparer<string>.Default), "True True");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
int/long = TF-+-
double = TT-0+
string equality/null = TTF-0
ordinal string comparer = -++
enum = TF++
nullable = TFT-+0
IEquatable/IComparable struct (no object Equals) = TF+-0 eqCalls=2 cmpCalls=3
class IEquatable/IComparable = TFF--+
struct key lookup uses IEquatable = hundred False
Array.Sort uses IComparable<T> = 123
Comparer<object> on boxed ints = --
Default comparers are singletons = True True
PASS
--- stderr
*/

// nullable/nullable_structs_and_generics: Nullable<T> of user structs (lifted user-defined
// operators, ?. member access), Nullable<T> in arrays/fields/generic code (T? for struct T),
// default(T?) , Nullable.GetUnderlyingType-free checks, Nullable.Compare/Equals, equality
// of two Nullable<S> without an == operator via Equals, and nullable in List.
using System;
using System.Globalization;
using System.Collections.Generic;

struct Vec
{
    public int X, Y;
    public static Vec operator +(Vec a, Vec b) => new Vec { X = a.X + b.X, Y = a.Y + b.Y };
    public static bool operator ==(Vec a, Vec b) => a.X == b.X && a.Y == b.Y;
    public static bool operator !=(Vec a, Vec b) => !(a == b);
    public override bool Equals(object? o) => o is Vec v && v == this;
    public override int GetHashCode() => X ^ Y;
    public int Len2 => X * X + Y * Y;
    public override string ToString() => "<" + X + "," + Y + ">";
}

class Holder { public Vec? Maybe; public int?[] Slots = new int?[3]; }

static class Program
{
    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string Describe<T>(T? v) where T : struct => v.HasValue ? "some " + v.Value : "none";
    static T? FirstPositive<T>(T[] xs) where T : struct, IComparable<T>
    {
        foreach (T x in xs) if (x.CompareTo(default) > 0) return x;
        return null;
    }
    static T? Default<T>() where T : struct => default;

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Vec? a = new Vec { X = 1, Y = 2 }, b = new Vec { X = 10, Y = 20 }, n = null;
        Check(1, "lifted user operator +", (a + b)?.ToString() + " " + ((a + n).HasValue ? "value" : "null"), "<11,22> null");
        Check(2, "lifted user ==", (a == new Vec { X = 1, Y = 2 }) + " " + (a == n) + " " + (n == null) + " " + (a != b), "True False True True");
        Check(3, "?. on nullable struct", a?.Len2 + " " + (n?.Len2 == null), "5 True");
        var h = new Holder();
        h.Slots[1] = 7;
        h.Maybe = a;
        Check(4, "fields and arrays", Describe(h.Maybe) + " " + Describe(h.Slots[0]) + " " + Describe(h.Slots[1]), "some <1,2> none some 7");
        Check(5, "generic T?", Describe(FirstPositive(new[] { -1, 0, 3, 4 })) + " " + Describe(FirstPositive(new[] { -1.5 })) + " " + Describe(Default<long>()), "some 3 none none");
        Check(6, "Nullable.Compare/Equals", Nullable.Compare<int>(null, 1) + " " + Nullable.Compare<int>(2, 1) + " " + Nullable.Equals<int>(null, null) + " " + Nullable.Equals<int>(1, null), "-1 1 True False");
        var list = new List<double?> { 1.5, null, -2 };
        string ls = "";
        foreach (double? v in list) ls += (v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null") + " ";
        Check(7, "List<double?>", ls.TrimEnd() + " indexOf(null)=" + list.IndexOf(null), "1.5 null -2 indexOf(null)=1");
        Vec? copy = a;
        Vec tmp = copy.Value; tmp.X = 100;
        Check(8, "Value is a copy", a.Value.X + " " + tmp.X, "1 100");
        Check(9, "Nullable<Vec> Equals", a.Equals(new Vec { X = 1, Y = 2 }) + " " + n.Equals(null) + " " + a.GetHashCode().Equals(new Vec { X = 1, Y = 2 }.GetHashCode()), "True True True");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
lifted user operator + = <11,22> null
lifted user == = True False True True
?. on nullable struct = 5 True
fields and arrays = some <1,2> none some 7
generic T? = some 3 none none
Nullable.Compare/Equals = -1 1 True False
List<double?> = 1.5 null -2 indexOf(null)=1
Value is a copy = 1 100
Nullable<Vec> Equals = True True True
PASS
--- stderr
*/

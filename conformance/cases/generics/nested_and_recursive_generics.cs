// generics/nested_and_recursive_generics: nested generic types, generic type names via
// typeof().ToString(), recursive instantiation (Wrap<Wrap<...>>), curiously recurring
// generics, and generic structs holding references.
using System;
using System.Globalization;
using System.Collections.Generic;

class Outer<T>
{
    public class Inner<U>
    {
        public T First = default!; public U Second = default!;
        public string Show() => typeof(T).Name + "/" + typeof(U).Name + ":" + First + "," + Second;
    }
    public struct Node { public T Value; public int Next; }
}

abstract class Shape<TSelf> where TSelf : Shape<TSelf>, new()
{
    public int Id;
    public static TSelf Create(int id) { var s = new TSelf(); s.Id = id; return s; }
    public abstract string Name { get; }
}
class Square : Shape<Square> { public override string Name => "square#" + Id; }

struct Slot<T> { public T Item; public string Tag; public Slot(T i, string t) { Item = i; Tag = t; } }

static class Program
{
    static int failed;
    static void Check(int id, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL check " + id); if (failed == 0) failed = id; }
    }

    static string Depth<T>(int n, T value)
    {
        if (n == 0) return typeof(T).ToString() + " = " + value;
        return Depth<List<T>>(n - 1, new List<T> { value });
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var inner = new Outer<int>.Inner<string> { First = 5, Second = "five" };
        Console.WriteLine(inner.Show());
        Console.WriteLine(typeof(Outer<int>.Inner<string>).ToString());
        Console.WriteLine(typeof(Outer<string>.Node).ToString());
        Console.WriteLine(typeof(Dictionary<string, List<int[]>>).ToString());
        Check(1, inner.Show() == "Int32/String:5,five");
        Check(2, typeof(Outer<int>.Inner<string>).Name == "Inner`1");

        var nodes = new Outer<string>.Node[3];
        for (int i = 0; i < 3; i++) { nodes[i].Value = "n" + i; nodes[i].Next = (i + 1) % 3; }
        int cur = 0; string walk = "";
        for (int k = 0; k < 5; k++) { walk += nodes[cur].Value; cur = nodes[cur].Next; }
        Console.WriteLine("walk " + walk);
        Check(3, walk == "n0n1n2n0n1");

        string d = Depth(3, 7);
        Console.WriteLine(d);
        Check(4, d.StartsWith("System.Collections.Generic.List`1[System.Collections.Generic.List`1[System.Collections.Generic.List`1[System.Int32]]]"));

        Square sq = Square.Create(12);
        Console.WriteLine(sq.Name + " " + sq.GetType().BaseType!.Name);
        Check(5, sq.Name == "square#12");

        var slots = new Slot<object>[2];
        slots[0] = new Slot<object>("str", "a");
        slots[1] = new Slot<object>(99, "b");
        var slotsI = new Slot<int>[] { new Slot<int>(1, "x"), new Slot<int>(2, "y") };
        Console.WriteLine("slots " + slots[0].Item + slots[0].Tag + slots[1].Item + slots[1].Tag + " " + slotsI[0].Item + slotsI[1].Tag);
        Check(6, (int)slots[1].Item == 99 && slotsI[1].Tag == "y");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
Int32/String:5,five
Outer`1+Inner`1[System.Int32,System.String]
Outer`1+Node[System.String]
System.Collections.Generic.Dictionary`2[System.String,System.Collections.Generic.List`1[System.Int32[]]]
walk n0n1n2n0n1
System.Collections.Generic.List`1[System.Collections.Generic.List`1[System.Collections.Generic.List`1[System.Int32]]] = System.Collections.Generic.List`1[System.Collections.Generic.List`1[System.Collections.Generic.List`1[System.Int32]]]
square#12 Shape`1
slots stra99b 1y
PASS
--- stderr
*/

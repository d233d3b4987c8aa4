// control/foreach_over_collections: foreach over arrays, multi-dim arrays, strings, List<T>,
// Dictionary<K,V> (insertion order), HashSet<int>, Queue/Stack, a custom pattern-based struct
// enumerator (no interface), IEnumerable<T> through the interface, and Span<T>; deconstruction
// of KeyValuePair in foreach.
using System;
using System.Globalization;
using System.Collections;
using System.Collections.Generic;

struct Range3
{
    public int Start;
    public Enumerator GetEnumerator() => new Enumerator { Cur = Start - 1, End = Start + 3 };
    public struct Enumerator { public int Cur, End; public bool MoveNext() => ++Cur < End; public int Current => Cur; }
}

class Evens : IEnumerable<int>
{
    readonly int max;
    public Evens(int m) { max = m; }
    public IEnumerator<int> GetEnumerator() => new E(max);
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    sealed class E : IEnumerator<int>
    {
        int cur = -2; readonly int max;
        public E(int m) { max = m; }
        public int Current => cur;
        object IEnumerator.Current => cur;
        public bool MoveNext() { cur += 2; return cur <= max; }
        public void Reset() => cur = -2;
        public void Dispose() { }
    }
}

static class Program
{
    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string Join<T>(IEnumerable<T> xs) { string s = ""; foreach (T x in xs) s += x + " "; return s.TrimEnd(); }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        string s = "";
        foreach (int x in new[] { 3, 1, 2 }) s += x;
        Check(1, "array", s, "312");
        s = "";
        foreach (int x in new int[,] { { 1, 2 }, { 3, 4 } }) s += x;
        Check(2, "md array", s, "1234");
        s = "";
        foreach (char c in "héllo") s += (int)c + ",";
        Check(3, "string chars", s, "104,233,108,108,111,");
        var list = new List<string> { "a", "b", "c" };
        list.Insert(1, "z");
        s = "";
        foreach (string x in list) s += x;
        Check(4, "List", s, "azbc");
        var dict = new Dictionary<string, int> { ["one"] = 1, ["two"] = 2, ["three"] = 3 };
        dict["zero"] = 0;
        s = "";
        foreach (var (k, v) in dict) s += k + "=" + v + " ";
        Check(5, "Dictionary deconstruct", s.TrimEnd(), "one=1 two=2 three=3 zero=0");
        var hs = new HashSet<int> { 5, 3, 9, 3, 1 };
        Check(6, "HashSet<int>", Join(hs), "5 3 9 1");
        var q = new Queue<int>(); q.Enqueue(1); q.Enqueue(2); q.Enqueue(3); q.Dequeue(); q.Enqueue(4);
        var st = new Stack<int>(); st.Push(1); st.Push(2); st.Push(3);
        Check(7, "Queue / Stack", Join(q) + " / " + Join(st), "2 3 4 / 3 2 1");
        s = "";
        foreach (int x in new Range3 { Start = 10 }) s += x + " ";
        Check(8, "pattern struct enumerator", s.TrimEnd(), "10 11 12");
        Check(9, "IEnumerable<int> class", Join(new Evens(9)), "0 2 4 6 8");
        IEnumerable<int> viaInterface = new List<int> { 7, 8 };
        Check(10, "List via IEnumerable<T>", Join(viaInterface), "7 8");
        Span<int> span = stackalloc int[] { 4, 5, 6 };
        int total = 0;
        foreach (int x in span) total += x;
        Check(11, "Span", total.ToString(), "15");
        IEnumerable nonGeneric = new ArrayList { 1, "two", 3.5 };
        s = "";
        foreach (object o in nonGeneric) s += o.GetType().Name + " ";
        Check(12, "non-generic IEnumerable", s.TrimEnd(), "Int32 String Double");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
array = 312
md array = 1234
string chars = 104,233,108,108,111,
List = azbc
Dictionary deconstruct = one=1 two=2 three=3 zero=0
HashSet<int> = 5 3 9 1
Queue / Stack = 2 3 4 / 3 2 1
pattern struct enumerator = 10 11 12
IEnumerable<int> class = 0 2 4 6 8
List via IEnumerable<T> = 7 8
Span = 15
non-generic IEnumerable = Int32 String Double
PASS
--- stderr
*/

// collections/hashset_queue_stack: HashSet<int> Add/Remove/Contains and set algebra
// (UnionWith, IntersectWith, ExceptWith, SymmetricExceptWith, subset/superset/overlap/
// SetEquals) with enumeration order after removals; HashSet with a case-insensitive comparer;
// Queue<T> wrap-around of its circular buffer, Peek/TryDequeue; Stack<T> Push/Pop/TryPeek,
// ToArray orders, Contains.
using System;
using System.Globalization;
using System.Collections.Generic;

static class Program
{
    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string J<T>(IEnumerable<T> xs) => "{" + string.Join(",", xs) + "}";

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var a = new HashSet<int>();
        string adds = "";
        foreach (int x in new[] { 5, 1, 9, 5, 3, 1, 7 }) adds += a.Add(x) ? "+" : "=";
        Check(1, "Add results / order", adds + " " + J(a), "+++=+=+ {5,1,9,3,7}");
        a.Remove(1); a.Remove(9); a.Add(42); a.Add(-1);
        Check(2, "order after removals", J(a), "{5,-1,42,3,7}");
        var b = new HashSet<int> { 3, 4, 5, 6 };
        var u = new HashSet<int>(a); u.UnionWith(b);
        var i = new HashSet<int>(a); i.IntersectWith(b);
        var e = new HashSet<int>(a); e.ExceptWith(b);
        var s = new HashSet<int>(a); s.SymmetricExceptWith(b);
        Check(3, "union/intersect/except/symexcept", J(u) + " " + J(i) + " " + J(e) + " " + J(s), "{5,-1,42,3,7,4,6} {5,3} {-1,42,7} {6,-1,42,4,7}");
        var small = new HashSet<int> { 3, 5 };
        Check(4, "subset/superset/overlaps/setequals", small.IsSubsetOf(a) + " " + a.IsSupersetOf(small) + " " + small.IsProperSubsetOf(i) + " " + small.SetEquals(i) + " " + b.Overlaps(new[] { 100, 6 }),
            "True True False True True");
        var ci = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Apple", "APPLE", "banana", "Banana", "cherry" };
        Check(5, "case-insensitive set", J(ci) + " " + ci.Contains("CHERRY") + " " + ci.Count, "{Apple,banana,cherry} True 3");

        var q = new Queue<int>(4);
        for (int k = 1; k <= 3; k++) q.Enqueue(k);
        q.Dequeue(); q.Dequeue();
        for (int k = 4; k <= 8; k++) q.Enqueue(k);   // wraps around, then grows
        Check(6, "queue after wrap and growth", J(q) + " peek " + q.Peek() + " count " + q.Count, "{3,4,5,6,7,8} peek 3 count 6");
        string drained = "";
        while (q.TryDequeue(out int v)) drained += v;
        Check(7, "TryDequeue drain", drained + " " + q.TryPeek(out _), "345678 False");
        var qs = new Queue<string>(new[] { "x", "y" });
        qs.Enqueue("z");
        Check(8, "queue ToArray/Contains", J(qs.ToArray()) + " " + qs.Contains("y"), "{x,y,z} True");

        var st = new Stack<int>();
        for (int k = 1; k <= 5; k++) st.Push(k * k);
        int top = st.Pop(), next = st.Peek();
        Check(9, "stack pop/peek/order", top + " " + next + " " + J(st) + " " + J(st.ToArray()), "25 16 {16,9,4,1} {16,9,4,1}");
        var copy = new Stack<int>(st);
        Check(10, "stack from stack reverses", J(copy), "{1,4,9,16}");
        st.Clear();
        Check(11, "TryPop empty", st.TryPop(out int none) + " " + none + " " + st.Count, "False 0 0");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
Add results / order = +++=+=+ {5,1,9,3,7}
order after removals = {5,-1,42,3,7}
union/intersect/except/symexcept = {5,-1,42,3,7,4,6} {5,3} {-1,42,7} {6,-1,42,4,7}
subset/superset/overlaps/setequals = True True False True True
case-insensitive set = {Apple,banana,cherry} True 3
queue after wrap and growth = {3,4,5,6,7,8} peek 3 count 6
TryDequeue drain = 345678 False
queue ToArray/Contains = {x,y,z} True
stack pop/peek/order = 25 16 {16,9,4,1} {16,9,4,1}
stack from stack reverses = {1,4,9,16}
TryPop empty = False 0 0
PASS
--- stderr
*/

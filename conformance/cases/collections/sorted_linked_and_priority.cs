// collections/sorted_linked_and_priority: SortedDictionary / SortedList / SortedSet with int
// keys (ordered enumeration, Min/Max, range views), LinkedList<T> (AddFirst/AddLast/AddBefore/
// Remove/Find), PriorityQueue<TElement,TPriority> dequeue order incl. equal priorities
// (not FIFO; CoreCLR's heap order is the expectation), and KeyValuePair ToString/deconstruct.
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

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var sd = new SortedDictionary<int, string>();
        foreach (int k in new[] { 50, 10, 40, 20, 30, -5 }) sd[k] = "v" + k;
        sd.Remove(40);
        Check(1, "SortedDictionary order", string.Join(" ", sd.Keys) + " | " + string.Join(" ", sd.Values), "-5 10 20 30 50 | v-5 v10 v20 v30 v50");
        var sl = new SortedList<int, char> { [3] = 'c', [1] = 'a', [2] = 'b' };
        Check(2, "SortedList index access", sl.Keys[0] + "" + sl.Values[2] + " " + sl.IndexOfKey(2) + " " + sl.IndexOfValue('z'), "1c 1 -1");
        var ss = new SortedSet<int> { 9, 2, 7, 2, 5, 11 };
        var view = ss.GetViewBetween(3, 9);
        Check(3, "SortedSet min/max/view", ss.Min + " " + ss.Max + " " + string.Join(",", view) + " " + ss.Count, "2 11 5,7,9 5");

        var ll = new LinkedList<string>();
        ll.AddLast("b"); ll.AddFirst("a"); ll.AddLast("d");
        var nodeD = ll.Find("d")!;
        ll.AddBefore(nodeD, "c");
        ll.AddAfter(nodeD, "e");
        ll.Remove("a");
        ll.RemoveLast();
        string fwd = "", back = "";
        for (var n = ll.First; n != null; n = n.Next) fwd += n.Value;
        for (var n = ll.Last; n != null; n = n.Previous) back += n.Value;
        Check(4, "LinkedList", fwd + " " + back + " " + ll.Count + " " + (ll.Find("zz") == null), "bcd dcb 3 True");

        var pq = new PriorityQueue<string, int>();
        string[] names = { "p5a", "p1a", "p3a", "p1b", "p5b", "p3b", "p1c", "p2a", "p3c", "p2b" };
        foreach (string n in names) pq.Enqueue(n, n[1] - '0');
        string order = "";
        while (pq.TryDequeue(out string? e, out int pr)) order += e + " ";
        Console.WriteLine("PriorityQueue order (ties are not FIFO) = " + order.TrimEnd());
        var pq2 = new PriorityQueue<int, int>();
        pq2.EnqueueRange(new[] { (5, 5), (1, 1), (4, 4), (2, 2), (3, 3) });
        string o2 = "";
        while (pq2.Count > 0) o2 += pq2.Dequeue();
        Check(5, "PriorityQueue distinct priorities", o2 + " " + pq2.TryPeek(out _, out _), "12345 False");

        var kv = KeyValuePair.Create("key", 42);
        var (k2, v2) = kv;
        Check(6, "KeyValuePair", kv.ToString() + " " + k2 + v2 + " " + new KeyValuePair<int, string?>(1, null), "[key, 42] key42 [1, ]");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
SortedDictionary order = -5 10 20 30 50 | v-5 v10 v20 v30 v50
SortedList index access = 1c 1 -1
SortedSet min/max/view = 2 11 5,7,9 5
LinkedList = bcd dcb 3 True
PriorityQueue order (ties are not FIFO) = p1a p1c p1b p2a p2b p3a p3b p3c p5b p5a
PriorityQueue distinct priorities = 12345 False
KeyValuePair = [key, 42] key42 [1, ]
PASS
--- stderr
*/

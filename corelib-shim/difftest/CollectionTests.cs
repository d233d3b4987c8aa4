extern alias bcl;
// Differential tests: the shim's collections and sort against the real BCL (same operation sequences).
using System;
using System.Globalization;
using BclDict = bcl::System.Collections.Generic.Dictionary<string, int>;
using BclSet = bcl::System.Collections.Generic.HashSet<int>;

static partial class DiffTest
{
    static string Dump<TK, TV>(System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<TK, TV>> e)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var kv in e) sb.Append(kv.Key).Append('=').Append(kv.Value).Append(';');
        return sb.ToString();
    }

    static string DumpSeq<T>(System.Collections.Generic.IEnumerable<T> e)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var x in e) sb.Append(x).Append(',');
        return sb.ToString();
    }

    static void CollectionTests()
    {
        var rng = new bcl::System.Random(777);
        // ---- Dictionary: random operation sequences, compare enumeration order after every operation batch
        for (int run = 0; run < Scale(400); run++)
        {
            var mine = new System.Collections.Generic.Dictionary<string, int>(run % 3 == 0 ? 0 : rng.Next(0, 20));
            var real = new BclDict(mine.Capacity);
            int keySpace = rng.Next(3, 60);
            var log = new System.Text.StringBuilder();
            for (int op = 0; op < 200; op++)
            {
                string k = "k" + rng.Next(keySpace);
                int v = rng.Next(1000);
                int what = rng.Next(100);
                string r1, r2;
                if (what < 40) { r1 = Try(() => { mine.Add(k, v); return "ok"; }); r2 = Try(() => { real.Add(k, v); return "ok"; }); log.Append("Add ").Append(k).Append(';'); }
                else if (what < 55) { r1 = mine.TryAdd(k, v).ToString(); r2 = real.TryAdd(k, v).ToString(); log.Append("TryAdd ").Append(k).Append(';'); }
                else if (what < 80) { r1 = mine.Remove(k).ToString(); r2 = real.Remove(k).ToString(); log.Append("Remove ").Append(k).Append(';'); }
                else if (what < 92) { mine[k] = v; real[k] = v; r1 = r2 = ""; log.Append("Set ").Append(k).Append(';'); }
                else if (what < 94) { mine.Clear(); real.Clear(); r1 = r2 = ""; log.Append("Clear;"); }
                else if (what < 96) { mine.TrimExcess(); real.TrimExcess(); r1 = r2 = ""; log.Append("Trim;"); }
                else if (what < 98) { int c = rng.Next(100); r1 = mine.EnsureCapacity(c).ToString(); r2 = real.EnsureCapacity(c).ToString(); log.Append("Ensure;"); }
                else { r1 = Try(() => mine[k].ToString()); r2 = Try(() => real[k].ToString()); log.Append("Get ").Append(k).Append(';'); }
                if (r1 != r2 || (op % 10 == 9))
                {
                    Check("dictionary run " + run + " op " + op + " result", r2, r1);
                    Check("dictionary run " + run + " op " + op + " order", Dump(real) + "|" + real.Count + "|" + DumpSeq(real.Keys) + "|" + DumpSeq(real.Values),
                                                                          Dump(mine) + "|" + mine.Count + "|" + DumpSeq(mine.Keys) + "|" + DumpSeq(mine.Values));
                }
            }
        }
        // ---- HashSet
        for (int run = 0; run < Scale(400); run++)
        {
            var mine = new System.Collections.Generic.HashSet<int>();
            var real = new BclSet();
            int space = rng.Next(3, 80);
            for (int op = 0; op < 150; op++)
            {
                int what = rng.Next(100);
                int x = rng.Next(space);
                var other = new int[rng.Next(0, 12)];
                for (int i = 0; i < other.Length; i++) other[i] = rng.Next(space);
                string r1 = "", r2 = "";
                if (what < 45) { r1 = mine.Add(x).ToString(); r2 = real.Add(x).ToString(); }
                else if (what < 70) { r1 = mine.Remove(x).ToString(); r2 = real.Remove(x).ToString(); }
                else if (what < 76) { mine.UnionWith(other); real.UnionWith(other); }
                else if (what < 82) { mine.IntersectWith(other.Length > 6 ? (System.Collections.Generic.IEnumerable<int>)new System.Collections.Generic.HashSet<int>(other) : other); real.IntersectWith(other.Length > 6 ? (System.Collections.Generic.IEnumerable<int>)new BclSet(other) : other); }
                else if (what < 88) { mine.ExceptWith(other); real.ExceptWith(other); }
                else if (what < 93) { mine.SymmetricExceptWith(other); real.SymmetricExceptWith(other); }
                else if (what < 96) { r1 = mine.RemoveWhere(v => v % 3 == x % 3).ToString(); r2 = real.RemoveWhere(v => v % 3 == x % 3).ToString(); }
                else if (what < 98) { mine.TrimExcess(); real.TrimExcess(); }
                else { mine = new System.Collections.Generic.HashSet<int>(mine); real = new BclSet(real); }
                r1 += "|" + mine.Overlaps(other) + mine.IsSubsetOf(other) + mine.IsSupersetOf(other) + mine.SetEquals(other) + mine.Contains(x);
                r2 += "|" + real.Overlaps(other) + real.IsSubsetOf(other) + real.IsSupersetOf(other) + real.SetEquals(other) + real.Contains(x);
                if (r1 != r2 || op % 10 == 9)
                {
                    Check("hashset run " + run + " op " + op + " result", r2, r1);
                    Check("hashset run " + run + " op " + op + " order", DumpSeq(real) + "|" + real.Count, DumpSeq(mine) + "|" + mine.Count);
                }
            }
            var fromList = new System.Collections.Generic.HashSet<int>(new[] { 5, 3, 5, 1, 3, 9 });
            var fromListReal = new BclSet(new[] { 5, 3, 5, 1, 3, 9 });
            Check("hashset from list", DumpSeq(fromListReal), DumpSeq(fromList));
        }
        // ---- List, Queue, Stack basic sequences
        for (int run = 0; run < Scale(200); run++)
        {
            var mine = new System.Collections.Generic.List<int>();
            var real = new bcl::System.Collections.Generic.List<int>();
            var q1 = new System.Collections.Generic.Queue<int>(); var q2 = new bcl::System.Collections.Generic.Queue<int>();
            var s1 = new System.Collections.Generic.Stack<int>(); var s2 = new bcl::System.Collections.Generic.Stack<int>();
            for (int op = 0; op < 100; op++)
            {
                int x = rng.Next(50), what = rng.Next(100);
                string r1, r2;
                if (what < 30) { mine.Add(x); real.Add(x); q1.Enqueue(x); q2.Enqueue(x); s1.Push(x); s2.Push(x); r1 = r2 = ""; }
                else if (what < 40) { int i = rng.Next(mine.Count + 2) - 1; r1 = Try(() => { mine.Insert(i, x); return ""; }); r2 = Try(() => { real.Insert(i, x); return ""; }); }
                else if (what < 50) { r1 = mine.Remove(x).ToString(); r2 = real.Remove(x).ToString(); }
                else if (what < 55) { int i = rng.Next(mine.Count + 1); r1 = Try(() => { mine.RemoveAt(i); return ""; }); r2 = Try(() => { real.RemoveAt(i); return ""; }); }
                else if (what < 60) { r1 = mine.RemoveAll(v => v < x).ToString(); r2 = real.RemoveAll(v => v < x).ToString(); }
                else if (what < 65) { mine.Reverse(); real.Reverse(); r1 = r2 = ""; }
                else if (what < 70) { r1 = mine.IndexOf(x) + "," + mine.LastIndexOf(x) + "," + mine.BinarySearch(x); r2 = real.IndexOf(x) + "," + real.LastIndexOf(x) + "," + real.BinarySearch(x); }
                else if (what < 75) { r1 = Try(() => q1.Dequeue().ToString()); r2 = Try(() => q2.Dequeue().ToString()); }
                else if (what < 80) { r1 = Try(() => s1.Pop().ToString()); r2 = Try(() => s2.Pop().ToString()); }
                else if (what < 85) { mine.InsertRange(Math.Min(x, mine.Count), new[] { x, x + 1 }); real.InsertRange(Math.Min(x, real.Count), new[] { x, x + 1 }); r1 = r2 = ""; }
                else if (what < 90) { int i = Math.Min(x, mine.Count); int c = Math.Min(3, mine.Count - i); mine.RemoveRange(i, c); real.RemoveRange(i, c); r1 = r2 = ""; }
                else { r1 = Try(() => mine[x].ToString()); r2 = Try(() => real[x].ToString()); }
                Check("list/queue/stack run " + run + " op " + op, r2 + "|" + DumpSeq(real) + "|" + real.Capacity + "|" + DumpSeq(q2) + "|" + DumpSeq(s2) + "|" + DumpSeq(q2.ToArray()) + DumpSeq(s2.ToArray()),
                                                                    r1 + "|" + DumpSeq(mine) + "|" + mine.Capacity + "|" + DumpSeq(q1) + "|" + DumpSeq(s1) + "|" + DumpSeq(q1.ToArray()) + DumpSeq(s1.ToArray()));
            }
        }
        // ---- sort stability behaviour with many equal keys (comparer looks at the key only)
        for (int run = 0; run < Scale(3000); run++)
        {
            int n = run < 100 ? run : rng.Next(0, run % 10 == 0 ? 3000 : 200);
            int keys = 1 + rng.Next(run % 4 == 0 ? 3 : 50);
            var a = new (int Key, int Id)[n];
            int pattern = run % 6;
            for (int i = 0; i < n; i++)
            {
                int k = pattern switch { 0 => rng.Next(keys), 1 => i * keys / Math.Max(1, n), 2 => (n - i) * keys / Math.Max(1, n), 3 => Math.Abs(n / 2 - i) % keys, 4 => (i % 7 == 0) ? keys : i % 2, _ => rng.Next(keys) };
                a[i] = (k, i);
            }
            var b = ((int, int)[])a.Clone();
            var c = ((int, int)[])a.Clone();
            Comparison<(int Key, int Id)> cmp = (x, y) => x.Key.CompareTo(y.Key);
            bcl::System.Array.Sort(b, cmp);
            System.Collections.Generic.ArraySortHelper<(int Key, int Id)>.Sort(new Span<(int, int)>(a), cmp);
            Check("sort run " + run + " n=" + n, DumpSeq(b), DumpSeq(a));
            // through IComparer (List.Sort(IComparer) in CoreCLR)
            var cc = bcl::System.Collections.Generic.Comparer<(int Key, int Id)>.Create(cmp);
            var lr = new bcl::System.Collections.Generic.List<(int, int)>(c);
            lr.Sort(cc);
            System.Collections.Generic.ArraySortHelper<(int, int)>.Sort(new Span<(int, int)>(c), cc);
            Check("sort(IComparer) run " + run, DumpSeq(lr), DumpSeq(c));
        }
        // ---- keys + items sort (Array.Sort(keys, items))
        for (int run = 0; run < Scale(1000); run++)
        {
            int n = rng.Next(0, run % 10 == 0 ? 2000 : 100);
            var k1 = new int[n]; var v1 = new int[n];
            for (int i = 0; i < n; i++) { k1[i] = rng.Next(1 + run % 7); v1[i] = i; }
            var k2 = (int[])k1.Clone(); var v2 = (int[])v1.Clone();
            bcl::System.Array.Sort(k2, v2);
            System.Collections.Generic.ArraySortHelper<int>.SortPaired(new Span<int>(k1), new Span<int>(v1), System.Collections.Generic.Comparer<int>.Default);
            Check("sort keys/items run " + run, DumpSeq(k2) + "|" + DumpSeq(v2), DumpSeq(k1) + "|" + DumpSeq(v1));
        }
        // ---- PriorityQueue: equal priorities expose the 4-ary heap's exact behaviour
        for (int run = 0; run < Scale(500); run++)
        {
            var mine = new System.Collections.Generic.PriorityQueue<int, int>();
            var real = new bcl::System.Collections.Generic.PriorityQueue<int, int>();
            int prios = 1 + rng.Next(6);
            for (int op = 0; op < 120; op++)
            {
                int what = rng.Next(100), e = op, p = rng.Next(prios);
                string r1 = "", r2 = "";
                if (what < 50) { mine.Enqueue(e, p); real.Enqueue(e, p); }
                else if (what < 75) { r1 = Try(() => mine.Dequeue().ToString()); r2 = Try(() => real.Dequeue().ToString()); }
                else if (what < 80) { r1 = Try(() => mine.DequeueEnqueue(e, p).ToString()); r2 = Try(() => real.DequeueEnqueue(e, p).ToString()); }
                else if (what < 85) { r1 = mine.EnqueueDequeue(e, p).ToString(); r2 = real.EnqueueDequeue(e, p).ToString(); }
                else if (what < 90)
                {
                    var items = new (int, int)[rng.Next(0, 8)];
                    for (int i = 0; i < items.Length; i++) items[i] = (1000 + i, rng.Next(prios));
                    mine.EnqueueRange(items); real.EnqueueRange(items);
                }
                else if (what < 95) { int x = rng.Next(op + 1); r1 = mine.Remove(x, out _, out _).ToString(); r2 = real.Remove(x, out _, out _).ToString(); }
                else { r1 = Try(() => mine.Peek().ToString()); r2 = Try(() => real.Peek().ToString()); }
                Check("priorityqueue run " + run + " op " + op, r2 + "|" + DumpSeq(real.UnorderedItems), r1 + "|" + DumpSeq(mine.UnorderedItems));
            }
            var src = new (int, int)[rng.Next(0, 40)];
            for (int i = 0; i < src.Length; i++) src[i] = (i, rng.Next(prios));
            var m2 = new System.Collections.Generic.PriorityQueue<int, int>(src);
            var r2q = new bcl::System.Collections.Generic.PriorityQueue<int, int>(src);
            var o1 = new System.Text.StringBuilder(); var o2 = new System.Text.StringBuilder();
            while (m2.Count > 0) o1.Append(m2.Dequeue()).Append(',');
            while (r2q.Count > 0) o2.Append(r2q.Dequeue()).Append(',');
            Check("priorityqueue heapify run " + run, o2.ToString(), o1.ToString());
        }
        // ---- sorted collections and LinkedList: same operations, compare contents and results
        for (int run = 0; run < Scale(300); run++)
        {
            var ss1 = new System.Collections.Generic.SortedSet<int>(); var ss2 = new bcl::System.Collections.Generic.SortedSet<int>();
            var sd1 = new System.Collections.Generic.SortedDictionary<string, int>(); var sd2 = new bcl::System.Collections.Generic.SortedDictionary<string, int>();
            var sl1 = new System.Collections.Generic.SortedList<int, int>(); var sl2 = new bcl::System.Collections.Generic.SortedList<int, int>();
            var ll1 = new System.Collections.Generic.LinkedList<int>(); var ll2 = new bcl::System.Collections.Generic.LinkedList<int>();
            for (int op = 0; op < 100; op++)
            {
                int x = rng.Next(40), what = rng.Next(100);
                string k = "k" + rng.Next(30);
                string r1, r2;
                if (what < 20) { r1 = ss1.Add(x) + "" + Try(() => { sd1.Add(k, x); return ""; }) + Try(() => { sl1.Add(x, op); return ""; }); r2 = ss2.Add(x) + "" + Try(() => { sd2.Add(k, x); return ""; }) + Try(() => { sl2.Add(x, op); return ""; }); ll1.AddLast(x); ll2.AddLast(x); }
                else if (what < 35) { r1 = ss1.Remove(x) + "" + sd1.Remove(k) + sl1.Remove(x) + ll1.Remove(x); r2 = ss2.Remove(x) + "" + sd2.Remove(k) + sl2.Remove(x) + ll2.Remove(x); }
                else if (what < 45) { sd1[k] = x; sd2[k] = x; sl1[x] = op; sl2[x] = op; ll1.AddFirst(x); ll2.AddFirst(x); r1 = r2 = ""; }
                else if (what < 55) { r1 = Try(() => sd1[k].ToString()) + Try(() => sl1[x].ToString()) + sl1.IndexOfKey(x) + ss1.Min + ss1.Max; r2 = Try(() => sd2[k].ToString()) + Try(() => sl2[x].ToString()) + sl2.IndexOfKey(x) + ss2.Min + ss2.Max; }
                else if (what < 60) { var o = new[] { x, x + 1, x + 2, 5 }; ss1.SymmetricExceptWith(o); ss2.SymmetricExceptWith(o); r1 = ss1.IsSubsetOf(o) + "" + ss1.Overlaps(o); r2 = ss2.IsSubsetOf(o) + "" + ss2.Overlaps(o); }
                else if (what < 65) { var o = new[] { x, x + 3, 7 }; ss1.IntersectWith(ss1.Count > 10 ? new[] { 1, 2, 3, x } : o); ss2.IntersectWith(ss2.Count > 10 ? new[] { 1, 2, 3, x } : o); r1 = r2 = ""; }
                else if (what < 70) { r1 = ss1.RemoveWhere(v => v % 4 == x % 4) + ""; r2 = ss2.RemoveWhere(v => v % 4 == x % 4) + ""; }
                else if (what < 75) { var n1 = ll1.Find(x); var n2 = ll2.Find(x); if (n1 != null) { ll1.AddBefore(n1, -x); ll2.AddBefore(n2, -x); ll1.AddAfter(n1, 100 + x); ll2.AddAfter(n2, 100 + x); } r1 = (n1 != null) + ""; r2 = (n2 != null) + ""; }
                else if (what < 80) { r1 = Try(() => { ll1.RemoveFirst(); ll1.RemoveLast(); return ""; }); r2 = Try(() => { ll2.RemoveFirst(); ll2.RemoveLast(); return ""; }); }
                else if (what < 85) { r1 = string.Join(",", ss1.GetViewBetween(x, x + 10)) + "|" + string.Join(",", ss1.Reverse()); r2 = string.Join(",", ss2.GetViewBetween(x, x + 10)) + "|" + string.Join(",", ss2.Reverse()); }
                else { r1 = sl1.ContainsValue(op - 1) + "" + sd1.ContainsValue(x) + (sl1.Count > 0 ? sl1.GetKeyAtIndex(0) + "" + sl1.GetValueAtIndex(sl1.Count - 1) : ""); r2 = sl2.ContainsValue(op - 1) + "" + sd2.ContainsValue(x) + (sl2.Count > 0 ? sl2.GetKeyAtIndex(0) + "" + sl2.GetValueAtIndex(sl2.Count - 1) : ""); }
                Check("sorted/linked run " + run + " op " + op,
                    r2 + "|" + DumpSeq(ss2) + "|" + Dump(sd2) + DumpSeq(sd2.Keys) + DumpSeq(sd2.Values) + "|" + Dump(sl2) + DumpSeq(sl2.Keys) + DumpSeq(sl2.Values) + "|" + DumpSeq(ll2) + (ll2.First?.Value) + (ll2.Last?.Value) + ll2.Count,
                    r1 + "|" + DumpSeq(ss1) + "|" + Dump(sd1) + DumpSeq(sd1.Keys) + DumpSeq(sd1.Values) + "|" + Dump(sl1) + DumpSeq(sl1.Keys) + DumpSeq(sl1.Values) + "|" + DumpSeq(ll1) + (ll1.First?.Value) + (ll1.Last?.Value) + ll1.Count);
            }
        }
        // killer input for median-of-three: forces deep recursion and the heapsort fallback
        for (int n = 100; n <= 5000; n += 700)
        {
            var a = new (int Key, int Id)[n];
            for (int i = 0; i < n; i++) a[i] = (i % 2 == 0 ? i : n - i, i);
            for (int i = 0; i < n; i += 3) a[i].Key = a[i].Key / 5;
            var b = ((int, int)[])a.Clone();
            Comparison<(int Key, int Id)> cmp = (x, y) => (x.Key / 3).CompareTo(y.Key / 3);
            bcl::System.Array.Sort(b, cmp);
            System.Collections.Generic.ArraySortHelper<(int Key, int Id)>.Sort(new Span<(int, int)>(a), cmp);
            Check("sort killer n=" + n, DumpSeq(b), DumpSeq(a));
        }
    }
}

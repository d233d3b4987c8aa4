// collections/dictionary_order_after_removals: Dictionary<K,V> enumerates in insertion order
// until something is removed; a key added after removals reuses the most recently freed
// entry slot (so it appears where the removed key was), overwriting a key keeps its place,
// Clear resets; also TryAdd/TryGetValue/Remove(out)/ContainsValue, Keys/Values order, and
// struct keys with IEquatable plus a custom IEqualityComparer.
using System;
using System.Globalization;
using System.Collections.Generic;

struct Pt : IEquatable<Pt>
{
    public int X, Y;
    public bool Equals(Pt o) => X == o.X && Y == o.Y;
    public override bool Equals(object? o) => o is Pt p && Equals(p);
    public override int GetHashCode() => X * 31 + Y;
    public override string ToString() => "(" + X + "," + Y + ")";
}

sealed class Mod10 : IEqualityComparer<int>
{
    public bool Equals(int a, int b) => a % 10 == b % 10;
    public int GetHashCode(int x) => x % 10;
}

static class Program
{
    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string Show<K, V>(Dictionary<K, V> d) where K : notnull
    {
        string s = "";
        foreach (var kv in d) s += kv.Key + ":" + kv.Value + " ";
        return s.TrimEnd();
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var d = new Dictionary<int, string>();
        for (int i = 1; i <= 8; i++) d.Add(i * 11, "v" + i);
        Check(1, "insertion order", Show(d), "11:v1 22:v2 33:v3 44:v4 55:v5 66:v6 77:v7 88:v8");
        d.Remove(33); d.Remove(66); d.Remove(11);
        Check(2, "after removals", Show(d), "22:v2 44:v4 55:v5 77:v7 88:v8");
        d.Add(100, "a"); d.Add(200, "b"); d.Add(300, "c"); d.Add(400, "d");
        Check(3, "re-adds fill freed slots, last freed first", Show(d), "100:a 22:v2 300:c 44:v4 55:v5 200:b 77:v7 88:v8 400:d");
        d[44] = "changed"; d[500] = "e";
        Check(4, "overwrite keeps place; indexer add appends", Show(d), "100:a 22:v2 300:c 44:changed 55:v5 200:b 77:v7 88:v8 400:d 500:e");
        Check(5, "Keys / Values", string.Join(",", d.Keys) + " | " + string.Join(",", d.Values), "100,22,300,44,55,200,77,88,400,500 | a,v2,c,changed,v5,b,v7,v8,d,e");
        bool added = d.TryAdd(22, "dup"), added2 = d.TryAdd(23, "new");
        bool got = d.TryGetValue(55, out string? v55), missing = d.TryGetValue(56, out string? v56);
        bool removed = d.Remove(77, out string? v77);
        Check(6, "TryAdd/TryGetValue/Remove(out)", added + " " + added2 + " " + got + v55 + " " + missing + (v56 == null) + " " + removed + v77, "False True Truev5 FalseTrue Truev7");
        Check(7, "ContainsKey/ContainsValue/Count", d.ContainsKey(23) + " " + d.ContainsValue("changed") + " " + d.ContainsValue("v7") + " " + d.Count, "True True False 10");
        Check(8, "order now", Show(d), "100:a 22:v2 300:c 44:changed 55:v5 200:b 88:v8 400:d 500:e 23:new");
        d.Clear();
        d.Add(5, "x"); d.Add(4, "y");
        Check(9, "after Clear", Show(d), "5:x 4:y");

        var pd = new Dictionary<Pt, int> { [new Pt { X = 1, Y = 2 }] = 12, [new Pt { X = 2, Y = 1 }] = 21 };
        pd[new Pt { X = 1, Y = 2 }] += 100;
        Check(10, "struct keys", Show(pd) + " " + pd.ContainsKey(new Pt { X = 2, Y = 1 }), "(1,2):112 (2,1):21 True");
        var md = new Dictionary<int, string>(new Mod10());
        md[3] = "three"; md[13] = "thirteen"; md[4] = "four"; md.TryAdd(24, "no");
        Check(11, "custom comparer", Show(md) + " " + md[23], "3:thirteen 4:four thirteen");

        var sd = new Dictionary<string, int>();
        string[] keys = { "delta", "alpha", "charlie", "bravo", "echo" };
        for (int i = 0; i < keys.Length; i++) sd[keys[i]] = i;
        sd.Remove("alpha"); sd.Remove("bravo"); sd["foxtrot"] = 9;
        Check(12, "string keys (order independent of hashing)", Show(sd), "delta:0 charlie:2 foxtrot:9 echo:4");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
insertion order = 11:v1 22:v2 33:v3 44:v4 55:v5 66:v6 77:v7 88:v8
after removals = 22:v2 44:v4 55:v5 77:v7 88:v8
re-adds fill freed slots, last freed first = 100:a 22:v2 300:c 44:v4 55:v5 200:b 77:v7 88:v8 400:d
overwrite keeps place; indexer add appends = 100:a 22:v2 300:c 44:changed 55:v5 200:b 77:v7 88:v8 400:d 500:e
Keys / Values = 100,22,300,44,55,200,77,88,400,500 | a,v2,c,changed,v5,b,v7,v8,d,e
TryAdd/TryGetValue/Remove(out) = False True Truev5 FalseTrue Truev7
ContainsKey/ContainsValue/Count = True True False 10
order now = 100:a 22:v2 300:c 44:changed 55:v5 200:b 88:v8 400:d 500:e 23:new
after Clear = 5:x 4:y
struct keys = (1,2):112 (2,1):21 True
custom comparer = 3:thirteen 4:four thirteen
string keys (order independent of hashing) = delta:0 charlie:2 foxtrot:9 echo:4
PASS
--- stderr
*/

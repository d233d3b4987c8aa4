// enums/enums_in_generics_and_collections: the `where T : struct, Enum` constraint with
// generic helpers (HasFlag via conversion, ToString, Equals through EqualityComparer<T>),
// enums as Dictionary keys and in HashSet/arrays (sorted by value with Array.Sort),
// switch over an enum including an undefined value, and boxing an enum to Enum/IConvertible-
// free interfaces (IComparable).
using System;
using System.Globalization;
using System.Collections.Generic;

enum Suit { Clubs = 3, Diamonds = 1, Hearts = 2, Spades = 0 }
[Flags] enum Opt : ushort { None = 0, A = 1, B = 2, C = 4 }

static class Program
{
    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string Names<T>(T[] xs) where T : struct, Enum { string s = ""; foreach (T x in xs) s += x + ","; return s.TrimEnd(','); }
    static bool Same<T>(T a, T b) where T : struct, Enum => EqualityComparer<T>.Default.Equals(a, b);
    static int Rank<T>(T v) where T : struct, Enum => Comparer<T>.Default.Compare(v, default);
    static string Color(Suit s) => s switch { Suit.Hearts or Suit.Diamonds => "red", Suit.Clubs or Suit.Spades => "black", _ => "?" + (int)s };

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Suit[] hand = { Suit.Clubs, Suit.Spades, Suit.Hearts, Suit.Diamonds, Suit.Hearts };
        Array.Sort(hand);
        Check(1, "Array.Sort by value", Names(hand), "Spades,Diamonds,Hearts,Hearts,Clubs");
        Check(2, "generic equality/compare", Same(Suit.Hearts, (Suit)2) + " " + Same(Opt.A, Opt.B) + " " + Rank(Suit.Clubs) + " " + Rank(Suit.Spades), "True False 1 0");
        var counts = new Dictionary<Suit, int>();
        foreach (Suit s in hand) counts[s] = counts.TryGetValue(s, out int c) ? c + 1 : 1;
        string cs = "";
        foreach (var kv in counts) cs += kv.Key + "=" + kv.Value + " ";
        Check(3, "Dictionary<enum,int>", cs.TrimEnd(), "Spades=1 Diamonds=1 Hearts=2 Clubs=1");
        var set = new HashSet<Opt> { Opt.A, Opt.A | Opt.B, Opt.A };
        Check(4, "HashSet<flags>", set.Count + " " + set.Contains(Opt.B | Opt.A), "2 True");
        Check(5, "switch incl. undefined", Color(Suit.Hearts) + " " + Color(Suit.Spades) + " " + Color((Suit)9), "red black ?9");
        IComparable boxed = Suit.Clubs;
        Enum asEnum = Opt.C;
        Check(6, "boxed as IComparable/Enum", boxed.CompareTo(Suit.Hearts) + " " + asEnum + " " + asEnum.HasFlag(Opt.C) + " " + asEnum.GetType().Name, "1 C True Opt");
        Opt[] opts = { Opt.C, Opt.None, Opt.A | Opt.C };
        Check(7, "flags array names", Names(opts), "C,None,A, C");
        Check(8, "GetValues<T> generic", Names(Enum.GetValues<Suit>()), "Spades,Diamonds,Hearts,Clubs");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
Array.Sort by value = Spades,Diamonds,Hearts,Hearts,Clubs
generic equality/compare = True False 1 0
Dictionary<enum,int> = Spades=1 Diamonds=1 Hearts=2 Clubs=1
HashSet<flags> = 2 True
switch incl. undefined = red black ?9
boxed as IComparable/Enum = 1 C True Opt
flags array names = C,None,A, C
GetValues<T> generic = Spades,Diamonds,Hearts,Clubs
PASS
--- stderr
*/

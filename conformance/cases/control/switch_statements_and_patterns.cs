// control/switch_statements_and_patterns: dense int switch (jump table), sparse int switch,
// long switch, string switch (Roslyn's length/char dispatch or string hash), goto case /
// goto default, fall-out via break, switch expressions with relational/logical/type/property
// patterns and list patterns, and char switch.
using System;
using System.Globalization;

struct Pt { public int X, Y; }

static class Program
{
    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string Dense(int x)
    {
        switch (x)
        {
            case 0: return "zero";
            case 1: return "one";
            case 2: case 3: return "two-three";
            case 4: goto case 1;
            case 5: goto default;
            case 6: return "six";
            default: return "other";
        }
    }

    static int Sparse(int x)
    {
        int r = 0;
        switch (x)
        {
            case -1000000: r = 1; break;
            case 7: r = 2; break;
            case 1000: r = 3; break;
            case int.MaxValue: r = 4; break;
            case int.MinValue: r = 5; break;
        }
        return r;
    }

    static string Longs(long v) => v switch { 0L => "0", 4294967296L => "2^32", -1L => "-1", long.MinValue => "min", _ => "?" };

    static int Words(string? s)
    {
        switch (s)
        {
            case "alpha": return 1;
            case "beta": return 2;
            case "gamma": return 3;
            case "delta": return 4;
            case "epsilon": return 5;
            case "zeta": return 6;
            case "eta": return 7;
            case "theta": return 8;
            case "": return 9;
            case null: return 10;
            default: return 0;
        }
    }

    static string Classify(object? o) => o switch
    {
        int n when n < 0 => "negative",
        0 => "zero",
        >= 1 and <= 9 => "digit",
        int => "big int",
        double d and (double.NaN or > 1e6) => "nan-or-huge " + d,
        Pt { X: 0, Y: 0 } => "origin",
        Pt { X: var x, Y: > 10 } => "high pt x=" + x,
        Pt p => "pt " + p.X + "," + p.Y,
        string { Length: 0 } => "empty string",
        string s => "string " + s[0],
        int[] and [] => "empty array",
        int[] and [var first, .., var last] => "array " + first + ".." + last,
        null => "null",
        _ => "unknown",
    };

    static int Vowel(char c) => c switch { 'a' or 'e' or 'i' or 'o' or 'u' => 1, >= 'a' and <= 'z' => 0, _ => -1 };

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        string dense = "";
        for (int i = -1; i <= 7; i++) dense += Dense(i) + " ";
        Check(1, "dense", dense.TrimEnd(), "other zero one two-three two-three one other six other");
        Check(2, "sparse", "" + Sparse(-1000000) + Sparse(7) + Sparse(1000) + Sparse(int.MaxValue) + Sparse(int.MinValue) + Sparse(8), "123450");
        Check(3, "longs", Longs(0) + " " + Longs(1L << 32) + " " + Longs(-1) + " " + Longs(long.MinValue) + " " + Longs(5), "0 2^32 -1 min ?");
        string[] ws = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "", null!, "Alpha", "thetA", "omega" };
        string wr = "";
        foreach (string w in ws) wr += Words(w) + " ";
        Check(4, "strings", wr.TrimEnd(), "1 2 3 4 5 6 7 8 9 10 0 0 0");
        object?[] things = { -5, 0, 7, 99, double.NaN, 2e7, 3.0, new Pt(), new Pt { X = 2, Y = 11 }, new Pt { X = 1, Y = 2 }, "", "hey", new int[0], new[] { 4, 5, 6 }, null, 'c' };
        foreach (object? t in things) Console.WriteLine("classify: " + Classify(t));
        Check(5, "classify spot", Classify(new[] { 9 }) + "|" + Classify(new[] { 9, 8 }) + "|" + Classify(2e7) + "|" + Classify(3.0), "unknown|array 9..8|nan-or-huge 20000000|unknown");
        Check(6, "char switch", "" + Vowel('e') + Vowel('x') + Vowel('E'), "10-1");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
dense = other zero one two-three two-three one other six other
sparse = 123450
longs = 0 2^32 -1 min ?
strings = 1 2 3 4 5 6 7 8 9 10 0 0 0
classify: negative
classify: zero
classify: digit
classify: big int
classify: nan-or-huge NaN
classify: nan-or-huge 20000000
classify: unknown
classify: origin
classify: high pt x=2
classify: pt 1,2
classify: empty string
classify: string h
classify: empty array
classify: array 4..6
classify: null
classify: unknown
classify spot = unknown|array 9..8|nan-or-huge 20000000|unknown
char switch = 10-1
PASS
--- stderr
*/

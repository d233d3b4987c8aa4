// strings/substring_and_search: Substring, IndexOf/LastIndexOf (char and string, with start
// and count, always StringComparison.Ordinal for strings so no culture rules apply),
// IndexOfAny, Contains, StartsWith/EndsWith (ordinal and ordinal-ignore-case), Range/Index
// slicing, and the empty-needle cases.
using System;
using System.Globalization;

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
        const string O = "StringComparison.Ordinal";
        string s = "the quick brown fox jumps over the lazy dog";
        Check(1, "Substring(4,5) / (40)", s.Substring(4, 5) + "|" + s.Substring(40), "quick|dog");
        Check(2, "IndexOf char o / from 13 / last", s.IndexOf('o') + " " + s.IndexOf('o', 13) + " " + s.LastIndexOf('o'), "12 17 41");
        Check(3, "IndexOf char absent / in range", s.IndexOf('!') + " " + s.IndexOf('q', 0, 4) + " " + s.IndexOf('q', 0, 5), "-1 -1 4");
        Check(4, "IndexOf \"the\" " + O, s.IndexOf("the", StringComparison.Ordinal) + " " + s.IndexOf("the", 1, StringComparison.Ordinal) + " " + s.LastIndexOf("the", StringComparison.Ordinal), "0 31 31");
        Check(5, "IndexOf empty needle", s.IndexOf("", StringComparison.Ordinal) + " " + s.IndexOf("", 7, StringComparison.Ordinal) + " " + "abc".LastIndexOf("", StringComparison.Ordinal), "0 7 3");
        Check(6, "IndexOf ignore case", s.IndexOf("FOX", StringComparison.OrdinalIgnoreCase) + " " + s.IndexOf("FOX", StringComparison.Ordinal), "16 -1");
        Check(7, "LastIndexOf char with start", s.LastIndexOf('e', 30) + " " + s.LastIndexOf('t', 0), "28 0");
        Check(8, "IndexOfAny / LastIndexOfAny", s.IndexOfAny(new[] { 'z', 'x', 'k' }) + " " + s.LastIndexOfAny(new[] { 'u', 'q' }), "8 21");
        Check(9, "Contains", s.Contains("brown f") + " " + s.Contains('z') + " " + s.Contains("Brown", StringComparison.Ordinal) + " " + s.Contains("Brown", StringComparison.OrdinalIgnoreCase), "True True False True");
        Check(10, "StartsWith/EndsWith", s.StartsWith("the ", StringComparison.Ordinal) + " " + s.EndsWith("dog", StringComparison.Ordinal) + " " + s.StartsWith('t') + " " + s.EndsWith('g') + " " + s.EndsWith("DOG", StringComparison.OrdinalIgnoreCase),
            "True True True True True");
        Check(11, "ranges", s[4..9] + "|" + s[^3..] + "|" + s[^1] + "|" + s[..3], "quick|dog|g|the");
        Check(12, "char indexer and Length", s[0] + "" + s[s.Length - 1] + " " + s.Length, "tg 43");
        string withNul = "a\0b\0c";
        Check(13, "embedded NULs", withNul.Length + " " + withNul.IndexOf('\0') + " " + withNul.LastIndexOf("\0", StringComparison.Ordinal) + " " + withNul.Replace("\0", "-"), "5 1 3 a-b-c");
        string uni = "naïve café ☕";
        Check(14, "non-ASCII IndexOf", uni.IndexOf('ï') + " " + uni.IndexOf("café", StringComparison.Ordinal) + " " + uni.IndexOf('☕') + " " + uni.Length, "2 6 11 12");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
Substring(4,5) / (40) = quick|dog
IndexOf char o / from 13 / last = 12 17 41
IndexOf char absent / in range = -1 -1 4
IndexOf "the" StringComparison.Ordinal = 0 31 31
IndexOf empty needle = 0 7 3
IndexOf ignore case = 16 -1
LastIndexOf char with start = 28 0
IndexOfAny / LastIndexOfAny = 8 21
Contains = True True False True
StartsWith/EndsWith = True True True True True
ranges = quick|dog|g|the
char indexer and Length = tg 43
embedded NULs = 5 1 3 a-b-c
non-ASCII IndexOf = 2 6 11 12
PASS
--- stderr
*/

// String literals (ASCII, escapes, non-ASCII, verbatim, raw, empty), interning, concatenation,
// interpolation, switch on strings (hash-based), StringBuilder, comparisons, searching,
// splitting/joining, char classification and number formatting/parsing (invariant culture).
using System;
using System.Text;

static class Strings
{
    const string Greeting = "Hello";

    static int Classify(string word) => word switch
    {
        "alpha" => 1,
        "beta" => 2,
        "gamma" => 3,
        "delta" => 4,
        "epsilon" => 5,
        "zeta" => 6,
        "eta" => 7,
        "theta" => 8,
        _ => 0,
    };

    public static void Run()
    {
        string literal = "literal with \"quotes\", \\ backslash, \t tab";
        Check.Eq("escaped literal length", literal.Length, 41);
        Check.Eq("non-ASCII literal", "Grüße, 世界 \U0001F600".Length, 12);
        Check.Eq("verbatim literal", @"C:\path\file", "C:\\path\\file");
        string raw = """
            raw "string"
              indented
            """;
        Check.Eq("raw literal", raw, "raw \"string\"\n  indented");
        Check.Eq("empty literal", "".Length + string.Empty.Length, 0);
        Check.True("literals are interned", ReferenceEquals(Greeting, "Hello"));
        string built = new StringBuilder().Append("Hel").Append("lo").ToString();
        Check.True("built string is a different object", !ReferenceEquals(built, Greeting));
        Check.True("...but equal", built == Greeting);
        Check.True("string.Intern", ReferenceEquals(string.Intern(built), Greeting));

        int n = 42;
        double x = 1.5;
        Check.Eq("concat", Greeting + ", " + n + "/" + x + '!', "Hello, 42/1.5!");
        Check.Eq("interpolation with format", $"{n:X4}|{x,6:F2}|{-n,-5}|", "002A|  1.50|-42  |");
        Check.Eq("string.Format", string.Format("{0}-{1}-{0}", "a", 7), "a-7-a");

        int sum = 0;
        foreach (var w in new[] { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota" })
            sum = sum * 10 + Classify(w);
        Check.Eq("switch on string", sum, 123456780);

        var sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.Append(i).Append(';');
        sb.Insert(0, "[").Append(']').Replace(";]", "]");
        Check.Eq("StringBuilder", sb.ToString(), "[0;1;2;3;4]");

        Check.Eq("ordinal compare", string.CompareOrdinal("apple", "Apple") > 0, true);
        Check.Eq("OrdinalIgnoreCase", string.Equals("ReadyToRun", "READYTORUN", StringComparison.OrdinalIgnoreCase), true);
        Check.Eq("IndexOf", "the quick brown fox".IndexOf("brown", StringComparison.Ordinal), 10);
        Check.Eq("LastIndexOf char", "a.b.c.d".LastIndexOf('.'), 5);
        Check.Eq("Substring", "readytorun".Substring(5, 2), "to");
        Check.Eq("Split/Join", string.Join("+", "a,b,,c".Split(',', StringSplitOptions.RemoveEmptyEntries)), "a+b+c");
        Check.Eq("Replace", "aaa".Replace("a", "bb"), "bbbbbb");
        Check.Eq("Trim", "  padded \t".Trim(), "padded");
        Check.Eq("ToUpperInvariant", "mixed Case ß".ToUpperInvariant(), "MIXED CASE ß");
        Check.Eq("PadLeft", "7".PadLeft(3, '0'), "007");
        Check.Eq("Contains", "r2rhost".Contains("2r"), true);
        Check.Eq("char.IsDigit count", CountDigits("a1b22c333"), 6);
        Check.Eq("new string(char, n)", new string('=', 5), "=====");
        Check.Eq("string indexer", "ReadyToRun"[5], 'T');
        Check.Eq("reverse via char array", Reverse("stressed"), "desserts");
        Check.Eq("int.Parse", int.Parse("-12345") + 1, -12344);
        Check.Eq("double.Parse", double.Parse("6.02e23"), 6.02e23);
        Check.Eq("double round-trip", (0.1 + 0.2).ToString("R"), "0.30000000000000004");
        Check.Eq("long.ToString", long.MinValue.ToString(), "-9223372036854775808");
        Check.Eq("GetHashCode is stable within run", "abc".GetHashCode() == ("ab" + "c").GetHashCode(), true);
        Check.Eq("UTF-8 byte count", Encoding.UTF8.GetByteCount("Grüße"), 7);
    }

    static int CountDigits(string s)
    {
        int count = 0;
        foreach (char c in s)
            if (char.IsDigit(c)) count++;
        return count;
    }

    static string Reverse(string s)
    {
        char[] chars = s.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }
}

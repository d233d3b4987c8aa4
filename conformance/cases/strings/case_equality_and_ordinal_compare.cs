// strings/case_equality_and_ordinal_compare: ToUpperInvariant/ToLowerInvariant on ASCII and
// non-ASCII (é, ß stays ß, Greek, Æ/Ø; the Turkish i forms are deliberately left out: their
// invariant mapping depends on the globalization mode),
// ==, Equals with StringComparison.Ordinal/OrdinalIgnoreCase, CompareOrdinal signs (printed
// as signs only; magnitudes are not specified), string.Compare ordinal, GetHashCode equality
// (values themselves are randomized per process and never printed), null handling.
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

    static string Sgn(int x) => x < 0 ? "-" : x > 0 ? "+" : "0";

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Check(1, "upper/lower ASCII", "Hello, World 123!".ToUpperInvariant() + " " + "Hello, World 123!".ToLowerInvariant(), "HELLO, WORLD 123! hello, world 123!");
        Check(2, "upper non-ASCII", "éàüñ straße ωσ".ToUpperInvariant(), "ÉÀÜÑ STRAßE ΩΣ");
        Check(3, "lower non-ASCII", "ÉÀÜÑ ΩΣ ÆØ".ToLowerInvariant(), "éàüñ ωσ æø");
        Check(4, "ASCII i/I round trip", "i".ToUpperInvariant() + " " + "I".ToLowerInvariant() + " " + "MiXeD".ToLowerInvariant().ToUpperInvariant(), "I i MIXED");
        Check(5, "char.ToUpperInvariant", char.ToUpperInvariant('ÿ') + "" + char.ToUpperInvariant('a') + char.ToLowerInvariant('Ä') + char.ToUpperInvariant('1'), "ŸAä1");

        string a = "apple", b = "Apple", c = "apple".Substring(0);
        string d = new string(new[] { 'a', 'p', 'p', 'l', 'e' });
        Check(6, "== / Equals / ReferenceEquals", (a == d) + " " + a.Equals(d) + " " + ReferenceEquals(a, d) + " " + (a == b) + " " + ReferenceEquals(a, c), "True True False False True");
        Check(7, "Equals ordinal / ignore case", string.Equals(a, b, StringComparison.Ordinal) + " " + string.Equals(a, b, StringComparison.OrdinalIgnoreCase) + " " + a.Equals(b, StringComparison.OrdinalIgnoreCase), "False True True");
        Check(8, "null equality", (string.Equals(null, null)) + " " + string.Equals(a, null) + " " + ((string?)null == null) + " " + a.Equals((object?)null), "True False True False");
        Check(9, "CompareOrdinal signs", Sgn(string.CompareOrdinal("a", "b")) + Sgn(string.CompareOrdinal("b", "a")) + Sgn(string.CompareOrdinal("abc", "abc")) + Sgn(string.CompareOrdinal("Z", "a"))
            + Sgn(string.CompareOrdinal("ab", "abc")) + Sgn(string.CompareOrdinal(null, "a")) + Sgn(string.CompareOrdinal(null, null)), "-+0---0");
        Check(10, "Compare ordinal / ignore case signs", Sgn(string.Compare("apple", "APPLE", StringComparison.Ordinal)) + Sgn(string.Compare("apple", "APPLE", StringComparison.OrdinalIgnoreCase))
            + Sgn(string.Compare("é", "z", StringComparison.Ordinal)), "+0+");
        Check(11, "CompareOrdinal substrings", Sgn(string.CompareOrdinal("xxabcx", 2, "abd", 0, 3)) + Sgn(string.CompareOrdinal("hello", 1, "yellow", 1, 4)), "-0");
        Check(12, "CompareTo (culture) only on equal strings", a.CompareTo(d).ToString(), "0");
        Check(13, "hash codes equal for equal strings", (a.GetHashCode() == d.GetHashCode()) + " " + (StringComparer.OrdinalIgnoreCase.GetHashCode(a) == StringComparer.OrdinalIgnoreCase.GetHashCode(b)), "True True");
        Check(14, "IsNullOrEmpty/WhiteSpace", string.IsNullOrEmpty(null) + " " + string.IsNullOrEmpty("") + " " + string.IsNullOrEmpty(" ") + " " + string.IsNullOrWhiteSpace(" \t\n") + " " + string.IsNullOrWhiteSpace("x"), "True True False True False");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
upper/lower ASCII = HELLO, WORLD 123! hello, world 123!
upper non-ASCII = ÉÀÜÑ STRAßE ΩΣ
lower non-ASCII = éàüñ ωσ æø
ASCII i/I round trip = I i MIXED
char.ToUpperInvariant = ŸAä1
== / Equals / ReferenceEquals = True True False False True
Equals ordinal / ignore case = False True True
null equality = True False True False
CompareOrdinal signs = -+0---0
Compare ordinal / ignore case signs = +0+
CompareOrdinal substrings = -0
CompareTo (culture) only on equal strings = 0
hash codes equal for equal strings = True True
IsNullOrEmpty/WhiteSpace = True True False True False
PASS
--- stderr
*/

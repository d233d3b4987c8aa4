// strings/concat_and_interning: string.Concat overloads (2/3/4/params strings, objects, nulls
// as empty), + with non-strings, literal interning (the same literal in different methods
// and classes is one object; compile-time constant concatenation is interned; runtime
// concatenation is not until string.Intern), and string.Empty identity.
using System;
using System.Globalization;

class Other { public static string Lit() => "shared literal"; public const string C = "con" + "stant"; }

static class Program
{
    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string Lit() => "shared literal";
    static string Runtime(string a, string b) => a + b;

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Check(1, "Concat 2/3/4", string.Concat("a", "b") + "|" + string.Concat("a", "b", "c") + "|" + string.Concat("a", "b", "c", "d"), "ab|abc|abcd");
        Check(2, "Concat params 6", string.Concat("1", "2", "3", "4", "5", "6"), "123456");
        Check(3, "Concat with nulls", "[" + string.Concat((string?)null, "x", null) + "][" + string.Concat((object?)null) + "]", "[x][]");
        Check(4, "Concat objects", string.Concat((object)1, (object)2.5, (object)'c', (object)true), "12.5cTrue");
        Check(5, "+ with ints/chars/bools", "n=" + 42 + 'c' + true + null + -7L + 1.5f, "n=42cTrue-71.5");
        Check(6, "char + int is int", ('a' + 1).ToString() + " " + ("" + 'a' + 1), "98 a1");
        Check(7, "Concat string[]", string.Concat(new[] { "x", null, "z" }), "xz");

        Check(8, "literal interned across methods", ReferenceEquals(Lit(), Other.Lit()).ToString(), "True");
        Check(9, "const concat interned", ReferenceEquals(Other.C, "constant").ToString(), "True");
        string rt = Runtime("con", "stant");
        Check(10, "runtime concat equal but not same", (rt == "constant") + " " + ReferenceEquals(rt, "constant"), "True False");
        Check(11, "Intern returns the literal", ReferenceEquals(string.Intern(rt), "constant").ToString(), "True");
        Check(12, "IsInterned of literal", ReferenceEquals(string.IsInterned("shared literal"), Lit()).ToString(), "True");
        Check(13, "Empty identity", ReferenceEquals(string.Empty, "") + " " + ReferenceEquals(string.Concat("", ""), "") + " " + ReferenceEquals("abc".Substring(0, 0), ""), "True True True");
        Check(14, "Substring(0) is same instance", ReferenceEquals("hello".Substring(0), "hello").ToString(), "True");
        Check(15, "concat with empty returns other", ReferenceEquals(string.Concat(rt, ""), rt).ToString(), "True");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
Concat 2/3/4 = ab|abc|abcd
Concat params 6 = 123456
Concat with nulls = [x][]
Concat objects = 12.5cTrue
+ with ints/chars/bools = n=42cTrue-71.5
char + int is int = 98 a1
Concat string[] = xz
literal interned across methods = True
const concat interned = True
runtime concat equal but not same = True False
Intern returns the literal = True
IsInterned of literal = True
Empty identity = True True True
Substring(0) is same instance = True
concat with empty returns other = True
PASS
--- stderr
*/

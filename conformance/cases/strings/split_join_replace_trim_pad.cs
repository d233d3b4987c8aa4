// strings/split_join_replace_trim_pad: Split by char/chars/string with options (RemoveEmpty,
// TrimEntries, count), Join over arrays/objects/ints, Replace char/string (incl. empty
// result and growth), Trim/TrimStart/TrimEnd with and without char sets, PadLeft/PadRight,
// Insert/Remove, and string(char, count).
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

    static string Show(string[] parts) => parts.Length + ":[" + string.Join("|", parts) + "]";

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        string csv = "a,b,,c,";
        Check(1, "Split ','", Show(csv.Split(',')), "5:[a|b||c|]");
        Check(2, "Split RemoveEmptyEntries", Show(csv.Split(',', StringSplitOptions.RemoveEmptyEntries)), "3:[a|b|c]");
        Check(3, "Split count 2", Show(csv.Split(',', 2)), "2:[a|b,,c,]");
        Check(4, "Split chars", Show("1;2 3;;4".Split(new[] { ';', ' ' })), "5:[1|2|3||4]");
        Check(5, "Split string sep", Show("x--y----z".Split("--")), "4:[x|y||z]");
        Check(6, "Split TrimEntries|RemoveEmpty", Show(" a , b ,  , c ".Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)), "3:[a|b|c]");
        Check(7, "Split no separator found / empty string", Show("abc".Split(',')) + " " + Show("".Split(',')), "1:[abc] 1:[]");
        Check(8, "Split default whitespace", Show("a b\tc\nd".Split()), "4:[a|b|c|d]");

        Check(9, "Join strings", string.Join(", ", new[] { "x", "y", "z" }) + "|" + string.Join("", new[] { "a", "b" }) + "|" + string.Join("-", new string[0]), "x, y, z|ab|");
        Check(10, "Join objects/ints/nulls", string.Join("/", 1, 2.5, 'c', null, true) + "|" + string.Join(",", new List<int> { 3, 4 }) + "|" + string.Join(';', new[] { "p", null, "q" }), "1/2.5/c//True|3,4|p;;q");

        Check(11, "Replace char/string", "banana".Replace('a', 'o') + " " + "banana".Replace("an", "AN") + " " + "banana".Replace("a", "") + " " + "aaa".Replace("a", "aa"), "bonono bANANa bnn aaaaaa");
        Check(12, "Replace no match same instance", ReferenceEquals("keep".Replace("x", "y"), "keep").ToString(), "True");
        Check(13, "Replace ignore case", "Hello HELLO hello".Replace("hello", "bye", StringComparison.OrdinalIgnoreCase), "bye bye bye");

        Check(14, "Trim", "[" + "  \t hi \n ".Trim() + "][" + "  hi  ".TrimStart() + "][" + "  hi  ".TrimEnd() + "]", "[hi][hi  ][  hi]");
        Check(15, "Trim chars", "xxhixyx".Trim('x') + " " + "--==hi==--".Trim('-', '=') + " " + "001200".TrimStart('0') + " " + "001200".TrimEnd('0'), "hixy hi 1200 0012");
        Check(16, "Trim all/none", "[" + "   ".Trim() + "][" + "abc".Trim() + "]", "[][abc]");

        Check(17, "PadLeft/PadRight", "[" + "42".PadLeft(5) + "][" + "42".PadRight(5, '.') + "][" + "42".PadLeft(5, '0') + "][" + "toolong".PadLeft(3) + "]", "[   42][42...][00042][toolong]");
        Check(18, "Insert/Remove", "hello".Insert(2, "--") + " " + "hello".Remove(1, 3) + " " + "hello".Remove(3), "he--llo ho hel");
        Check(19, "new string(char,n) and char[]", new string('*', 4) + " " + new string(new[] { 'a', 'b', 'c' }) + " " + new string(new[] { 'a', 'b', 'c', 'd' }, 1, 2), "**** abc bc");
        Check(20, "ToCharArray/reverse", new string(Rev("stressed".ToCharArray())), "desserts");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }

    static char[] Rev(char[] a) { Array.Reverse(a); return a; }
}
/* EXPECT
exit: 100
--- stdout
Split ',' = 5:[a|b||c|]
Split RemoveEmptyEntries = 3:[a|b|c]
Split count 2 = 2:[a|b,,c,]
Split chars = 5:[1|2|3||4]
Split string sep = 4:[x|y||z]
Split TrimEntries|RemoveEmpty = 3:[a|b|c]
Split no separator found / empty string = 1:[abc] 1:[]
Split default whitespace = 4:[a|b|c|d]
Join strings = x, y, z|ab|
Join objects/ints/nulls = 1/2.5/c//True|3,4|p;;q
Replace char/string = bonono bANANa bnn aaaaaa
Replace no match same instance = True
Replace ignore case = bye bye bye
Trim = [hi][hi  ][  hi]
Trim chars = hixy hi 1200 0012
Trim all/none = [][abc]
PadLeft/PadRight = [   42][42...][00042][toolong]
Insert/Remove = he--llo ho hel
new string(char,n) and char[] = **** abc bc
ToCharArray/reverse = desserts
PASS
--- stderr
*/

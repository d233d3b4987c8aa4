// strings/stringbuilder_ops: StringBuilder Append overloads for every primitive (integers
// only in the default culture; doubles with invariant formatting), Insert, Remove, Replace,
// indexer writes, Length truncation and extension with '\0', AppendLine (Environment.NewLine),
// AppendJoin, Clear, ToString(start, len), and a long build that crosses many chunks.
using System;
using System.Globalization;
using System.Text;

static class Program
{
    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = [" + actual.Replace("\0", "\\0").Replace("\n", "\\n") + "]");
        if (actual != expected) { Console.WriteLine("  FAIL " + id); if (failed == 0) failed = id; }
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(1).Append(' ').Append(-2L).Append(' ').Append((byte)3).Append(' ').Append((sbyte)-4).Append(' ').Append((short)5)
          .Append(' ').Append((ushort)6).Append(' ').Append(7u).Append(' ').Append(8UL).Append(' ').Append(true).Append(' ').Append('c')
          .Append(' ').Append(new[] { 'x', 'y' }).Append(' ').Append((object?)null).Append("str").Append("abcdef", 2, 3);
        Check(1, "Append overloads", sb.ToString(), "1 -2 3 -4 5 6 7 8 True c xy strcde");

        sb.Clear();
        sb.Append(1.5.ToString(CultureInfo.InvariantCulture)).Append('|').Append(((float)0.1).ToString(CultureInfo.InvariantCulture));
        Check(2, "floats invariant", sb.ToString(), "1.5|0.1");

        sb.Clear().Append("hello world");
        sb.Insert(0, ">> ").Insert(sb.Length, '!').Insert(3, 42);
        Check(3, "Insert", sb.ToString(), ">> 42hello world!");
        sb.Remove(3, 2).Replace('o', '0').Replace("w0rld", "there");
        Check(4, "Remove/Replace", sb.ToString(), ">> hell0 there!");
        sb[0] = '<'; sb[1] = '<';
        Check(5, "indexer write/read", sb.ToString() + " " + sb[3], "<< hell0 there! h");
        sb.Length = 8;
        Check(6, "Length truncate", sb.ToString(), "<< hell0");
        sb.Length = 10;
        Check(7, "Length extend pads NUL", sb.ToString(), "<< hell0\0\0");
        Check(8, "ToString(start,len)", sb.ToString(3, 4), "hell");

        sb.Clear().AppendLine("a").AppendLine().Append("b");
        Check(9, "AppendLine uses Environment.NewLine", sb.ToString(), "a" + Environment.NewLine + Environment.NewLine + "b");
        sb.Clear().AppendJoin(", ", "x", "y", "z").Append(';').AppendJoin('-', 1, 2, 3);
        Check(10, "AppendJoin", sb.ToString(), "x, y, z;1-2-3");
        sb.Clear().Append('=', 5).Append("ab", 0, 0);
        Check(11, "Append(char, repeat)", sb.ToString(), "=====");

        var big = new StringBuilder(4);
        for (int i = 0; i < 5000; i++) big.Append(i % 10);
        string bs = big.ToString();
        int digitSum = 0;
        foreach (char ch in bs) digitSum += ch - '0';
        big.Insert(2500, "MID");
        Check(12, "long build", bs.Length + " " + digitSum + " " + big.ToString(2497, 9) + " " + big.Length, "5000 22500 789MID012 5003");
        big.Replace("MID", "");
        Check(13, "replace across chunks", (big.ToString() == bs).ToString(), "True");
        Check(14, "Equals", new StringBuilder("q").Append('r').Equals(new StringBuilder("qr")).ToString(), "True");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
Append overloads = [1 -2 3 -4 5 6 7 8 True c xy strcde]
floats invariant = [1.5|0.1]
Insert = [>> 42hello world!]
Remove/Replace = [>> hell0 there!]
indexer write/read = [<< hell0 there! h]
Length truncate = [<< hell0]
Length extend pads NUL = [<< hell0\0\0]
ToString(start,len) = [hell]
AppendLine uses Environment.NewLine = [a\n\nb]
AppendJoin = [x, y, z;1-2-3]
Append(char, repeat) = [=====]
long build = [5000 22500 789MID012 5003]
replace across chunks = [True]
Equals = [True]
PASS
--- stderr
*/

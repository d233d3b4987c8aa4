// control/yield_iterators: iterator methods (state machines): lazy start, yield break,
// nested iterators delegating to iterators, try/finally inside an iterator with full
// enumeration and with an early break (Dispose runs the finally), iterators over generic T,
// an infinite generator consumed partially, and IEnumerable vs IEnumerator iterators.
using System;
using System.Globalization;
using System.Collections.Generic;
using System.Text;

static class Program
{
    static StringBuilder log = new StringBuilder();

    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static IEnumerable<int> Count(int from, int to)
    {
        log.Append("[start " + from + "]");
        for (int i = from; i <= to; i++) yield return i;
        log.Append("[end " + from + "]");
    }

    static IEnumerable<int> UntilNegative(int[] xs)
    {
        foreach (int x in xs)
        {
            if (x < 0) yield break;
            yield return x * 10;
        }
    }

    static IEnumerable<string> Nested()
    {
        yield return "<";
        foreach (int i in Count(1, 2))
            foreach (int j in Count(i * 10, i * 10 + 1))
                yield return i + ":" + j;
        yield return ">";
    }

    static IEnumerable<int> Guarded()
    {
        try
        {
            log.Append("try ");
            yield return 1;
            try { yield return 2; yield return 3; }
            finally { log.Append("inner-finally "); }
            yield return 4;
        }
        finally { log.Append("outer-finally "); }
    }

    static IEnumerable<T> Repeat<T>(T value, int n) { for (int i = 0; i < n; i++) yield return value; }

    static IEnumerable<long> Fib() { long a = 0, b = 1; while (true) { yield return a; (a, b) = (b, a + b); } }

    static IEnumerator<char> Letters() { yield return 'x'; yield return 'y'; }

    static string Take() { string s = log.ToString().TrimEnd(); log.Clear(); return s; }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var lazy = Count(1, 3);
        Check(1, "lazy: nothing ran yet", "'" + Take() + "'", "''");
        string s = "";
        foreach (int x in lazy) s += x;
        Check(2, "full enumeration", s + " " + Take(), "123 [start 1][end 1]");
        s = "";
        foreach (int x in lazy) { s += x; if (x == 2) break; }
        Check(3, "early break skips end", s + " " + Take(), "12 [start 1]");

        s = "";
        foreach (int x in UntilNegative(new[] { 1, 2, -1, 3 })) s += x + " ";
        Check(4, "yield break", s.TrimEnd(), "10 20");

        s = "";
        foreach (string x in Nested()) s += x + " ";
        Check(5, "nested iterators", s.TrimEnd(), "< 1:10 1:11 2:20 2:21 >");
        Check(6, "nested log", Take(), "[start 1][start 10][end 10][start 20][end 20][end 1]");

        s = "";
        foreach (int x in Guarded()) s += x;
        Check(7, "finally in iterator, full", s + " " + Take(), "1234 try inner-finally outer-finally");
        s = "";
        foreach (int x in Guarded()) { s += x; if (x == 2) break; }
        Check(8, "finally in iterator, break inside inner try", s + " " + Take(), "12 try inner-finally outer-finally");
        s = "";
        using (var e = Guarded().GetEnumerator()) { e.MoveNext(); s += e.Current; }
        Check(9, "dispose after first item", s + " " + Take(), "1 try outer-finally");

        Check(10, "generic repeat", string.Join(",", Repeat("ab", 3)) + " " + string.Join(",", Repeat(1.5, 2)), "ab,ab,ab 1.5,1.5");
        s = "";
        foreach (long f in Fib()) { if (f > 100) break; s += f + " "; }
        Check(11, "infinite generator", s.TrimEnd(), "0 1 1 2 3 5 8 13 21 34 55 89");
        var le = Letters();
        s = "";
        while (le.MoveNext()) s += le.Current;
        Check(12, "IEnumerator iterator", s + " " + le.MoveNext(), "xy False");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
lazy: nothing ran yet = ''
full enumeration = 123 [start 1][end 1]
early break skips end = 12 [start 1]
yield break = 10 20
nested iterators = < 1:10 1:11 2:20 2:21 >
nested log = [start 1][start 10][end 10][start 20][end 20][end 1]
finally in iterator, full = 1234 try inner-finally outer-finally
finally in iterator, break inside inner try = 12 try inner-finally outer-finally
dispose after first item = 1 try outer-finally
generic repeat = ab,ab,ab 1.5,1.5
infinite generator = 0 1 1 2 3 5 8 13 21 34 55 89
IEnumerator iterator = xy False
PASS
--- stderr
*/

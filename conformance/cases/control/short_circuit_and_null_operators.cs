// control/short_circuit_and_null_operators: && and || evaluate the right side only when
// needed (observed through side effects), & and | on bools always evaluate both, ?: picks
// one branch, ??, ??=, ?. and ?[] short-circuit a whole chain, and evaluation order of
// arguments and operands is left to right.
using System;
using System.Globalization;
using System.Text;

class Node { public Node? Next; public int[]? Data; public string Name = ""; public int Calls; public Node Touch() { Calls++; return this; } }

static class Program
{
    static StringBuilder log = new StringBuilder();
    static bool T(string s) { log.Append(s); return true; }
    static bool F(string s) { log.Append(s); return false; }
    static int I(string s, int v) { log.Append(s); return v; }
    static string Take() { string s = log.ToString(); log.Clear(); return s; }

    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static int Three(int a, int b, int c) => a * 100 + b * 10 + c;

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        bool r1 = F("a") && T("b");
        Check(1, "F && T", r1 + " " + Take(), "False a");
        bool r2 = T("a") || F("b");
        Check(2, "T || F", r2 + " " + Take(), "True a");
        bool r3 = F("a") || T("b") && F("c") || T("d");
        Check(3, "F || T && F || T", r3 + " " + Take(), "True abcd");
        bool r4 = F("a") & T("b") | T("c");
        Check(4, "F & T | T (non-short-circuit)", r4 + " " + Take(), "True abc");
        bool r5 = T("a") ^ T("b");
        Check(5, "T ^ T", r5 + " " + Take(), "False ab");
        int r6 = T("c") ? I("x", 1) : I("y", 2);
        Check(6, "?: picks one side", r6 + " " + Take(), "1 cx");
        int r7 = Three(I("1", 1), I("2", 2), I("3", 3));
        Check(7, "argument order", r7 + " " + Take(), "123 123");
        int r8 = I("L", 10) - I("R", 3) * I("M", 2);
        Check(8, "operand order", r8 + " " + Take(), "4 LRM");

        string? s = null;
        string t = s ?? "fallback";
        s ??= "assigned";
        s ??= "not again";
        Check(9, "?? and ??=", t + " " + s, "fallback assigned");

        Node? head = new Node { Name = "h", Next = new Node { Name = "n", Data = new[] { 5, 6 } } };
        Node? none = null;
        Check(10, "?. chain", (head?.Next?.Name ?? "null") + " " + (head?.Next?.Next?.Name ?? "null") + " " + (none?.Next?.Name ?? "null"), "n null null");
        int? d = head?.Next?.Data?[1];
        int? nd = head?.Data?[0];
        Check(11, "?[] element", d + " " + (nd.HasValue ? "has" : "null"), "6 null");
        none?.Touch().Touch();
        head.Touch()?.Touch();
        Check(12, "?. call chain calls", head.Calls.ToString(), "2");
        int? len = (s?.Length) * 2;
        Check(13, "lifted after ?.", len.ToString()!, "16");

        int i = 0;
        bool guard = i != 0 && 10 / i > 1;
        Check(14, "guarded division", guard.ToString(), "False");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
F && T = False a
T || F = True a
F || T && F || T = True abcd
F & T | T (non-short-circuit) = True abc
T ^ T = False ab
?: picks one side = 1 cx
argument order = 123 123
operand order = 4 LRM
?? and ??= = fallback assigned
?. chain = n null null
?[] element = 6 null
?. call chain calls = 2
lifted after ?. = 16
guarded division = False
PASS
--- stderr
*/

// control/try_finally_normal_path: finally blocks on paths without exceptions: falling out
// of try, return from inside try (the return value is captured before finally runs, even if
// finally changes the variable), break/continue/goto leaving a try inside loops, and nested
// try/finally ordering.
using System;
using System.Globalization;
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

    static int ReturnInTry()
    {
        int x = 1;
        try { log.Append("t"); return x; }
        finally { x = 99; log.Append("f"); }
    }

    static string NestedOrder()
    {
        var sb = new StringBuilder();
        try
        {
            sb.Append("1");
            try { sb.Append("2"); }
            finally { sb.Append("3"); }
            try
            {
                try { sb.Append("4"); return sb.Append("R").ToString(); }
                finally { sb.Append("5"); }
            }
            finally { sb.Append("6"); }
        }
        finally { sb.Append("7"); log.Append(sb.ToString()); }
    }

    static int LoopWithFinally()
    {
        int finallies = 0, total = 0;
        for (int i = 0; i < 10; i++)
        {
            try
            {
                if (i % 3 == 0) continue;
                if (i == 8) break;
                total += i;
            }
            finally { finallies++; }
        }
        return total * 100 + finallies;
    }

    static int GotoOutOfTry()
    {
        int count = 0;
    Again:
        try
        {
            count++;
            if (count < 3) goto Again;
        }
        finally { log.Append("g" + count); }
        return count;
    }

    static long ValueTypeReturn()
    {
        long v = 5;
        try { v *= 2; return v; }
        finally { v = -1; }
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int r = ReturnInTry();
        Check(1, "return value captured before finally", r + " " + log, "1 tf");
        log.Clear();
        string s = NestedOrder();
        Check(2, "nested order (returned / final)", s + " / " + log, "1234R / 1234R567");
        log.Clear();
        Check(3, "loop with continue/break in try", LoopWithFinally().ToString(), "1909");
        int g = GotoOutOfTry();
        Check(4, "goto out of try", g + " " + log, "3 g1g2g3");
        Check(5, "value type return", ValueTypeReturn().ToString(), "10");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
return value captured before finally = 1 tf
nested order (returned / final) = 1234R / 1234R567
loop with continue/break in try = 1909
goto out of try = 3 g1g2g3
value type return = 10
PASS
--- stderr
*/

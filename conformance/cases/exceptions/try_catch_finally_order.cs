// exceptions/try_catch_finally_order: throw/catch/finally ordering on the exceptional path:
// unwinding through finally blocks in intermediate frames, catch selecting the first
// matching clause (derived before base), nested try blocks, catch-and-continue in a loop,
// and a finally that runs when the catch itself returns. (Exceptions milestone.)
using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

static class Program
{
    static StringBuilder log = new StringBuilder();
    static void W(string s) => log.Append(s).Append(' ');

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Thrower(int depth)
    {
        try
        {
            if (depth == 0) { W("throw"); throw new ArgumentException("bad arg"); }
            Thrower(depth - 1);
        }
        finally { W("fin" + depth); }
    }

    static int ReturnFromCatch()
    {
        try { throw new InvalidOperationException(); }
        catch (InvalidOperationException) { W("catch-returns"); return 1; }
        finally { W("finally-after-catch-return"); }
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try { Thrower(3); }
        catch (ArgumentNullException) { W("wrong-catch"); }
        catch (ArgumentException e) { W("caught:" + e.GetType().Name + ":" + e.Message); }
        catch (Exception) { W("base-catch"); }
        finally { W("outer-finally"); }
        Console.WriteLine(log.ToString().TrimEnd());
        if (log.ToString() != "throw fin0 fin1 fin2 fin3 caught:ArgumentException:bad arg outer-finally ") return 1;
        log.Clear();

        try
        {
            try { W("inner-try"); throw new FormatException("fmt"); }
            catch (InvalidCastException) { W("inner-wrong"); }
            finally { W("inner-finally"); }
        }
        catch (FormatException e) { W("outer-caught:" + e.Message); }
        Console.WriteLine(log.ToString().TrimEnd());
        if (log.ToString() != "inner-try inner-finally outer-caught:fmt ") return 2;
        log.Clear();

        int caught = 0;
        for (int i = 0; i < 5; i++)
        {
            try { if (i % 2 == 1) throw new Exception("odd " + i); W("ok" + i); }
            catch (Exception e) { caught++; W(e.Message.Replace(" ", "")); continue; }
            finally { W("f" + i); }
        }
        Console.WriteLine(log.ToString().TrimEnd());
        if (caught != 2 || log.ToString() != "ok0 f0 odd1 f1 ok2 f2 odd3 f3 ok4 f4 ") return 3;
        log.Clear();

        int r = ReturnFromCatch();
        Console.WriteLine(log.ToString().TrimEnd() + " r=" + r);
        if (r != 1 || log.ToString() != "catch-returns finally-after-catch-return ") return 4;
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
throw fin0 fin1 fin2 fin3 caught:ArgumentException:bad arg outer-finally
inner-try inner-finally outer-caught:fmt
ok0 f0 odd1 f1 ok2 f2 odd3 f3 ok4 f4
catch-returns finally-after-catch-return r=1
PASS
--- stderr
*/

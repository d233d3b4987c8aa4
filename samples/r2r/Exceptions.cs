// Exception handling: try/catch/finally, nested handlers, exception filters (including
// filters with side effects and filters that throw), rethrow, finally ordering across frames,
// runtime-raised exceptions (null, bounds, divide by zero, overflow, cast), using/Dispose.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

sealed class AppException : Exception
{
    public readonly int Code;
    public AppException(int code, string message) : base(message) { Code = code; }
}

sealed class Tracker : IDisposable
{
    readonly StringBuilder log;
    readonly string name;
    public Tracker(StringBuilder log, string name) { this.log = log; this.name = name; log.Append("+" + name); }
    public void Dispose() => log.Append("-" + name);
}

static class Exceptions
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Thrower(int code)
    {
        if (code > 0)
            throw new AppException(code, "code " + code);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Divide(int a, int b) => a / b;

    static bool Log(StringBuilder sb, string what, bool result)
    {
        sb.Append(what);
        return result;
    }

    static string Nested(int code)
    {
        var sb = new StringBuilder();
        try
        {
            sb.Append("a");
            try
            {
                sb.Append("b");
                Thrower(code);
                sb.Append("c");
            }
            catch (AppException e) when (Log(sb, "F1", e.Code == 1))
            {
                sb.Append("h1");
            }
            finally
            {
                sb.Append("f1");
            }
            sb.Append("d");
        }
        catch (AppException e) when (Log(sb, "F2", e.Code == 2))
        {
            sb.Append("h2");
        }
        catch (Exception)
        {
            sb.Append("h3");
        }
        finally
        {
            sb.Append("f2");
        }
        return sb.ToString();
    }

    static int FinallyAcrossFrames(StringBuilder sb, int depth)
    {
        try
        {
            if (depth == 0)
                throw new InvalidOperationException("deep");
            return FinallyAcrossFrames(sb, depth - 1);
        }
        finally
        {
            sb.Append(depth);
        }
    }

    static string Rethrow()
    {
        try
        {
            try
            {
                Thrower(9);
            }
            catch (AppException)
            {
                throw;
            }
        }
        catch (AppException e)
        {
            return e.Message;
        }
        return "none";
    }

    static string FilterThatThrows()
    {
        try
        {
            try
            {
                Thrower(4);
            }
            catch (AppException) when (Divide(1, 0) == 0) // exception in filter = filter false
            {
                return "filtered";
            }
        }
        catch (AppException e)
        {
            return "outer " + e.Code;
        }
        return "none";
    }

    static int TryInLoop()
    {
        int caught = 0;
        for (int i = 0; i < 10; i++)
        {
            try
            {
                if (i % 3 == 0) Thrower(i + 1);
            }
            catch (AppException e)
            {
                caught += e.Code;
                continue;
            }
            finally
            {
                caught += 100;
            }
        }
        return caught;
    }

    static string Kind(Action a)
    {
        try
        {
            a();
            return "none";
        }
        catch (Exception e)
        {
            return e.GetType().Name;
        }
    }

    static int ReturnFromFinallyProtected()
    {
        int x = 1;
        try
        {
            return x;
        }
        finally
        {
            x = 2; // does not change the returned value
        }
    }

    public static void Run()
    {
        Check.Eq("no throw", Nested(0), "abcf1df2");
        Check.Eq("inner filter catches", Nested(1), "abF1h1f1df2");
        Check.Eq("outer filter catches", Nested(2), "abF1F2f1h2f2");
        Check.Eq("fallback catch", Nested(3), "abF1F2f1h3f2");
        var sb = new StringBuilder();
        try { FinallyAcrossFrames(sb, 3); } catch (InvalidOperationException) { sb.Append("!"); }
        Check.Eq("finally order across frames", sb.ToString(), "0123!");
        Check.Eq("rethrow", Rethrow(), "code 9");
        Check.Eq("filter that throws", FilterThatThrows(), "outer 4");
        Check.Eq("try/catch/finally in loop", TryInLoop(), 1000 + 1 + 4 + 7 + 10);
        Check.Eq("return value fixed before finally", ReturnFromFinallyProtected(), 1);

        object? nothing = null;
        int[] small = new int[2];
        object str = "text";
        Check.Eq("NullReferenceException", Kind(() => nothing!.ToString()), "NullReferenceException");
        Check.Eq("IndexOutOfRangeException", Kind(() => small[2] = 1), "IndexOutOfRangeException");
        Check.Eq("DivideByZeroException", Kind(() => Divide(1, 0)), "DivideByZeroException");
        Check.Eq("OverflowException", Kind(() => { int m = int.MaxValue; m = checked(m + small.Length); }), "OverflowException");
        Check.Eq("InvalidCastException", Kind(() => { var _ = (List<int>)str; }), "InvalidCastException");
        Check.Eq("KeyNotFoundException", Kind(() => { var _ = new Dictionary<int, int>()[5]; }), "KeyNotFoundException");
        Check.Eq("ArithmeticException (int.MinValue / -1)", Kind(() => Divide(int.MinValue, -1)), "OverflowException");

        var log = new StringBuilder();
        try
        {
            using (new Tracker(log, "A"))
            using (new Tracker(log, "B"))
            {
                Thrower(1);
            }
        }
        catch (AppException)
        {
            log.Append("caught");
        }
        Check.Eq("using disposes in reverse on throw", log.ToString(), "+A+B-B-Acaught");
    }
}

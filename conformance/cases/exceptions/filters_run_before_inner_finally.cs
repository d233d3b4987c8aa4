// exceptions/filters_run_before_inner_finally: exception filters (`when`) are evaluated
// during the first pass, before any finally block of the frames being unwound runs; a false
// filter passes the exception on; a filter that throws is treated as false; filters see
// exception properties; rethrow from a filtered catch. (Exceptions milestone.)
using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

class CodeException : Exception { public int Code; public CodeException(int c) : base("code " + c) { Code = c; } }

static class Program
{
    static StringBuilder log = new StringBuilder();
    static void W(string s) => log.Append(s).Append(' ');
    static bool Filter(string name, bool result) { W("filter-" + name + "=" + result); return result; }
    static bool ThrowingFilter() { W("filter-throws"); throw new InvalidOperationException("in filter"); }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Deep(int code)
    {
        try { try { throw new CodeException(code); } finally { W("finally-inner"); } }
        finally { W("finally-deep"); }
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try { Deep(7); }
        catch (CodeException e) when (Filter("even", e.Code % 2 == 0)) { W("caught-even"); }
        catch (CodeException e) when (Filter("odd", e.Code % 2 == 1)) { W("caught-odd-" + e.Code); }
        Console.WriteLine(log.ToString().TrimEnd());
        if (log.ToString() != "filter-even=False filter-odd=True finally-inner finally-deep caught-odd-7 ") return 1;
        log.Clear();

        try
        {
            try { Deep(2); }
            catch (CodeException) when (ThrowingFilter()) { W("never"); }
        }
        catch (CodeException e) { W("outer-caught-" + e.Code); }
        Console.WriteLine(log.ToString().TrimEnd());
        if (log.ToString() != "filter-throws finally-inner finally-deep outer-caught-2 ") return 2;
        log.Clear();

        try
        {
            try { throw new CodeException(3); }
            catch (CodeException e) when (e.Code == 3) { W("rethrowing"); throw; }
        }
        catch (Exception e) { W("outer:" + e.Message); }
        Console.WriteLine(log.ToString().TrimEnd());
        if (log.ToString() != "rethrowing outer:code 3 ") return 3;
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
filter-even=False filter-odd=True finally-inner finally-deep caught-odd-7
filter-throws finally-inner finally-deep outer-caught-2
rethrowing outer:code 3
PASS
--- stderr
*/

// exceptions/unhandled_exception_exit_code: an exception nobody catches terminates the
// process; CoreCLR on Linux writes "Unhandled exception. <type>: <message>" with the inner
// exception (" ---> ") and a stack trace without file/line info (no PDB is built) to stderr,
// then aborts: exit status 134 (SIGABRT). Frames are NoInlining so the trace is stable.
// Output written before the throw must appear. (Exceptions milestone.)
using System;
using System.Globalization;
using System.Runtime.CompilerServices;

class StageFailed : Exception { public StageFailed(string m, Exception inner) : base(m, inner) { } }

static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Inner(int depth)
    {
        if (depth == 0) throw new InvalidOperationException("inner boom");
        Inner(depth - 1);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Stage()
    {
        try { Inner(2); }
        catch (Exception e) { throw new StageFailed("stage failed", e); }
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Console.WriteLine("before the unhandled exception");
        Stage();
        Console.WriteLine("unreachable");
        return 100;
    }
}
/* EXPECT
exit: 134
--- stdout
before the unhandled exception
--- stderr
Unhandled exception. StageFailed: stage failed
 ---> System.InvalidOperationException: inner boom
   at Program.Inner(Int32 depth)
   at Program.Inner(Int32 depth)
   at Program.Inner(Int32 depth)
   at Program.Stage()
   --- End of inner exception stack trace ---
   at Program.Stage()
   at Program.Main()
*/

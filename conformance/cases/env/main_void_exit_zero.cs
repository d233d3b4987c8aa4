// env/main_void_exit_zero: `static void Main()` without parameters; the process exit code is 0
// (the expectation is exit 0, not 100, because a void Main cannot return a status).
using System;
using System.Globalization;

static class Program
{
    static int calls;
    static void Helper() => calls++;

    static void Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Helper(); Helper();
        Console.WriteLine("void Main ran, helper calls = " + calls);
        Console.WriteLine(calls == 2 ? "PASS" : "FAILED");
    }
}
/* EXPECT
exit: 0
--- stdout
void Main ran, helper calls = 2
PASS
--- stderr
*/

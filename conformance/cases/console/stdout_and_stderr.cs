// console/stdout_and_stderr: writes to Console.Error (compared as stderr) interleaved with
// stdout writes; partial lines on both streams, Console.Error.Write overloads, explicit
// flushes; each stream's own order must be preserved.
using System;
using System.Globalization;

static class Program
{
    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Console.WriteLine("out 1");
        Console.Error.WriteLine("err 1");
        Console.Write("out 2a ");
        Console.Error.Write("err 2a ");
        Console.Write("out 2b");
        Console.Error.Write(42);
        Console.WriteLine();
        Console.Error.WriteLine();
        Console.Error.WriteLine("err {0} {1}", 3, "formatted");
        Console.Error.Write('c'); Console.Error.Write(true); Console.Error.Write(-1L); Console.Error.WriteLine(new[] { '!', '?' });
        Console.Out.Flush();
        Console.Error.Flush();
        for (int i = 0; i < 3; i++) { Console.WriteLine("loop out " + i); Console.Error.WriteLine("loop err " + i); }
        Console.Error.WriteLine("last error line");
        Console.WriteLine("last out line");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
out 1
out 2a out 2b
loop out 0
loop out 1
loop out 2
last out line
--- stderr
err 1
err 2a 42
err 3 formatted
cTrue-1!?
loop err 0
loop err 1
loop err 2
last error line
*/

// env/exit_code_property_and_truncation: a void Main that sets Environment.ExitCode = 100
// exits with 100; the property reads back what was set.
using System;
using System.Globalization;

static class Program
{
    static void Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Console.WriteLine("initial ExitCode = " + Environment.ExitCode);
        Environment.ExitCode = 3;
        Environment.ExitCode += 97;
        Console.WriteLine("ExitCode now = " + Environment.ExitCode);
    }
}
/* EXPECT
exit: 100
--- stdout
initial ExitCode = 0
ExitCode now = 100
--- stderr
*/

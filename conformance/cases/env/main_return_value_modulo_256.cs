// env/main_return_value_modulo_256: on Linux the process exit status is the low 8 bits of
// Main's int return value, so returning 356 (0x164) gives exit code 100.
using System;
using System.Globalization;

static class Program
{
    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int r = 256 + 100;
        Console.WriteLine("returning " + r + " (0x" + r.ToString("X") + ")");
        return r;
    }
}
/* EXPECT
exit: 100
--- stdout
returning 356 (0x164)
--- stderr
*/

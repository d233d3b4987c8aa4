// env/main_args_and_command_line: `static int Main(string[] args)` receives exactly the
// command-line arguments (not the program path); Environment.GetCommandLineArgs() has one
// more element whose first entry is the program path (only its extension is printed, since
// the directory differs between runs).
using System;
using System.Globalization;

static class Program
{
    static int Main(string[] args)
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Console.WriteLine("args.Length = " + args.Length);
        for (int i = 0; i < args.Length; i++) Console.WriteLine("args[" + i + "] = [" + args[i] + "]");
        string[] all = Environment.GetCommandLineArgs();
        Console.WriteLine("GetCommandLineArgs().Length = " + all.Length);
        Console.WriteLine("first entry ends with .dll: " + all[0].EndsWith(".dll", StringComparison.Ordinal));
        bool same = all.Length == args.Length + 1;
        for (int i = 0; same && i < args.Length; i++) same = all[i + 1] == args[i];
        Console.WriteLine("rest equals args: " + same);
        int sum = 0;
        foreach (string a in args) if (int.TryParse(a, out int v)) sum += v;
        Console.WriteLine("numeric sum = " + sum);
        if (args.Length != 4 || args[0] != "alpha" || sum != 49 || !same) return 1;
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
args: alpha 7 beta-gamma 42
--- stdout
args.Length = 4
args[0] = [alpha]
args[1] = [7]
args[2] = [beta-gamma]
args[3] = [42]
GetCommandLineArgs().Length = 5
first entry ends with .dll: True
rest equals args: True
numeric sum = 49
PASS
--- stderr
*/

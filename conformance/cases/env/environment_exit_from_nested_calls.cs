// env/environment_exit_from_nested_calls: Environment.Exit(42) called three calls deep ends
// the process immediately with exit code 42 (the expectation is 42 by design); nothing after
// the call runs, and output written before it is flushed.
using System;
using System.Globalization;

static class Program
{
    static void Level3(int depth)
    {
        Console.WriteLine("level 3 at depth " + depth + ", exiting with 42");
        Environment.Exit(42);
        Console.WriteLine("unreachable after Exit");
    }
    static void Level2(int d) { Console.WriteLine("level 2"); Level3(d + 1); Console.WriteLine("unreachable in level 2"); }
    static int Level1(int d) { Console.WriteLine("level 1"); Level2(d + 1); Console.WriteLine("unreachable in level 1"); return 7; }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Console.Write("partial line before exit... ");
        Console.WriteLine("done");
        Console.Error.WriteLine("stderr before exit");
        int r = Level1(1);
        Console.WriteLine("unreachable in Main " + r);
        return 100;
    }
}
/* EXPECT
exit: 42
--- stdout
partial line before exit... done
level 1
level 2
level 3 at depth 3, exiting with 42
--- stderr
stderr before exit
*/

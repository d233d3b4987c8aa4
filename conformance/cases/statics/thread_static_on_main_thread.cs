// statics/thread_static_on_main_thread: [ThreadStatic] fields (no initializer runs for them;
// they start at default) and generic thread statics, used from the main thread only.
using System;
using System.Globalization;

class Holder<T>
{
    [ThreadStatic] public static T? Value;
    [ThreadStatic] public static int Hits;
}

static class Program
{
    [ThreadStatic] static int counter;
    [ThreadStatic] static string? name;
    [ThreadStatic] static long big;

    static int Next() => ++counter;

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Console.WriteLine("initial " + counter + " " + (name == null) + " " + big);
        for (int i = 0; i < 5; i++) Next();
        name = "main";
        big = long.MinValue;
        big++;
        Holder<int>.Value = 3; Holder<int>.Hits++;
        Holder<string>.Value = "s"; Holder<string>.Hits += 2;
        Console.WriteLine("after " + counter + " " + name + " " + big);
        Console.WriteLine("generic " + Holder<int>.Value + " " + Holder<int>.Hits + " " + Holder<string>.Value + " " + Holder<string>.Hits
            + " " + Holder<double>.Hits);
        if (counter != 5 || name != "main" || big != -9223372036854775807) return 1;
        if (Holder<int>.Value != 3 || Holder<string>.Hits != 2 || Holder<double>.Hits != 0) return 2;
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
initial 0 True 0
after 5 main -9223372036854775807
generic 3 1 s 2 0
PASS
--- stderr
*/

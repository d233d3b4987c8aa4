// cctor/beforefieldinit_guarantees: a class with only static field initializers is
// beforefieldinit: the runtime may run its initializers at any time before the first static
// field access (CoreCLR may do it lazily or eagerly). This case prints only what is
// guaranteed: initializers ran by the time a field is read, ran exactly once, in textual
// order, and saw earlier fields already initialized.
using System;
using System.Globalization;

static class Counter { public static int Runs; public static string Order = ""; }

class Lazyish
{
    public static readonly int A = Step("A", 10);
    public static readonly int B = Step("B", A * 2);
    public static int C = Step("C", B + 1);
    static int Step(string name, int v) { Counter.Runs++; Counter.Order += name; return v; }
    public static int Sum() => A + B + C;
}

static class Program
{
    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int sum = Lazyish.Sum();
        int c = Lazyish.C;
        Console.WriteLine("sum=" + sum + " C=" + c);
        Console.WriteLine("initializer steps run: " + Counter.Runs + " in order " + Counter.Order);
        Lazyish.C = 100;
        Console.WriteLine("after write C=" + Lazyish.C + " steps still " + Counter.Runs);
        if (sum != 51 || Counter.Runs != 3 || Counter.Order != "ABC" || Lazyish.C != 100) return 1;
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
sum=51 C=21
initializer steps run: 3 in order ABC
after write C=100 steps still 3
PASS
--- stderr
*/

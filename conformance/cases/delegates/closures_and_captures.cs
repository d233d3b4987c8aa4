// delegates/closures_and_captures: lambdas capturing locals (shared, mutable capture),
// captured loop variables (for: one variable shared; foreach: a fresh variable per
// iteration), nested closures, captured `this`, static lambdas, and closures that outlive
// their frame. (Delegates milestone.)
using System;
using System.Globalization;
using System.Collections.Generic;

class Greeter
{
    string name;
    public Greeter(string n) { name = n; }
    public Func<string, string> Make() => s => s + ", " + name;
    public void Rename(string n) => name = n;
}

static class Program
{
    static Func<int> MakeCounter(int start)
    {
        int count = start;
        return () => count++;
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int x = 10;
        Func<int> readX = () => x;
        Action bump = () => x += 5;
        bump(); bump();
        Console.WriteLine("shared capture: x=" + x + " readX=" + readX());
        if (readX() != 20) return 1;

        var fors = new List<Func<int>>();
        for (int i = 0; i < 3; i++) fors.Add(() => i);
        var foreaches = new List<Func<int>>();
        foreach (int j in new[] { 0, 1, 2 }) foreaches.Add(() => j);
        string fr = "", fe = "";
        foreach (var f in fors) fr += f();
        foreach (var f in foreaches) fe += f();
        Console.WriteLine("for captures one variable: " + fr + ", foreach captures per iteration: " + fe);
        if (fr != "333" || fe != "012") return 2;

        var c1 = MakeCounter(5);
        var c2 = MakeCounter(100);
        Console.WriteLine("independent counters: " + c1() + c1() + c1() + " " + c2() + " " + c1());
        Func<int, Func<int, int>> adder = a => b => a + b;
        var add7 = adder(7);
        Console.WriteLine("curried: " + add7(3) + " " + adder(1)(1));
        var g = new Greeter("Ann");
        var greet = g.Make();
        g.Rename("Bea");
        Console.WriteLine("captured this: " + greet("Hello"));
        Func<int, int> sq = static n => n * n;
        Console.WriteLine("static lambda: " + sq(12));
        int outer = 1;
        Func<Func<int>> nest = () => { int inner = outer * 10; return () => inner + outer; };
        var made = nest();
        outer = 2;
        Console.WriteLine("nested closures: " + made());
        if (made() != 12 || greet("Hi") != "Hi, Bea" || add7(3) != 10) return 3;
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
shared capture: x=20 readX=20
for captures one variable: 333, foreach captures per iteration: 012
independent counters: 567 100 8
curried: 10 2
captured this: Hello, Bea
static lambda: 144
nested closures: 12
PASS
--- stderr
*/

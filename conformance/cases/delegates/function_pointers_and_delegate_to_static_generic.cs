// delegates/function_pointers_and_delegate_to_static_generic: C# 9 function pointers
// (delegate*<...> managed, to static and generic static methods, passed around),
// alongside delegates created over static generic methods instantiated at value and
// reference types and over extension methods (closed over their first argument).
// (Delegates milestone.)
using System;
using System.Globalization;

static class Ext { public static string Shout(this string s, int n) => s.ToUpperInvariant() + new string('!', n); }

static unsafe class Program
{
    static int Add(int a, int b) => a + b;
    static int Sub(int a, int b) => a - b;
    static T Pick<T>(T a, T b, bool first) => first ? a : b;
    static int Apply(delegate*<int, int, int> f, int a, int b) => f(a, b);

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        delegate*<int, int, int> pAdd = &Add;
        delegate*<int, int, int> pSub = &Sub;
        Console.WriteLine("function pointers: " + Apply(pAdd, 40, 2) + " " + Apply(pSub, 40, 2) + " different targets compare unequal: " + (pAdd != pSub));
        if (Apply(pAdd, 40, 2) != 42 || Apply(pSub, 40, 2) != 38) return 1;
        delegate*<string, string, bool, string> pPick = &Pick<string>;
        delegate*<long, long, bool, long> pPickL = &Pick<long>;
        Console.WriteLine("generic function pointers: " + pPick("a", "b", false) + " " + pPickL(1, 2, true));

        Func<long, long, bool, long> dPick = Pick;
        Func<string, string, bool, string> dPickS = Pick;
        Console.WriteLine("generic delegates: " + dPick(7, 8, false) + " " + dPickS("x", "y", true));
        Func<int, string> shoutHey = "hey".Shout;
        Console.WriteLine("extension method delegate closed over its first argument: " + shoutHey(3));
        if (shoutHey(2) != "HEY!!") return 2;
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
build: unsafe
--- stdout
function pointers: 42 38 different targets compare unequal: True
generic function pointers: b 1
generic delegates: 8 x
extension method delegate closed over its first argument: HEY!!!
PASS
--- stderr
*/

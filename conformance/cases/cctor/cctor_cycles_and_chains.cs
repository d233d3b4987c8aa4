// cctor/cctor_cycles_and_chains: precise static constructors that touch other classes:
// A's cctor reads B (B's cctor runs nested inside A's), and B's cctor reads A's field while
// A's cctor is still running on the same thread, so it sees A's not-yet-assigned default
// value; a chain C -> D -> E runs innermost-first.
using System;
using System.Globalization;
using System.Text;

static class Log { public static StringBuilder Sb = new StringBuilder(); public static void W(string s) => Sb.Append(s).Append(' '); }

class A
{
    public static int X;
    static A() { Log.W("A-begin"); X = 1; int seen = B.Y; X = 10 + seen; Log.W("A-end(B.Y=" + seen + ")"); }
}
class B
{
    public static int Y;
    static B() { Log.W("B-begin"); Y = A.X * 100 + 5; Log.W("B-end(A.X=" + A.X + ")"); }
}
class C { public static string V; static C() { Log.W("C"); V = "c" + D.V; } }
class D { public static string V; static D() { Log.W("D"); V = "d" + E.V; } }
class E { public static string V; static E() { Log.W("E"); V = "e"; } }

static class Program
{
    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Log.W("main");
        int x = A.X;
        Log.W("A.X=" + x + " B.Y=" + B.Y);
        string cv = C.V;
        Log.W("C.V=" + cv);
        string log = Log.Sb.ToString().TrimEnd();
        Console.WriteLine(log);
        if (log != "main A-begin B-begin B-end(A.X=1) A-end(B.Y=105) A.X=115 B.Y=105 C D E C.V=cde") { Console.WriteLine("FAILED"); return 1; }
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
main A-begin B-begin B-end(A.X=1) A-end(B.Y=105) A.X=115 B.Y=105 C D E C.V=cde
PASS
--- stderr
*/

// control/using_and_dispose_order: using statements and declarations dispose in reverse order
// at scope end (normal path only), struct disposables are disposed without boxing (their own
// state changes are visible through a ref field), a null resource is skipped, pattern-based
// Dispose on ref structs, and dispose happens before a returned value reaches the caller.
using System;
using System.Globalization;
using System.Text;

class Res : IDisposable
{
    public static StringBuilder Log = new StringBuilder();
    readonly string name;
    public Res(string n) { name = n; Log.Append("+" + n + " "); }
    public void Use() => Log.Append("use" + name + " ");
    public void Dispose() => Log.Append("-" + name + " ");
}

struct Counter : IDisposable
{
    public int[] Box;
    public void Dispose() { Box[0]++; Res.Log.Append("-struct "); }
}

ref struct SpanRes
{
    public Span<int> S;
    public void Dispose() { S[0] = -1; Res.Log.Append("-ref "); }
}

static class Program
{
    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string Take() { string s = Res.Log.ToString().TrimEnd(); Res.Log.Clear(); return s; }

    static int UseAndReturn()
    {
        using var a = new Res("r");
        a.Use();
        return 42;
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        using (var a = new Res("a"))
        using (var b = new Res("b"))
        {
            a.Use(); b.Use();
        }
        Check(1, "nested using statements", Take(), "+a +b usea useb -b -a");

        {
            using var x = new Res("x");
            using var y = new Res("y");
            Res.Log.Append("body ");
        }
        Check(2, "using declarations", Take(), "+x +y body -y -x");

        Res? nothing = null;
        using (nothing) { Res.Log.Append("null-body "); }
        Check(3, "using null", Take(), "null-body");

        int[] box = new int[1];
        using (var c = new Counter { Box = box }) { Res.Log.Append("in "); }
        Check(4, "struct disposable", Take() + " count=" + box[0], "in -struct count=1");

        Span<int> data = stackalloc int[1];
        using (var sr = new SpanRes { S = data }) { Res.Log.Append("span "); }
        Check(5, "ref struct pattern dispose", Take() + " data=" + data[0], "span -ref data=-1");

        int v = UseAndReturn();
        Check(6, "dispose before return reaches caller", Take() + " v=" + v, "+r user -r v=42");

        for (int i = 0; i < 3; i++)
        {
            using var loopRes = new Res("L" + i);
            if (i == 1) continue;
        }
        Check(7, "using in loop with continue", Take(), "+L0 -L0 +L1 -L1 +L2 -L2");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
nested using statements = +a +b usea useb -b -a
using declarations = +x +y body -y -x
using null = null-body
struct disposable = in -struct count=1
ref struct pattern dispose = span -ref data=-1
dispose before return reaches caller = +r user -r v=42
using in loop with continue = +L0 -L0 +L1 -L1 +L2 -L2
PASS
--- stderr
*/

// cctor/precise_cctor_triggers: classes with an explicit static constructor (no
// beforefieldinit) run it exactly at the first static field read, static field write,
// static method call or instance creation — not earlier, and only once. Reading a const never
// triggers it. The log shows the exact interleaving.
using System;
using System.Globalization;
using System.Text;

static class Log { public static StringBuilder Sb = new StringBuilder(); public static void W(string s) => Sb.Append(s).Append(' '); }

class ByRead { public static int Value = 7; public const int Constant = 99; static ByRead() { Log.W("cctor:ByRead"); } }
class ByWrite { public static int Value; static ByWrite() { Log.W("cctor:ByWrite"); Value = 1; } }
class ByCall { static ByCall() { Log.W("cctor:ByCall"); } public static int Get() { Log.W("ByCall.Get"); return 3; } }
class ByNew { static ByNew() { Log.W("cctor:ByNew"); } public ByNew() { Log.W("ByNew.ctor"); } public int M() => 5; }
class Never { static Never() { Log.W("cctor:Never"); } public static void Touch() { } }

static class Program
{
    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Log.W("start");
        int c = ByRead.Constant;
        Log.W("const-read=" + c);
        int v = ByRead.Value;
        Log.W("read=" + v);
        v = ByRead.Value;
        Log.W("second-read");
        Log.W("before-write");
        ByWrite.Value = 5;
        Log.W("after-write=" + ByWrite.Value);
        Log.W("before-call");
        int g = ByCall.Get();
        Log.W("after-call=" + g);
        Log.W("before-new");
        var o = new ByNew();
        Log.W("after-new=" + o.M());
        new ByNew();
        Log.W("end");
        if (v < 0) Never.Touch();

        string log = Log.Sb.ToString().TrimEnd();
        Console.WriteLine(log);
        string expected = "start const-read=99 cctor:ByRead read=7 second-read before-write cctor:ByWrite after-write=5 before-call cctor:ByCall ByCall.Get after-call=3 "
            + "before-new cctor:ByNew ByNew.ctor after-new=5 ByNew.ctor end";
        if (log != expected) { Console.WriteLine("FAILED"); return 1; }
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
start const-read=99 cctor:ByRead read=7 second-read before-write cctor:ByWrite after-write=5 before-call cctor:ByCall ByCall.Get after-call=3 before-new cctor:ByNew ByNew.ctor after-new=5 ByNew.ctor end
PASS
--- stderr
*/

// cctor/struct_and_inheritance_cctors: static constructors of structs (default(S) and
// zero-init arrays do not run it; a static member access or an explicit instance constructor
// does), and of class hierarchies: creating a Derived runs Derived's cctor before Base's
// (the base cctor is triggered by the base constructor call), while reading a base static
// field through the derived name only runs Base's cctor.
using System;
using System.Globalization;
using System.Text;

static class Log { public static StringBuilder Sb = new StringBuilder(); public static void W(string s) => Sb.Append(s).Append(' '); }

struct S
{
    public int V;
    public static int Count;
    static S() { Log.W("cctor:S"); }
    public S(int v) { V = v; Log.W("S.ctor"); }
}

class Base { public static int BaseField = 1; static Base() { Log.W("cctor:Base"); } public Base() { Log.W("Base.ctor"); } }
class Derived : Base { public static int DerivedField = 2; static Derived() { Log.W("cctor:Derived"); } public Derived() { Log.W("Derived.ctor"); } }
class Base2 { public static int BaseField = 3; static Base2() { Log.W("cctor:Base2"); } }
class Derived2 : Base2 { static Derived2() { Log.W("cctor:Derived2"); } }

static class Program
{
    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Log.W("start");
        S d = default;
        S[] arr = new S[3];
        Log.W("default-and-array(V=" + (d.V + arr[2].V) + ")");
        S made = new S(5);
        Log.W("made=" + made.V);
        S.Count++;
        Log.W("count=" + S.Count);
        Log.W("before-derived");
        var obj = new Derived();
        Log.W("after-derived");
        int bf = Derived2.BaseField;
        Log.W("Derived2.BaseField=" + bf);
        string log = Log.Sb.ToString().TrimEnd();
        Console.WriteLine(log);
        string expected = "start default-and-array(V=0) cctor:S S.ctor made=5 count=1 before-derived cctor:Derived cctor:Base Base.ctor Derived.ctor after-derived cctor:Base2 Derived2.BaseField=3";
        if (log != expected) { Console.WriteLine("FAILED"); return 1; }
        GC.KeepAlive(obj);
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
start default-and-array(V=0) cctor:S S.ctor made=5 count=1 before-derived cctor:Derived cctor:Base Base.ctor Derived.ctor after-derived cctor:Base2 Derived2.BaseField=3
PASS
--- stderr
*/

// dispatch/constrained_calls_on_type_params: constrained. calls in generic code on value types
// that override ToString/GetHashCode/Equals and on ones that don't (falls back to boxing),
// on reference types, on enums, and mutating interface calls that must hit the original
// storage (fields, array elements, locals), never a copy.
using System;
using System.Globalization;

interface IBump { void Bump(); int Get(); }
struct SBump : IBump
{
    int v;
    public void Bump() => v += 1;
    public int Get() => v;
    public override string ToString() => "SBump" + v;
}
struct NoOverrides : IBump { public int v; public void Bump() => v += 10; public int Get() => v; }
class CBump : IBump { int v; public void Bump() => v += 100; public int Get() => v; public override string ToString() => "CBump" + v; }
enum Tone { Low = 1, High = 2 }

class Holder<T> where T : IBump
{
    public T Field = default!;
    public T[] Arr = new T[2];
    public void BumpField() => Field.Bump();
    public void BumpElem(int i) => Arr[i].Bump();
    public int LocalCopy() { T local = Field; local.Bump(); local.Bump(); return local.Get(); }
}

static class Program
{
    static int failed;
    static void Check(int id, string actual, string expected)
    {
        Console.WriteLine(id + ": " + actual);
        if (actual != expected) { Console.WriteLine("FAIL check " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string Str<T>(T x) => x!.ToString()!;
    static int Hash<T>(T x) => x!.GetHashCode();
    static bool Eq<T>(T a, object b) => a!.Equals(b);
    static Type Ty<T>(T x) => x!.GetType();

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var hs = new Holder<SBump>();
        hs.BumpField(); hs.BumpField(); hs.BumpElem(1);
        int lc = hs.LocalCopy();
        Check(1, hs.Field.Get() + " " + hs.Arr[0].Get() + "," + hs.Arr[1].Get() + " local " + lc, "2 0,1 local 4");

        var hn = new Holder<NoOverrides>();
        hn.BumpField(); hn.BumpElem(0); hn.BumpElem(0);
        Check(2, hn.Field.Get() + " " + hn.Arr[0].Get() + " local " + hn.LocalCopy(), "10 20 local 30");

        var hc = new Holder<CBump> { Field = new CBump() };
        hc.Arr[0] = hc.Field; hc.Arr[1] = new CBump();
        hc.BumpField(); hc.BumpElem(0);
        int clc = hc.LocalCopy();     // class: local is the same object
        Check(3, hc.Field.Get() + " local " + clc, "400 local 400");

        Check(4, Str(new SBump()) + " " + Str(new NoOverrides { v = 3 }) + " " + Str(new CBump()) + " " + Str(Tone.High) + " " + Str(7) + " " + Str(1.5), "SBump0 NoOverrides CBump0 High 7 1.5");
        Check(5, "" + (Hash(42) == 42) + (Hash(Tone.High) == 2) + (Hash(true) == 1) + (Hash('A') == Hash('A')), "TrueTrueTrueTrue");
        Check(6, "" + Eq(5, 5) + Eq(5, 5L) + Eq(Tone.Low, Tone.Low) + Eq(Tone.Low, 1) + Eq(new NoOverrides { v = 1 }, new NoOverrides { v = 1 }), "TrueFalseTrueFalseTrue");
        Check(7, Ty(3).Name + " " + Ty(Tone.Low).Name + " " + Ty<object>("s").Name + " " + Ty(new SBump()).Name, "Int32 Tone String SBump");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
1: 2 0,1 local 4
2: 10 20 local 30
3: 400 local 400
4: SBump0 NoOverrides CBump0 High 7 1.5
5: TrueTrueTrueTrue
6: TrueFalseTrueFalseTrue
7: Int32 Tone String SBump
PASS
--- stderr
*/

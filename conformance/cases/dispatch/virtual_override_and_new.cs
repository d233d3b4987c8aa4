// dispatch/virtual_override_and_new: override chains, `new` slots hiding a virtual (a new
// virtual slot that later overrides bind to), sealed overrides, base calls (non-virtual
// `call` to a virtual method), abstract methods, and virtual properties.
using System;
using System.Globalization;

abstract class A
{
    public abstract string Abs();
    public virtual string V() => "A.V";
    public virtual string W() => "A.W";
    public virtual int Prop => 1;
    public string CallV() => V();
}
class B : A
{
    public override string Abs() => "B.Abs";
    public override string V() => "B.V>" + base.V();
    public new virtual string W() => "B.W(new)";
    public override int Prop => base.Prop + 10;
}
class C : B
{
    public sealed override string V() => "C.V>" + base.V();
    public override string W() => "C.W>" + base.W();
    public override int Prop => base.Prop + 100;
}
class D : C
{
    public new string V() => "D.V(new, non-virtual)";
    public override string Abs() => "D.Abs>" + base.Abs();
}

static class Program
{
    static int failed;
    static void Check(int id, string actual, string expected)
    {
        Console.WriteLine(id + ": " + actual);
        if (actual != expected) { Console.WriteLine("FAIL check " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        A ab = new B(), ac = new C(), ad = new D();
        B bc = new C(), bd = new D();
        D d = new D();

        Check(1, ab.V(), "B.V>A.V");
        Check(2, ac.V(), "C.V>B.V>A.V");
        Check(3, ad.V(), "C.V>B.V>A.V");
        Check(4, d.V(), "D.V(new, non-virtual)");
        Check(5, ad.CallV(), "C.V>B.V>A.V");
        Check(6, ac.W(), "A.W");
        Check(7, bc.W(), "C.W>B.W(new)");
        Check(8, bd.W(), "C.W>B.W(new)");
        Check(9, ab.W(), "A.W");
        Check(10, ad.Abs(), "D.Abs>B.Abs");
        Check(11, ac.Abs(), "B.Abs");
        Check(12, "" + ab.Prop + "," + ac.Prop + "," + ad.Prop, "11,111,111");
        Check(13, ((C)ad).V(), "C.V>B.V>A.V");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
1: B.V>A.V
2: C.V>B.V>A.V
3: C.V>B.V>A.V
4: D.V(new, non-virtual)
5: C.V>B.V>A.V
6: A.W
7: C.W>B.W(new)
8: C.W>B.W(new)
9: A.W
10: D.Abs>B.Abs
11: B.Abs
12: 11,111,111
13: C.V>B.V>A.V
PASS
--- stderr
*/

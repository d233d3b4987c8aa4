// delegates/static_and_instance_delegates: delegates bound to static methods, instance
// methods of classes and structs (the struct is boxed: the delegate works on a copy), virtual
// methods (the override is bound), Target/Method-free identity checks, delegate equality,
// custom delegate types with ref/out parameters, and invoking through Invoke explicitly.
// (Delegates milestone.)
using System;
using System.Globalization;

delegate int BinOp(int a, int b);
delegate void RefOp(ref int x, out string note);

class Calc
{
    public int Bias;
    public int AddBiased(int a, int b) => a + b + Bias;
    public virtual string Name() => "Calc";
}
class SciCalc : Calc { public override string Name() => "SciCalc"; }
struct Counter { public int N; public int Next() => ++N; }

static class Program
{
    static int Mul(int a, int b) => a * b;
    static void Twice(ref int x, out string note) { x *= 2; note = "doubled to " + x; }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        BinOp mul = Mul;
        BinOp mul2 = new BinOp(Mul);
        var calc = new Calc { Bias = 100 };
        BinOp add = calc.AddBiased;
        Console.WriteLine("static: " + mul(6, 7) + " explicit Invoke: " + mul.Invoke(2, 3));
        Console.WriteLine("instance: " + add(1, 2));
        calc.Bias = 1000;
        Console.WriteLine("instance sees later field change: " + add(1, 2));
        Console.WriteLine("equality: same static " + (mul == mul2) + ", Equals " + mul.Equals(mul2) + ", different " + mul.Equals(add));
        if (mul(6, 7) != 42 || add(1, 2) != 1003 || mul != mul2) return 1;

        Calc sci = new SciCalc();
        Func<string> name = sci.Name;
        Console.WriteLine("virtual bound: " + name());
        if (name() != "SciCalc") return 2;

        var ctr = new Counter();
        Func<int> next = ctr.Next;
        int a = next(), b = next();
        Console.WriteLine("struct delegate works on a boxed copy: " + a + "," + b + " original N=" + ctr.N);
        if (b != 2 || ctr.N != 0) return 3;

        RefOp op = Twice;
        int v = 21;
        op(ref v, out string note);
        Console.WriteLine("ref/out delegate: " + v + " (" + note + ")");
        if (v != 42) return 4;

        BinOp? none = null;
        Console.WriteLine("null delegate ?.Invoke: " + (none?.Invoke(1, 2).ToString() ?? "null"));
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
static: 42 explicit Invoke: 6
instance: 103
instance sees later field change: 1003
equality: same static True, Equals True, different False
virtual bound: SciCalc
struct delegate works on a boxed copy: 1,2 original N=0
ref/out delegate: 42 (doubled to 42)
null delegate ?.Invoke: null
PASS
--- stderr
*/

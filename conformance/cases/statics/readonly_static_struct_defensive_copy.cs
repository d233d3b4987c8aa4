// statics/readonly_static_struct_defensive_copy: mutating methods called on a static readonly
// struct operate on a copy; on a mutable static struct they mutate in place (ldsflda);
// const and static readonly values; static properties with backing fields.
using System;
using System.Globalization;

struct Counter
{
    public int N;
    public int Inc() { N++; return N; }
}

static class Program
{
    static readonly Counter RO = new Counter { N = 10 };
    static Counter RW = new Counter { N = 10 };
    const int ConstInt = 12345;
    const string ConstStr = "const" + "ant";
    const double ConstD = 1.0 / 3;
    static readonly string ReadonlyStr = ConstStr + ConstInt;
    static int backing;
    static int Prop { get => backing * 2; set => backing = value + 1; }
    static int AutoProp { get; set; } = 5;

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int r1 = RO.Inc(), r2 = RO.Inc();
        int w1 = RW.Inc(), w2 = RW.Inc();
        Console.WriteLine("readonly: returns " + r1 + "," + r2 + " field " + RO.N);
        Console.WriteLine("mutable: returns " + w1 + "," + w2 + " field " + RW.N);
        if (r1 != 11 || r2 != 11 || RO.N != 10) return 1;
        if (w1 != 11 || w2 != 12 || RW.N != 12) return 2;

        Console.WriteLine("const " + ConstInt + " " + ConstStr + " " + ConstD.ToString("R") + " " + ReadonlyStr);
        if (ReadonlyStr != "constant12345") return 3;

        Prop = 4;
        AutoProp += 10;
        Console.WriteLine("prop " + Prop + " backing " + backing + " auto " + AutoProp);
        if (Prop != 10 || AutoProp != 15) return 4;

        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
readonly: returns 11,11 field 10
mutable: returns 11,12 field 12
const 12345 constant 0.3333333333333333 constant12345
prop 10 backing 5 auto 15
PASS
--- stderr
*/

// generics/generic_interfaces_over_structs: a struct implementing several closed generic
// interfaces, generic interface calls through shared code, and default(T) comparisons
// with EqualityComparer<T>.Default inside generic code.
using System;
using System.Globalization;
using System.Collections.Generic;

interface IConvert<T> { T Convert(); }
interface IStore<T> { void Put(T v); T Take(); }

struct Multi : IConvert<int>, IConvert<string>, IConvert<double>
{
    public int V;
    int IConvert<int>.Convert() => V * 2;
    string IConvert<string>.Convert() => "V" + V;
    double IConvert<double>.Convert() => V / 4.0;
}

class Cell<T> : IStore<T>
{
    T value = default!; int puts;
    public void Put(T v) { value = v; puts++; }
    public T Take() => value;
    public int Puts => puts;
}

static class Program
{
    static int failed;
    static void Check(int id, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL check " + id); if (failed == 0) failed = id; }
    }

    static TOut Via<TSrc, TOut>(TSrc s) where TSrc : IConvert<TOut> => s.Convert();

    static int Fill<T>(IStore<T> store, T a, T b)
    {
        store.Put(a);
        store.Put(b);
        return EqualityComparer<T>.Default.Equals(store.Take(), default!) ? 0 : 1;
    }

    static bool IsDefault<T>(T v) => EqualityComparer<T>.Default.Equals(v, default!);

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Multi m = new Multi { V = 10 };
        int i = Via<Multi, int>(m);
        string s = Via<Multi, string>(m);
        double d = Via<Multi, double>(m);
        Console.WriteLine("via " + i + " " + s + " " + d);
        Check(1, i == 20 && s == "V10" && d == 2.5);

        object boxed = m;
        Console.WriteLine("boxed via interfaces " + ((IConvert<int>)boxed).Convert() + " " + ((IConvert<string>)boxed).Convert());
        Check(2, boxed is IConvert<double> && !(boxed is IConvert<long>));

        var ci = new Cell<int>(); var cs = new Cell<string>(); var cd = new Cell<double>();
        int r1 = Fill(ci, 5, 0), r2 = Fill(cs, "a", "b"), r3 = Fill(cd, 1.0, -0.0);
        Console.WriteLine("fill " + r1 + r2 + r3 + " puts " + ci.Puts + cs.Puts + cd.Puts);
        Check(3, r1 == 0 && r2 == 1 && r3 == 0);

        Console.WriteLine("isdefault " + IsDefault(0) + IsDefault(1) + IsDefault<string?>(null) + IsDefault("")
            + IsDefault(0.0) + IsDefault(-0.0) + IsDefault(double.NaN) + IsDefault(new Multi()) + IsDefault(m));
        Check(4, IsDefault(0) && !IsDefault("") && IsDefault(-0.0) && !IsDefault(double.NaN) && IsDefault(new Multi()) && !IsDefault(m));

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
via 20 V10 2.5
boxed via interfaces 20 V10
fill 010 puts 222
isdefault TrueFalseTrueFalseTrueTrueFalseTrueFalse
PASS
--- stderr
*/

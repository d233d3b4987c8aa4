// boxing/boxing_in_generic_and_interface_calls: ToString/Equals/GetHashCode/CompareTo called on
// value types through generics (constrained., no box), through object and IComparable
// (boxed), on overridden vs inherited ValueType methods, and string.Concat(object) boxing.
using System;
using System.Globalization;

struct Plain { public int A; }
struct Custom : IComparable
{
    public int A;
    public override string ToString() => "Custom#" + A;
    public override bool Equals(object? o) => o is Custom c && c.A % 10 == A % 10;
    public override int GetHashCode() => A % 10;
    public int CompareTo(object? o) => A.CompareTo(((Custom)o!).A);
}

static class Program
{
    static int failed;
    static void Check(int id, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL check " + id); if (failed == 0) failed = id; }
    }

    static string Describe<T>(T a, T b) => a!.ToString() + "|" + a.Equals(b) + "|" + (a.GetHashCode() == b!.GetHashCode());
    static int Cmp(IComparable a, object b) => a.CompareTo(b);

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        string d1 = Describe(new Custom { A = 3 }, new Custom { A = 13 });
        string d2 = Describe(new Plain { A = 3 }, new Plain { A = 3 });
        string d3 = Describe(7, 8);
        string d4 = Describe(2.5, 2.5);
        string d5 = Describe('x', 'x');
        Console.WriteLine(d1); Console.WriteLine(d2); Console.WriteLine(d3); Console.WriteLine(d4); Console.WriteLine(d5);
        Check(1, d1 == "Custom#3|True|True" && d2 == "Plain|True|True" && d3 == "7|False|False" && d4 == "2.5|True|True");

        int c1 = Cmp(new Custom { A = 1 }, new Custom { A = 2 });
        int c2 = Cmp(5, 5);
        int c3 = Cmp("b", "a");
        int c4 = Cmp(-0.0, 0.0);
        int c5 = Cmp(double.NaN, 1.0);
        Console.WriteLine("compareto " + c1 + " " + c2 + " " + c3 + " " + c4 + " " + c5);
        Check(2, c1 < 0 && c2 == 0 && c3 > 0 && c4 == 0 && c5 < 0);

        object o = new Custom { A = 21 };
        Console.WriteLine("object calls: " + o.ToString() + " " + o.Equals(new Custom { A = 1 }) + " " + o.GetHashCode());
        Check(3, o.Equals(new Custom { A = 1 }) && o.GetHashCode() == 1);

        string concat = string.Concat((object)1, (object)'c', (object)true, (object)new Custom { A = 4 }, (object?)null, (object)2.75f);
        Console.WriteLine("concat " + concat);
        Check(4, concat == "1cTrueCustom#42.75");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
Custom#3|True|True
Plain|True|True
7|False|False
2.5|True|True
x|True|True
compareto -1 0 1 0 -1
object calls: Custom#21 True 1
concat 1cTrueCustom#42.75
PASS
--- stderr
*/

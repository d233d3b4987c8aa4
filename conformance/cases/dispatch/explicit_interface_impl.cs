// dispatch/explicit_interface_impl: explicit implementations with the same signature in two
// interfaces, explicit plus public method of the same name, explicit generic interface
// implementations on a struct, and explicit property implementations.
using System;
using System.Globalization;

interface IEnglish { string Hello(); int Count { get; } }
interface IFrench { string Hello(); }
interface IParse<T> { T Parse(string s); }

class Speaker : IEnglish, IFrench
{
    public string Hello() => "public hello";
    string IEnglish.Hello() => "hello";
    string IFrench.Hello() => "bonjour";
    int IEnglish.Count => 1;
}

struct Parser : IParse<int>, IParse<bool>
{
    int IParse<int>.Parse(string s) { int v = 0; foreach (char c in s) v = v * 10 + (c - '0'); return v; }
    bool IParse<bool>.Parse(string s) => s == "yes";
}

class Derived : Speaker, IFrench
{
    string IFrench.Hello() => "salut";   // re-implemented explicitly
}

static class Program
{
    static int failed;
    static void Check(int id, string actual, string expected)
    {
        Console.WriteLine(id + ": " + actual);
        if (actual != expected) { Console.WriteLine("FAIL check " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static T ParseVia<TP, T>(TP p, string s) where TP : IParse<T> => p.Parse(s);

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Speaker s = new Speaker();
        Check(1, s.Hello(), "public hello");
        Check(2, ((IEnglish)s).Hello(), "hello");
        Check(3, ((IFrench)s).Hello(), "bonjour");
        Check(4, ((IEnglish)s).Count.ToString(), "1");

        Derived d = new Derived();
        Check(5, ((IFrench)d).Hello() + "," + ((IEnglish)d).Hello() + "," + d.Hello(), "salut,hello,public hello");

        Parser p = new Parser();
        Check(6, ((IParse<int>)p).Parse("1234").ToString(), "1234");
        Check(7, ((IParse<bool>)p).Parse("yes").ToString(), "True");
        Check(8, ParseVia<Parser, int>(p, "77") + "/" + ParseVia<Parser, bool>(p, "no"), "77/False");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
1: public hello
2: hello
3: bonjour
4: 1
5: salut,hello,public hello
6: 1234
7: True
8: 77/False
PASS
--- stderr
*/

// dispatch/interface_dispatch_and_reimplementation: interface calls on classes and structs,
// inherited interface implementations, interface re-implementation in a derived class,
// interface inheritance, and the same method satisfying two interfaces.
using System;
using System.Globalization;

interface IName { string Name(); }
interface IGreet : IName { string Greet(); }
interface ILabel { string Name(); }

class Base : IGreet, ILabel
{
    public string Name() => "Base";                 // implements IName.Name and ILabel.Name
    public virtual string Greet() => "hello from " + Name();
}
class Mid : Base { public new string Name() => "Mid"; }          // not re-implemented: IName still Base.Name
class Re : Mid, IName { public new string Name() => "Re"; }      // re-implements IName only
class Virt : Base { public override string Greet() => "virt greet"; }

struct SName : IName, IGreet
{
    public int N;
    public string Name() => "S" + N;
    public string Greet() => "hi " + Name();
}

static class Program
{
    static int failed;
    static void Check(int id, string actual, string expected)
    {
        Console.WriteLine(id + ": " + actual);
        if (actual != expected) { Console.WriteLine("FAIL check " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string ViaIName(IName x) => x.Name();
    static string ViaILabel(ILabel x) => x.Name();
    static string ViaIGreet(IGreet x) => x.Greet() + "/" + x.Name();
    static string ViaGeneric<T>(T x) where T : IGreet => x.Greet();

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Check(1, ViaIName(new Base()), "Base");
        Check(2, ViaIName(new Mid()), "Base");
        Check(3, ViaIName(new Re()), "Re");
        Check(4, ViaILabel(new Re()), "Base");
        Check(5, ViaIGreet(new Re()), "hello from Base/Re");
        Check(6, ViaIGreet(new Virt()), "virt greet/Base");
        Check(7, ViaIGreet(new SName { N = 4 }), "hi S4/S4");
        Check(8, ViaGeneric(new SName { N = 9 }), "hi S9");
        Check(9, ViaGeneric<IGreet>(new Virt()), "virt greet");
        IName[] many = { new Base(), new Mid(), new Re(), new SName { N = 1 }, new Virt() };
        string all = "";
        foreach (IName n in many) all += n.Name() + " ";
        Check(10, all, "Base Base Re S1 Base ");
        Check(11, "" + (new Re() is ILabel) + (new SName() is ILabel) + (new Mid() is IGreet), "TrueFalseTrue");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
1: Base
2: Base
3: Re
4: Base
5: hello from Base/Re
6: virt greet/Base
7: hi S4/S4
8: hi S9
9: virt greet
10: Base Base Re S1 Base 
11: TrueFalseTrue
PASS
--- stderr
*/

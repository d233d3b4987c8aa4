// dispatch/generic_virtual_methods: virtual and interface generic methods instantiated over
// reference and value types, overridden in derived classes, implemented by structs, and
// called from shared generic code (runtime lookup of the method instantiation).
using System;
using System.Globalization;

abstract class Visitor
{
    public virtual string Visit<T>(T item) => "base<" + typeof(T).Name + ">(" + item + ")";
    public abstract string Pair<T, U>(T a, U b);
}
class Loud : Visitor
{
    public override string Visit<T>(T item) => "LOUD " + base.Visit(item);
    public override string Pair<T, U>(T a, U b) => typeof(T).Name + "+" + typeof(U).Name;
}
class Quiet : Loud
{
    public override string Visit<T>(T item) => item is int i ? "quiet int " + (i + 1) : "quiet " + typeof(T).Name;
}

interface IMapper { string Map<T>(T x); }
class ClassMapper : IMapper { public string Map<T>(T x) => "C:" + typeof(T).Name + "=" + x; }
struct StructMapper : IMapper
{
    public int Calls;
    public string Map<T>(T x) { Calls++; return "S" + Calls + ":" + typeof(T).Name; }
}

static class Program
{
    static int failed;
    static void Check(int id, string actual, string expected)
    {
        Console.WriteLine(id + ": " + actual);
        if (actual != expected) { Console.WriteLine("FAIL check " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string Shared<T>(Visitor v, T x) => v.Visit(x) + "|" + v.Visit(new T[] { x }.Length);
    static string ViaMapper<TM, T>(ref TM m, T x) where TM : IMapper => m.Map(x) + "," + m.Map(x);

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Visitor l = new Loud(), q = new Quiet();
        Check(1, l.Visit(3), "LOUD base<Int32>(3)");
        Check(2, l.Visit("s"), "LOUD base<String>(s)");
        Check(3, q.Visit(3) + " / " + q.Visit(2.5) + " / " + q.Visit<object>(1), "quiet int 4 / quiet Double / quiet int 2");
        Check(4, l.Pair(1, "x") + " " + q.Pair(new int[0], 'c'), "Int32+String Int32[]+Char");
        Check(5, Shared(l, "str"), "LOUD base<String>(str)|LOUD base<Int32>(1)");
        Check(6, Shared(q, 7L), "quiet Int64|quiet int 2");

        IMapper cm = new ClassMapper();
        Check(7, cm.Map(1) + " " + cm.Map("a") + " " + cm.Map<object?>(null), "C:Int32=1 C:String=a C:Object=");
        StructMapper sm = new StructMapper();
        string r = ViaMapper(ref sm, 1.5f);
        Check(8, r + " calls=" + sm.Calls, "S1:Single,S2:Single calls=2");
        IMapper boxed = sm;
        Check(9, boxed.Map("z") + " " + boxed.Map(0) + " local=" + sm.Calls, "S3:String S4:Int32 local=2");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
1: LOUD base<Int32>(3)
2: LOUD base<String>(s)
3: quiet int 4 / quiet Double / quiet int 2
4: Int32+String Int32[]+Char
5: LOUD base<String>(str)|LOUD base<Int32>(1)
6: quiet Int64|quiet int 2
7: C:Int32=1 C:String=a C:Object=
8: S1:Single,S2:Single calls=2
9: S3:String S4:Int32 local=2
PASS
--- stderr
*/

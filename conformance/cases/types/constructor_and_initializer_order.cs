// types/constructor_and_initializer_order: field initializers run before the base
// constructor, base constructor runs before the derived body, and a virtual call from the
// base constructor sees the derived override with initializer-set (but not ctor-set) fields.
using System;
using System.Globalization;
using System.Text;

class Log
{
    public static StringBuilder Sb = new StringBuilder();
    public static int Note(string s, int v) { Sb.Append(s).Append(' '); return v; }
}

class Base
{
    int baseField = Log.Note("Base.init", 1);
    public int SeenByVirtual;
    public Base()
    {
        Log.Note("Base.ctor(field=" + baseField + ")", 0);
        SeenByVirtual = Describe();
    }
    public virtual int Describe() { Log.Note("Base.Describe", 0); return -1; }
}

class Derived : Base
{
    int initialized = Log.Note("Derived.init", 42);
    int assignedInCtor;
    public Derived() : base()
    {
        assignedInCtor = 7;
        Log.Note("Derived.ctor", 0);
    }
    public Derived(int x) : this()
    {
        assignedInCtor = x;
        Log.Note("Derived.ctor(int)", 0);
    }
    public override int Describe()
    {
        Log.Note("Derived.Describe(init=" + initialized + ",ctor=" + assignedInCtor + ")", 0);
        return initialized * 100 + assignedInCtor;
    }
    public int Assigned => assignedInCtor;
}

static class Program
{
    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Derived d = new Derived();
        string first = Log.Sb.ToString().TrimEnd();
        Console.WriteLine(first);
        Log.Sb.Clear();
        Derived e = new Derived(9);
        string second = Log.Sb.ToString().TrimEnd();
        Console.WriteLine(second);
        Console.WriteLine("seen=" + d.SeenByVirtual + " assigned=" + d.Assigned + " e.assigned=" + e.Assigned);

        if (first != "Derived.init Base.init Base.ctor(field=1) Derived.Describe(init=42,ctor=0) Derived.ctor") return 1;
        if (second != "Derived.init Base.init Base.ctor(field=1) Derived.Describe(init=42,ctor=0) Derived.ctor Derived.ctor(int)") return 2;
        if (d.SeenByVirtual != 4200 || d.Assigned != 7 || e.Assigned != 9) return 3;
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
Derived.init Base.init Base.ctor(field=1) Derived.Describe(init=42,ctor=0) Derived.ctor
Derived.init Base.init Base.ctor(field=1) Derived.Describe(init=42,ctor=0) Derived.ctor Derived.ctor(int)
seen=4200 assigned=7 e.assigned=9
PASS
--- stderr
*/

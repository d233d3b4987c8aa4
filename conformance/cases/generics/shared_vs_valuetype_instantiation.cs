// generics/shared_vs_valuetype_instantiation: one generic class instantiated over reference
// types (shared canonical code) and value types of several sizes (specialized code); the
// instantiation must see the right typeof(T), default(T), sizes and per-instantiation statics.
using System;
using System.Globalization;
using System.Runtime.CompilerServices;

struct Big { public long A, B, C; public override string ToString() => "Big(" + A + "," + B + "," + C + ")"; }

class Box<T>
{
    public static int Created;
    T[] items = new T[4];
    int count;
    public Box() { Created++; }
    public void Add(T v) { items[count++] = v; }
    public T Get(int i) => items[i];
    public int Count => count;
    public string Describe() => typeof(T).Name + " count=" + count + " default=" + (default(T) == null ? "null" : default(T)!.ToString())
        + " size=" + Unsafe.SizeOf<T>();
    public T[] Reversed()
    {
        T[] r = new T[count];
        for (int i = 0; i < count; i++) r[i] = items[count - 1 - i];
        return r;
    }
}

static class Program
{
    static int failed;
    static void Check(int id, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL check " + id); if (failed == 0) failed = id; }
    }

    static string Join<T>(T[] a)
    {
        string s = "";
        for (int i = 0; i < a.Length; i++) s += (i > 0 ? "," : "") + a[i];
        return s;
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var bi = new Box<int>(); bi.Add(1); bi.Add(2); bi.Add(3);
        var bb = new Box<byte>(); bb.Add(250); bb.Add(5);
        var bl = new Box<long>(); bl.Add(long.MaxValue);
        var bs = new Box<string>(); bs.Add("x"); bs.Add("y");
        var bo = new Box<object>(); bo.Add(1); bo.Add("two"); bo.Add(3.5);
        var bg = new Box<Big>(); bg.Add(new Big { A = 1, B = 2, C = 3 }); bg.Add(new Big { A = 4 });
        var bs2 = new Box<string>();

        Console.WriteLine(bi.Describe());
        Console.WriteLine(bb.Describe());
        Console.WriteLine(bl.Describe());
        Console.WriteLine(bs.Describe());
        Console.WriteLine(bo.Describe());
        Console.WriteLine(bg.Describe());
        Console.WriteLine("reversed int: " + Join(bi.Reversed()));
        Console.WriteLine("reversed byte: " + Join(bb.Reversed()));
        Console.WriteLine("reversed string: " + Join(bs.Reversed()));
        Console.WriteLine("reversed object: " + Join(bo.Reversed()));
        Console.WriteLine("reversed Big: " + Join(bg.Reversed()));
        Console.WriteLine("created int=" + Box<int>.Created + " string=" + Box<string>.Created + " object=" + Box<object>.Created
            + " Big=" + Box<Big>.Created + " double=" + Box<double>.Created);

        Check(1, bi.Get(2) == 3 && bb.Get(0) == 250 && bl.Get(0) == long.MaxValue);
        Check(2, bs.Get(1) == "y" && (string)bo.Get(1) == "two" && bg.Get(0).C == 3);
        Check(3, Box<string>.Created == 2 && Box<int>.Created == 1 && Box<object>.Created == 1 && Box<double>.Created == 0);
        Check(4, bg.Describe() == "Big count=2 default=Big(0,0,0) size=24");
        Check(5, bs2.Describe() == "String count=0 default=null size=8");
        Check(6, typeof(Box<int>) != typeof(Box<uint>) && typeof(Box<string>) != typeof(Box<object>));

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
Int32 count=3 default=0 size=4
Byte count=2 default=0 size=1
Int64 count=1 default=0 size=8
String count=2 default=null size=8
Object count=3 default=null size=8
Big count=2 default=Big(0,0,0) size=24
reversed int: 3,2,1
reversed byte: 5,250
reversed string: y,x
reversed object: 3.5,two,1
reversed Big: Big(4,0,0),Big(1,2,3)
created int=1 string=2 object=1 Big=1 double=0
PASS
--- stderr
*/

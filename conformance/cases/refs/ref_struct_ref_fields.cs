// refs/ref_struct_ref_fields: C# 11 ref fields inside ref structs, scoped refs, a ref struct
// cursor over a Span, and writes through a stored ref field.
using System;
using System.Globalization;

ref struct Ref<T>
{
    public ref T Target;
    public Ref(ref T t) { Target = ref t; }
    public void Set(T v) => Target = v;
}

ref struct Cursor
{
    Span<int> data;
    int pos;
    public Cursor(Span<int> d) { data = d; pos = 0; }
    public bool Next(out int v)
    {
        if (pos >= data.Length) { v = 0; return false; }
        v = data[pos++];
        return true;
    }
    public ref int Current => ref data[pos - 1];
}

static class Program
{
    static int failed;
    static void Check(int id, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL check " + id); if (failed == 0) failed = id; }
    }

    static int Total(scoped ReadOnlySpan<int> s) { int t = 0; foreach (int v in s) t += v; return t; }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int x = 1;
        var r = new Ref<int>(ref x);
        r.Set(42);
        r.Target++;
        Console.WriteLine("ref field write x=" + x);
        Check(1, x == 43);

        string s = "a";
        var rs = new Ref<string>(ref s);
        rs.Target += "bc";
        Console.WriteLine("ref field to string var s=" + s);
        Check(2, s == "abc");

        int[] arr = { 5, 6, 7, 8 };
        var rr = new Ref<int>(ref arr[2]);
        rr.Target = -7;
        Console.WriteLine("ref field to array element " + arr[2]);
        Check(3, arr[2] == -7);

        var cur = new Cursor(arr);
        int seen = 0;
        while (cur.Next(out int v)) { seen += v; cur.Current = v * 10; }
        Console.WriteLine("cursor seen=" + seen + " arr=" + string.Join(",", arr) + " total=" + Total(arr));
        Check(4, seen == 12 && arr[0] == 50 && Total(arr) == 120);

        Span<int> local = stackalloc int[3] { 1, 2, 3 };
        Console.WriteLine("scoped total " + Total(local));
        Check(5, Total(local) == 6);

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
ref field write x=43
ref field to string var s=abc
ref field to array element -7
cursor seen=12 arr=50,60,-70,80 total=120
scoped total 6
PASS
--- stderr
*/

// layout/sequential_struct_offsets: field offsets and sizes of sequential (default) structs of
// unmanaged fields with mixed alignment, measured by pointer arithmetic on an instance; the
// printed numbers are CoreCLR's layout.
using System;
using System.Globalization;

struct Mixed { public byte A; public int B; public byte C; public long D; public short E; }
struct Chars { public char C1; public byte B; public char C2; public bool F; }
struct Floats { public float F; public double D; public byte B; }
struct OnlyBytes { public byte A, B, C; }
struct Empty { }
struct PtrAndByte { public byte B; public nint P; public byte B2; }

static unsafe class Program
{
    static int failed;
    static void Check(int id, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL check " + id); if (failed == 0) failed = id; }
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Mixed m; byte* mb = (byte*)&m;
        string mo = "Mixed size=" + sizeof(Mixed) + " A=" + ((byte*)&m.A - mb) + " B=" + ((byte*)&m.B - mb) + " C=" + ((byte*)&m.C - mb)
            + " D=" + ((byte*)&m.D - mb) + " E=" + ((byte*)&m.E - mb);
        Console.WriteLine(mo);
        Check(1, mo == "Mixed size=32 A=0 B=4 C=8 D=16 E=24");

        Chars c; byte* cb = (byte*)&c;
        string co = "Chars size=" + sizeof(Chars) + " C1=" + ((byte*)&c.C1 - cb) + " B=" + ((byte*)&c.B - cb) + " C2=" + ((byte*)&c.C2 - cb) + " F=" + ((byte*)&c.F - cb);
        Console.WriteLine(co);
        Check(2, co == "Chars size=8 C1=0 B=2 C2=4 F=6");

        Floats f; byte* fb = (byte*)&f;
        string fo = "Floats size=" + sizeof(Floats) + " F=" + ((byte*)&f.F - fb) + " D=" + ((byte*)&f.D - fb) + " B=" + ((byte*)&f.B - fb);
        Console.WriteLine(fo);
        Check(3, fo == "Floats size=24 F=0 D=8 B=16");

        OnlyBytes ob; byte* obb = (byte*)&ob;
        string oo = "OnlyBytes size=" + sizeof(OnlyBytes) + " C=" + ((byte*)&ob.C - obb);
        Console.WriteLine(oo + " Empty size=" + sizeof(Empty));
        Check(4, sizeof(OnlyBytes) == 3 && sizeof(Empty) == 1);

        PtrAndByte p; byte* pb = (byte*)&p;
        string po = "PtrAndByte size=" + sizeof(PtrAndByte) + " P=" + ((byte*)&p.P - pb) + " B2=" + ((byte*)&p.B2 - pb);
        Console.WriteLine(po);
        Check(5, po == "PtrAndByte size=24 P=8 B2=16");

        Mixed* arr = stackalloc Mixed[3];
        Console.WriteLine("array stride Mixed=" + ((byte*)&arr[1] - (byte*)&arr[0]) + " last.E at " + ((byte*)&arr[2].E - (byte*)arr));
        Check(6, (byte*)&arr[2].E - (byte*)arr == 88);

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
build: unsafe
--- stdout
Mixed size=32 A=0 B=4 C=8 D=16 E=24
Chars size=8 C1=0 B=2 C2=4 F=6
Floats size=24 F=0 D=8 B=16
OnlyBytes size=3 C=2 Empty size=1
PtrAndByte size=24 P=8 B2=16
array stride Mixed=32 last.E at 88
PASS
--- stderr
*/

// layout/nested_structs: alignment and padding of structs nested in structs, arrays of
// nested structs, fixed buffers of nested layout, and Int128/decimal/Guid/DateTime sizes
// (Int128 is 16-byte aligned on x64 since .NET 8), and ValueTuple sizes (ValueTuple is
// LayoutKind.Auto, so (byte,long,byte) packs into 16 bytes, not 24).
using System;
using System.Globalization;

struct Inner { public byte Tag; public double Value; }          // 16
struct Outer { public byte Flag; public Inner In; public short S; }   // 32
struct Tiny { public byte A; public byte B; }
struct HoldsTiny { public byte X; public Tiny T; public byte Y; }
struct Wide { public byte B; public Int128 W; }
struct Deep { public Outer O1; public byte Z; public Outer O2; }

static unsafe class Program
{
    static int failed;
    static void Check(int id, string actual, string expected)
    {
        Console.WriteLine(actual);
        if (actual != expected) { Console.WriteLine("FAIL check " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Outer o; byte* ob = (byte*)&o;
        Check(1, "Outer size=" + sizeof(Outer) + " In=" + ((byte*)&o.In - ob) + " In.Value=" + ((byte*)&o.In.Value - ob) + " S=" + ((byte*)&o.S - ob),
            "Outer size=32 In=8 In.Value=16 S=24");
        HoldsTiny h; byte* hb = (byte*)&h;
        Check(2, "HoldsTiny size=" + sizeof(HoldsTiny) + " T=" + ((byte*)&h.T - hb) + " T.B=" + ((byte*)&h.T.B - hb) + " Y=" + ((byte*)&h.Y - hb),
            "HoldsTiny size=4 T=1 T.B=2 Y=3");
        Wide w; byte* wb = (byte*)&w;
        Check(3, "Wide size=" + sizeof(Wide) + " W=" + ((byte*)&w.W - wb), "Wide size=32 W=16");
        Deep d; byte* db = (byte*)&d;
        Check(4, "Deep size=" + sizeof(Deep) + " Z=" + ((byte*)&d.Z - db) + " O2=" + ((byte*)&d.O2 - db) + " O2.In.Value=" + ((byte*)&d.O2.In.Value - db),
            "Deep size=72 Z=32 O2=40 O2.In.Value=56");
        Check(5, "sizes decimal=" + sizeof(decimal) + " Guid=" + sizeof(Guid) + " DateTime=" + sizeof(DateTime) + " TimeSpan=" + sizeof(TimeSpan)
            + " Int128=" + sizeof(Int128) + " nint=" + sizeof(nint) + " (int,byte)=" + sizeof((int, byte)) + " (byte,long,byte)=" + sizeof((byte, long, byte)),
            "sizes decimal=16 Guid=16 DateTime=8 TimeSpan=8 Int128=16 nint=8 (int,byte)=8 (byte,long,byte)=16");

        Outer* arr = stackalloc Outer[2];
        arr[1].In.Value = 2.5;
        arr[1].S = 9;
        double* pv = (double*)((byte*)arr + 32 + 16);
        short* ps = (short*)((byte*)arr + 32 + 24);
        Check(6, "manual addressing " + *pv + " " + *ps, "manual addressing 2.5 9");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
build: unsafe
--- stdout
Outer size=32 In=8 In.Value=16 S=24
HoldsTiny size=4 T=1 T.B=2 Y=3
Wide size=32 W=16
Deep size=72 Z=32 O2=40 O2.In.Value=56
sizes decimal=16 Guid=16 DateTime=8 TimeSpan=8 Int128=16 nint=8 (int,byte)=8 (byte,long,byte)=16
manual addressing 2.5 9
PASS
--- stderr
*/

// layout/managed_struct_and_class_field_offsets: offsets of fields in structs that contain
// object references (CoreCLR lays these out automatically, ignoring declaration order), in
// LayoutKind.Auto structs, and in classes (base fields before derived), observed with
// Unsafe.ByteOffset / Unsafe.SizeOf. The printed values are CoreCLR's layout.
using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

struct RefMixed { public byte B; public string S; public int I; public object O; public short Sh; }
[StructLayout(LayoutKind.Auto)] struct AutoMixed { public byte B; public long L; public byte B2; public int I; public short S; }
class BaseC { public byte BB; public long BL; public object? BO; }
class DerivedC : BaseC { public byte DB; public int DI; public string? DS; public double DD; }
class AllPrims { public bool Z; public char C; public byte B; public short S; public int I; public long L; public float F; public double D; public object? O; }

static class Program
{
    static int failed;
    static void Check(int id, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL check " + id); if (failed == 0) failed = id; }
    }

    static long Off<T, U>(ref T baseRef, ref U field) => (long)Unsafe.ByteOffset(ref Unsafe.As<T, byte>(ref baseRef), ref Unsafe.As<U, byte>(ref field));

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        RefMixed r = default;
        ref byte rb = ref Unsafe.As<RefMixed, byte>(ref r);
        Console.WriteLine("RefMixed size=" + Unsafe.SizeOf<RefMixed>() + " B=" + Off(ref r, ref r.B) + " S=" + Off(ref r, ref r.S) + " I=" + Off(ref r, ref r.I)
            + " O=" + Off(ref r, ref r.O) + " Sh=" + Off(ref r, ref r.Sh));
        Check(1, Unsafe.SizeOf<RefMixed>() == 24);

        AutoMixed a = default;
        Console.WriteLine("AutoMixed size=" + Unsafe.SizeOf<AutoMixed>() + " B=" + Off(ref a, ref a.B) + " L=" + Off(ref a, ref a.L) + " B2=" + Off(ref a, ref a.B2)
            + " I=" + Off(ref a, ref a.I) + " S=" + Off(ref a, ref a.S));
        Check(2, Unsafe.SizeOf<AutoMixed>() == 16);

        DerivedC d = new DerivedC();
        ref byte first = ref Unsafe.As<RawData>(d).Data;
        Console.WriteLine("DerivedC BB=" + Off(ref first, ref d.BB) + " BL=" + Off(ref first, ref d.BL) + " BO=" + Off(ref first, ref d.BO)
            + " DB=" + Off(ref first, ref d.DB) + " DI=" + Off(ref first, ref d.DI) + " DS=" + Off(ref first, ref d.DS) + " DD=" + Off(ref first, ref d.DD));
        long maxBase = Math.Max(Off(ref first, ref d.BB), Math.Max(Off(ref first, ref d.BL), Off(ref first, ref d.BO)));
        long minDerived = Math.Min(Off(ref first, ref d.DB), Math.Min(Off(ref first, ref d.DI), Math.Min(Off(ref first, ref d.DS), Off(ref first, ref d.DD))));
        Check(3, maxBase < minDerived);

        AllPrims p = new AllPrims();
        ref byte pf = ref Unsafe.As<RawData>(p).Data;
        Console.WriteLine("AllPrims Z=" + Off(ref pf, ref p.Z) + " C=" + Off(ref pf, ref p.C) + " B=" + Off(ref pf, ref p.B) + " S=" + Off(ref pf, ref p.S)
            + " I=" + Off(ref pf, ref p.I) + " L=" + Off(ref pf, ref p.L) + " F=" + Off(ref pf, ref p.F) + " D=" + Off(ref pf, ref p.D) + " O=" + Off(ref pf, ref p.O));
        Check(4, Off(ref pf, ref p.L) % 8 == 0 && Off(ref pf, ref p.D) % 8 == 0 && Off(ref pf, ref p.O) % 8 == 0 && Off(ref pf, ref p.I) % 4 == 0);

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}

// Same trick the runtime uses: a class whose single byte field sits where an object's first field is.
sealed class RawData { public byte Data; }
/* EXPECT
exit: 100
--- stdout
RefMixed size=24 B=22 S=0 I=16 O=8 Sh=20
AutoMixed size=16 B=14 L=0 B2=15 I=8 S=12
DerivedC BB=16 BL=8 BO=0 DB=17 DI=40 DS=24 DD=32
AllPrims Z=36 C=32 B=37 S=34 I=24 L=8 F=28 D=16 O=0
PASS
--- stderr
*/

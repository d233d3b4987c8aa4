// layout/pack_and_size: [StructLayout(Sequential, Pack = 1/2/4/8/16)] and Size = N on
// structs with mixed fields; sizeof and offsets printed from CoreCLR's layout.
using System;
using System.Globalization;
using System.Runtime.InteropServices;

[StructLayout(LayoutKind.Sequential, Pack = 1)] struct P1 { public byte A; public int B; public long C; public short D; }
[StructLayout(LayoutKind.Sequential, Pack = 2)] struct P2 { public byte A; public int B; public long C; public short D; }
[StructLayout(LayoutKind.Sequential, Pack = 4)] struct P4 { public byte A; public int B; public long C; public short D; }
[StructLayout(LayoutKind.Sequential, Pack = 8)] struct P8 { public byte A; public int B; public long C; public short D; }
[StructLayout(LayoutKind.Sequential, Pack = 16)] struct P16 { public byte A; public int B; public long C; public short D; }
[StructLayout(LayoutKind.Sequential, Size = 64)] struct Sized64 { public int A; public byte B; }
[StructLayout(LayoutKind.Sequential, Size = 2)] struct SizedSmaller { public int A; }
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = 5)] struct PackedSized { public byte A; public short B; }

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
        P1 p1; byte* b1 = (byte*)&p1;
        Check(1, "P1 size=" + sizeof(P1) + " B=" + ((byte*)&p1.B - b1) + " C=" + ((byte*)&p1.C - b1) + " D=" + ((byte*)&p1.D - b1), "P1 size=15 B=1 C=5 D=13");
        P2 p2; byte* b2 = (byte*)&p2;
        Check(2, "P2 size=" + sizeof(P2) + " B=" + ((byte*)&p2.B - b2) + " C=" + ((byte*)&p2.C - b2) + " D=" + ((byte*)&p2.D - b2), "P2 size=16 B=2 C=6 D=14");
        P4 p4; byte* b4 = (byte*)&p4;
        Check(3, "P4 size=" + sizeof(P4) + " B=" + ((byte*)&p4.B - b4) + " C=" + ((byte*)&p4.C - b4) + " D=" + ((byte*)&p4.D - b4), "P4 size=20 B=4 C=8 D=16");
        P8 p8; byte* b8 = (byte*)&p8;
        Check(4, "P8 size=" + sizeof(P8) + " B=" + ((byte*)&p8.B - b8) + " C=" + ((byte*)&p8.C - b8) + " D=" + ((byte*)&p8.D - b8), "P8 size=24 B=4 C=8 D=16");
        P16 p16; byte* b16 = (byte*)&p16;
        Check(5, "P16 size=" + sizeof(P16) + " B=" + ((byte*)&p16.B - b16) + " C=" + ((byte*)&p16.C - b16) + " D=" + ((byte*)&p16.D - b16), "P16 size=24 B=4 C=8 D=16");
        Check(6, "Sized64 size=" + sizeof(Sized64) + " SizedSmaller size=" + sizeof(SizedSmaller) + " PackedSized size=" + sizeof(PackedSized),
            "Sized64 size=64 SizedSmaller size=4 PackedSized size=5");

        P1* arr = stackalloc P1[2];
        arr[1].C = 0x0102030405060708;
        Check(7, "P1 stride=" + ((byte*)&arr[1] - (byte*)arr) + " unaligned C=" + arr[1].C.ToString("X"), "P1 stride=15 unaligned C=102030405060708");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
build: unsafe
--- stdout
P1 size=15 B=1 C=5 D=13
P2 size=16 B=2 C=6 D=14
P4 size=20 B=4 C=8 D=16
P8 size=24 B=4 C=8 D=16
P16 size=24 B=4 C=8 D=16
Sized64 size=64 SizedSmaller size=4 PackedSized size=5
P1 stride=15 unaligned C=102030405060708
PASS
--- stderr
*/

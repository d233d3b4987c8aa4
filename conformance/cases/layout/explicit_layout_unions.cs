// layout/explicit_layout_unions: [StructLayout(Explicit)] with overlapping [FieldOffset]s:
// float/int and double/long bit views, byte views of a long (little-endian), a tagged union,
// explicit Size, and a field at an odd offset.
using System;
using System.Globalization;
using System.Runtime.InteropServices;

[StructLayout(LayoutKind.Explicit)]
struct FloatBits { [FieldOffset(0)] public float F; [FieldOffset(0)] public int I; [FieldOffset(0)] public uint U; }

[StructLayout(LayoutKind.Explicit)]
struct DoubleBits { [FieldOffset(0)] public double D; [FieldOffset(0)] public long L; [FieldOffset(4)] public int Hi; [FieldOffset(0)] public int Lo; }

[StructLayout(LayoutKind.Explicit)]
struct Bytes8
{
    [FieldOffset(0)] public ulong All;
    [FieldOffset(0)] public byte B0; [FieldOffset(1)] public byte B1; [FieldOffset(6)] public byte B6; [FieldOffset(7)] public byte B7;
    [FieldOffset(2)] public ushort Mid;
}

[StructLayout(LayoutKind.Explicit, Size = 24)]
struct Tagged
{
    [FieldOffset(0)] public int Tag;
    [FieldOffset(8)] public long AsLong;
    [FieldOffset(8)] public double AsDouble;
    [FieldOffset(8)] public char AsChar;
}

[StructLayout(LayoutKind.Explicit)]
struct Odd { [FieldOffset(0)] public byte Head; [FieldOffset(1)] public int Unaligned; [FieldOffset(5)] public short Tail; }

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
        FloatBits fb = default;
        fb.F = 1.0f;
        Console.WriteLine("1.0f bits " + fb.I.ToString("X8"));
        fb.F = -0.0f;
        Console.WriteLine("-0.0f bits " + fb.U.ToString("X8"));
        fb.I = 0x7F800000;
        Console.WriteLine("0x7F800000 as float " + fb.F + " ; 0x7FC00000 NaN? " + float.IsNaN(new FloatBits { I = 0x7FC00000 }.F));
        Check(1, new FloatBits { F = 1.0f }.I == 0x3F800000 && float.IsPositiveInfinity(fb.F));

        DoubleBits db = default;
        db.D = -2.0;
        Console.WriteLine("-2.0 bits " + db.L.ToString("X16") + " hi " + db.Hi.ToString("X8") + " lo " + db.Lo);
        db.L = 1;
        Console.WriteLine("long 1 as double " + db.D.ToString("R") + " size " + sizeof(DoubleBits));
        Check(2, new DoubleBits { D = -2.0 }.Hi == unchecked((int)0xC0000000) && db.D == double.Epsilon);

        Bytes8 b = default;
        b.All = 0x0807060504030201;
        Console.WriteLine("bytes " + b.B0 + " " + b.B1 + " " + b.B6 + " " + b.B7 + " mid " + b.Mid.ToString("X4"));
        b.B7 = 0xFF; b.Mid = 0xABCD;
        Console.WriteLine("after writes " + b.All.ToString("X16"));
        Check(3, b.All == 0xFF070605ABCD0201UL);

        Tagged t = default;
        t.Tag = 2; t.AsDouble = 1.5;
        long asLong = t.AsLong;
        t.AsChar = 'Z';
        Console.WriteLine("tagged size " + sizeof(Tagged) + " double bits " + asLong.ToString("X16") + " after char " + t.AsLong.ToString("X16"));
        Check(4, sizeof(Tagged) == 24 && asLong == 0x3FF8000000000000 && t.AsLong == 0x3FF800000000005A);

        Odd o = default;
        o.Unaligned = -1; o.Tail = 0x1234; o.Head = 7;
        byte* ob = (byte*)&o;
        Console.WriteLine("odd size " + sizeof(Odd) + " bytes " + ob[0] + " " + ob[1] + " " + ob[4] + " " + ob[5].ToString("X2") + ob[6].ToString("X2"));
        Check(5, sizeof(Odd) == 8 && ob[1] == 255 && ob[5] == 0x34);

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
build: unsafe
--- stdout
1.0f bits 3F800000
-0.0f bits 80000000
0x7F800000 as float Infinity ; 0x7FC00000 NaN? True
-2.0 bits C000000000000000 hi C0000000 lo 0
long 1 as double 5E-324 size 8
bytes 1 2 7 8 mid 0403
after writes FF070605ABCD0201
tagged size 24 double bits 3FF8000000000000 after char 3FF800000000005A
odd size 8 bytes 7 255 255 3412
PASS
--- stderr
*/

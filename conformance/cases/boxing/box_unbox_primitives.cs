// boxing/box_unbox_primitives: boxing every primitive, unboxing to the exact type, boxed
// identity (each box is a new object), Equals/ToString/GetType on boxes, unboxing an enum box
// as its underlying type and vice versa (allowed by the CLR), and boxing in object arrays.
using System;
using System.Globalization;

enum Small : byte { A = 1, B = 200 }
enum Wide : long { Big = long.MaxValue }

static class Program
{
    static int failed;
    static void Check(int id, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL check " + id); if (failed == 0) failed = id; }
    }

    static object Box<T>(T v) => v!;

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        object[] boxes = { true, 'q', (sbyte)-5, (byte)250, (short)-300, (ushort)65000, -70000, 4000000000u,
                           -5000000000L, 10000000000000000000UL, 1.25f, -2.5, (nint)(-9), (nuint)9 };
        string line = "";
        foreach (object o in boxes) line += o.GetType().Name + "=" + o + " ";
        Console.WriteLine(line.TrimEnd());

        Check(1, (bool)boxes[0] && (char)boxes[1] == 'q' && (sbyte)boxes[2] == -5 && (byte)boxes[3] == 250);
        Check(2, (short)boxes[4] == -300 && (ushort)boxes[5] == 65000 && (int)boxes[6] == -70000 && (uint)boxes[7] == 4000000000u);
        Check(3, (long)boxes[8] == -5000000000L && (ulong)boxes[9] == 10000000000000000000UL && (float)boxes[10] == 1.25f && (double)boxes[11] == -2.5);
        Check(4, (nint)boxes[12] == -9 && (nuint)boxes[13] == 9);

        int i = 42;
        object b1 = i, b2 = i;
        Console.WriteLine("identity: same box " + ReferenceEquals(b1, b1) + ", two boxes " + ReferenceEquals(b1, b2) + ", == " + (b1 == b2) + ", Equals " + b1.Equals(b2));
        Check(5, !ReferenceEquals(b1, b2) && b1.Equals(b2));

        i = 43;
        Console.WriteLine("box is a snapshot: " + b1 + " local " + i);
        Check(6, (int)b1 == 42);

        object e = Small.B;
        byte raw = (byte)e;               // unbox enum as underlying type
        object u = (byte)1;
        Small back = (Small)u;            // unbox underlying as enum
        object w = Wide.Big;
        long wl = (long)w;
        Console.WriteLine("enum box: " + e + " raw " + raw + " back " + back + " wide " + wl + " type " + e.GetType().Name);
        Check(7, raw == 200 && back == Small.A && wl == long.MaxValue);

        object g1 = Box(3.5), g2 = Box("s"), g3 = Box<int?>(7), g4 = Box<int?>(null);
        Console.WriteLine("generic box: " + g1.GetType().Name + " " + g2.GetType().Name + " " + g3.GetType().Name + " null? " + (g4 == null));
        Check(8, g3 is int && g4 == null);

        Console.WriteLine("cross-type Equals: int(1).Equals(long 1)=" + ((object)1).Equals(1L) + " 1.0.Equals(1.0f)=" + ((object)1.0).Equals(1.0f)
            + " (char)65.Equals((ushort)65)=" + ((object)'A').Equals((ushort)65));
        Check(9, !((object)1).Equals(1L));

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
Boolean=True Char=q SByte=-5 Byte=250 Int16=-300 UInt16=65000 Int32=-70000 UInt32=4000000000 Int64=-5000000000 UInt64=10000000000000000000 Single=1.25 Double=-2.5 IntPtr=-9 UIntPtr=9
identity: same box True, two boxes False, == False, Equals True
box is a snapshot: 42 local 43
enum box: B raw 200 back A wide 9223372036854775807 type Small
generic box: Double String Int32 null? True
cross-type Equals: int(1).Equals(long 1)=False 1.0.Equals(1.0f)=False (char)65.Equals((ushort)65)=False
PASS
--- stderr
*/

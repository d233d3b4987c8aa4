// refs/unsafe_class_helpers: System.Runtime.CompilerServices.Unsafe and MemoryMarshal:
// Unsafe.As between same-sized structs, Unsafe.Add/Subtract/ByteOffset/AreSame/IsAddressLessThan,
// ReadUnaligned/WriteUnaligned, MemoryMarshal.GetArrayDataReference and CreateSpan.
using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

struct TwoInts { public int Lo, Hi; }

static class Program
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
        long v = 0x7FFFFFFF_00000005;
        ref TwoInts parts = ref Unsafe.As<long, TwoInts>(ref v);
        Console.WriteLine("as TwoInts lo=" + parts.Lo + " hi=" + parts.Hi);
        parts.Hi = -1;
        Console.WriteLine("long after write " + v);
        Check(1, parts.Lo == 5 && v == -4294967291L);

        int[] arr = { 10, 20, 30, 40, 50 };
        ref int first = ref MemoryMarshal.GetArrayDataReference(arr);
        ref int third = ref Unsafe.Add(ref first, 2);
        ref int back = ref Unsafe.Subtract(ref third, 1);
        Console.WriteLine("add " + third + " sub " + back + " byteoffset " + Unsafe.ByteOffset(ref first, ref third)
            + " aresame " + Unsafe.AreSame(ref back, ref arr[1]) + " less " + Unsafe.IsAddressLessThan(ref first, ref third));
        Check(2, third == 30 && back == 20 && Unsafe.ByteOffset(ref first, ref third) == 8 && Unsafe.AreSame(ref back, ref arr[1]));

        byte[] raw = new byte[11];
        Unsafe.WriteUnaligned(ref raw[3], 0x1122334455667788UL);
        ulong readBack = Unsafe.ReadUnaligned<ulong>(ref raw[3]);
        uint mid = Unsafe.ReadUnaligned<uint>(ref raw[5]);
        Console.WriteLine("unaligned " + readBack.ToString("X16") + " mid " + mid.ToString("X8") + " raw[3]=" + raw[3].ToString("X2") + " raw[10]=" + raw[10].ToString("X2"));
        Check(3, readBack == 0x1122334455667788UL && mid == 0x33445566u && raw[2] == 0);

        TwoInts ti = new TwoInts { Lo = 1, Hi = 2 };
        Span<int> view = MemoryMarshal.CreateSpan(ref ti.Lo, 2);
        view[1] = 99;
        Console.WriteLine("createspan hi=" + ti.Hi + " sizeof=" + Unsafe.SizeOf<TwoInts>());
        Check(4, ti.Hi == 99);

        object boxed = 123;
        ref int inBox = ref Unsafe.Unbox<int>(boxed);
        inBox = 456;
        Console.WriteLine("unbox ref write " + boxed);
        Check(5, (int)boxed == 456);

        string str = "abc";
        object o = str;
        string back2 = Unsafe.As<string>(o);
        Console.WriteLine("as class " + back2 + " same " + ReferenceEquals(back2, str) + " nullref " + Unsafe.IsNullRef(ref Unsafe.NullRef<int>()));
        Check(6, ReferenceEquals(back2, str));

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
as TwoInts lo=5 hi=2147483647
long after write -4294967291
add 30 sub 20 byteoffset 8 aresame True less True
unaligned 1122334455667788 mid 33445566 raw[3]=88 raw[10]=11
createspan hi=99 sizeof=8
unbox ref write 456
as class abc same True nullref True
PASS
--- stderr
*/

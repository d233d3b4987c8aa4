// layout/generic_and_nullable_struct_sizes: Unsafe.SizeOf and field offsets of generic structs
// instantiated over different argument sizes, Nullable<T> of several T, KeyValuePair, enum
// fields of various underlying types, and bool/char packing.
using System;
using System.Globalization;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

enum E8 : byte { A } enum E16 : short { A } enum E64 : ulong { A }
struct G<T> { public byte Head; public T Value; public byte Tail; }
struct Enums { public E8 A; public E64 B; public E16 C; }
struct Flags { public bool A; public bool B; public char C; public bool D; }

static class Program
{
    static int failed;
    static void Check(int id, string actual, string expected)
    {
        Console.WriteLine(actual);
        if (actual != expected) { Console.WriteLine("FAIL check " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static long Off<T, U>(ref T baseRef, ref U field) => (long)Unsafe.ByteOffset(ref Unsafe.As<T, byte>(ref baseRef), ref Unsafe.As<U, byte>(ref field));

    static string Describe<T>()
    {
        G<T> g = default;
        return "G<" + typeof(T).Name + "> size=" + Unsafe.SizeOf<G<T>>() + " Value=" + Off(ref g, ref g.Value) + " Tail=" + Off(ref g, ref g.Tail);
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Check(1, Describe<byte>(), "G<Byte> size=3 Value=1 Tail=2");
        Check(2, Describe<short>(), "G<Int16> size=6 Value=2 Tail=4");
        Check(3, Describe<int>(), "G<Int32> size=12 Value=4 Tail=8");
        Check(4, Describe<long>(), "G<Int64> size=24 Value=8 Tail=16");
        Check(5, Describe<double>(), "G<Double> size=24 Value=8 Tail=16");
        Check(6, Describe<G<int>>(), "G<G`1> size=20 Value=4 Tail=16");
        Console.WriteLine(Describe<string>());
        Console.WriteLine(Describe<object>());

        Check(7, "Nullable sizes byte=" + Unsafe.SizeOf<byte?>() + " int=" + Unsafe.SizeOf<int?>() + " long=" + Unsafe.SizeOf<long?>()
            + " double=" + Unsafe.SizeOf<double?>() + " G<byte>=" + Unsafe.SizeOf<G<byte>?>() + " Int128=" + Unsafe.SizeOf<Int128?>(),
            "Nullable sizes byte=2 int=8 long=16 double=16 G<byte>=4 Int128=32");
        Console.WriteLine("KeyValuePair<byte,long> size=" + Unsafe.SizeOf<KeyValuePair<byte, long>>() + " <int,string> size=" + Unsafe.SizeOf<KeyValuePair<int, string>>());

        Enums e = default;
        Check(8, "Enums size=" + Unsafe.SizeOf<Enums>() + " B=" + Off(ref e, ref e.B) + " C=" + Off(ref e, ref e.C), "Enums size=24 B=8 C=16");
        Flags f = default;
        Check(9, "Flags size=" + Unsafe.SizeOf<Flags>() + " B=" + Off(ref f, ref f.B) + " C=" + Off(ref f, ref f.C) + " D=" + Off(ref f, ref f.D), "Flags size=6 B=1 C=2 D=4");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
G<Byte> size=3 Value=1 Tail=2
G<Int16> size=6 Value=2 Tail=4
G<Int32> size=12 Value=4 Tail=8
G<Int64> size=24 Value=8 Tail=16
G<Double> size=24 Value=8 Tail=16
G<G`1> size=20 Value=4 Tail=16
G<String> size=16 Value=0 Tail=9
G<Object> size=16 Value=0 Tail=9
Nullable sizes byte=2 int=8 long=16 double=16 G<byte>=4 Int128=32
KeyValuePair<byte,long> size=16 <int,string> size=16
Enums size=24 B=8 C=16
Flags size=6 B=1 C=2 D=4
PASS
--- stderr
*/
